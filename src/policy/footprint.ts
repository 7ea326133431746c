import type { Footprint, FootprintEntry, GrantSpec } from './decision.js';
import { viewFootprint } from './footprint-view.js';
import { isTableLevelOnly } from './rules/table.js';
import type { AllowedTable } from './types.js';

/** A grant as asked for, with the profile's entry for its table when there is one. */
export interface FootprintGrant {
  readonly target: string;
  readonly spec: GrantSpec;
  readonly allowed?: AllowedTable;
}

/**
 * What a request exposes, for reviewers: per table the columns (or the whole
 * table), the sensitive columns among them, and a narrower column list that
 * would still serve when one exists; then teams and repositories. Pure.
 */
export function footprint(grants: readonly FootprintGrant[]): Footprint {
  const tables: FootprintEntry[] = [];
  const teams: string[] = [];
  const repos: Footprint['repos'][number][] = [];
  for (const { target, spec, allowed } of grants) {
    switch (spec.kind) {
      case 'table':
        tables.push(tableEntry(target, spec, allowed));
        break;
      case 'team':
        teams.push(spec.team);
        break;
      case 'repo':
        repos.push({ repo: spec.repo, permission: spec.permission });
        break;
    }
  }
  return { tables, teams, repos };
}

export function tableEntry(target: string, spec: Extract<GrantSpec, { kind: 'table' }>, allowed: AllowedTable | undefined): FootprintEntry {
  const masked = spec.masked ?? [];
  // Sensitive columns read in clear; a masked one is listed under `masked` instead.
  const sensitiveSet = (allowed?.sensitive ?? []).filter((c) => !masked.some((m) => m.column === c));
  const columns = spec.columns;
  const sensitive = columns === undefined ? [...sensitiveSet] : columns.filter((c) => sensitiveSet.includes(c));
  const entry: FootprintEntry = {
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
  spec: Extract<GrantSpec, { kind: 'table' }>,
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
