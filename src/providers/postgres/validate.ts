import { matches } from '../../shared/patterns.js';
import { POSTGRES_PRIVILEGES, type PostgresPrivilege } from './privileges.js';
import { parseInstant } from '../../time/instant.js';
import type { TargetGrant } from '../contract.js';
import { ProviderError } from '../errors.js';
import { isRequestRoleName, isSystemSchema, keySchemaName, requestRoleName, viewSchemaName } from './names.js';
import { isViewSpec, viewGrantsOf, viewProblem, type ViewGrant } from './view-check.js';

import type { PostgresSpec as TableSpec, PostgresTarget } from './types.js';

export type { PostgresTarget };
export type PgTargetGrant = TargetGrant<PostgresTarget, TableSpec>;

/** A table grant that passed every check a planner can make without a database. */
export interface TableGrant {
  readonly schema: string;
  readonly table: string;
  readonly privileges: readonly PostgresPrivilege[];
  /** Empty: whole table. */
  readonly columns: readonly string[];
}

export interface CheckedGrant {
  readonly role: string;
  readonly principal: string;
  readonly grantor: string;
  /** Grants on tables themselves. */
  readonly tables: readonly TableGrant[];
  /** Grants through views (rows or masked): never a privilege on the table. */
  readonly views: readonly ViewGrant[];
  /** The request's view and key schemas (names.ts); they exist only for a grant with views. */
  readonly viewSchema: string;
  readonly keySchema: string;
}

/** Row-level privileges have no column form. */
const TABLE_ONLY: ReadonlySet<PostgresPrivilege> = new Set(['DELETE', 'TRUNCATE']);
const PRIVILEGES: ReadonlySet<string> = new Set(POSTGRES_PRIVILEGES);

/**
 * Re-checks everything the policy layer already checked (`revoke`/`inspect`
 * accept an empty grant list and any expiry: see below). The planner is the
 * last code before SQL text exists, so it does not rely on callers: a name
 * outside the strict pattern is our bug and stops here, before any quoting.
 * Messages name positions, never the offending text.
 */
export function checkGrant(grant: PgTargetGrant, purpose: 'grant' | 'revoke' = 'grant'): CheckedGrant {
  const target = grant.target.name;
  const invalid = (what: string): ProviderError => new ProviderError('E_PROVIDER_INVALID_GRANT', target, `request ${grant.requestId}: ${what}`);
  const role = requestRoleName(target, grant.requestId);
  if (!matches('identifier', grant.principal)) throw invalid('the principal is not a plain PostgreSQL identifier');
  if (!matches('identifier', grant.target.grantorRole)) throw invalid('the grantor role is not a plain PostgreSQL identifier');
  // Revoking needs neither: a role found by its tag (crash recovery) may come
  // with no ledger entry, hence no grant list, and a damaged tag has no expiry.
  const lenient = purpose === 'revoke';
  if (!lenient && parseInstant(grant.expiresAt) === undefined) throw invalid('expires_at is not an RFC 3339 UTC instant');
  const unsafe = principalRefusal(grant);
  if (unsafe !== undefined) {
    throw new ProviderError('E_PG_PRINCIPAL_UNSAFE', target, `request ${grant.requestId}: principal ${grant.principal} ${unsafe}`);
  }
  if (!lenient && grant.grants.length === 0) throw invalid('no grants');
  const viewSpecs: TableSpec[] = [];
  const all = grant.grants.map((spec, i): TableGrant => {
    if (spec.kind !== 'table') {
      // Recorded data can hold anything: refuse it, never read it as a table grant.
      const other: { readonly kind: string } = spec;
      throw new ProviderError('E_PROVIDER_KIND_UNSUPPORTED', target, `grant ${i + 1} is a ${other.kind} grant; postgres grants tables`);
    }
    if (!matches('identifier', spec.schema) || !matches('identifier', spec.table)) {
      throw invalid(`grant ${i + 1}: the table name is not a plain PostgreSQL identifier`);
    }
    if (isSystemSchema(spec.schema)) {
      throw new ProviderError('E_PG_TABLE_SYSTEM', target, `grant ${i + 1}: ${spec.schema}.${spec.table} is in a system schema`);
    }
    const privileges = spec.privileges;
    if (privileges.length === 0 || new Set(privileges).size !== privileges.length || !privileges.every((p) => PRIVILEGES.has(p))) {
      throw invalid(`grant ${i + 1}: privileges must be unique and among ${POSTGRES_PRIVILEGES.join(', ')}`);
    }
    const columns = spec.columns ?? [];
    if (spec.columns !== undefined) {
      if (columns.length === 0 || new Set(columns).size !== columns.length || !columns.every((c) => matches('identifier', c))) {
        throw invalid(`grant ${i + 1}: columns must be unique plain PostgreSQL identifiers`);
      }
      const rowLevel = privileges.filter((p) => TABLE_ONLY.has(p));
      if (rowLevel.length > 0) {
        throw new ProviderError('E_PG_PRIVILEGE_NOT_COLUMN', target, `grant ${i + 1}: ${rowLevel.join(', ')} cannot be granted on columns`);
      }
    }
    if (isViewSpec(spec)) {
      const problem = viewProblem(spec);
      if (problem !== undefined) throw invalid(`grant ${i + 1}: ${problem}`);
      viewSpecs.push(spec);
    }
    return { schema: spec.schema, table: spec.table, privileges, columns };
  });
  const { views, clash } = viewGrantsOf(viewSpecs);
  if (clash !== undefined) throw invalid(`two view grants would both create the view ${clash}`);
  const tables = all.filter((_, i) => !isViewSpec(grant.grants[i] as TableSpec));
  return {
    role,
    principal: grant.principal,
    grantor: grant.target.grantorRole,
    tables,
    views,
    viewSchema: viewSchemaName(target, grant.requestId),
    keySchema: keySchemaName(target, grant.requestId),
  };
}

/** Principals that are refused on names alone (the catalog checks the rest at apply). */
function principalRefusal(grant: PgTargetGrant): string | undefined {
  const { principal, target } = grant;
  if (principal === target.grantorRole) return 'is the grantor role';
  if (principal.startsWith('pg_')) return 'is a reserved pg_* role';
  if (isRequestRoleName(principal)) return 'is a per-request role';
  if (target.protectedRoles.includes(principal)) return 'is a protected role of the target';
  return undefined;
}
