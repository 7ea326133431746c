import { describe, expect, it } from 'vitest';
import { describeGrant, grantParts } from '../../src/audit-view/describe.js';
import type { LedgerGrant } from '../../src/ledger/index.js';

/** The audit views' words and columns come from each grant's provider (its descriptor's audit view). */
const table: LedgerGrant = {
  target: 'app',
  provider: 'postgres',
  principal: 'alice_ro',
  spec: { kind: 'table', schema: 'public', table: 'orders', privileges: ['SELECT'], columns: ['id', 'status'] },
} as LedgerGrant;
const wholeTable: LedgerGrant = { ...table, spec: { kind: 'table', schema: 'billing', table: 'invoices', privileges: ['SELECT', 'UPDATE'] } } as LedgerGrant;
const team: LedgerGrant = {
  target: 'gh',
  provider: 'github',
  principal: 'alice',
  spec: { kind: 'team', org: 'acme', team: 'ops', role: 'member' },
} as LedgerGrant;
const repo: LedgerGrant = {
  target: 'gh',
  provider: 'github',
  principal: 'alice',
  spec: { kind: 'repo', owner: 'acme', repo: 'api', permission: 'push' },
} as LedgerGrant;
const mysqlTable: LedgerGrant = {
  target: 'shop',
  provider: 'mysql',
  principal: "alice@'%'",
  spec: { kind: 'table', database: 'shop', table: 'orders', privileges: ['SELECT'] },
} as LedgerGrant;

describe('the audit views ask the providers', () => {
  it('describes each kind in the audit words of its provider', () => {
    expect(describeGrant(table)).toBe('app: SELECT (id, status) ON public.orders to alice_ro');
    expect(describeGrant(wholeTable)).toBe('app: SELECT, UPDATE (all columns) ON billing.invoices to alice_ro');
    expect(describeGrant(team)).toBe('gh: alice member of acme/ops');
    expect(describeGrant(repo)).toBe('gh: alice push on acme/api');
    // A MySQL table is named by its database, not read as a PostgreSQL schema-qualified table.
    expect(describeGrant(mysqlTable)).toMatch(/^shop: SELECT \(all columns\) ON shop\.orders to /);
  });

  it("fills the export's columns by what each grant covers", () => {
    expect(grantParts([table, wholeTable, team, repo, mysqlTable])).toEqual({
      targets: ['app', 'gh', 'shop'],
      principals: ['app:alice_ro', 'gh:alice', "shop:alice@'%'"],
      tables: ['app:public.orders', 'app:billing.invoices', 'shop:shop.orders'],
      columns: ['app:public.orders(id, status)', 'app:billing.invoices(all columns)', 'shop:shop.orders(all columns)'],
      privileges: ['app:public.orders SELECT', 'app:billing.invoices SELECT, UPDATE', 'shop:shop.orders SELECT'],
      teams: ['gh:acme/ops (member)'],
      repositories: ['gh:acme/api (push)'],
    });
  });
});
