import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubClient } from '../../src/github/client.js';
import { GithubError } from '../../src/github/errors.js';
import { getPull, listPullCommits, listPullFiles, listPullReviews, listPullsForCommit } from '../../src/github/pulls.js';
import { type Fixture, startFixture } from './fixture.js';

const REVIEWS = '/repos/{owner}/{repo}/pulls/{pull_number}/reviews';
const FILES = '/repos/{owner}/{repo}/pulls/{pull_number}/files';

let f: Fixture;
let client: GithubClient;

beforeAll(async () => {
  f = await startFixture();
  client = f.client();
});
afterAll(async () => {
  await f.stop();
});

async function pullWithFiles(branch: string, count: number): Promise<number> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`access-requests/r-${String(i).padStart(4, '0')}.yaml`] = 'requester: alice\n';
  await f.gh.commit({ branch, author: 'alice', files, message: `${count} files` });
  return f.gh.openPull({ head: branch, author: 'alice' });
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GithubError);
  expect((error as GithubError).code).toBe(code);
}

describe('pull requests through the port', () => {
  it('reads a pull request into a plain object', async () => {
    const head = await f.gh.commit({ branch: 'plain', author: 'alice', files: { 'access-requests/a.yaml': 'x: 1\n' } });
    const n = await f.gh.openPull({ head: 'plain', author: 'alice', title: 'Access' });
    const pr = await getPull(client, f.repo, n);
    expect(pr).toMatchObject({ number: n, state: 'open', merged: false, headSha: head, headRef: 'plain', baseRef: 'main' });
    expect(pr.author).toEqual({ login: 'alice', id: f.gh.state.users.get('alice')?.id, type: 'User' });
    expect(pr.commits).toBe(1);
    expect(pr.changedFiles).toBe(1);
  });

  it('reads every review across pages, in order, for 31 and 150 reviews', async () => {
    for (const total of [31, 150]) {
      const n = await pullWithFiles(`reviews-${total}`, 1);
      const ids: number[] = [];
      for (let i = 0; i < total; i++) {
        ids.push(await f.gh.review(n, { user: i % 2 === 0 ? 'bob' : 'carol', state: i === total - 1 ? 'APPROVED' : 'COMMENTED' }));
      }
      const before = f.gh.requests.count(`GET ${REVIEWS}`);
      const reviews = await listPullReviews(client, f.repo, n);
      expect(reviews.map((r) => r.id)).toEqual(ids);
      expect(reviews.at(-1)?.state).toBe('APPROVED');
      expect(f.gh.requests.count(`GET ${REVIEWS}`) - before).toBe(Math.ceil(total / 100));
    }
  });

  it('probes past a full last page and accepts exactly 100 reviews', async () => {
    const n = await pullWithFiles('reviews-100', 1);
    for (let i = 0; i < 100; i++) await f.gh.review(n, { user: 'bob', state: 'COMMENTED' });
    expect(await listPullReviews(client, f.repo, n)).toHaveLength(100);
  });

  it('keeps a deleted reviewer (user null) and a null commit_id as they are', async () => {
    const n = await pullWithFiles('ghost-review', 1);
    await f.gh.review(n, { user: null, state: 'APPROVED', commitId: null });
    expect(await listPullReviews(client, f.repo, n)).toEqual([expect.objectContaining({ user: null, state: 'APPROVED', commitId: null })]);
  });

  it('fails closed when a Link header is dropped mid-list', async () => {
    const n = await pullWithFiles('reviews-truncated', 1);
    for (let i = 0; i < 250; i++) await f.gh.review(n, { user: 'bob', state: 'COMMENTED' });
    f.gh.inject({ route: REVIEWS, after: 1, times: 1, effect: { kind: 'drop-link' } });
    await expectCode(listPullReviews(client, f.repo, n), 'E_GITHUB_LIST_TRUNCATED');
  });

  it('fails closed when the first page of a longer list arrives without its Link header', async () => {
    const n = await pullWithFiles('reviews-first-page', 1);
    for (let i = 0; i < 101; i++) await f.gh.review(n, { user: 'bob', state: 'COMMENTED' });
    f.gh.inject({ route: REVIEWS, times: 1, effect: { kind: 'drop-link' } });
    await expectCode(listPullReviews(client, f.repo, n), 'E_GITHUB_LIST_TRUNCATED');
  });

  it('lists all files and checks them against changed_files; a dropped page fails closed', async () => {
    const n = await pullWithFiles('files-150', 150);
    const pr = await getPull(client, f.repo, n);
    expect(pr.changedFiles).toBe(150);
    const files = await listPullFiles(client, f.repo, pr);
    expect(files).toHaveLength(150);
    expect(files[0]).toMatchObject({ filename: 'access-requests/r-0000.yaml', status: 'added' });
    f.gh.inject({ route: FILES, times: 1, effect: { kind: 'drop-link' } });
    await expectCode(listPullFiles(client, f.repo, pr), 'E_GITHUB_LIST_TRUNCATED');
    // A pull request object that disagrees with the list is refused too.
    await expectCode(listPullFiles(client, f.repo, { ...pr, changedFiles: 151 }), 'E_GITHUB_LIST_TRUNCATED');
  });

  it("refuses a pull request past GitHub's 3,000-file cap without trusting the capped list", async () => {
    const n = await pullWithFiles('files-3001', 3001);
    const pr = await getPull(client, f.repo, n);
    expect(pr.changedFiles).toBe(3001);
    const before = f.gh.requests.count(`GET ${FILES}`);
    await expectCode(listPullFiles(client, f.repo, pr), 'E_GITHUB_PR_TOO_MANY_FILES');
    expect(f.gh.requests.count(`GET ${FILES}`)).toBe(before);
    // GitHub's list stops silently at 3,000 (and so does the stand-in): without
    // the changed_files check first, 3,000 of 3,001 would look like a whole list.
    expect(await listPullFiles(client, f.repo, { number: n, changedFiles: 3000 })).toHaveLength(3000);
  });

  it('lists commits with the accounts GitHub matched, and refuses more than 250', async () => {
    await f.gh.commit({ branch: 'commits', author: 'alice', files: { 'access-requests/c.yaml': '1\n' } });
    await f.gh.commit({ branch: 'commits', author: 'dave', files: { 'access-requests/c.yaml': '2\n' } });
    const n = await f.gh.openPull({ head: 'commits', author: 'alice' });
    const pr = await getPull(client, f.repo, n);
    const commits = await listPullCommits(client, f.repo, pr);
    expect(commits.map((c) => c.author?.login)).toEqual(['alice', 'dave']);
    expect(commits[1]?.parents).toEqual([commits[0]?.sha]);
    await expectCode(listPullCommits(client, f.repo, { number: n, commits: 251 }), 'E_GITHUB_PR_TOO_MANY_COMMITS');
    await expectCode(listPullCommits(client, f.repo, { number: n, commits: 3 }), 'E_GITHUB_LIST_TRUNCATED');
  });

  it('finds the merged pull request of a commit, waiting out a lagging index', async () => {
    await f.gh.commit({ branch: 'to-merge', author: 'alice', files: { 'access-requests/m.yaml': 'm\n' } });
    const n = await f.gh.openPull({ head: 'to-merge', author: 'alice' });
    await f.gh.lagReads('/repos/{owner}/{repo}/commits/{commit_sha}/pulls', 2);
    const { sha } = await f.gh.merge(n, { by: 'bob', method: 'squash' });
    const found = await listPullsForCommit(client, f.repo, sha, { attempts: 4, delayMs: 200 });
    expect(found).toEqual([expect.objectContaining({ number: n, merged: true, mergeCommitSha: sha })]);

    // Without polling, a lagging index answers "no pull request": the caller must not take that at face value.
    await f.gh.lagReads('/repos/{owner}/{repo}/commits/{commit_sha}/pulls', 1);
    await f.gh.commit({ branch: 'main', author: 'bob', files: { 'direct.txt': 'pushed\n' } });
    const direct = await f.gh.refSha('main');
    expect(await listPullsForCommit(client, f.repo, direct ?? '')).toEqual([]);
  });
});
