import type { Diagnostic } from '../diagnostics.js';
import { joinPointer } from '../load/pointer.js';
import type { RawAllowedTable, RawProfile } from '../load/raw.js';
import type { Reporter } from '../load/report.js';
import { maskName, MASK_NAMES } from '../request/view-grant.js';

/**
 * A profile's row-filter and mask rules, on their own: every column it
 * requires masked is one of the table's, and no required mask is one the
 * same table forbids. Bundles cannot carry filters or masks, so a bundle
 * grant that a table's rules would always refuse is the profile's mistake.
 */
export function viewRuleChecks(raw: RawProfile, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  raw.allow.forEach((rule, r) => {
    (rule.tables ?? []).forEach((table, t) => out.push(...tableChecks(table, `/allow/${r}/tables/${t}`, report)));
  });
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    const rule = raw.allow.find((r) => r.target === bundle.target);
    bundle.grants.forEach((spec, i) => {
      if (!('table' in spec)) return;
      const table = (rule?.tables ?? []).find((t) => t.name === spec.table);
      const clear = spec.columns ?? table?.columns ?? [];
      const masked = Object.keys(table?.masks?.required ?? {}).filter((c) => spec.columns === undefined || clear.includes(c));
      if (table?.rows?.required === true || masked.length > 0) {
        const why = table?.rows?.required === true ? 'its rows must be filtered' : `${masked.join(', ')} must be masked`;
        out.push(report('E_PROFILE_BUNDLE_NEEDS_VIEW', `Bundle ${name} grant ${i}: ${spec.table} cannot be granted by a bundle (${why}).`, `/bundles/${name}/grants/${i}`));
      }
    });
  }
  return out;
}

function tableChecks(table: RawAllowedTable, at: string, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const required = table.masks?.required ?? {};
  const allowed = new Set((table.masks?.allowed ?? MASK_NAMES).map(maskName));
  const columns = table.columns === undefined ? undefined : new Set(table.columns);
  for (const [column, masks] of Object.entries(required)) {
    // The key passed the identifier pattern, so it may appear in the pointer.
    const where = joinPointer(at, 'masks', 'required', column);
    if (columns !== undefined && !columns.has(column)) {
      out.push(report('E_PROFILE_MASK_NOT_COLUMN', `Column ${column} must be masked but is not in the columns of ${table.name}.`, where));
    }
    masks.forEach((mask, m) => {
      if (!allowed.has(maskName(mask))) {
        out.push(report('E_PROFILE_MASK_NOT_ALLOWED', `Column ${column} of ${table.name} requires mask ${maskName(mask)}, which masks.allowed does not allow.`, joinPointer(where, m)));
      }
    });
  }
  return out;
}
