import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCheckFixture, type CheckFixture } from '../support/check/fixture.js';
import { requestYaml } from '../support/check/requests.js';

/** The one PR comment: found by its marker, edited in place, rendered as intended, and inert. */
let fx: CheckFixture;
beforeAll(async () => {
  fx = await startCheckFixture();
});
afterAll(async () => fx.stop());

const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

/** SHAs come from real git and review ids from the stand-in's counter: normalised, all else exact. */
function normalise(body: string): string {
  return body
    .replace(/\b[0-9a-f]{40}\b/g, '<sha>')
    .replace(/\b[0-9a-f]{12}\b/g, '<sha12>')
    .replace(/\([0-9a-f]{7}\)/g, '(<sha7>)')
    .replace(/review \d+/g, 'review <id>');
}

describe('check comment', () => {
  it('is written once and edited in place on every later run', async () => {
    const pr = await fx.openPull({ 'access-requests/alice-inc-4701.yaml': requestYaml() });
    const first = await fx.check(pr.number);
    expect(first.outcome.decision).toBe('pending');
    const [comment] = fx.checkComments(pr.number);
    expect(comment?.body).toContain('waiting for approval');

    // The same head again: nothing new to say, nothing written.
    fx.gh.requests.reset();
    await fx.check(pr.number);
    expect(fx.gh.requests.count(`POST ${COMMENTS}`) + fx.gh.requests.count('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')).toBe(0);

    // A review changes the verdict: the same comment is edited.
    fx.gh.addComment(pr.number, 'erin', 'Looks fine to me.');
    await fx.gh.review(pr.number, { user: 'bob', state: 'APPROVED' });
    expect((await fx.check(pr.number)).outcome.decision).toBe('approved');
    const after = fx.checkComments(pr.number);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(comment?.id);
    expect(after[0]?.body).toContain('approved — merging will grant it');
    expect(fx.gh.requests.count(`POST ${COMMENTS}`)).toBe(0);
  });

  it('renders decision, approvals, window, footprint and the exact plan (approved)', async () => {
    const grants = ['  - target: orders-prod', '    privileges: [SELECT]', '    table: public.orders', '    columns: [id, status, customer_email]'].join('\n');
    const pr = await fx.openPull({ 'access-requests/alice-inc-4702.yaml': requestYaml({ grants, duration: '3h' }) });
    await fx.gh.review(pr.number, { user: 'carol', state: 'APPROVED' });
    await fx.gh.review(pr.number, { user: 'erin', state: 'COMMENTED' });
    await fx.gh.review(pr.number, { user: 'bob', state: 'APPROVED' });
    const { outcome } = await fx.check(pr.number);
    expect(outcome.decision).toBe('approved');
    const body = fx.checkComments(pr.number)[0]?.body ?? '';
    expect(outcome.summary).toBe(body);
    await expect(normalise(body)).toMatchFileSnapshot('./snapshots/check-comment-approved.md');
  });

  it('renders every reason of a refusal, with its fix', async () => {
    const request = requestYaml({ duration: '12h', ticket: 'JIRA-1', reason: 'short' });
    const pr = await fx.openPull({ 'access-requests/alice-inc-4703.yaml': request, 'README.md': 'edited\n' });
    const { outcome } = await fx.check(pr.number);
    expect(outcome.decision).toBe('refused');
    await expect(normalise(fx.checkComments(pr.number)[0]?.body ?? '')).toMatchFileSnapshot('./snapshots/check-comment-refused.md');
  });

  it('keeps untrusted text inert: no mentions, no HTML, no workflow commands', async () => {
    const reason = [
      'Ping @acme/security and @bob about <img src=x onerror=alert(1)> #1',
      '::error file=x::pwned',
      '| a | table | ![x](https://example.invalid/x.png) [link](javascript:alert(1))',
    ].join('\n');
    const pr = await fx.openPull({ 'access-requests/alice-inc-4704.yaml': requestYaml({ reason }) });
    const { outcome, log } = await fx.check(pr.number);
    expect(outcome.decision).toBe('pending');
    const body = fx.checkComments(pr.number)[0]?.body ?? '';
    expect(body).toContain('Ping &#64;acme/security');
    expect(body).not.toContain('@');
    expect(body).not.toMatch(/<img|<a |\]\(/);
    expect(body.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    // The reason is one table cell: its pipes are escaped, its newlines gone.
    const row = body.split('\n').find((l) => l.startsWith('| Reason |')) ?? '';
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(3);
    expect(log.join('\n')).not.toContain('pwned');
  });
});
