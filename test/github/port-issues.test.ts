import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubClient } from '../../src/github/client.js';
import type { GithubError } from '../../src/github/errors.js';
import { createIssue, findIssueByMarker, updateIssue, upsertCommentByMarker } from '../../src/github/issues.js';
import { type Fixture, startFixture } from './fixture.js';

const MARKER = '<!-- grantbook:check -->';
const POST_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const PATCH_COMMENT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';

let f: Fixture;
let client: GithubClient;
let pr: number;

beforeAll(async () => {
  f = await startFixture();
  client = f.client();
  await f.gh.commit({ branch: 'req', author: 'alice', files: { 'access-requests/a.yaml': 'a\n' } });
  pr = await f.gh.openPull({ head: 'req', author: 'alice' });
});
afterAll(async () => {
  await f.stop();
});

const comments = () => f.gh.state.comments.filter((c) => c.issue === pr);

describe('the PR comment, one per marker, updated in place', () => {
  it('creates the comment once, then updates that same comment', async () => {
    const first = await upsertCommentByMarker(client, f.repo, pr, MARKER, `${MARKER}\nDecision: pending`);
    expect(first.action).toBe('created');
    const second = await upsertCommentByMarker(client, f.repo, pr, MARKER, `${MARKER}\nDecision: approved`);
    expect(second).toEqual({ id: first.id, action: 'updated' });
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toBe(`${MARKER}\nDecision: approved`);
    const posts = f.gh.requests.count(POST_COMMENT);
    const patches = f.gh.requests.count(PATCH_COMMENT);
    expect(await upsertCommentByMarker(client, f.repo, pr, MARKER, `${MARKER}\nDecision: approved`)).toEqual({
      id: first.id,
      action: 'unchanged',
    });
    expect([f.gh.requests.count(POST_COMMENT), f.gh.requests.count(PATCH_COMMENT)]).toEqual([posts, patches]);
  });

  it('finds its comment past the first pages, and leaves a comment by someone else quoting the marker', async () => {
    await f.gh.commit({ branch: 'busy', author: 'alice', files: { 'access-requests/b.yaml': 'b\n' } });
    const busy = await f.gh.openPull({ head: 'busy', author: 'alice' });
    const quoted = { id: f.gh.addComment(busy, 'alice', `quoting ${MARKER}`) };
    for (let i = 0; i < 130; i++) f.gh.addComment(busy, i % 2 === 0 ? 'bob' : 'carol', `comment ${i}`);
    const ours = await upsertCommentByMarker(client, f.repo, busy, MARKER, `${MARKER}\nv1`, { author: 'github-actions[bot]' });
    expect(ours.action).toBe('created');
    expect(ours.id).not.toBe(quoted.id);
    const again = await upsertCommentByMarker(client, f.repo, busy, MARKER, `${MARKER}\nv2`, { author: 'github-actions[bot]' });
    expect(again).toEqual({ id: ours.id, action: 'updated' });
    expect(f.gh.state.comments.find((c) => c.id === quoted.id)?.body).toBe(`quoting ${MARKER}`);
  });

  it('refuses a marker that is not a plain HTML comment, or a body without it', async () => {
    for (const [marker, body] of [
      ['grantbook', 'grantbook'],
      ['<!-- a --> <!-- b -->', '<!-- a --> <!-- b -->'],
      [MARKER, 'no marker'],
    ] as const) {
      const error = await upsertCommentByMarker(client, f.repo, pr, marker, body).catch((e: unknown) => e);
      expect((error as GithubError).code).toBe('E_GITHUB_INVALID_NAME');
    }
  });
});

describe('issues found by marker', () => {
  it('creates, finds (skipping pull requests and other labels) and closes an issue', async () => {
    const marker = '<!-- grantbook:revoke-failed:orders-prod -->';
    expect(await findIssueByMarker(client, f.repo, marker, { labels: ['grantbook'] })).toBeUndefined();
    await createIssue(client, f.repo, { title: 'unrelated', body: marker, labels: ['other'] });
    const created = await createIssue(client, f.repo, {
      title: 'Revocation failed: orders-prod',
      body: `${marker}\nfirst failure`,
      labels: ['grantbook', 'revoke-failed'],
    });
    expect(created).toMatchObject({ state: 'open', labels: ['grantbook', 'revoke-failed'] });
    const found = await findIssueByMarker(client, f.repo, marker, { labels: ['grantbook'] });
    expect(found?.number).toBe(created.number);
    const updated = await updateIssue(client, f.repo, created.number, { body: `${marker}\nsecond failure` });
    expect(updated.body).toContain('second failure');
    await updateIssue(client, f.repo, created.number, { state: 'closed' });
    expect(await findIssueByMarker(client, f.repo, marker, { labels: ['grantbook'] })).toBeUndefined();
    expect((await findIssueByMarker(client, f.repo, marker, { labels: ['grantbook'], state: 'all' }))?.state).toBe('closed');
  });
});
