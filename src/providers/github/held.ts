import type { GithubSpec as GrantSpec } from './types.js';
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

/** The person's pending invitations to the repository, with the permission each would give. */
export async function invitationsFor(
  github: Pick<GithubReads, 'listInvitations'>,
  g: Extract<CheckedGithubGrant, { kind: 'repo' }>,
): Promise<{ id: number; permission: string }[]> {
  const login = g.login.toLowerCase();
  const all = await github.listInvitations(g.owner, g.repo);
  return all.filter((i) => i.invitee?.toLowerCase() === login).map((i) => ({ id: i.id, permission: invitationPermission(i.permission) }));
}

/**
 * Is the person a direct collaborator of the repository? That is the access
 * a collaborator grant adds and removing the collaborator takes away; a
 * permission through a team or the organization's base role is neither.
 */
export async function isDirectCollaborator(
  github: Pick<GithubReads, 'listDirectCollaborators'>,
  g: Extract<CheckedGithubGrant, { kind: 'repo' }>,
): Promise<boolean> {
  const login = g.login.toLowerCase();
  return (await github.listDirectCollaborators(g.owner, g.repo)).some((l) => l.toLowerCase() === login);
}

/** What GitHub shows of one part of a grant for the person; undefined fields were not found (404). */
export type Observed =
  | { readonly kind: 'team'; readonly membership: { readonly state: TeamMembershipState; readonly role: 'member' | 'maintainer' } | undefined }
  | {
      readonly kind: 'repo';
      readonly direct: boolean;
      /** The effective permission (read only for a direct collaborator): GitHub cannot tell its direct part apart. */
      readonly permission: RepoPermission | undefined;
      readonly invitations: readonly string[];
    };

/**
 * Does the person already hold this part, so that granting it changes
 * nothing? A membership of the team in any state or role (a maintainer is a
 * member, and a member grant would demote them). For a repository: being a
 * direct collaborator whose permission, as GitHub reports it, is at least the
 * one asked; with no direct collaboration, a pending invitation with exactly
 * the one asked. A permission that comes only through a team or the
 * organization is not held: the grant adds a direct one of its own, and its
 * revocation removes just that. A direct collaborator with a lower
 * permission is not held either: the grant is refused instead (provider.ts).
 */
export function holds(g: CheckedGithubGrant, seen: Observed): boolean {
  if (g.kind === 'team') return seen.kind === 'team' && seen.membership !== undefined;
  if (seen.kind !== 'repo') return false;
  if (seen.direct) return seen.permission !== undefined && RANK[seen.permission] >= RANK[g.permission];
  return seen.invitations.includes(g.permission);
}

async function observe(g: CheckedGithubGrant, github: GithubReads): Promise<Observed> {
  if (g.kind === 'team') return { kind: 'team', membership: await github.getTeamMembership(g.org, g.team, g.login) };
  // An invitation only matters while the person is not a direct collaborator.
  if (await isDirectCollaborator(github, g))
    return { kind: 'repo', direct: true, permission: await github.getCollaboratorPermission(g.owner, g.repo, g.login), invitations: [] };
  return { kind: 'repo', direct: false, permission: undefined, invitations: (await invitationsFor(github, g)).map((i) => i.permission) };
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
