import { matches } from '../../shared/patterns.js';
import { parseInstant } from '../../time/instant.js';
import { ProviderError } from '../errors.js';
import {
  BUILTIN_PROTECTED_USERS,
  formatAccount,
  isIdentifier,
  isRequestRoleName,
  parseAccount,
  REFUSED_PRIVILEGES,
  requestRoleName,
  SYSTEM_SCHEMAS,
} from './names.js';
import { COLUMN_PRIVILEGES, MYSQL_PRIVILEGES, type Account, type MysqlPrivilege, type MysqlTarget, type MysqlTargetGrant } from './types.js';

/** A table grant that passed every check a planner can make without a server. */
export interface TableGrant {
  readonly database: string;
  readonly table: string;
  readonly privileges: readonly MysqlPrivilege[];
  /** Empty: whole table. */
  readonly columns: readonly string[];
}

export interface CheckedGrant {
  /** The per-request role, also the name of its expiry event. */
  readonly role: string;
  readonly principal: Account;
  readonly grantor: Account;
  /** The grantor's database: tag table and events. */
  readonly metadata: string;
  readonly tables: readonly TableGrant[];
}

const PRIVILEGES: ReadonlySet<string> = new Set(MYSQL_PRIVILEGES);
const REFUSED: ReadonlySet<string> = new Set(REFUSED_PRIVILEGES);

/**
 * Re-checks everything the policy layer checks, and what only this provider
 * knows (always-refused privileges and schemas, protected accounts): the
 * planner is the last code before SQL text exists. Messages name positions
 * and names that passed the patterns, never offending text.
 * `revoke` accepts an empty grant list and any expiry: a role found by its
 * tag (crash recovery) may come with neither.
 */
export function checkGrant(grant: MysqlTargetGrant, purpose: 'grant' | 'revoke' = 'grant'): CheckedGrant {
  const target = grant.target;
  const invalid = (what: string): ProviderError => new ProviderError('E_PROVIDER_INVALID_GRANT', target.name, `request ${grant.requestId}: ${what}`);
  if (!matches('requestId', grant.requestId))
    throw new ProviderError('E_PROVIDER_INVALID_GRANT', target.name, 'the request id is not in the request id pattern');
  const grantor = checkTarget(target);
  const metadata = target.metadataDatabase;
  const principal = parseAccount(grant.principal);
  if (principal === undefined) {
    throw new ProviderError('E_MYSQL_PRINCIPAL_UNSAFE', target.name, `request ${grant.requestId}: the principal is not a plain user@host account`);
  }
  const unsafe = principalRefusal(principal, grantor, target);
  if (unsafe !== undefined) {
    throw new ProviderError('E_MYSQL_PRINCIPAL_UNSAFE', target.name, `request ${grant.requestId}: principal ${formatAccount(principal)} ${unsafe}`);
  }
  const lenient = purpose === 'revoke';
  if (!lenient && parseInstant(grant.expiresAt) === undefined) throw invalid('expires_at is not an RFC 3339 UTC instant');
  if (!lenient && grant.grants.length === 0) throw invalid('no grants');
  const seen = new Set<string>();
  const tables = grant.grants.map((spec, i): TableGrant => {
    const at = `grant ${i + 1}`;
    if (spec.kind !== 'table') throw new ProviderError('E_PROVIDER_KIND_UNSUPPORTED', target.name, `${at} is not a table grant; mysql grants tables`);
    if (!isIdentifier(spec.database) || !isIdentifier(spec.table)) throw invalid(`${at}: the table name is not a plain MySQL identifier`);
    const refusal = schemaRefusal(spec.database, target);
    if (refusal !== undefined) throw new ProviderError('E_MYSQL_REFUSED', target.name, `${at}: ${spec.database}.${spec.table} ${refusal}`);
    const privileges = spec.privileges as readonly string[];
    const refused = privileges.filter((p) => REFUSED.has(p.toUpperCase()));
    if (refused.length > 0) throw new ProviderError('E_MYSQL_REFUSED', target.name, `${at}: ${refused.join(', ')} is never granted`);
    if (privileges.length === 0 || new Set(privileges).size !== privileges.length || !privileges.every((p) => PRIVILEGES.has(p))) {
      throw invalid(`${at}: privileges must be unique and among ${MYSQL_PRIVILEGES.join(', ')}`);
    }
    const columns = spec.columns ?? [];
    if (spec.columns !== undefined) {
      if (columns.length === 0 || new Set(columns.map((c) => c.toLowerCase())).size !== columns.length || !columns.every(isIdentifier)) {
        throw invalid(`${at}: columns must be unique plain MySQL identifiers`);
      }
      const rowLevel = spec.privileges.filter((p) => !COLUMN_PRIVILEGES.has(p));
      if (rowLevel.length > 0) throw invalid(`${at}: ${rowLevel.join(', ')} cannot be granted on columns`);
    }
    const key = `${spec.database}.${spec.table}`;
    if (seen.has(key)) throw invalid(`${at}: ${key} is granted twice`);
    seen.add(key);
    return { database: spec.database, table: spec.table, privileges: spec.privileges, columns };
  });
  return { role: requestRoleName(target.name, grant.requestId), principal, grantor, metadata, tables };
}

/** The target's own settings, as strict as a grant's names: they end up in SQL too. */
export function checkTarget(target: MysqlTarget): Account {
  const bad = (what: string): ProviderError => new ProviderError('E_PROVIDER_INVALID_GRANT', target.name, `target setting ${what} is outside its pattern`);
  const grantor = parseAccount(target.grantor);
  if (grantor === undefined) throw bad('grantor');
  if (!isIdentifier(target.metadataDatabase) || SYSTEM_SCHEMAS.includes(target.metadataDatabase.toLowerCase())) throw bad('metadata_database');
  if (!target.databases.every(isIdentifier)) throw bad('databases');
  if (!target.protectedAccounts.every((a) => parseAccount(a) !== undefined)) throw bad('protected_accounts');
  return grantor;
}

function schemaRefusal(database: string, target: MysqlTarget): string | undefined {
  const lower = database.toLowerCase();
  if (SYSTEM_SCHEMAS.includes(lower)) return 'is in a server schema';
  if (lower === target.metadataDatabase.toLowerCase()) return "is in the grantor's own database";
  if (!target.databases.includes(database)) return 'is in a database the target does not list';
  return undefined;
}

/**
 * Revocation ends sessions by user name (the process list does not tell
 * which account a session logged in as), so the grantor's and protected
 * accounts' user names are refused for every host.
 */
export function principalRefusal(principal: Account, grantor: Account, target: MysqlTarget): string | undefined {
  const user = principal.user.toLowerCase();
  if (user === grantor.user.toLowerCase()) return "has the grantor's user name";
  if (BUILTIN_PROTECTED_USERS.includes(user)) return 'is a server account';
  if (isRequestRoleName(principal.user)) return 'is a per-request role';
  const protectedUsers = target.protectedAccounts.flatMap((a) => parseAccount(a)?.user.toLowerCase() ?? []);
  if (protectedUsers.includes(user)) return 'has the user name of a protected account of the target';
  return undefined;
}
