import type { Inspection } from '../contract.js';
import { ProviderError } from '../errors.js';
import { formatAccount } from './names.js';
import { privilegesReadBack, stateReadBack } from './readback.js';
import type { MysqlSession, Row } from './session.js';
import type { Flavour, MysqlTargetGrant } from './types.js';
import type { CheckedGrant } from './validate.js';

/** The tag row as stored; every field is text the server holds, re-checked before use. */
export interface TagRow {
  readonly target: string;
  readonly request: string;
  readonly principal: string;
  readonly expiresAt: string;
  /** Whether event_scheduler was ON when the grant tagged its role. */
  readonly backstop: boolean;
}

export interface GrantState {
  readonly roleExists: boolean;
  readonly member: boolean;
  readonly eventExists: boolean;
  readonly tag?: TagRow;
}

const flag = (v: unknown): boolean => Number(v) === 1;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export function tagOf(row: Row): TagRow | undefined {
  if (row['request'] === null || row['request'] === undefined) return undefined;
  return {
    target: text(row['target']),
    request: text(row['request']),
    principal: text(row['principal']),
    expiresAt: text(row['expires_at']),
    backstop: flag(row['backstop']),
  };
}

export async function readState(session: MysqlSession, flavour: Flavour, checked: CheckedGrant): Promise<GrantState> {
  const [row] = await session.query(stateReadBack(flavour.kind, checked));
  if (row === undefined) throw new Error('the state read-back returned no row');
  const tag = tagOf(row);
  return { roleExists: flag(row['role_exists']), member: flag(row['member']), eventExists: flag(row['event_exists']), ...(tag !== undefined ? { tag } : {}) };
}

/**
 * Refuses a role this request may not touch: one named like ours without our
 * tag row (never adopted, never dropped), or a tag row naming another
 * request, target or grantee (a collision, an edited row, or a request whose
 * grantee changed).
 */
export function assertOurs(grant: MysqlTargetGrant, checked: CheckedGrant, state: GrantState): void {
  const target = grant.target.name;
  if (state.tag === undefined) {
    if (state.roleExists) throw new ProviderError('E_MYSQL_ROLE_FOREIGN', target, `role ${checked.role} exists without a Grantbook tag row`);
    return;
  }
  const { tag } = state;
  if (tag.request !== grant.requestId || tag.target !== target || tag.principal !== formatAccount(checked.principal)) {
    throw new ProviderError('E_MYSQL_ROLE_FOREIGN', target, `the tag row of role ${checked.role} names another request, target or grantee`);
  }
}

/** `Select,Insert` (a SET column) -> SELECT, INSERT */
function privilegesOf(set: unknown): string[] {
  return text(set)
    .split(',')
    .filter((p) => p !== '')
    .map((p) => p.toUpperCase());
}

/** The role's privileges as `db.table.column PRIVILEGE` keys (column empty for the whole table). */
export async function rolePrivileges(session: MysqlSession, flavour: Flavour, checked: CheckedGrant): Promise<Set<string>> {
  const rows = await session.query(privilegesReadBack(flavour.kind, checked));
  const held = new Set<string>();
  for (const row of rows) {
    const col = row['col'] === null ? '' : text(row['col']).toLowerCase();
    for (const p of privilegesOf(row['privs'])) held.add(`${text(row['db'])}.${text(row['tbl'])}.${col} ${p}`);
  }
  return held;
}

/**
 * Present: the role exists, is tagged for this request, the person holds it,
 * and it holds every planned privilege. Absent: nothing of the grant is left,
 * neither role, membership, event nor tag row.
 */
export async function inspectMysql(session: MysqlSession, grant: MysqlTargetGrant, checked: CheckedGrant): Promise<Inspection> {
  const flavour = await session.flavour();
  const state = await readState(session, flavour, checked);
  const held = state.roleExists ? await rolePrivileges(session, flavour, checked) : new Set<string>();
  const details: string[] = [];
  const missing: string[] = [];
  for (const t of checked.tables) {
    for (const p of t.privileges) {
      for (const col of t.columns.length === 0 ? [''] : t.columns.map((c) => c.toLowerCase())) {
        if (!held.has(`${t.database}.${t.table}.${col} ${p}`)) missing.push(`${p} on ${t.database}.${t.table}${col === '' ? '' : `.${col}`}`);
      }
    }
  }
  const tagged = state.tag !== undefined && state.tag.request === grant.requestId && state.tag.target === grant.target.name;
  if (!state.roleExists) details.push(`role ${checked.role} does not exist`);
  if (!state.member) details.push(`${formatAccount(checked.principal)} does not hold role ${checked.role}`);
  if (state.tag === undefined) details.push(`no tag row for role ${checked.role}`);
  else if (!tagged) details.push(`the tag row of role ${checked.role} names another request or target`);
  if (state.eventExists) details.push(`expiry event ${checked.metadata}.${checked.role} is in place`);
  if (state.roleExists) for (const m of missing) details.push(`not held: ${m}`);
  return {
    present: state.roleExists && state.member && tagged && missing.length === 0,
    absent: !state.roleExists && !state.member && !state.eventExists && state.tag === undefined,
    details,
  };
}
