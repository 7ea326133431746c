import type { Diagnostic } from '../../diagnostics.js';
import { joinPointer } from '../../load/pointer.js';
import type { RawAllowedTable } from '../../load/raw.js';
import type { Reporter } from '../../load/report.js';
import type { BundleSite } from '../../policy/provider-rules.js';
import { maskName, MASK_NAMES } from '../../request/view-grant.js';
import type { RawObject } from '../../shared/provider-shapes.js';
import { toAllowedMasks, toAllowedRows } from './view-allow.js';
import { isPostgresPrivilege, NEVER_GRANTED } from './privileges.js';
import type { PostgresGrant, PostgresRule, PostgresTarget } from './types.js';

const KEYS = ['privileges', 'tables'] as const;

/** The rule's fields, as the schema let them through (the profile schema checked every shape). */
function parts(rule: RawObject): { privileges: readonly string[]; tables: readonly RawAllowedTable[] } {
  const privileges = Array.isArray(rule['privileges']) ? rule['privileges'].filter((p): p is string => typeof p === 'string') : [];
  const tables = Array.isArray(rule['tables']) ? (rule['tables'] as readonly RawAllowedTable[]) : [];
  return { privileges, tables };
}

/** A profile's rule against its postgres target: privileges and tables, nothing else. */
export function checkPostgresRuleTarget(rule: RawObject, target: PostgresTarget, at: string, report: Reporter): Diagnostic[] {
  const foreign = Object.keys(rule).filter((k) => k !== 'target' && !(KEYS as readonly string[]).includes(k));
  if (foreign.length > 0 || rule['privileges'] === undefined || rule['tables'] === undefined) {
    return [report('E_PROFILE_ALLOW_PROVIDER', `Target ${target.name} is a postgres target: its rule needs privileges and tables, and no teams or repos.`, at)];
  }
  return [];
}

/** A profile's rule for a postgres target on its own: grantable privileges, tables listed once with their columns and masks. */
export function checkPostgresRule(rule: RawObject, at: string, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { privileges, tables } = parts(rule);
  privileges.forEach((privilege, p) => {
    if (NEVER_GRANTED.has(privilege)) {
      out.push(report('E_PROFILE_DANGEROUS_PRIVILEGE', `Privilege ${privilege} is never allowed in a profile.`, `${at}/privileges/${p}`));
    } else if (!isPostgresPrivilege(privilege)) {
      out.push(report('E_PROFILE_UNKNOWN_PRIVILEGE', `Privilege ${privilege} is not a PostgreSQL table privilege.`, `${at}/privileges/${p}`));
    }
  });
  const tableNames = new Set<string>();
  tables.forEach((table, t) => {
    const tat = `${at}/tables/${t}`;
    if (tableNames.has(table.name)) out.push(report('E_PROFILE_DUPLICATE_ENTRY', `Table ${table.name} is listed twice.`, `${tat}/name`));
    tableNames.add(table.name);
    if (table.columns === undefined && table.all_columns !== true) {
      out.push(report('E_PROFILE_TABLE_COLUMNS', `Table ${table.name} lists no columns and does not set all_columns: true.`, tat));
    }
    const columns = new Set(table.columns ?? []);
    (table.sensitive ?? []).forEach((column, c) => {
      if (table.columns !== undefined && !columns.has(column)) {
        out.push(
          report('E_PROFILE_SENSITIVE_NOT_COLUMN', `Sensitive column ${column} is not in the columns of ${table.name}.`, joinPointer(tat, 'sensitive', c)),
        );
      }
    });
    out.push(...maskRuleChecks(table, tat, report));
  });
  return out;
}

/** Every column a table requires masked is one of its columns, and no required mask is one the table forbids. */
function maskRuleChecks(table: RawAllowedTable, at: string, report: Reporter): Diagnostic[] {
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
        out.push(
          report(
            'E_PROFILE_MASK_NOT_ALLOWED',
            `Column ${column} of ${table.name} requires mask ${maskName(mask)}, which masks.allowed does not allow.`,
            joinPointer(where, m),
          ),
        );
      }
    });
  }
  return out;
}

export function readPostgresRule(rule: RawObject): PostgresRule {
  const { privileges, tables } = parts(rule);
  return {
    target: typeof rule['target'] === 'string' ? rule['target'] : '',
    // Unknown or dangerous privileges are load errors; never pass them on.
    privileges: privileges.filter(isPostgresPrivilege),
    tables: tables.map((t) => ({
      name: t.name,
      columns: [...(t.columns ?? [])],
      allColumns: t.all_columns === true,
      sensitive: [...(t.sensitive ?? [])],
      ...(t.rows !== undefined ? { rows: toAllowedRows(t.rows) } : {}),
      ...(t.masks !== undefined ? { masks: toAllowedMasks(t.masks) } : {}),
    })),
  };
}

/**
 * A bundle's table grant against the rule: allowed as written, and not a
 * table whose rows must be filtered or columns masked (a bundle carries
 * neither, so such a grant would always be refused: the profile's mistake).
 */
export function checkPostgresBundleGrant(grant: PostgresGrant, rule: PostgresRule, where: BundleSite): Diagnostic[] {
  const out: Diagnostic[] = [];
  const problems: string[] = [];
  const table = rule.tables.find((t) => t.name === grant.table);
  if (table === undefined) {
    problems.push(`table ${grant.table} is not allowed`);
  } else {
    problems.push(...grant.privileges.filter((p) => !(rule.privileges as readonly string[]).includes(p)).map((p) => `privilege ${p} is not allowed`));
    if (grant.columns === undefined) {
      if (!table.allColumns) problems.push(`the whole of ${grant.table} is not allowed (name columns)`);
    } else if (!table.allColumns) {
      problems.push(...grant.columns.filter((c) => !table.columns.includes(c)).map((c) => `column ${c} of ${grant.table} is not allowed`));
    }
  }
  for (const problem of problems) {
    out.push(where.report('E_PROFILE_BUNDLE_NOT_ALLOWED', `${where.label}: ${problem} by the allow rule for ${where.target}.`, where.at));
  }
  const clear = grant.columns ?? table?.columns ?? [];
  const masked = [...(table?.masks?.required.keys() ?? [])].filter((c) => grant.columns === undefined || clear.includes(c));
  if (table?.rows?.required === true || masked.length > 0) {
    const why = table?.rows?.required === true ? 'its rows must be filtered' : `${masked.join(', ')} must be masked`;
    out.push(where.report('E_PROFILE_BUNDLE_NEEDS_VIEW', `${where.label}: ${grant.table} cannot be granted by a bundle (${why}).`, where.at));
  }
  return out;
}
