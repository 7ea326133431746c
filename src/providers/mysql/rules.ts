/**
 * What policy asks of the mysql provider (src/policy/provider-rules.ts):
 * a profile's allow rule, checked at load, and one request grant, checked
 * against it. Pure; the provider re-checks the same at plan time
 * (validate.ts), as the last code before SQL text exists.
 */
import type { Diagnostic } from '../../diagnostics.js';
import type { Reporter } from '../../load/report.js';
import type { BundleSite, GrantChecked, GrantContext } from '../../policy/provider-rules.js';
import { child, quoteList } from '../../policy/rules/reasons.js';
import type { FootprintEntry, FootprintPart, RawObject, WrittenGrant } from '../../shared/provider-shapes.js';
import { SYSTEM_SCHEMAS } from './names.js';
import { COLUMN_PRIVILEGES, MYSQL_PRIVILEGES, type MysqlPrivilege, type MysqlSpec, type MysqlTarget } from './types.js';

/** A table grant as a request or bundle writes it (`table: shop.orders`): the same shape as PostgreSQL's. */
export interface MysqlGrant extends WrittenGrant {
  readonly kind: 'table';
  readonly privileges: readonly string[];
  readonly table: string;
  readonly columns?: readonly string[];
  /** Row filters and masks are PostgreSQL's; written here they are refused. */
  readonly rows?: unknown;
  readonly masked?: unknown;
}

export interface MysqlAllowedTable {
  /** `database.table` */
  readonly name: string;
  readonly columns: readonly string[];
  readonly allColumns: boolean;
  readonly sensitive: readonly string[];
}

/** What a profile allows on a mysql target. */
export interface MysqlRule {
  readonly target: string;
  readonly privileges: readonly MysqlPrivilege[];
  readonly tables: readonly MysqlAllowedTable[];
}

/**
 * Never granted, before any profile is consulted (and never allowed in one),
 * as files write privileges (`GRANT_OPTION` for GRANT OPTION). Anything
 * holding GRANT or ADMIN would let the grantee pass access on or administer
 * the server; the rest change schema, run code, read files or the process
 * list, or end the server.
 */
export const NEVER_GRANTED: ReadonlySet<string> = new Set([
  'ALL',
  'ALL_PRIVILEGES',
  'SUPER',
  'FILE',
  'PROCESS',
  'SHUTDOWN',
  'CREATE_USER',
  'EVENT',
  'TRIGGER',
  'ALTER_ROUTINE',
  'CREATE_ROUTINE',
  'EXECUTE',
  'CREATE',
  'DROP',
  'ALTER',
  'INDEX',
  'CREATE_VIEW',
  'CREATE_TEMPORARY_TABLES',
  'LOCK_TABLES',
  'RELOAD',
  'PROXY',
  'USAGE',
]);

export function isNeverGranted(privilege: string): boolean {
  return NEVER_GRANTED.has(privilege) || privilege.includes('GRANT') || privilege.includes('ADMIN') || privilege.startsWith('REPLICATION');
}

export function isMysqlPrivilege(privilege: string): privilege is MysqlPrivilege {
  return (MYSQL_PRIVILEGES as readonly string[]).includes(privilege);
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function readMysqlGrant(raw: RawObject): MysqlGrant {
  return {
    kind: 'table',
    privileges: strings(raw['privileges']),
    table: text(raw['table']),
    ...(raw['columns'] !== undefined ? { columns: strings(raw['columns']) } : {}),
    ...(raw['rows'] !== undefined ? { rows: raw['rows'] } : {}),
    ...(raw['masked'] !== undefined ? { masked: raw['masked'] } : {}),
  };
}

/** Why a database may never appear in a mysql grant or rule of `target`, or undefined. */
export function databaseRefusal(database: string, target: MysqlTarget): string | undefined {
  const lower = database.toLowerCase();
  if (SYSTEM_SCHEMAS.includes(lower)) return `"${database}" is a server schema`;
  if (lower === target.metadataDatabase.toLowerCase()) return `"${database}" is the grantor's own database`;
  if (!target.databases.includes(database)) return `database "${database}" is not one target "${target.name}" lists`;
  return undefined;
}

const KEYS = ['privileges', 'tables'] as const;
type RawTable = {
  readonly name?: unknown;
  readonly columns?: unknown;
  readonly all_columns?: unknown;
  readonly sensitive?: unknown;
  readonly rows?: unknown;
  readonly masks?: unknown;
};

function tablesOf(rule: RawObject): RawTable[] {
  return Array.isArray(rule['tables']) ? (rule['tables'] as RawTable[]) : [];
}

/** A profile's rule for a mysql target on its own: grantable privileges, tables listed once with their columns, no row filters or masks (PostgreSQL's). */
export function checkMysqlRule(rule: RawObject, at: string, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  strings(rule['privileges']).forEach((privilege, p) => {
    if (isNeverGranted(privilege))
      out.push(report('E_PROFILE_DANGEROUS_PRIVILEGE', `Privilege ${privilege} is never allowed in a profile.`, `${at}/privileges/${p}`));
    else if (!isMysqlPrivilege(privilege))
      out.push(report('E_PROFILE_UNKNOWN_PRIVILEGE', `Privilege ${privilege} is not a MySQL table privilege Grantbook grants.`, `${at}/privileges/${p}`));
  });
  const seen = new Set<string>();
  tablesOf(rule).forEach((table, t) => {
    const tat = `${at}/tables/${t}`;
    const name = text(table.name);
    if (seen.has(name)) out.push(report('E_PROFILE_DUPLICATE_ENTRY', `Table ${name} is listed twice.`, `${tat}/name`));
    seen.add(name);
    if (table.columns === undefined && table.all_columns !== true) {
      out.push(report('E_PROFILE_TABLE_COLUMNS', `Table ${name} lists no columns and does not set all_columns: true.`, tat));
    }
    const columns = new Set(strings(table.columns));
    strings(table.sensitive).forEach((column, c) => {
      if (table.columns !== undefined && !columns.has(column)) {
        out.push(report('E_PROFILE_SENSITIVE_NOT_COLUMN', `Sensitive column ${column} is not in the columns of ${name}.`, `${tat}/sensitive/${c}`));
      }
    });
    if (table.rows !== undefined || table.masks !== undefined) {
      out.push(report('E_PROFILE_ALLOW_PROVIDER', `Table ${name}: row filters and masks are PostgreSQL's; a mysql target grants columns only.`, tat));
    }
  });
  return out;
}

/** The rule against its mysql target: the right keys, tables of the target's databases only. */
export function checkMysqlRuleTarget(rule: RawObject, target: MysqlTarget, at: string, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const foreign = Object.keys(rule).filter((k) => k !== 'target' && !(KEYS as readonly string[]).includes(k));
  if (foreign.length > 0 || rule['privileges'] === undefined || rule['tables'] === undefined) {
    out.push(report('E_PROFILE_ALLOW_PROVIDER', `Target ${target.name} is a mysql target: its rule needs privileges and tables, and no teams or repos.`, at));
  }
  tablesOf(rule).forEach((table, t) => {
    const tat = `${at}/tables/${t}`;
    const name = text(table.name);
    const refusal = databaseRefusal(name.split('.')[0] ?? '', target);
    if (refusal !== undefined)
      out.push(report('E_PROFILE_ALLOWS_PROTECTED', `Table ${name}: ${refusal}; it is never grantable on ${target.name}.`, `${tat}/name`));
  });
  return out;
}

export function readMysqlRule(rule: RawObject): MysqlRule {
  return {
    target: text(rule['target']),
    // Unknown or refused privileges are load errors; never pass them on.
    privileges: strings(rule['privileges']).filter(isMysqlPrivilege),
    tables: tablesOf(rule).map((t) => ({
      name: text(t.name),
      columns: strings(t.columns),
      allColumns: t.all_columns === true,
      sensitive: strings(t.sensitive),
    })),
  };
}

/** A bundle's grant against the same profile's rule: a bundle is never a way around the allow-list. */
export function checkMysqlBundleGrant(grant: MysqlGrant, rule: MysqlRule, where: BundleSite): Diagnostic[] {
  const problems: string[] = [];
  const table = rule.tables.find((t) => t.name === grant.table);
  if (table === undefined) problems.push(`table ${grant.table} is not allowed`);
  else {
    problems.push(...grant.privileges.filter((p) => !(rule.privileges as readonly string[]).includes(p)).map((p) => `privilege ${p} is not allowed`));
    if (grant.columns === undefined) {
      if (!table.allColumns) problems.push(`the whole of ${grant.table} is not allowed (name columns)`);
    } else if (!table.allColumns) {
      problems.push(...grant.columns.filter((c) => !table.columns.includes(c)).map((c) => `column ${c} of ${grant.table} is not allowed`));
    }
  }
  return problems.map((problem) => where.report('E_PROFILE_BUNDLE_NOT_ALLOWED', `${where.label}: ${problem} by the allow rule for ${where.target}.`, where.at));
}

/** One written table grant on a mysql target, against the profile's rule, the refused privileges and schemas. */
export function checkMysqlGrant(grant: MysqlGrant, ctx: GrantContext<MysqlTarget, MysqlRule>): GrantChecked<MysqlSpec> {
  const { label, site, reasons, rule, target } = ctx;
  const privileges: MysqlPrivilege[] = [];
  grant.privileges.forEach((privilege, k) => {
    const at = child(site, 'privileges', k);
    if (isNeverGranted(privilege)) return reasons.error('E_POLICY_PRIVILEGE_DANGEROUS', `${label}: privilege "${privilege}" is never granted`, at);
    if (!isMysqlPrivilege(privilege))
      return reasons.error('E_POLICY_PRIVILEGE_UNKNOWN', `${label}: "${privilege}" is not a MySQL table privilege Grantbook grants`, at);
    privileges.push(privilege);
    if (rule !== undefined && !rule.privileges.includes(privilege)) {
      reasons.error(
        'E_POLICY_PRIVILEGE_NOT_ALLOWED',
        `${label}: privilege "${privilege}" is not allowed on target "${rule.target}" (allowed: ${quoteList(rule.privileges)})`,
        at,
      );
    }
    if (grant.columns !== undefined && !COLUMN_PRIVILEGES.has(privilege)) {
      reasons.error(
        'E_POLICY_PRIVILEGE_TABLE_LEVEL',
        `${label}: "${privilege}" cannot be limited to columns; request it in a separate grant without columns`,
        at,
      );
    }
    return undefined;
  });
  const [database = '', table = '', ...rest] = grant.table.split('.');
  if (database === '' || table === '' || rest.length > 0) {
    reasons.error('E_POLICY_TABLE_INVALID', `${label}: the table is not written as database.table`, child(site, 'table'));
  } else if (target !== undefined) {
    const refusal = databaseRefusal(database, target);
    if (refusal !== undefined) {
      const code =
        SYSTEM_SCHEMAS.includes(database.toLowerCase()) || database.toLowerCase() === target.metadataDatabase.toLowerCase()
          ? 'E_POLICY_TABLE_SYSTEM'
          : 'E_POLICY_TABLE_NOT_ALLOWED';
      reasons.error(code, `${label}: table "${grant.table}": ${refusal}`, child(site, 'table'));
    }
  }
  if (grant.rows !== undefined)
    reasons.error('E_POLICY_ROWS_NOT_ALLOWED', `${label}: row filters are not available on a mysql target (grant columns instead)`, child(site, 'rows'));
  if (grant.masked !== undefined)
    reasons.error('E_POLICY_MASK_NOT_ALLOWED', `${label}: masks are not available on a mysql target (grant columns instead)`, child(site, 'masked'));
  const allowed = rule === undefined ? undefined : checkAllowed(grant, ctx, rule);
  if (allowed !== undefined && ctx.sensitive !== undefined) checkSensitive(grant, ctx, allowed, ctx.sensitive);
  // Row filters and masks have no MySQL form: such a grant has no spec at all, never one without them.
  const wellFormed =
    privileges.length === grant.privileges.length &&
    database !== '' &&
    table !== '' &&
    rest.length === 0 &&
    grant.rows === undefined &&
    grant.masked === undefined;
  if (!wellFormed) return allowed === undefined ? {} : { allowed };
  const spec: MysqlSpec = { kind: 'table', privileges, database, table, ...(grant.columns !== undefined ? { columns: [...grant.columns] } : {}) };
  return allowed === undefined ? { spec } : { spec, allowed };
}

function checkAllowed(grant: MysqlGrant, ctx: GrantContext<MysqlTarget, MysqlRule>, rule: MysqlRule): MysqlAllowedTable | undefined {
  const { label, site, reasons } = ctx;
  const allowed = rule.tables.find((t) => t.name === grant.table);
  if (allowed === undefined) {
    reasons.error('E_POLICY_TABLE_NOT_ALLOWED', `${label}: table "${grant.table}" is not allowed on target "${rule.target}"`, child(site, 'table'));
    return undefined;
  }
  if (grant.columns === undefined) {
    if (!allowed.allColumns) {
      reasons.error(
        'E_POLICY_WHOLE_TABLE_NOT_ALLOWED',
        `${label}: table "${grant.table}" may only be granted by column (allowed: ${quoteList(allowed.columns)})`,
        site,
      );
    }
    return allowed;
  }
  if (allowed.allColumns) return allowed;
  grant.columns.forEach((column, k) => {
    if (!allowed.columns.includes(column))
      reasons.error('E_POLICY_COLUMN_NOT_ALLOWED', `${label}: column "${column}" of "${grant.table}" is not allowed`, child(site, 'columns', k));
  });
  return allowed;
}

/** Sensitive columns read: a whole-table grant reads all of them. */
export function sensitiveTouched(columns: readonly string[] | undefined, allowed: MysqlAllowedTable): string[] {
  return columns === undefined ? [...allowed.sensitive] : columns.filter((c) => allowed.sensitive.includes(c));
}

function checkSensitive(grant: MysqlGrant, ctx: GrantContext<MysqlTarget, MysqlRule>, allowed: MysqlAllowedTable, mode: 'flag' | 'refuse'): void {
  const { label, site, reasons } = ctx;
  const touched = sensitiveTouched(grant.columns, allowed);
  if (touched.length === 0) return;
  if (mode === 'flag')
    return reasons.warn('E_POLICY_SENSITIVE_COLUMN_FLAGGED', `${label}: touches sensitive columns ${quoteList(touched)} of "${grant.table}"`, site);
  if (grant.columns === undefined) {
    return reasons.error(
      'E_POLICY_SENSITIVE_COLUMN_REFUSED',
      `${label}: the whole table "${grant.table}" includes sensitive columns ${quoteList(touched)}`,
      site,
    );
  }
  grant.columns.forEach((column, k) => {
    if (touched.includes(column))
      reasons.error('E_POLICY_SENSITIVE_COLUMN_REFUSED', `${label}: column "${column}" of "${grant.table}" is sensitive`, child(site, 'columns', k));
  });
  return undefined;
}

/** A table grant for reviewers: privileges on columns (or the whole table) and the sensitive columns it reads. */
export function mysqlFootprint(target: string, spec: MysqlSpec, allowed: MysqlAllowedTable | undefined): FootprintEntry {
  const name = `${spec.database}.${spec.table}`;
  const columns: FootprintPart[] =
    spec.columns === undefined
      ? [{ strong: 'all columns' }]
      : spec.columns.flatMap((c, i): FootprintPart[] => (i === 0 ? [{ code: c }] : [{ text: ', ' }, { code: c }]));
  return {
    target,
    kind: spec.kind,
    line: [{ code: target }, { text: ' ' }, { code: name }, { text: `: ${spec.privileges.join(', ')} on ` }, ...columns],
    sensitive: allowed === undefined ? [] : sensitiveTouched(spec.columns, allowed),
    hasSensitive: true,
    notes: ['Used after `SET ROLE` in each session (the plan names the role); ends inside the server at expiry where event_scheduler is ON.'],
  };
}
