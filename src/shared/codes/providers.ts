import type { CodeInfo } from './code-info.js';

/** Stable codes for this area. Never rename or reuse one. */
export const PROVIDER_CODES = {
  E_PROVIDER_UNKNOWN: {
    summary: 'A target names a provider Grantbook does not have.',
    fix: 'Set `provider` in policies/targets.yaml to one of the providers listed in the message.',
  },
  E_PROVIDER_CREDENTIAL_MISSING: {
    summary: 'The environment variable a target names for its credential is unset or empty.',
    fix: 'Expose the secret to the job under the variable named in the message (workflow `env:`), or fix `connection_env` / `token_env` in policies/targets.yaml.',
  },
  E_PROVIDER_KIND_UNSUPPORTED: {
    summary: 'A grant was routed to a target whose provider cannot apply that kind of grant.',
    fix: 'Use a postgres target for table grants and a github target for team and repo grants.',
  },
  E_PROVIDER_INVALID_GRANT: {
    summary: 'A grant reached a provider with a name or value outside the strict patterns.',
    fix: 'This is a bug: names are validated before planning. Report it with the request id.',
  },
  E_PROVIDER_PROTECTED_RESOURCE: {
    summary: 'A grant names a team, repository or role the target lists as protected.',
    fix: 'Protected resources are the control plane and are never granted; the policy should have refused this request (report it).',
  },
  E_PROVIDER_TARGET_MISSING: {
    summary: 'A request grant names a target that has no connected provider in this run.',
    fix: 'Declare the target in policies/targets.yaml and make its credential available to the job.',
  },
  E_PROVIDER_REVOKE_NOT_VERIFIED: {
    summary: 'A revocation ran but reading the provider back shows part of the grant still in effect.',
    fix: 'Read the details: remove what is listed by hand (e.g. privileges granted outside Grantbook) and re-run revoke; it retries every run until verified.',
  },
  E_PROVIDER_GRANT_NOT_VERIFIED: {
    summary: 'A grant ran but reading the provider back does not show it in effect; nothing was kept.',
    fix: 'Check that the grantor holds each privilege WITH GRANT OPTION (docs/postgres-grantor.sql), then re-run apply.',
  },
  E_PG_VERSION_UNSUPPORTED: {
    summary: 'The target runs a PostgreSQL older than 16.',
    fix: 'Grantbook needs PostgreSQL 16 or later (membership INHERIT/SET options and the CREATEROLE model it relies on).',
  },
  E_PG_GRANTOR_MISMATCH: {
    summary: "The connection string logs in as a role other than the target's `grantor_role`.",
    fix: 'Point `connection_env` at credentials for the grantor role, or fix `grantor_role` in policies/targets.yaml.',
  },
  E_PG_GRANTOR_UNSAFE: {
    summary: 'The grantor role is a superuser; Grantbook refuses to run with more power than it needs.',
    fix: 'Create the grantor exactly as docs/postgres-grantor.sql does (CREATEROLE, not SUPERUSER).',
  },
  E_PG_GRANTOR_NO_GRANT_OPTION: {
    summary: 'The grantor does not hold a requested privilege WITH GRANT OPTION, so it cannot hand it out.',
    fix: 'Run the per-table GRANT ... WITH GRANT OPTION from docs/postgres-grantor.sql for the table named, or narrow the profile.',
  },
  E_PG_ROLE_NAME_TOO_LONG: {
    summary: "The per-request role name would exceed PostgreSQL's 63-byte identifier limit.",
    fix: 'Use a shorter request id (file name).',
  },
  E_PG_ROLE_FOREIGN: {
    summary: 'A role with the name Grantbook would use exists but was not created by Grantbook.',
    fix: 'Grantbook never adopts or drops a role it did not tag. Rename or drop that role, or use another request id.',
  },
  E_PG_ROLE_CONFLICT: {
    summary: 'The per-request role exists with a tag for another request, target or principal.',
    fix: "A granted request cannot change its grantee: revoke the old grant first. Otherwise the role's comment was edited, or another Grantbook repository uses the same target name on this cluster: compare the role's COMMENT with the request, and give each repository's targets distinct names.",
  },
  E_PG_ROLE_OWNS_OBJECTS: {
    summary: 'The per-request role owns database objects, which only an out-of-band change can cause.',
    fix: 'Reassign or drop those objects by hand (REASSIGN OWNED / DROP OWNED as the owner of your choice), then re-run revoke.',
  },
  E_PG_PRINCIPAL_NOT_FOUND: {
    summary: "The grantee's PostgreSQL login role does not exist on the target.",
    fix: "Create the login role, or fix the person's `postgres` entry in policies/identities.yaml.",
  },
  E_PG_PRINCIPAL_UNSAFE: {
    summary:
      'The grantee role is privileged or shared (superuser, CREATEROLE, BYPASSRLS, REPLICATION, a group with members, not LOGIN, reserved or protected).',
    fix: 'Grant to a personal, unprivileged LOGIN role; map the person to it in policies/identities.yaml.',
  },
  E_PG_TABLE_NOT_FOUND: {
    summary: 'A requested table does not exist on the target (or is not a table, view or materialized view).',
    fix: 'Check `table` in the request and the profile against the target database.',
  },
  E_PG_TABLE_SYSTEM: {
    summary: 'A requested table lives in a system schema (pg_*, information_schema).',
    fix: 'System catalogs are never granted through Grantbook.',
  },
  E_PG_COLUMN_NOT_FOUND: {
    summary: 'A requested column does not exist on the table.',
    fix: 'Check `columns` in the request and the profile against the table.',
  },
  E_PG_PRIVILEGE_NOT_COLUMN: {
    summary: 'DELETE and TRUNCATE apply to whole rows; they cannot be granted on columns.',
    fix: 'Request DELETE/TRUNCATE without `columns` (where the profile allows the whole table) or drop them.',
  },
  E_PG_SCHEMA_USAGE_MISSING: {
    summary: "The grantee cannot use the table's schema, so the table grant would not work.",
    fix: "Grant USAGE on the schema to the person's base role; Grantbook does not grant it (it would also expose the schema's functions).",
  },
  // Grants through views: row filters and masks.
  E_PG_GRANTOR_NO_CREATE: {
    summary: 'A grant with rows or masked needs a schema of its own, and the grantor may not create schemas in this database.',
    fix: 'Run `GRANT CREATE ON DATABASE <database> TO grantbook_grantor;` as docs/postgres-grantor.sql says, or keep requests on this target to plain column grants.',
  },
  E_PG_SCHEMA_FOREIGN: {
    summary:
      "A schema with the name Grantbook gives this request's views or key exists and is not this request's (another owner, no tag, or a tag for another request or target).",
    fix: 'Grantbook never adopts or drops a schema it did not make for this request. Rename or drop that schema, or use another request id.',
  },
  E_PG_FILTER_TYPE: {
    summary:
      "A row filter's values do not fit the column's type in the database (text for a number column, a number for a text column, a name outside an enum, a range on a column that is not a timestamp), or the column's type cannot be filtered.",
    fix: 'Write values of the column\'s type: whole numbers for integer columns, quoted text for text columns ("00123"), time ranges on timestamp columns only. Filterable types: integers, numeric, text, uuid, enums; ranges on timestamp and timestamptz.',
  },
  E_PG_VIEW_TABLE_RLS: {
    summary:
      "The table has row-level security: a view runs with its owner's (the grantor's) policies, not the grantee's, so its rows would not be the ones the grantee's own policies allow.",
    fix: "Grant the table without rows or masked (the grantee's policies then apply), or grant from a table without row-level security.",
  },
  E_PG_VIEW_DEPENDENTS: {
    summary:
      "Objects outside the request's schemas depend on its views (someone built a view or function on them), so dropping the schemas would drop those objects too.",
    fix: 'Access already ended (the membership is revoked). Drop or change the objects named in the message, then re-run revoke.',
  },
  E_PROVIDER_TEAM_ROLE_CONFLICT: {
    summary: 'The grantee is a maintainer of a team whose membership another live Grantbook grant gave; a member grant would demote them.',
    fix: 'Nothing to grant: they already have more than the request asks for. (A maintainer from before any grant is recorded as already held and left in place.)',
  },
  E_PROVIDER_REPO_PERMISSION_CONFLICT: {
    summary:
      'The grantee is already a direct collaborator of the repository (or has a pending invitation) with another permission than the one asked, as GitHub reports it, whether from before or from another live Grantbook grant: granting would change that direct permission, and the revocation, which removes the direct collaborator, could not put the earlier one back. (A permission that comes only through a team or the organization is no conflict: the grant adds a direct one of its own.)',
    fix: 'Request the permission already held (it is then recorded as already held and left in place), or have an owner change the existing permission by hand and request again under a new file name.',
  },
  E_AWS_ROLE_NAME_TOO_LONG: {
    summary: "The per-request role name `grantbook-<request id>` would exceed IAM's 64-character limit.",
    fix: 'Use a shorter request id (file name).',
  },
  E_AWS_ROLE_FOREIGN: {
    summary: 'A role with the name Grantbook would use exists outside its path (`/grantbook/<target>/`) or is tagged for another request or target.',
    fix: 'Grantbook never adopts or deletes a role it did not make. Rename or delete that role, or use another request id.',
  },
  E_AWS_ROLE_REVOKING: {
    summary: "The request's role carries the session-revocation deny: its revocation has started, so it is not granted again.",
    fix: 'Let the revoke run finish (it retries every run), then file a new request.',
  },
  E_AWS_POLICY_TOO_LARGE: {
    summary: "The request's statements exceed IAM's 10,240-character limit for a role's inline policies.",
    fix: 'Ask for fewer actions or resources, or use wildcards the profile allows (`s3:Get*`, `arn:aws:s3:::exports/2026/*`).',
  },
  E_AWS_NOT_CONSISTENT: {
    summary: 'IAM did not show a change within the bounded wait for its eventual consistency.',
    fix: "Re-run: apply and revoke converge. If it persists, check the IAM service health and the grantor's permissions.",
  },
  E_AWS_CALL_FAILED: {
    summary: "An IAM call failed after the SDK's retries (access denied, a quota, an outage).",
    fix: 'Read the IAM error code in the message: AccessDenied means the grantor\'s policy lacks the action (docs/aws.md, "The grantor"); LimitExceeded means the account\'s role quota is reached.',
  },
  // MySQL and MariaDB.
  E_MYSQL_PRINCIPAL_UNSAFE: {
    summary:
      "The grantee account is not one a grant may go to: not a plain `user@host`, the grantor's user name, a server or protected account, or a per-request role.",
    fix: 'Grant to a personal account; map the person to it (`user@host`) in policies/identities.yaml. Protected accounts are refused whatever the request says.',
  },
  E_MYSQL_REFUSED: {
    summary:
      "A grant names something never handed out on MySQL or MariaDB: a server schema (mysql, information_schema, performance_schema, sys), the grantor's own database, a database the target does not list, or a privilege such as ALL, GRANT OPTION, SUPER, FILE, PROCESS, SHUTDOWN, CREATE USER, EVENT, TRIGGER or ALTER ROUTINE.",
    fix: 'Ask for table privileges (SELECT, INSERT, UPDATE, DELETE, REFERENCES) on tables of the databases the target lists in policies/targets.yaml.',
  },
  E_MYSQL_ROLE_FOREIGN: {
    summary:
      "A role with the name Grantbook would use exists without Grantbook's tag row for this request and target, or the tag row names another request, target or grantee.",
    fix: 'Grantbook never adopts or drops a role it did not tag. Drop or rename that role by hand; a granted request cannot change its grantee: revoke it first.',
  },
  E_MYSQL_PRINCIPAL_NOT_FOUND: {
    summary: "The grantee's MySQL/MariaDB account (user@host, exactly as identities.yaml maps the person) does not exist on the server.",
    fix: "Create the account, or fix the person's `mysql` entry in policies/identities.yaml: the host part must be the account's own (`alice@%` is not `alice@localhost`).",
  },
  E_MYSQL_GRANTOR_MISMATCH: {
    summary: "The connection URL logs in as another account than the target's `grantor`, or that account holds SUPER or ALL PRIVILEGES.",
    fix: 'Point `connection_env` at the grantor account created as docs/mysql-grantor.sql says (no SUPER), or fix `grantor` in policies/targets.yaml.',
  },
} as const satisfies Record<string, CodeInfo>;

export type ProviderCode = keyof typeof PROVIDER_CODES;
