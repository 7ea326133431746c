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
}

/** The limits the window crossed; none when it is not observable (nothing is known, nothing is claimed). */
export function checkLimits(window: Window, limits: ActivityLimits): Breach[] {
  if (!window.observable) return [];
  const { rowsRead, writeCalls } = usage(window.statements);
  const out: Breach[] = [];
  if (limits.rowsRead !== undefined && rowsRead > limits.rowsRead) out.push({ limit: 'rows_read', observed: rowsRead, allowed: limits.rowsRead });
  if (limits.readOnly === true && writeCalls > 0) out.push({ limit: 'writes', observed: writeCalls, allowed: 0 });
  return out;
}
