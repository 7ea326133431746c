import { describeRows, type MaskName } from '../../request/view-grant.js';
import type { AllowedTable, PostgresSpec as TableSpec, TableFootprint } from './types.js';
import { ALL_MASKS } from './view-allow.js';

/**
 * The row filter and masks of a table grant, for the footprint note: the
 * filter in words (its row count needs the database, so it comes with
 * credentials: `grantbook plan --count`, and apply), the masked columns, and
 * a mask for each sensitive column still read in clear. Pure.
 */
export function viewFootprint(
  spec: TableSpec,
  allowed: AllowedTable | undefined,
  sensitiveInClear: readonly string[],
): Pick<TableFootprint, 'rows' | 'masked' | 'proposedMasks'> {
  const out: { -readonly [K in 'rows' | 'masked' | 'proposedMasks']?: TableFootprint[K] } = {};
  if (spec.rows !== undefined && spec.rows.length > 0) out.rows = { filter: describeRows(spec.rows), count: allowed?.rows?.count ?? 'estimate' };
  if (spec.masked !== undefined && spec.masked.length > 0) out.masked = [...spec.masked];
  // Only a read can go through a view; a write grant would not take the hint.
  const maskable = spec.privileges.every((p) => p === 'SELECT');
  if (maskable && sensitiveInClear.length > 0) {
    const allowedMasks = allowed?.masks?.allowed ?? ALL_MASKS;
    const proposed = sensitiveInClear.flatMap((column) => {
      const mask = proposeMask(column, allowedMasks);
      return mask === undefined ? [] : [{ column, mask }];
    });
    if (proposed.length > 0) out.proposedMasks = proposed;
  }
  return out;
}

/**
 * The mask that keeps most of what an investigation uses a column for: the
 * domain of an address, the last digits of a number people quote, a keyed
 * hash (equal values still match) for anything else. By name only; the
 * reviewer decides.
 */
export function proposeMask(column: string, allowed: readonly MaskName[]): MaskName | undefined {
  const preferred: MaskName[] = /e_?mail/.test(column)
    ? ['domain', 'hash', 'null']
    : /card|pan\b|iban|account|phone|mobile|ssn|tax|passport|licen[cs]e/.test(column)
      ? ['last4', 'hash', 'null']
      : ['hash', 'null'];
  return preferred.find((m) => allowed.includes(m));
}
