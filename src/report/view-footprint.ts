import type { AdmittedRows, FootprintEntry } from '../policy/decision.js';
import { describeMasked } from '../request/view-grant.js';

/**
 * The footprint lines of a table's row filter and masks, as plain text (the
 * callers escape for their medium). The check job has no database access
 * (docs/security-model.md), so the rows a filter admits are counted with
 * credentials: by apply, which reports them on the pull request, and by
 * `grantbook plan --count`.
 */
export function viewFootprintLines(t: FootprintEntry): string[] {
  const lines: string[] = [];
  if (t.rows !== undefined) {
    const how = t.count === undefined ? `${t.rows.count === 'exact' ? 'counted exactly' : 'estimated'} at apply` : countText(t.count);
    lines.push(`rows: only where ${t.rows.filter}; rows admitted: ${how}`);
  }
  if (t.masked !== undefined) lines.push(`masked: ${describeMasked(t.masked)}`);
  if (t.proposedMasks !== undefined) lines.push(`sensitive columns read in clear could be masked instead: ${describeMasked(t.proposedMasks)}`);
  return lines;
}

function countText(count: AdmittedRows): string {
  if (count.rows === null) return `not counted (${count.note ?? 'no reason given'})`;
  return `${count.exact ? '' : 'about '}${count.rows}${count.exact ? '' : ' (estimate from the planner\'s statistics)'}`;
}
