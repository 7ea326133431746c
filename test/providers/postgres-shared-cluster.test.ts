import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../support/logger.js';
import { openTargets } from '../../src/modes/revoke/targets.js';
import type { BuiltinSpec as GrantSpec } from '../support/builtin-specs.js';
import type { Target } from '../../src/policy/types.js';
import { applyRequest } from '../../src/providers/apply.js';
import type { Provider, TargetGrant } from '../../src/providers/contract.js';
import { SINGLE_FLIGHT_KEY } from '../../src/providers/postgres/lock.js';
import { legacyRoleName, requestRoleName, targetDigest } from '../../src/providers/postgres/names.js';
import { createPostgresProvider, type PostgresProvider } from '../../src/providers/postgres/provider.js';
import { formatTag } from '../../src/providers/postgres/tag.js';
import type { PgTargetGrant, PostgresTarget } from '../../src/providers/postgres/validate.js';
import { GRANTOR_ROLE, type SampleDatabase } from '../support/postgres.js';
import { usePostgres } from '../support/use-postgres.js';

/**
 * Several databases of one PostgreSQL cluster, each its own target. Roles
 * are cluster-wide, tables and privileges per database: one request with a
 * grant in each database must get one role per target, and no target may
 * list, revoke or end sessions for what another target granted.
 */
const server = usePostgres();
const targetOf = (name: string): PostgresTarget => ({ name, provider: 'postgres', connectionEnv: 'PG', grantorRole: GRANTOR_ROLE, protectedRoles: [] });
const A = targetOf('orders-a');
const B = targetOf('orders-b');
const EXPIRES = '2030-01-01T00:00:00Z';
const TWO_COLUMNS: GrantSpec = { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] };
const READ = 'SELECT id, status FROM public.orders ORDER BY id LIMIT 1';

let dbA: SampleDatabase;
let dbB: SampleDatabase;
let pa: PostgresProvider;
let pb: PostgresProvider;
let admin: pg.Client;

beforeAll(async () => {
  dbA = await server().createSampleDatabase();
  dbB = await server().createSampleDatabase();
  pa = createPostgresProvider(A, { connectionString: dbA.grantorUrl });
  pb = createPostgresProvider(B, { connectionString: dbB.grantorUrl });
  admin = await server().admin();
});
afterAll(async () => {
  await pa.close();
  await pb.close();
});

const grantOn = (target: PostgresTarget, requestId: string, grants: readonly GrantSpec[] = [TWO_COLUMNS]): PgTargetGrant => ({
  requestId,
  target,
  principal: 'alice',
  expiresAt: EXPIRES,
  grants: grants as PgTargetGrant['grants'],
});

/** `ok` or the server's error, for alice in one database. */
async function aliceRuns(db: SampleDatabase, sql: string): Promise<string> {
  const alice = await server().connectAs('alice', db.name);
  try {
    await alice.query(sql);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await alice.end();
  }
}

async function roleExists(role: string): Promise<boolean> {
  const { rows } = await admin.query<{ v: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS v', [role]);
  return rows[0]?.v === true;
}

async function sessionAlive(pid: number): Promise<boolean> {
  const { rows } = await admin.query<{ v: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $1) AS v', [pid]);
  return rows[0]?.v === true;
}

const managedIds = async (p: PostgresProvider, t: PostgresTarget): Promise<string[]> => (await p.listManaged(t)).map((m) => m.requestId);

/**
 * A role exactly as the earlier naming made it (`grantbook_req_<id>`, the
 * statements its plan showed), run as the grantor in `db`.
 */
async function legacyGrant(db: SampleDatabase, target: string, requestId: string, tag?: string): Promise<string> {
  const role = legacyRoleName(target, requestId);
  const grantor = await server().connectAs(GRANTOR_ROLE, db.name);
  try {
    await grantor.query('BEGIN');
    await grantor.query(`CREATE ROLE "${role}" NOLOGIN`);
    const text = tag ?? formatTag({ request: requestId, target, principal: 'alice', expiresAt: EXPIRES });
    await grantor.query(`COMMENT ON ROLE "${role}" IS '${text.replaceAll("'", "''")}'`);
    await grantor.query(`GRANT SELECT ("id", "status") ON TABLE "public"."orders" TO "${role}"`);
    await grantor.query(`GRANT "${role}" TO "alice" WITH INHERIT TRUE, SET FALSE, ADMIN FALSE`);
    await grantor.query('COMMIT');
  } finally {
    await grantor.end();
  }
  return role;
}

describe('one request across two databases of one cluster', () => {
  it('applies a grant in each database, each readable, each read back, each listed by its own target only', async () => {
    const grants: TargetGrant[] = [grantOn(A, 'two-db-1'), grantOn(B, 'two-db-1')];
    const providers = new Map<string, Provider>([
      [A.name, pa],
      [B.name, pb],
    ]);
    expect(await applyRequest(providers, grants)).toEqual({ ok: true, applied: ['orders-a', 'orders-b'], reported: new Map() });

    const [roleA, roleB] = [requestRoleName(A.name, 'two-db-1'), requestRoleName(B.name, 'two-db-1')];
    expect(roleA).not.toBe(roleB);
    expect(await roleExists(roleA)).toBe(true);
    expect(await roleExists(roleB)).toBe(true);
    for (const db of [dbA, dbB]) {
      expect(await aliceRuns(db, READ)).toBe('ok');
      expect(await aliceRuns(db, 'SELECT customer_email FROM public.orders')).toMatch(/permission denied/);
    }
    expect(await pa.inspect(grantOn(A, 'two-db-1'))).toMatchObject({ present: true, absent: false });
    expect(await pb.inspect(grantOn(B, 'two-db-1'))).toMatchObject({ present: true, absent: false });
    const listedA = (await pa.listManaged(A)).filter((m) => m.requestId === 'two-db-1');
    const listedB = (await pb.listManaged(B)).filter((m) => m.requestId === 'two-db-1');
    expect(listedA).toEqual([{ target: 'orders-a', requestId: 'two-db-1', principal: 'alice', expiresAt: EXPIRES }]);
    expect(listedB).toEqual([{ target: 'orders-b', requestId: 'two-db-1', principal: 'alice', expiresAt: EXPIRES }]);

    // Revoking one target's grant leaves the other's whole.
    await pb.revoke(grantOn(B, 'two-db-1'));
    expect(await pb.inspect(grantOn(B, 'two-db-1'))).toMatchObject({ present: false, absent: true });
    expect(await aliceRuns(dbB, READ)).toMatch(/permission denied/);
    expect(await pa.inspect(grantOn(A, 'two-db-1'))).toMatchObject({ present: true });
    expect(await aliceRuns(dbA, READ)).toBe('ok');
    expect(await managedIds(pa, A)).toContain('two-db-1');

    await pa.revoke(grantOn(A, 'two-db-1'));
    expect(await pa.inspect(grantOn(A, 'two-db-1'))).toMatchObject({ present: false, absent: true });
    expect(await aliceRuns(dbA, READ)).toMatch(/permission denied/);
    expect(await roleExists(roleA)).toBe(false);
    expect(await roleExists(roleB)).toBe(false);
    expect(await managedIds(pa, A)).not.toContain('two-db-1');
    expect(await managedIds(pb, B)).not.toContain('two-db-1');
  });

  it('rolls back the first database when the second refuses, touching nothing of the other target', async () => {
    const admA = await server().admin(dbA.name);
    try {
      // A table only database A has: the grant on B cannot resolve it.
      await admA.query('CREATE TABLE public.only_here (id int)');
      await admA.query(`GRANT SELECT ON public.only_here TO ${GRANTOR_ROLE} WITH GRANT OPTION`);
    } finally {
      await admA.end();
    }
    const onlyHere: GrantSpec = { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'only_here' };
    // Another request's live grant on B must survive the rollback.
    await pb.grant(grantOn(B, 'bystander-1'));
    const providers = new Map<string, Provider>([
      [A.name, pa],
      [B.name, pb],
    ]);
    const result = await applyRequest(providers, [grantOn(A, 'two-db-2', [onlyHere]), grantOn(B, 'two-db-2', [onlyHere])]);
    expect(result).toMatchObject({
      ok: false,
      failure: { target: 'orders-b', code: 'E_PG_TABLE_NOT_FOUND' },
      compensated: [
        { target: 'orders-b', status: 'revoked' },
        { target: 'orders-a', status: 'revoked' },
      ],
    });
    expect(await pa.inspect(grantOn(A, 'two-db-2', [onlyHere]))).toMatchObject({ absent: true });
    expect(await pb.inspect(grantOn(B, 'bystander-1'))).toMatchObject({ present: true });
    await pb.revoke(grantOn(B, 'bystander-1'));
  });

  it('computes the target digest the way the README tells a DBA to, in SQL', async () => {
    for (const name of [A.name, B.name, `${'t-'.repeat(31)}xy`]) {
      const { rows } = await admin.query<{ d: string }>(`SELECT left(encode(sha256($1::bytea), 'hex'), 11) AS d`, [name]);
      expect(rows[0]?.d).toBe(targetDigest(name));
    }
  });
});

describe('roles made before names carried the target', () => {
  it('are found, read back, listed and revoked by their own target, and never by another', async () => {
    const role = await legacyGrant(dbA, A.name, 'old-1');
    expect(await aliceRuns(dbA, READ)).toBe('ok');
    expect(await pa.inspect(grantOn(A, 'old-1'))).toMatchObject({ present: true, absent: false });
    expect((await pa.listManaged(A)).filter((m) => m.requestId === 'old-1')).toEqual([
      { target: 'orders-a', requestId: 'old-1', principal: 'alice', expiresAt: EXPIRES },
    ]);
    expect(await managedIds(pb, B)).not.toContain('old-1');
    expect(await pb.inspect(grantOn(B, 'old-1'))).toMatchObject({ present: false, absent: true });

    // The same request on the other target of the cluster no longer collides with it.
    await pb.grant(grantOn(B, 'old-1'));
    expect(await aliceRuns(dbB, READ)).toBe('ok');
    await pb.revoke(grantOn(B, 'old-1'));
    expect(await roleExists(role)).toBe(true);
    expect(await aliceRuns(dbA, READ)).toBe('ok');

    // Crash recovery knows only the tag: no grant list, no ledger expiry.
    await pa.revoke({ requestId: 'old-1', target: A, principal: 'alice', expiresAt: '', grants: [] });
    expect(await roleExists(role)).toBe(false);
    expect(await aliceRuns(dbA, READ)).toMatch(/permission denied/);
    expect(await pa.inspect(grantOn(A, 'old-1'))).toMatchObject({ present: false, absent: true });
    expect(await managedIds(pa, A)).not.toContain('old-1');
  });

  it('a role of each naming for one request on one target: both read back, listed once, both revoked', async () => {
    const legacy = await legacyGrant(dbA, A.name, 'old-3');
    await pa.grant(grantOn(A, 'old-3'));
    expect((await pa.listManaged(A)).filter((m) => m.requestId === 'old-3')).toEqual([
      { target: 'orders-a', requestId: 'old-3', principal: 'alice', expiresAt: EXPIRES },
    ]);
    await pa.revoke(grantOn(A, 'old-3'));
    expect(await roleExists(legacy)).toBe(false);
    expect(await roleExists(requestRoleName(A.name, 'old-3'))).toBe(false);
    expect(await aliceRuns(dbA, READ)).toMatch(/permission denied/);
  });

  it('a role of each naming: a failure dropping one leaves no membership in either', async () => {
    const legacy = await legacyGrant(dbA, A.name, 'old-5');
    await pa.grant(grantOn(A, 'old-5'));
    const current = requestRoleName(A.name, 'old-5');
    const admA = await server().admin(dbA.name);
    try {
      // An object the current role owns (an out-of-band change): its DROP is refused.
      await admA.query('CREATE TABLE public.owned_by_grant (id int)');
      await admA.query(`ALTER TABLE public.owned_by_grant OWNER TO "${current}"`);
      const failed = await pa.revoke(grantOn(A, 'old-5')).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failed).toMatchObject({ code: 'E_PROVIDER_REVOKE_NOT_VERIFIED' });
      const member = async (role: string): Promise<boolean> =>
        (
          await admin.query<{ v: boolean }>(
            `SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles p ON p.oid = m.member
                             WHERE r.rolname = $1 AND p.rolname = 'alice') AS v`,
            [role],
          )
        ).rows[0]?.v === true;
      // Access ended through both roles, although the current one could not be dropped; the other one is gone.
      expect(await member(current)).toBe(false);
      expect(await member(legacy)).toBe(false);
      expect(await roleExists(current)).toBe(true);
      expect(await roleExists(legacy)).toBe(false);
      expect(await aliceRuns(dbA, READ)).toMatch(/permission denied/);
      await admA.query('DROP TABLE public.owned_by_grant');
    } finally {
      await admA.end();
    }
    await pa.revoke(grantOn(A, 'old-5'));
    expect(await roleExists(current)).toBe(false);
    expect(await roleExists(legacy)).toBe(false);
  });

  it('a damaged one belongs to the target whose database holds its grants', async () => {
    const role = await legacyGrant(dbB, B.name, 'old-2', '{"grantbook":1,"request":');
    expect((await pb.listManaged(B)).filter((m) => m.requestId === 'old-2')).toEqual([{ target: 'orders-b', requestId: 'old-2', principal: 'alice' }]);
    expect(await managedIds(pa, A)).not.toContain('old-2');
    // A's sweep, even asked for that request, leaves B's role alone.
    await pa.revoke({ requestId: 'old-2', target: A, principal: 'alice', expiresAt: '', grants: [] });
    expect(await roleExists(role)).toBe(true);
    expect(await aliceRuns(dbB, READ)).toBe('ok');
    await pb.revoke({ requestId: 'old-2', target: B, principal: 'alice', expiresAt: '', grants: [] });
    expect(await roleExists(role)).toBe(false);
  });
});

describe('a role whose tag disagrees with its name', () => {
  /** Re-tags a role as an out-of-band edit would (anyone with CREATEROLE on it may). */
  async function retag(role: string, tag: string): Promise<void> {
    await admin.query(`COMMENT ON ROLE "${role}" IS '${tag.replaceAll("'", "''")}'`);
  }

  /** What the revoke job does with every entry of a listing: revoke it from the tag alone. */
  async function sweep(p: PostgresProvider, t: PostgresTarget, requestId: string): Promise<unknown> {
    const listed = (await p.listManaged(t)).filter((m) => m.requestId === requestId);
    expect(listed).toHaveLength(1);
    return p.revoke({ requestId, target: t, principal: listed[0]?.principal ?? 'alice', expiresAt: '', grants: [] }).then(
      () => 'revoked',
      (error: unknown) => error,
    );
  }

  it('everything listManaged returns, revoke can remove: a tag naming another request or another target is damage', async () => {
    const cases = [
      { id: 'retag-1', tag: formatTag({ request: 'other-9', target: A.name, principal: 'alice', expiresAt: EXPIRES }) },
      { id: 'retag-2', tag: formatTag({ request: 'retag-2', target: B.name, principal: 'alice', expiresAt: EXPIRES }) },
      { id: 'retag-3', tag: formatTag({ request: 'other-9', target: 'orders-elsewhere', principal: 'bob', expiresAt: EXPIRES }) },
    ];
    for (const c of cases) {
      await pa.grant(grantOn(A, c.id));
      await retag(requestRoleName(A.name, c.id), c.tag);
      // Listed as this target's damaged grant: due at once, grantee from its one member.
      expect((await pa.listManaged(A)).filter((m) => m.requestId === c.id)).toEqual([{ target: 'orders-a', requestId: c.id, principal: 'alice' }]);
      expect(await managedIds(pb, B)).not.toContain(c.id);
      expect(await sweep(pa, A, c.id)).toBe('revoked');
      expect(await roleExists(requestRoleName(A.name, c.id))).toBe(false);
    }
    expect(await aliceRuns(dbA, READ)).toMatch(/permission denied/);
  });

  it('a role of the earlier naming tagged for this target but another request is damage too', async () => {
    const role = await legacyGrant(dbA, A.name, 'old-4', formatTag({ request: 'other-9', target: A.name, principal: 'alice', expiresAt: EXPIRES }));
    expect(await sweep(pa, A, 'old-4')).toBe('revoked');
    expect(await roleExists(role)).toBe(false);
    expect(await aliceRuns(dbA, READ)).toMatch(/permission denied/);
  });

  it("a tag naming another target with the same digest is that target's role: not listed here, and revoke still refuses it", async () => {
    const [first, second] = [targetOf('t-id0w'), targetOf('t-20s16')];
    expect(targetDigest(first.name)).toBe(targetDigest(second.name));
    const p1 = createPostgresProvider(first, { connectionString: dbA.grantorUrl });
    const p2 = createPostgresProvider(second, { connectionString: dbA.grantorUrl });
    try {
      await p2.grant(grantOn(second, 'twin-1'));
      expect(await managedIds(p1, first)).not.toContain('twin-1');
      const refused = await p1.revoke(grantOn(first, 'twin-1')).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toMatchObject({ code: 'E_PG_ROLE_CONFLICT' });
      expect(await aliceRuns(dbA, READ)).toBe('ok');
      expect(await sweep(p2, second, 'twin-1')).toBe('revoked');
    } finally {
      await Promise.all([p1.close(), p2.close()]);
    }
  });
});

describe('revocation on a shared cluster', () => {
  it("ends the grantee's sessions in the revoked target's database only", async () => {
    await pa.grant(grantOn(A, 'sessions-1'));
    await pb.grant(grantOn(B, 'sessions-1'));
    const inA = await server().connectAs('alice', dbA.name);
    const inB = await server().connectAs('alice', dbB.name);
    const elsewhere = await server().connectAs('alice', 'postgres');
    const pid = async (c: pg.Client): Promise<number> => (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? -1;
    const [pidA, pidB, pidElsewhere] = [await pid(inA), await pid(inB), await pid(elsewhere)];
    // An open cursor in B: the reason sessions are ended at all.
    await inB.query('BEGIN');
    await inB.query(`DECLARE c CURSOR FOR ${READ}`);
    try {
      await pb.revoke(grantOn(B, 'sessions-1'));
      expect(await sessionAlive(pidB)).toBe(false);
      expect(await sessionAlive(pidA)).toBe(true);
      expect(await sessionAlive(pidElsewhere)).toBe(true);
      // The session in A still holds A's grant, untouched.
      expect((await inA.query(READ)).rowCount).toBe(1);
    } finally {
      await Promise.allSettled([inA.end(), inB.end(), elsewhere.end()]);
    }
    await pa.revoke(grantOn(A, 'sessions-1'));
  });
});

describe('single flight on a shared cluster', () => {
  const deps = (urls: ReadonlyMap<string, string>) => ({
    connect: (t: Target) => createPostgresProvider(t as PostgresTarget, { connectionString: urls.get(t.name) ?? '' }) as Provider,
    retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    sleep: async () => undefined,
    logger: memoryLogger(),
  });

  it('one run holds every target, whether they share a database or only the cluster; a second run finds each busy', async () => {
    // orders-a-ops: a third target in the very database of orders-a.
    const ops = targetOf('orders-a-ops');
    const targets = new Map<string, Target>([A, B, ops].map((t) => [t.name, t]));
    const urls = new Map([
      [A.name, dbA.grantorUrl],
      [B.name, dbB.grantorUrl],
      [ops.name, dbA.grantorUrl],
    ]);
    const grantorSessions = async (): Promise<number> =>
      Number((await admin.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE usename = $1', [GRANTOR_ROLE])).rows[0]?.n);
    const idle = await grantorSessions();
    const first = await openTargets(targets, deps(urls));
    try {
      // Two connections per target (the work, the lock): what docs/postgres-grantor.sql sizes CONNECTION LIMIT by.
      expect((await grantorSessions()) - idle).toBe(2 * targets.size);
      expect(first.busy).toEqual([]);
      expect(first.problems).toEqual([]);
      for (const name of targets.keys()) expect(first.handle(name).state).toBe('ready');
      const second = await openTargets(targets, deps(urls));
      expect(second.busy).toEqual(['orders-a', 'orders-b', 'orders-a-ops']);
      await second.close();
    } finally {
      await first.close();
    }
    const third = await openTargets(targets, deps(urls));
    expect(third.busy).toEqual([]);
    await third.close();
  });

  it('excludes a run of an earlier version, which locked the whole database, both ways', async () => {
    const old = await server().connectAs(GRANTOR_ROLE, dbA.name);
    try {
      const take = async (): Promise<boolean> =>
        (await old.query<{ v: boolean }>('SELECT pg_try_advisory_lock($1::int8) AS v', [SINGLE_FLIGHT_KEY])).rows[0]?.v === true;
      expect(await take()).toBe(true);
      expect(await pa.singleFlight()).toBeUndefined();
      // Another database of the cluster is not that run's to lock.
      const onB = await pb.singleFlight();
      expect(onB?.held).toBe(true);
      await onB?.release();
      await old.query('SELECT pg_advisory_unlock_all()');

      const mine = await pa.singleFlight();
      expect(mine?.held).toBe(true);
      expect(await take()).toBe(false);
      await mine?.release();
      expect(await take()).toBe(true);
    } finally {
      await old.end();
    }
  });
});
