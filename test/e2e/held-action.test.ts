import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type DemoWorld } from '../../demo/world.js';
import { githubLedgerStore } from '../../src/github/ledger-store.js';
import { readChain, type LedgerEvent } from '../../src/ledger/index.js';
import { revokedMarker } from '../../src/report/markers.js';
import { runApplyStep, runRevokeStep } from '../support/apply-action.js';
import { builtFile } from '../support/built-dist.js';
import { runCli } from '../support/cli.js';

/**
 * Invariant 9 end to end through the built action (dist/, bundled fresh
 * from src/) run as processes, against the stand-in: a person who already
 * holds part of what a merged request grants keeps it, exactly, through the
 * grant and its revocation; the ledger records those parts as already held,
 * and the pull request is told at grant and at revocation.
 */
const run = promisify(execFile);
let world: DemoWorld;
let runs = 0;

beforeAll(async () => {
  world = await startWorld(process.cwd(), () => Date.now());
  world.gh.addUser({ login: 'dave', id: 3141592 });
  world.gh.addOrgMember('dave');
  world.gh.setTeamMember('payments-leads', 'dave');
  world.gh.addTeam('payments-oncall');
  await world.gh.addRepo('payments-service');
  // carol may request on-call access through payments-eng.
  world.gh.setTeamMember('payments-eng', 'carol');
}, 120_000);
afterAll(async () => {
  await world.stop();
});

function onCallRequest(requester: string, permission: 'pull' | 'triage'): string {
  return [
    `requester: ${requester}`,
    'profile: payments-oncall',
    'duration: 1d',
    'reason: Primary on-call for payments, week 48',
    'grants:',
    '  - target: github-acme',
    '    team: payments-oncall',
    '    role: member',
    '  - target: github-acme',
    '    repo: payments-service',
    `    permission: ${permission}`,
    '',
  ].join('\n');
}

/** Merges an approved request, then runs the built action for the push. */
async function applyMerged(id: string, requester: string, text: string) {
  const before = await world.gh.refSha('main');
  await world.gh.commit({ branch: id, from: before, author: requester, files: { [`access-requests/${id}.yaml`]: text } });
  const number = await world.gh.openPull({ head: id, author: requester });
  await world.gh.review(number, { user: 'dave', state: 'APPROVED' });
  const merged = await world.gh.merge(number, { by: 'dave', method: 'merge' });
  await world.checkout();
  await run('git', ['-C', world.clone, 'checkout', '--quiet', merged.sha]);
  const result = await runApplyStep(world, builtFile('index.js'), { before: before ?? '', after: merged.sha, runId: String(5000 + ++runs) });
  return { number, result };
}

/** The request file removed on main (given up early), then the built action's scheduled revoke run. */
async function relinquishAndRevoke(id: string, by: string) {
  await world.gh.commit({ branch: 'main', files: { [`access-requests/${id}.yaml`]: null }, author: by, message: `Give up ${id}` });
  return runRevokeStep(world, builtFile('index.js'), String(6000 + ++runs));
}

async function eventsOf(id: string): Promise<LedgerEvent[]> {
  const store = githubLedgerStore(world.client, { owner: world.gh.owner, repo: world.gh.repo });
  const { chain } = await readChain(store, (await store.readTip('main')).commitSha);
  expect(chain.ok).toBe(true);
  return chain.events.filter((e) => e.request === id);
}

const comment = (number: number, marker: string): string => world.gh.state.comments.find((c) => c.issue === number && c.body.includes(marker))?.body ?? '';
const membership = (login: string) => world.gh.state.teams.get('acme/payments-oncall')?.members.get(login);
const permission = (login: string) => world.gh.repoRecord('payments-service').collaborators.get(login);

describe('the built action: access held before the grant stays', () => {
  it('a maintainer asking for membership and a permission: only the permission is granted and revoked', async () => {
    world.gh.setTeamMember('payments-oncall', 'bob', { role: 'maintainer' });
    const id = 'bob-oncall-held-1';
    const { number, result } = await applyMerged(id, 'bob', onCallRequest('bob', 'triage'));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'granted', requests: id });
    expect(membership('bob')).toEqual({ role: 'maintainer', state: 'active' });
    expect(permission('bob')).toBe('triage');

    const applied = await eventsOf(id);
    expect(applied.map((e) => e.type)).toEqual(['intent', 'granted']);
    for (const e of applied) {
      if (e.type !== 'intent' && e.type !== 'granted') continue;
      expect(e.grants.map((g) => [g.spec.kind, g.already_held])).toEqual([
        ['team', true],
        ['repo', undefined],
      ]);
    }
    const granted = comment(number, `<!-- grantbook:apply:${id} -->`);
    expect(granted).toContain('Already held before this grant, not given by Grantbook: nothing was granted for it, and revocation leaves it in place.');
    expect(granted).toContain('`github-acme: bob member of acme/payments-oncall`');
    expect(granted).not.toContain('bob triage');

    const revoked = await relinquishAndRevoke(id, 'bob');
    expect(revoked.code, revoked.stdout + revoked.stderr).toBe(0);
    expect(revoked.outputs).toMatchObject({ decision: 'revoked', requests: id });
    expect(membership('bob')).toEqual({ role: 'maintainer', state: 'active' });
    expect(permission('bob')).toBeUndefined();
    // The activity record of a GitHub grant says it is not observable.
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(['intent', 'granted', 'revoked', 'activity']);
    const note = comment(number, revokedMarker(id));
    expect(note).toContain('Left in place: held before the grant, not given by Grantbook.');
    expect(note).toContain('`github-acme: bob member of acme/payments-oncall`');

    // The story the ledger tells, from a checkout of main.
    await world.checkout();
    await run('git', ['-C', world.clone, 'checkout', '--quiet', 'refs/remotes/origin/main']);
    const story = await runCli(['audit', 'show', id], { cwd: world.clone });
    expect(story.code, story.stderr).toBe(0);
    expect(story.stdout).toContain('## Already held before the grant');
    expect(story.stdout).toContain('left them in place at revocation');
    expect(story.stdout).toContain('- github-acme: bob member of acme/payments-oncall');
    expect(story.stdout).toContain(
      'github-acme: bob member of acme/payments-oncall (already held; left in place); github-acme: bob triage on acme/payments-service',
    );
  }, 120_000);

  it('a member with pull asking for exactly that: nothing is granted, nothing is revoked, both stay', async () => {
    world.gh.setTeamMember('payments-oncall', 'carol');
    world.gh.setCollaborator('carol', 'pull', 'payments-service');
    const id = 'carol-oncall-held-1';
    const writes = () =>
      world.gh.requests.log.filter((r) => /^(PUT|DELETE) \/(orgs|repos)\/\{(org|owner)\}\/(teams|\{repo\}\/(collaborators|invitations))/.test(r.key)).length;
    const before = writes();
    const { number, result } = await applyMerged(id, 'carol', onCallRequest('carol', 'pull'));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'granted', requests: id });
    const granted = (await eventsOf(id)).find((e) => e.type === 'granted');
    expect(granted?.type === 'granted' ? granted.grants.map((g) => g.already_held) : []).toEqual([true, true]);
    expect(comment(number, `<!-- grantbook:apply:${id} -->`)).toContain('`github-acme: carol pull on acme/payments-service`');

    const revoked = await relinquishAndRevoke(id, 'carol');
    expect(revoked.code, revoked.stdout + revoked.stderr).toBe(0);
    expect(revoked.outputs).toMatchObject({ decision: 'revoked', requests: id });
    expect(membership('carol')).toEqual({ role: 'member', state: 'active' });
    expect(permission('carol')).toBe('pull');
    // No membership or collaborator write reached GitHub for this request, at grant or at revocation.
    expect(writes()).toBe(before);
    expect(comment(number, revokedMarker(id))).toContain('`github-acme: carol member of acme/payments-oncall`');
  }, 120_000);
});
