import { child, quoteList, type Reasons, type Site } from '../../policy/rules/reasons.js';
import type { MaskedColumn } from '../../request/view-grant.js';
import { isDangerousPrivilege, isPostgresPrivilege, isTableLevelOnly, type PostgresPrivilege } from './privileges.js';
import { checkViewGrant } from './rules-view.js';
import type { AllowedTable, PostgresGrant, PostgresRule, PostgresSpec } from './types.js';

export type TableGrant = PostgresGrant;
export type TableSpec = PostgresSpec;

export interface TableEnv {
  /** The profile's rule for the target; absent when there is no profile or no rule (already reported). */
  readonly rule?: PostgresRule;
  readonly sensitiveColumns?: 'flag' | 'refuse';
}

export interface TableResult {
  /** Provider-ready form, when the grant is well-formed (policy problems do not prevent it). */
  readonly spec?: TableSpec;
  /** The profile's entry for the table, for the footprint. */
  readonly allowed?: AllowedTable;
}

export function checkTableGrant(grant: TableGrant, label: string, site: Site, env: TableEnv, reasons: Reasons): TableResult {
  const privileges = checkPrivileges(grant, label, site, env.rule, reasons);
  const [schema, table, ...rest] = grant.table.split('.');
  let name: { schema: string; table: string } | undefined;
  if (schema === undefined || table === undefined || schema === '' || table === '' || rest.length > 0) {
    reasons.error('E_POLICY_TABLE_INVALID', `${label}: the table is not written as schema.table`, child(site, 'table'));
  } else if (schema.startsWith('pg_') || schema === 'information_schema') {
    reasons.error('E_POLICY_TABLE_SYSTEM', `${label}: table "${grant.table}" is in system schema "${schema}"`, child(site, 'table'));
  } else {
    name = { schema, table };
  }

  const allowed = env.rule === undefined ? undefined : checkAllowedTable(grant, label, site, env.rule, reasons);
  if (allowed !== undefined && env.sensitiveColumns !== undefined) {
    checkSensitive(grant, label, site, allowed, env.sensitiveColumns, reasons);
  }
  checkViewGrant(grant, label, site, allowed, reasons);

  if (privileges === undefined || name === undefined) return allowed === undefined ? {} : { allowed };
  const spec: TableSpec = {
    kind: 'table',
    privileges,
    ...name,
    ...(grant.columns !== undefined ? { columns: [...grant.columns] } : {}),
    ...(grant.rows !== undefined ? { rows: grant.rows } : {}),
    ...(grant.masked !== undefined ? { masked: grant.masked } : {}),
  };
  return allowed === undefined ? { spec } : { spec, allowed };
}

/** Returns the privileges when every one of them is a grantable table privilege. */
function checkPrivileges(grant: TableGrant, label: string, site: Site, rule: PostgresRule | undefined, reasons: Reasons): PostgresPrivilege[] | undefined {
  const known: PostgresPrivilege[] = [];
  grant.privileges.forEach((privilege, k) => {
    const at = child(site, 'privileges', k);
    if (isDangerousPrivilege(privilege)) {
      reasons.error('E_POLICY_PRIVILEGE_DANGEROUS', `${label}: privilege "${privilege}" is never granted`, at);
      return;
    }
    if (!isPostgresPrivilege(privilege)) {
      reasons.error('E_POLICY_PRIVILEGE_UNKNOWN', `${label}: "${privilege}" is not a table privilege Grantbook grants`, at);
      return;
    }
    known.push(privilege);
    if (rule !== undefined && !rule.privileges.includes(privilege)) {
      reasons.error(
        'E_POLICY_PRIVILEGE_NOT_ALLOWED',
        `${label}: privilege "${privilege}" is not allowed on target "${rule.target}" (allowed: ${quoteList(rule.privileges)})`,
        at,
      );
    }
    if (grant.columns !== undefined && isTableLevelOnly(privilege)) {
      reasons.error(
        'E_POLICY_PRIVILEGE_TABLE_LEVEL',
        `${label}: "${privilege}" cannot be limited to columns; request it in a separate grant without columns`,
        at,
      );
    }
  });
  return known.length === grant.privileges.length ? known : undefined;
}

function checkAllowedTable(grant: TableGrant, label: string, site: Site, rule: PostgresRule, reasons: Reasons): AllowedTable | undefined {
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
  // A profile that allows the whole table allows any part of it.
  if (allowed.allColumns) return allowed;
  grant.columns.forEach((column, k) => {
    if (!allowed.columns.includes(column)) {
      reasons.error('E_POLICY_COLUMN_NOT_ALLOWED', `${label}: column "${column}" of "${grant.table}" is not allowed`, child(site, 'columns', k));
    }
  });
  return allowed;
}

/**
 * Sensitive columns the grant reads in clear; a whole-table grant reads all
 * of them. A masked column is not read in clear: the mask is the point.
 */
export function sensitiveTouched(columns: readonly string[] | undefined, allowed: AllowedTable, masked: readonly MaskedColumn[] = []): string[] {
  const clear = (column: string): boolean => !masked.some((m) => m.column === column);
  if (columns === undefined) return allowed.sensitive.filter(clear);
  return columns.filter((column) => allowed.sensitive.includes(column) && clear(column));
}

function checkSensitive(grant: TableGrant, label: string, site: Site, allowed: AllowedTable, mode: 'flag' | 'refuse', reasons: Reasons): void {
  const touched = sensitiveTouched(grant.columns, allowed, grant.masked);
  if (touched.length === 0) return;
  if (mode === 'flag') {
    reasons.warn('E_POLICY_SENSITIVE_COLUMN_FLAGGED', `${label}: touches sensitive columns ${quoteList(touched)} of "${grant.table}"`, site);
    return;
  }
  const columns = grant.columns;
  if (columns === undefined) {
    reasons.error('E_POLICY_SENSITIVE_COLUMN_REFUSED', `${label}: the whole table "${grant.table}" includes sensitive columns ${quoteList(touched)}`, site);
    return;
  }
  columns.forEach((column, k) => {
    if (!touched.includes(column)) return;
    reasons.error('E_POLICY_SENSITIVE_COLUMN_REFUSED', `${label}: column "${column}" of "${grant.table}" is sensitive`, child(site, 'columns', k));
  });
}
