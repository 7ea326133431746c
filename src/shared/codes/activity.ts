import type { CodeInfo } from './code-info.js';

/**
 * Stable codes of the activity record (what a grantee did during the window)
 * and of its alerts. An activity problem never fails or blocks a grant or a
 * revocation: the record then says "not observable" with one of these codes.
 */
export const ACTIVITY_CODES = {
  E_ACTIVITY_EXTENSION_MISSING: {
    summary: 'The pg_stat_statements extension is not installed in the target database, so the activity of a grant is not observable there.',
    fix: 'As an administrator: add pg_stat_statements to shared_preload_libraries, restart, then `CREATE EXTENSION pg_stat_statements;` in the database (docs/activity.md).',
  },
  E_ACTIVITY_NOT_LOADED: {
    summary: 'pg_stat_statements is installed in the database but the server did not preload it, so its counters cannot be read.',
    fix: "Add pg_stat_statements to the server's shared_preload_libraries and restart PostgreSQL.",
  },
  E_ACTIVITY_NO_PRIVILEGE: {
    summary: "The grantor role may not read other roles' statement statistics (it is not a member of pg_read_all_stats).",
    fix: 'As an administrator: `GRANT pg_read_all_stats TO grantbook_grantor;` (docs/postgres-grantor.sql).',
  },
  E_ACTIVITY_READ_FAILED: {
    summary: 'Reading the statement counters failed (connection lost, timeout, or an unexpected answer).',
    fix: 'Check that the target is reachable; the next scheduled run reads again. The revocation itself is not affected.',
  },
  E_ACTIVITY_NOT_SUPPORTED: {
    summary: "The target's provider exposes no record of what a grantee did with a grant.",
    fix: "Nothing to fix: the provider's own audit log (for GitHub, the organization audit log) is the place to look.",
  },
  E_ACTIVITY_NO_BASELINE: {
    summary: 'No observable baseline was recorded when the grant was applied, so what happened during the window cannot be told apart from earlier use.',
    fix: 'Set up pg_stat_statements and pg_read_all_stats before granting; grants applied from then on carry a baseline.',
  },
  E_ACTIVITY_LIMIT_EXCEEDED: {
    summary: "A grantee crossed a limit of the grant's profile during the window (rows read, or a statement that writes).",
    fix: "Review the activity in the alert issue and the ledger (`grantbook audit show <request>`); the profile's `limits.on_exceed: revoke` ends such grants early.",
  },
  E_ACTIVITY_PROFILE_UNREADABLE: {
    summary: "A live grant's profile could not be read at the default branch tip, so its limits were not checked this run.",
    fix: 'Fix the profile file (`grantbook validate`); revocation is not affected, only the limit checks.',
  },
} as const satisfies Record<string, CodeInfo>;

export type ActivityCode = keyof typeof ACTIVITY_CODES;
