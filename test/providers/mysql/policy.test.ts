import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { builtinRegistry } from '../../../src/providers/catalog.js';
import { allowedTable, allowRule, errorCodes, makeIdentity, makeProfile, scenario, warningCodes, type TypedGrant } from '../../support/policy-fixtures.js';
import { mysqlTarget } from '../../support/mysql-fixture.js';

/**
 * A request for a mysql target through policy as every mode runs it: the
 * registry's mysql rules resolve the person's account, check the grant
 * against the profile and produce the spec and footprint the plan is made of.
 */
const SHOP = mysqlTarget();
const profile = makeProfile({
  name: 'shop-readonly',
  allow: [
    allowRule('shop-prod', {
      privileges: ['SELECT'],
      tables: [
        allowedTable('shop.orders', ['id', 'status', 'customer_email'], { sensitive: ['customer_email'] }),
        allowedTable('shop.order_items', [], { allColumns: true }),
      ],
    }),
  ],
});
const grant = (extra: Partial<Extract<TypedGrant, { kind: 'table' }>> = {}): TypedGrant => ({
  kind: 'table',
  target: 'shop-prod',
  privileges: ['SELECT'],
  table: 'shop.orders',
  columns: ['id', 'status'],
  ...extra,
});

function decide(grants: readonly TypedGrant[], mysql = 'alice@%') {
  const s = scenario({
    request: { profile: 'shop-readonly', grants },
    profile,
    policy: {
      targets: [SHOP],
      identities: [{ ...makeIdentity('alice', 583231), principals: new Map([['mysql', mysql]]) }],
    },
  });
  return evaluate(s.request, s.policy, s.facts);
}

describe('a mysql request through policy', () => {
  it("grants to the person's account, with the spec the provider plans", () => {
    const decision = decide([grant()]);
    expect(errorCodes(decision)).toEqual([]);
    expect(decision.grants).toEqual([
      expect.objectContaining({
        target: 'shop-prod',
        provider: 'mysql',
        principal: 'alice@%',
        spec: { kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'orders', columns: ['id', 'status'] },
      }),
    ]);
    const [first] = decision.grants;
    const plan = builtinRegistry()
      .descriptor('mysql')
      ?.planner.plan({ requestId: 'alice-inc-4302', target: SHOP, principal: 'alice@%', expiresAt: '2030-01-01T00:00:00Z', grants: [first?.spec as never] });
    expect(plan?.grant.map((op) => op.text)).toContainEqual(
      expect.stringMatching(/^GRANT SELECT \(`id`, `status`\) ON `shop`\.`orders` TO `gb_[0-9a-f]{11}_[0-9a-f]{16}`$/u),
    );
  });

  it('flags sensitive columns and refuses what the profile or the provider never allows', () => {
    expect(warningCodes(decide([grant({ columns: ['id', 'customer_email'] })]))).toEqual(['E_POLICY_SENSITIVE_COLUMN_FLAGGED']);
    expect(errorCodes(decide([grant({ privileges: ['SUPER'] })]))).toEqual(['E_POLICY_PRIVILEGE_DANGEROUS']);
    expect(errorCodes(decide([grant({ table: 'mysql.user', columns: ['User'] })]))).toContain('E_POLICY_TABLE_SYSTEM');
    expect(errorCodes(decide([grant({ rows: [{ column: 'status', values: ['paid'] }] })]))).toContain('E_POLICY_ROWS_NOT_ALLOWED');
  });

  it('refuses protected accounts and a person without one', () => {
    expect(errorCodes(decide([grant()], 'root@localhost'))).toContain('E_POLICY_PRINCIPAL_PROTECTED');
    expect(errorCodes(decide([grant()], 'grantbook@10.0.0.1'))).toContain('E_POLICY_PRINCIPAL_PROTECTED');
    const s = scenario({
      request: { profile: 'shop-readonly', grants: [grant()] },
      profile,
      policy: { targets: [SHOP], identities: [makeIdentity('alice', 583231)] },
    });
    expect(errorCodes(evaluate(s.request, s.policy, s.facts))).toContain('E_POLICY_PRINCIPAL_MISSING');
  });
});
