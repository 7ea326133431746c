import { viewFootprint } from './footprint-view.js';
import { isTableLevelOnly } from './privileges.js';
import type { AllowedTable, PostgresSpec, TableFootprint } from './types.js';

export type { TableFootprint };

/**
 * A table grant for reviewers: the columns (or the whole table), the
 * sensitive columns among them, and a narrower column list that would still
 * serve when one exists. Pure.
 */
export function tableEntry(target: string, spec: PostgresSpec, allowed: AllowedTable | undefined): TableFootprint {
  const masked = spec.masked ?? [];
  // Sensitive columns read in clear; a masked one is listed under `masked` instead.
  const sensitiveSet = (allowed?.sensitive ?? []).filter((c) => !masked.some((m) => m.column === c));
  const columns = spec.columns;
  const sensitive = columns === undefined ? [...sensitiveSet] : columns.filter((c) => sensitiveSet.includes(c));
  const entry: TableFootprint = {
    target,
    table: `${spec.schema}.${spec.table}`,
    privileges: [...spec.privileges],
    columns: columns === undefined ? 'all' : [...columns],
    sensitive,
    ...viewFootprint(spec, allowed, sensitive),
  };
  const narrower = narrowerColumns(spec, columns, sensitive, allowed);
  return narrower === undefined ? entry : { ...entry, narrower };
}

function narrowerColumns(
  spec: PostgresSpec,
  columns: readonly string[] | undefined,
  sensitive: readonly string[],
  allowed: AllowedTable | undefined,
): string[] | undefined {
  // No column list can stand in for DELETE or TRUNCATE.
  if (spec.privileges.some(isTableLevelOnly)) return undefined;
  if (columns !== undefined) {
    if (sensitive.length === 0) return undefined;
    const rest = columns.filter((c) => !sensitive.includes(c));
    return rest.length > 0 ? rest : undefined;
  }
  // A whole-table grant: the columns the profile names, minus the sensitive ones.
  const rest = (allowed?.columns ?? []).filter((c) => !sensitive.includes(c));
  return rest.length > 0 ? rest : undefined;
}
