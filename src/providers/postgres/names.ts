// pg's own escaping, without loading the client: see pg-utils.d.ts.
import pgUtils from 'pg/lib/utils.js';
import { matches } from '../../load/patterns.js';
import { ProviderError } from '../errors.js';

/** Every per-request role starts with this; nothing else may use it. */
export const REQUEST_ROLE_PREFIX = 'grantbook_req_';
/** PostgreSQL silently truncates longer identifiers (NAMEDATALEN - 1). */
export const MAX_IDENTIFIER_BYTES = 63;

/**
 * `alice-inc-4211` -> `grantbook_req_alice_inc_4211`. Request ids never hold
 * `_`, so the mapping is one-to-one and `requestIdOf` inverts it.
 */
export function requestRoleName(target: string, requestId: string): string {
  if (!matches('requestId', requestId)) {
    throw new ProviderError('E_PROVIDER_INVALID_GRANT', target, 'the request id is not in the request id pattern');
  }
  const role = REQUEST_ROLE_PREFIX + requestId.replaceAll('-', '_');
  if (Buffer.byteLength(role, 'utf8') > MAX_IDENTIFIER_BYTES) {
    throw new ProviderError('E_PG_ROLE_NAME_TOO_LONG', target, `role for request ${requestId} would exceed ${MAX_IDENTIFIER_BYTES} bytes`);
  }
  return role;
}

/** The request id a role name stands for, or undefined for any other role. */
export function requestIdOf(role: string): string | undefined {
  if (!role.startsWith(REQUEST_ROLE_PREFIX)) return undefined;
  const id = role.slice(REQUEST_ROLE_PREFIX.length).replaceAll('_', '-');
  return matches('requestId', id) ? id : undefined;
}

/** `"schema"."table"`, quoted by the driver whatever the names hold. */
export function qualifiedTable(schema: string, table: string): string {
  return `${pgUtils.escapeIdentifier(schema)}.${pgUtils.escapeIdentifier(table)}`;
}

/** Schemas whose objects are never handed out. */
export function isSystemSchema(schema: string): boolean {
  return schema.startsWith('pg_') || schema === 'information_schema';
}
