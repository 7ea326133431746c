import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMerged } from '../../demo/apply-step.js';
import { revokeSweep } from '../../demo/revoke-step.js';
import { startWorld, type DemoWorld } from '../../demo/world.js';
import { githubLedgerStore } from '../../src/github/ledger-store.js';
import { readChain, type LedgerEvent, type LedgerStore } from '../../src/ledger/index.js';
import { applyMarker } from '../../src/report/markers.js';
import type { Provider } from '../../src/providers/contract.js';
import { requestRoleName } from '../../src/providers/postgres/names.js';
import { fixedClock } from '../support/clock.js';
import { runCli } from '../support/cli.js';
import type { SampleDatabase } from '../support/postgres.js';

/**
 * Apply mode, then revoke mode, for one request granting in two databases of
 * one PostgreSQL server (two targets of one cluster), over real git, the
 * GitHub stand-in and a real PostgreSQL.
 */
const run = promisify(execFile);
const ROOT = process.cwd();
const START = Date.UTC(2026, 10, 28, 9, 0, 0);
const B_ENV = 'GRANTBOOK_PG_ORDERS_B';
let now = START;
let base: DemoWorld;
/** The world with the second target's credential in the environment, as the apply and revoke jobs would have it. */
let world: DemoWorld;
let dbB: SampleDatabase;
let n = 0;

class Crash extends Error {}

beforeAll(async () => {
  base = await startWorld(ROOT, () => now);
  dbB = await base.pg.createSampleDatabase();
  world = { ...base, env: { ...base.env, [B_ENV]: dbB.grantorUrl } };
  // The security team adds the second database of the cluster as a target, and lets the profile reach it.
  const targets = await readFile(path.join(ROOT, 'policies/targets.yaml'), 'utf8');
  const profile = await readFile(path.join(ROOT, 'policies/orders-readonly.yaml'), 'utf8');
  const allowB = [
    '  - target: orders-b',
    '    privileges: [SELECT]',
    '    tables:',
    '      - name: public.orders',
    '        columns: [id, status, created_at, amount_cents]',
    '',
  ].join('\n');
  if (!profile.includes('\nbundles:')) throw new Error('the example profile changed shape');
  await base.gh.commit({
    branch: 'main',
    author: 'sam',
    message: 'Billing database of the orders cluster',
    files: {
      'policies/targets.yaml': `${targets}  orders-b:\n    provider: postgres\n    description: Second database of the orders cluster\n    connection_env: ${B_ENV}\n    grantor_role: grantbook_grantor\n    protected_roles: [orders_owner]\n`,
      'policies/orders-readonly.yaml': profile.replace('\nbundles:', `\n${allowB}bundles:`),
    },
  });
}, 120_000);
afterAll(async () => {
  await base.stop();
});

const requestYaml = [
  'requester: alice',
  'profile: orders-readonly',
  'duration: 2h',
  'reason: Compare order states between the two databases for INC-4211',
  'ticket: INC-4211',
  'grants:',
  '  - target: orders-prod',
  '    privileges: [SELECT]',
  '    table: public.orders',
  '    columns: [id, status]',
  '  - target: orders-b',
  '    privileges: [SELECT]',
  '    table: public.orders',
  '    columns: [id, status]',
  '',
].join('\n');

async function mergedRequest() {
  const id = `alice-two-db-${++n}`;
  const branch = `two-db-${n}`;
  const before = await world.gh.refSha('main');
  await world.gh.commit({ branch, from: before, author: 'alice', message: 'Request', files: { [`access-requests/${id}.yaml`]: requestYaml } });
  const number = await world.gh.openPull({ head: branch, author: 'alice' });
  await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
  const merged = await world.gh.merge(number, { by: 'bob', method: 'merge' });
  if (before === undefined) throw new Error('main has no tip');
  return { id, number, push: { before, after: merged.sha, clock: fixedClock(now) } };
}

async function eventsOf(id: string): Promise<LedgerEvent[]> {
  const store = githubLedgerStore(world.client, { owner: world.gh.owner, repo: world.gh.repo });
  const { chain } = await readChain(store, (await store.readTip('main')).commitSha);
  expect(chain.ok).toBe(true);
  return chain.events.filter((e) => e.request === id);
}

/** Can alice read the two granted columns in `database`? Asked as alice herself. */
async function aliceReads(database: string): Promise<boolean> {
  const alice = await world.pg.connectAs('alice', database);
  try {
    await alice.query('SELECT id, status FROM public.orders LIMIT 1');
    return true;
  } catch {
    return false;
  } finally {
    await alice.end();
  }
}

async function roleExists(role: string): Promise<boolean> {
  const admin = await world.pg.admin();
  try {
    return (await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 1;
  } finally {
    await admin.end();
  }
}

const databases = (): { a: string; b: string } => ({ a: world.db.name, b: dbB.name });

describe('one request, two databases of one cluster, through apply and revoke', () => {
  it('grants in both databases, revokes both and verifies each, and the ledger verifies', async () => {
    const { id, push } = await mergedRequest();
    const applied = await applyMerged(world, push);
    expect(applied.outcomes).toEqual([{ id, outcome: 'granted', codes: [] }]);
    expect(await aliceReads(databases().a)).toBe(true);
    expect(await aliceReads(databases().b)).toBe(true);
    expect(await roleExists(requestRoleName('orders-prod', id))).toBe(true);
    expect(await roleExists(requestRoleName('orders-b', id))).toBe(true);
    const granted = (await eventsOf(id)).find((e) => e.type === 'granted');
    expect(granted?.type === 'granted' && granted.grants.map((g) => g.target)).toEqual(['orders-prod', 'orders-b']);

    const sweep = await revokeSweep(world, fixedClock(now + 3 * 3_600_000));
    expect(sweep.failure).toBeUndefined();
    const mine = await eventsOf(id);
    expect(mine.map((e) => e.type)).toEqual(['intent', 'granted', 'revoked', 'activity', 'activity']);
    expect(mine[2]).toMatchObject({ type: 'revoked', cause: 'expired', targets: ['orders-prod', 'orders-b'], verified: true });
    expect(mine.filter((e) => e.type === 'activity').map((e) => e.type === 'activity' && e.target)).toEqual(['orders-prod', 'orders-b']);
    expect(await aliceReads(databases().a)).toBe(false);
    expect(await aliceReads(databases().b)).toBe(false);
    expect(await roleExists(requestRoleName('orders-prod', id))).toBe(false);
    expect(await roleExists(requestRoleName('orders-b', id))).toBe(false);

    const checkout = await mkdtemp(path.join(tmpdir(), 'grantbook-audit-two-db-'));
    try {
      await run('git', ['clone', '--quiet', world.gh.gitOf().dir, checkout]);
      const verify = await runCli(['audit', 'verify'], { cwd: checkout });
      expect(verify.stderr).toBe('');
      expect(verify.code).toBe(0);
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });

  it('a run that dies between the two databases is repaired: the next apply abandons it, the next revoke removes the half', async () => {
    const { id, push } = await mergedRequest();
    // The process dies as the second target's grant starts: nothing runs after, no rollback, no ledger write.
    let dead = false;
    const alive = (): void => {
      if (dead) throw new Crash('the run is gone');
    };
    const dying = (p: Provider): Provider => ({
      ...p,
      grant: async (g) => {
        alive();
        if (g.target.name === 'orders-b') {
          dead = true;
          throw new Crash('died between the two targets');
        }
        await p.grant(g);
      },
      revoke: async (g) => {
        alive();
        await p.revoke(g);
      },
      inspect: async (g) => {
        alive();
        return p.inspect(g);
      },
    });
    const deadStore = (store: LedgerStore): LedgerStore => ({
      ...store,
      writeCommit: async (input) => {
        alive();
        return store.writeCommit(input);
      },
    });
    await expect(applyMerged(world, push, { provider: dying, store: deadStore })).rejects.toBeInstanceOf(Crash);
    // The crash window: database A holds the grant, B does not, the ledger only the intent.
    expect(await aliceReads(databases().a)).toBe(true);
    expect(await aliceReads(databases().b)).toBe(false);
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(['intent']);

    now += 5 * 60_000;
    const rerun = await applyMerged(world, { ...push, clock: fixedClock(now) });
    expect(rerun.outcomes).toEqual([{ id, outcome: 'refused', codes: ['E_APPLY_INTERRUPTED'] }]);
    expect(await aliceReads(databases().a)).toBe(true);

    const sweep = await revokeSweep(world, fixedClock(now + 60_000));
    expect(sweep.failure).toBeUndefined();
    const mine = await eventsOf(id);
    expect(mine.map((e) => e.type)).toEqual(['intent', 'grant_refused', 'drift_found', 'revoked', 'activity', 'activity']);
    // Found in place on A only: B never held it, and A's role is not B's drift.
    expect(mine.filter((e) => e.type === 'drift_found').map((e) => e.type === 'drift_found' && e.target)).toEqual(['orders-prod']);
    expect(mine[3]).toMatchObject({ type: 'revoked', cause: 'drift', targets: ['orders-prod', 'orders-b'], verified: true });
    expect(await aliceReads(databases().a)).toBe(false);
    expect(await aliceReads(databases().b)).toBe(false);
    expect(await roleExists(requestRoleName('orders-prod', id))).toBe(false);
    expect(await roleExists(requestRoleName('orders-b', id))).toBe(false);
    // Nothing left for either run.
    expect((await applyMerged(world, { ...push, clock: fixedClock(now) })).decision).toBe('nothing-to-do');
    expect((await revokeSweep(world, fixedClock(now + 120_000))).decision).toBe('nothing-due');
  });

  it('a grant that fails on the second database, whose rollback fails there too, is reported target by target, and the next revoke removes what was left', async () => {
    const { id, number, push } = await mergedRequest();
    // orders-b takes the grant, then the connection drops before apply hears back; revoking there fails too.
    let rollbackAttempts = 0;
    const flaky = (p: Provider): Provider => ({
      ...p,
      grant: async (g) => {
        await p.grant(g);
        if (g.target.name === 'orders-b') throw new Error('connection to orders-b terminated unexpectedly');
      },
      revoke: async (g) => {
        if (g.target.name === 'orders-b') {
          rollbackAttempts += 1;
          throw new Error('connection to orders-b refused');
        }
        await p.revoke(g);
      },
    });
    const applied = await applyMerged(world, push, { provider: flaky });
    expect(applied.outcomes).toEqual([{ id, outcome: 'failed', codes: ['E_APPLY_PROVIDER_FAILED', 'E_APPLY_ROLLBACK_FAILED'] }]);
    expect(rollbackAttempts).toBe(1);
    // What is left: the second database still grants; the first was rolled back.
    expect(await aliceReads(databases().a)).toBe(false);
    expect(await aliceReads(databases().b)).toBe(true);
    expect(await roleExists(requestRoleName('orders-prod', id))).toBe(false);
    expect(await roleExists(requestRoleName('orders-b', id))).toBe(true);

    // The ledger: refused, and the rollback that failed as a failed revocation of that target.
    const recorded = await eventsOf(id);
    expect(recorded.map((e) => e.type)).toEqual(['intent', 'grant_refused', 'revoke_failed']);
    expect(recorded[1]?.type === 'grant_refused' && recorded[1].reasons.map((r) => r.code)).toEqual(['E_APPLY_PROVIDER_FAILED', 'E_APPLY_ROLLBACK_FAILED']);
    expect(recorded[2]).toMatchObject({ type: 'revoke_failed', target: 'orders-b', reason: { code: 'E_APPLY_ROLLBACK_FAILED' }, attempts: 1 });

    // The pull request and the issue say which target was rolled back and which was not.
    const issues = world.gh.state.issues.filter((i) => (i.body ?? '').includes(applyMarker(id)));
    expect(issues.map((i) => i.title)).toEqual([`Access request ${id} failed at apply and was not fully rolled back`]);
    const comments = world.gh.state.comments.filter((c) => c.issue === number && c.body.includes(applyMarker(id)));
    expect(comments).toHaveLength(1);
    for (const body of [issues[0]?.body ?? '', comments[0]?.body ?? '']) {
      expect(body).toContain('failed on `orders-b`: connection to orders\\-b terminated unexpectedly');
      expect(body).toContain('- `orders-b`: **not rolled back**: connection to orders\\-b refused');
      expect(body).toContain('- `orders-prod`: rolled back (revoked, verified by reading the provider back)');
      expect(body).toContain('One target could not be rolled back and may still hold what was applied there.');
      expect(body).not.toContain('Nothing of this request is in effect');
    }

    // The next scheduled run removes what was left, before the grant's time is up, and verifies it.
    now += 60_000;
    const sweep = await revokeSweep(world, fixedClock(now));
    expect(sweep.failure).toBeUndefined();
    const after = await eventsOf(id);
    expect(after.map((e) => e.type).slice(0, 5)).toEqual(['intent', 'grant_refused', 'revoke_failed', 'drift_found', 'revoked']);
    // Found still in place on orders-b only, then both targets verified revoked.
    expect(after.filter((e) => e.type === 'drift_found').map((e) => e.type === 'drift_found' && e.target)).toEqual(['orders-b']);
    expect(after[4]).toMatchObject({ type: 'revoked', cause: 'drift', targets: ['orders-prod', 'orders-b'], verified: true });
    expect(await aliceReads(databases().b)).toBe(false);
    expect(await roleExists(requestRoleName('orders-b', id))).toBe(false);
    expect((await applyMerged(world, { ...push, clock: fixedClock(now) })).decision).toBe('nothing-to-do');
    expect((await revokeSweep(world, fixedClock(now + 60_000))).decision).toBe('nothing-due');
  });
});
