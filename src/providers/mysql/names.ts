import { createHash } from 'node:crypto';
import mysql from 'mysql2';
import type { Account } from './types.js';

/**
 * Database, table and column names a grant may hold: letters, digits, `_`
 * and `$`, not digits alone, at most 64 characters (the server's limit, so
 * nothing is ever truncated). Quotes, backticks, dots, `%`, spaces and
 * anything else are refused before quoting; quoting (`quoteId`) is the
 * driver's own and still applies to every name.
 */
const IDENTIFIER = /^(?![0-9]+$)[A-Za-z0-9_$]{1,64}$/u;

/**
 * The user part of an account: at most 32 characters (MySQL 8's limit;
 * MariaDB allows more), no quote, `@`, `%` or space. `_` is literal in user
 * names, never a wildcard.
 */
const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}$/u;

/**
 * The host part: `%`, `localhost`, an IPv4 address, a prefix of one ending in
 * `.%` (`10.0.%`), or a DNS name. `_` is refused: in a host it is a one-character
 * wildcard, a trick to match more hosts than the name shows.
 */
const HOST = [
  /^%$/u,
  /^localhost$/u,
  /^(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])$/u,
  /^(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\.){1,3}%$/u,
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/u,
];

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** `alice@%` -> { user: 'alice', host: '%' }; undefined for anything outside the patterns (one `@` exactly). */
export function parseAccount(text: string): Account | undefined {
  const parts = text.split('@');
  if (parts.length !== 2) return undefined;
  const [user = '', host = ''] = parts;
  if (!USER.test(user) || !HOST.some((h) => h.test(host))) return undefined;
  return { user, host };
}

export function formatAccount(account: Account): string {
  return `${account.user}@${account.host}`;
}

/** `'alice'@'%'`, each part a literal by the driver's escaping. */
export function quoteAccount(account: Account): string {
  return `${mysql.escape(account.user)}@${mysql.escape(account.host)}`;
}

/** A name as an identifier, by the driver's escaping; never split at dots (`forbidQualified`). */
export function quoteId(name: string): string {
  return mysql.escapeId(name, true);
}

/** A string literal by the driver's escaping (the session turns NO_BACKSLASH_ESCAPES off, which that escaping assumes). */
export function quoteLiteral(value: string): string {
  return mysql.escape(value);
}

/** `db`.`table` */
export function qualifiedTable(database: string, table: string): string {
  return `${quoteId(database)}.${quoteId(table)}`;
}

/**
 * Schemas no grant may ever name: the server's own. Compared in lower case:
 * with lower_case_table_names set, `MySQL` is `mysql`.
 */
export const SYSTEM_SCHEMAS: readonly string[] = ['mysql', 'information_schema', 'performance_schema', 'sys'];

/**
 * Privileges never handed out, named so a profile or request that asks for
 * one gets a refusal that says so (anything else outside MYSQL_PRIVILEGES is
 * simply unknown).
 */
export const REFUSED_PRIVILEGES: readonly string[] = [
  'ALL',
  'ALL PRIVILEGES',
  'GRANT OPTION',
  'SUPER',
  'FILE',
  'PROCESS',
  'SHUTDOWN',
  'CREATE USER',
  'EVENT',
  'TRIGGER',
  'ALTER ROUTINE',
];

/**
 * User names that are the server's own or its packagers': never a grantee,
 * whatever the host. Revocation ends sessions by user name (the process list
 * does not say which account a session logged in as), so a name is refused
 * for every host, not one account.
 */
export const BUILTIN_PROTECTED_USERS: readonly string[] = [
  'root',
  'mariadb.sys',
  'mysql.sys',
  'mysql.session',
  'mysql.infoschema',
  'debian-sys-maint',
  'event_scheduler',
];

/**
 * Per-request roles: `gb_<11 hex of SHA-256 of the target>_<16 hex of SHA-256
 * of the request id>`, 31 characters: MySQL 8 caps account and role names at
 * 32. The request id lives in the tag row (tag.ts), the name only has to be
 * unique per (target, request) and recognisable.
 */
export const ROLE_PREFIX = 'gb_';
const TARGET_DIGEST_HEX = 11;
const REQUEST_DIGEST_HEX = 16;
const ROLE = new RegExp(`^${ROLE_PREFIX}[0-9a-f]{${TARGET_DIGEST_HEX}}_[0-9a-f]{${REQUEST_DIGEST_HEX}}$`, 'u');

const hex = (text: string, n: number): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, n);

export function targetRolePrefix(target: string): string {
  return `${ROLE_PREFIX}${hex(target, TARGET_DIGEST_HEX)}_`;
}

export function requestRoleName(target: string, requestId: string): string {
  return targetRolePrefix(target) + hex(requestId, REQUEST_DIGEST_HEX);
}

/** Names a principal may never have: a per-request role. */
export function isRequestRoleName(name: string): boolean {
  return ROLE.test(name);
}

/** A LIKE pattern matching the names that start with `prefix` (its `_` escaped: `_` is LIKE's one-character wildcard). */
export function likePrefix(prefix: string): string {
  return `${prefix.replaceAll('\\', '\\\\').replaceAll('_', '\\_').replaceAll('%', '\\%')}%`;
}
