import { ProviderError } from '../errors.js';
import { parseRoleName, targetDigest } from './names.js';
import type { PgSession } from './session.js';
import { parseTag, type ParsedTag } from './tag.js';
import type { CheckedGrant, PgTargetGrant } from './validate.js';

/**
 * Catalog look-ups made before any change. Every name is passed as a bound
 * parameter and compared with `=` against the catalog, so nothing here parses
 * an identifier and nothing reaches SQL text.
 */

export interface RoleState {
  readonly exists: boolean;
  readonly tag: ParsedTag;
}

/**
 * Is the existing role ours, for this very grant? Throws otherwise: a role we
 * did not tag is never adopted, altered or dropped.
 *
 * Revocation accepts exactly the roles `listManaged` lists for this target
 * (managed.ts), so a grant the drift sweep finds is one it can remove. The
 * role's name carries the request (and, by its digest, the target), so a tag
 * that disagrees with it was damaged like an unreadable one, and the role is
 * still ours to remove. The one disagreement that stops a revocation is a tag
 * naming another target whose digest is this target's (a collision): that is
 * the other target's role. A role of the earlier naming reaches here only
 * when its tag names this target (roles.ts).
 */
export function assertOurRole(grant: PgTargetGrant, checked: CheckedGrant, tag: ParsedTag, forRevoke: boolean): void {
  const target = grant.target.name;
  if (tag.kind === 'none') {
    throw new ProviderError('E_PG_ROLE_FOREIGN', target, `role ${checked.role} exists without a Grantbook tag`);
  }
  if (tag.kind === 'unreadable') {
    // Ours by its marker but damaged: revocation may still remove it, a grant may not build on it.
    if (forRevoke) return;
    throw new ProviderError('E_PG_ROLE_CONFLICT', target, `role ${checked.role} carries an unreadable Grantbook tag; revoke it first`);
  }
  const { request, target: tagged, principal } = tag.tag;
  const conflict = () =>
    new ProviderError('E_PG_ROLE_CONFLICT', target, `role ${checked.role} is tagged for request ${request} on target ${tagged} for ${principal}`);
  if (!forRevoke) {
    if (request !== grant.requestId || tagged !== target || principal !== checked.principal) throw conflict();
    return;
  }
  if (tagged === target) return;
  if (parseRoleName(checked.role)?.kind === 'current' && targetDigest(tagged) !== targetDigest(target)) return;
  throw conflict();
}

interface GrantStateRow {
  role_exists: boolean;
  tag: string | null;
  principal_exists: boolean;
  rolsuper: boolean | null;
  rolcreaterole: boolean | null;
  rolbypassrls: boolean | null;
  rolreplication: boolean | null;
  rolcanlogin: boolean | null;
  has_members: boolean | null;
  inside: string | null;
}

/**
 * Role state and the grantee's catalog facts in one round trip. "Inside" walks
 * memberships downwards from the grantor and the protected roles (few members,
 * usually none) instead of upwards from the grantee, whose memberships grow
 * with every grant it holds.
 */
export async function readGrantState(session: PgSession, grant: PgTargetGrant, checked: CheckedGrant): Promise<RoleState> {
  const target = grant.target.name;
  const { rows } = await session.query<GrantStateRow>(
    `WITH RECURSIVE guarded AS (
       SELECT oid FROM pg_roles WHERE rolname = current_user OR rolname = ANY($3::text[])
     ), below(member, top) AS (
       SELECT m.member, m.roleid FROM pg_auth_members m JOIN guarded g ON m.roleid = g.oid
       UNION
       SELECT m.member, b.top FROM pg_auth_members m JOIN below b ON m.roleid = b.member
     )
     SELECT r.oid IS NOT NULL AS role_exists, shobj_description(r.oid, 'pg_authid') AS tag,
            p.oid IS NOT NULL AS principal_exists, p.rolsuper, p.rolcreaterole, p.rolbypassrls, p.rolreplication, p.rolcanlogin,
            EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = p.oid) AS has_members,
            (SELECT min(t.rolname) FROM below b JOIN pg_roles t ON t.oid = b.top WHERE b.member = p.oid) AS inside
       FROM (VALUES (1)) AS one(x) LEFT JOIN pg_roles r ON r.rolname = $1 LEFT JOIN pg_roles p ON p.rolname = $2`,
    [checked.role, checked.principal, [...grant.target.protectedRoles]],
  );
  const row = rows[0];
  if (row?.principal_exists !== true) {
    throw new ProviderError('E_PG_PRINCIPAL_NOT_FOUND', target, `login role ${checked.principal} does not exist`);
  }
  const reasons = [
    row.rolsuper === true && 'is a superuser',
    row.rolcreaterole === true && 'has CREATEROLE',
    row.rolbypassrls === true && 'has BYPASSRLS',
    row.rolreplication === true && 'has REPLICATION',
    row.rolcanlogin !== true && 'cannot log in (a group role would pass the grant to all its members)',
    row.has_members === true && 'has member roles that would inherit the grant',
    row.inside !== null && `is a member of ${row.inside === checked.grantor ? 'the grantor role' : `protected role ${row.inside}`}`,
  ].filter((r): r is string => typeof r === 'string');
  if (reasons.length > 0) {
    throw new ProviderError('E_PG_PRINCIPAL_UNSAFE', target, `principal ${checked.principal}: ${reasons.join('; ')}`, reasons);
  }
  return { exists: row.role_exists, tag: parseTag(row.tag) };
}

/** Resolves each table and column in the catalog and checks the grantor can hand the privileges out. */
export async function assertTablesGrantable(session: PgSession, grant: PgTargetGrant, checked: CheckedGrant): Promise<void> {
  const target = grant.target.name;
  for (const t of checked.tables) {
    const name = `${t.schema}.${t.table}`;
    const { rows } = await session.query<{ relkind: string; missing: string[]; no_option: string[]; schema_usage: boolean | null }>(
      `SELECT c.relkind,
              ARRAY(SELECT col FROM unnest($3::text[]) AS col WHERE NOT EXISTS (
                SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped)) AS missing,
              ARRAY(SELECT pr FROM unnest($4::text[]) AS pr WHERE NOT CASE
                WHEN cardinality($3::text[]) = 0 THEN has_table_privilege(c.oid, pr || ' WITH GRANT OPTION')
                ELSE coalesce((SELECT bool_and(has_column_privilege(c.oid, a.attnum, pr || ' WITH GRANT OPTION'))
                                 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = ANY($3::text[]) AND a.attnum > 0 AND NOT a.attisdropped), false)
                END) AS no_option,
              has_schema_privilege((SELECT oid FROM pg_roles WHERE rolname = $5), n.oid, 'USAGE') AS schema_usage
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')`,
      [t.schema, t.table, [...t.columns], [...t.privileges], checked.principal],
    );
    const row = rows[0];
    if (row === undefined) throw new ProviderError('E_PG_TABLE_NOT_FOUND', target, `table ${name} does not exist`);
    if (row.missing.length > 0) {
      throw new ProviderError('E_PG_COLUMN_NOT_FOUND', target, `${name} has no column ${row.missing.join(', ')}`);
    }
    if (row.no_option.length > 0) {
      throw new ProviderError(
        'E_PG_GRANTOR_NO_GRANT_OPTION',
        target,
        `grantor ${checked.grantor} cannot grant ${row.no_option.join(', ')} on ${name}${t.columns.length > 0 ? ` (${t.columns.join(', ')})` : ''}`,
      );
    }
    if (row.schema_usage !== true) {
      throw new ProviderError('E_PG_SCHEMA_USAGE_MISSING', target, `${checked.principal} has no USAGE on schema ${t.schema}`);
    }
  }
}

/** Objects the role owns; only an out-of-band change can cause any. */
export async function ownedObjects(session: PgSession, role: string): Promise<readonly string[]> {
  const { rows } = await session.query<{ what: string }>(
    `SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS what
       FROM pg_shdepend d JOIN pg_roles r ON r.oid = d.refobjid
      WHERE r.rolname = $1 AND d.refclassid = 'pg_authid'::regclass AND d.deptype = 'o'
        AND d.dbid IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
      ORDER BY 1`,
    [role],
  );
  return rows.map((r) => r.what);
}
