import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import type { AllowedTable } from '../../src/providers/postgres/types.js';
import { toAllowedMasks, toAllowedRows } from '../../src/providers/postgres/view-allow.js';
import type { TypedAllowRule as AllowRule, TypedProfile as Profile, TypedRequest as AccessRequest, TableRequestGrant } from '../support/policy-fixtures.js';
import { allowedTable, errorCodes, makeProfile, scenario, tableGrant, warningCodes } from '../support/policy-fixtures.js';

/** public.orders with filters on customer_id (values) and created_at (range), customer_email sensitive. */
function orders(extra: Partial<AllowedTable> = {}): AllowedTable {
  return allowedTable('public.orders', ['id', 'status', 'created_at', 'amount_cents', 'customer_id', 'customer_email', 'card_number'], {
    sensitive: ['customer_email', 'card_number'],
    rows: toAllowedRows({ columns: { customer_id: 'values', created_at: 'range' } }),
    ...extra,
  });
}

function withOrders(table: AllowedTable, extra: Partial<AllowRule> = {}, profile: Partial<Profile> = {}): Partial<Profile> {
  const [rule, ...rest] = makeProfile().allow;
  return { allow: [{ ...rule!, tables: [table, ...rule!.tables.slice(1)], ...extra }, ...rest], ...profile };
}

const VIEW: TableRequestGrant = tableGrant({
  columns: ['id', 'status', 'customer_email'],
  rows: [
    { column: 'customer_id', values: [4211] },
    { column: 'created_at', from: '2026-05-01T00:00:00Z', to: '2026-05-02T00:00:00Z' },
  ],
  masked: [{ column: 'customer_email', mask: 'domain' }],
});

function decide(grants: readonly TableRequestGrant[], profile: Partial<Profile> = withOrders(orders()), request: Partial<AccessRequest> = {}) {
  const s = scenario({ request: { grants, ...request }, profile });
  return evaluate(s.request, s.policy, s.facts);
}

describe('evaluate: row filters and masks', () => {
  it('allows a filtered, masked SELECT the profile allows, and carries both to the provider and the footprint', () => {
    const decision = decide([VIEW]);
    expect(errorCodes(decision)).toEqual([]);
    expect(warningCodes(decision)).toEqual([]);
    expect(decision.grants[0]?.spec).toEqual({
      kind: 'table',
      privileges: ['SELECT'],
      schema: 'public',
      table: 'orders',
      columns: ['id', 'status', 'customer_email'],
      rows: VIEW.rows,
      masked: VIEW.masked,
    });
    expect(decision.footprint.entries[0]).toMatchObject({
      sensitive: [],
      notes: ['masked: customer_email as domain'],
      rowFilter: {
        object: 'public.orders',
        filter: 'customer_id = 4211 and created_at from 2026-05-01T00:00:00Z to 2026-05-02T00:00:00Z (excluded)',
        exact: false,
      },
    });
  });

  it('refuses a row filter on a table whose profile entry allows none', () => {
    const decision = decide([VIEW], withOrders(orders({ rows: undefined })));
    expect(errorCodes(decision)).toEqual(['E_POLICY_ROWS_NOT_ALLOWED']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/rows');
  });

  it('refuses a filter column outside the allow-list, pointing at it', () => {
    const decision = decide([{ ...VIEW, rows: [{ column: 'status', values: ['paid'] }] }]);
    expect(errorCodes(decision)).toEqual(['E_POLICY_ROWS_COLUMN_NOT_ALLOWED']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/rows/status');
  });

  it('refuses values for a range column and a range for a values column', () => {
    const decision = decide([
      {
        ...VIEW,
        rows: [
          { column: 'created_at', values: ['2026-05-01'] },
          { column: 'customer_id', from: '2026-05-01T00:00:00Z', to: '2026-05-02T00:00:00Z' },
        ],
      },
    ]);
    expect(errorCodes(decision)).toEqual(['E_POLICY_ROWS_KIND_MISMATCH', 'E_POLICY_ROWS_KIND_MISMATCH']);
  });

  it.each([
    ['backwards', '2026-05-02T00:00:00Z', '2026-05-01T00:00:00Z'],
    ['empty', '2026-05-01T00:00:00Z', '2026-05-01T00:00:00Z'],
    ['an impossible date', '2026-02-30T00:00:00Z', '2026-03-01T00:00:00Z'],
  ])('refuses a time range that is %s', (_, from, to) => {
    expect(errorCodes(decide([{ ...VIEW, rows: [{ column: 'created_at', from, to }] }]))).toEqual(['E_POLICY_ROWS_RANGE_INVALID']);
  });

  it('refuses a grant without a filter where the profile requires one, bundles included', () => {
    const required = orders({ rows: toAllowedRows({ columns: { customer_id: 'values' }, required: true }) });
    expect(errorCodes(decide([tableGrant({ columns: ['id', 'status'] })], withOrders(required)))).toEqual(['E_POLICY_ROWS_REQUIRED']);
    const bundle = scenario({ request: { grants: [{ kind: 'bundle', target: 'orders-prod', bundle: 'orders-triage' }] }, profile: withOrders(required) });
    expect(errorCodes(evaluate(bundle.request, bundle.policy, bundle.facts))).toEqual(['E_POLICY_ROWS_REQUIRED']);
    expect(errorCodes(decide([{ ...VIEW, rows: [{ column: 'customer_id', values: [1] }] }], withOrders(required)))).toEqual([]);
  });

  it('keeps a view grant to SELECT of named columns', () => {
    const write = decide([{ ...VIEW, privileges: ['SELECT', 'UPDATE'] }], withOrders(orders(), { privileges: ['SELECT', 'UPDATE'] }));
    expect(errorCodes(write)).toEqual(['E_POLICY_VIEW_SELECT_ONLY']);
    expect(write.reasons[0]?.pointer).toBe('/grants/0/privileges/1');
    const whole = decide([{ ...tableGrant({ columns: undefined }), rows: VIEW.rows }], withOrders(orders({ allColumns: true })));
    expect(errorCodes(whole)).toContain('E_POLICY_VIEW_COLUMNS_REQUIRED');
  });

  it('refuses a mask on a column the grant does not name, and one the profile does not allow', () => {
    expect(errorCodes(decide([{ ...VIEW, masked: [{ column: 'card_number', mask: 'last4' }] }]))).toEqual(['E_POLICY_MASK_NOT_GRANTED']);
    const onlyNull = withOrders(orders({ masks: toAllowedMasks({ allowed: [null] }) }));
    const decision = decide([VIEW], onlyNull);
    expect(errorCodes(decision)).toEqual(['E_POLICY_MASK_NOT_ALLOWED']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/masked/customer_email');
    expect(errorCodes(decide([{ ...VIEW, masked: [{ column: 'customer_email', mask: 'null' }] }], onlyNull))).toEqual([]);
  });

  it('requires a column the profile never lets out in clear to be masked, with one of its masks', () => {
    const profile = withOrders(orders({ masks: toAllowedMasks({ required: { customer_email: ['hash', 'domain'] } }) }));
    const clear = decide([{ ...VIEW, masked: undefined }], profile);
    expect(errorCodes(clear)).toEqual(['E_POLICY_MASK_REQUIRED']);
    expect(clear.reasons.find((r) => r.severity === 'error')?.pointer).toBe('/grants/0/columns/2');
    expect(errorCodes(decide([{ ...VIEW, masked: [{ column: 'customer_email', mask: 'last4' }] }], profile))).toEqual(['E_POLICY_MASK_REQUIRED']);
    expect(errorCodes(decide([{ ...VIEW, masked: [{ column: 'customer_email', mask: 'hash' }] }], profile))).toEqual([]);
    // A grant that does not read the column has nothing to mask; a whole-table grant reads it.
    expect(errorCodes(decide([tableGrant({ columns: ['id'] })], profile))).toEqual([]);
    const whole = withOrders(orders({ allColumns: true, masks: toAllowedMasks({ required: { customer_email: ['hash'] } }) }));
    expect(errorCodes(decide([tableGrant({ columns: undefined })], whole))).toEqual(['E_POLICY_MASK_REQUIRED']);
  });

  it('counts a masked sensitive column as not read in clear: no flag, no refusal', () => {
    expect(warningCodes(decide([VIEW]))).toEqual([]);
    expect(warningCodes(decide([{ ...VIEW, masked: undefined }]))).toEqual(['E_POLICY_SENSITIVE_COLUMN_FLAGGED']);
    const refusing = withOrders(orders(), {}, { sensitiveColumns: 'refuse' });
    expect(errorCodes(decide([VIEW], refusing))).toEqual([]);
    expect(errorCodes(decide([{ ...VIEW, masked: undefined }], refusing))).toEqual(['E_POLICY_SENSITIVE_COLUMN_REFUSED']);
  });

  it('proposes a mask for each sensitive column read in clear, among the masks the profile allows', () => {
    const clear = decide([tableGrant({ columns: ['id', 'customer_email', 'card_number'] })]);
    expect(clear.footprint.entries[0]?.notes).toEqual([
      'sensitive columns read in clear could be masked instead: customer_email as domain, card_number as last4',
    ]);
    const hashOnly = decide([tableGrant({ columns: ['id', 'customer_email'] })], withOrders(orders({ masks: toAllowedMasks({ allowed: ['hash'] }) })));
    expect(hashOnly.footprint.entries[0]?.notes).toEqual(['sensitive columns read in clear could be masked instead: customer_email as hash']);
    // A write cannot go through a view: no proposal.
    const write = decide([tableGrant({ privileges: ['UPDATE'], columns: ['customer_email'] })]);
    expect(write.footprint.entries[0]?.notes).toEqual([]);
  });

  it('refuses two view grants whose tables share a name in different schemas', () => {
    const billing = allowedTable('billing.orders', ['id'], { rows: toAllowedRows({ columns: { id: 'values' } }) });
    const profile = withOrders(orders(), {}, {});
    const [rule, ...rest] = profile.allow ?? [];
    const both = { allow: [{ ...rule!, tables: [...rule!.tables, billing] }, ...rest] };
    const decision = decide([VIEW, tableGrant({ table: 'billing.orders', columns: ['id'], rows: [{ column: 'id', values: [1] }] })], both);
    expect(errorCodes(decision)).toEqual(['E_POLICY_VIEW_NAME_CLASH']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/1/table');
  });
});
