import type { ProviderDescriptor } from '../descriptor.js';
import { formatAccount, parseAccount } from './names.js';
import { planMysql } from './plan.js';
import {
  checkMysqlBundleGrant,
  checkMysqlGrant,
  checkMysqlRule,
  checkMysqlRuleTarget,
  mysqlFootprint,
  readMysqlGrant,
  readMysqlRule,
  type MysqlAllowedTable,
  type MysqlGrant,
  type MysqlRule,
} from './rules.js';
import { MYSQL_DEFS, MYSQL_IDENTITY_SCHEMA, MYSQL_TARGET_SCHEMA } from './schema.js';
import { TABLE_ALLOW_KEYS, TABLE_GRANT_SCHEMA, TABLE_SPEC_SCHEMA } from '../table-kind.js';
import { tableOffers } from '../table-offers.js';
import { MYSQL_PRIVILEGES, type MysqlSpec, type MysqlTarget } from './types.js';
import { describeMysqlBackstop, mysqlUsage } from './usage.js';
import { principalRefusal } from './validate.js';

/** The grantor's database when the target does not name one (docs/mysql-grantor.sql). */
export const DEFAULT_METADATA_DATABASE = 'grantbook';
/** Columns a recorded grant may name at most (the request schema's limit). */
const MAX_COLUMNS = 200;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const TABLE_SPEC_KEYS = ['columns?', 'database', 'kind', 'privileges', 'table'];

/** Why `principal` may never receive a grant on `target`: the grantor, server and protected accounts, per-request roles. */
function protectedReason(principal: string, target: MysqlTarget): string | undefined {
  const account = parseAccount(principal);
  const grantor = parseAccount(target.grantor);
  if (account === undefined || grantor === undefined) return undefined;
  return principalRefusal(account, grantor, target);
}

/** MySQL and MariaDB: table and column privileges through a per-request role, with an expiry event inside the server. */
export const mysqlDescriptor: ProviderDescriptor<MysqlTarget, MysqlSpec, MysqlRule, MysqlGrant> = {
  id: 'mysql',
  title: 'MySQL/MariaDB',
  schema: { target: MYSQL_TARGET_SCHEMA, allowKeys: TABLE_ALLOW_KEYS, defs: MYSQL_DEFS },
  kinds: [{ name: 'table', requestSchema: TABLE_GRANT_SCHEMA, bundleSchema: TABLE_SPEC_SCHEMA, read: readMysqlGrant }],
  // Grants live on a per-request role of the tool's own; the server's event ends them at expiry where event_scheduler is ON.
  traits: { sharedObjects: false, recordsHeld: false, providerExpiry: true },

  target: (name, raw) => ({
    name,
    provider: 'mysql',
    ...(typeof raw['description'] === 'string' ? { description: raw['description'] } : {}),
    connectionEnv: text(raw['connection_env']),
    grantor: text(raw['grantor']),
    databases: strings(raw['databases']),
    metadataDatabase: typeof raw['metadata_database'] === 'string' ? raw['metadata_database'] : DEFAULT_METADATA_DATABASE,
    protectedAccounts: strings(raw['protected_accounts']),
  }),
  credential: (target) => ({ field: 'connection_env', env: target.connectionEnv }),
  principal: {
    identityField: 'mysql',
    identitySchema: MYSQL_IDENTITY_SCHEMA,
    pattern: 'mysqlAccount',
    caseInsensitive: false,
    words: { format: 'a MySQL account (user@host)', missing: 'MySQL/MariaDB account' },
    declaredProtected: (principal, target) => principal === target.grantor || target.protectedAccounts.includes(principal),
    protectedReason,
  },
  allow: {
    keys: ['privileges', 'tables'],
    check: checkMysqlRule,
    checkTarget: checkMysqlRuleTarget,
    read: readMysqlRule,
    checkBundleGrant: checkMysqlBundleGrant,
  },

  checkGrant: checkMysqlGrant,
  duplicate: (grant) => ({ key: JSON.stringify(['table', grant.table]), privileges: grant.privileges, text: `"${grant.table}"` }),
  // `allowed` is what checkMysqlGrant returned: the profile's entry for the table.
  footprint: (target, spec, allowed) => mysqlFootprint(target, spec, allowed as MysqlAllowedTable | undefined),
  // Rows and masks are PostgreSQL's: a MySQL rule never declares them (checkMysqlRule), so none are offered.
  offers: tableOffers,

  ledger: {
    validate(s, kind, at, kit) {
      if (kind !== 'table') return kit.fail(`${at}/kind`, 'does not belong to the provider');
      const members = kit.checkKeys(s, TABLE_SPEC_KEYS, at);
      const privileges = kit.array(s['privileges'], at, 'privileges', 1, MYSQL_PRIVILEGES.length);
      for (let i = 0; i < privileges.length; i += 1) kit.oneOf(privileges[i], `${at}/privileges`, i, MYSQL_PRIVILEGES);
      kit.unique(privileges, at, 'privileges');
      kit.patterned(s['database'], at, 'database', 'identifier');
      kit.patterned(s['table'], at, 'table', 'identifier');
      if (s['columns'] !== undefined) {
        const columns = kit.array(s['columns'], at, 'columns', 1, MAX_COLUMNS);
        for (let i = 0; i < columns.length; i += 1) kit.patterned(columns[i], `${at}/columns`, i, 'identifier');
        kit.unique(columns, at, 'columns');
      }
      return members;
    },
  },
  describe: (s, principal, target) =>
    `${target}: ${s.privileges.join(', ')}${s.columns !== undefined ? ` (${s.columns.join(', ')})` : ''} ON ${s.database}.${s.table} to ${formatPrincipal(principal)}`,

  audit: {
    describe: (s, principal, target) =>
      `${target}: ${s.privileges.join(', ')} ${s.columns !== undefined ? `(${s.columns.join(', ')})` : '(all columns)'} ON ${s.database}.${s.table} to ${formatPrincipal(principal)}`,
    covers: (s) => ({ table: { name: `${s.database}.${s.table}`, columns: s.columns, privileges: s.privileges } }),
    ruleTables: (raw) => readMysqlRule(raw).tables,
  },

  // Database and table names compare exactly (case-sensitive table names on Linux servers).
  resource: (s) => ['table', s.database, s.table].join('\u0000'),

  // A granted role is used only once the session activates it (SET ROLE).
  usage: mysqlUsage,
  describeBackstop: describeMysqlBackstop,

  planner: { id: 'mysql', kinds: ['table'], recordsHeld: false, plan: planMysql },
  async connect(target, secret, deps) {
    const { createMysqlProvider } = await import('./provider.js');
    return createMysqlProvider(target, { connectionUrl: secret, ...(deps.onStatement !== undefined ? { onStatement: deps.onStatement } : {}) });
  },
};

/** The account as recorded (it passed the ledger's pattern); anything else is named without its text. */
function formatPrincipal(principal: string): string {
  const account = parseAccount(principal);
  return account === undefined ? 'an account' : formatAccount(account);
}
