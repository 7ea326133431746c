import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubError } from '../../src/github/errors.js';
import { seedFiles, startCheckFixture, type CheckFixture } from '../support/check/fixture.js';
import { requestYaml } from '../support/check/requests.js';

/**
 * A team's approval needs the team's membership, which only a token with the
 * organization permission "Members: read" can read. Both sides, end to end:
 * without it the check stops with E_GITHUB_TEAM_NOT_VISIBLE (never "not an
 * owner"); with it, the same review approves. Once for a team that owns the
 * request in CODEOWNERS, once for a profile's approver group.
 */
const GITHUB_TOKEN_LIKE = 'workflow-github-token';
const MEMBERS_READER = 'reader-app-token';

function addTokens(fx: CheckFixture): void {
  // The workflow token: may comment, cannot see any team.
  fx.gh.addToken(GITHUB_TOKEN_LIKE, 'github-actions[bot]', 'write', { members: 'none', administration: 'none' });
  fx.gh.addUser({ login: 'grantbook-reader[bot]', type: 'Bot' });
  // A reader App's token: members read, nothing to write.
  fx.gh.addToken(MEMBERS_READER, 'grantbook-reader[bot]', 'read', { members: 'read', administration: 'none' });
}

async function approvedRequest(fx: CheckFixture, n: number): Promise<number> {
  const pr = await fx.openPull({ [`access-requests/alice-inc-${n}.yaml`]: requestYaml() });
  await fx.gh.review(pr.number, { user: 'bob', state: 'APPROVED' });
  return pr.number;
}

async function thrown(p: Promise<unknown>): Promise<GithubError> {
  return (await p.then(
    () => undefined,
    (e: unknown) => e,
  )) as GithubError;
}

describe.each([
  {
    what: 'a team code owner (CODEOWNERS names @acme/payments-leads)',
    codeowners: undefined,
  },
  {
    what: 'a profile approver group (CODEOWNERS names bob himself; orders-readonly needs one of payments-leads)',
    codeowners: ['*  @acme/security', '/access-requests/  @bob @acme/security', ''].join('\n'),
  },
])('$what', ({ codeowners }) => {
  let fx: CheckFixture;
  beforeAll(async () => {
    const seed = await seedFiles();
    fx = await startCheckFixture({ seed: codeowners === undefined ? seed : { ...seed, '.github/CODEOWNERS': codeowners } });
    addTokens(fx);
  });
  afterAll(async () => fx.stop());

  it('with the workflow token alone: E_GITHUB_TEAM_NOT_VISIBLE, naming the permission, and no verdict', async () => {
    const number = await approvedRequest(fx, 5101);
    const error = await thrown(fx.check(number, { token: GITHUB_TOKEN_LIKE }));
    expect(error.code).toBe('E_GITHUB_TEAM_NOT_VISIBLE');
    expect(error.message).toContain('acme/payments-leads');
    expect(error.fix).toContain('Members: read');
    expect(error.fix).toContain('members-token');
    expect(fx.checkComments(number)).toEqual([]);
  });

  it("with a members-token that can read members: approved, and the comment is the workflow token's", async () => {
    const number = await approvedRequest(fx, 5102);
    const run = await fx.check(number, { token: GITHUB_TOKEN_LIKE, membersToken: MEMBERS_READER });
    expect(run.outcome.decision).toBe('approved');
    expect(run.outcome.reasonCodes).not.toContain('E_APPROVAL_NOT_OWNER');
    const comments = fx.gh.state.comments.filter((c) => c.issue === number);
    expect(comments.map((c) => c.author)).toEqual(['github-actions[bot]']);
  });

  it('someone who really is not in the team is still not counted, with the reader token', async () => {
    const pr = await fx.openPull({ 'access-requests/alice-inc-5103.yaml': requestYaml() });
    await fx.gh.review(pr.number, { user: 'carol', state: 'APPROVED' });
    const run = await fx.check(pr.number, { token: GITHUB_TOKEN_LIKE, membersToken: MEMBERS_READER });
    expect(run.outcome.decision).toBe('pending');
  });
});
