import type { GrantSpec } from '../../policy/decision.js';
import type { Inspection, ManagedGrant, Provider } from '../contract.js';
import { ProviderError, RevokeNotVerified } from '../errors.js';
import { isHeld } from '../held.js';
import type { GithubAccessApi } from './api.js';
import { githubHeld, invitationPermission, RANK } from './held.js';
import { checkGithubGrant, planGithub, type CheckedGithubGrant, type GithubTarget, type GithubTargetGrant } from './plan.js';

const same = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** A checked part with the spec it came from and whether the person held it before the grant. */
interface Part {
  readonly g: CheckedGithubGrant;
  readonly spec: GrantSpec;
  readonly held: boolean;
}

/**
 * GitHub team membership and repository collaborator grants.
 *
 * GitHub has no place for a tag, so this provider cannot tell a membership it
 * made from one that existed before. What the person already holds is read
 * first (`held`: a membership of the team, active or pending, in any role; a
 * direct permission at least the one asked; a pending invitation with exactly
 * it) and recorded by apply as already held: grant, revoke and inspect then
 * leave those parts alone, so a revocation never takes away standing access.
 * A part not held that would change an existing different role or permission
 * (pull held, push asked) is refused: granting would change the person's
 * access, and no revocation could restore it exactly. `listManaged` returns
 * nothing: recovery of a crash between grant and ledger commit relies on the
 * ledger's intent event.
 */
export function createGithubProvider(target: GithubTarget, api: GithubAccessApi): Provider<GithubTarget> {
  async function invitationsOf(g: Extract<CheckedGithubGrant, { kind: 'repo' }>): Promise<{ id: number; permission: string }[]> {
    const all = await api.listInvitations(g.owner, g.repo);
    return all.filter((i) => same(i.invitee, g.login)).map((i) => ({ id: i.id, permission: invitationPermission(i.permission) }));
  }

  function partsOf(grant: GithubTargetGrant): Part[] {
    const checked = checkGithubGrant(grant);
    return checked.map((g, i) => {
      const spec = grant.grants[i];
      if (spec === undefined) throw new Error('checkGithubGrant lost a grant');
      return { g, spec, held: isHeld(grant, spec) };
    });
  }

  /**
   * Puts one part the person did not hold before into effect. One already in
   * effect through another live grant of this tool is shared, not changed; a
   * different role or permission is refused (this tool never changes access
   * it cannot restore exactly).
   */
  async function grantOne(g: CheckedGithubGrant): Promise<void> {
    if (g.kind === 'team') {
      const existing = await api.getTeamMembership(g.org, g.team, g.login);
      if (existing?.role === 'maintainer') {
        throw new ProviderError('E_PROVIDER_TEAM_ROLE_CONFLICT', target.name, `${g.login} is a maintainer of ${g.team}; a member grant would demote them`);
      }
      if (existing === undefined) await api.addTeamMembership(g.org, g.team, g.login, 'member');
      return;
    }
    const current = await api.getCollaboratorPermission(g.owner, g.repo, g.login);
    if (current === g.permission) return;
    if (current !== undefined) {
      throw new ProviderError('E_PROVIDER_REPO_PERMISSION_CONFLICT', target.name, `${g.login} already has ${current} on ${g.repo}; ${g.permission} was asked`);
    }
    const invitations = await invitationsOf(g);
    if (invitations.some((i) => i.permission === g.permission)) return;
    const other = invitations[0];
    if (other !== undefined) {
      throw new ProviderError('E_PROVIDER_REPO_PERMISSION_CONFLICT', target.name, `${g.login} has a pending ${other.permission} invitation to ${g.repo}; ${g.permission} was asked`);
    }
    await api.addCollaborator(g.owner, g.repo, g.login, g.permission);
  }

  /** Per part: in effect (present) and nothing left (absent), with what was seen. */
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

  /**
   * A part held before the grant is present while the person still holds it
   * as they did (a pending membership or invitation included: that is how it
   * was held), and never counts against `absent`: it was never ours to end.
   */
  async function inspectAll(parts: readonly Part[]): Promise<Inspection> {
    const results = [];
    for (const p of parts) {
      const seen = await inspectOne(p.g);
      results.push(p.held ? { present: !seen.absent, absent: true, detail: `${seen.detail} (held before this grant; left in place)` } : seen);
    }
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
    held: (grant: GithubTargetGrant) => githubHeld(grant, api),
    async grant(grant: GithubTargetGrant) {
      const parts = partsOf(grant).filter((p) => !p.held);
      for (const p of parts) await grantOne(p.g);
      // Pending (invited) counts as granted: the person must accept, nothing more for us to do.
      for (const p of parts) {
        const seen = await inspectOne(p.g);
        if (seen.absent) {
          throw new ProviderError('E_PROVIDER_GRANT_NOT_VERIFIED', target.name, `grant of request ${grant.requestId} did not read back`, [seen.detail]);
        }
      }
    },
    async revoke(grant: GithubTargetGrant) {
      const parts = partsOf(grant);
      for (const { g, held } of parts) {
        if (held) continue;
        if (g.kind === 'team') {
          await api.removeTeamMembership(g.org, g.team, g.login);
          continue;
        }
        // Invitations first: accepted after the removal, one would restore access.
        for (const i of await invitationsOf(g)) await api.deleteInvitation(g.owner, g.repo, i.id);
        await api.removeCollaborator(g.owner, g.repo, g.login);
      }
      const inspection = await inspectAll(parts);
      if (!inspection.absent) throw new RevokeNotVerified(target.name, grant.requestId, inspection);
    },
    async inspect(grant: GithubTargetGrant) {
      return inspectAll(partsOf(grant));
    },
    async listManaged(): Promise<readonly ManagedGrant[]> {
      return [];
    },
    async close() {
      // The GitHub port owns its HTTP agent.
    },
  };
}
