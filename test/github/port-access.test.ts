import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGithubAccessApi } from '../../src/github/access-api.js';
import type { GithubError } from '../../src/github/errors.js';
import type { GithubAccessApi } from '../../src/providers/github/api.js';
import { type Fixture, startFixture } from './fixture.js';

let f: Fixture;
let api: GithubAccessApi;

beforeAll(async () => {
  f = await startFixture();
  api = createGithubAccessApi(f.client());
  f.gh.addOrgMember('alice');
  f.gh.addOrgMember('bob');
  f.gh.addTeam('payments-oncall');
  await f.gh.addRepo('payments-service');
});
afterAll(async () => {
  await f.stop();
});

describe('GithubAccessApi over the port', () => {
  it('adds, reads and removes a team membership, pending for someone outside the org', async () => {
    expect(await api.getTeamMembership('acme', 'payments-oncall', 'alice')).toBeUndefined();
    expect(await api.addTeamMembership('acme', 'payments-oncall', 'alice', 'member')).toEqual({ state: 'active' });
    expect(await api.addTeamMembership('acme', 'payments-oncall', 'carol', 'member')).toEqual({ state: 'pending' });
    expect(await api.getTeamMembership('acme', 'payments-oncall', 'alice')).toEqual({ state: 'active', role: 'member' });
    expect(await api.listTeamMembers('acme', 'payments-oncall')).toEqual(['alice']);
    await api.removeTeamMembership('acme', 'payments-oncall', 'alice');
    await api.removeTeamMembership('acme', 'payments-oncall', 'alice');
    expect(await api.getTeamMembership('acme', 'payments-oncall', 'alice')).toBeUndefined();
  });

  it('lists every member of a large team', async () => {
    f.gh.addTeam('everyone');
    const logins: string[] = [];
    for (let i = 0; i < 205; i++) {
      const login = `member-${i}`;
      f.gh.addUser({ login });
      f.gh.setTeamMember('everyone', login);
      logins.push(login);
    }
    expect(await api.listTeamMembers('acme', 'everyone')).toEqual(logins);
    f.gh.inject({ route: '/orgs/{org}/teams/{team_slug}/members', after: 1, times: 1, effect: { kind: 'drop-link' } });
    const error = await api.listTeamMembers('acme', 'everyone').catch((e: unknown) => e);
    expect((error as GithubError).code).toBe('E_GITHUB_LIST_TRUNCATED');
  });

  it('adds a collaborator directly (org member) or by invitation, reads and removes them', async () => {
    expect(await api.getCollaboratorPermission('acme', 'payments-service', 'bob')).toBeUndefined();
    expect(await api.addCollaborator('acme', 'payments-service', 'bob', 'triage')).toEqual({});
    expect(await api.getCollaboratorPermission('acme', 'payments-service', 'bob')).toBe('triage');
    const invited = await api.addCollaborator('acme', 'payments-service', 'dave', 'pull');
    expect(invited.invitationId).toEqual(expect.any(Number));
    expect(await api.listInvitations('acme', 'payments-service')).toEqual([{ id: invited.invitationId, invitee: 'dave', permission: 'read' }]);
    await api.deleteInvitation('acme', 'payments-service', invited.invitationId ?? 0);
    await api.deleteInvitation('acme', 'payments-service', invited.invitationId ?? 0);
    expect(await api.listInvitations('acme', 'payments-service')).toEqual([]);
    await api.removeCollaborator('acme', 'payments-service', 'bob');
    await api.removeCollaborator('acme', 'payments-service', 'bob');
    expect(await api.getCollaboratorPermission('acme', 'payments-service', 'bob')).toBeUndefined();
  });

  it('refuses a team slug or login that does not match its pattern', async () => {
    const before = f.gh.requests.log.length;
    for (const call of [
      () => api.getTeamMembership('acme', 'Payments/../admins', 'alice'),
      () => api.addCollaborator('acme', 'payments-service', 'alice?x=1', 'pull'),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect((error as GithubError).code).toBe('E_GITHUB_INVALID_NAME');
    }
    expect(f.gh.requests.log.length).toBe(before);
  });
});
