import { escapeIdentifier, escapeLiteral } from 'pg';

/** The role name the setup script creates and docs/targets.yaml examples use. */
export const DEFAULT_GRANTOR_ROLE = 'grantbook_grantor';

/**
 * docs/postgres-grantor.sql, verbatim (a test keeps the two identical), so
 * the test harness and the demo set up the grantor exactly the way the README
 * tells users to.
 */
export const GRANTOR_SETUP_SQL = `-- The role Grantbook connects as (PostgreSQL 16 or later).
--
-- Run once per cluster as a superuser, then the table grants at the end once
-- per database:
--   psql "$ADMIN_URL" -v grantor_password="$(openssl rand -base64 32)" -f docs/postgres-grantor.sql
-- Roles are cluster-wide, so one grantor serves every database of the
-- cluster; each database is its own target in policies/targets.yaml, with a
-- connection string naming that database.
--
-- What it can do, and why it needs nothing more:
-- * CREATEROLE: create, tag (COMMENT) and drop one NOLOGIN role per request
--   and target, named gb_<target digest>_<request id> (see the README).
--   Since PostgreSQL 16, CREATEROLE reaches only roles it created (it holds
--   ADMIN on them), so it cannot alter the grantee, a table owner or anyone
--   else. CREATEROLE also cannot grant attributes it lacks (SUPERUSER,
--   BYPASSRLS, REPLICATION).
-- * pg_signal_backend: terminate the grantee's sessions at revocation, so an
--   open cursor or transaction cannot outlive the grant. It cannot signal
--   superuser sessions. It reaches sessions in every database of the
--   cluster; Grantbook ends only the grantee's sessions connected to the
--   target's database, the only ones that can use the grant.
-- * pg_read_all_stats: read the grantee's pg_stat_statements counters (the
--   activity record of a grant: normalized statements, calls, rows, time;
--   never data values). It also shows the grantor every role's statement
--   texts and server statistics, read-only. Optional: without it the
--   activity record says "not observable" (E_ACTIVITY_NO_PRIVILEGE) and
--   nothing else changes. The extension itself is an administrator's step:
--   shared_preload_libraries = 'pg_stat_statements', a restart, then
--   CREATE EXTENSION pg_stat_statements; in each target database.
-- * Each table privilege it may hand out, WITH GRANT OPTION (below): a role
--   can only grant what it holds with grant option.
-- * CREATE on a target database, only where profiles allow row filters or
--   masks (below): such a grant is a schema of the request's own, owned by
--   the grantor, holding one view per table (and, for hash masks, a second
--   schema with the request's key that only the grantor reads). The grantor
--   owns those schemas and nothing else; revocation drops them.
-- Nothing else: no SUPERUSER, BYPASSRLS, CREATEDB, REPLICATION, no table
-- ownership, no membership in application roles. Revocation needs no extra
-- setting: the grantor takes the request role's privileges only inside the
-- transaction that drops it (DROP OWNED requires them), whatever
-- createrole_self_grant says.
-- CONNECTION LIMIT: a revoke run holds two connections per target of the
-- cluster (its work and its single-flight lock), an apply run one. 10 serves
-- five targets on one cluster; raise it (ALTER ROLE ... CONNECTION LIMIT n)
-- for more.
CREATE ROLE grantbook_grantor LOGIN CREATEROLE NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS
  CONNECTION LIMIT 10 PASSWORD :'grantor_password';
GRANT pg_signal_backend TO grantbook_grantor WITH INHERIT TRUE;
GRANT pg_read_all_stats TO grantbook_grantor WITH INHERIT TRUE;

-- Per database, per table, only the privileges your profiles allow, e.g.:
--   GRANT SELECT ON TABLE public.orders TO grantbook_grantor WITH GRANT OPTION;
-- Column-level is tighter still (Grantbook then grants only those columns):
--   GRANT SELECT (id, status) ON TABLE public.orders TO grantbook_grantor WITH GRANT OPTION;
-- Tables outside \`public\` also need (the grantee needs USAGE too; Grantbook
-- never grants USAGE on an application schema, it would expose the schema's
-- functions; it grants USAGE only on a request's own view schema):
--   GRANT USAGE ON SCHEMA billing TO grantbook_grantor;
-- Grants with rows or masked (views) read the table as the grantor, so the
-- grantor needs SELECT WITH GRANT OPTION on every column a view shows or
-- filters on, and, once per database, the right to create schemas:
--   GRANT CREATE ON DATABASE orders TO grantbook_grantor;
`;

/** The setup script with its one psql variable filled in, ready for a driver. */
export function grantorSetupSql(password: string): string {
  return GRANTOR_SETUP_SQL.replaceAll(":'grantor_password'", escapeLiteral(password));
}

/** The per-database statement the script's comments describe, for grants through views. */
export function grantorDatabaseGrantSql(database: string, grantor = DEFAULT_GRANTOR_ROLE): string {
  return `GRANT CREATE ON DATABASE ${escapeIdentifier(database)} TO ${escapeIdentifier(grantor)}`;
}

/** The per-table statement the script's comments describe. */
export function grantorTableGrantSql(schema: string, table: string, privileges: readonly string[], grantor = DEFAULT_GRANTOR_ROLE): string {
  return `GRANT ${privileges.join(', ')} ON TABLE ${escapeIdentifier(schema)}.${escapeIdentifier(table)} TO ${escapeIdentifier(grantor)} WITH GRANT OPTION`;
}
