import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubError } from '../../src/github/errors.js';
import { getTeamMembership, isTeamVisible, listTeamMembers, removeTeamMembership } from '../../src/github/teams.js';
import { type Fixture, startFixture } from './fixture.js';

/**
 * GitHub answers 404 for every team route when the token lacks the
 * organization permission "Members: read" (the workflow GITHUB_TOKEN), the
 * same 404 as for someone who is not a member. The stand-in answers as
 * GitHub does; the port tells the two apart.
 */
let f: Fixture;
const NO_MEMBERS = 'gb-no-members-token';
const MEMBERS_READ = 'gb-members-read-token';

beforeAll(async () => {
  f = await startFixture();
  f.gh.addToken(NO_MEMBERS, 'github-actions[bot]', 'write', { members: 'none', administration: 'none' });
  f.gh.addToken(MEMBERS_READ, 'github-actions[bot]', 'read', { members: 'read' });
  f.gh.addOrgMember('bob');
  f.gh.addTeam('payments-leads');
  f.gh.setTeamMember('payments-leads', 'bob');
});
afterAll(async () => {
  await f.stop();
});

const failure = async (p: Promise<unknown>): Promise<GithubError> =>
  (await p.then(
    () => undefined,
    (e: unknown) => e,
  )) as GithubError;

describe('team membership and team visibility', () => {
  it('with "Members: read": a member is active, a non-member of a visible team has none', async () => {
    const c = f.client({ token: MEMBERS_READ });
    expect(await getTeamMembership(c, 'acme', 'payments-leads', 'bob')).toEqual({ state: 'active', role: 'member' });
    expect(await getTeamMembership(c, 'acme', 'payments-leads', 'alice')).toBeUndefined();
    expect(await isTeamVisible(c, 'acme', 'payments-leads')).toBe(true);
  });

  it('without it: the real member\'s look-up fails with E_GITHUB_TEAM_NOT_VISIBLE, never "not a member"', async () => {
    const c = f.client({ token: NO_MEMBERS });
    const before = f.gh.requests.log.length;
    const error = await failure(getTeamMembership(c, 'acme', 'payments-leads', 'bob'));
    expect(error.code).toBe('E_GITHUB_TEAM_NOT_VISIBLE');
    expect(error.fix).toContain('Members: read');
    expect(error.fix).toContain('read:org');
    // GitHub's own answers: 404 for the membership, 404 for the team's members too.
    expect(f.gh.requests.log.slice(before).map((r) => `${r.key} ${r.status}`)).toEqual([
      'GET /orgs/{org}/teams/{team_slug}/memberships/{username} 404',
      'GET /orgs/{org}/teams/{team_slug}/members 404',
    ]);
    expect(await isTeamVisible(c, 'acme', 'payments-leads')).toBe(false);
    expect((await failure(listTeamMembers(c, 'acme', 'payments-leads'))).code).toBe('E_GITHUB_TEAM_NOT_VISIBLE');
  });

  it('a team that does not exist is not visible either, whatever the token', async () => {
    const error = await failure(getTeamMembership(f.client({ token: MEMBERS_READ }), 'acme', 'no-such-team', 'bob'));
    expect(error.code).toBe('E_GITHUB_TEAM_NOT_VISIBLE');
  });

  it('a revocation never ends on a 404 that only meant "cannot see the team"', async () => {
    const error = await failure(removeTeamMembership(f.client({ token: NO_MEMBERS }), 'acme', 'payments-leads', 'bob'));
    expect(error.code).toBe('E_GITHUB_TEAM_NOT_VISIBLE');
    expect(f.gh.state.teams.get('acme/payments-leads')?.members.has('bob')).toBe(true);
    // With the permission, removing someone who is not a member succeeds quietly.
    await removeTeamMembership(f.client(), 'acme', 'payments-leads', 'alice');
  });

  it('a 403 on a team read is a visibility problem too, a rate limit stays a rate limit', async () => {
    f.gh.inject({ route: '/orgs/{org}/teams/{team_slug}/memberships/{username}', times: 1, effect: { kind: 'status', status: 403 } });
    // The stand-in's injected 403 carries "Server Error", no rate-limit headers.
    const error = await failure(getTeamMembership(f.client(), 'acme', 'payments-leads', 'bob'));
    expect(error.code).toBe('E_GITHUB_TEAM_NOT_VISIBLE');
    f.gh.inject({ route: '/orgs/{org}/teams/{team_slug}/memberships/{username}', times: 1, effect: { kind: 'primary-rate-limit', resetInSeconds: 100_000 } });
    const limited = await failure(getTeamMembership(f.client({ rateLimitRetries: 0 }), 'acme', 'payments-leads', 'bob'));
    expect(limited.code).toBe('E_GITHUB_RATE_LIMITED');
  });
});
