import { createHash } from 'node:crypto';
// pg's own escaping, without loading the client: see pg-utils.d.ts.
import pgUtils from 'pg/lib/utils.js';
import { matches } from '../../shared/patterns.js';
import { ProviderError } from '../errors.js';

/** PostgreSQL silently truncates longer identifiers (NAMEDATALEN - 1). */
export const MAX_IDENTIFIER_BYTES = 63;

/**
 * Roles are cluster-wide while a target is one database, so the role of a
 * request names its target too: `gb_<digest>_<request>`, where the digest is
 * the first 11 hex digits of SHA-256 of the target name (in SQL:
 * `left(encode(sha256('orders-prod'), 'hex'), 11)`). Target names run to 64
 * characters and request ids to 48, more than 63 bytes hold together, hence a
 * digest for the target and the request id in full: 3 + 11 + 1 + 48 = 63.
 * Two targets of one cluster whose digests collide (2^-44 per pair) cannot
 * mix their grants either: the role's tag names its target, and every path
 * checks it (a grant refuses, a listing leaves the role to its owner).
 */
export const ROLE_PREFIX = 'gb_';
export const TARGET_DIGEST_HEX = 11;

/**
 * Roles made before names carried the target: `grantbook_req_<request>`,
 * tagged with their target. Live grants may still hold one, so revoke,
 * inspect and listing find them; nothing creates them any more.
 */
export const LEGACY_ROLE_PREFIX = 'grantbook_req_';

const CURRENT_ROLE = new RegExp(`^${ROLE_PREFIX}([0-9a-f]{${TARGET_DIGEST_HEX}})_([a-z0-9_]+)$`, 'u');

/** The target part of its role names. */
export function targetDigest(target: string): string {
  return createHash('sha256').update(target, 'utf8').digest('hex').slice(0, TARGET_DIGEST_HEX);
}

/** Every role name of `target`'s requests starts with this. */
export function targetRolePrefix(target: string): string {
  return `${ROLE_PREFIX}${targetDigest(target)}_`;
}

function checkedRequestId(target: string, requestId: string): string {
  if (!matches('requestId', requestId)) {
    throw new ProviderError('E_PROVIDER_INVALID_GRANT', target, 'the request id is not in the request id pattern');
  }
  // Request ids never hold `_`, so this is one-to-one and `parseRoleName` inverts it.
  return requestId.replaceAll('-', '_');
}

/** `orders-prod`, `alice-inc-4211` -> `gb_<digest of orders-prod>_alice_inc_4211`. */
export function requestRoleName(target: string, requestId: string): string {
  const role = targetRolePrefix(target) + checkedRequestId(target, requestId);
  // Unreachable with the request id pattern (48 characters at most); kept so a wider pattern cannot truncate silently.
  if (Buffer.byteLength(role, 'utf8') > MAX_IDENTIFIER_BYTES) {
    throw new ProviderError('E_PG_ROLE_NAME_TOO_LONG', target, `role for request ${requestId} would exceed ${MAX_IDENTIFIER_BYTES} bytes`);
  }
  return role;
}

/**
 * The schemas of a grant with row filters or masks, named like its role
 * (same digest, same request, same 63 bytes at most): `gv_` holds the views
 * the grantee queries, `gk_` the request's hash key, which only the grantor
 * reads. Schema and role names are separate namespaces; the prefixes keep
 * the three apart for people reading the catalog.
 */
export const VIEW_SCHEMA_PREFIX = 'gv_';
export const KEY_SCHEMA_PREFIX = 'gk_';

export function viewSchemaName(target: string, requestId: string): string {
  return VIEW_SCHEMA_PREFIX + requestRoleName(target, requestId).slice(ROLE_PREFIX.length);
}

export function keySchemaName(target: string, requestId: string): string {
  return KEY_SCHEMA_PREFIX + requestRoleName(target, requestId).slice(ROLE_PREFIX.length);
}

/** The name an earlier version gave the request's role, whatever its target. */
export function legacyRoleName(target: string, requestId: string): string {
  return LEGACY_ROLE_PREFIX + checkedRequestId(target, requestId);
}

export type RoleName =
  { readonly kind: 'current'; readonly digest: string; readonly requestId: string } | { readonly kind: 'legacy'; readonly requestId: string };

/** What a role name stands for, or undefined for any role that is not named like a per-request role. */
export function parseRoleName(role: string): RoleName | undefined {
  const current = CURRENT_ROLE.exec(role);
  if (current !== null) {
    const requestId = (current[2] ?? '').replaceAll('_', '-');
    return matches('requestId', requestId) ? { kind: 'current', digest: current[1] ?? '', requestId } : undefined;
  }
  if (!role.startsWith(LEGACY_ROLE_PREFIX)) return undefined;
  const requestId = role.slice(LEGACY_ROLE_PREFIX.length).replaceAll('_', '-');
  return matches('requestId', requestId) ? { kind: 'legacy', requestId } : undefined;
}

/** Names no principal may have: a per-request role, of any version, must never receive a grant. */
export function isRequestRoleName(name: string): boolean {
  return name.startsWith(LEGACY_ROLE_PREFIX) || CURRENT_ROLE.test(name);
}

/** `"schema"."table"`, quoted by the driver whatever the names hold. */
export function qualifiedTable(schema: string, table: string): string {
  return `${pgUtils.escapeIdentifier(schema)}.${pgUtils.escapeIdentifier(table)}`;
}

/** Schemas whose objects are never handed out. */
export function isSystemSchema(schema: string): boolean {
  return schema.startsWith('pg_') || schema === 'information_schema';
}
