import pg from 'pg';
import { notObservable, type Snapshot, type StatementCounters } from '../../activity/types.js';
import type { PgSession } from './session.js';

/** Statements read per principal at most; the totals still cover all of them (Snapshot.complete says so). */
export const ACTIVITY_READ_CAP = 2000;

/** Per statement of a read: the view is in shared memory, so anything slower is a sick server. */
const ACTIVITY_TIMEOUT_MS = 5_000;

/** SQLSTATE 55000: pg_stat_statements installed but not preloaded ("must be loaded via shared_preload_libraries"). */
const NOT_IN_PREREQUISITE_STATE = '55000';

/**
 * The principal's pg_stat_statements counters in the target's database.
 * The grantee works as their own login role (membership WITH INHERIT TRUE,
 * SET FALSE: no SET ROLE), so the entries are keyed by that role's oid, this
 * database's oid, and top-level statements only (with `track = all`, nested
 * statements would count their rows twice). The view is one per cluster:
 * the database's oid keeps what the grantee ran under another target of the
 * same cluster out of this target's record. Reading needs
 * pg_read_all_stats for other roles' rows; without it the record says so.
 * Never throws: every problem becomes "not observable" with a code, so a
 * revocation or a grant is never held up by the record of its use.
 */
export async function readPgActivity(session: PgSession, principal: string, options: { readonly withText: boolean; readonly cap?: number }): Promise<Snapshot> {
  let open = false;
  try {
    // Read-only, and bounded: a slow statistics view must not hold up the revocations of a run.
    await session.query('BEGIN READ ONLY');
    open = true;
    await session.query(`SET LOCAL statement_timeout = '${ACTIVITY_TIMEOUT_MS}ms'`);
    return await readCounters(session, principal, options);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === NOT_IN_PREREQUISITE_STATE)
      return notObservable('E_ACTIVITY_NOT_LOADED', 'pg_stat_statements is installed but not loaded through shared_preload_libraries');
    // The driver's message may name the server; it never holds the connection string. Codes only, to be safe.
    return notObservable(
      'E_ACTIVITY_READ_FAILED',
      `reading pg_stat_statements failed${typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? ` (SQLSTATE ${code})` : ''}`,
    );
  } finally {
    if (open) await session.query('ROLLBACK').catch(() => undefined);
  }
}

async function readCounters(session: PgSession, principal: string, options: { readonly withText: boolean; readonly cap?: number }): Promise<Snapshot> {
  const cap = options.cap ?? ACTIVITY_READ_CAP;
  const { rows: ext } = await session.query<{ schema: string; allowed: boolean }>(
    `SELECT n.nspname AS schema, pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') AS allowed
       FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
      WHERE e.extname = 'pg_stat_statements'`,
  );
  const found = ext[0];
  if (found === undefined) return notObservable('E_ACTIVITY_EXTENSION_MISSING', 'pg_stat_statements is not installed in the target database');
  if (!found.allowed) return notObservable('E_ACTIVITY_NO_PRIVILEGE', 'the grantor role is not a member of pg_read_all_stats');
  const view = `${pg.escapeIdentifier(found.schema)}.pg_stat_statements`;
  // Counters are bigint: read as text, converted below (exact up to 2^53, far beyond any window).
  const where = `s.userid = (SELECT oid FROM pg_roles WHERE rolname = $1)
      AND s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND s.toplevel AND s.queryid IS NOT NULL`;
  const { rows: totals } = await session.query<{ n: string; calls: string | null; rows: string | null; time: number | null }>(
    `SELECT count(*)::text AS n, sum(s.calls)::text AS calls, sum(s.rows)::text AS rows, sum(s.total_exec_time) AS time
       FROM ${view}(false) s WHERE ${where}`,
    [principal],
  );
  const { rows } = await session.query<{ id: string; calls: string; rows: string; time: number; query: string | null }>(
    `SELECT s.queryid::text AS id, s.calls::text AS calls, s.rows::text AS rows, s.total_exec_time AS time,
            ${options.withText ? 's.query' : 'NULL::text'} AS query
       FROM ${view}($2) s WHERE ${where}
      ORDER BY s.queryid LIMIT $3`,
    [principal, options.withText, cap + 1],
  );
  const statements: StatementCounters[] = rows.slice(0, cap).map((r) => ({
    id: r.id,
    calls: Number(r.calls),
    rows: Number(r.rows),
    timeMs: Number(r.time),
    ...(r.query !== null ? { text: r.query } : {}),
  }));
  const t = totals[0];
  return {
    observable: true,
    statements,
    totals: { calls: Number(t?.calls ?? 0), rows: Number(t?.rows ?? 0), timeMs: Number(t?.time ?? 0) },
    complete: rows.length <= cap,
  };
}
