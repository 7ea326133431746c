import type { Inspection } from '../contract.js';
import { privilegeReadBack, roleReadBack } from './plan.js';
import type { PgSession } from './session.js';
import { parseTag } from './tag.js';
import { inspectViews } from './view-inspect.js';
import type { CheckedGrant, PgTargetGrant } from './validate.js';

interface RoleRow {
  role_oid: string | null;
  tag: string | null;
  principal_exists: boolean;
  member: boolean | null;
  inherits: boolean | null;
}

interface PrivilegeRow {
  nsp: string;
  rel: string;
  col: string | null;
  priv: string;
  held: boolean | null;
}

/**
 * Reads the grant back from the catalog.
 *
 * present: our tagged role exists, the grantee inherits it, and holds every
 * planned privilege. absent: the role is gone, so nothing granted through it
 * can remain (privileges live on the role; DROP ROLE fails while any are
 * left). What the grantee holds from other sources is reported, not counted:
 * it was never ours to remove.
 */
export async function inspectPostgres(session: PgSession, grant: PgTargetGrant, checked: CheckedGrant, inGrant = false): Promise<Inspection> {
  const roleRow = (await session.query<RoleRow>(roleReadBack(checked))).rows[0];
  // A revoke from a tag alone (crash recovery) may know no tables.
  const privileges = checked.tables.length === 0 ? [] : (await session.query<PrivilegeRow>(privilegeReadBack(checked))).rows;
  const details: string[] = [];
  const roleExists = roleRow?.role_oid !== null && roleRow?.role_oid !== undefined;
  const tag = parseTag(roleRow?.tag);
  const ours = tag.kind === 'ok' && tag.tag.request === grant.requestId && tag.tag.target === grant.target.name;
  const allHeld = privileges.every((p) => p.held === true);

  if (!roleExists) {
    details.push(`role ${checked.role} does not exist`);
    for (const p of privileges.filter((row) => row.held === true)) {
      details.push(`note: ${checked.principal} holds ${describe(p)} through grants not made by this request`);
    }
    // The request's schemas go with the role; one left behind is found and dropped by the next revoke.
    const views = await inspectViews(session, grant, { ...checked, views: [] }, inGrant, details);
    return { present: false, absent: views.gone, details };
  }

  if (!ours) details.push(`role ${checked.role} exists but is not tagged for this request on this target`);
  if (roleRow?.principal_exists !== true) details.push(`principal ${checked.principal} does not exist`);
  else if (roleRow.member !== true) details.push(`${checked.principal} is not a member of ${checked.role}`);
  else if (roleRow.inherits !== true) details.push(`${checked.principal} is a member of ${checked.role} without INHERIT`);
  for (const p of privileges.filter((row) => row.held !== true)) details.push(`${checked.principal} lacks ${describe(p)}`);
  // Whether a schema is left matters only once the role is gone (above).
  const views = checked.views.length === 0 ? { present: true } : await inspectViews(session, grant, checked, inGrant, details);
  const present = ours && roleRow?.inherits === true && allHeld && views.present;
  // The evidence is only read when something is off: on the common path it would cost a catalog walk per grant.
  if (!present) details.push(...(await roleHoldings(session, checked.role)));
  return { present, absent: false, details };
}

function describe(p: PrivilegeRow): string {
  return `${p.priv} on ${p.nsp}.${p.rel}${p.col === null ? '' : ` (${p.col})`}`;
}

/**
 * What the role itself still holds and who is in it, with grantors: the
 * evidence an operator needs. Found through pg_shdepend (indexed by role)
 * rather than by scanning every ACL, which grows with the number of grants.
 */
async function roleHoldings(session: PgSession, role: string): Promise<string[]> {
  const { rows } = await session.query<{ line: string }>(
    `WITH r AS (SELECT oid FROM pg_roles WHERE rolname = $1),
     d AS (SELECT d.classid, d.objid, d.objsubid FROM pg_shdepend d, r
            WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid AND d.deptype = 'a'
              AND d.dbid IN (0, (SELECT oid FROM pg_database WHERE datname = current_database())))
     SELECT format('role holds %s on %s (granted by %s)', a.privilege_type, c.oid::regclass, a.grantor::regrole) AS line
       FROM d JOIN pg_class c ON c.oid = d.objid, r, aclexplode(c.relacl) a
      WHERE d.classid = 'pg_class'::regclass AND d.objsubid = 0 AND a.grantee = r.oid
     UNION ALL
     SELECT format('role holds %s on %s (%I) (granted by %s)', a.privilege_type, c.oid::regclass, att.attname, a.grantor::regrole)
       FROM d JOIN pg_attribute att ON att.attrelid = d.objid AND att.attnum = d.objsubid JOIN pg_class c ON c.oid = att.attrelid, r, aclexplode(att.attacl) a
      WHERE d.classid = 'pg_class'::regclass AND d.objsubid > 0 AND a.grantee = r.oid
     UNION ALL
     SELECT format('role holds privileges on %s', pg_describe_object(d.classid, d.objid, d.objsubid))
       FROM d WHERE d.classid <> 'pg_class'::regclass
     UNION ALL
     SELECT format('member: %s (granted by %s)', m.member::regrole, m.grantor::regrole)
       FROM r, pg_auth_members m WHERE m.roleid = r.oid AND m.member <> (SELECT oid FROM pg_roles WHERE rolname = current_user)
     ORDER BY 1`,
    [role],
  );
  return rows.map((r) => r.line);
}
