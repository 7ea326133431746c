import { oneOf } from './accounts.js';
import type { GithubClient } from './client.js';
import { call, callOrNotFound } from './errors.js';
import { checkName } from './names.js';
import { PER_PAGE, collectPages } from './paginate.js';

const MEMBERSHIP = '/orgs/{org}/teams/{team_slug}/memberships/{username}';
const GET_MEMBERSHIP = `GET ${MEMBERSHIP}` as const;
const PUT_MEMBERSHIP = `PUT ${MEMBERSHIP}` as const;
const DELETE_MEMBERSHIP = `DELETE ${MEMBERSHIP}` as const;
const LIST_MEMBERS = 'GET /orgs/{org}/teams/{team_slug}/members';

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

/** A user's membership of a team (pending = invited, not yet a member), or undefined when none. */
export async function getTeamMembership(
  client: GithubClient,
  org: string,
  team: string,
  login: string,
): Promise<TeamMembership | undefined> {
  const res = await callOrNotFound(GET_MEMBERSHIP, () => client.octokit.request(GET_MEMBERSHIP, params(org, team, login)));
  return res === undefined ? undefined : membership(res.data);
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

/** Removes a membership; succeeds when there was none. */
export async function removeTeamMembership(client: GithubClient, org: string, team: string, login: string): Promise<void> {
  await callOrNotFound(DELETE_MEMBERSHIP, () => client.octokit.request(DELETE_MEMBERSHIP, params(org, team, login)));
}

/** Logins of the team's (active) members, every page read. */
export async function listTeamMembers(client: GithubClient, org: string, team: string): Promise<string[]> {
  const p = { org: checkName('login', org), team_slug: checkName('team', team), per_page: PER_PAGE };
  const members = await call(LIST_MEMBERS, () =>
    collectPages(client.octokit.paginate.iterator(LIST_MEMBERS, p), {
      operation: LIST_MEMBERS,
      key: (m) => m.login.toLowerCase(),
      probe: async (page) => (await client.octokit.request(LIST_MEMBERS, { ...p, page })).data.length,
    }),
  );
  return members.map((m) => m.login);
}
