import type { ActivityEvent, ActivityFlag, BaselineEntry, Counters, Reason } from '../ledger/index.js';
import type { Snapshot, StatementCounters } from './types.js';

/** Baseline entries kept at most; past this a baseline keeps totals only (see ACTIVITY_LIMITS.entries). */
export const BASELINE_CAP = 500;

/** The fields of an `activity` event that describe what was seen (the rest are identity and chain). */
export type ActivityBody = Pick<ActivityEvent, 'status' | 'reason' | 'since' | 'entries' | 'statements' | 'others' | 'totals' | 'flags'>;

/** One statement's use during the window. */
export interface StatementDelta extends Counters {
  readonly id: string;
  readonly text?: string;
}

export type Window =
  | {
      readonly observable: true;
      readonly statements: readonly StatementDelta[];
      readonly totals: Counters;
      readonly flags: readonly ActivityFlag[];
    }
  | { readonly observable: false; readonly reason: Reason };

/** A compact baseline: statement ids and counters, never text. */
export function baselineBody(snapshot: Snapshot, cap = BASELINE_CAP): ActivityBody {
  if (!snapshot.observable) return { status: 'not_observable', reason: snapshot.reason };
  const totals = counters(snapshot.totals.calls, snapshot.totals.rows, snapshot.totals.timeMs);
  if (!snapshot.complete || snapshot.statements.length > cap) return { status: 'observed', totals, flags: ['baseline_partial'] };
  const entries: BaselineEntry[] = [...snapshot.statements]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => ({ id: s.id, ...counters(s.calls, s.rows, s.timeMs) }));
  return { status: 'observed', entries, totals };
}

/**
 * What changed between the baseline and now. Counters only ever grow, so a
 * counter that went down (pg_stat_statements_reset, or the entry was evicted
 * and re-created) means the figure since then is all that is known: it is
 * used as a lower bound and the window is flagged `counters_reset`, never a
 * negative number.
 */
export function windowBetween(baseline: ActivityEvent | undefined, current: Snapshot): Window {
  if (!current.observable) return { observable: false, reason: current.reason };
  if (baseline === undefined || baseline.status !== 'observed' || baseline.totals === undefined) {
    const why = baseline?.reason !== undefined ? `; at grant time: ${baseline.reason.code}` : '';
    return { observable: false, reason: { code: 'E_ACTIVITY_NO_BASELINE', message: `no observable baseline was recorded when the grant was applied${why}` } };
  }
  const flags = new Set<ActivityFlag>(baseline.flags ?? []);
  const base = new Map((baseline.entries ?? []).map((e) => [e.id, e] as const));
  const partial = baseline.entries === undefined || !current.complete;
  if (partial) flags.add('baseline_partial');
  const statements: StatementDelta[] = [];
  const seen = new Set<string>();
  for (const s of current.statements) {
    seen.add(s.id);
    const delta = deltaOf(base.get(s.id), s, flags);
    if (delta.calls > 0) statements.push(delta);
  }
  for (const id of base.keys()) if (!seen.has(id) && current.complete) flags.add('counters_reset');
  let totals: Counters;
  if (!partial) {
    totals = statements.reduce((t, s) => add(t, s), counters(0, 0, 0));
  } else {
    const now = counters(current.totals.calls, current.totals.rows, current.totals.timeMs);
    const was = baseline.totals;
    const down = now.calls < was.calls || now.rows < was.rows || now.time_ms < was.time_ms;
    if (down) flags.add('counters_reset');
    totals = down ? now : { calls: now.calls - was.calls, rows: now.rows - was.rows, time_ms: now.time_ms - was.time_ms };
  }
  return { observable: true, statements, totals, flags: [...flags].sort() };
}

function deltaOf(b: BaselineEntry | undefined, s: StatementCounters, flags: Set<ActivityFlag>): StatementDelta {
  const now = counters(s.calls, s.rows, s.timeMs);
  const text = s.text !== undefined ? { text: s.text } : {};
  // Unknown at the baseline: new during the window (or, with a partial baseline, an upper bound the flag admits).
  if (b === undefined) return { id: s.id, ...now, ...text };
  if (now.calls < b.calls || now.rows < b.rows || now.time_ms < b.time_ms) {
    flags.add('counters_reset');
    return { id: s.id, ...now, ...text };
  }
  return { id: s.id, calls: now.calls - b.calls, rows: now.rows - b.rows, time_ms: now.time_ms - b.time_ms, ...text };
}

/** Whole, finite, non-negative counters: what the ledger stores. */
export function counters(calls: number, rows: number, timeMs: number): Counters {
  const whole = (n: number): number => (Number.isFinite(n) && n > 0 ? Math.min(Math.round(n), Number.MAX_SAFE_INTEGER) : 0);
  return { calls: whole(calls), rows: whole(rows), time_ms: whole(timeMs) };
}

function add(a: Counters, b: Counters): Counters {
  return { calls: a.calls + b.calls, rows: a.rows + b.rows, time_ms: a.time_ms + b.time_ms };
}
