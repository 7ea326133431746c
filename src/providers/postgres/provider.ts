import type { Inspection, Provider } from '../contract.js';
import type { PostgresSpec } from './types.js';
import { describeError, ProviderError, RevokeNotVerified } from '../errors.js';
import { assertOurRole, assertTablesGrantable, ownedObjects, readGrantState } from './catalog.js';
import { readPgActivity } from './activity.js';
import { countAdmittedRows } from './view-count.js';
import { inspectPostgres } from './inspect.js';
import { tryAdvisoryLock, type AdvisoryLock } from './lock.js';
import { listManagedRoles } from './managed.js';
import { grantStatements, planPostgres, revokeStatements } from './plan.js';
import { PgSession, type PgSessionOptions } from './session.js';
import { grantRoles } from './roles.js';
import { applyViews, dropViewSchemas, viewSchemasLeft } from './view-apply.js';
import { assertViewsGrantable } from './view-catalog.js';
import { pinSearchPath } from './view-plan.js';
import { checkGrant, type CheckedGrant, type PgTargetGrant, type PostgresTarget } from './validate.js';

/** PostgreSQL declares every optional capability: activity (pg_stat_statements), row counts of its views and single flight (an advisory lock). */
export type PostgresProvider = Provider<PostgresTarget, PostgresSpec> &
  Required<Pick<Provider<PostgresTarget, PostgresSpec>, 'activity' | 'rowCounter' | 'singleFlight'>>;

export function createPostgresProvider(target: PostgresTarget, options: PgSessionOptions): PostgresProvider {
  const session = new PgSession(target, options);
  const locks: AdvisoryLock[] = [];

  async function grant(g: PgTargetGrant): Promise<void> {
    const checked = checkGrant(g);
    const statements = grantStatements(g, checked);
    await session.transaction(statements.begin, statements.commit, async () => {
      if (statements.views !== undefined) await session.run(pinSearchPath);
      const state = await readGrantState(session, g, checked);
      await assertTablesGrantable(session, g, checked);
      if (statements.views !== undefined) await assertViewsGrantable(session, g, checked);
      // Re-running a grant converges: same role, same statements, no error.
      if (state.exists) assertOurRole(g, checked, state.tag, false);
      else await session.run(statements.createRole);
      for (const op of statements.changes) await session.run(op);
      if (statements.views !== undefined) await applyViews(session, g, checked, statements.views);
      await session.run(statements.membership);
      const inspection = await inspectPostgres(session, g, checked, true);
      if (!inspection.present) {
        throw new ProviderError(
          'E_PROVIDER_GRANT_NOT_VERIFIED',
          target.name,
          `grant of request ${g.requestId} did not read back as in effect`,
          inspection.details,
        );
      }
    });
  }

  async function revoke(g: PgTargetGrant): Promise<void> {
    const checked = checkGrant(g, 'revoke');
    const { roles, principalExists } = await grantRoles(session, g, checked);
    // Every role is checked before anything changes: one we may not touch stops the whole revoke.
    for (const role of roles) assertOurRole(g, role.checked, role.tag, true);
    const problems = await revokeRoles(
      g,
      roles.map((r) => r.checked),
      principalExists,
    );
    // The role is gone but the request's schemas are not (a hand-dropped role): they go now.
    if (roles.length === 0 && (await viewSchemasLeft(session, g, checked))) await dropSchemasAlone(g, checked, problems);
    const inspection = await readBack(g, roles.length === 0 ? [checked] : roles.map((r) => r.checked));
    if (!inspection.absent || problems.length > 0) {
      throw new RevokeNotVerified(target.name, g.requestId, inspection, problems);
    }
  }

  /**
   * Every membership first, each on its own commit and each tried whatever
   * became of the others: access through every role ends even when one role's
   * revocation fails later. Then the grantee's sessions, then the roles. A
   * role is dropped only once the sessions are ended: the role left behind
   * is what the next run finds (listManaged) to redo every phase, including
   * ending sessions. Returns what failed.
   */
  async function revokeRoles(g: PgTargetGrant, roles: readonly CheckedGrant[], principalExists: boolean): Promise<string[]> {
    const problems: string[] = [];
    const attempt = async (fn: () => Promise<void>): Promise<void> => {
      try {
        await fn();
      } catch (error) {
        problems.push(describeError(error));
      }
    };
    if (principalExists) {
      for (const checked of roles) {
        await attempt(async () => {
          await session.run(revokeStatements(g, checked).revokeMembership);
        });
      }
      const [first] = roles;
      // The statement names the grantee and this database only: the same for every role, run once.
      if (first !== undefined && problems.length === 0) {
        await attempt(async () => {
          const { rows } = await session.run<{ pid: number; terminated: boolean }>(revokeStatements(g, first).terminate);
          for (const row of rows.filter((r) => !r.terminated)) {
            problems.push(`session ${row.pid} of ${first.principal} did not end within the timeout`);
          }
        });
      }
    }
    if (problems.length > 0) return problems;
    for (const checked of roles) await attempt(() => dropRole(g, checked));
    return problems;
  }

  /**
   * The request's view schemas, DROP OWNED and DROP ROLE in one transaction;
   * refused beforehand if the role owns anything. The schemas go first, so an
   * object built on a view outside them stops the revocation before anything
   * is dropped.
   */
  async function dropRole(g: PgTargetGrant, checked: CheckedGrant): Promise<void> {
    const statements = revokeStatements(g, checked);
    const [begin, ...rest] = statements.drop;
    const commit = rest.pop();
    if (begin === undefined || commit === undefined) throw new Error('revoke plan lost its transaction bounds');
    await session.transaction(begin, commit, async () => {
      const owned = await ownedObjects(session, checked.role);
      if (owned.length > 0) {
        throw new ProviderError('E_PG_ROLE_OWNS_OBJECTS', target.name, `role ${checked.role} owns ${owned.join(', ')}`);
      }
      await dropViewSchemas(session, g, checked, statements.dropSchemas);
      for (const op of rest) await session.run(op);
    });
  }

  async function dropSchemasAlone(g: PgTargetGrant, checked: CheckedGrant, problems: string[]): Promise<void> {
    const statements = revokeStatements(g, checked);
    const [begin] = statements.drop;
    const commit = statements.drop.at(-1);
    if (begin === undefined || commit === undefined) throw new Error('revoke plan lost its transaction bounds');
    try {
      await session.transaction(begin, commit, () => dropViewSchemas(session, g, checked, statements.dropSchemas));
    } catch (error) {
      problems.push(describeError(error));
    }
  }

  /** The read-back of each role the request may hold access through; one role is the usual case. */
  async function readBack(g: PgTargetGrant, roles: readonly CheckedGrant[]): Promise<Inspection> {
    const each: Inspection[] = [];
    for (const checked of roles) each.push(await inspectPostgres(session, g, checked));
    const [only] = each;
    if (only !== undefined && each.length === 1) return only;
    return { present: each.some((i) => i.present), absent: each.every((i) => i.absent), details: each.flatMap((i) => i.details) };
  }

  async function inspect(g: PgTargetGrant): Promise<Inspection> {
    const checked = checkGrant(g, 'revoke');
    const { roles } = await grantRoles(session, g, checked);
    return readBack(g, roles.length === 0 ? [checked] : roles.map((r) => r.checked));
  }

  return {
    id: 'postgres',
    kinds: ['table'],
    recordsHeld: false,
    listsManaged: true,
    plan: planPostgres,
    // Grants live on the per-request role: what the person holds from elsewhere is never touched.
    held: async () => [],
    grant,
    revoke,
    inspect,
    listManaged: (t) => listManagedRoles(session, t),
    activity: { readActivity: (principal, opts) => readPgActivity(session, principal, opts) },
    rowCounter: { countAdmitted: (g, exact) => countAdmittedRows(session, checkGrant(g as PgTargetGrant).views, exact) },
    // A session-level advisory lock on a connection of its own, so reconnects of the working connection cannot drop it unnoticed.
    async singleFlight() {
      const lock = await tryAdvisoryLock(options.connectionString, target.name);
      if (lock !== undefined) locks.push(lock);
      return lock;
    },
    async close() {
      await Promise.allSettled(locks.splice(0).map((l) => l.release()));
      await session.close();
    },
  };
}
