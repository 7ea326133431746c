import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import type { EvaluationFacts } from '../../src/policy/decision.js';
import type { TypedBundleGrant as BundleGrant, TypedProfile as Profile, TypedRequest as AccessRequest, PolicyParts } from '../support/policy-fixtures.js';
import {
  allowRule,
  bundleGrant,
  errorCodes,
  makeIdentity,
  makeProfile,
  ORDERS_PROD,
  repoGrant,
  scenario,
  tableGrant,
  teamGrant,
} from '../support/policy-fixtures.js';

function decide(parts: { request?: Partial<AccessRequest>; profile?: Partial<Profile>; policy?: PolicyParts; facts?: Partial<EvaluationFacts> }) {
  const s = scenario(parts);
  return evaluate(s.request, s.policy, s.facts);
}

function withBundle(name: string, target: string, grants: readonly BundleGrant[]): Partial<Profile> {
  return { bundles: new Map([...makeProfile().bundles, [name, { target, grants }]]) };
}

describe('evaluate: targets and grant kinds', () => {
  it('refuses a target missing from targets.yaml', () => {
    const decision = decide({ request: { grants: [tableGrant({ target: 'orders-staging' })] } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_TARGET_UNKNOWN']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/target');
  });

  it('refuses a declared target the profile has no allow rule for', () => {
    const decision = decide({
      request: { grants: [teamGrant('payments-oncall')] },
      profile: { allow: makeProfile().allow.filter((r) => r.target !== 'github-acme') },
    });
    expect(errorCodes(decision)).toEqual(['E_POLICY_TARGET_NOT_ALLOWED']);
    expect(decision.grants).toEqual([]);
  });

  it.each([
    ['a table grant on a github target', tableGrant({ target: 'github-acme' })],
    ['a team grant on a postgres target', teamGrant('payments-oncall', 'orders-prod')],
    ['a repo grant on a postgres target', repoGrant('payments-service', 'pull', 'orders-prod')],
  ])('refuses %s', (_name, grant) => {
    const decision = decide({ request: { grants: [grant] } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_GRANT_KIND_MISMATCH']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0');
  });

  it('accepts each kind on a target of its provider', () => {
    const decision = decide({
      request: { grants: [tableGrant(), teamGrant('payments-oncall'), repoGrant('payments-service', 'triage')] },
    });
    expect(decision.outcome).toBe('allowed');
    expect(decision.grants.map((g) => [g.index, g.provider, g.spec.kind])).toEqual([
      [0, 'postgres', 'table'],
      [1, 'github', 'team'],
      [2, 'github', 'repo'],
    ]);
  });
});

describe('evaluate: bundles', () => {
  it('expands a bundle into its grants, each with the index of the request grant', () => {
    const decision = decide({
      request: { grants: [teamGrant('payments-oncall'), bundleGrant('orders-two')] },
      profile: withBundle('orders-two', 'orders-prod', [
        { kind: 'table', privileges: ['SELECT'], table: 'public.orders', columns: ['id'] },
        { kind: 'table', privileges: ['SELECT'], table: 'public.order_items' },
      ]),
    });
    expect(decision.outcome).toBe('allowed');
    expect(decision.grants.map((g) => [g.index, g.spec])).toEqual([
      [0, { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' }],
      [1, { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id'] }],
      [1, { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'order_items' }],
    ]);
  });

  it('refuses a bundle the profile does not define', () => {
    const decision = decide({ request: { grants: [bundleGrant('orders-admin')] } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_BUNDLE_UNKNOWN']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/bundle');
  });

  it('refuses a bundle named with another target than its own', () => {
    const decision = decide({ request: { grants: [bundleGrant('orders-triage', 'github-acme')] } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_BUNDLE_TARGET_MISMATCH']);
    expect(decision.grants).toEqual([]);
  });

  it('checks expanded grants like any other and points into the profile', () => {
    const decision = decide({
      request: { grants: [bundleGrant('too-wide')] },
      profile: withBundle('too-wide', 'orders-prod', [{ kind: 'table', privileges: ['SELECT', 'ALL'], table: 'public.orders', columns: ['id', 'password'] }]),
    });
    expect(decision.reasons.map((r) => [r.code, r.file, r.pointer])).toEqual([
      ['E_POLICY_PRIVILEGE_DANGEROUS', 'policies/orders-readonly.yaml', '/bundles/too-wide/grants/0/privileges/1'],
      ['E_POLICY_COLUMN_NOT_ALLOWED', 'policies/orders-readonly.yaml', '/bundles/too-wide/grants/0/columns/1'],
    ]);
    expect(decision.reasons[0]?.message).toContain('grants/0 (bundle "too-wide" grant 0)');
  });

  it('refuses a bundle grant whose kind does not fit the bundle target', () => {
    const decision = decide({
      request: { grants: [bundleGrant('mixed')] },
      profile: withBundle('mixed', 'orders-prod', [{ kind: 'team', team: 'payments-oncall', role: 'member' }]),
    });
    expect(errorCodes(decision)).toContain('E_POLICY_GRANT_KIND_MISMATCH');
  });

  it('refuses an empty bundle instead of granting nothing silently', () => {
    const decision = decide({ request: { grants: [bundleGrant('empty')] }, profile: withBundle('empty', 'orders-prod', []) });
    expect(decision.reasons.map((r) => [r.code, r.file, r.pointer])).toEqual([
      ['E_POLICY_PROFILE_INVALID', 'policies/orders-readonly.yaml', '/bundles/empty/grants'],
    ]);
  });
});

describe('evaluate: duplicate grants (refused, never merged)', () => {
  it.each([
    ['the same privilege on the same table twice', [tableGrant(), tableGrant({ columns: ['created_at'] })]],
    ['a bundle overlapping an explicit grant', [tableGrant({ columns: ['created_at'] }), bundleGrant('orders-triage')]],
    ['the same team twice', [teamGrant('payments-oncall'), teamGrant('payments-oncall')]],
    ['the same repository with two permissions', [repoGrant('payments-service', 'pull'), repoGrant('Payments-Service', 'triage')]],
  ])('refuses %s', (_name, grants) => {
    const decision = decide({ request: { grants } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_GRANT_DUPLICATE']);
    expect(decision.grants).toHaveLength(1);
  });

  it('allows two grants on one table with different privileges (column SELECT plus table DELETE)', () => {
    const decision = decide({
      request: {
        grants: [
          tableGrant({ table: 'public.order_items', columns: ['id', 'sku'] }),
          tableGrant({ table: 'public.order_items', privileges: ['DELETE'], columns: undefined }),
        ],
      },
    });
    expect(decision.outcome).toBe('allowed');
    expect(decision.grants).toHaveLength(2);
  });

  it('treats the same table on two targets as different', () => {
    const decision = decide({
      request: { grants: [tableGrant(), tableGrant({ target: 'orders-replica' })] },
      policy: { targets: [ORDERS_PROD, { ...ORDERS_PROD, name: 'orders-replica' }] },
      profile: { allow: [...makeProfile().allow, { ...makeProfile().allow[0]!, target: 'orders-replica' }] },
    });
    expect(decision.outcome).toBe('allowed');
  });
});

describe('evaluate: max_grants', () => {
  it('counts grants after bundle expansion', () => {
    const profile = {
      maxGrants: 2,
      ...withBundle('two', 'orders-prod', [
        { kind: 'table', privileges: ['SELECT'], table: 'public.orders', columns: ['id'] },
        { kind: 'table', privileges: ['SELECT'], table: 'public.order_items' },
      ]),
    } satisfies Partial<Profile>;
    const over = decide({ request: { grants: [teamGrant('payments-oncall'), bundleGrant('two')] }, profile });
    expect(errorCodes(over)).toEqual(['E_POLICY_TOO_MANY_GRANTS']);
    expect(over.reasons[0]?.pointer).toBe('/grants');
    const at = decide({ request: { grants: [bundleGrant('two')] }, profile });
    expect(at.outcome).toBe('allowed');
  });
});

describe('evaluate: principal', () => {
  it('uses the per-target override before the default login role', () => {
    const decision = decide({
      policy: { identities: [makeIdentity('alice', 583231, { postgres: 'alice', targets: new Map([['orders-prod', 'alice_orders']]) })] },
    });
    expect(decision.grants.map((g) => g.principal)).toEqual(['alice_orders']);
  });

  it('uses the GitHub login on github targets, or its override', () => {
    const plain = decide({ request: { grants: [teamGrant('payments-oncall')] } });
    expect(plain.grants.map((g) => g.principal)).toEqual(['alice']);
    const override = decide({
      request: { grants: [teamGrant('payments-oncall')] },
      policy: { identities: [makeIdentity('alice', 583231, { targets: new Map([['github-acme', 'alice-work']]) })] },
    });
    expect(override.grants.map((g) => g.principal)).toEqual(['alice-work']);
  });

  it('refuses, once per target, a requester without a postgres principal', () => {
    const decision = decide({
      request: { grants: [tableGrant(), tableGrant({ table: 'public.order_items' })] },
      policy: { identities: [makeIdentity('alice', 583231)] },
    });
    expect(errorCodes(decision)).toEqual(['E_POLICY_PRINCIPAL_MISSING']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/target');
    expect(decision.grants).toEqual([]);
  });

  it.each([
    ['the grantor role', 'grantbook_grantor'],
    ['a protected role', 'app_owner'],
    ['the bootstrap superuser', 'postgres'],
    ['a built-in pg_ role', 'pg_read_all_data'],
    ['a built-in pg_ role (another)', 'pg_write_server_files'],
  ])('refuses a principal that is %s', (_name, role) => {
    const decision = decide({ policy: { identities: [makeIdentity('alice', 583231, { postgres: role })] } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_PRINCIPAL_PROTECTED']);
    expect(decision.grants).toEqual([]);
  });

  it('accepts a role that merely contains a protected name', () => {
    const decision = decide({ policy: { identities: [makeIdentity('alice', 583231, { postgres: 'postgres_alice' })] } });
    expect(decision.outcome).toBe('allowed');
  });

  it('keeps the principal of an unused target unchecked', () => {
    const decision = decide({
      request: { grants: [teamGrant('payments-oncall')] },
      policy: { identities: [makeIdentity('alice', 583231)] },
      profile: { allow: [allowRule('github-acme', { teams: ['payments-oncall'] })] },
    });
    expect(decision.outcome).toBe('allowed');
  });
});
