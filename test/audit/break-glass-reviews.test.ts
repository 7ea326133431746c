import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakGlassMarker, githubFollowUps } from '../../src/audit/break-glass-reviews.js';
import { createIssue, updateIssue } from '../../src/github/issues.js';
import { breakGlassReviewIssue } from '../../src/report/apply-text.js';
import { READ_TOKEN, startFixture, type Fixture } from '../github/fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(async () => {
  await f.stop();
});

describe('break-glass follow-up reviews, looked up for the report', () => {
  it('uses the marker the apply job writes', () => {
    const issue = breakGlassReviewIssue('carol-sev1-7', 12, '2026-05-01T02:00:00Z');
    expect(issue.marker).toBe(breakGlassMarker('carol-sev1-7'));
    expect(issue.body.startsWith(`${breakGlassMarker('carol-sev1-7')}\n`)).toBe(true);
    expect(breakGlassMarker('carol-sev1-7')).toBe('<!-- grantbook:break-glass:carol-sev1-7 -->');
  });

  it('finds each review issue, open or closed, and says which have none', async () => {
    const client = f.client();
    const body = (id: string) => `${breakGlassMarker(id)}\nEmergency access \`${id}\` was granted.`;
    const done = await createIssue(client, f.repo, {
      title: 'Break-glass review: carol-sev1-1',
      body: body('carol-sev1-1'),
      labels: ['grantbook', 'break-glass'],
    });
    await updateIssue(client, f.repo, done.number, { state: 'closed' });
    const open = await createIssue(client, f.repo, {
      title: 'Break-glass review: carol-sev1-2',
      body: body('carol-sev1-2'),
      labels: ['grantbook', 'break-glass'],
    });
    // Someone quoting a marker in an issue without the label is not the review.
    await createIssue(client, f.repo, { title: 'About carol-sev1-3', body: body('carol-sev1-3'), labels: ['grantbook'] });
    const found = await githubFollowUps(f.client({ token: READ_TOKEN }), f.repo)(['carol-sev1-1', 'carol-sev1-2', 'carol-sev1-3']);
    expect(Object.fromEntries(found)).toEqual({
      'carol-sev1-1': { found: true, number: done.number, state: 'closed' },
      'carol-sev1-2': { found: true, number: open.number, state: 'open' },
      'carol-sev1-3': { found: false },
    });
  });

  it("a lookup that fails is that grant's answer, with the code", async () => {
    const found = await githubFollowUps(f.client({ token: 'not-a-token' }), f.repo)(['carol-sev1-1']);
    expect(found.get('carol-sev1-1')).toEqual({ unread: expect.stringMatching(/^E_GITHUB_/) });
  });
});
