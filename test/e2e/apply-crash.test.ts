import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMerged } from '../../demo/apply-step.js';
import { revokeSweep } from '../../demo/revoke-step.js';
import { startWorld, type DemoWorld } from '../../demo/world.js';
import { githubLedgerStore } from '../../src/github/ledger-store.js';
import { readChain, type LedgerEvent, type LedgerStore } from '../../src/ledger/index.js';
import type { Provider } from '../../src/providers/contract.js';
import { DEFAULT_GRANTOR_ROLE } from '../support/grantor-setup.js';
import { requestRoleName } from '../../src/providers/postgres/names.js';
import { fixedClock } from '../support/clock.js';

/**
 * Crash safety of apply (invariant 6) over real git, the stand-in and a real
 * PostgreSQL: a run that stops between the provider call and the ledger
 * commit leaves an `intent`; the next apply run reads the provider back and
 * completes it, or abandons it so the revoke job removes what was applied.
 */
const ROOT = process.cwd();
const START = Date.UTC(2026, 10, 28, 9, 0, 0);
let now = START;
let world: DemoWorld;
let n = 0;

/** What dying at that point looks like to the code that was running. */
class Crash extends Error {}

beforeAll(async () => {
  world = await startWorld(ROOT, () => now);
});
afterAll(async () => {
  await world.stop();
});

const requestYaml = [
  'requester: alice',
  'profile: orders-readonly',
  'duration: 2h',
  'reason: Investigate duplicate charges reported in INC-4211',
  'ticket: INC-4211',
  'grants:',
  '  - target: orders-prod',
  '    privileges: [SELECT]',
  '    table: public.orders',
  '    columns: [id, status]',
  '',
].join('\n');

const breakGlassYaml = [
  'requester: carol',
  'profile: break-glass',
  'duration: 1h',
  "reason: Orders stuck in 'charging' after the processor outage; set them back",
  'ticket: SEV1-0042',
  'grants:',
  '  - target: orders-prod',
  '    privileges: [SELECT, UPDATE]',
  '    table: public.orders',
  '    columns: [id, status]',
  '',
].join('\n');

/** Opens, approves and merges one request; returns the push that landed it. */
async function mergedRequest(who: 'alice' | 'carol' = 'alice', yaml = requestYaml) {
  const id = `${who}-crash-${++n}`;
  const branch = `crash-${n}`;
  const before = await world.gh.refSha('main');
  await world.gh.commit({ branch, from: before, author: who, message: 'Request', files: { [`access-requests/${id}.yaml`]: yaml } });
  const number = await world.gh.openPull({ head: branch, author: who });
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

async function aliceReads(column: string): Promise<boolean> {
  const admin = await world.pg.admin(world.db.name);
  try {
    const res = await admin.query("SELECT has_column_privilege('alice', 'public.orders', $1, 'SELECT') AS ok", [column]);
    return (res.rows[0] as { ok: boolean }).ok;
  } finally {
    await admin.end();
  }
}

/** A store whose commit with a message starting `prefix` lands and then the process "dies". */
function dieAfterCommit(prefix: string): (store: LedgerStore) => LedgerStore {
  return (store) => {
    let pending = false;
    return {
      ...store,
      writeCommit: async (input) => {
        pending = input.message.startsWith(prefix);
        return store.writeCommit(input);
      },
      fastForward: async (branch, sha) => {
        const result = await store.fastForward(branch, sha);
        if (pending && result === 'ok') throw new Crash(`stopped after committing "${prefix}"`);
        return result;
      },
    };
  };
}

/** A store that dies instead of writing a commit whose message starts with `prefix`. */
function dieBeforeCommit(prefix: string): (store: LedgerStore) => LedgerStore {
  return (store) => ({
    ...store,
    writeCommit: async (input) => {
      if (input.message.startsWith(prefix)) throw new Crash(`stopped before committing "${prefix}"`);
      return store.writeCommit(input);
    },
  });
}

describe('apply after an interrupted run', () => {
  it('completes a grant the provider holds but the ledger never recorded', async () => {
    const { id, number, push } = await mergedRequest();
    await expect(applyMerged(world, push, { store: dieBeforeCommit(`grantbook: Grant ${id} `) })).rejects.toBeInstanceOf(Crash);
    // The crash window: PostgreSQL holds the grant, the ledger only the intent.
    expect(await aliceReads('status')).toBe(true);
    const [intent] = await eventsOf(id);
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(['intent']);

    now += 5 * 60_000; // the re-run starts five minutes later
    const rerun = await applyMerged(world, { ...push, clock: fixedClock(now) });
    expect(rerun.outcomes).toEqual([{ id, outcome: 'granted', codes: [] }]);
    const mine = await eventsOf(id);
    expect(mine.map((e) => e.type)).toEqual(['intent', 'granted']);
    const granted = mine[1];
    if (granted?.type !== 'granted' || intent?.type !== 'intent') throw new Error('unexpected events');
    // The intent's expiry (apply start + duration), never one restarted by the repair.
    expect(granted.expires_at).toBe(intent.expires_at);
    expect(granted.granted_at).toBe(intent.at);
    expect(granted.request_blob).toBe(intent.request_blob);
    expect(granted.approvers).toEqual(intent.approvers);
    expect(world.gh.state.comments.some((c) => c.issue === number && c.body.includes(`Granted \`${id}\` until ${intent.expires_at}`))).toBe(true);

    expect(world.gh.state.issues.some((i) => i.title === `Break-glass review: ${id}`)).toBe(false);

    const third = await applyMerged(world, { ...push, clock: fixedClock(now) });
    expect(third.decision).toBe('nothing-to-do');
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(['intent', 'granted']);
    now = START + 3 * 3_600_000;
    await revokeSweep(world, fixedClock(now));
    expect(await aliceReads('status')).toBe(false);
  });

  it('abandons an intent whose grant never reached the provider, and the revoke job retires it at once', async () => {
    const { id, number, push } = await mergedRequest();
    await expect(applyMerged(world, push, { store: dieAfterCommit(`grantbook: Intent to grant ${id}`) })).rejects.toBeInstanceOf(Crash);
    expect(await aliceReads('id')).toBe(false);

    const rerun = await applyMerged(world, { ...push, clock: fixedClock(now) });
    expect(rerun.outcomes).toEqual([{ id, outcome: 'refused', codes: ['E_APPLY_INTERRUPTED'] }]);
    expect(rerun.decision).toBe('refused');
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(['intent', 'grant_refused']);
    expect(world.gh.state.issues.some((i) => i.title.includes(`${id} was interrupted`))).toBe(true);
    expect(world.gh.state.comments.some((c) => c.issue === number && c.body.includes('E_APPLY_INTERRUPTED'))).toBe(true);
    expect(await aliceReads('id')).toBe(false);

    // Not an hour later: the abandoned intent needs no waiting.
    const sweep = await revokeSweep(world, fixedClock(now + 60_000));
    expect(sweep.failure).toBeUndefined();
    const mine = await eventsOf(id);
    expect(mine.map((e) => e.type)).toEqual(['intent', 'grant_refused', 'revoked', 'activity']);
    expect(mine[2]).toMatchObject({ type: 'revoked', cause: 'drift', verified: true });
    // And a later apply run has nothing left to repair.
    expect((await applyMerged(world, { ...push, clock: fixedClock(now) })).decision).toBe('nothing-to-do');
  });

  it('abandons a grant that was only partly in effect when the run died', async () => {
    const { id, push } = await mergedRequest();
    const role = requestRoleName('orders-prod', id);
    // The run dies after a provider call that did only part of its work: the
    // role exists with its privileges, the membership does not.
    const partly = (p: Provider): Provider => ({
      id: p.id,
      kinds: p.kinds,
      recordsHeld: p.recordsHeld,
      listsManaged: p.listsManaged,
      plan: (g) => p.plan(g),
      held: (g) => p.held(g),
      grant: async (g) => {
        await p.grant(g);
        const admin = await world.pg.admin(world.db.name);
        try {
          await admin.query(`REVOKE "${role}" FROM alice GRANTED BY ${DEFAULT_GRANTOR_ROLE}`);
        } finally {
          await admin.end();
        }
      },
      revoke: (g) => p.revoke(g),
      inspect: (g) => p.inspect(g),
      listManaged: (t) => p.listManaged(t),
      close: () => p.close(),
    });
    await expect(applyMerged(world, push, { provider: partly, store: dieBeforeCommit(`grantbook: Grant ${id} `) })).rejects.toBeInstanceOf(Crash);
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(['intent']);

    const rerun = await applyMerged(world, { ...push, clock: fixedClock(now) });
    expect(rerun.outcomes).toEqual([{ id, outcome: 'refused', codes: ['E_APPLY_INTERRUPTED'] }]);
    await revokeSweep(world, fixedClock(now + 60_000));
    const admin = await world.pg.admin(world.db.name);
    try {
      const left = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      expect(left.rowCount).toBe(0);
    } finally {
      await admin.end();
    }
    // The revoke run found the half-applied role on the provider and says so before revoking it.
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(['intent', 'grant_refused', 'drift_found', 'revoked', 'activity']);
  });

  it('opens the follow-up review of an emergency grant it completes', async () => {
    const { id, push } = await mergedRequest('carol', breakGlassYaml);
    await expect(applyMerged(world, push, { store: dieBeforeCommit(`grantbook: Grant ${id} `) })).rejects.toBeInstanceOf(Crash);
    expect(world.gh.state.issues.some((i) => i.title === `Break-glass review: ${id}`)).toBe(false);
    const rerun = await applyMerged(world, { ...push, clock: fixedClock(now) });
    expect(rerun.outcomes).toEqual([{ id, outcome: 'granted', codes: [] }]);
    expect(world.gh.state.issues.some((i) => i.title === `Break-glass review: ${id}`)).toBe(true);
  });
});

describe('an interrupted grant of a request whose membership was already held', () => {
  const onCall = (id: string) => ({
    [`access-requests/${id}.yaml`]: [
      'requester: bob',
      'profile: payments-oncall',
      'duration: 1d',
      'reason: Primary on-call for payments, week 48',
      'grants:',
      '  - target: github-acme',
      '    team: payments-oncall',
      '    role: member',
      '  - target: github-acme',
      '    repo: payments-service',
      '    permission: triage',
      '',
    ].join('\n'),
  });
  const membership = () => world.gh.state.teams.get('acme/payments-oncall')?.members.get('bob');
  const permission = () => world.gh.repoRecord('payments-service').collaborators.get('bob');

  beforeAll(async () => {
    world.gh.addUser({ login: 'dave', id: 3141592 });
    world.gh.addOrgMember('dave');
    world.gh.setTeamMember('payments-leads', 'dave');
    world.gh.addTeam('payments-oncall');
    await world.gh.addRepo('payments-service');
    world.gh.setTeamMember('payments-oncall', 'bob', { role: 'maintainer' });
  });

  async function merged() {
    const id = `bob-crash-${++n}`;
    const before = await world.gh.refSha('main');
    await world.gh.commit({ branch: id, from: before, author: 'bob', message: 'Request', files: onCall(id) });
    const number = await world.gh.openPull({ head: id, author: 'bob' });
    await world.gh.review(number, { user: 'dave', state: 'APPROVED' });
    const m = await world.gh.merge(number, { by: 'dave', method: 'merge' });
    if (before === undefined) throw new Error('main has no tip');
    return { id, number, push: { before, after: m.sha, clock: fixedClock(now) } };
  }

  it('repair records the held part as the intent did, and the revocation leaves it', async () => {
    const { id, number, push } = await merged();
    await expect(applyMerged(world, push, { store: dieBeforeCommit(`grantbook: Grant ${id} `) })).rejects.toBeInstanceOf(Crash);
    expect(permission()).toBe('triage');
    const rerun = await applyMerged(world, { ...push, clock: fixedClock(now) });
    expect(rerun.outcomes).toEqual([{ id, outcome: 'granted', codes: [] }]);
    const mine = await eventsOf(id);
    expect(mine.map((e) => (e.type === 'intent' || e.type === 'granted' ? [e.type, e.grants.map((g) => g.already_held === true)] : [e.type]))).toEqual([
      ['intent', [true, false]],
      ['granted', [true, false]],
    ]);
    expect(world.gh.state.comments.some((c) => c.issue === number && c.body.includes('`github-acme: bob member of acme/payments-oncall`'))).toBe(true);

    const sweep = await revokeSweep(world, fixedClock(now + 25 * 3_600_000));
    expect(sweep.failure).toBeUndefined();
    expect((await eventsOf(id)).map((e) => e.type)).toContain('revoked');
    expect(membership()).toEqual({ role: 'maintainer', state: 'active' });
    expect(permission()).toBeUndefined();
  });

  it('an intent abandoned before anything was granted is retired without touching the held membership', async () => {
    const { id, push } = await merged();
    await expect(applyMerged(world, push, { store: dieAfterCommit(`grantbook: Intent to grant ${id}`) })).rejects.toBeInstanceOf(Crash);
    const rerun = await applyMerged(world, { ...push, clock: fixedClock(now) });
    expect(rerun.outcomes).toEqual([{ id, outcome: 'refused', codes: ['E_APPLY_INTERRUPTED'] }]);
    const sweep = await revokeSweep(world, fixedClock(now + 60_000));
    expect(sweep.failure).toBeUndefined();
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(['intent', 'grant_refused', 'revoked', 'activity']);
    expect(membership()).toEqual({ role: 'maintainer', state: 'active' });
    expect(permission()).toBeUndefined();
  });
});
