import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GithubError } from '../../src/github/index.js';
import { READ_TOKEN, startCheckFixture, type CheckFixture } from '../support/check/fixture.js';
import { requestYaml } from '../support/check/requests.js';

/** When GitHub cannot be read completely, or the run cannot trust what it read: fail closed. */
let fx: CheckFixture;
beforeAll(async () => {
  fx = await startCheckFixture();
});
afterEach(() => fx.gh.faults.clear());
afterAll(async () => fx.stop());

let ids = 0;
/** A request approved by an owner: whatever fails below, the approval must not carry the day. */
async function approvedRequest(extra: Record<string, string> = {}) {
  ids += 1;
  const pr = await fx.openPull({ [`access-requests/alice-inc-${4600 + ids}.yaml`]: requestYaml(), ...extra });
  await fx.gh.review(pr.number, { user: 'bob', state: 'APPROVED' });
  return pr;
}

const FILES = '/repos/{owner}/{repo}/pulls/{pull_number}/files';
const REVIEWS = '/repos/{owner}/{repo}/pulls/{pull_number}/reviews';

async function rejection(promise: Promise<unknown>): Promise<GithubError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GithubError)) throw new Error(`expected a GithubError, got ${String(error)}`);
  return error;
}

describe('check: failing closed', () => {
  it('a file list that lost its pagination link is refused, not half-read', async () => {
    const filler = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`zz/filler-${i}.txt`, `${i}\n`]));
    const pr = await approvedRequest(filler);
    fx.gh.inject({ route: FILES, times: 1, effect: { kind: 'drop-link' } });
    const error = await rejection(fx.check(pr.number));
    expect(error.code).toBe('E_GITHUB_LIST_TRUNCATED');
    expect(fx.checkComments(pr.number)).toEqual([]);
  });

  it('a review list that lost its pagination link is refused', async () => {
    const pr = await approvedRequest();
    for (let i = 0; i < 120; i++) await fx.gh.review(pr.number, { user: 'erin', state: 'COMMENTED' });
    fx.gh.inject({ route: REVIEWS, times: 1, effect: { kind: 'drop-link' } });
    expect((await rejection(fx.check(pr.number))).code).toBe('E_GITHUB_LIST_TRUNCATED');
  });

  it('GitHub failing beyond the retries fails the run with the outage code; no approval is assumed', async () => {
    const pr = await approvedRequest();
    fx.gh.inject({ route: REVIEWS, times: 20, effect: { kind: 'status', status: 502 } });
    const error = await rejection(fx.check(pr.number));
    expect(error.code).toBe('E_GITHUB_UNAVAILABLE');
    expect(error.message).toMatch(/^E_GITHUB_UNAVAILABLE GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/reviews: GitHub answered 502/);
    // Retried, then gave up: 1 try + 3 retries.
    expect(fx.gh.requests.log.filter((r) => r.key === `GET ${REVIEWS}` && r.fault === 'status')).toHaveLength(4);
    expect(fx.checkComments(pr.number)).toEqual([]);
  });

  it('a passing blip is retried and the check still decides', async () => {
    const pr = await approvedRequest();
    fx.gh.inject({ route: REVIEWS, times: 2, effect: { kind: 'status', status: 502 } });
    expect((await fx.check(pr.number)).outcome.decision).toBe('approved');
  });

  it('an event older than the head (force-pushed since) is not judged: the newer run decides', async () => {
    const pr = await approvedRequest();
    const stale = await fx.event(pr.number);
    // Same number of commits, different head: only the tip check can tell.
    const other = await fx.gh.commit({
      branch: `${pr.branch}-amended`,
      from: await fx.gh.refSha('main'),
      author: 'alice',
      files: { [`access-requests/alice-inc-${4600 + ids}.yaml`]: requestYaml({ duration: '8h' }) },
    });
    await fx.gh.setBranch(pr.branch, other);
    await fx.gh.review(pr.number, { user: 'bob', state: 'APPROVED', commitId: stale.headSha });
    const { outcome } = await fx.check(pr.number, { pull: stale });
    expect(outcome).toMatchObject({ decision: 'failed', reasonCodes: ['E_PR_HEAD_MOVED'] });
    expect(outcome.failure).toBeDefined();
  });

  it('a review event for a head that is no longer current is not judged', async () => {
    const pr = await approvedRequest();
    const stale = await fx.event(pr.number, 'pull_request_review');
    await fx.gh.commit({ branch: pr.branch, author: 'alice', files: { 'access-requests/extra-note.yaml': requestYaml() } });
    const { outcome } = await fx.check(pr.number, { pull: stale });
    expect(outcome).toMatchObject({ decision: 'failed', reasonCodes: ['E_PR_HEAD_MOVED'] });
  });

  it('a checkout without the base commit fails before anything is judged', async () => {
    const pr = await approvedRequest();
    const pull = { ...(await fx.event(pr.number)), baseSha: 'f'.repeat(40) };
    const { outcome } = await fx.check(pr.number, { pull });
    expect(outcome).toMatchObject({ decision: 'failed', reasonCodes: ['E_CHECKOUT_MISSING_BASE'] });
  });
});

describe('check: the comment is not the gate', () => {
  it('a token that may not comment (fork pull request) still decides, with a warning', async () => {
    const pr = await approvedRequest();
    const { outcome, log } = await fx.check(pr.number, { token: READ_TOKEN });
    expect(outcome.decision).toBe('approved');
    expect(outcome.summary).toContain('<!-- grantbook:check -->');
    expect(log.filter((l) => l.startsWith('warning:'))).toHaveLength(1);
    expect(fx.checkComments(pr.number)).toEqual([]);
  });

  it('a pull request that touches no request is left alone', async () => {
    const pr = await fx.openPull({ 'docs/notes.md': 'hello\n' });
    const pull = await fx.event(pr.number);
    fx.gh.requests.reset();
    const { outcome } = await fx.check(pr.number, { pull });
    expect(outcome).toMatchObject({ decision: 'nothing-to-do', reasonCodes: [], requests: [] });
    expect(outcome.failure).toBeUndefined();
    expect(fx.checkComments(pr.number)).toEqual([]);
    expect(fx.gh.requests.log.map((r) => r.key)).toEqual(['GET /repos/{owner}/{repo}/pulls/{pull_number}/files']);
  });

  it('a pull request that touches no request does not read the local checkout', async () => {
    const pr = await fx.openPull({ 'docs/more-notes.md': 'hello\n' });
    // A base commit the checkout lacks: judging would fail on it, triage never looks.
    const pull = { ...(await fx.event(pr.number)), baseSha: 'f'.repeat(40) };
    const { outcome } = await fx.check(pr.number, { pull });
    expect(outcome).toMatchObject({ decision: 'nothing-to-do', reasonCodes: [], requests: [] });
  });
});
