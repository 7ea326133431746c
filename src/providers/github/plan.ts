import type { Operation, Plan, Planner } from '../contract.js';
import type { GithubSpec } from './types.js';
import { checkGithubGrant, type CheckedGithubGrant, type GithubTarget, type GithubTargetGrant } from './check.js';

// The checked forms are the provider's vocabulary; the planner is where most readers meet them.
export { checkGithubGrant, type CheckedGithubGrant, type GithubTarget, type GithubTargetGrant };

/** `/a/b/c` with every segment percent-encoded. */
export function path(...segments: readonly string[]): string {
  return segments.map((s) => `/${encodeURIComponent(s)}`).join('');
}

const http = (text: string, why: string, body?: Readonly<Record<string, string>>): Operation =>
  body === undefined ? { kind: 'http', text, why } : { kind: 'http', text, why, body };

export function grantOperation(g: CheckedGithubGrant): Operation {
  if (g.kind === 'team') {
    return http(
      `PUT ${path('orgs', g.org, 'teams', g.team, 'memberships', g.login)}`,
      'Adds the grantee to the team as a member (pending until they accept, if not yet in the organisation).',
      { role: 'member' },
    );
  }
  return http(
    `PUT ${path('repos', g.owner, g.repo, 'collaborators', g.login)}`,
    'Makes the grantee a direct collaborator (an invitation if they are outside the organisation).',
    { permission: g.permission },
  );
}

export function revokeOperations(g: CheckedGithubGrant): readonly Operation[] {
  if (g.kind === 'team') {
    return [
      http(`DELETE ${path('orgs', g.org, 'teams', g.team, 'memberships', g.login)}`, 'Removes the team membership, active or pending.'),
      http(`GET ${path('orgs', g.org, 'teams', g.team, 'memberships', g.login)}`, 'Read-back: must be 404.'),
    ];
  }
  const repo = path('repos', g.owner, g.repo);
  return [
    http(`GET ${repo}/invitations`, "Finds the grantee's pending invitations (every page)."),
    http(
      `DELETE ${repo}/invitations/{invitation_id}`,
      'Cancels each pending invitation of the grantee first, so it cannot be accepted after the removal below.',
    ),
    http(`DELETE ${path('repos', g.owner, g.repo, 'collaborators', g.login)}`, 'Removes the direct collaborator.'),
    http(
      `GET ${repo}/collaborators?affiliation=direct`,
      "Read-back (every page): the grantee is no longer a direct collaborator and no invitation is left. Access through a team or the organization is not this grant's and stays.",
    ),
  ];
}

export function planGithub(grant: GithubTargetGrant): Plan {
  const checked = checkGithubGrant(grant);
  return { grant: checked.map(grantOperation), revoke: checked.flatMap(revokeOperations) };
}

export const githubPlanner: Planner<GithubTarget, GithubSpec> = {
  id: 'github',
  kinds: ['team', 'repo'],
  recordsHeld: true,
  plan: planGithub,
  // Loaded only when the check asks: the plan itself needs none of it.
  seenHeld: async (grant, github) => (await import('./held.js')).githubHeld(grant, github),
};
