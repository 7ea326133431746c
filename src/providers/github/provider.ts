import type { Inspection, ManagedGrant, Provider } from '../contract.js';
import { ProviderError, RevokeNotVerified } from '../errors.js';
import type { GithubAccessApi, RepoPermission } from './api.js';
import { checkGithubGrant, planGithub, type CheckedGithubGrant, type GithubTarget, type GithubTargetGrant } from './plan.js';

const RANK: Readonly<Record<RepoPermission, number>> = { pull: 1, triage: 2, push: 3, maintain: 4, admin: 5 };

/** Invitations speak GitHub's older names: read = pull, write = push. */
export function invitationPermission(permission: string): string {
  if (permission === 'read') return 'pull';
  if (permission === 'write') return 'push';
  return permission;
}

const same = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();

/**
 * GitHub team membership and repository collaborator grants.
 *
 * GitHub has no place for a tag, so this provider cannot tell a membership it
 * made from one that existed before. It therefore refuses grants that would
 * change an existing different role or permission (a later revoke would take
 * away access it never gave), and `listManaged` returns nothing: recovery of
 * a crash between grant and ledger commit relies on the ledger's intent event.
 */
export function createGithubProvider(target: GithubTarget, api: GithubAccessApi): Provider<GithubTarget> {
  async function invitationsOf(g: Extract<CheckedGithubGrant, { kind: 'repo' }>): Promise<{ id: number; permission: string }[]> {
    const all = await api.listInvitations(g.owner, g.repo);
    return all.filter((i) => same(i.invitee, g.login)).map((i) => ({ id: i.id, permission: invitationPermission(i.permission) }));
  }

  async function grantOne(g: CheckedGithubGrant): Promise<void> {
    if (g.kind === 'team') {
      const existing = await api.getTeamMembership(g.org, g.team, g.login);
      if (existing?.role === 'maintainer') {
        throw new ProviderError('E_PROVIDER_TEAM_ROLE_CONFLICT', target.name, `${g.login} is already a maintainer of ${g.team}`);
      }
      if (existing === undefined) await api.addTeamMembership(g.org, g.team, g.login, 'member');
      return;
    }
    const current = await api.getCollaboratorPermission(g.owner, g.repo, g.login);
    if (current === g.permission) return;
    if (current !== undefined) {
      throw new ProviderError('E_PROVIDER_REPO_PERMISSION_CONFLICT', target.name, `${g.login} already has ${current} on ${g.repo}`);
    }
    const invitations = await invitationsOf(g);
    if (invitations.some((i) => i.permission === g.permission)) return;
    const other = invitations[0];
    if (other !== undefined) {
      throw new ProviderError('E_PROVIDER_REPO_PERMISSION_CONFLICT', target.name, `${g.login} has a pending ${other.permission} invitation to ${g.repo}`);
    }
    await api.addCollaborator(g.owner, g.repo, g.login, g.permission);
  }

  /** Per grant: in effect (present) and nothing left (absent), with what was seen. */
  async function inspectOne(g: CheckedGithubGrant): Promise<{ present: boolean; absent: boolean; detail: string }> {
    if (g.kind === 'team') {
      const m = await api.getTeamMembership(g.org, g.team, g.login);
      const detail = m === undefined ? `${g.login} is not in team ${g.team}` : `${g.login} is ${m.state} ${m.role} of team ${g.team}`;
      return { present: m?.state === 'active', absent: m === undefined, detail };
    }
    const permission = await api.getCollaboratorPermission(g.owner, g.repo, g.login);
    const invitations = await invitationsOf(g);
    const parts = [
      permission === undefined ? `${g.login} is not a direct collaborator on ${g.repo}` : `${g.login} has ${permission} on ${g.repo}`,
      ...invitations.map((i) => `pending invitation ${i.id} (${i.permission}) to ${g.repo}`),
    ];
    return {
      present: permission !== undefined && RANK[permission] >= RANK[g.permission],
      absent: permission === undefined && invitations.length === 0,
      detail: parts.join('; '),
    };
  }

  async function inspectAll(checked: readonly CheckedGithubGrant[]): Promise<Inspection> {
    const results = [];
    for (const g of checked) results.push(await inspectOne(g));
    return {
      present: results.every((r) => r.present),
      absent: results.every((r) => r.absent),
      details: results.map((r) => r.detail),
    };
  }

  return {
    id: 'github',
    kinds: ['team', 'repo'],
    listsManaged: false,
    plan: planGithub,
    async grant(grant: GithubTargetGrant) {
      const checked = checkGithubGrant(grant);
      for (const g of checked) await grantOne(g);
      // Pending (invited) counts as granted: the person must accept, nothing more for us to do.
      for (const g of checked) {
        const seen = await inspectOne(g);
        if (seen.absent) {
          throw new ProviderError('E_PROVIDER_GRANT_NOT_VERIFIED', target.name, `grant of request ${grant.requestId} did not read back`, [seen.detail]);
        }
      }
    },
    async revoke(grant: GithubTargetGrant) {
      const checked = checkGithubGrant(grant);
      for (const g of checked) {
        if (g.kind === 'team') {
          await api.removeTeamMembership(g.org, g.team, g.login);
          continue;
        }
        // Invitations first: accepted after the removal, one would restore access.
        for (const i of await invitationsOf(g)) await api.deleteInvitation(g.owner, g.repo, i.id);
        await api.removeCollaborator(g.owner, g.repo, g.login);
      }
      const inspection = await inspectAll(checked);
      if (!inspection.absent) throw new RevokeNotVerified(target.name, grant.requestId, inspection);
    },
    async inspect(grant: GithubTargetGrant) {
      return inspectAll(checkGithubGrant(grant));
    },
    async listManaged(): Promise<readonly ManagedGrant[]> {
      return [];
    },
    async close() {
      // The GitHub port owns its HTTP agent.
    },
  };
}
