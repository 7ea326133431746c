-- The account Grantbook connects as on MariaDB 10.5 or later (MySQL 8.0: the
-- block at the end instead). Run once per server as an administrator, with a
-- password of your own in place of CHANGE-ME:
--   sed "s/CHANGE-ME/$(openssl rand -hex 24)/" docs/mysql-grantor.sql | mariadb -u root
-- then the table grants at the end for each database the target lists.
-- No SUPER and no ALL PRIVILEGES: Grantbook refuses to run as an account
-- that holds either (E_MYSQL_GRANTOR_MISMATCH).
--
-- What it can do, and why it needs nothing more:
-- * CREATE USER: create and drop one role per request and target, named
--   gb_<target digest>_<request digest> (MariaDB has no narrower privilege
--   for CREATE ROLE / DROP ROLE). It also lets the account alter or drop
--   other accounts: keep its password in the CI secret store only.
--   A role's creator holds it WITH ADMIN OPTION, which is what lets the
--   grantor grant it to the person and revoke it again.
-- * PROCESS and CONNECTION ADMIN: list the person's sessions and end them
--   (KILL CONNECTION) at revocation: a session that ran SET ROLE keeps the
--   role's privileges until it ends.
-- * Each table privilege it may hand out, WITH GRANT OPTION (below): an
--   account can only grant what it holds with grant option.
-- * Its own database `grantbook`: the tag table (which role belongs to which
--   request, target, grantee and expiry: how an interrupted grant is found)
--   and the one-shot expiry events (EVENT). An event runs as its definer,
--   the grantor, with exactly these privileges.
-- * SELECT on three tables of the `mysql` schema that hold no secrets
--   (role memberships and table and column privileges): the read-back after
--   every grant and revocation.
-- * Optional: SELECT on one performance_schema summary (statement counts
--   per account and statement kind, never values) for the activity record;
--   without it, or with performance_schema off, the record says "not
--   observable".
-- The backstop (expiry inside the server) needs event_scheduler = ON in the
-- server's configuration; Grantbook reads it at grant time and records
-- whether the backstop is armed. It never turns the scheduler on itself.
CREATE USER 'grantbook'@'%' IDENTIFIED BY 'CHANGE-ME';
GRANT CREATE USER, PROCESS, CONNECTION ADMIN ON *.* TO 'grantbook'@'%';
CREATE DATABASE IF NOT EXISTS grantbook CHARACTER SET ascii COLLATE ascii_bin;
CREATE TABLE IF NOT EXISTS grantbook.grants (
  role VARCHAR(32) NOT NULL PRIMARY KEY,
  target VARCHAR(64) NOT NULL,
  request VARCHAR(48) NOT NULL,
  principal VARCHAR(300) NOT NULL,
  expires_at VARCHAR(32) NOT NULL,
  backstop BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) CHARACTER SET ascii COLLATE ascii_bin;
GRANT SELECT, INSERT, DELETE ON grantbook.grants TO 'grantbook'@'%';
GRANT EVENT ON grantbook.* TO 'grantbook'@'%';
GRANT SELECT ON mysql.roles_mapping TO 'grantbook'@'%';
GRANT SELECT ON mysql.tables_priv TO 'grantbook'@'%';
GRANT SELECT ON mysql.columns_priv TO 'grantbook'@'%';
GRANT SELECT ON performance_schema.events_statements_summary_by_account_by_event_name TO 'grantbook'@'%';
-- Per database of the target (here `shop`): the privileges profiles may
-- hand out there, WITH GRANT OPTION. Narrow to tables (ON shop.orders) where
-- profiles do.
GRANT SELECT, INSERT, UPDATE, DELETE, REFERENCES ON shop.* TO 'grantbook'@'%' WITH GRANT OPTION;
--
-- MySQL 8.0 instead of the lines above that differ (untested on a live MySQL
-- server; its generated SQL is covered by tests). MySQL has narrower role
-- privileges, but its role creator does not hold the role WITH ADMIN OPTION,
-- so granting it to the person needs ROLE_ADMIN, which can grant any role:
-- keep application roles out of reach by other means. Roles are accounts in
-- mysql.user there (two columns are enough), memberships are in
-- mysql.role_edges.
--   CREATE USER 'grantbook'@'%' IDENTIFIED BY 'CHANGE-ME';
--   GRANT CREATE ROLE, DROP ROLE, ROLE_ADMIN, PROCESS, CONNECTION_ADMIN ON *.* TO 'grantbook'@'%';
--   GRANT SELECT ON mysql.role_edges TO 'grantbook'@'%';
--   GRANT SELECT (User, Host) ON mysql.user TO 'grantbook'@'%';
--   GRANT SELECT ON mysql.tables_priv TO 'grantbook'@'%';
--   GRANT SELECT ON mysql.columns_priv TO 'grantbook'@'%';
--   (the database, tag table, EVENT, performance_schema and table grants as above)
