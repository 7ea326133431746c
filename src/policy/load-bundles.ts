import type { Diagnostic } from '../diagnostics.js';
import type { RawAllowRule, RawBundleSpec, RawProfile } from '../load/raw.js';
import type { Reporter } from '../load/report.js';

/** What is wrong with one bundle grant against its target's allow rule, in words; empty when it fits. */
function misfits(spec: RawBundleSpec, rule: RawAllowRule): string[] {
  if ('table' in spec) {
    const table = (rule.tables ?? []).find((t) => t.name === spec.table);
    if (table === undefined) return [`table ${spec.table} is not allowed`];
    const allowedPrivileges = new Set(rule.privileges ?? []);
    const out = spec.privileges.filter((p) => !allowedPrivileges.has(p)).map((p) => `privilege ${p} is not allowed`);
    if (spec.columns === undefined) {
      if (table.all_columns !== true) out.push(`the whole of ${spec.table} is not allowed (name columns)`);
    } else if (table.all_columns !== true) {
      const allowedColumns = new Set(table.columns ?? []);
      out.push(...spec.columns.filter((c) => !allowedColumns.has(c)).map((c) => `column ${c} of ${spec.table} is not allowed`));
    }
    return out;
  }
  if ('team' in spec) return (rule.teams ?? []).includes(spec.team) ? [] : [`team ${spec.team} is not allowed`];
  const repo = (rule.repos ?? []).find((r) => r.name.toLowerCase() === spec.repo.toLowerCase());
  if (repo === undefined) return [`repository ${spec.repo} is not allowed`];
  return repo.permissions.includes(spec.permission) ? [] : [`permission ${spec.permission} on ${spec.repo} is not allowed`];
}

/**
 * A bundle is a reviewed shortcut, never a way around the allow-list: every
 * grant in it must be something the same profile would allow if asked for
 * directly.
 */
export function bundleChecks(raw: RawProfile, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    const at = `/bundles/${name}`;
    const rule = raw.allow.find((r) => r.target === bundle.target);
    if (rule === undefined) {
      out.push(report('E_PROFILE_BUNDLE_NOT_ALLOWED', `Bundle ${name} uses target ${bundle.target}, which has no allow rule in this profile.`, `${at}/target`));
      continue;
    }
    bundle.grants.forEach((spec, i) => {
      for (const problem of misfits(spec, rule)) {
        out.push(report('E_PROFILE_BUNDLE_NOT_ALLOWED', `Bundle ${name} grant ${i}: ${problem} by the allow rule for ${bundle.target}.`, `${at}/grants/${i}`));
      }
    });
  }
  return out;
}
