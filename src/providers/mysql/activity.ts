import { notObservable, type Snapshot, type StatementCounters } from '../../activity/types.js';
import { parseAccount, quoteLiteral } from './names.js';
import type { MysqlSession } from './session.js';

/** Statement kinds read per principal at most (there are a few hundred in all). */
export const ACTIVITY_READ_CAP = 2000;

/**
 * performance_schema keeps statement digests per schema, not per account, so
 * the per-account record is the summary by statement kind
 * (`statement/sql/select`, ...): normalized, never a value. Counted per user
 * name across hosts: performance_schema's "account" is the client's actual
 * host, not the account's host pattern. Timers are picoseconds.
 */
export function activityQuery(user: string, cap: number): string {
  return (
    'SELECT EVENT_NAME AS id, SUM(COUNT_STAR) AS calls, SUM(SUM_ROWS_SENT + SUM_ROWS_AFFECTED) AS rows_total, SUM(SUM_TIMER_WAIT) AS picos ' +
    'FROM performance_schema.events_statements_summary_by_account_by_event_name ' +
    `WHERE USER = ${quoteLiteral(user)} AND COUNT_STAR > 0 GROUP BY EVENT_NAME ORDER BY EVENT_NAME LIMIT ${cap + 1}`
  );
}

/**
 * What the principal ran, where performance_schema is on; otherwise "not
 * observable" with a code. Never throws: the record of a grant's use never
 * holds up a grant or a revocation.
 */
export async function readMysqlActivity(
  session: MysqlSession,
  principal: string,
  options: { readonly withText: boolean; readonly cap?: number },
): Promise<Snapshot> {
  const account = parseAccount(principal);
  if (account === undefined) return notObservable('E_ACTIVITY_READ_FAILED', 'the principal is not a plain user@host account');
  const cap = options.cap ?? ACTIVITY_READ_CAP;
  try {
    const [on] = await session.query('SELECT @@GLOBAL.performance_schema AS on_');
    if (Number(on?.['on_']) !== 1) return notObservable('E_ACTIVITY_NOT_LOADED', 'performance_schema is OFF on this server: not observable');
    const rows = await session.query(activityQuery(account.user, cap));
    const statements: StatementCounters[] = rows.slice(0, cap).map((r) => ({
      id: String(r['id']),
      calls: Number(r['calls']),
      rows: Number(r['rows_total']),
      timeMs: Number(r['picos']) / 1e9,
      ...(options.withText ? { text: String(r['id']) } : {}),
    }));
    const totals = statements.reduce((t, s) => ({ calls: t.calls + s.calls, rows: t.rows + s.rows, timeMs: t.timeMs + s.timeMs }), {
      calls: 0,
      rows: 0,
      timeMs: 0,
    });
    return { observable: true, statements, totals, complete: rows.length <= cap };
  } catch (error) {
    const n = (error as { errno?: unknown }).errno;
    return notObservable('E_ACTIVITY_READ_FAILED', `reading performance_schema failed${typeof n === 'number' ? ` (error ${n})` : ''}`);
  }
}
