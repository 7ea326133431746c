import { describeMasked } from '../../request/view-grant.js';
import type { FootprintEntry, FootprintPart } from '../../shared/provider-shapes.js';
import { tableEntry } from './table-footprint.js';
import type { AllowedTable, PostgresSpec } from './types.js';

/** A table grant for reviewers: privileges on columns (or the whole table), sensitive columns, a narrower list, row filter and masks. */
export function postgresFootprint(target: string, spec: PostgresSpec, allowed: AllowedTable | undefined): FootprintEntry {
  const t = tableEntry(target, spec, allowed);
  const columns: FootprintPart[] =
    t.columns === 'all' ? [{ strong: 'all columns' }] : t.columns.flatMap((c, i): FootprintPart[] => (i === 0 ? [{ code: c }] : [{ text: ', ' }, { code: c }]));
  const notes: string[] = [];
  if (t.masked !== undefined) notes.push(`masked: ${describeMasked(t.masked)}`);
  if (t.proposedMasks !== undefined) notes.push(`sensitive columns read in clear could be masked instead: ${describeMasked(t.proposedMasks)}`);
  return {
    target,
    kind: spec.kind,
    line: [{ code: target }, { text: ' ' }, { code: t.table }, { text: `: ${t.privileges.join(', ')} on ` }, ...columns],
    sensitive: t.sensitive,
    hasSensitive: true,
    ...(t.narrower !== undefined ? { narrower: t.narrower } : {}),
    ...(t.rows !== undefined ? { rowFilter: { object: t.table, filter: t.rows.filter, exact: t.rows.count === 'exact' } } : {}),
    notes,
  };
}
