import { legacyRoleName } from './names.js';
import type { PgSession } from './session.js';
import { parseTag, type ParsedTag } from './tag.js';
import type { CheckedGrant, PgTargetGrant } from './validate.js';

/**
 * Where a role's grants live. pg_shdepend is a shared catalog: from any
 * database it shows every database's dependencies on a role (its privileges
 * and anything it owns), each with that database's oid. `here`: in the
 * database this session is connected to; `anywhere`: in any database.
 */
export const FOOTPRINT_COLUMNS = `EXISTS (SELECT 1 FROM pg_shdepend d WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid
                 AND d.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())) AS here,
       EXISTS (SELECT 1 FROM pg_shdepend d WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid AND d.dbid <> 0) AS anywhere`;

/**
 * Does a role of the earlier naming (`grantbook_req_<request>`, one per
 * request per cluster) belong to `target`? Its tag says so. A damaged tag
 * cannot, so the role's grants do: a target is one database, and the role
 * belongs to the target whose database holds them. A damaged role that holds
 * nothing anywhere cannot be placed; every target of the cluster may remove
 * it, since it gives no access and is ours by its marker.
 */
export function legacyRoleBelongs(tag: ParsedTag, target: string, footprint: { readonly here: boolean; readonly anywhere: boolean }): boolean {
  if (tag.kind === 'none') return false;
  if (tag.kind === 'ok') return tag.tag.target === target;
  return footprint.here || !footprint.anywhere;
}

export interface FoundRole {
  /** The grant as checked, with `role` the name found in the catalog. */
  readonly checked: CheckedGrant;
  readonly tag: ParsedTag;
}

export interface GrantRoles {
  /** The current name first when it exists, then a role of the earlier naming that belongs to this target. */
  readonly roles: readonly FoundRole[];
  readonly principalExists: boolean;
}

/**
 * The roles through which this request may hold access on this target.
 * Usually one, by the current name. A grant made before names carried the
 * target holds a `grantbook_req_` role instead; the statements run against it
 * are the ones its pull request showed, except that sessions are now ended in
 * this database only (revokeStatements says why). A role of the earlier
 * naming that another target's tag claims is that target's, and never
 * touched from here.
 */
export async function grantRoles(session: PgSession, grant: PgTargetGrant, checked: CheckedGrant): Promise<GrantRoles> {
  const legacy = legacyRoleName(grant.target.name, grant.requestId);
  // Two rows always, in this order; a missing role reads as `role_exists` false.
  const { rows } = await session.query<{
    rolname: string;
    role_exists: boolean;
    tag: string | null;
    here: boolean;
    anywhere: boolean;
    principal_exists: boolean;
  }>(
    `SELECT v.rolname, r.oid IS NOT NULL AS role_exists, shobj_description(r.oid, 'pg_authid') AS tag,
       ${FOOTPRINT_COLUMNS},
       p.oid IS NOT NULL AS principal_exists
       FROM (VALUES (1, $1::text), (2, $2::text)) AS v(n, rolname)
       LEFT JOIN pg_roles r ON r.rolname = v.rolname LEFT JOIN pg_roles p ON p.rolname = $3
      ORDER BY v.n`,
    [checked.role, legacy, checked.principal],
  );
  const roles: FoundRole[] = [];
  for (const row of rows) {
    if (!row.role_exists) continue;
    const tag = parseTag(row.tag);
    if (row.rolname === checked.role) roles.push({ checked, tag });
    else if (legacyRoleBelongs(tag, grant.target.name, row)) roles.push({ checked: { ...checked, role: legacy }, tag });
  }
  const principalExists = rows[0]?.principal_exists === true;
  return { roles, principalExists };
}
