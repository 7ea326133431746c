import type { RepoPermission } from '../../src/providers/github/api.js';
import type { GithubTarget } from '../../src/providers/github/plan.js';
import type { PreexistingAccess } from './conformance.js';

type Membership = { readonly state: 'active' | 'pending'; readonly role: 'member' | 'maintainer' };

/** Where a GitHub world (in memory or the stand-in) keeps carol's membership of payments-oncall and her permission on payments-service. */
export interface GithubWorld {
  membership(login: string): Membership | undefined;
  setMembership(login: string, m: Membership | undefined): void;
  permission(login: string): RepoPermission | undefined;
  setPermission(login: string, p: RepoPermission | undefined): void;
}

/**
 * carol's standing access, set on the world directly as an organisation
 * owner would, outside Grantbook; each case asks for exactly what it gives
 * (or less: pull where she has push). `intact` reads the world, not the
 * provider: the same membership role and state, the same permission.
 */
export function githubPreexisting(target: GithubTarget, world: GithubWorld): PreexistingAccess<GithubTarget>[] {
  const EXPIRES = '2030-01-01T00:00:00Z';
  const team = (requestId: string) => ({
    requestId,
    target,
    principal: 'carol',
    expiresAt: EXPIRES,
    grants: [{ kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' } as const],
  });
  const repo = (requestId: string) => ({
    requestId,
    target,
    principal: 'carol',
    expiresAt: EXPIRES,
    grants: [{ kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'pull' } as const],
  });
  const membershipCase = (name: string, m: Membership): PreexistingAccess<GithubTarget> => ({
    name,
    arrange: async (id) => {
      world.setMembership('carol', m);
      return team(id);
    },
    intact: async () => JSON.stringify(world.membership('carol')) === JSON.stringify(m),
    cleanup: async () => world.setMembership('carol', undefined),
  });
  const permissionCase = (name: string, p: RepoPermission): PreexistingAccess<GithubTarget> => ({
    name,
    arrange: async (id) => {
      world.setPermission('carol', p);
      return repo(id);
    },
    intact: async () => world.permission('carol') === p,
    cleanup: async () => world.setPermission('carol', undefined),
  });
  return [
    membershipCase('a team membership', { state: 'active', role: 'member' }),
    membershipCase('a maintainer of the team', { state: 'active', role: 'maintainer' }),
    membershipCase('a pending team membership', { state: 'pending', role: 'member' }),
    permissionCase('a higher repository permission (push, pull asked)', 'push'),
    permissionCase('the same repository permission', 'pull'),
  ];
}
