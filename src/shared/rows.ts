/**
 * The vocabulary of row filters and masks, shared by the request, the
 * policy, the ledger and the PostgreSQL planner. A filter is data (columns,
 * values, instants), never SQL; a mask is one of these names, each a fixed
 * expression of this tool.
 */
export const MASK_NAMES = ['hash', 'last4', 'domain', 'null'] as const;
export type MaskName = (typeof MASK_NAMES)[number];

/** Bounds a request's filter stays within (the schemas say the same; the planner checks again). */
export const ROW_LIMITS = {
  /** Conditions per grant, ANDed. */
  conditions: 8,
  /** Values of one list. */
  values: 100,
  /** Masked columns of one grant. */
  masked: 200,
} as const;

export const ROW_FILTER_KINDS = ['values', 'range'] as const;
export type RowFilterKind = (typeof ROW_FILTER_KINDS)[number];

/** One value of a list: a whole number or text (the schema's rowInteger / rowText). */
export type RowValue = number | string;

/** One condition: the column equals one of `values`, or lies in [from, to). */
export type RowCondition =
  { readonly column: string; readonly values: readonly RowValue[] } | { readonly column: string; readonly from: string; readonly to: string };

export type RangeCondition = Extract<RowCondition, { from: string }>;
export type ValuesCondition = Extract<RowCondition, { values: readonly RowValue[] }>;

export interface MaskedColumn {
  readonly column: string;
  readonly mask: MaskName;
}

export function isRange(condition: RowCondition): condition is RangeCondition {
  return 'from' in condition;
}

export function conditionKind(condition: RowCondition): RowFilterKind {
  return isRange(condition) ? 'range' : 'values';
}

/** `customer_id in (4211, 4212)`, `created_at from 2026-05-01T00:00:00Z to 2026-05-02T00:00:00Z (excluded)`. */
export function describeCondition(condition: RowCondition): string {
  if (isRange(condition)) return `${condition.column} from ${condition.from} to ${condition.to} (excluded)`;
  const shown = condition.values.map((v) => (typeof v === 'number' ? String(v) : JSON.stringify(v)));
  return condition.values.length === 1 ? `${condition.column} = ${shown[0] ?? ''}` : `${condition.column} in (${shown.join(', ')})`;
}

export function describeRows(rows: readonly RowCondition[]): string {
  return rows.map(describeCondition).join(' and ');
}

export function describeMasked(masked: readonly MaskedColumn[]): string {
  return masked.map((m) => `${m.column} as ${m.mask}`).join(', ');
}
