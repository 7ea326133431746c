import type { Counters, StatementActivity } from '../ledger/index.js';
import { describeStatement } from './statement-text.js';
import type { ActivityBody, StatementDelta, Window } from './window.js';

/** Statements a summary lists one by one; the rest are totals (`others`). */
export const SUMMARY_TOP = 20;

/**
 * The summary stored at revocation, bounded: the top statements by rows
 * (then calls, then text, for a stable order), each in a storable form, and
 * one line of totals for the rest. `since` is the baseline's time.
 */
export function summaryBody(window: Window, since: string | undefined, top = SUMMARY_TOP): ActivityBody {
  if (!window.observable) return { status: 'not_observable', reason: window.reason };
  if (since === undefined) return { status: 'not_observable', reason: { code: 'E_ACTIVITY_NO_BASELINE', message: 'the baseline has no time' } };
  const described = window.statements.map((s) => ({ delta: s, description: describeStatement(s.text) }));
  described.sort(
    (a, b) => b.delta.rows - a.delta.rows || b.delta.calls - a.delta.calls || cmp(a.description.text, b.description.text) || cmp(a.delta.id, b.delta.id),
  );
  const shown = described.slice(0, top);
  const rest = described.slice(top);
  const statements: StatementActivity[] = shown.map(({ delta, description }) => ({
    text: description.text,
    calls: delta.calls,
    rows: delta.rows,
    time_ms: delta.time_ms,
    ...(description.withheld === true ? { withheld: true as const } : {}),
    ...(description.writes === true ? { writes: true as const } : {}),
  }));
  const others = rest.reduce<Counters & { statements: number }>(
    (t, { delta }) => ({ statements: t.statements + 1, calls: t.calls + delta.calls, rows: t.rows + delta.rows, time_ms: t.time_ms + delta.time_ms }),
    { statements: 0, calls: 0, rows: 0, time_ms: 0 },
  );
  return { status: 'observed', since, statements, others, totals: window.totals, ...(window.flags.length > 0 ? { flags: [...window.flags] } : {}) };
}

/** Rows returned by statements that do not write, and calls of statements that do. */
export function usage(statements: readonly StatementDelta[]): { readonly rowsRead: number; readonly writeCalls: number } {
  let rowsRead = 0;
  let writeCalls = 0;
  for (const s of statements) {
    if (describeStatement(s.text).writes === true) writeCalls += s.calls;
    else rowsRead += s.rows;
  }
  return { rowsRead, writeCalls };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
