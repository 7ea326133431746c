import { conditionKind, isRange, type MaskedColumn } from '../../request/view-grant.js';
import { parseInstant } from '../../time/instant.js';
import { child, quoteList, type Reasons, type Site } from '../../policy/rules/reasons.js';
import type { AllowedTable, PostgresGrant } from './types.js';
import { ALL_MASKS } from './view-allow.js';

type TableGrant = PostgresGrant;

/** A grant the provider applies as a view: it filters rows or masks columns. */
export function isViewGrant(grant: { readonly rows?: unknown; readonly masked?: unknown }): boolean {
  return grant.rows !== undefined || grant.masked !== undefined;
}

/**
 * The row filter and masks of one table grant. The shape first (a view is
 * SELECT of named columns, masks on granted columns, ranges that are
 * ranges), then the profile's rules for the table when there is one:
 * filter columns and their kinds, whether a filter is required, which masks
 * are allowed and which columns are never read in clear.
 */
export function checkViewGrant(grant: TableGrant, label: string, site: Site, allowed: AllowedTable | undefined, reasons: Reasons): void {
  const rows = grant.rows ?? [];
  const masked = grant.masked ?? [];
  if (isViewGrant(grant)) checkViewShape(grant, label, site, reasons);

  rows.forEach((condition) => {
    const at = child(site, 'rows', condition.column);
    if (isRange(condition)) {
      const from = parseInstant(condition.from);
      const to = parseInstant(condition.to);
      if (from === undefined || to === undefined || from >= to) {
        reasons.error('E_POLICY_ROWS_RANGE_INVALID', `${label}: the range on "${condition.column}" does not run from an earlier to a later instant`, at);
      }
    }
  });
  if (allowed !== undefined) checkAllowedRows(grant, label, site, allowed, reasons);

  const allowedMasks = allowed?.masks?.allowed ?? ALL_MASKS;
  masked.forEach((m) => {
    if (allowed !== undefined && !allowedMasks.includes(m.mask)) {
      reasons.error(
        'E_POLICY_MASK_NOT_ALLOWED',
        `${label}: mask "${m.mask}" is not allowed on "${grant.table}" (allowed: ${quoteList(allowedMasks)})`,
        child(site, 'masked', m.column),
      );
    }
  });
  if (allowed !== undefined) checkRequiredMasks(grant, label, site, allowed, masked, reasons);
}

function checkViewShape(grant: TableGrant, label: string, site: Site, reasons: Reasons): void {
  grant.privileges.forEach((privilege, k) => {
    if (privilege !== 'SELECT') {
      reasons.error(
        'E_POLICY_VIEW_SELECT_ONLY',
        `${label}: "${privilege}" cannot go through a view with rows or masked; only SELECT can`,
        child(site, 'privileges', k),
      );
    }
  });
  const columns = grant.columns;
  if (columns === undefined) {
    reasons.error('E_POLICY_VIEW_COLUMNS_REQUIRED', `${label}: rows and masked need the columns listed under columns`, site);
    return;
  }
  for (const m of grant.masked ?? []) {
    if (!columns.includes(m.column)) {
      reasons.error(
        'E_POLICY_MASK_NOT_GRANTED',
        `${label}: masked column "${m.column}" is not among the columns of the grant`,
        child(site, 'masked', m.column),
      );
    }
  }
}

function checkAllowedRows(grant: TableGrant, label: string, site: Site, allowed: AllowedTable, reasons: Reasons): void {
  const rows = grant.rows ?? [];
  const rule = allowed.rows;
  if (rule === undefined) {
    if (rows.length > 0) reasons.error('E_POLICY_ROWS_NOT_ALLOWED', `${label}: the profile allows no row filter on "${grant.table}"`, child(site, 'rows'));
    return;
  }
  if (rule.required && rows.length === 0) {
    reasons.error(
      'E_POLICY_ROWS_REQUIRED',
      `${label}: "${grant.table}" may only be granted with a row filter (on ${quoteList([...rule.columns.keys()])})`,
      site,
    );
  }
  for (const condition of rows) {
    const at = child(site, 'rows', condition.column);
    const kind = rule.columns.get(condition.column);
    if (kind === undefined) {
      reasons.error(
        'E_POLICY_ROWS_COLUMN_NOT_ALLOWED',
        `${label}: rows of "${grant.table}" cannot be filtered on "${condition.column}" (allowed: ${quoteList([...rule.columns.keys()])})`,
        at,
      );
    } else if (kind !== conditionKind(condition)) {
      const want = kind === 'range' ? 'a time range {from, to}' : 'a list of values';
      reasons.error('E_POLICY_ROWS_KIND_MISMATCH', `${label}: "${condition.column}" of "${grant.table}" is filtered with ${want}`, at);
    }
  }
}

/** Columns the profile never lets out in clear: each one read must go through one of its masks. */
function checkRequiredMasks(grant: TableGrant, label: string, site: Site, allowed: AllowedTable, masked: readonly MaskedColumn[], reasons: Reasons): void {
  for (const [column, masks] of allowed.masks?.required ?? new Map<string, never>()) {
    const k = grant.columns?.indexOf(column) ?? -1;
    // A whole-table grant reads every column.
    if (grant.columns !== undefined && k < 0) continue;
    const mask = masked.find((m) => m.column === column)?.mask;
    if (mask !== undefined && masks.includes(mask)) continue;
    const how = mask === undefined ? 'in clear' : `through mask "${mask}"`;
    reasons.error(
      'E_POLICY_MASK_REQUIRED',
      `${label}: column "${column}" of "${grant.table}" would be read ${how}; the profile requires it masked as ${masks.length === 1 ? `"${masks[0] ?? ''}"` : `one of ${quoteList(masks)}`}`,
      k >= 0 ? child(site, 'columns', k) : site,
    );
  }
}

/**
 * Views are named after their table inside the request's schema, so two
 * view grants of one request on one target may not name tables of the same
 * name in different schemas.
 */
export class ViewNames {
  readonly #seen = new Map<string, string>();

  check(target: string, grant: PostgresGrant, label: string, site: Site, reasons: Reasons): void {
    if (!isViewGrant(grant)) return;
    const name = grant.table.slice(grant.table.indexOf('.') + 1);
    const key = JSON.stringify([target, name]);
    const earlier = this.#seen.get(key);
    if (earlier !== undefined && earlier !== grant.table) {
      reasons.error(
        'E_POLICY_VIEW_NAME_CLASH',
        `${label}: its view would be named "${name}" like the view of "${earlier}" on target "${target}"`,
        child(site, 'table'),
      );
      return;
    }
    this.#seen.set(key, grant.table);
  }
}
