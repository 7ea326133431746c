import type { AlertAction, LimitKind } from '../ledger/index.js';
import { usage } from './summary.js';
import type { Window } from './window.js';

/**
 * A profile's limits on the use of a grant (profile `limits`). `rowsRead`:
 * rows returned by statements that do not write, summed over the grantee's
 * statements in the target's database during the window (per grant and
 * target, not per table: pg_stat_statements counts rows per statement, and
 * mapping statements to tables through views, functions and CTEs would
 * guess). `readOnly`: any statement that writes is an alert.
 */
export interface ActivityLimits {
  readonly rowsRead?: number;
  readonly readOnly?: boolean;
  readonly onExceed: AlertAction;
}

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
