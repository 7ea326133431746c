import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubClient } from '../../src/github/client.js';
import { getFileAtRef } from '../../src/github/files.js';
import { getCommit, getRef } from '../../src/github/git-data.js';
import { getPull, listPullFiles, listPullReviews, listPullsForCommit } from '../../src/github/pulls.js';
import { type Fixture, startFixture } from './fixture.js';

/** The stand-in's git is real: merges make the commits GitHub's button makes. */
let f: Fixture;
let client: GithubClient;

beforeAll(async () => {
  f = await startFixture();
  client = f.client();
});
afterAll(async () => {
  await f.stop();
});

const text = async (sha: string, path: string): Promise<string | undefined> => {
  const file = await getFileAtRef(client, f.repo, sha, path);
  return file?.bytes === undefined ? undefined : new TextDecoder().decode(file.bytes);
};

/** A branch with two commits by alice, while main moves on with an unrelated commit by bob. */
async function divergedPull(branch: string): Promise<{ number: number; prCommits: string[]; baseBefore: string }> {
  const c1 = await f.gh.commit({ branch, author: 'alice', message: `${branch} one`, files: { [`access-requests/${branch}.yaml`]: 'v1\n' } });
  const c2 = await f.gh.commit({ branch, author: 'alice', message: `${branch} two`, files: { [`access-requests/${branch}.yaml`]: 'v2\n' } });
  const baseBefore = await f.gh.commit({ branch: 'main', author: 'bob', files: { [`policies/${branch}.yaml`]: 'p\n' } });
  const number = await f.gh.openPull({ head: branch, author: 'alice', title: `Access ${branch}` });
  return { number, prCommits: [c1, c2], baseBefore };
}

describe('merging in the stand-in', () => {
  it('merge commit: two parents, both sides in the tree, every commit associated with the PR', async () => {
    const { number, prCommits, baseBefore } = await divergedPull('merge-me');
    const { sha } = await f.gh.merge(number, { by: 'bob', method: 'merge' });
    const commit = await getCommit(client, f.repo, sha);
    expect(commit.parents).toEqual([baseBefore, prCommits[1]]);
    expect(commit.message).toMatch(new RegExp(`^Merge pull request #${number} from acme/merge-me\\n\\nAccess merge-me`));
    expect(await text(sha, 'access-requests/merge-me.yaml')).toBe('v2\n');
    expect(await text(sha, 'policies/merge-me.yaml')).toBe('p\n');
    expect(await getRef(client, f.repo, 'heads/main')).toBe(sha);
    const pr = await getPull(client, f.repo, number);
    expect(pr).toMatchObject({ state: 'closed', merged: true, mergeCommitSha: sha, headSha: prCommits[1], baseSha: baseBefore });
    for (const c of [sha, ...prCommits]) {
      expect((await listPullsForCommit(client, f.repo, c)).map((p) => p.number)).toEqual([number]);
    }
  });

  it('squash: one commit on the base by the PR author, the PR found from it', async () => {
    const { number, prCommits, baseBefore } = await divergedPull('squash-me');
    const { sha } = await f.gh.merge(number, { by: 'bob', method: 'squash' });
    const commit = await getCommit(client, f.repo, sha);
    expect(commit.parents).toEqual([baseBefore]);
    expect(commit.author.email).toBe(f.gh.state.users.get('alice')?.email);
    expect(commit.message).toBe(`Access squash-me (#${number})\n\n* squash-me one\n\n* squash-me two\n`);
    expect(await text(sha, 'access-requests/squash-me.yaml')).toBe('v2\n');
    expect((await listPullsForCommit(client, f.repo, sha)).map((p) => p.number)).toEqual([number]);
    // The original branch commits are not on main, and still lead to the merged PR.
    expect((await listPullsForCommit(client, f.repo, prCommits[0] ?? '')).map((p) => p.merged)).toEqual([true]);
  });

  it('rebase: each commit replayed on the base with its author and message, a new SHA each', async () => {
    const { number, prCommits, baseBefore } = await divergedPull('rebase-me');
    const { sha, associated } = await f.gh.merge(number, { by: 'bob', method: 'rebase' });
    expect(associated).toHaveLength(2);
    expect(associated[1]).toBe(sha);
    const [r1, r2] = await Promise.all(associated.map((c) => getCommit(client, f.repo, c)));
    const [o1, o2] = await Promise.all(prCommits.map((c) => getCommit(client, f.repo, c)));
    expect(r1?.parents).toEqual([baseBefore]);
    expect(r2?.parents).toEqual([associated[0]]);
    expect([r1?.message, r2?.message]).toEqual([o1?.message, o2?.message]);
    expect(r1?.author).toEqual(o1?.author);
    expect(r1?.committer.email).toBe('noreply@github.com');
    expect(associated).not.toContain(prCommits[0]);
    expect(await text(sha, 'policies/rebase-me.yaml')).toBe('p\n');
    for (const c of associated) expect((await listPullsForCommit(client, f.repo, c)).map((p) => p.number)).toEqual([number]);
  });

  it('refuses to rebase when a path changed on both sides', async () => {
    await f.gh.commit({ branch: 'main', author: 'bob', files: { 'shared.txt': 'base\n' } });
    await f.gh.commit({ branch: 'conflict', author: 'alice', files: { 'shared.txt': 'theirs\n' } });
    await f.gh.commit({ branch: 'main', author: 'bob', files: { 'shared.txt': 'ours\n' } });
    const number = await f.gh.openPull({ head: 'conflict', author: 'alice' });
    const tip = await f.gh.refSha('main');
    await expect(f.gh.merge(number, { by: 'bob', method: 'rebase' })).rejects.toThrow(/changed on both sides/);
    await expect(f.gh.merge(number, { by: 'bob', method: 'merge' })).rejects.toThrow(/conflicts/);
    expect(await f.gh.refSha('main')).toBe(tip);
  });
});

describe('pull request data computed from git', () => {
  it('lists files of the three-dot diff with GitHub statuses, and follows pushes to the head', async () => {
    await f.gh.commit({
      branch: 'main',
      author: 'bob',
      files: { 'docs/old-name.md': 'a\nb\nc\nd\ne\nf\n', 'docs/edit.md': 'x\n', 'docs/gone.md': 'bye\n' },
    });
    const first = await f.gh.commit({
      branch: 'files',
      author: 'alice',
      files: {
        'docs/old-name.md': null,
        'docs/new-name.md': 'a\nb\nc\nd\ne\nf\n',
        'docs/edit.md': 'y\n',
        'docs/gone.md': null,
        'docs/added.md': 'new\n',
      },
    });
    await f.gh.commit({ branch: 'main', author: 'bob', files: { 'unrelated.md': 'main moved\n' } });
    const number = await f.gh.openPull({ head: 'files', author: 'alice' });
    await f.gh.review(number, { user: 'bob', state: 'APPROVED' });
    const pr = await getPull(client, f.repo, number);
    const files = await listPullFiles(client, f.repo, pr);
    expect(files.map((x) => [x.filename, x.status, x.previousFilename])).toEqual([
      ['docs/added.md', 'added', undefined],
      ['docs/edit.md', 'modified', undefined],
      ['docs/gone.md', 'removed', undefined],
      ['docs/new-name.md', 'renamed', 'docs/old-name.md'],
    ]);
    const pushed = await f.gh.commit({ branch: 'files', author: 'alice', files: { 'docs/added.md': 'newer\n' } });
    const after = await getPull(client, f.repo, number);
    expect([after.headSha, after.commits]).toEqual([pushed, 2]);
    // A review stays on the commit it was made on: approval of `first`, not of the new head.
    expect((await listPullReviews(client, f.repo, number)).map((r) => r.commitId)).toEqual([first]);
  });

  it('counts requests per route template, faulted ones included', async () => {
    const key = 'GET /repos/{owner}/{repo}/git/ref/{ref}';
    const before = f.gh.requests.count(key);
    f.gh.inject({ route: '/repos/{owner}/{repo}/git/ref/{ref}', method: 'GET', times: 1, effect: { kind: 'status', status: 500 } });
    await getRef(client, f.repo, 'heads/main');
    await getRef(client, f.repo, 'heads/feature/with/slashes');
    expect(f.gh.requests.count(key) - before).toBe(3);
    expect(f.gh.requests.log.filter((e) => e.key === key && e.fault === 'status')).toHaveLength(1);
    expect(f.gh.serverErrors).toEqual([]);
  });
});
