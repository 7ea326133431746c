import { ProviderError } from '../errors.js';
import { HASH_KEY_TABLE } from './view-plan.js';
import { filterTypeProblem, type ColumnType } from './view-types.js';
import type { PgSession } from './session.js';
import { parseTag } from './tag.js';
import type { CheckedGrant, PgTargetGrant } from './validate.js';

/**
 * Catalog checks of a grant through views, made inside the grant's
 * transaction before any change. Names travel as bound parameters.
 */
export async function assertViewsGrantable(session: PgSession, grant: PgTargetGrant, checked: CheckedGrant): Promise<void> {
  const target = grant.target.name;
  const { rows: db } = await session.query<{ can_create: boolean }>(`SELECT has_database_privilege(current_database(), 'CREATE') AS can_create`);
  if (db[0]?.can_create !== true) {
    throw new ProviderError('E_PG_GRANTOR_NO_CREATE', target, `grantor ${checked.grantor} may not create the request's schema in this database`);
  }
  for (const v of checked.views) {
    const name = `${v.schema}.${v.table}`;
    // Every column the view reads: the ones it shows and the ones it filters on.
    const read = [...new Set([...v.columns, ...v.rows.map((r) => r.column)])];
    const filtered = v.rows.map((r) => r.column);
    const { rows } = await session.query<{
      relkind: string;
      rls: boolean;
      missing: string[];
      no_option: string[];
      types: (ColumnType & { name: string })[] | null;
    }>(
      `SELECT c.relkind, c.relrowsecurity AS rls,
              ARRAY(SELECT col FROM unnest($3::text[]) AS col WHERE NOT EXISTS (
                SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped)) AS missing,
              ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = ANY ($3::text[]) AND a.attnum > 0
                      AND NOT a.attisdropped AND NOT has_column_privilege(c.oid, a.attnum, 'SELECT WITH GRANT OPTION') ORDER BY a.attnum) AS no_option,
              (SELECT json_agg(json_build_object('name', a.attname, 'shown', format_type(a.atttypid, a.atttypmod), 'base', b.typname, 'typtype', b.typtype,
                        'labels', CASE WHEN b.typtype = 'e' THEN ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = b.oid ORDER BY e.enumsortorder) END))
                 FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
                 JOIN pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
                WHERE a.attrelid = c.oid AND a.attname = ANY ($4::text[]) AND a.attnum > 0 AND NOT a.attisdropped) AS types
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')`,
      [v.schema, v.table, read, filtered],
    );
    const row = rows[0];
    if (row === undefined) throw new ProviderError('E_PG_TABLE_NOT_FOUND', target, `table ${name} does not exist`);
    if (row.missing.length > 0) throw new ProviderError('E_PG_COLUMN_NOT_FOUND', target, `${name} has no column ${row.missing.join(', ')}`);
    if (row.rls) throw new ProviderError('E_PG_VIEW_TABLE_RLS', target, `${name} has row-level security enabled`);
    if (row.no_option.length > 0) {
      throw new ProviderError(
        'E_PG_GRANTOR_NO_GRANT_OPTION',
        target,
        `grantor ${checked.grantor} cannot grant SELECT on ${name} (${row.no_option.join(', ')}), which its view reads`,
      );
    }
    for (const condition of v.rows) {
      const type = (row.types ?? []).find((t) => t.name === condition.column);
      const problem = type === undefined ? 'its type cannot be read' : filterTypeProblem(condition, type);
      if (problem !== undefined) throw new ProviderError('E_PG_FILTER_TYPE', target, `the filter on ${name} (${condition.column}): ${problem}`);
    }
  }
}

export type SchemaState = 'absent' | 'ours' | 'foreign';

export interface ViewObjects {
  readonly viewSchema: SchemaState;
  readonly keySchema: SchemaState;
  /** Relations in the view schema when it is ours. */
  readonly views: readonly string[];
  readonly keyTable: boolean;
}

/**
 * What of the request's schemas exists. A schema is ours when the grantor
 * owns it and it carries this request's tag for this target (for a
 * revocation, any tag with our marker: a damaged one still means ours, as
 * for roles); anything else by these names is never used or dropped.
 */
export async function readViewObjects(session: PgSession, grant: PgTargetGrant, checked: CheckedGrant, forRevoke: boolean): Promise<ViewObjects> {
  const { rows } = await session.query<{ nspname: string; mine: boolean; tag: string | null; relations: string[] }>(
    `SELECT n.nspname, n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) AS mine, obj_description(n.oid, 'pg_namespace') AS tag,
            ARRAY(SELECT c.relname::text FROM pg_class c WHERE c.relnamespace = n.oid ORDER BY 1) AS relations
       FROM pg_namespace n WHERE n.nspname IN ($1, $2)`,
    [checked.viewSchema, checked.keySchema],
  );
  const state = (name: string): SchemaState => {
    const row = rows.find((r) => r.nspname === name);
    if (row === undefined) return 'absent';
    const tag = parseTag(row.tag);
    if (!row.mine || tag.kind === 'none') return 'foreign';
    if (tag.kind === 'unreadable') return forRevoke ? 'ours' : 'foreign';
    return tag.tag.request === grant.requestId && tag.tag.target === grant.target.name ? 'ours' : 'foreign';
  };
  const viewSchema = state(checked.viewSchema);
  const keySchema = state(checked.keySchema);
  return {
    viewSchema,
    keySchema,
    views: viewSchema === 'ours' ? (rows.find((r) => r.nspname === checked.viewSchema)?.relations ?? []) : [],
    keyTable: keySchema === 'ours' && (rows.find((r) => r.nspname === checked.keySchema)?.relations ?? []).includes(HASH_KEY_TABLE),
  };
}

/**
 * Objects outside the request's schemas that depend on something inside
 * them (a view or function someone built on a granted view). DROP SCHEMA
 * ... CASCADE would drop them too; they are not ours to drop.
 */
export async function externalDependents(session: PgSession, checked: CheckedGrant): Promise<readonly string[]> {
  const { rows } = await session.query<{ what: string }>(
    `SELECT DISTINCT pg_describe_object(d.classid, d.objid, d.objsubid) AS what
       FROM pg_depend d
       JOIN pg_class ref ON d.refclassid = 'pg_class'::regclass AND d.refobjid = ref.oid
       JOIN pg_namespace rn ON rn.oid = ref.relnamespace AND rn.nspname IN ($1, $2)
       LEFT JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
       LEFT JOIN pg_class dep ON dep.oid = coalesce(rw.ev_class, CASE WHEN d.classid = 'pg_class'::regclass THEN d.objid END)
       LEFT JOIN pg_namespace dn ON dn.oid = dep.relnamespace
      WHERE d.deptype = 'n' AND (dn.nspname IS NULL OR dn.nspname NOT IN ($1, $2))
      ORDER BY 1`,
    [checked.viewSchema, checked.keySchema],
  );
  return rows.map((r) => r.what);
}
