import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMerged } from '../../demo/apply-step.js';
import { revokeSweep } from '../../demo/revoke-step.js';
import { startWorld, type DemoWorld } from '../../demo/world.js';
import { githubLedgerStore } from '../../src/github/ledger-store.js';
import { readChain, type LedgerEvent } from '../../src/ledger/index.js';
import { fixedClock } from '../support/clock.js';

/**
 * "Already held" is what the person holds that no live Grantbook grant gave,
 * as the apply run stands when it reads it: a grant recorded earlier in the
 * same run counts, and so does a team a live grant added that passes a
 * repository permission on. Getting either wrong records the second grant's
 * access as held before, and revoking the first then takes away what the
 * second approved.
 */
const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
const HOUR = 3_600_000;
const clock = fixedClock(NOW);
let world: DemoWorld;

beforeAll(async () => {
  world = await startWorld(process.cwd(), () => clock.now());
  world.gh.addUser({ login: 'dave', id: 3141592 });
  world.gh.addOrgMember('dave');
  world.gh.setTeamMember('payments-leads', 'dave');
  world.gh.addTeam('payments-oncall');
  await world.gh.addRepo('payments-service');
}, 120_000);
afterAll(async () => {
  await world.stop();
});

type Part = { readonly team: string } | { readonly repo: string; readonly permission: 'pull' | 'triage' };

function onCall(parts: readonly Part[], extendsId?: string): string {
  return [
    ...(extendsId !== undefined ? [`extends: ${extendsId}`] : []),
    'requester: bob',
    'profile: payments-oncall',
    'duration: 1d',
    'reason: Primary on-call for payments, week 48',
    'grants:',
    ...parts.flatMap((p) =>
      'team' in p
        ? ['  - target: github-acme', `    team: ${p.team}`, '    role: member']
        : ['  - target: github-acme', `    repo: ${p.repo}`, `    permission: ${p.permission}`],
    ),
    '',
  ].join('\n');
}

/** bob's pull request adding one request, approved by dave and merged; returns the merge commit. */
async function merged(id: string, parts: readonly Part[], extendsId?: string): Promise<string> {
  const from = await world.gh.refSha('main');
  await world.gh.commit({ branch: id, from, author: 'bob', files: { [`access-requests/${id}.yaml`]: onCall(parts, extendsId) } });
  const number = await world.gh.openPull({ head: id, author: 'bob' });
  await world.gh.review(number, { user: 'dave', state: 'APPROVED' });
  return (await world.gh.merge(number, { by: 'dave', method: 'merge' })).sha;
}

async function events(id: string): Promise<LedgerEvent[]> {
  const store = githubLedgerStore(world.client, { owner: world.gh.owner, repo: world.gh.repo });
  const { chain } = await readChain(store, (await store.readTip('main')).commitSha);
  expect(chain.ok).toBe(true);
  return chain.events.filter((e) => e.request === id);
}

/** [kind, already_held] of each part of the request's intent and granted events. */
async function heldFlags(id: string): Promise<string[][]> {
  return (await events(id)).flatMap((e) =>
    e.type === 'intent' || e.type === 'granted' ? [e.grants.map((g) => `${g.spec.kind}:${g.already_held === true ? 'held' : 'ours'}`)] : [],
  );
}

/** The request file removed on main: given up early, so the next sweep revokes it. */
async function relinquish(id: string): Promise<void> {
  await world.gh.commit({ branch: 'main', files: { [`access-requests/${id}.yaml`]: null }, author: 'bob', message: `Give up ${id}` });
}

const membership = () => world.gh.state.teams.get('acme/payments-oncall')?.members.get('bob');
const direct = () => world.gh.repoRecord('payments-service').collaborators.get('bob');

describe('already held, as the apply run stands', () => {
  it('two requests landing in one run: neither is already held, and revoking the first is deferred to the second', async () => {
    const before = await world.gh.refSha('main');
    await merged('bob-oncall-run-1', [{ team: 'payments-oncall' }, { repo: 'payments-service', permission: 'pull' }]);
    const tip = await merged('bob-oncall-run-2', [{ team: 'payments-oncall' }, { repo: 'payments-service', permission: 'pull' }]);
    const applied = await applyMerged(world, { before: before ?? '', after: tip, clock });
    expect(applied.outcomes).toEqual([
      { id: 'bob-oncall-run-1', outcome: 'granted', codes: [] },
      { id: 'bob-oncall-run-2', outcome: 'granted', codes: [] },
    ]);
    for (const id of ['bob-oncall-run-1', 'bob-oncall-run-2']) {
      expect(await heldFlags(id)).toEqual([
        ['team:ours', 'repo:ours'],
        ['team:ours', 'repo:ours'],
      ]);
    }

    await relinquish('bob-oncall-run-1');
    const first = await revokeSweep(world, fixedClock(NOW + HOUR));
    expect(first.plan.deferred).toEqual([{ request: 'bob-oncall-run-1', target: 'github-acme', heldBy: 'bob-oncall-run-2' }]);
    expect(membership()).toEqual({ role: 'member', state: 'active' });
    expect(direct()).toBe('pull');

    await relinquish('bob-oncall-run-2');
    const second = await revokeSweep(world, fixedClock(NOW + 2 * HOUR));
    expect(second.outcomes.map((o) => o.item.request).sort()).toEqual(['bob-oncall-run-1', 'bob-oncall-run-2']);
    expect(membership()).toBeUndefined();
    expect(direct()).toBeUndefined();
  }, 120_000);

  it('an extension landing in the same run as the grant it extends is applied, and supersedes it', async () => {
    const before = await world.gh.refSha('main');
    await merged('bob-oncall-ext-1', [{ team: 'payments-oncall' }]);
    const tip = await merged('bob-oncall-ext-2', [{ team: 'payments-oncall' }], 'bob-oncall-ext-1');
    const applied = await applyMerged(world, { before: before ?? '', after: tip, clock });
    expect(applied.outcomes).toEqual([
      { id: 'bob-oncall-ext-1', outcome: 'granted', codes: [] },
      { id: 'bob-oncall-ext-2', outcome: 'granted', codes: [] },
    ]);
    expect(await heldFlags('bob-oncall-ext-2')).toEqual([['team:ours'], ['team:ours']]);
    // Superseded, but the extension holds the very same membership: deferred to it.
    const sweep = await revokeSweep(world, fixedClock(NOW + HOUR));
    expect(sweep.plan.deferred).toEqual([{ request: 'bob-oncall-ext-1', target: 'github-acme', heldBy: 'bob-oncall-ext-2' }]);
    expect(membership()).toEqual({ role: 'member', state: 'active' });
    await relinquish('bob-oncall-ext-2');
    const last = await revokeSweep(world, fixedClock(NOW + 2 * HOUR));
    expect(last.outcomes.map((o) => [o.item.request, o.item.cause]).sort()).toEqual([
      ['bob-oncall-ext-1', 'superseded'],
      ['bob-oncall-ext-2', 'relinquished'],
    ]);
    expect(membership()).toBeUndefined();
  }, 120_000);

  it("a permission a live grant's team passes on is not already held: the repository grant stands on its own", async () => {
    world.gh.removeTeamMember('payments-oncall', 'bob');
    world.gh.setCollaborator('bob', undefined, 'payments-service');
    world.gh.setTeamRepo('payments-oncall', 'triage', 'payments-service');
    try {
      const before = await world.gh.refSha('main');
      const tip = await merged('bob-oncall-team-1', [{ team: 'payments-oncall' }]);
      expect((await applyMerged(world, { before: before ?? '', after: tip, clock })).decision).toBe('granted');

      const later = await world.gh.refSha('main');
      const repoTip = await merged('bob-oncall-repo-1', [{ repo: 'payments-service', permission: 'triage' }]);
      expect((await applyMerged(world, { before: later ?? '', after: repoTip, clock })).decision).toBe('granted');
      expect(await heldFlags('bob-oncall-repo-1')).toEqual([['repo:ours'], ['repo:ours']]);
      expect(direct()).toBe('triage');

      // The team grant ends; the repository grant keeps what it approved.
      await relinquish('bob-oncall-team-1');
      await revokeSweep(world, fixedClock(NOW + HOUR));
      expect(membership()).toBeUndefined();
      expect(direct()).toBe('triage');

      await relinquish('bob-oncall-repo-1');
      const last = await revokeSweep(world, fixedClock(NOW + 2 * HOUR));
      expect(last.outcomes.map((o) => o.item.request)).toEqual(['bob-oncall-repo-1']);
      expect(direct()).toBeUndefined();
    } finally {
      world.gh.setTeamRepo('payments-oncall', undefined, 'payments-service');
    }
  }, 120_000);
});
