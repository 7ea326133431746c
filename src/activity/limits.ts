import type { LimitKind } from '../ledger/index.js';
import type { ActivityLimits } from '../policy/types.js';
import { usage } from './summary.js';
import type { Window } from './window.js';

export type { ActivityLimits };

export interface Breach {
  readonly limit: LimitKind;
  readonly observed: number;
  readonly allowed: number;
  /**
   * The figure is an upper bound, not a count: the baseline kept totals only
   * (or the read was capped), so rows are judged on the window's total, writes
   * included. Worth an alert, never an automatic early revocation.
   */
  readonly estimated: boolean;
}

/** The limits the window crossed; none when it is not observable (nothing is known, nothing is claimed). */
export function checkLimits(window: Window, limits: ActivityLimits): Breach[] {
  if (!window.observable) return [];
  const { rowsRead, writeCalls } = usage(window.statements);
  // Per-statement figures are exact only against a full baseline: an entry the
  // baseline did not keep would count its whole lifetime as this window's.
  const estimated = window.flags.includes('baseline_partial');
  const rows = estimated ? window.totals.rows : rowsRead;
  const out: Breach[] = [];
  if (limits.rowsRead !== undefined && rows > limits.rowsRead) out.push({ limit: 'rows_read', observed: rows, allowed: limits.rowsRead, estimated });
  if (limits.readOnly === true && writeCalls > 0) out.push({ limit: 'writes', observed: writeCalls, allowed: 0, estimated });
  return out;
}
