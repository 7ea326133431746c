import type { RawAllowedTable } from '../../load/raw.js';
import { MASK_NAMES, maskName, type MaskName, type RowFilterKind } from '../../request/view-grant.js';

/** What a profile lets a request filter on, for one table. */
export interface AllowedRows {
  /** Column -> the kind of condition it takes. */
  readonly columns: ReadonlyMap<string, RowFilterKind>;
  /** A grant on the table without a row filter is refused. */
  readonly required: boolean;
  /** How `grantbook plan --count` and apply count the rows a filter admits. */
  readonly count: 'estimate' | 'exact';
}

/** Which masks a request may use on one table, and which columns are never read in clear. */
export interface AllowedMasks {
  readonly allowed: readonly MaskName[];
  /** Column -> the masks it may be read through. */
  readonly required: ReadonlyMap<string, readonly MaskName[]>;
}

/** Every mask, when a profile names none: a mask only ever shows less than the column. */
export const ALL_MASKS: readonly MaskName[] = MASK_NAMES;

export function toAllowedRows(raw: NonNullable<RawAllowedTable['rows']>): AllowedRows {
  return {
    columns: new Map(Object.entries(raw.columns)),
    required: raw.required === true,
    count: raw.count ?? 'estimate',
  };
}

export function toAllowedMasks(raw: NonNullable<RawAllowedTable['masks']>): AllowedMasks {
  const unique = (names: readonly (MaskName | null)[]): MaskName[] => [...new Set(names.map(maskName))];
  return {
    allowed: raw.allowed === undefined ? ALL_MASKS : unique(raw.allowed),
    required: new Map(Object.entries(raw.required ?? {}).map(([column, masks]) => [column, unique(masks)] as const)),
  };
}
