import { describe, expect, it } from 'vitest';
import type { BuiltinSpec as GrantSpec } from '../support/builtin-specs.js';
import { ProviderError, RevokeNotVerified } from '../../src/providers/errors.js';
import { path, planGithub, type GithubTarget, type GithubTargetGrant } from '../../src/providers/github/plan.js';
import { createGithubProvider } from '../../src/providers/github/provider.js';
import { MemoryGithubAccess } from '../support/github-access-memory.js';

const target: GithubTarget = {
  name: 'github-acme',
  provider: 'github',
  org: 'acme',
  tokenEnv: 'GRANTBOOK_GITHUB_TOKEN',
  protectedTeams: ['security'],
  protectedRepos: ['access'],
};
const TEAM: GrantSpec = { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' };
const REPO: GrantSpec = { kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'pull' };

let n = 0;
function grant(grants: readonly GrantSpec[], principal = 'alice'): GithubTargetGrant {
  // Any recorded spec may reach a provider; the provider refuses the kinds it does not have.
  return { requestId: `gh-${++n}`, target, principal, expiresAt: '2030-01-01T00:00:00Z', grants: grants as GithubTargetGrant['grants'] };
}

function world(): MemoryGithubAccess {
  return new MemoryGithubAccess('acme')
    .addUser('alice', true)
    .addUser('outsider', false)
    .addTeam('payments-oncall')
    .addTeam('security')
    .addRepo('payments-service');
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return error instanceof ProviderError ? error.code : `not a ProviderError: ${String(error)}`;
  }
  return undefined;
}

describe('github planner', () => {
  it('plans the exact calls, invitations cancelled before the collaborator is removed', () => {
    const plan = planGithub(grant([TEAM, REPO]));
    expect(plan.grant.map((op) => [op.text, op.body])).toEqual([
      ['PUT /orgs/acme/teams/payments-oncall/memberships/alice', { role: 'member' }],
      ['PUT /repos/acme/payments-service/collaborators/alice', { permission: 'pull' }],
    ]);
    expect(plan.revoke.map((op) => op.text)).toEqual([
      'DELETE /orgs/acme/teams/payments-oncall/memberships/alice',
      'GET /orgs/acme/teams/payments-oncall/memberships/alice',
      'GET /repos/acme/payments-service/invitations',
      'DELETE /repos/acme/payments-service/invitations/{invitation_id}',
      'DELETE /repos/acme/payments-service/collaborators/alice',
      'GET /repos/acme/payments-service/collaborators?affiliation=direct',
    ]);
  });

  it('encodes every path segment', () => {
    expect(path('repos', 'acme', 'a/b?c#d', '..')).toBe('/repos/acme/a%2Fb%3Fc%23d/..');
  });

  it('refuses names outside the patterns, other orgs, admin, and protected teams and repos', async () => {
    const cases: [GithubTargetGrant, string][] = [
      [grant([{ ...REPO, repo: '../../orgs/acme' } as GrantSpec]), 'E_PROVIDER_INVALID_GRANT'],
      [grant([{ ...REPO, repo: '..' } as GrantSpec]), 'E_PROVIDER_INVALID_GRANT'],
      [grant([TEAM], 'alice/../x'), 'E_PROVIDER_INVALID_GRANT'],
      [grant([{ ...TEAM, team: 'Payments OnCall' } as GrantSpec]), 'E_PROVIDER_INVALID_GRANT'],
      [grant([{ ...TEAM, org: 'other' } as GrantSpec]), 'E_PROVIDER_INVALID_GRANT'],
      [grant([{ ...REPO, owner: 'other' } as GrantSpec]), 'E_PROVIDER_INVALID_GRANT'],
      [grant([{ ...REPO, permission: 'admin' } as unknown as GrantSpec]), 'E_PROVIDER_INVALID_GRANT'],
      [grant([{ ...TEAM, team: 'security' } as GrantSpec]), 'E_PROVIDER_PROTECTED_RESOURCE'],
      [grant([{ ...REPO, repo: 'Access' } as GrantSpec]), 'E_PROVIDER_PROTECTED_RESOURCE'],
      [grant([{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders' }]), 'E_PROVIDER_KIND_UNSUPPORTED'],
    ];
    for (const [g, code] of cases) {
      expect(await codeOf(Promise.resolve().then(() => planGithub(g)))).toBe(code);
    }
  });
});

describe('github provider (in-memory GitHub)', () => {
  it('a team grant for someone outside the org stays pending until accepted; revoke removes it', async () => {
    const api = world();
    const provider = createGithubProvider(target, api);
    const g = grant([TEAM], 'outsider');
    await provider.grant(g);
    expect(await provider.inspect(g)).toMatchObject({ present: false, absent: false });
    api.acceptOrgInvitation('outsider');
    expect(await provider.inspect(g)).toMatchObject({ present: true, absent: false });
    await provider.revoke(g);
    expect(await provider.inspect(g)).toMatchObject({ present: false, absent: true });
  });

  it('revoking a collaborator invitation cancels it, so it cannot be accepted later', async () => {
    const api = world();
    const provider = createGithubProvider(target, api);
    const g = grant([REPO], 'outsider');
    await provider.grant(g);
    expect([...(api.repos.get('payments-service')?.invitations.values() ?? [])]).toEqual([{ invitee: 'outsider', permission: 'pull' }]);
    expect(await provider.inspect(g)).toMatchObject({ present: false, absent: false });
    await provider.grant(g);
    expect(api.calls.filter((c) => c.startsWith('addCollaborator'))).toHaveLength(1);
    await provider.revoke(g);
    expect(api.calls.some((c) => c.startsWith('deleteInvitation(acme,payments-service,'))).toBe(true);
    api.acceptRepoInvitation('payments-service', 'outsider');
    expect(await provider.inspect(g)).toMatchObject({ present: false, absent: true });
  });

  it('without a read of what is held first, refuses to demote a maintainer or change an existing permission, touching nothing', async () => {
    // The state apply finds when another live grant of Grantbook gave the membership or the permission.
    const api = world();
    api.teams.get('payments-oncall')?.set('alice', { state: 'active', role: 'maintainer' });
    api.repos.get('payments-service')?.collaborators.set('alice', 'push');
    const provider = createGithubProvider(target, api);
    expect(await codeOf(provider.grant(grant([TEAM])))).toBe('E_PROVIDER_TEAM_ROLE_CONFLICT');
    expect(await codeOf(provider.grant(grant([REPO])))).toBe('E_PROVIDER_REPO_PERMISSION_CONFLICT');
    expect(api.teams.get('payments-oncall')?.get('alice')?.role).toBe('maintainer');
    expect(api.repos.get('payments-service')?.collaborators.get('alice')).toBe('push');
    expect(api.calls.filter((c) => /^(add|remove)/.test(c))).toEqual([]);
  });

  it('refuses to replace a pending invitation for another permission', async () => {
    const api = world();
    await api.addCollaborator('acme', 'payments-service', 'outsider', 'push');
    const provider = createGithubProvider(target, api);
    expect(await codeOf(provider.grant(grant([REPO], 'outsider')))).toBe('E_PROVIDER_REPO_PERMISSION_CONFLICT');
    expect([...(api.repos.get('payments-service')?.invitations.values() ?? [])]).toEqual([{ invitee: 'outsider', permission: 'push' }]);
  });

  it('never reports a revoke GitHub did not carry out', async () => {
    const api = world();
    // GitHub answering 204 yet keeping the collaborator (a replica lagging, a bug).
    api.removeCollaborator = async () => undefined;
    const provider = createGithubProvider(target, api);
    const g = grant([REPO]);
    await provider.grant(g);
    const error = await provider.revoke(g).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RevokeNotVerified);
    expect((error as RevokeNotVerified).details.join('\n')).toContain('alice is a direct collaborator on payments-service with pull permission');
  });

  it('compares logins case-insensitively, as GitHub does', async () => {
    const api = world();
    const provider = createGithubProvider(target, api);
    const g = grant([REPO], 'Outsider');
    await provider.grant(g);
    await provider.revoke(g);
    expect(api.repos.get('payments-service')?.invitations.size).toBe(0);
  });
});

describe('access held before the grant (in-memory GitHub)', () => {
  /** The apply path: what is already held is read before anything changes, then grant and revoke leave it alone. */
  async function grantThenRevoke(api: MemoryGithubAccess, g: GithubTargetGrant): Promise<void> {
    const provider = createGithubProvider(target, api);
    const held = await provider.held(g);
    await provider.grant({ ...g, held });
    await provider.revoke({ ...g, held });
  }

  it('a member of the team keeps the membership after the grant is revoked', async () => {
    const api = new MemoryGithubAccess('acme').addUser('alice', true).addTeam('payments-oncall').addRepo('payments-service');
    await api.addTeamMembership('acme', 'payments-oncall', 'alice', 'member');
    await grantThenRevoke(api, grant([TEAM]));
    expect(await api.getTeamMembership('acme', 'payments-oncall', 'alice')).toEqual({ state: 'active', role: 'member' });
  });

  it('a collaborator with pull keeps it after the grant is revoked', async () => {
    const api = new MemoryGithubAccess('acme').addUser('alice', true).addTeam('payments-oncall').addRepo('payments-service');
    await api.addCollaborator('acme', 'payments-service', 'alice', 'pull');
    await grantThenRevoke(api, grant([REPO]));
    expect(await api.getCollaboratorPermission('acme', 'payments-service', 'alice')).toBe('pull');
  });

  it('both at once, as the request in the report asked', async () => {
    const api = new MemoryGithubAccess('acme').addUser('alice', true).addTeam('payments-oncall').addRepo('payments-service');
    await api.addTeamMembership('acme', 'payments-oncall', 'alice', 'member');
    await api.addCollaborator('acme', 'payments-service', 'alice', 'pull');
    await grantThenRevoke(api, grant([TEAM, REPO]));
    expect(await api.getTeamMembership('acme', 'payments-oncall', 'alice')).toEqual({ state: 'active', role: 'member' });
    expect(await api.getCollaboratorPermission('acme', 'payments-service', 'alice')).toBe('pull');
  });
});

describe('what is held before the grant (in-memory GitHub)', () => {
  const PUSH: GrantSpec = { kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'push' };
  const changes = (api: MemoryGithubAccess) => api.calls.filter((c) => /^(add|remove|delete)/.test(c));

  it('reads a membership in any role or state, an equal or higher permission, and an equal pending invitation as held; nothing else', async () => {
    const cases: [string, (api: MemoryGithubAccess) => Promise<void> | void, GrantSpec, boolean][] = [
      ['active member', (a) => void a.teams.get('payments-oncall')?.set('alice', { state: 'active', role: 'member' }), TEAM, true],
      ['maintainer', (a) => void a.teams.get('payments-oncall')?.set('alice', { state: 'active', role: 'maintainer' }), TEAM, true],
      ['pending member', (a) => void a.teams.get('payments-oncall')?.set('alice', { state: 'pending', role: 'member' }), TEAM, true],
      ['no membership', () => undefined, TEAM, false],
      ['push held, pull asked', (a) => void a.repos.get('payments-service')?.collaborators.set('alice', 'push'), REPO, true],
      ['pull held, pull asked', (a) => void a.repos.get('payments-service')?.collaborators.set('alice', 'pull'), REPO, true],
      ['pull held, push asked', (a) => void a.repos.get('payments-service')?.collaborators.set('alice', 'pull'), PUSH, false],
      ['invited with pull, pull asked', async (a) => void (await a.addCollaborator('acme', 'payments-service', 'outsider', 'pull')), REPO, true],
      ['invited with push, pull asked', async (a) => void (await a.addCollaborator('acme', 'payments-service', 'outsider', 'push')), REPO, false],
      ['no access', () => undefined, REPO, false],
    ];
    for (const [name, arrange, spec, held] of cases) {
      const api = world();
      await arrange(api);
      const g = grant([spec], name.startsWith('invited') ? 'outsider' : 'alice');
      expect(await createGithubProvider(target, api).held(g), name).toEqual(held ? [spec] : []);
    }
  });

  it('leaves a maintainer and a higher permission exactly as they are: nothing granted, nothing revoked', async () => {
    const api = world();
    api.teams.get('payments-oncall')?.set('alice', { state: 'active', role: 'maintainer' });
    api.repos.get('payments-service')?.collaborators.set('alice', 'push');
    const provider = createGithubProvider(target, api);
    const asked = grant([TEAM, REPO]);
    const g = { ...asked, held: await provider.held(asked) };
    expect(g.held).toEqual([TEAM, REPO]);
    await provider.grant(g);
    expect(await provider.inspect(g)).toMatchObject({ present: true, absent: true });
    await provider.revoke(g);
    expect(changes(api)).toEqual([]);
    expect(api.teams.get('payments-oncall')?.get('alice')).toEqual({ state: 'active', role: 'maintainer' });
    expect(api.repos.get('payments-service')?.collaborators.get('alice')).toBe('push');
    expect((await provider.inspect(g)).details).toEqual([
      'alice is active maintainer of team payments-oncall (held before this grant; left in place)',
      'alice is a direct collaborator on payments-service with push permission (held before this grant; left in place)',
    ]);
  });

  it('refuses a higher permission over a lower one it did not give, touching nothing', async () => {
    const api = world();
    api.repos.get('payments-service')?.collaborators.set('alice', 'pull');
    const provider = createGithubProvider(target, api);
    const asked = grant([PUSH]);
    const held = await provider.held(asked);
    expect(held).toEqual([]);
    expect(await codeOf(provider.grant({ ...asked, held }))).toBe('E_PROVIDER_REPO_PERMISSION_CONFLICT');
    expect(changes(api)).toEqual([]);
    expect(api.repos.get('payments-service')?.collaborators.get('alice')).toBe('pull');
  });

  it('grants and revokes only the part not held: the membership stays, the permission it gave goes', async () => {
    const api = world();
    api.teams.get('payments-oncall')?.set('alice', { state: 'active', role: 'member' });
    const provider = createGithubProvider(target, api);
    const asked = grant([TEAM, REPO]);
    const g = { ...asked, held: await provider.held(asked) };
    expect(g.held).toEqual([TEAM]);
    await provider.grant(g);
    expect(changes(api)).toEqual(['addCollaborator(acme,payments-service,alice,pull)']);
    expect(await provider.inspect(g)).toMatchObject({ present: true, absent: false });
    await provider.revoke(g);
    expect(changes(api)).toEqual(['addCollaborator(acme,payments-service,alice,pull)', 'removeCollaborator(acme,payments-service,alice)']);
    expect(await provider.inspect(g)).toMatchObject({ absent: true });
    expect(api.teams.get('payments-oncall')?.get('alice')).toEqual({ state: 'active', role: 'member' });
    expect(api.repos.get('payments-service')?.collaborators.get('alice')).toBeUndefined();
  });
});
