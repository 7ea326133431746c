// pg's own escaping, without loading the client: see pg-utils.d.ts.
import pgUtils from 'pg/lib/utils.js';
import type { Operation } from '../contract.js';
import { qualifiedTable } from './names.js';
import { usesHashKey } from './view-check.js';
import { HASH_KEY_TABLE } from './view-plan.js';
import type { CheckedGrant } from './validate.js';

const { escapeLiteral: lit } = pgUtils;

const check = (text: string, why: string): Operation => ({ kind: 'sql', text, why, readOnly: true });

/** `grantee privilege` of every ACL entry of `acl` but the owner's and the one expected, as text. */
const others = (acl: string, owner: string, expected?: string): string =>
  `ARRAY(SELECT format('%s %s', CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END, a.privilege_type) ` +
  `FROM aclexplode(${acl}) AS a WHERE a.grantee <> ${owner}${expected === undefined ? '' : ` AND NOT (${expected})`} ORDER BY 1)`;

/**
 * Both schemas: present, owner, tag, whether the grantee can use the view
 * schema, how many relations each holds, and any privilege on them beyond
 * the planned USAGE (a default privilege of the grantor would show here).
 * Two rows always, views schema first.
 */
export function schemaReadBack(checked: CheckedGrant): string {
  return (
    `SELECT v.nspname, n.oid IS NOT NULL AS present, pg_get_userbyid(n.nspowner) AS owner, obj_description(n.oid, 'pg_namespace') AS tag, ` +
    `has_schema_privilege(p.oid, n.oid, 'USAGE') AS usable, (SELECT count(*)::int FROM pg_class c WHERE c.relnamespace = n.oid) AS relations, ` +
    `${others('n.nspacl', 'n.nspowner', `v.n = 1 AND a.grantee = r.oid AND a.privilege_type = 'USAGE'`)} AS extra ` +
    `FROM (VALUES (1, ${lit(checked.viewSchema)}), (2, ${lit(checked.keySchema)})) AS v(n, nspname) ` +
    `LEFT JOIN pg_namespace n ON n.nspname = v.nspname LEFT JOIN pg_roles p ON p.rolname = ${lit(checked.principal)} ` +
    `LEFT JOIN pg_roles r ON r.rolname = ${lit(checked.role)} ORDER BY v.n`
  );
}

/**
 * Each planned view: a view, owned by the grantor, security_barrier, readable
 * by the grantee, and nobody else holding anything on it (table or column).
 */
export function viewObjectReadBack(checked: CheckedGrant): string {
  const names = checked.views.map((v) => `(${lit(v.view)})`).join(', ');
  return (
    `SELECT v.name, c.oid IS NOT NULL AS present, c.relkind::text AS relkind, pg_get_userbyid(c.relowner) AS owner, ` +
    `coalesce('security_barrier=true' = ANY (c.reloptions), false) AS barrier, has_table_privilege(p.oid, c.oid, 'SELECT') AS selectable, ` +
    `${others('c.relacl', 'c.relowner', `a.grantee = r.oid AND a.privilege_type = 'SELECT'`)} || ` +
    `ARRAY(SELECT format('column %s', att.attname) FROM pg_attribute att WHERE att.attrelid = c.oid AND att.attacl IS NOT NULL) AS extra ` +
    `FROM (VALUES ${names}) AS v(name) LEFT JOIN pg_namespace n ON n.nspname = ${lit(checked.viewSchema)} ` +
    `LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = v.name ` +
    `LEFT JOIN pg_roles p ON p.rolname = ${lit(checked.principal)} LEFT JOIN pg_roles r ON r.rolname = ${lit(checked.role)}`
  );
}

/** The key table: present, the grantor's, readable by nobody else. One row. */
export function keyTableReadBack(checked: CheckedGrant): string {
  return (
    `SELECT c.oid IS NOT NULL AS present, pg_get_userbyid(c.relowner) AS owner, ${others('c.relacl', 'c.relowner')} AS extra ` +
    `FROM (VALUES (1)) AS one(x) LEFT JOIN pg_class c ON c.oid = to_regclass(${lit(qualifiedTable(checked.keySchema, HASH_KEY_TABLE))})`
  );
}

/** How many keys the key table holds: exactly one. Run only once the table is known to exist. */
export function keyCountReadBack(checked: CheckedGrant): string {
  return `SELECT count(*)::int AS keys FROM ${qualifiedTable(checked.keySchema, HASH_KEY_TABLE)}`;
}

/** The catalog read-backs of a grant with views, as the plan shows them. */
export function viewCatalogReadBack(checked: CheckedGrant): readonly Operation[] {
  if (checked.views.length === 0) return [];
  return [
    check(schemaReadBack(checked), "Read-back: the request's schemas, their owner and tag, and that only the request's role may use the view schema."),
    check(viewObjectReadBack(checked), 'Read-back: each view is a security_barrier view of the grantor, readable by the grantee and by nobody else.'),
    ...(usesHashKey(checked.views)
      ? [
          check(keyTableReadBack(checked), "Read-back: the key table is the grantor's and nobody else may read it."),
          check(keyCountReadBack(checked), 'Read-back: it holds exactly one key.'),
        ]
      : []),
  ];
}

/** After revocation: neither schema is left (their names only; no contents are read). */
export function schemasGoneReadBack(checked: CheckedGrant): Operation {
  return check(
    `SELECT nspname FROM pg_namespace WHERE nspname IN (${lit(checked.viewSchema)}, ${lit(checked.keySchema)})`,
    "Read-back: the request's schemas are gone.",
  );
}
