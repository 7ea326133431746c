import { describe, expect, it } from 'vitest';
import type { GrantSpec } from '../../src/policy/decision.js';
import { footprint } from '../../src/policy/footprint.js';
import type { PostgresPrivilege } from '../../src/policy/types.js';
import { allowedTable } from '../support/policy-fixtures.js';

const orders = allowedTable('public.orders', ['id', 'status', 'customer_email', 'card_last4'], {
  sensitive: ['customer_email', 'card_last4'],
});

function table(columns?: string[], privileges: PostgresPrivilege[] = ['SELECT']): GrantSpec {
  return { kind: 'table', privileges, schema: 'public', table: 'orders', ...(columns !== undefined ? { columns } : {}) };
}

describe('footprint', () => {
  it('lists the columns of a column grant without sensitive ones and offers nothing narrower', () => {
    expect(footprint([{ target: 'orders-prod', spec: table(['id', 'status']), allowed: orders }])).toEqual({
      tables: [{ target: 'orders-prod', table: 'public.orders', privileges: ['SELECT'], columns: ['id', 'status'], sensitive: [] }],
      teams: [],
      repos: [],
    });
  });

  it('offers the requested columns minus the sensitive ones', () => {
    const [entry] = footprint([{ target: 'orders-prod', spec: table(['id', 'customer_email', 'status']), allowed: orders }]).tables;
    expect(entry).toMatchObject({ sensitive: ['customer_email'], narrower: ['id', 'status'] });
  });

  it('offers nothing narrower when every requested column is sensitive', () => {
    const [entry] = footprint([{ target: 'orders-prod', spec: table(['customer_email']), allowed: orders }]).tables;
    expect(entry?.sensitive).toEqual(['customer_email']);
    expect(entry).not.toHaveProperty('narrower');
  });

  it("describes a whole-table grant as 'all', touching every sensitive column, with the safe columns as narrower", () => {
    const [entry] = footprint([{ target: 'orders-prod', spec: table(), allowed: orders }]).tables;
    expect(entry).toEqual({
      target: 'orders-prod',
      table: 'public.orders',
      privileges: ['SELECT'],
      columns: 'all',
      sensitive: ['customer_email', 'card_last4'],
      narrower: ['id', 'status'],
      proposedMasks: [
        { column: 'customer_email', mask: 'domain' },
        { column: 'card_last4', mask: 'last4' },
      ],
    });
  });

  it('offers a column list instead of a whole table even without sensitive columns', () => {
    const items = allowedTable('public.orders', ['id', 'sku'], { allColumns: true });
    const [entry] = footprint([{ target: 'orders-prod', spec: table(), allowed: items }]).tables;
    expect(entry).toMatchObject({ columns: 'all', sensitive: [], narrower: ['id', 'sku'] });
  });

  it.each(['DELETE', 'TRUNCATE'] as const)('offers no column list for %s, which has no column form', (privilege) => {
    const [entry] = footprint([{ target: 'orders-prod', spec: table(undefined, ['SELECT', privilege]), allowed: orders }]).tables;
    expect(entry?.sensitive).toEqual(['customer_email', 'card_last4']);
    expect(entry).not.toHaveProperty('narrower');
  });

  it('knows no sensitivity without the profile entry', () => {
    const [entry] = footprint([{ target: 'orders-prod', spec: table() }]).tables;
    expect(entry).toEqual({ target: 'orders-prod', table: 'public.orders', privileges: ['SELECT'], columns: 'all', sensitive: [] });
  });

  it('lists teams and repositories in order', () => {
    expect(
      footprint([
        { target: 'github-acme', spec: { kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'pull' } },
        { target: 'github-acme', spec: { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' } },
        { target: 'github-acme', spec: { kind: 'repo', owner: 'acme', repo: 'ledger', permission: 'triage' } },
      ]),
    ).toEqual({
      tables: [],
      teams: ['payments-oncall'],
      repos: [
        { repo: 'payments-service', permission: 'pull' },
        { repo: 'ledger', permission: 'triage' },
      ],
    });
  });

  it('does not share arrays with its input', () => {
    const columns = ['id', 'status'];
    const result = footprint([{ target: 'orders-prod', spec: table(columns), allowed: orders }]);
    columns.push('customer_email');
    expect(result.tables[0]?.columns).toEqual(['id', 'status']);
  });
});
