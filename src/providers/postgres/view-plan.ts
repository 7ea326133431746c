// pg's own escaping, without loading the client: see pg-utils.d.ts.
import pgUtils from 'pg/lib/utils.js';
import { isRange, type MaskName, type RowCondition } from '../../request/view-grant.js';
import type { Operation } from '../contract.js';
import { qualifiedTable } from './names.js';
import { usesHashKey, type ViewGrant } from './view-check.js';
import type { CheckedGrant } from './validate.js';

const { escapeIdentifier: ident, escapeLiteral: lit } = pgUtils;

const sql = (text: string, why: string): Operation => ({ kind: 'sql', text, why });
const check = (text: string, why: string): Operation => ({ ...sql(text, why), readOnly: true });

/** The one table of the key schema: HMAC-SHA-256's inner and outer pads of the request's key. */
export const HASH_KEY_TABLE = 'hash_key';

/** Names of the throw-away views the definition read-back compares with (never a table name: those have no `-`). */
export const scratchViewName = (i: number): string => `gb-readback-${i + 1}`;

const BASE = 't';

function keyPad(checked: CheckedGrant, pad: 'ipad' | 'opad'): string {
  return `(SELECT k.${pad} FROM ${qualifiedTable(checked.keySchema, HASH_KEY_TABLE)} AS k)`;
}

/**
 * The expression a mask shows instead of the column, always text. None can
 * return the value itself: `last4` only for values longer than four
 * characters, `domain` only what follows an `@` (NULL without one), `hash`
 * 64 hex digits of HMAC-SHA-256 under the request's key. The key is read
 * from the grantor-only key table by scalar subqueries, which the view runs
 * with its owner's privileges: it is in no view definition, plan or log.
 */
export function maskExpression(checked: CheckedGrant, column: string, mask: MaskName): string {
  const text = `${BASE}.${ident(column)}::text`;
  switch (mask) {
    case 'null':
      return 'NULL::text';
    case 'last4':
      return `CASE WHEN length(${text}) > 4 THEN right(${text}, 4) END`;
    case 'domain':
      return `lower(substring(${text} FROM '@([^@]*)$'))`;
    case 'hash':
      return `encode(sha256(${keyPad(checked, 'opad')} || sha256(${keyPad(checked, 'ipad')} || convert_to(${text}, 'UTF8'))), 'hex')`;
  }
}

/**
 * One condition. Values are written as untyped literals with the driver's
 * escaping: the server types each against the column's own type when it
 * creates the view (apply has already held every value against that type,
 * view-catalog.ts), so an index on the column serves the filter.
 */
export function conditionSql(condition: RowCondition): string {
  const column = `${BASE}.${ident(condition.column)}`;
  if (isRange(condition)) return `${column} >= ${lit(condition.from)} AND ${column} < ${lit(condition.to)}`;
  return `${column} IN (${condition.values.map((v) => lit(String(v))).join(', ')})`;
}

/**
 * The view's query: the granted columns (masked where asked), the row
 * filter, and the expiry. `statement_timestamp()` makes a statement started
 * after expires_at see nothing; `clock_timestamp()`, checked per row, also
 * stops a cursor or a long statement opened before it. Both are the
 * server's clock: reads end on time even if no revoke job ever runs.
 */
export function viewQuery(checked: CheckedGrant, v: ViewGrant, expiresAt: string): string {
  const columns = v.columns.map((c) => {
    const mask = v.masked.find((m) => m.column === c)?.mask;
    return mask === undefined ? `${BASE}.${ident(c)}` : `${maskExpression(checked, c, mask)} AS ${ident(c)}`;
  });
  const until = `${lit(expiresAt)}::timestamptz`;
  const where = [...v.rows.map(conditionSql), `statement_timestamp() < ${until}`, `clock_timestamp() < ${until}`];
  return `SELECT ${columns.join(', ')} FROM ${qualifiedTable(v.schema, v.table)} AS ${BASE} WHERE ${where.join(' AND ')}`;
}

export function createViewSql(checked: CheckedGrant, name: string, v: ViewGrant, expiresAt: string): string {
  return `CREATE VIEW ${qualifiedTable(checked.viewSchema, name)} WITH (security_barrier) AS ${viewQuery(checked, v, expiresAt)}`;
}

/**
 * Views fix the functions and operators they call when they are created,
 * looked up in the creating session's search_path; so does the key's
 * INSERT. Only pg_catalog is searched while they are made (pg_temp, last,
 * is never searched for functions or operators), so nobody able to create
 * a `public.sha256` or a `public.=` can slip one into a view or see the key.
 */
export const PIN_SEARCH_PATH_SQL = 'SET LOCAL search_path = pg_catalog, pg_temp';

export const pinSearchPath: Operation = sql(
  PIN_SEARCH_PATH_SQL,
  "Functions and operators in the views and the key below resolve to PostgreSQL's own, never to ones someone created in another schema.",
);

export interface ViewStatements {
  /** The view schema and its tag. */
  readonly schema: readonly Operation[];
  /** The key schema and its tag, then the key table and the key; both empty without a hash mask. */
  readonly keySchema: readonly Operation[];
  readonly keyTable: readonly Operation[];
  readonly views: readonly { readonly view: string; readonly create: Operation }[];
  /** USAGE on the view schema and SELECT on each view, to the request's role. */
  readonly grants: readonly Operation[];
}

/** The grant's view statements, in the order they run; `tag` is the role's tag, written on each schema too. */
export function viewStatements(checked: CheckedGrant, expiresAt: string, tag: string): ViewStatements {
  const role = ident(checked.role);
  const schema = ident(checked.viewSchema);
  const keySchema = ident(checked.keySchema);
  const keyTable = qualifiedTable(checked.keySchema, HASH_KEY_TABLE);
  const zeros = `decode(repeat('00', 32), 'hex')`;
  const pad = (byte: number): string => `decode(string_agg(lpad(to_hex(get_byte(k.key, i) # ${byte}), 2, '0'), '' ORDER BY i), 'hex')`;
  const hash = usesHashKey(checked.views);
  return {
    schema: [
      sql(`CREATE SCHEMA ${schema}`, "The request's own schema, owned by the grantor: the views below live here and nowhere else."),
      sql(`COMMENT ON SCHEMA ${schema} IS ${lit(tag)}`, "Tags the schema like the role, so revocation knows it is this request's to drop."),
    ],
    keySchema: hash
      ? [
          sql(`CREATE SCHEMA ${keySchema}`, "The request's hash key lives apart, in a schema only the grantor can use."),
          sql(`COMMENT ON SCHEMA ${keySchema} IS ${lit(tag)}`, 'Tags the key schema like the role.'),
        ]
      : [],
    keyTable: hash
      ? [
          sql(`CREATE TABLE ${keyTable} (ipad bytea NOT NULL, opad bytea NOT NULL)`, 'Holds the key as HMAC-SHA-256 pads; nobody but the grantor may read it.'),
          sql(
            `INSERT INTO ${keyTable} (ipad, opad) SELECT ${pad(0x36)}, ${pad(0x5c)} ` +
              `FROM (SELECT sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')) || ${zeros} AS key) AS k, generate_series(0, 63) AS i`,
            'A 256-bit key drawn on the server from its strong random source: it never leaves the server, so no plan, log or view definition holds it. Hashes match within this request only.',
          ),
        ]
      : [],
    views: checked.views.map((v) => ({
      view: v.view,
      create: sql(
        createViewSql(checked, v.view, v, expiresAt),
        `Only ${v.columns.length === 1 ? 'this column' : 'these columns'}${v.masked.length > 0 ? ' (masked as shown)' : ''}${v.rows.length > 0 ? ', only rows matching the filter' : ''}, nothing after expires_at. security_barrier: the grantee's own conditions and functions run only on rows the view lets through.`,
      ),
    })),
    grants: [
      sql(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`, 'Lets the grantee name the views; the schema holds nothing else.'),
      ...checked.views.map((v) =>
        sql(
          `GRANT SELECT ON TABLE ${qualifiedTable(checked.viewSchema, v.view)} TO ${role}`,
          `Reads through the view only; nothing on ${v.schema}.${v.table} itself.`,
        ),
      ),
    ],
  };
}

export function flattenViewStatements(s: ViewStatements): Operation[] {
  return [...s.schema, ...s.keySchema, ...s.keyTable, ...s.views.map((v) => v.create), ...s.grants];
}

/** One DROP per schema, so a schema that is not ours (by owner and tag) is never dropped with one that is. */
export function dropSchemaOperations(checked: CheckedGrant): { readonly views: Operation; readonly key: Operation } {
  const why = (what: string): string =>
    `Drops the schema of ${what} with everything in it (only its own objects: anything else depending on them stops the revocation first); the tables are untouched.`;
  return {
    views: sql(`DROP SCHEMA IF EXISTS ${ident(checked.viewSchema)} CASCADE`, why("the request's views")),
    key: sql(`DROP SCHEMA IF EXISTS ${ident(checked.keySchema)} CASCADE`, why("the request's hash key, which goes with it")),
  };
}

/** The definition read-back: each view beside one created from the planned text, compared as the server prints them. */
export function definitionReadBack(
  checked: CheckedGrant,
  expiresAt: string,
): {
  readonly create: readonly Operation[];
  readonly compare: Operation;
} {
  const pairs = checked.views.map((v, i) => `(${lit(v.view)}, ${lit(scratchViewName(i))})`);
  const regclass = (name: string): string => `to_regclass(format('%I.%I', ${lit(checked.viewSchema)}, ${name}))`;
  return {
    create: checked.views.map((v, i) =>
      check(createViewSql(checked, scratchViewName(i), v, expiresAt), 'Read-back: the planned view again under a scratch name, rolled back below.'),
    ),
    compare: check(
      `SELECT v.name, coalesce(pg_get_viewdef(${regclass('v.name')}) = pg_get_viewdef(${regclass('v.scratch')}), false) AS same ` +
        `FROM (VALUES ${pairs.join(', ')}) AS v(name, scratch)`,
      'Read-back: each view is defined exactly as planned (compared with the scratch view, as the server prints both).',
    ),
  };
}
