import { oneOf } from './accounts.js';
import type { GithubClient } from './client.js';
import { GithubError, call, githubMessage, statusOf, toGithubError } from './errors.js';
import { checkName } from './names.js';
import { PER_PAGE, collectPages } from './paginate.js';

const MEMBERSHIP = '/orgs/{org}/teams/{team_slug}/memberships/{username}';
const GET_MEMBERSHIP = `GET ${MEMBERSHIP}` as const;
const PUT_MEMBERSHIP = `PUT ${MEMBERSHIP}` as const;
const DELETE_MEMBERSHIP = `DELETE ${MEMBERSHIP}` as const;
const LIST_MEMBERS = 'GET /orgs/{org}/teams/{team_slug}/members';

/**
 * GitHub answers 404 for a membership that does not exist, and also for any
 * membership of a team the token cannot see: a token without the
 * organization permission "Members: read" (the workflow GITHUB_TOKEN can
 * never have it) gets 404 for every team, members and all
 * (https://docs.github.com/en/rest/teams/members#get-team-membership-for-a-user).
 * Reading that 404 as "not a member" turns a real team code owner's approval
 * into "not an owner". So a 404 is believed only once the team itself is
 * shown to be visible, by one more read that needs the same permission
 * (its first page of members, one entry long); otherwise the call fails
 * with E_GITHUB_TEAM_NOT_VISIBLE, fail closed, naming the permission.
 */

export interface TeamMembership {
  readonly state: 'active' | 'pending';
  readonly role: 'member' | 'maintainer';
}

function params(org: string, team: string, login: string) {
  return { org: checkName('login', org), team_slug: checkName('team', team), username: checkName('login', login) };
}

function membership(data: { state: string; role: string }): TeamMembership {
  return {
    state: oneOf(['active', 'pending'], data.state, 'membership state'),
    role: oneOf(['member', 'maintainer'], data.role, 'membership role'),
  };
}

/** A 404, or a 403 that is not a rate limit: what GitHub answers about a team the token cannot see. */
function unseen(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 404) return true;
  const converted = toGithubError('team', error);
  return status === 403 && converted.code === 'E_GITHUB_FORBIDDEN';
}

function notVisible(org: string, team: string, error: unknown): GithubError {
  return new GithubError(
    'E_GITHUB_TEAM_NOT_VISIBLE',
    `team ${org}/${team}: GitHub answered ${statusOf(error) ?? 'an error'} for the team itself (${githubMessage(error) || 'no message'}): ` +
      'it does not exist, or this token lacks the organization permission "Members: read"',
    { status: statusOf(error) ?? 404, cause: error },
  );
}

/** Throws E_GITHUB_TEAM_NOT_VISIBLE unless the token can see the team. */
export async function requireVisibleTeam(client: GithubClient, org: string, team: string): Promise<void> {
  const p = { org: checkName('login', org), team_slug: checkName('team', team), per_page: 1 };
  try {
    await client.octokit.request(LIST_MEMBERS, p);
  } catch (error) {
    if (unseen(error)) throw notVisible(org, team, error);
    throw toGithubError(LIST_MEMBERS, error);
  }
}

/** Whether the token can see the team (doctor asks this of every team it finds named). */
export async function isTeamVisible(client: GithubClient, org: string, team: string): Promise<boolean> {
  try {
    await requireVisibleTeam(client, org, team);
    return true;
  } catch (error) {
    if (error instanceof GithubError && error.code === 'E_GITHUB_TEAM_NOT_VISIBLE') return false;
    throw error;
  }
}

/**
 * A user's membership of a team (pending = invited, not yet a member), or
 * undefined when there is none, which is believed only for a team the
 * token can see.
 */
export async function getTeamMembership(client: GithubClient, org: string, team: string, login: string): Promise<TeamMembership | undefined> {
  const p = params(org, team, login);
  try {
    const res = await client.octokit.request(GET_MEMBERSHIP, p);
    return membership(res.data);
  } catch (error) {
    if (!unseen(error)) throw toGithubError(GET_MEMBERSHIP, error);
    if (statusOf(error) !== 404) throw notVisible(org, team, error);
  }
  await requireVisibleTeam(client, org, team);
  return undefined;
}

export async function addTeamMembership(
  client: GithubClient,
  org: string,
  team: string,
  login: string,
  role: 'member' | 'maintainer',
): Promise<TeamMembership> {
  const { data } = await call(PUT_MEMBERSHIP, () => client.octokit.request(PUT_MEMBERSHIP, { ...params(org, team, login), role }));
  return membership(data);
}

/**
 * Removes a membership; succeeds when there was none, which, as for a read,
 * is believed only for a team the token can see: a revocation never ends
 * on a 404 that only meant "cannot see".
 */
export async function removeTeamMembership(client: GithubClient, org: string, team: string, login: string): Promise<void> {
  try {
    await client.octokit.request(DELETE_MEMBERSHIP, params(org, team, login));
    return;
  } catch (error) {
    if (statusOf(error) !== 404) throw toGithubError(DELETE_MEMBERSHIP, error);
  }
  await requireVisibleTeam(client, org, team);
}

/** Logins of the team's (active) members, every page read. */
export async function listTeamMembers(client: GithubClient, org: string, team: string): Promise<string[]> {
  const p = { org: checkName('login', org), team_slug: checkName('team', team), per_page: PER_PAGE };
  let members;
  try {
    members = await collectPages(client.octokit.paginate.iterator(LIST_MEMBERS, p), {
      operation: LIST_MEMBERS,
      key: (m) => m.login.toLowerCase(),
      probe: async (page) => (await client.octokit.request(LIST_MEMBERS, { ...p, page })).data.length,
    });
  } catch (error) {
    if (error instanceof GithubError) throw error;
    if (unseen(error)) throw notVisible(org, team, error);
    throw toGithubError(LIST_MEMBERS, error);
  }
  return members.map((m) => m.login);
}
