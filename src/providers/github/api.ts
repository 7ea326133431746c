/**
 * The slice of GitHub the github provider needs, implemented by the GitHub
 * port (src/github/). Kept narrow so the provider can be tested against the
 * local stand-in and never builds URLs itself.
 */
export type TeamMembershipState = 'active' | 'pending';
export type RepoPermission = 'pull' | 'triage' | 'push' | 'maintain' | 'admin';

export interface GithubAccessApi {
  /** PUT /orgs/{org}/teams/{team_slug}/memberships/{username} */
  addTeamMembership(org: string, team: string, login: string, role: 'member'): Promise<{ state: TeamMembershipState }>;
  /** DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}; resolves also when not a member. */
  removeTeamMembership(org: string, team: string, login: string): Promise<void>;
  /** GET /orgs/{org}/teams/{team_slug}/memberships/{username}; undefined on 404. */
  getTeamMembership(org: string, team: string, login: string): Promise<{ state: TeamMembershipState; role: 'member' | 'maintainer' } | undefined>;
  /** All members (login) of a team, every page read. */
  listTeamMembers(org: string, team: string): Promise<readonly string[]>;
  /** PUT /repos/{owner}/{repo}/collaborators/{username}; returns the invitation id when one was created. */
  addCollaborator(owner: string, repo: string, login: string, permission: RepoPermission): Promise<{ invitationId?: number }>;
  /** DELETE /repos/{owner}/{repo}/collaborators/{username}; resolves also when not a collaborator. */
  removeCollaborator(owner: string, repo: string, login: string): Promise<void>;
  /**
   * GET /repos/{owner}/{repo}/collaborators/{username}/permission: the
   * person's effective permission, the highest from any source (direct,
   * a team, the organization's base role); undefined when they have none.
   * It cannot tell a direct permission from an inherited one.
   */
  getCollaboratorPermission(owner: string, repo: string, login: string): Promise<RepoPermission | undefined>;
  /**
   * GET /repos/{owner}/{repo}/collaborators?affiliation=direct, every page:
   * the logins of the repository's direct collaborators, the only access a
   * collaborator grant adds and DELETE .../collaborators/{username} removes.
   * (Its role names are effective ones too, so only membership is used.)
   */
  listDirectCollaborators(owner: string, repo: string): Promise<readonly string[]>;
  /** Pending invitations of a repository, every page read. */
  listInvitations(owner: string, repo: string): Promise<readonly { id: number; invitee: string | undefined; permission: string }[]>;
  /** DELETE /repos/{owner}/{repo}/invitations/{invitation_id}; resolves also when gone. */
  deleteInvitation(owner: string, repo: string, invitationId: number): Promise<void>;
}
