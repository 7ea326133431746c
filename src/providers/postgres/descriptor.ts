import { LIMITS } from '../../ledger/validate.js';
import { viewSpecMembers } from '../../ledger/validate-view.js';
import { maskedFromRaw, rowsFromRaw } from '../../request/view-grant.js';
import type { RawObject } from '../../shared/provider-shapes.js';
import type { ProviderDescriptor } from '../descriptor.js';
import { checkPostgresBundleGrant, checkPostgresRule, checkPostgresRuleTarget, readPostgresRule } from './allow.js';
import { postgresFootprint } from './footprint.js';
import { checkTableGrant } from './rules.js';
import { isViewGrant, ViewNames } from './rules-view.js';
import { postgresPlanner } from './plan.js';
import { POSTGRES_PRIVILEGES } from './privileges.js';
import { POSTGRES_DEFS, POSTGRES_IDENTITY_SCHEMA, POSTGRES_TARGET_SCHEMA } from './schema.js';
import { TABLE_ALLOW_KEYS, TABLE_GRANT_SCHEMA, TABLE_SPEC_SCHEMA } from '../table-kind.js';
import { tableOffers } from '../table-offers.js';
import type { AllowedTable, PostgresGrant, PostgresRule, PostgresSpec, PostgresTarget } from './types.js';

/** The role every PostgreSQL cluster is bootstrapped with: a superuser. */
const BOOTSTRAP_ROLE = 'postgres';
/** Built-in roles (pg_read_all_data, pg_write_server_files, ...) carry cluster-wide powers. */
const BUILTIN_ROLE_PREFIX = 'pg_';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function readTableGrant(raw: RawObject): PostgresGrant {
  const rows = raw['rows'];
  const masked = raw['masked'];
  return {
    kind: 'table',
    privileges: strings(raw['privileges']),
    table: text(raw['table']),
    ...(raw['columns'] !== undefined ? { columns: strings(raw['columns']) } : {}),
    // The request schema checked both shapes; bundles carry neither.
    ...(rows !== undefined ? { rows: rowsFromRaw(rows as Parameters<typeof rowsFromRaw>[0]) } : {}),
    ...(masked !== undefined ? { masked: maskedFromRaw(masked as Parameters<typeof maskedFromRaw>[0]) } : {}),
  };
}

/**
 * Granting a per-request role TO a protected role would hand its holders
 * (or Grantbook itself) the privileges; refuse rather than rely on the
 * provider to notice.
 */
function protectedReason(principal: string, target: PostgresTarget): string | undefined {
  const name = principal.toLowerCase();
  if (name === target.grantorRole.toLowerCase()) return "the target's grantor role";
  if (target.protectedRoles.some((role) => role.toLowerCase() === name)) return "one of the target's protected roles";
  if (name === BOOTSTRAP_ROLE) return 'the bootstrap superuser';
  if (name.startsWith(BUILTIN_ROLE_PREFIX)) return 'a built-in pg_* role';
  return undefined;
}

const TABLE_SPEC_KEYS = ['columns?', 'kind', 'masked?', 'privileges', 'rows?', 'schema', 'table'];

/** PostgreSQL: table privileges (whole table, columns, or a per-request view with row filters and masks). */
export const postgresDescriptor: ProviderDescriptor<PostgresTarget, PostgresSpec, PostgresRule, PostgresGrant> = {
  id: 'postgres',
  title: 'PostgreSQL',
  schema: { target: POSTGRES_TARGET_SCHEMA, allowKeys: TABLE_ALLOW_KEYS, defs: POSTGRES_DEFS },
  kinds: [{ name: 'table', requestSchema: TABLE_GRANT_SCHEMA, bundleSchema: TABLE_SPEC_SCHEMA, read: readTableGrant }],
  // Grants live on a per-request role of the tool's own: nothing shared, nothing held before.
  traits: { sharedObjects: false, recordsHeld: false, providerExpiry: false },

  target: (name, raw) => ({
    name,
    provider: 'postgres',
    ...(typeof raw['description'] === 'string' ? { description: raw['description'] } : {}),
    connectionEnv: text(raw['connection_env']),
    grantorRole: text(raw['grantor_role']),
    protectedRoles: strings(raw['protected_roles']),
  }),
  credential: (target) => ({ field: 'connection_env', env: target.connectionEnv }),
  principal: {
    identityField: 'postgres',
    identitySchema: POSTGRES_IDENTITY_SCHEMA,
    pattern: 'identifier',
    caseInsensitive: false,
    words: { format: 'a PostgreSQL role name', missing: 'PostgreSQL login role' },
    declaredProtected: (principal, target) => principal === target.grantorRole || target.protectedRoles.includes(principal),
    protectedReason,
  },
  allow: {
    keys: ['privileges', 'tables'],
    check: checkPostgresRule,
    checkTarget: checkPostgresRuleTarget,
    read: readPostgresRule,
    checkBundleGrant: checkPostgresBundleGrant,
  },

  checkGrant(grant, ctx) {
    const env = {
      ...(ctx.rule !== undefined ? { rule: ctx.rule } : {}),
      ...(ctx.sensitive !== undefined ? { sensitiveColumns: ctx.sensitive } : {}),
    };
    const result = checkTableGrant(grant, ctx.label, ctx.site, env, ctx.reasons);
    return result;
  },
  duplicate: (grant) => ({ key: JSON.stringify(['table', grant.table]), privileges: grant.privileges, text: `"${grant.table}"` }),
  checkTogether(grants, target, reasons) {
    const names = new ViewNames();
    for (const { grant, label, site } of grants) if (isViewGrant(grant)) names.check(target, grant, label, site, reasons);
  },
  // `allowed` is what checkTableGrant returned: the profile's entry for the table.
  footprint: (target, spec, allowed) => postgresFootprint(target, spec, allowed as AllowedTable | undefined),
  offers: tableOffers,

  ledger: {
    validate(s, kind, at, kit) {
      if (kind !== 'table') return kit.fail(`${at}/kind`, 'does not belong to the provider');
      const members = kit.checkKeys(s, TABLE_SPEC_KEYS, at);
      const privileges = kit.array(s['privileges'], at, 'privileges', 1, POSTGRES_PRIVILEGES.length);
      for (let i = 0; i < privileges.length; i += 1) kit.oneOf(privileges[i], `${at}/privileges`, i, POSTGRES_PRIVILEGES);
      kit.unique(privileges, at, 'privileges');
      kit.patterned(s['schema'], at, 'schema', 'identifier');
      kit.patterned(s['table'], at, 'table', 'identifier');
      if (s['columns'] !== undefined) {
        const columns = kit.array(s['columns'], at, 'columns', 1, LIMITS.columns);
        for (let i = 0; i < columns.length; i += 1) kit.patterned(columns[i], `${at}/columns`, i, 'identifier');
        kit.unique(columns, at, 'columns');
      }
      return members + viewSpecMembers(s, at);
    },
  },
  describe: (s, principal, target) =>
    `${target}: ${s.privileges.join(', ')}${s.columns !== undefined ? ` (${s.columns.join(', ')})` : ''} ON ${s.schema}.${s.table} to ${principal}`,

  audit: {
    describe: (s, principal, target) =>
      `${target}: ${s.privileges.join(', ')} ${s.columns !== undefined ? `(${s.columns.join(', ')})` : '(all columns)'} ON ${s.schema}.${s.table} to ${principal}`,
    covers: (s) => ({ table: { name: `${s.schema}.${s.table}`, columns: s.columns, privileges: s.privileges } }),
    ruleTables: (raw) => readPostgresRule(raw).tables,
  },

  resource: (s) => ['table', s.schema, s.table].join('\u0000'),

  planner: postgresPlanner,
  async connect(target, secret, deps) {
    const { createPostgresProvider } = await import('./provider.js');
    return createPostgresProvider(target, { connectionString: secret, ...(deps.onStatement !== undefined ? { onStatement: deps.onStatement } : {}) });
  },
};
