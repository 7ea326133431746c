import type { GithubAccessApi } from '../providers/github/api.js';
import type { GithubClient } from './client.js';
import { addCollaborator, deleteInvitation, getCollaboratorPermission, listDirectCollaborators, listInvitations, removeCollaborator } from './repos.js';
import { addTeamMembership, getTeamMembership, listTeamMembers, removeTeamMembership } from './teams.js';

/**
 * The github provider's view of GitHub, over the port. GitHub's permission
 * endpoint reports the user's effective permission (direct, team or
 * organization base role); only the direct collaborator list tells whether a
 * permission is one a collaborator grant adds and its removal takes away.
 */
export function createGithubAccessApi(client: GithubClient): GithubAccessApi {
  const repoRef = (owner: string, repo: string) => ({ owner, repo });
  return {
    addTeamMembership: async (org, team, login, role) => {
      const m = await addTeamMembership(client, org, team, login, role);
      return { state: m.state };
    },
    removeTeamMembership: (org, team, login) => removeTeamMembership(client, org, team, login),
    getTeamMembership: (org, team, login) => getTeamMembership(client, org, team, login),
    listTeamMembers: (org, team) => listTeamMembers(client, org, team),
    addCollaborator: (owner, repo, login, permission) => addCollaborator(client, repoRef(owner, repo), login, permission),
    removeCollaborator: (owner, repo, login) => removeCollaborator(client, repoRef(owner, repo), login),
    getCollaboratorPermission: (owner, repo, login) => getCollaboratorPermission(client, repoRef(owner, repo), login),
    listDirectCollaborators: (owner, repo) => listDirectCollaborators(client, repoRef(owner, repo)),
    listInvitations: (owner, repo) => listInvitations(client, repoRef(owner, repo)),
    deleteInvitation: (owner, repo, id) => deleteInvitation(client, repoRef(owner, repo), id),
  };
}
