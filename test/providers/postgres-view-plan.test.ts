import { describe, expect, it } from 'vitest';
import type { BuiltinSpec as GrantSpec } from '../support/builtin-specs.js';
import { ProviderError } from '../../src/providers/errors.js';
import { keySchemaName, MAX_IDENTIFIER_BYTES, viewSchemaName } from '../../src/providers/postgres/names.js';
import { planPostgres } from '../../src/providers/postgres/plan.js';
import { filterTypeProblem, type ColumnType } from '../../src/providers/postgres/view-types.js';
import type { PgTargetGrant } from '../../src/providers/postgres/validate.js';
import { supportSpec, viewGrant } from '../support/view-fixture.js';

type TableSpec = Extract<GrantSpec, { kind: 'table' }>;

const ROLE = '"gb_4f05e3d5993_alice_inc_4211"';
const VIEWS = '"gv_4f05e3d5993_alice_inc_4211"';
const KEYS = '"gk_4f05e3d5993_alice_inc_4211"';

function grant(spec: TableSpec = supportSpec, extra: GrantSpec[] = []): PgTargetGrant {
  return { ...viewGrant('alice-inc-4211', { expiresAt: '2026-05-01T02:00:00Z' }), grants: [spec, ...extra] as PgTargetGrant['grants'] };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ProviderError ? error.code : `not a ProviderError: ${String(error)}`;
  }
  return undefined;
}

describe('postgres planner: grants through views', () => {
  it('plans a schema, the key, one security_barrier view and grants on the view only, never the table', () => {
    const plan = planPostgres(grant());
    const changes = plan.grant.filter((op) => op.readOnly !== true).map((op) => op.text);
    expect(changes.slice(0, 4)).toEqual([
      'BEGIN',
      'SET LOCAL search_path = pg_catalog, pg_temp',
      `CREATE ROLE ${ROLE} NOLOGIN`,
      expect.stringMatching(/^COMMENT ON ROLE /),
    ]);
    expect(changes.slice(4, 11)).toEqual([
      `CREATE SCHEMA ${VIEWS}`,
      expect.stringMatching(new RegExp(`^COMMENT ON SCHEMA ${VIEWS} IS '\\{"grantbook":1,"request":"alice-inc-4211"`)),
      `CREATE SCHEMA ${KEYS}`,
      expect.stringMatching(new RegExp(`^COMMENT ON SCHEMA ${KEYS} IS `)),
      `CREATE TABLE ${KEYS}."hash_key" (ipad bytea NOT NULL, opad bytea NOT NULL)`,
      expect.stringMatching(new RegExp(`^INSERT INTO ${KEYS}."hash_key" \\(ipad, opad\\) SELECT .*gen_random_uuid\\(\\)`)),
      `CREATE VIEW ${VIEWS}."customer_orders" WITH (security_barrier) AS SELECT t."id", t."customer_id", t."state", t."created_at", ` +
        `encode(sha256((SELECT k.opad FROM ${KEYS}."hash_key" AS k) || sha256((SELECT k.ipad FROM ${KEYS}."hash_key" AS k) || convert_to(t."email"::text, 'UTF8'))), 'hex') AS "email", ` +
        `CASE WHEN length(t."card_number"::text) > 4 THEN right(t."card_number"::text, 4) END AS "card_number", ` +
        `CASE WHEN length(t."pin"::text) > 4 THEN right(t."pin"::text, 4) END AS "pin", NULL::text AS "note" ` +
        `FROM "public"."customer_orders" AS t WHERE t."customer_id" IN ('4201', '4203') ` +
        `AND t."created_at" >= '2026-05-01T00:00:00Z' AND t."created_at" < '2026-05-03T00:00:00Z' ` +
        `AND statement_timestamp() < '2026-05-01T02:00:00Z'::timestamptz AND clock_timestamp() < '2026-05-01T02:00:00Z'::timestamptz`,
    ]);
    expect(changes.slice(11)).toEqual([
      `GRANT USAGE ON SCHEMA ${VIEWS} TO ${ROLE}`,
      `GRANT SELECT ON TABLE ${VIEWS}."customer_orders" TO ${ROLE}`,
      `GRANT ${ROLE} TO "alice" WITH INHERIT TRUE, SET FALSE, ADMIN FALSE`,
      'COMMIT',
    ]);
    expect(plan.grant.map((op) => op.text).join('\n')).not.toMatch(/ON TABLE "public"\."customer_orders"/);
    expect(plan.notes).toEqual(['public.customer_orders is read as gv_4f05e3d5993_alice_inc_4211.customer_orders']);
  });

  it('reads back the definitions against the plan inside a savepoint that is always undone', () => {
    const checks = planPostgres(grant())
      .grant.filter((op) => op.readOnly === true)
      .map((op) => op.text);
    const open = checks.indexOf('SAVEPOINT grantbook_readback');
    expect(open).toBeGreaterThan(0);
    expect(checks[open + 1]).toMatch(new RegExp(`^CREATE VIEW ${VIEWS}."gb-readback-1" WITH \\(security_barrier\\) AS SELECT `));
    expect(checks[open + 1]?.replace('"gb-readback-1"', '"customer_orders"')).toBe(
      planPostgres(grant()).grant.find((op) => op.text.startsWith(`CREATE VIEW ${VIEWS}."customer_orders"`))?.text,
    );
    expect(checks[open + 2]).toMatch(/pg_get_viewdef/);
    expect(checks[open + 3]).toBe('ROLLBACK TO SAVEPOINT grantbook_readback');
  });

  it("revokes by dropping both schemas in the role's transaction, then reads back that they are gone", () => {
    const revoke = planPostgres(grant()).revoke.map((op) => op.text);
    expect(revoke.slice(2, 8)).toEqual([
      'BEGIN',
      `DROP SCHEMA IF EXISTS ${VIEWS} CASCADE`,
      `DROP SCHEMA IF EXISTS ${KEYS} CASCADE`,
      `GRANT ${ROLE} TO "grantbook_grantor" WITH INHERIT TRUE, SET FALSE, ADMIN FALSE`,
      `DROP OWNED BY ${ROLE}`,
      `DROP ROLE ${ROLE}`,
    ]);
    expect(revoke.at(-1)).toMatch(/^SELECT nspname FROM pg_namespace WHERE nspname IN \('gv_4f05e3d5993_alice_inc_4211', 'gk_4f05e3d5993_alice_inc_4211'\)$/);
  });

  it('makes no key schema without a hash mask, and keeps plain grants beside views', () => {
    const plain: GrantSpec = { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id'] };
    const plan = planPostgres(grant({ ...supportSpec, masked: [{ column: 'email', mask: 'domain' }] }, [plain]));
    const texts = plan.grant.map((op) => op.text).join('\n');
    expect(texts).not.toContain(KEYS);
    expect(texts).toContain(`lower(substring(t."email"::text FROM '@([^@]*)$')) AS "email"`);
    expect(texts).toContain(`GRANT SELECT ("id") ON TABLE "public"."orders" TO ${ROLE}`);
    expect(plan.revoke.map((op) => op.text)).not.toContain(`DROP SCHEMA IF EXISTS ${KEYS} CASCADE`);
  });

  it('names the schemas like the role, within 63 bytes for the longest request id', () => {
    const id = 'a'.repeat(48);
    for (const name of [viewSchemaName('orders-prod', id), keySchemaName('orders-prod', id)]) {
      expect(Buffer.byteLength(name)).toBe(MAX_IDENTIFIER_BYTES);
      expect(name.slice(3)).toBe(`4f05e3d5993_${id}`);
    }
    expect(viewSchemaName('orders-prod', 'a-b')).not.toBe(viewSchemaName('orders-b', 'a-b'));
  });

  it.each<[string, Partial<TableSpec>]>([
    ['a quote in a value', { rows: [{ column: 'customer_id', values: ["4211' OR '1'='1"] }] }],
    ['a backslash in a value', { rows: [{ column: 'customer_id', values: ['a\\b'] }] }],
    ['a negative number', { rows: [{ column: 'customer_id', values: [-1] }] }],
    ['an unsafe integer', { rows: [{ column: 'customer_id', values: [2 ** 60] }] }],
    ['101 values', { rows: [{ column: 'customer_id', values: Array.from({ length: 101 }, (_, i) => i) }] }],
    ['nine conditions', { rows: Array.from({ length: 9 }, (_, i) => ({ column: `c${i}`, values: [1] })) }],
    ['an empty filter', { rows: [] }],
    [
      'a column twice',
      {
        rows: [
          { column: 'id', values: [1] },
          { column: 'id', values: [2] },
        ],
      },
    ],
    ['a column that is not an identifier', { rows: [{ column: 'id"; --', values: [1] }] }],
    ['a backwards range', { rows: [{ column: 'created_at', from: '2026-05-02T00:00:00Z', to: '2026-05-01T00:00:00Z' }] }],
    ['a range bound with SQL', { rows: [{ column: 'created_at', from: "now()'--", to: '2026-05-01T00:00:00Z' }] }],
    ['a write through a view', { privileges: ['SELECT', 'UPDATE'] }],
    ['no columns', { columns: undefined }],
    ['a mask on a column not granted', { masked: [{ column: 'amount_cents', mask: 'null' }] }],
    ['an unknown mask', { masked: [{ column: 'email', mask: 'md5' as 'hash' }] }],
  ])('refuses %s before any SQL exists', (_, change) => {
    expect(codeOf(() => planPostgres(grant({ ...supportSpec, ...change })))).toBe('E_PROVIDER_INVALID_GRANT');
  });

  it('refuses two views of one name', () => {
    const other: GrantSpec = { ...supportSpec, schema: 'billing' };
    expect(codeOf(() => planPostgres(grant(supportSpec, [other])))).toBe('E_PROVIDER_INVALID_GRANT');
  });
});

describe('filter values against the column type', () => {
  const type = (base: string, extra: Partial<ColumnType> = {}): ColumnType => ({ shown: base, base, typtype: 'b', labels: null, ...extra });
  const values = (...v: (number | string)[]) => ({ column: 'c', values: v });

  it.each<[string, ColumnType, ReturnType<typeof values>, boolean]>([
    ['integers in bigint', type('int8'), values(4211, '-1', '9223372036854775807'), true],
    ['text in an integer column', type('int4'), values('abc'), false],
    ['a value beyond int4', type('int4'), values(2 ** 31), false],
    ['beyond int8', type('int8'), values('9223372036854775808'), false],
    ['decimals in numeric', type('numeric'), values(1, '2.50'), true],
    ['quoted text in text', type('text'), values('00123'), true],
    ['a number in a text column (its leading zeros are gone)', type('varchar'), values(123), false],
    ['a UUID', type('uuid'), values('0f8fad5b-d9cb-469f-a165-70867728950e'), true],
    ['not a UUID', type('uuid'), values('0f8fad5b'), false],
    ['an enum label', type('order_state', { typtype: 'e', labels: ['paid', 'refunded'] }), values('paid'), true],
    ['not an enum label', type('order_state', { typtype: 'e', labels: ['paid'] }), values('lost'), false],
    ['a boolean column', type('bool'), values('true'), false],
  ])('%s', (_, t, condition, fits) => {
    expect(filterTypeProblem(condition, t) === undefined).toBe(fits);
  });

  it('takes ranges on timestamps only, and never names a value', () => {
    const range = { column: 'c', from: '2026-05-01T00:00:00Z', to: '2026-05-02T00:00:00Z' };
    expect(filterTypeProblem(range, type('timestamptz'))).toBeUndefined();
    expect(filterTypeProblem(range, type('timestamp'))).toBeUndefined();
    expect(filterTypeProblem(range, type('date'))).toMatch(/timestamp column/);
    expect(filterTypeProblem(values(1, 'secret-value'), type('int8'))).toBe('value 2 is not a whole number within int8');
  });
});
