import type { RawMaskName, RawRows } from '../load/raw.js';
import type { MaskedColumn, MaskName, RangeCondition, RowCondition, RowValue } from '../shared/rows.js';

// The vocabulary lives in src/shared/rows.ts (the ledger and the grant spec speak it too); reading it from a request file is here.
export * from '../shared/rows.js';

/** `null` as YAML's empty value or as text: one mask. */
export function maskName(raw: RawMaskName): MaskName {
  return raw ?? 'null';
}

/** The filter as written, in the file's order (the plan follows it, so it reads like the request). */
export function rowsFromRaw(raw: RawRows): RowCondition[] {
  return Object.entries(raw).map(([column, filter]) =>
    Array.isArray(filter)
      ? { column, values: [...(filter as readonly RowValue[])] }
      : { column, from: (filter as RangeCondition).from, to: (filter as RangeCondition).to },
  );
}

export function maskedFromRaw(raw: { readonly [column: string]: RawMaskName }): MaskedColumn[] {
  return Object.entries(raw).map(([column, mask]) => ({ column, mask: maskName(mask) }));
}
