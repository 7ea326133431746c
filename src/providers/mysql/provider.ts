import type { GrantApplied, Plan, Provider, SingleFlightLock } from '../contract.js';
import { describeError, ProviderError, RevokeNotVerified } from '../errors.js';
import { readMysqlActivity } from './activity.js';
import { formatAccount } from './names.js';
import { assertOurs, inspectMysql, readState } from './inspect.js';
import { tryGetLock } from './lock.js';
import { listManagedRoles } from './managed.js';
import { backstopNote, grantStatements, KILL_WAIT_MS, planMysql, revokeStatements, SESSION_SETUP, sessionsOf } from './plan.js';
import { readBacksFor } from './readback.js';
import { errno, MysqlSession, type MysqlSessionOptions, type Row } from './session.js';
import { recordedBackstop } from './usage.js';
import type { MysqlSpec, MysqlTarget, MysqlTargetGrant } from './types.js';
import { checkGrant, type CheckedGrant } from './validate.js';

/** Whether the grant's expiry event will end it inside the server, as read now. */
export interface Backstop {
  /** The event exists and event_scheduler is ON. */
  readonly armed: boolean;
  /** event_scheduler as the server reports it (ON, OFF, DISABLED). */
  readonly scheduler: string;
  /** What the grant recorded in its tag row when it was made (undefined: no tag row). */
  readonly armedAtGrant?: boolean;
}

/**
 * The MySQL/MariaDB provider: the contract's methods for this provider's
 * target and spec shapes, plus what only it offers: the plan as the
 * connected server will run it, and the state of the in-server backstop.
 */
/** MySQL declares single flight (GET_LOCK) and activity (performance_schema), and offers what only it has. */
export type MysqlProvider = Provider<MysqlTarget, MysqlSpec> & Required<Pick<Provider<MysqlTarget, MysqlSpec>, 'singleFlight' | 'activity'>> & MysqlExtras;

interface MysqlExtras {
  /** The in-server backstop of a grant as it stands now (the contract's provider-side expiry, by the name the descriptor design gives it). */
  readonly expiry: { armed(grant: MysqlTargetGrant): Promise<Backstop> };
  /** The plan with this server's read-backs only and the backstop as armed or not right now. */
  planOnServer(grant: MysqlTargetGrant): Promise<Plan>;
}

/** Errors of REVOKE role FROM account that mean "nothing to revoke": the role or the membership is gone. */
const NOTHING_TO_REVOKE: ReadonlySet<number> = new Set([
  1959, // MariaDB: invalid role specification (no such role)
  1962, // MariaDB: cannot revoke role (not granted)
  3523, // MySQL 8: unknown authorization ID (no such role)
  1396, // both: operation failed for an account that does not exist
]);
/** GRANT to an account the server does not have. */
const NO_SUCH_ACCOUNT = 1133;
/** KILL of a session that ended meanwhile. */
const NO_SUCH_THREAD = 1094;

/** event_scheduler as read (ON, OFF, DISABLED); UNKNOWN when the answer is not text. */
function schedulerOf(rows: readonly Row[]): string {
  const value = rows[0]?.['scheduler'];
  return typeof value === 'string' ? value.toUpperCase() : 'UNKNOWN';
}

export function createMysqlProvider(target: MysqlTarget, options: MysqlSessionOptions): MysqlProvider {
  const session = new MysqlSession(target, options);
  const locks: SingleFlightLock[] = [];

  async function grant(g: MysqlTargetGrant): Promise<GrantApplied> {
    const checked = checkGrant(g);
    const flavour = await session.flavour();
    const statements = grantStatements(g, checked);
    const state = await readState(session, flavour, checked);
    assertOurs(g, checked, state);
    // Re-running a grant converges: the same statements, those already done skipped.
    // The scheduler as read now is what the ledger records: whether the event below will run.
    const scheduler = schedulerOf(await session.run(statements.scheduler));
    if (state.tag === undefined) await session.run(statements.tag);
    if (!state.roleExists) await session.run(statements.createRole);
    for (const op of statements.privileges) await session.run(op);
    await session.run(statements.event);
    try {
      await session.run(statements.membership);
    } catch (error) {
      if (errno(error) !== NO_SUCH_ACCOUNT) throw error;
      throw new ProviderError('E_MYSQL_PRINCIPAL_NOT_FOUND', target.name, `request ${g.requestId}: account ${formatAccount(checked.principal)} does not exist`);
    }
    const inspection = await inspectMysql(session, g, checked);
    if (!inspection.present) {
      throw new ProviderError(
        'E_PROVIDER_GRANT_NOT_VERIFIED',
        target.name,
        `grant of request ${g.requestId} did not read back as in effect`,
        inspection.details,
      );
    }
    return { backstop: recordedBackstop(g, checked, scheduler) };
  }

  async function revoke(g: MysqlTargetGrant): Promise<void> {
    const checked = checkGrant(g, 'revoke');
    const flavour = await session.flavour();
    const state = await readState(session, flavour, checked);
    // Checked before anything changes: a role we may not touch stops the whole revoke.
    assertOurs(g, checked, state);
    const problems: string[] = [];
    const attempt = async (fn: () => Promise<void>): Promise<void> => {
      try {
        await fn();
      } catch (error) {
        problems.push(describeError(error));
      }
    };
    const r = revokeStatements(checked);
    await attempt(async () => {
      try {
        await session.run(r.revokeMembership);
      } catch (error) {
        const n = errno(error);
        if (n === undefined || !NOTHING_TO_REVOKE.has(n)) throw error;
      }
    });
    // Sessions end before the role goes: the role left behind is what the next run finds to redo every step.
    if (problems.length === 0) await attempt(() => endSessions(checked, problems));
    if (problems.length === 0) {
      for (const op of [r.dropEvent, r.dropRole]) await attempt(async () => void (await session.run(op)));
    }
    // The tag row goes last, and only when everything before it went: until then it lets the next run find the grant.
    if (problems.length === 0) await attempt(async () => void (await session.run(r.untag)));
    const inspection = await inspectMysql(session, g, checked);
    if (!inspection.absent || problems.length > 0) throw new RevokeNotVerified(target.name, g.requestId, inspection, problems);
  }

  /** KILL CONNECTION for each session of the person, then waits for each to leave the process list. */
  async function endSessions(checked: CheckedGrant, problems: string[]): Promise<void> {
    const r = revokeStatements(checked);
    const rows = await session.run(r.sessions);
    const ids = rows.map((row) => String(row['ID'])).filter((id) => /^[0-9]+$/u.test(id));
    for (const id of ids) {
      try {
        await session.run(r.kill, `KILL CONNECTION ${id}`);
      } catch (error) {
        if (errno(error) !== NO_SUCH_THREAD) throw error;
      }
    }
    if (ids.length === 0) return;
    const deadline = Date.now() + KILL_WAIT_MS;
    for (;;) {
      const left = new Set((await session.query(sessionsOf(checked, true))).map((row) => String(row['ID'])));
      const stuck = ids.filter((id) => left.has(id));
      if (stuck.length === 0) return;
      if (Date.now() >= deadline) {
        for (const id of stuck) problems.push(`session ${id} of ${checked.principal.user} did not end within ${KILL_WAIT_MS / 1000}s`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function backstop(g: MysqlTargetGrant): Promise<Backstop> {
    const checked = checkGrant(g, 'revoke');
    const flavour = await session.flavour();
    const state = await readState(session, flavour, checked);
    const scheduler = schedulerOf(await session.query('SELECT @@GLOBAL.event_scheduler AS scheduler'));
    return {
      armed: state.eventExists && scheduler === 'ON',
      scheduler,
      ...(state.tag !== undefined ? { armedAtGrant: state.tag.backstop } : {}),
    };
  }

  async function planOnServer(g: MysqlTargetGrant): Promise<Plan> {
    const checked = checkGrant(g);
    const flavour = await session.flavour();
    const armed = schedulerOf(await session.query('SELECT @@GLOBAL.event_scheduler AS scheduler')) === 'ON';
    const plan = planMysql(g);
    const other = flavour.kind === 'mariadb' ? 'mysql' : 'mariadb';
    const ours = new Set([SESSION_SETUP[flavour.kind], ...readBacksFor(flavour.kind, checked).map((op) => op.text)]);
    const others = new Set([SESSION_SETUP[other], ...readBacksFor(other, checked).map((op) => op.text)].filter((t) => !ours.has(t)));
    const keep = (ops: Plan['grant']): Plan['grant'] => ops.filter((op) => !others.has(op.text));
    return {
      grant: keep(plan.grant),
      revoke: keep(plan.revoke),
      notes: [`Server: ${flavour.kind === 'mariadb' ? 'MariaDB' : 'MySQL'} ${flavour.version}.`, backstopNote(g, checked, armed)],
    };
  }

  return {
    id: 'mysql',
    kinds: ['table'],
    recordsHeld: false,
    listsManaged: true,
    plan: planMysql,
    // Grants live on the per-request role: what the person holds from elsewhere is never touched.
    held: async () => [],
    grant,
    revoke,
    inspect: (g) => inspectMysql(session, g, checkGrant(g, 'revoke')),
    listManaged: (t) => listManagedRoles(session, t),
    async singleFlight() {
      const lock = await tryGetLock(options.connectionUrl, target.name);
      if (lock !== undefined) locks.push(lock);
      return lock;
    },
    activity: { readActivity: (principal, opts) => readMysqlActivity(session, principal, opts) },
    expiry: { armed: backstop },
    planOnServer,
    async close() {
      await Promise.allSettled(locks.splice(0).map((l) => l.release()));
      await session.close();
    },
  };
}
