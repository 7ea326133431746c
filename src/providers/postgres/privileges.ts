/** The table privileges Grantbook grants on PostgreSQL. */
export const POSTGRES_PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES'] as const;
export type PostgresPrivilege = (typeof POSTGRES_PRIVILEGES)[number];

/**
 * Privileges that change schema, run code, open databases or pass privileges
 * on. They are refused before any profile is consulted (and never allowed
 * in one), so a careless profile cannot make them grantable.
 */
export const NEVER_GRANTED: ReadonlySet<string> = new Set([
  'ALL',
  'ALL_PRIVILEGES',
  'CREATE',
  'USAGE',
  'TEMP',
  'TEMPORARY',
  'CONNECT',
  'EXECUTE',
  'MAINTAIN',
  'TRIGGER',
  'SET',
  'ALTER_SYSTEM',
]);

/** PostgreSQL has no column-level DELETE or TRUNCATE. */
const TABLE_LEVEL_ONLY: ReadonlySet<string> = new Set<PostgresPrivilege>(['DELETE', 'TRUNCATE']);

/** A privilege a request may never get: the list, and anything that would let the grantee pass access on (WITH GRANT OPTION, GRANTED BY). */
export function isDangerousPrivilege(privilege: string): boolean {
  return NEVER_GRANTED.has(privilege) || privilege.includes('GRANT');
}

export function isPostgresPrivilege(privilege: string): privilege is PostgresPrivilege {
  return (POSTGRES_PRIVILEGES as readonly string[]).includes(privilege);
}

export function isTableLevelOnly(privilege: string): boolean {
  return TABLE_LEVEL_ONLY.has(privilege);
}
