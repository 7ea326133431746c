import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import type { TypedAllowRule as AllowRule, TypedProfile as Profile, TypedRequest as AccessRequest, TableRequestGrant } from '../support/policy-fixtures.js';
import { allowedTable, allowRule, errorCodes, makeProfile, scenario, tableGrant, warningCodes } from '../support/policy-fixtures.js';

function decide(grant: TableRequestGrant, profile: Partial<Profile> = {}, request: Partial<AccessRequest> = {}) {
  const s = scenario({ request: { grants: [grant], ...request }, profile });
  return evaluate(s.request, s.policy, s.facts);
}

/** The profile's orders-prod rule with some fields replaced. */
function ordersRule(extra: Partial<AllowRule>): Partial<Profile> {
  const [orders, ...rest] = makeProfile().allow;
  return { allow: [{ ...orders!, ...extra }, ...rest] };
}

describe('evaluate: table privileges', () => {
  it.each([
    'CREATE',
    'ALL',
    'ALL_PRIVILEGES',
    'USAGE',
    'TEMP',
    'TEMPORARY',
    'CONNECT',
    'EXECUTE',
    'MAINTAIN',
    'TRIGGER',
    'GRANT',
    'WITH_GRANT_OPTION',
    'SELECT_WITH_GRANT',
    'GRANTED_BY',
  ])('always refuses %s, even when a profile lists it', (privilege) => {
    const listed = ordersRule({ privileges: ['SELECT', privilege] });
    const decision = decide(tableGrant({ privileges: ['SELECT', privilege] }), listed);
    expect(errorCodes(decision)).toEqual(['E_POLICY_PRIVILEGE_DANGEROUS']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/privileges/1');
    expect(decision.grants).toEqual([]);
  });

  it('refuses a privilege Grantbook does not know', () => {
    expect(errorCodes(decide(tableGrant({ privileges: ['SELEKT'] })))).toEqual(['E_POLICY_PRIVILEGE_UNKNOWN']);
  });

  it("refuses a known privilege missing from the rule's privileges", () => {
    const decision = decide(tableGrant({ privileges: ['SELECT', 'UPDATE'] }), ordersRule({ privileges: ['SELECT'] }));
    expect(errorCodes(decision)).toEqual(['E_POLICY_PRIVILEGE_NOT_ALLOWED']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/privileges/1');
  });

  it('allows TRUNCATE only where the rule lists it', () => {
    const grant = tableGrant({ table: 'public.order_items', privileges: ['TRUNCATE'], columns: undefined });
    expect(errorCodes(decide(grant))).toEqual(['E_POLICY_PRIVILEGE_NOT_ALLOWED']);
    const listed = decide(grant, ordersRule({ privileges: ['SELECT', 'TRUNCATE'] }));
    expect(listed.outcome).toBe('allowed');
    expect(listed.grants[0]?.spec).toEqual({ kind: 'table', privileges: ['TRUNCATE'], schema: 'public', table: 'order_items' });
  });

  it.each(['INSERT', 'UPDATE', 'REFERENCES', 'SELECT'])('allows %s as a column privilege', (privilege) => {
    const decision = decide(tableGrant({ privileges: [privilege] }));
    expect(decision.outcome).toBe('allowed');
    expect(decision.grants[0]?.spec).toMatchObject({ privileges: [privilege], columns: ['id', 'status'] });
  });

  it.each(['DELETE', 'TRUNCATE'])('refuses %s limited to columns, with a fix', (privilege) => {
    const profile = ordersRule({ privileges: ['SELECT', 'DELETE', 'TRUNCATE'] });
    const decision = decide(tableGrant({ table: 'public.order_items', privileges: ['SELECT', privilege], columns: ['id'] }), profile);
    expect(errorCodes(decision)).toEqual(['E_POLICY_PRIVILEGE_TABLE_LEVEL']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/privileges/1');
    expect(decision.reasons[0]?.fix).toMatch(/separate grant/);
  });

  it('allows DELETE on a whole table the profile allows whole', () => {
    const decision = decide(tableGrant({ table: 'public.order_items', privileges: ['DELETE'], columns: undefined }));
    expect(decision.outcome).toBe('allowed');
  });
});

describe('evaluate: tables and columns', () => {
  it("refuses a table missing from the rule's tables", () => {
    const decision = decide(tableGrant({ table: 'public.customers' }));
    expect(errorCodes(decision)).toEqual(['E_POLICY_TABLE_NOT_ALLOWED']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/table');
  });

  it.each(['pg_catalog.pg_authid', 'information_schema.tables', 'pg_toast.pg_toast_2619'])('refuses system table %s even when a profile lists it', (table) => {
    const decision = decide(tableGrant({ table, columns: ['id'] }), ordersRule({ tables: [allowedTable(table, ['id'])] }));
    expect(errorCodes(decision)).toEqual(['E_POLICY_TABLE_SYSTEM']);
  });

  it.each(['orders', 'public.orders.extra', '.orders'])('refuses table name %s that is not schema.table', (table) => {
    const decision = decide(tableGrant({ table }), ordersRule({ tables: [allowedTable(table, ['id', 'status'])] }));
    expect(errorCodes(decision)).toEqual(['E_POLICY_TABLE_INVALID']);
  });

  it('refuses each column outside the allowed columns', () => {
    const decision = decide(tableGrant({ columns: ['id', 'card_number', 'status', 'cvv'] }));
    expect(decision.reasons.map((r) => [r.code, r.pointer])).toEqual([
      ['E_POLICY_COLUMN_NOT_ALLOWED', '/grants/0/columns/1'],
      ['E_POLICY_COLUMN_NOT_ALLOWED', '/grants/0/columns/3'],
    ]);
  });

  it('refuses a whole-table grant on a table allowed only by column', () => {
    const decision = decide(tableGrant({ columns: undefined }));
    expect(errorCodes(decision)).toEqual(['E_POLICY_WHOLE_TABLE_NOT_ALLOWED']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0');
  });

  it('allows a whole-table grant where the table has all_columns', () => {
    const decision = decide(tableGrant({ table: 'public.order_items', columns: undefined }));
    expect(decision.outcome).toBe('allowed');
    expect(decision.grants[0]?.spec).toEqual({ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'order_items' });
  });

  it('allows any column list on a table allowed whole', () => {
    const decision = decide(tableGrant({ table: 'public.order_items', columns: ['sku', 'unit_price'] }));
    expect(decision.outcome).toBe('allowed');
  });
});

describe('evaluate: sensitive columns', () => {
  const withEmail = tableGrant({ columns: ['id', 'customer_email'] });
  const wholeWithSensitive = ordersRule({
    tables: [allowedTable('public.orders', ['id', 'customer_email'], { allColumns: true, sensitive: ['customer_email'] })],
  });

  it('flags requested sensitive columns as a warning and lists them in the footprint', () => {
    const decision = decide(withEmail);
    expect(decision.outcome).toBe('allowed');
    expect(warningCodes(decision)).toEqual(['E_POLICY_SENSITIVE_COLUMN_FLAGGED']);
    expect(decision.reasons[0]?.message).toContain('"customer_email"');
    expect(decision.footprint.entries[0]).toMatchObject({ sensitive: ['customer_email'], narrower: ['id'] });
  });

  it('refuses requested sensitive columns when the profile says refuse, still showing the footprint', () => {
    const decision = decide(withEmail, { sensitiveColumns: 'refuse' });
    expect(decision.reasons.map((r) => [r.code, r.severity, r.pointer])).toEqual([['E_POLICY_SENSITIVE_COLUMN_REFUSED', 'error', '/grants/0/columns/1']]);
    expect(decision.grants).toEqual([]);
    expect(decision.footprint.entries[0]).toMatchObject({ sensitive: ['customer_email'], narrower: ['id'] });
  });

  it('counts a whole-table grant as requesting every sensitive column', () => {
    const flagged = decide(tableGrant({ columns: undefined }), wholeWithSensitive);
    expect(flagged.outcome).toBe('allowed');
    expect(warningCodes(flagged)).toEqual(['E_POLICY_SENSITIVE_COLUMN_FLAGGED']);
    const refused = decide(tableGrant({ columns: undefined }), { ...wholeWithSensitive, sensitiveColumns: 'refuse' });
    expect(refused.reasons.map((r) => [r.code, r.pointer])).toEqual([['E_POLICY_SENSITIVE_COLUMN_REFUSED', '/grants/0']]);
  });

  it('says nothing when no sensitive column is touched', () => {
    expect(decide(tableGrant(), { sensitiveColumns: 'refuse' }).reasons).toEqual([]);
  });

  it('judges sensitivity with the rule of the target, not of another one', () => {
    const other = allowRule('orders-prod', {
      privileges: ['SELECT'],
      tables: [allowedTable('public.orders', ['id', 'status', 'customer_email'])],
    });
    expect(decide(withEmail, { allow: [other] }).reasons).toEqual([]);
  });
});
