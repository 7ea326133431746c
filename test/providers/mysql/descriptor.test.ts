import { describe, expect, it } from 'vitest';
import * as kitFns from '../../../src/ledger/validate-kit.js';
import type { SpecKit } from '../../../src/ledger/spec-check.js';
import { Reasons, type Site } from '../../../src/policy/rules/reasons.js';
import { BUILTIN_DESCRIPTORS } from '../../../src/providers/builtin.js';
import { createRegistry } from '../../../src/providers/catalog.js';
import { mysqlDescriptor } from '../../../src/providers/mysql/descriptor.js';
import type { MysqlGrant, MysqlRule } from '../../../src/providers/mysql/rules.js';
import { matches } from '../../../src/shared/patterns.js';
import { mysqlTarget } from '../../support/mysql-fixture.js';

const target = mysqlTarget();
const site: Site = { file: 'access-requests/r.yaml', pointer: '/grants/0', locate: () => undefined };
const rule: MysqlRule = {
  target: target.name,
  privileges: ['SELECT', 'UPDATE'],
  tables: [
    { name: 'shop.orders', columns: ['id', 'status', 'customer_email'], allColumns: false, sensitive: ['customer_email'] },
    { name: 'shop.order_items', columns: [], allColumns: true, sensitive: [] },
  ],
};
const grant = (over: Partial<MysqlGrant> = {}): MysqlGrant => ({
  kind: 'table',
  privileges: ['SELECT'],
  table: 'shop.orders',
  columns: ['id', 'status'],
  ...over,
});

function check(g: MysqlGrant, sensitive: 'flag' | 'refuse' = 'refuse'): { codes: string[]; spec: unknown } {
  const reasons = new Reasons();
  const result = mysqlDescriptor.checkGrant(g, {
    target,
    rule,
    sensitive,
    controlTeams: new Map(),
    controlRepo: 'acme/access',
    label: 'grants/0',
    site,
    reasons,
  });
  return { codes: reasons.all.map((d) => d.code), spec: result.spec };
}

const kit: SpecKit = {
  fail: kitFns.fail,
  checkKeys: (obj, keys, pointer) => kitFns.checkKeys(obj, kitFns.shape(...keys), pointer),
  patterned: kitFns.patterned,
  oneOf: kitFns.oneOf,
  array: kitFns.array,
  unique: kitFns.unique,
  integer: kitFns.integer,
  string: kitFns.string,
};

describe('the mysql descriptor', () => {
  it('registers beside the other built-in providers: the shared `table` kind has one shape', () => {
    const registry = createRegistry(BUILTIN_DESCRIPTORS);
    expect(registry.ids).toEqual(['aws', 'github', 'mysql', 'postgres']);
    expect(registry.kinds('mysql')).toEqual(['table']);
  });

  it('reads a target with its settings, the grantor database defaulting to grantbook', () => {
    expect(mysqlDescriptor.target('shop-prod', { provider: 'mysql', connection_env: 'GB_MYSQL', grantor: 'grantbook@%', databases: ['shop'] })).toEqual({
      name: 'shop-prod',
      provider: 'mysql',
      connectionEnv: 'GB_MYSQL',
      grantor: 'grantbook@%',
      databases: ['shop'],
      metadataDatabase: 'grantbook',
      protectedAccounts: [],
    });
    expect(mysqlDescriptor.credential(target)).toEqual({ field: 'connection_env', env: target.connectionEnv });
  });

  it('maps people to user@host accounts and refuses protected ones', () => {
    expect(mysqlDescriptor.principal.identityField).toBe('mysql');
    for (const ok of ['alice@%', 'alice@10.0.%', 'alice@db.example.com']) expect(matches('mysqlAccount', ok), ok).toBe(true);
    for (const bad of ["alice'@'%", 'alice@%@x', 'alice', 'alice@10.0.0._', `${'a'.repeat(33)}@%`]) expect(matches('mysqlAccount', bad), bad).toBe(false);
    // The ledger records such principals (PATTERNS.principal holds every provider's).
    for (const ok of ['alice@%', 'alice@10.0.%']) expect(matches('principal', ok), ok).toBe(true);
    expect(matches('principal', "alice'@'%")).toBe(false);
    expect(mysqlDescriptor.principal.protectedReason('alice@%', target)).toBeUndefined();
    for (const p of ['root@%', 'grantbook@localhost', 'dba@10.0.0.1', 'mysql.sys@localhost'])
      expect(mysqlDescriptor.principal.protectedReason(p, target), p).toBeDefined();
    expect(mysqlDescriptor.principal.declaredProtected('dba@%', target)).toBe(true);
  });

  it('checks a grant against the allow rule: columns, privileges, refused schemas and privileges, sensitive columns', () => {
    expect(check(grant())).toEqual({
      codes: [],
      spec: { kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'orders', columns: ['id', 'status'] },
    });
    expect(check(grant({ privileges: ['GRANT_OPTION'] })).codes).toEqual(['E_POLICY_PRIVILEGE_DANGEROUS']);
    for (const p of ['ALL', 'SUPER', 'FILE', 'PROCESS', 'SHUTDOWN', 'CREATE_USER', 'EVENT', 'TRIGGER', 'ALTER_ROUTINE', 'CONNECTION_ADMIN']) {
      expect(check(grant({ privileges: [p] })).codes, p).toEqual(['E_POLICY_PRIVILEGE_DANGEROUS']);
    }
    expect(check(grant({ privileges: ['TRUNCATE'] })).codes).toEqual(['E_POLICY_PRIVILEGE_UNKNOWN']);
    expect(check(grant({ privileges: ['DELETE'] })).codes).toEqual(['E_POLICY_PRIVILEGE_NOT_ALLOWED', 'E_POLICY_PRIVILEGE_TABLE_LEVEL']);
    expect(check(grant({ table: 'mysql.user', columns: ['User'] })).codes).toEqual(['E_POLICY_TABLE_SYSTEM', 'E_POLICY_TABLE_NOT_ALLOWED']);
    expect(check(grant({ table: 'grantbook.grants', columns: ['role'] })).codes).toEqual(['E_POLICY_TABLE_SYSTEM', 'E_POLICY_TABLE_NOT_ALLOWED']);
    expect(check(grant({ table: 'billing.invoices', columns: ['id'] })).codes).toEqual(['E_POLICY_TABLE_NOT_ALLOWED', 'E_POLICY_TABLE_NOT_ALLOWED']);
    expect(check(grant({ columns: ['id', 'customer_email'] })).codes).toEqual(['E_POLICY_SENSITIVE_COLUMN_REFUSED']);
    expect(check(grant({ columns: ['id', 'customer_email'] }), 'flag').codes).toEqual(['E_POLICY_SENSITIVE_COLUMN_FLAGGED']);
    const { columns: _, ...whole } = grant();
    expect(check(whole).codes).toEqual(['E_POLICY_WHOLE_TABLE_NOT_ALLOWED', 'E_POLICY_SENSITIVE_COLUMN_REFUSED']);
    expect(check(grant({ table: 'shop.order_items', columns: undefined })).spec).toMatchObject({ table: 'order_items' });
  });

  it('refuses row filters and masks, which MySQL has no form for, and makes no spec of them', () => {
    const rows = check(grant({ rows: [{ column: 'status', values: ['paid'] }] }));
    expect(rows).toEqual({ codes: ['E_POLICY_ROWS_NOT_ALLOWED'], spec: undefined });
    expect(check(grant({ masked: [{ column: 'id', mask: 'hash' }] })).codes).toEqual(['E_POLICY_MASK_NOT_ALLOWED']);
  });

  it('holds a recorded spec to its strict shape', () => {
    const spec = { columns: ['id', 'status'], database: 'shop', kind: 'table', privileges: ['SELECT'], table: 'orders' };
    expect(mysqlDescriptor.ledger.validate(spec, 'table', '/grants/0/spec', kit)).toBe(5);
    expect(() => mysqlDescriptor.ledger.validate({ ...spec, schema: 'shop' }, 'table', '/grants/0/spec', kit)).toThrow();
    expect(() => mysqlDescriptor.ledger.validate({ ...spec, privileges: ['SUPER'] }, 'table', '/grants/0/spec', kit)).toThrow();
    expect(() => mysqlDescriptor.ledger.validate({ ...spec, table: 'or`ders' }, 'table', '/grants/0/spec', kit)).toThrow();
    expect(
      mysqlDescriptor.describe({ kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'orders', columns: ['id'] }, 'alice@%', 'shop-prod'),
    ).toBe('shop-prod: SELECT (id) ON shop.orders to alice@%');
  });

  it('shows reviewers the columns, the sensitive ones, and how the grant is used', () => {
    const entry = mysqlDescriptor.footprint(
      'shop-prod',
      { kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'orders', columns: ['id', 'customer_email'] },
      rule.tables[0],
    );
    expect(entry.line).toEqual([
      { code: 'shop-prod' },
      { text: ' ' },
      { code: 'shop.orders' },
      { text: ': SELECT on ' },
      { code: 'id' },
      { text: ', ' },
      { code: 'customer_email' },
    ]);
    expect(entry.sensitive).toEqual(['customer_email']);
  });

  it('checks allow rules at load: no refused privilege; on the target, no server schema, no rows or masks', () => {
    const rule = {
      target: target.name,
      privileges: ['SELECT', 'SUPER', 'TRUNCATE'],
      tables: [
        { name: 'mysql.user', all_columns: true },
        { name: 'shop.orders', columns: ['id'], rows: { columns: { id: 'values' } } },
      ],
    };
    const report = ((code: string, message: string, pointer: string) => ({ code, message, pointer })) as never;
    const codes = (diags: unknown): string[] => (diags as { code: string }[]).map((d) => d.code);
    expect(codes(mysqlDescriptor.allow.check(rule, '/allow/0', report))).toEqual([
      'E_PROFILE_DANGEROUS_PRIVILEGE',
      'E_PROFILE_UNKNOWN_PRIVILEGE',
      'E_PROFILE_ALLOW_PROVIDER',
    ]);
    expect(codes(mysqlDescriptor.allow.checkTarget(rule, target, '/allow/0', report))).toEqual(['E_PROFILE_ALLOWS_PROTECTED']);
    expect(codes(mysqlDescriptor.allow.checkTarget({ target: target.name, teams: ['ops'] }, target, '/allow/0', report))).toEqual(['E_PROFILE_ALLOW_PROVIDER']);
  });

  it('names the object a grant is about, whatever its columns', () => {
    const a = mysqlDescriptor.resource({ kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'orders', columns: ['id'] });
    expect(a).toBe(mysqlDescriptor.resource({ kind: 'table', privileges: ['UPDATE'], database: 'shop', table: 'orders' }));
    expect(a).not.toBe(mysqlDescriptor.resource({ kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'order_items' }));
  });
});
