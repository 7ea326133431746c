import type { Inspection, ManagedGrant, Provider } from '../contract.js';
import { describeError, ProviderError, RevokeNotVerified } from '../errors.js';
import { assertOurRole, assertTablesGrantable, ownedObjects, readGrantState, readRoleState } from './catalog.js';
import type { ActivitySource } from '../../activity/types.js';
import { readPgActivity } from './activity.js';
import { inspectPostgres } from './inspect.js';
import { tryAdvisoryLock, type AdvisoryLock } from './lock.js';
import { REQUEST_ROLE_PREFIX, requestIdOf } from './names.js';
import { grantStatements, planPostgres, revokeStatements } from './plan.js';
import { PgSession, type PgSessionOptions } from './session.js';
import { parseTag } from './tag.js';
import { checkGrant, type PgTargetGrant, type PostgresTarget } from './validate.js';

export interface PostgresProvider extends Provider<PostgresTarget>, ActivitySource {
  /**
   * Single-flight for revoke runs: a session-level advisory lock on its own
   * connection, held until released or the provider is closed. Undefined when
   * another run holds it.
   */
  trySingleFlight(): Promise<AdvisoryLock | undefined>;
}

export function createPostgresProvider(target: PostgresTarget, options: PgSessionOptions): PostgresProvider {
  const session = new PgSession(target, options);
  const locks: AdvisoryLock[] = [];

  async function grant(g: PgTargetGrant): Promise<void> {
    const checked = checkGrant(g);
    const statements = grantStatements(g, checked);
    await session.transaction(statements.begin, statements.commit, async () => {
      const state = await readGrantState(session, g, checked);
      await assertTablesGrantable(session, g, checked);
      // Re-running a grant converges: same role, same statements, no error.
      if (state.exists) assertOurRole(g, checked, state, false);
      else await session.run(statements.createRole);
      for (const op of statements.changes) await session.run(op);
      const inspection = await inspectPostgres(session, g, checked);
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
    const statements = revokeStatements(g, checked);
    const problems: string[] = [];
    // Phases run in order and stop at the first failure: the role stays, so
    // the next run finds it (listManaged) and redoes every phase, including
    // ending sessions. Dropping the role first would lose that marker.
    const phase = async (fn: () => Promise<void>): Promise<void> => {
      if (problems.length > 0) return;
      try {
        await fn();
      } catch (error) {
        problems.push(describeError(error));
      }
    };
    const state = await readRoleState(session, checked);
    if (state.exists) {
      assertOurRole(g, checked, state, true);
      if (state.principalExists) {
        await phase(async () => {
          await session.run(statements.revokeMembership);
        });
        await phase(async () => {
          const { rows } = await session.run<{ pid: number; terminated: boolean }>(statements.terminate);
          for (const row of rows.filter((r) => !r.terminated)) {
            problems.push(`session ${row.pid} of ${checked.principal} did not end within the timeout`);
          }
        });
      }
      const [begin, ...rest] = statements.drop;
      const commit = rest.pop();
      if (begin === undefined || commit === undefined) throw new Error('revoke plan lost its transaction bounds');
      await phase(() =>
        session.transaction(begin, commit, async () => {
          const owned = await ownedObjects(session, checked.role);
          if (owned.length > 0) {
            throw new ProviderError('E_PG_ROLE_OWNS_OBJECTS', target.name, `role ${checked.role} owns ${owned.join(', ')}`);
          }
          for (const op of rest) await session.run(op);
        }),
      );
    }
    const inspection = await inspectPostgres(session, g, checked);
    if (!inspection.absent || problems.length > 0) {
      throw new RevokeNotVerified(target.name, g.requestId, inspection, problems);
    }
  }

  async function inspect(g: PgTargetGrant): Promise<Inspection> {
    return inspectPostgres(session, g, checkGrant(g, 'revoke'));
  }

  async function listManaged(t: PostgresTarget): Promise<readonly ManagedGrant[]> {
    // `members`: who is in the role (the grantor's own rows aside). The one
    // member names the principal when the tag cannot.
    const { rows } = await session.query<{ rolname: string; tag: string | null; members: string[] | null }>(
      `SELECT r.rolname, shobj_description(r.oid, 'pg_authid') AS tag, m.members
         FROM pg_roles r LEFT JOIN LATERAL (
           SELECT array_agg(DISTINCT p.rolname::text ORDER BY p.rolname::text) AS members
             FROM pg_auth_members am JOIN pg_roles p ON p.oid = am.member
            WHERE am.roleid = r.oid AND p.rolname <> current_user) m ON true
        WHERE starts_with(r.rolname, $1) ORDER BY r.rolname`,
      [REQUEST_ROLE_PREFIX],
    );
    const found: ManagedGrant[] = [];
    for (const row of rows) {
      const requestId = requestIdOf(row.rolname);
      const tag = parseTag(row.tag);
      if (requestId === undefined || tag.kind === 'none') continue;
      const member = row.members?.length === 1 ? row.members[0] : undefined;
      const damaged = (): ManagedGrant => (member === undefined ? { target: t.name, requestId } : { target: t.name, requestId, principal: member });
      if (tag.kind === 'unreadable') {
        found.push(damaged());
        continue;
      }
      // Tagged by another target sharing the cluster: that target lists it.
      if (tag.tag.target !== t.name) continue;
      // A tag naming another request than the role's name is damaged: expiry unknown.
      if (tag.tag.request !== requestId) {
        found.push(damaged());
        continue;
      }
      found.push({ target: t.name, requestId, principal: tag.tag.principal, expiresAt: tag.tag.expiresAt });
    }
    return found;
  }

  return {
    id: 'postgres',
    kinds: ['table'],
    listsManaged: true,
    plan: planPostgres,
    // Grants live on the per-request role: what the person holds from elsewhere is never touched.
    held: async () => [],
    grant,
    revoke,
    inspect,
    listManaged,
    readActivity: (principal, opts) => readPgActivity(session, principal, opts),
    async trySingleFlight() {
      const lock = await tryAdvisoryLock(options.connectionString);
      if (lock !== undefined) locks.push(lock);
      return lock;
    },
    async close() {
      await Promise.allSettled(locks.splice(0).map((l) => l.release()));
      await session.close();
    },
  };
}
