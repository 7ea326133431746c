import { describe, expect, it } from 'vitest';
import { footprint } from '../../src/policy/footprint.js';
import { builtinRegistry } from '../../src/providers/catalog.js';
import type { PostgresPrivilege } from '../../src/providers/postgres/privileges.js';
import { tableEntry } from '../../src/providers/postgres/table-footprint.js';
import type { AllowedTable, PostgresSpec } from '../../src/providers/postgres/types.js';
import type { SpecBase } from '../../src/shared/provider-shapes.js';
import { allowedTable } from '../support/policy-fixtures.js';

/** The table footprint of one grant, as the postgres provider computes it before it becomes a generic entry. */
function tables(grants: readonly { target: string; spec: PostgresSpec; allowed?: AllowedTable }[]) {
  return { tables: grants.map((g) => tableEntry(g.target, g.spec, g.allowed)) };
}

const orders = allowedTable('public.orders', ['id', 'status', 'customer_email', 'card_last4'], {
  sensitive: ['customer_email', 'card_last4'],
});

function table(columns?: string[], privileges: PostgresPrivilege[] = ['SELECT']): PostgresSpec {
  return { kind: 'table', privileges, schema: 'public', table: 'orders', ...(columns !== undefined ? { columns } : {}) };
}

describe('footprint', () => {
  it('lists the columns of a column grant without sensitive ones and offers nothing narrower', () => {
    expect(tables([{ target: 'orders-prod', spec: table(['id', 'status']), allowed: orders }])).toEqual({
      tables: [{ target: 'orders-prod', table: 'public.orders', privileges: ['SELECT'], columns: ['id', 'status'], sensitive: [] }],
    });
  });

  it('offers the requested columns minus the sensitive ones', () => {
    const [entry] = tables([{ target: 'orders-prod', spec: table(['id', 'customer_email', 'status']), allowed: orders }]).tables;
    expect(entry).toMatchObject({ sensitive: ['customer_email'], narrower: ['id', 'status'] });
  });

  it('offers nothing narrower when every requested column is sensitive', () => {
    const [entry] = tables([{ target: 'orders-prod', spec: table(['customer_email']), allowed: orders }]).tables;
    expect(entry?.sensitive).toEqual(['customer_email']);
    expect(entry).not.toHaveProperty('narrower');
  });

  it("describes a whole-table grant as 'all', touching every sensitive column, with the safe columns as narrower", () => {
    const [entry] = tables([{ target: 'orders-prod', spec: table(), allowed: orders }]).tables;
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
    const [entry] = tables([{ target: 'orders-prod', spec: table(), allowed: items }]).tables;
    expect(entry).toMatchObject({ columns: 'all', sensitive: [], narrower: ['id', 'sku'] });
  });

  it.each(['DELETE', 'TRUNCATE'] as const)('offers no column list for %s, which has no column form', (privilege) => {
    const [entry] = tables([{ target: 'orders-prod', spec: table(undefined, ['SELECT', privilege]), allowed: orders }]).tables;
    expect(entry?.sensitive).toEqual(['customer_email', 'card_last4']);
    expect(entry).not.toHaveProperty('narrower');
  });

  it('knows no sensitivity without the profile entry', () => {
    const [entry] = tables([{ target: 'orders-prod', spec: table() }]).tables;
    expect(entry).toEqual({ target: 'orders-prod', table: 'public.orders', privileges: ['SELECT'], columns: 'all', sensitive: [] });
  });

  it("lists every grant in the order of the request, each in its provider's words", () => {
    const registry = builtinRegistry();
    const rules = (id: string) => registry.rules(id)!;
    const spec = (value: SpecBase): SpecBase => value;
    const result = footprint([
      { target: 'github-acme', rules: rules('github'), spec: spec({ kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'pull' } as SpecBase) },
      { target: 'orders-prod', rules: rules('postgres'), spec: table(['id']), allowed: orders },
      { target: 'github-acme', rules: rules('github'), spec: spec({ kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' } as SpecBase) },
    ]);
    expect(result.entries.map((e) => [e.target, e.kind, e.line])).toEqual([
      ['github-acme', 'repo', [{ text: 'repository ' }, { code: 'payments-service' }, { text: ': pull' }]],
      ['orders-prod', 'table', [{ code: 'orders-prod' }, { text: ' ' }, { code: 'public.orders' }, { text: ': SELECT on ' }, { code: 'id' }]],
      ['github-acme', 'team', [{ text: 'team membership ' }, { code: 'payments-oncall' }]],
    ]);
  });

  it('does not share arrays with its input', () => {
    const columns = ['id', 'status'];
    const result = tables([{ target: 'orders-prod', spec: table(columns), allowed: orders }]);
    columns.push('customer_email');
    expect(result.tables[0]?.columns).toEqual(['id', 'status']);
  });
});
