import { builtinRegistry } from '../../src/providers/catalog.js';
import { describe, expect, it } from 'vitest';
import { loadPolicySet } from '../../src/policy/load-set.js';
import { codes, expectLocated, expectNoEcho, GOOD_IDENTITIES, GOOD_PROFILE, GOOD_TARGETS, goodPolicyFiles } from '../load/fixtures.js';

function edit(base: string, from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return base.replace(from, () => to);
}

const PROFILE = 'policies/orders-readonly.yaml';
const TARGETS = 'policies/targets.yaml';
const IDENTITIES = 'policies/identities.yaml';

function refuse(overrides: Record<string, string | undefined>) {
  const r = loadPolicySet(goodPolicyFiles(overrides), builtinRegistry());
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('loaded');
  expectNoEcho(r.diagnostics);
  expectLocated(r.diagnostics);
  return r.diagnostics;
}

describe('loadPolicySet', () => {
  it('loads a consistent policy set', () => {
    const r = loadPolicySet(goodPolicyFiles(), builtinRegistry());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.profiles.keys()]).toEqual(['orders-readonly']);
    expect([...r.value.targets.keys()]).toEqual(['orders-prod', 'github-acme']);
    expect(r.value.identities.map((i) => i.login)).toEqual(['alice', 'bob']);
    expect(r.value.profiles.get('orders-readonly')?.locate('/allow/1/target')).toEqual({ line: 36, column: 13 });
  });

  it('refuses a set without targets.yaml or identities.yaml', () => {
    expect(codes(refuse({ [TARGETS]: undefined }))).toEqual(['E_POLICY_TARGETS_MISSING']);
    expect(codes(refuse({ [IDENTITIES]: undefined }))).toEqual(['E_POLICY_IDENTITIES_MISSING']);
  });

  it('refuses stray files under policies/ instead of ignoring them', () => {
    const d = refuse({ 'policies/notes.md': 'hello', 'policies/extra.yml': GOOD_PROFILE, 'policies/sub/x.yaml': GOOD_PROFILE });
    expect(codes(d)).toEqual(['E_POLICY_FILENAME', 'E_POLICY_FILENAME', 'E_POLICY_FILENAME']);
  });

  it('returns the problems of every file, not just the first', () => {
    const d = refuse({
      [PROFILE]: edit(GOOD_PROFILE, '  max: 4h', '  max: 91d'),
      [TARGETS]: edit(GOOD_TARGETS, 'org: acme', 'org: 42'),
      [IDENTITIES]: edit(GOOD_IDENTITIES, 'id: 583232', 'id: 583231'),
    });
    expect(codes(d).sort()).toEqual(['E_IDENTITY_DUPLICATE_ID', 'E_PROFILE_DURATION_TOO_LONG', 'E_SCHEMA_EXPECTED_STRING']);
    expect(new Set(d.map((x) => x.file))).toEqual(new Set([PROFILE, TARGETS, IDENTITIES]));
  });

  it('checks profiles against targets even when another file is broken', () => {
    const d = refuse({
      [PROFILE]: edit(GOOD_PROFILE, '  - target: github-acme', '  - target: github-other'),
      [IDENTITIES]: 'identities: 5\n',
    });
    expect(codes(d).sort()).toEqual(['E_PROFILE_UNKNOWN_TARGET', 'E_SCHEMA_TYPE']);
  });
});

describe('loadPolicySet: cross-file rules', () => {
  const cases: { name: string; file: string; from: string; to: string; code: string; pointer?: string; also?: string[] }[] = [
    {
      name: 'allow rule on an unknown target',
      file: PROFILE,
      from: '  - target: github-acme',
      to: '  - target: github-other',
      code: 'E_PROFILE_UNKNOWN_TARGET',
      pointer: '/allow/1/target',
    },
    // Renaming the target orphans the allow rule and the identity override too.
    {
      name: 'bundle on an unknown target',
      file: TARGETS,
      from: '  orders-prod:',
      to: '  orders-primary:',
      code: 'E_PROFILE_UNKNOWN_TARGET',
      also: ['E_PROFILE_UNKNOWN_TARGET', 'E_IDENTITY_UNKNOWN_TARGET'],
    },
    {
      name: 'teams on a postgres target',
      file: PROFILE,
      from: '    privileges: [SELECT]\n    tables',
      to: '    teams: [payments-oncall]\n    privileges: [SELECT]\n    tables',
      code: 'E_PROFILE_ALLOW_PROVIDER',
      pointer: '/allow/0',
    },
    {
      name: 'privileges on a github target',
      file: PROFILE,
      from: '    teams: [payments-oncall]\n',
      to: '    teams: [payments-oncall]\n    privileges: [SELECT]\n',
      code: 'E_PROFILE_ALLOW_PROVIDER',
      pointer: '/allow/1',
    },
    {
      name: 'a postgres rule without tables',
      file: PROFILE,
      from: '  - target: github-acme\n    teams: [payments-oncall]\n    repos:\n      - name: payments-service\n        permissions: [pull, triage]\n',
      to: '  - target: github-acme\n    privileges: [SELECT]\n',
      code: 'E_PROFILE_ALLOW_PROVIDER',
    },
    {
      name: 'a protected team',
      file: PROFILE,
      from: 'teams: [payments-oncall]',
      to: 'teams: [payments-oncall, security]',
      code: 'E_PROFILE_ALLOWS_PROTECTED',
      pointer: '/allow/1/teams/1',
    },
    {
      name: 'a protected repo (case-insensitive)',
      file: PROFILE,
      from: '      - name: payments-service\n',
      to: '      - name: Access\n',
      code: 'E_PROFILE_ALLOWS_PROTECTED',
      pointer: '/allow/1/repos/0/name',
    },
    {
      name: 'a table bundle on a github target',
      file: TARGETS,
      from: '  orders-prod:\n    provider: postgres\n    description: Orders primary\n    connection_env: GRANTBOOK_PG_ORDERS_PROD\n    grantor_role: grantbook_grantor\n    protected_roles: [app_owner]\n',
      to: '  orders-prod:\n    provider: github\n    org: acme\n    token_env: T\n',
      code: 'E_PROFILE_BUNDLE_PROVIDER',
      also: ['E_PROFILE_ALLOW_PROVIDER', 'E_IDENTITY_PRINCIPAL_FORMAT'],
    },
    {
      name: 'an identity override for an unknown target',
      file: IDENTITIES,
      from: '      orders-prod: alice_orders',
      to: '      orders-dev: alice_orders',
      code: 'E_IDENTITY_UNKNOWN_TARGET',
      pointer: '/identities/0/targets/orders-dev',
    },
    {
      name: 'a GitHub login as a postgres principal',
      file: IDENTITIES,
      from: '      orders-prod: alice_orders',
      to: '      orders-prod: Alice-Orders',
      code: 'E_IDENTITY_PRINCIPAL_FORMAT',
    },
    {
      name: 'a role name as a GitHub principal',
      file: IDENTITIES,
      from: '      orders-prod: alice_orders',
      to: '      orders-prod: alice_orders\n      github-acme: alice_gh',
      code: 'E_IDENTITY_PRINCIPAL_FORMAT',
    },
    {
      name: 'a person mapped to the grantor role',
      file: IDENTITIES,
      from: '    postgres: bob',
      to: '    postgres: grantbook_grantor',
      code: 'E_IDENTITY_PROTECTED_PRINCIPAL',
      pointer: '/identities/1/postgres',
    },
    {
      name: 'a person mapped to a protected role by override',
      file: IDENTITIES,
      from: '      orders-prod: alice_orders',
      to: '      orders-prod: app_owner',
      code: 'E_IDENTITY_PROTECTED_PRINCIPAL',
      pointer: '/identities/0/targets/orders-prod',
    },
    {
      name: "an override onto someone else's role",
      file: IDENTITIES,
      from: '      orders-prod: alice_orders',
      to: '      orders-prod: bob',
      code: 'E_IDENTITY_DUPLICATE_PRINCIPAL',
    },
    {
      name: "an override onto someone else's GitHub login",
      file: IDENTITIES,
      from: '      orders-prod: alice_orders',
      to: '      orders-prod: alice_orders\n      github-acme: Bob',
      code: 'E_IDENTITY_DUPLICATE_PRINCIPAL',
    },
  ];
  for (const c of cases) {
    const base = c.file === PROFILE ? GOOD_PROFILE : c.file === TARGETS ? GOOD_TARGETS : GOOD_IDENTITIES;
    it(`refuses ${c.name} with ${c.code}`, () => {
      const d = refuse({ [c.file]: edit(base, c.from, c.to) });
      expect(codes(d).sort()).toEqual([c.code, ...(c.also ?? [])].sort());
      if (c.pointer !== undefined) expect(d.find((x) => x.code === c.code)?.pointer).toBe(c.pointer);
    });
  }

  const accepted: { name: string; file: string; from: string; to: string }[] = [
    { name: 'a github rule with repos only', file: PROFILE, from: '    teams: [payments-oncall]\n    repos:', to: '    repos:' },
    {
      name: 'a GitHub login override on a github target',
      file: IDENTITIES,
      from: '      orders-prod: alice_orders',
      to: '      orders-prod: alice_orders\n      github-acme: alice-work',
    },
    { name: 'an identity without a postgres role', file: IDENTITIES, from: '    postgres: bob\n', to: '' },
    {
      name: 'a target nobody uses',
      file: TARGETS,
      from: 'targets:\n',
      to: `targets:\n  spare:\n    provider: github\n    org: acme\n    token_env: GRANTBOOK_SPARE\n`,
    },
  ];
  for (const c of accepted) {
    const base = c.file === PROFILE ? GOOD_PROFILE : c.file === TARGETS ? GOOD_TARGETS : GOOD_IDENTITIES;
    it(`accepts ${c.name}`, () => {
      const r = loadPolicySet(goodPolicyFiles({ [c.file]: edit(base, c.from, c.to) }), builtinRegistry());
      expect(r.ok ? [] : codes(r.diagnostics)).toEqual([]);
    });
  }

  it('shows a hostile file name only percent-encoded', () => {
    const r = loadPolicySet(goodPolicyFiles({ 'policies/x\n::error::y.yaml': GOOD_PROFILE }), builtinRegistry());
    const d = r.ok ? [] : r.diagnostics;
    expect(codes(d)).toEqual(['E_POLICY_FILENAME']);
    expect(d[0]?.file).toBe('policies/x%0A%3A%3Aerror%3A%3Ay.yaml');
  });
});
