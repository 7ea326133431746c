import type { TargetGrant } from '../contract.js';
import type { TargetBase } from '../../shared/provider-shapes.js';
/**
 * The shapes of the MySQL/MariaDB provider: one provider for both servers.
 * The flavour and version are read from the server at connect, never
 * configured (session.ts).
 */

/** Privileges a profile may allow on a table; everything else is refused (names.ts). */
export const MYSQL_PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'REFERENCES'] as const;
export type MysqlPrivilege = (typeof MYSQL_PRIVILEGES)[number];

/** Privileges that have a column form in MySQL and MariaDB (DELETE is row-level only). */
export const COLUMN_PRIVILEGES: ReadonlySet<MysqlPrivilege> = new Set(['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']);

export interface MysqlTarget extends TargetBase {
  readonly name: string;
  readonly provider: 'mysql';
  readonly description?: string;
  /** Name of the environment variable holding the grantor's connection URL (`mysql://user:password@host:port/`). */
  readonly connectionEnv: string;
  /** The account Grantbook connects as, `user@host`; it may never be granted and its user name never ends sessions. */
  readonly grantor: string;
  /** The databases grants may name; anything else is refused before a statement is written. */
  readonly databases: readonly string[];
  /** The grantor's own database: the tag table and the expiry events live there (docs/mysql-grantor.sql). */
  readonly metadataDatabase: string;
  /** Accounts (`user@host`) nobody may be granted to, besides the built-in ones (names.ts). */
  readonly protectedAccounts: readonly string[];
}

/** A table grant as the provider applies it. `database` is MySQL's schema. */
export interface MysqlTableSpec {
  readonly kind: 'table';
  readonly privileges: readonly MysqlPrivilege[];
  readonly database: string;
  readonly table: string;
  /** Absent: whole-table privileges (only where the profile allows it). */
  readonly columns?: readonly string[];
}

export type MysqlSpec = MysqlTableSpec;

/** All grants of one request on one MySQL target. */
export type MysqlTargetGrant = TargetGrant<MysqlTarget, MysqlSpec>;

/** Which server answered, read at connect. */
export interface Flavour {
  readonly kind: 'mariadb' | 'mysql';
  /** `major.minor.patch` as the server reports it. */
  readonly version: string;
}

/** An account split into its parts, both checked against the strict patterns of names.ts. */
export interface Account {
  readonly user: string;
  readonly host: string;
}
