import { exactId, oneOf } from './accounts.js';
import type { GithubClient } from './client.js';
import { call, callOrNotFound } from './errors.js';
import { type RepoRef, checkName, checkRepo } from './names.js';
import { PER_PAGE, collectPages } from './paginate.js';
import type { CodeownersError, Repository } from './types.js';

const GET_REPO = 'GET /repos/{owner}/{repo}';
const CODEOWNERS_ERRORS = 'GET /repos/{owner}/{repo}/codeowners/errors';
const LIST_COLLABORATORS = 'GET /repos/{owner}/{repo}/collaborators';
const GET_PERMISSION = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
const PUT_COLLABORATOR = 'PUT /repos/{owner}/{repo}/collaborators/{username}';
const DELETE_COLLABORATOR = 'DELETE /repos/{owner}/{repo}/collaborators/{username}';
const LIST_INVITATIONS = 'GET /repos/{owner}/{repo}/invitations';
const DELETE_INVITATION = 'DELETE /repos/{owner}/{repo}/invitations/{invitation_id}';

export type RepoPermission = 'pull' | 'triage' | 'push' | 'maintain' | 'admin';

export async function getRepo(client: GithubClient, repo: RepoRef): Promise<Repository> {
  const { data } = await call(GET_REPO, () => client.octokit.request(GET_REPO, { ...checkRepo(repo) }));
  return { id: exactId(data.id), fullName: data.full_name, defaultBranch: data.default_branch, private: data.private };
}

/**
 * GitHub's own parse errors of the CODEOWNERS file at commit `sha` (trusted
 * config is read by SHA), or undefined when there is no CODEOWNERS file (404).
 */
export async function getCodeownersErrors(client: GithubClient, repo: RepoRef, sha: string): Promise<CodeownersError[] | undefined> {
  const params = { ...checkRepo(repo), ref: checkName('sha', sha) };
  const res = await callOrNotFound(CODEOWNERS_ERRORS, () => client.octokit.request(CODEOWNERS_ERRORS, params));
  return res?.data.errors.map((e) => ({ line: e.line, column: e.column, kind: e.kind, message: e.message, path: e.path }));
}

/** GitHub's role names for our permission words (role_name of GET .../permission). */
const ROLE_TO_PERMISSION: Readonly<Record<string, RepoPermission>> = {
  read: 'pull',
  triage: 'triage',
  write: 'push',
  maintain: 'maintain',
  admin: 'admin',
};

/**
 * The user's permission on the repository as GitHub computes it, or undefined
 * when they have none (404 or "none"). A custom role name fails closed.
 */
export async function getCollaboratorPermission(client: GithubClient, repo: RepoRef, login: string): Promise<RepoPermission | undefined> {
  const params = { ...checkRepo(repo), username: checkName('login', login) };
  const res = await callOrNotFound(GET_PERMISSION, () => client.octokit.request(GET_PERMISSION, params));
  if (res === undefined || res.data.role_name === 'none' || res.data.permission === 'none') return undefined;
  return oneOf<RepoPermission>(['pull', 'triage', 'push', 'maintain', 'admin'], ROLE_TO_PERMISSION[res.data.role_name] ?? '', 'repository role');
}

/**
 * Logins of the repository's direct collaborators (affiliation=direct), every
 * page. Their `role_name` is the highest role from any source (GitHub says
 * so), so only who is listed is used: that is what a collaborator grant adds.
 */
export async function listDirectCollaborators(client: GithubClient, repo: RepoRef): Promise<string[]> {
  const params = { ...checkRepo(repo), affiliation: 'direct' as const, per_page: PER_PAGE };
  const items = await call(LIST_COLLABORATORS, () =>
    collectPages(client.octokit.paginate.iterator(LIST_COLLABORATORS, params), {
      operation: LIST_COLLABORATORS,
      key: (c) => c.id,
      probe: async (page) => (await client.octokit.request(LIST_COLLABORATORS, { ...params, page })).data.length,
    }),
  );
  return items.map((c) => c.login);
}

/** Adds or updates a collaborator; returns the invitation id when GitHub sent an invitation instead. */
export async function addCollaborator(client: GithubClient, repo: RepoRef, login: string, permission: RepoPermission): Promise<{ invitationId?: number }> {
  const params = { ...checkRepo(repo), username: checkName('login', login), permission };
  const res = await call(PUT_COLLABORATOR, () => client.octokit.request(PUT_COLLABORATOR, params));
  return res.status === 201 && res.data !== undefined ? { invitationId: exactId(res.data.id) } : {};
}

/** Removes a collaborator; succeeds when they were not one. */
export async function removeCollaborator(client: GithubClient, repo: RepoRef, login: string): Promise<void> {
  const params = { ...checkRepo(repo), username: checkName('login', login) };
  await callOrNotFound(DELETE_COLLABORATOR, () => client.octokit.request(DELETE_COLLABORATOR, params));
}

export interface Invitation {
  readonly id: number;
  readonly invitee: string | undefined;
  readonly permission: string;
}

export async function listInvitations(client: GithubClient, repo: RepoRef): Promise<Invitation[]> {
  const params = { ...checkRepo(repo), per_page: PER_PAGE };
  const items = await call(LIST_INVITATIONS, () =>
    collectPages(client.octokit.paginate.iterator(LIST_INVITATIONS, params), {
      operation: LIST_INVITATIONS,
      key: (i) => i.id,
      probe: async (page) => (await client.octokit.request(LIST_INVITATIONS, { ...params, page })).data.length,
    }),
  );
  return items.map((i) => ({ id: exactId(i.id), invitee: i.invitee?.login, permission: i.permissions }));
}

/** Cancels an invitation; succeeds when it is already gone. */
export async function deleteInvitation(client: GithubClient, repo: RepoRef, invitationId: number): Promise<void> {
  const params = { ...checkRepo(repo), invitation_id: exactId(invitationId) };
  await callOrNotFound(DELETE_INVITATION, () => client.octokit.request(DELETE_INVITATION, params));
}
