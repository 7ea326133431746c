import type { GrantSpec } from '../../policy/decision.js';
import type { GithubReads } from '../contract.js';
import type { RepoPermission, TeamMembershipState } from './api.js';
import { checkGithubGrant, type CheckedGithubGrant, type GithubTargetGrant } from './check.js';

export const RANK: Readonly<Record<RepoPermission, number>> = { pull: 1, triage: 2, push: 3, maintain: 4, admin: 5 };

/** Invitations speak GitHub's older names: read = pull, write = push. */
export function invitationPermission(permission: string): string {
  if (permission === 'read') return 'pull';
  if (permission === 'write') return 'push';
  return permission;
}

/** What GitHub shows of one part of a grant for the person; undefined fields were not found (404). */
export type Observed =
  | { readonly kind: 'team'; readonly membership: { readonly state: TeamMembershipState; readonly role: 'member' | 'maintainer' } | undefined }
  | { readonly kind: 'repo'; readonly permission: RepoPermission | undefined; readonly invitations: readonly string[] };

/**
 * Does the person already hold this part, so that granting it changes
 * nothing? A membership of the team in any state or role (a maintainer is a
 * member, and a member grant would demote them); a direct permission equal to
 * or higher than the one asked; with no direct permission, a pending
 * invitation with exactly the one asked. A lower permission is not held: the
 * grant is refused instead (provider.ts).
 */
export function holds(g: CheckedGithubGrant, seen: Observed): boolean {
  if (g.kind === 'team') return seen.kind === 'team' && seen.membership !== undefined;
  if (seen.kind !== 'repo') return false;
  if (seen.permission !== undefined) return RANK[seen.permission] >= RANK[g.permission];
  return seen.invitations.includes(g.permission);
}

async function observe(g: CheckedGithubGrant, github: GithubReads): Promise<Observed> {
  if (g.kind === 'team') return { kind: 'team', membership: await github.getTeamMembership(g.org, g.team, g.login) };
  const permission = await github.getCollaboratorPermission(g.owner, g.repo, g.login);
  // An invitation only matters while the person has no direct permission.
  if (permission !== undefined) return { kind: 'repo', permission, invitations: [] };
  const login = g.login.toLowerCase();
  const invitations = (await github.listInvitations(g.owner, g.repo)).filter((i) => i.invitee?.toLowerCase() === login).map((i) => invitationPermission(i.permission));
  return { kind: 'repo', permission, invitations };
}

/**
 * The parts of the grant (the same spec objects) the person already holds,
 * read through `github`: the provider's own port at apply, the PR check's
 * read-only token at review time. Read-only.
 */
export async function githubHeld(grant: GithubTargetGrant, github: GithubReads): Promise<readonly GrantSpec[]> {
  const checked = checkGithubGrant(grant);
  const out: GrantSpec[] = [];
  for (const [i, g] of checked.entries()) {
    const spec = grant.grants[i];
    if (spec !== undefined && holds(g, await observe(g, github))) out.push(spec);
  }
  return out;
}
