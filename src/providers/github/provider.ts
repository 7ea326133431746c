import type { GithubSpec as GrantSpec } from './types.js';
import type { Inspection, ManagedGrant, Provider } from '../contract.js';
import { ProviderError, RevokeNotVerified } from '../errors.js';
import { isHeld } from '../held.js';
import type { GithubAccessApi } from './api.js';
import { githubHeld, invitationsFor, isDirectCollaborator, RANK } from './held.js';
import { checkGithubGrant, planGithub, type CheckedGithubGrant, type GithubTarget, type GithubTargetGrant } from './plan.js';

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
 * first (`held`: a membership of the team, active or pending, in any role;
 * being a direct collaborator whose permission, as GitHub reports it, is at
 * least the one asked; with no direct collaboration, a pending invitation
 * with exactly it) and recorded by apply as already held: grant, revoke and
 * inspect then leave those parts alone, so a revocation never takes away
 * standing access. A repository grant adds a direct collaborator and its
 * revocation removes that, so a permission inherited through a team or the
 * organization's base role is neither held nor touched. A part not held that
 * would change an existing different team role or direct permission (a
 * direct pull held, push asked) is refused: the revocation removes the whole
 * membership or direct collaboration and could not put the earlier one back.
 * `listManaged` returns nothing: recovery of a crash between grant and ledger
 * commit relies on the ledger's intent event.
 */
export function createGithubProvider(target: GithubTarget, api: GithubAccessApi): Provider<GithubTarget, GrantSpec> {
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
   * different team role or direct permission is refused (this tool never
   * changes access it cannot restore exactly).
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
    if (await isDirectCollaborator(api, g)) {
      const current = await api.getCollaboratorPermission(g.owner, g.repo, g.login);
      if (current === g.permission) return;
      throw new ProviderError(
        'E_PROVIDER_REPO_PERMISSION_CONFLICT',
        target.name,
        `${g.login} is a direct collaborator on ${g.repo} with ${current ?? 'no'} permission (as GitHub reports it); ${g.permission} was asked`,
      );
    }
    const invitations = await invitationsFor(api, g);
    if (invitations.some((i) => i.permission === g.permission)) return;
    const other = invitations[0];
    if (other !== undefined) {
      throw new ProviderError(
        'E_PROVIDER_REPO_PERMISSION_CONFLICT',
        target.name,
        `${g.login} has a pending ${other.permission} invitation to ${g.repo}; ${g.permission} was asked`,
      );
    }
    // Added even when a team or the organization already gives as much: this
    // direct permission is the grant's own, and its revocation removes only it.
    await api.addCollaborator(g.owner, g.repo, g.login, g.permission);
  }

  /**
   * Per part: in effect (present) and nothing left (absent), with what was
   * seen. For a repository both are about the direct collaborator and the
   * invitations, what the grant adds; an inherited permission is neither.
   */
  async function inspectOne(g: CheckedGithubGrant): Promise<{ present: boolean; absent: boolean; detail: string }> {
    if (g.kind === 'team') {
      const m = await api.getTeamMembership(g.org, g.team, g.login);
      const detail = m === undefined ? `${g.login} is not in team ${g.team}` : `${g.login} is ${m.state} ${m.role} of team ${g.team}`;
      return { present: m?.state === 'active', absent: m === undefined, detail };
    }
    const direct = await isDirectCollaborator(api, g);
    const permission = direct ? await api.getCollaboratorPermission(g.owner, g.repo, g.login) : undefined;
    const invitations = await invitationsFor(api, g);
    const parts = [
      direct
        ? `${g.login} is a direct collaborator on ${g.repo} with ${permission ?? 'no'} permission`
        : `${g.login} is not a direct collaborator on ${g.repo}`,
      ...invitations.map((i) => `pending invitation ${i.id} (${i.permission}) to ${g.repo}`),
    ];
    return {
      present: permission !== undefined && RANK[permission] >= RANK[g.permission],
      absent: !direct && invitations.length === 0,
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
    recordsHeld: true,
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
        for (const i of await invitationsFor(api, g)) await api.deleteInvitation(g.owner, g.repo, i.id);
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
