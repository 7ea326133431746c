import { matches } from '../../shared/patterns.js';
import type { PostgresSpec } from './types.js';
import { isRange, MASK_NAMES, ROW_LIMITS, type MaskedColumn, type RowCondition } from '../../request/view-grant.js';
import { parseInstant } from '../../time/instant.js';

type TableSpec = PostgresSpec;

/** A table grant the provider applies as a view, re-checked: the planner trusts no caller. */
export interface ViewGrant {
  /** The base table. */
  readonly schema: string;
  readonly table: string;
  /** The view's name in the request's schema: the table's own. */
  readonly view: string;
  /** Exactly the view's columns, in this order. */
  readonly columns: readonly string[];
  readonly rows: readonly RowCondition[];
  readonly masked: readonly MaskedColumn[];
}

export function isViewSpec(spec: TableSpec): boolean {
  return spec.rows !== undefined || spec.masked !== undefined;
}

const unique = (items: readonly unknown[]): boolean => new Set(items).size === items.length;

/**
 * Everything about a view grant a planner can check without a database, or
 * a sentence saying what is wrong (never the offending value). The policy
 * has refused all of this with its own codes already; reaching here with
 * any of it is a bug, caught before SQL text exists.
 */
export function viewProblem(spec: TableSpec): string | undefined {
  if (spec.privileges.length !== 1 || spec.privileges[0] !== 'SELECT') return 'a view grant carries SELECT only';
  if (spec.columns === undefined || spec.columns.length === 0) return 'a view grant names its columns';
  const columns = spec.columns;
  const rows = spec.rows ?? [];
  const masked = spec.masked ?? [];
  if (spec.rows !== undefined && (rows.length === 0 || rows.length > ROW_LIMITS.conditions)) return `rows must hold 1 to ${ROW_LIMITS.conditions} conditions`;
  if (spec.masked !== undefined && (masked.length === 0 || masked.length > ROW_LIMITS.masked)) return `masked must hold 1 to ${ROW_LIMITS.masked} columns`;
  if (!unique(rows.map((r) => r.column)) || !rows.every((r) => matches('identifier', r.column))) return 'row filter columns must be unique identifiers';
  for (const condition of rows) {
    const problem = conditionProblem(condition);
    if (problem !== undefined) return `the filter on ${condition.column}: ${problem}`;
  }
  if (!unique(masked.map((m) => m.column))) return 'a column is masked twice';
  for (const m of masked) {
    if (!columns.includes(m.column)) return `masked column ${m.column} is not granted`;
    if (!(MASK_NAMES as readonly string[]).includes(m.mask)) return `column ${m.column} has an unknown mask`;
  }
  return undefined;
}

function conditionProblem(condition: RowCondition): string | undefined {
  if (isRange(condition)) {
    const from = matches('instant', condition.from) ? parseInstant(condition.from) : undefined;
    const to = matches('instant', condition.to) ? parseInstant(condition.to) : undefined;
    return from !== undefined && to !== undefined && from < to ? undefined : 'the range is not two instants, from before to';
  }
  const values = condition.values;
  if (values.length === 0 || values.length > ROW_LIMITS.values) return `it must list 1 to ${ROW_LIMITS.values} values`;
  if (!unique(values)) return 'a value is listed twice';
  const fits = (v: unknown): boolean => (typeof v === 'number' ? Number.isSafeInteger(v) && v >= 0 : typeof v === 'string' && matches('rowText', v));
  return values.every(fits) ? undefined : 'a value is neither a whole number nor plain text';
}

/** One view per table name in the request's schema. */
export function viewGrantsOf(specs: readonly TableSpec[]): { readonly views: ViewGrant[]; readonly clash?: string } {
  const views: ViewGrant[] = [];
  for (const spec of specs) {
    if (views.some((v) => v.view === spec.table)) return { views, clash: spec.table };
    views.push({ schema: spec.schema, table: spec.table, view: spec.table, columns: spec.columns ?? [], rows: spec.rows ?? [], masked: spec.masked ?? [] });
  }
  return { views };
}

export function usesHashKey(views: readonly ViewGrant[]): boolean {
  return views.some((v) => v.masked.some((m) => m.mask === 'hash'));
}
