import { matches } from '../../shared/patterns.js';
import { parseInstant } from '../../time/instant.js';
import type { ManagedGrant } from '../contract.js';
import { likePrefix, parseAccount, qualifiedTable, quoteLiteral, requestRoleName, targetRolePrefix } from './names.js';
import { TAG_TABLE } from './plan.js';
import type { MysqlSession, Row } from './session.js';
import type { MysqlTarget } from './types.js';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The listing statement: every tag row of the target's role prefix. */
export function managedQuery(target: MysqlTarget): string {
  return (
    `SELECT role, target, request, principal, expires_at FROM ${qualifiedTable(target.metadataDatabase, TAG_TABLE)} ` +
    `WHERE role LIKE ${quoteLiteral(likePrefix(targetRolePrefix(target.name)))} ORDER BY role`
  );
}

/**
 * What one tag row means to `target`, or undefined when it is not the
 * target's to list. A row is the grant's first change and its last to go, so
 * it stands for every half-done grant or revocation. A role named like ours
 * without a row was not made by Grantbook and is never listed (so never
 * dropped). The role's name is derived from the target and the request: a
 * row whose name does not derive from what it says is another target's (the
 * digests collided) or damaged, and is left alone.
 */
export function managedGrantOf(row: Row, target: string): ManagedGrant | undefined {
  const request = text(row['request']);
  if (!matches('requestId', request) || text(row['target']) !== target) return undefined;
  if (requestRoleName(target, request) !== text(row['role'])) return undefined;
  const principal = text(row['principal']);
  const expiresAt = text(row['expires_at']);
  return {
    target,
    requestId: request,
    ...(parseAccount(principal) !== undefined ? { principal } : {}),
    // An unreadable expiry is treated as already expired by the sweep.
    ...(parseInstant(expiresAt) !== undefined ? { expiresAt } : {}),
  };
}

export async function listManagedRoles(session: MysqlSession, target: MysqlTarget): Promise<ManagedGrant[]> {
  const rows = await session.query(managedQuery(target));
  return rows.flatMap((row) => managedGrantOf(row, target.name) ?? []);
}
