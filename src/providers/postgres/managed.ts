import { parseInstant } from '../../time/instant.js';
import type { ManagedGrant } from '../contract.js';
import { LEGACY_ROLE_PREFIX, parseRoleName, targetDigest, targetRolePrefix } from './names.js';
import { FOOTPRINT_COLUMNS, legacyRoleBelongs } from './roles.js';
import type { PgSession } from './session.js';
import { parseTag } from './tag.js';
import type { PostgresTarget } from './validate.js';

/** One per-request role as the catalog shows it. */
export interface RoleRow {
  readonly rolname: string;
  /** The role's COMMENT. */
  readonly tag: string | null;
  /** Who is in the role, the grantor aside. */
  readonly members: readonly string[] | null;
  /** Its grants are in this database / in any database (see FOOTPRINT_COLUMNS). */
  readonly here: boolean;
  readonly anywhere: boolean;
}

/**
 * What one role means to `target`'s drift check and crash recovery, or
 * undefined when it is not the target's to list. pg_roles is cluster-wide and
 * every target of a cluster sees every other's roles; each is listed by
 * exactly one target, so no sweep revokes, or reports as drift, another
 * target's grant.
 * - The current name carries the target's digest: only that target lists it.
 *   A tag that names another target with the same digest (a collision) is
 *   that target's role; any other disagreement with the name is damage.
 * - The earlier name carries no target: the tag places it, or, when damaged,
 *   the database holding its grants (legacyRoleBelongs).
 * A role named like ours but without our tag was not made by Grantbook and
 * is never listed (so never dropped).
 */
export function managedGrantOf(row: RoleRow, target: string): ManagedGrant | undefined {
  const name = parseRoleName(row.rolname);
  if (name === undefined) return undefined;
  const tag = parseTag(row.tag);
  if (tag.kind === 'none') return undefined;
  const { requestId } = name;
  if (name.kind === 'current') {
    if (name.digest !== targetDigest(target)) return undefined;
    if (tag.kind === 'ok' && tag.tag.target !== target && targetDigest(tag.tag.target) === name.digest) return undefined;
  } else if (!legacyRoleBelongs(tag, target, row)) {
    return undefined;
  }
  // A damaged tag, or one naming another request or target than the name does: ours, expiry unknown.
  if (tag.kind === 'unreadable' || tag.tag.request !== requestId || tag.tag.target !== target) {
    // The one member names the principal when the tag cannot.
    const member = row.members?.length === 1 ? row.members[0] : undefined;
    return member === undefined ? { target, requestId } : { target, requestId, principal: member };
  }
  return { target, requestId, principal: tag.tag.principal, expiresAt: tag.tag.expiresAt };
}

/**
 * One entry per request. A request holds two roles on one target only if it
 * was granted again after an upgrade from the earlier naming; revocation then
 * removes both, and the listing takes the earlier expiry and drops a
 * principal the two disagree on (fail safe: due sooner, grantee unresolved).
 */
export function mergeByRequest(grants: readonly ManagedGrant[]): ManagedGrant[] {
  const byRequest = new Map<string, ManagedGrant>();
  for (const g of grants) {
    const seen = byRequest.get(g.requestId);
    if (seen === undefined) {
      byRequest.set(g.requestId, g);
      continue;
    }
    const principal = seen.principal === g.principal ? seen.principal : undefined;
    const expiresAt = earlier(seen.expiresAt, g.expiresAt);
    byRequest.set(g.requestId, {
      target: g.target,
      requestId: g.requestId,
      ...(principal !== undefined ? { principal } : {}),
      ...(expiresAt !== undefined ? { expiresAt } : {}),
    });
  }
  return [...byRequest.values()];
}

/** The earlier of two tagged expiries; undefined (already expired) when either is unknown or unreadable. */
function earlier(a: string | undefined, b: string | undefined): string | undefined {
  const at = a === undefined ? undefined : parseInstant(a);
  const bt = b === undefined ? undefined : parseInstant(b);
  if (at === undefined || bt === undefined) return undefined;
  return at <= bt ? a : b;
}

export async function listManagedRoles(session: PgSession, target: PostgresTarget): Promise<ManagedGrant[]> {
  const { rows } = await session.query<RoleRow>(
    `SELECT r.rolname, shobj_description(r.oid, 'pg_authid') AS tag, m.members,
       ${FOOTPRINT_COLUMNS}
       FROM pg_roles r LEFT JOIN LATERAL (
         SELECT array_agg(DISTINCT p.rolname::text ORDER BY p.rolname::text) AS members
           FROM pg_auth_members am JOIN pg_roles p ON p.oid = am.member
          WHERE am.roleid = r.oid AND p.rolname <> current_user) m ON true
      WHERE starts_with(r.rolname, $1) OR starts_with(r.rolname, $2) ORDER BY r.rolname`,
    [targetRolePrefix(target.name), LEGACY_ROLE_PREFIX],
  );
  return mergeByRequest(rows.flatMap((row) => managedGrantOf(row, target.name) ?? []));
}
