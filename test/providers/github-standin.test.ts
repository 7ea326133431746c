import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGithubAccessApi, createGithubClient } from '../../src/github/index.js';
import type { BuiltinSpec as GrantSpec } from '../support/builtin-specs.js';
import type { GithubTarget, GithubTargetGrant } from '../../src/providers/github/plan.js';
import { createGithubProvider } from '../../src/providers/github/provider.js';
import type { GithubAccessApi } from '../../src/providers/github/api.js';
import { GithubStandIn } from '../support/github/index.js';
import { describeProviderConformance } from './conformance.js';
import { githubPreexisting } from './github-preexisting.js';

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
  // Any recorded spec may reach a provider; the provider refuses the kinds it does not have.
  grants: grants as GithubTargetGrant['grants'],
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
      (await fetch(`${gh.url}/repos/acme/payments-service/invitations`, { headers: { authorization: 'token provider-token' } }).then((r) =>
        r.json(),
      )) as unknown[];
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

describe('access held before the grant, against the stand-in', () => {
  /** The apply path: what is already held is read before anything changes, then grant and revoke leave it alone. */
  async function grantThenRevoke(g: GithubTargetGrant): Promise<void> {
    const p = provider();
    const held = await p.held(g);
    await p.grant({ ...g, held });
    await p.revoke({ ...g, held });
  }
  const PULL: GrantSpec = { kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'pull' };
  const member = (login: string) => {
    gh.addUser({ login });
    gh.addOrgMember(login);
  };

  it('a member of the team keeps the membership after the grant is revoked', async () => {
    member('heidi');
    gh.setTeamMember('payments-oncall', 'heidi');
    await grantThenRevoke(grant([TEAM], 'heidi'));
    expect(gh.state.teams.get('acme/payments-oncall')?.members.get('heidi')).toEqual({ role: 'member', state: 'active' });
  });

  it('a collaborator with pull keeps it after the grant is revoked', async () => {
    member('dave');
    gh.setCollaborator('dave', 'pull', 'payments-service');
    await grantThenRevoke(grant([PULL], 'dave'));
    expect(gh.repoRecord('payments-service').collaborators.get('dave')).toBe('pull');
  });

  it('both at once, as the request in the report asked', async () => {
    member('erin');
    gh.setTeamMember('payments-oncall', 'erin');
    gh.setCollaborator('erin', 'pull', 'payments-service');
    await grantThenRevoke(grant([TEAM, PULL], 'erin'));
    expect(gh.state.teams.get('acme/payments-oncall')?.members.get('erin')).toEqual({ role: 'member', state: 'active' });
    expect(gh.repoRecord('payments-service').collaborators.get('erin')).toBe('pull');
  });
});

describeProviderConformance<GithubTarget>('github (stand-in)', () => {
  gh.addUser({ login: 'grace' });
  gh.addOrgMember('grace');
  gh.addUser({ login: 'carol' });
  gh.addOrgMember('carol');
  const crash = crashAfterChange(createGithubAccessApi(createGithubClient({ token: 'provider-token', baseUrl: gh.url, waitScale: 0.005, spaceWrites: false })));
  const team = () => gh.state.teams.get('acme/payments-oncall')?.members;
  return {
    provider: createGithubProvider(target, crash.api),
    target,
    grantFor: (requestId) => ({ requestId, target, principal: 'grace', expiresAt: '2030-01-01T00:00:00Z', grants: [TEAM, REPO] }),
    failAfterFirstChange: crash.arm,
    preexisting: githubPreexisting(target, {
      membership: (login) => {
        const m = team()?.get(login);
        return m === undefined ? undefined : { state: m.state, role: m.role };
      },
      setMembership: (login, m) => (m === undefined ? gh.removeTeamMember('payments-oncall', login) : gh.setTeamMember('payments-oncall', login, m)),
      permission: (login) => gh.repoRecord('payments-service').collaborators.get(login),
      setPermission: (login, p) => gh.setCollaborator(login, p, 'payments-service'),
    }),
  };
});

/** After the next changing call succeeds, the call after it (any kind) fails once: a runner lost mid-way. */
function crashAfterChange(api: GithubAccessApi): { api: GithubAccessApi; arm: () => void } {
  const changes = new Set(['addTeamMembership', 'removeTeamMembership', 'addCollaborator', 'removeCollaborator', 'deleteInvitation']);
  let state: 'off' | 'armed' | 'tripped' = 'off';
  const wrapped = new Proxy(api, {
    get(target, name, receiver) {
      const method: unknown = Reflect.get(target, name, receiver);
      if (typeof method !== 'function') return method;
      return async (...args: unknown[]) => {
        if (state === 'tripped') {
          state = 'off';
          throw new Error(`${String(name)}: connection reset`);
        }
        if (state === 'armed' && changes.has(String(name))) state = 'tripped';
        return (method as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
  return {
    api: wrapped,
    arm: () => {
      state = 'armed';
    },
  };
}
