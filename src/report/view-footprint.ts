import type { AdmittedRows, FootprintEntry } from '../policy/decision.js';

/**
 * The footprint lines of a grant's row filter and its provider's notes
 * (masks, hints), as plain text (the callers escape for their medium). The
 * check job has no database access (docs/security-model.md), so the rows a
 * filter admits are counted with credentials: by apply, which reports them
 * on the pull request, and by `grantbook plan --count`.
 */
export function viewFootprintLines(t: FootprintEntry): string[] {
  const lines: string[] = [];
  const filter = t.rowFilter;
  if (filter !== undefined) {
    const how = filter.count === undefined ? `${filter.exact ? 'counted exactly' : 'estimated'} at apply` : countText(filter.count);
    lines.push(`rows: only where ${filter.filter}; rows admitted: ${how}`);
  }
  lines.push(...t.notes);
  return lines;
}

function countText(count: AdmittedRows): string {
  if (count.rows === null) return `not counted (${count.note ?? 'no reason given'})`;
  return `${count.exact ? '' : 'about '}${count.rows}${count.exact ? '' : " (estimate from the planner's statistics)"}`;
}
