import { builtinRegistry } from '../../src/providers/catalog.js';
import { describe, expect, it } from 'vitest';
import { parseIdentitiesFile } from '../../src/policy/load-identities.js';
import { parseTargetsFile } from '../../src/policy/load-targets.js';
import { codes, expectLocated, expectNoEcho, GOOD_IDENTITIES, GOOD_TARGETS, MARKER, src } from '../load/fixtures.js';

function edit(base: string, from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return base.replace(from, () => to);
}

describe('parseTargetsFile', () => {
  it('parses targets into typed, provider-specific objects', () => {
    const r = parseTargetsFile(src('policies/targets.yaml', GOOD_TARGETS), builtinRegistry());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.entries()]).toEqual([
      [
        'orders-prod',
        {
          name: 'orders-prod',
          provider: 'postgres',
          description: 'Orders primary',
          connectionEnv: 'GRANTBOOK_PG_ORDERS_PROD',
          grantorRole: 'grantbook_grantor',
          protectedRoles: ['app_owner'],
        },
      ],
      [
        'github-acme',
        { name: 'github-acme', provider: 'github', org: 'acme', tokenEnv: 'GRANTBOOK_GITHUB_TOKEN', protectedTeams: ['security'], protectedRepos: ['access'] },
      ],
    ]);
  });

  const refused: [string, string, string, string][] = [
    ['unknown provider', '    provider: postgres\n    description', `    provider: ${MARKER}\n    description`, 'E_SCHEMA_ENUM'],
    [
      'github keys on a postgres target',
      '    grantor_role: grantbook_grantor\n',
      '    grantor_role: grantbook_grantor\n    org: acme\n',
      'E_SCHEMA_UNKNOWN_FIELD',
    ],
    ['a secret where an env var name belongs', 'connection_env: GRANTBOOK_PG_ORDERS_PROD', `connection_env: "postgres://u:${MARKER}@h/db"`, 'E_SCHEMA_PATTERN'],
    ['missing provider', '    provider: github\n', '', 'E_SCHEMA_MISSING_FIELD'],
    ['bad org', 'org: acme', `org: "-${MARKER}"`, 'E_SCHEMA_PATTERN'],
    ['target name with uppercase', '  github-acme:', `  ${MARKER}:`, 'E_SCHEMA_NAME_FORMAT'],
    ['grantor role too long', 'grantor_role: grantbook_grantor', `grantor_role: ${'g'.repeat(64)}`, 'E_IDENTIFIER_TOO_LONG'],
  ];
  for (const [name, from, to, code] of refused) {
    it(`refuses ${name} with ${code}`, () => {
      const r = parseTargetsFile(src('policies/targets.yaml', edit(GOOD_TARGETS, from, to)), builtinRegistry());
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(codes(r.diagnostics)).toEqual([code]);
      expectNoEcho(r.diagnostics);
      expectLocated(r.diagnostics);
    });
  }

  it('refuses an empty targets mapping', () => {
    const r = parseTargetsFile(src('policies/targets.yaml', 'targets: {}\n'), builtinRegistry());
    expect(r.ok ? [] : codes(r.diagnostics)).toEqual(['E_SCHEMA_COUNT']);
  });
});

describe('parseIdentitiesFile', () => {
  it('parses identities, with per-target overrides as a map', () => {
    const r = parseIdentitiesFile(src('policies/identities.yaml', GOOD_IDENTITIES), builtinRegistry());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual([
      { login: 'alice', id: 583231, principals: new Map([['postgres', 'alice']]), targets: new Map([['orders-prod', 'alice_orders']]) },
      { login: 'bob', id: 583232, principals: new Map([['postgres', 'bob']]), targets: new Map() },
    ]);
  });

  const refused: [string, string, string, string, string?][] = [
    ['a duplicate login, differently cased', '  - login: bob', '  - login: ALICE', 'E_IDENTITY_DUPLICATE_LOGIN', '/identities/1/login'],
    ['a duplicate id', 'id: 583232', 'id: 583231', 'E_IDENTITY_DUPLICATE_ID', '/identities/1/id'],
    ['a shared postgres role', 'postgres: bob', 'postgres: alice', 'E_IDENTITY_DUPLICATE_PRINCIPAL', '/identities/1/postgres'],
    ['a quoted id', 'id: 583232', "id: '583232'", 'E_SCHEMA_EXPECTED_INTEGER'],
    ['a zero id', 'id: 583232', 'id: 0', 'E_SCHEMA_RANGE'],
    ['an id beyond 2^53-1', 'id: 583232', 'id: 9007199254740993', 'E_SCHEMA_RANGE'],
    ['a fractional id', 'id: 583232', 'id: 5832.5', 'E_SCHEMA_EXPECTED_INTEGER'],
    ['an uppercase role', 'postgres: bob', `postgres: ${MARKER}`, 'E_SCHEMA_PATTERN'],
    ['a quoted role', 'postgres: bob', `postgres: '"${MARKER}"'`, 'E_SCHEMA_PATTERN'],
  ];
  for (const [name, from, to, code, pointer] of refused) {
    it(`refuses ${name} with ${code}`, () => {
      const r = parseIdentitiesFile(src('policies/identities.yaml', edit(GOOD_IDENTITIES, from, to)), builtinRegistry());
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(codes(r.diagnostics)).toEqual([code]);
      if (pointer !== undefined) expect(r.diagnostics[0]?.pointer).toBe(pointer);
      expectNoEcho(r.diagnostics);
      expectLocated(r.diagnostics);
    });
  }
});
