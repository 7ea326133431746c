import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGithubAccessApi, createGithubClient } from '../../src/github/index.js';
import type { GrantSpec } from '../../src/policy/decision.js';
import type { GithubTarget, GithubTargetGrant } from '../../src/providers/github/plan.js';
import { createGithubProvider } from '../../src/providers/github/provider.js';
import { GithubStandIn } from '../support/github/index.js';

/**
 * The github provider through the real port against the local stand-in:
 * the same HTTP calls the action makes, GitHub's semantics for pending team
 * memberships and repository invitations.
 */
const target: GithubTarget = {
  name: 'github-acme',
  provider: 'github',
  org: 'acme',
  tokenEnv: 'GRANTBOOK_GITHUB_TOKEN',
  protectedTeams: ['security'],
  protectedRepos: ['access'],
};
const TEAM: GrantSpec = { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' };
const REPO: GrantSpec = { kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'triage' };

let gh: GithubStandIn;
let n = 0;
const grant = (grants: readonly GrantSpec[], principal: string): GithubTargetGrant => ({
  requestId: `gh-standin-${++n}`,
  target,
  principal,
  expiresAt: '2030-01-01T00:00:00Z',
  grants,
});

beforeAll(async () => {
  gh = await GithubStandIn.start();
  gh.addUser({ login: 'grantbook-app[bot]', type: 'Bot' });
  gh.addToken('provider-token', 'grantbook-app[bot]', 'write');
  gh.addUser({ login: 'alice', id: 583231 });
  gh.addOrgMember('alice');
  gh.addUser({ login: 'outsider', id: 9000001 });
  gh.addTeam('payments-oncall');
  await gh.addRepo('payments-service');
});
afterAll(async () => {
  const errors = gh.serverErrors.map((e) => e.message);
  await gh.stop();
  expect(errors).toEqual([]);
});

const provider = () =>
  createGithubProvider(target, createGithubAccessApi(createGithubClient({ token: 'provider-token', baseUrl: gh.url, waitScale: 0.005, spaceWrites: false })));

describe('github provider against the stand-in', () => {
  it('adds team membership, verifies it, removes it and verifies the removal', async () => {
    const p = provider();
    const g = grant([TEAM], 'alice');
    await p.grant(g);
    expect((await p.inspect(g)).present).toBe(true);
    expect(gh.requests.count('PUT /orgs/{org}/teams/{team_slug}/memberships/{username}')).toBe(1);
    await p.revoke(g);
    const after = await p.inspect(g);
    expect(after).toMatchObject({ present: false, absent: true });
    expect(gh.requests.count('DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}')).toBe(1);
  });

  it('cancels the pending invitation when a non-member collaborator grant is revoked', async () => {
    const p = provider();
    const g = grant([REPO], 'outsider');
    await p.grant(g);
    const invitations = async () =>
      (await fetch(`${gh.url}/repos/acme/payments-service/invitations`, { headers: { authorization: 'token provider-token' } }).then((r) => r.json())) as unknown[];
    expect(await invitations()).toHaveLength(1);
    await p.revoke(g);
    expect(await invitations()).toHaveLength(0);
    expect(gh.requests.count('DELETE /repos/{owner}/{repo}/invitations/{invitation_id}')).toBe(1);
    expect((await p.inspect(g)).absent).toBe(true);
  });

  it('revoking twice and revoking what was never granted both succeed', async () => {
    const p = provider();
    const g = grant([TEAM, REPO], 'alice');
    await p.revoke(g);
    await p.grant(g);
    await p.revoke(g);
    await p.revoke(g);
    expect((await p.inspect(g)).absent).toBe(true);
  });
});
