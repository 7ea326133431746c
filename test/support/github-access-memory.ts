import type { GithubAccessApi, RepoPermission, TeamMembershipState } from '../../src/providers/github/api.js';

/**
 * GitHub's team and collaborator state in memory, for provider tests. It
 * mirrors the GitHub behaviour the provider must cope with:
 * - a team membership for someone outside the organisation is `pending`
 *   (GitHub sends an organisation invitation) until they accept;
 * - adding a collaborator who is not an organisation member creates a
 *   repository invitation; they are a collaborator only once they accept;
 * - invitations report `read`/`write` where the rest of the API says pull/push;
 * - removals resolve when there is nothing to remove; unknown teams, repos and
 *   users are 404s;
 * - a team may have access to a repository: its active members inherit it,
 *   and the permission endpoint reports the highest permission from any
 *   source, while the direct collaborator list holds only direct ones.
 * Logins compare case-insensitively, as on GitHub.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

type Method = keyof GithubAccessApi;
type Membership = { state: TeamMembershipState; role: 'member' | 'maintainer' };
interface RepoState {
  readonly collaborators: Map<string, RepoPermission>;
  readonly invitations: Map<number, { invitee: string; permission: RepoPermission }>;
}

const CHANGES: ReadonlySet<Method> = new Set<Method>([
  'addTeamMembership',
  'removeTeamMembership',
  'addCollaborator',
  'removeCollaborator',
  'deleteInvitation',
]);
const key = (login: string): string => login.toLowerCase();
const RANKS: readonly RepoPermission[] = ['pull', 'triage', 'push', 'maintain', 'admin'];
const inviteName = (p: RepoPermission): string => (p === 'pull' ? 'read' : p === 'push' ? 'write' : p);

export class MemoryGithubAccess implements GithubAccessApi {
  readonly users = new Set<string>();
  readonly orgMembers = new Set<string>();
  readonly teams = new Map<string, Map<string, Membership>>();
  readonly repos = new Map<string, RepoState>();
  /** team -> repo -> what the team's active members inherit there. */
  readonly teamRepos = new Map<string, Map<string, RepoPermission>>();
  /** Every call, `method(args)`, for tests that count side effects. */
  readonly calls: string[] = [];
  private readonly faults = new Map<Method, Error[]>();
  private failAfterChange: 'off' | 'armed' | 'tripped' = 'off';
  private nextInvitation = 1000;

  constructor(readonly org: string) {}

  addUser(login: string, orgMember: boolean): this {
    this.users.add(key(login));
    if (orgMember) this.orgMembers.add(key(login));
    return this;
  }

  addTeam(slug: string): this {
    this.teams.set(slug, new Map());
    return this;
  }

  addRepo(name: string): this {
    this.repos.set(name, { collaborators: new Map(), invitations: new Map() });
    return this;
  }

  /** The team gets `permission` on the repository: its active members inherit it. */
  grantTeamRepo(team: string, repo: string, permission: RepoPermission): this {
    const repos = this.teamRepos.get(team) ?? new Map<string, RepoPermission>();
    repos.set(repo, permission);
    this.teamRepos.set(team, repos);
    return this;
  }

  /** The next call of `method` throws `error` (GitHub outage, 5xx) instead of acting. */
  failNext(method: Method, error: Error = new HttpError(502, `${method}: bad gateway`)): void {
    const queue = this.faults.get(method) ?? [];
    queue.push(error);
    this.faults.set(method, queue);
  }

  /** The next changing call succeeds, and the call after it (of any kind) fails once: a crash mid-way. */
  failAfterNextChange(): void {
    this.failAfterChange = 'armed';
  }

  /** The user accepts their organisation invitation: pending memberships become active. */
  acceptOrgInvitation(login: string): void {
    this.orgMembers.add(key(login));
    for (const members of this.teams.values()) {
      const m = members.get(key(login));
      if (m !== undefined) m.state = 'active';
    }
  }

  acceptRepoInvitation(repo: string, login: string): void {
    const r = this.repo(repo);
    for (const [id, inv] of r.invitations) {
      if (inv.invitee === key(login)) {
        r.collaborators.set(key(login), inv.permission);
        r.invitations.delete(id);
      }
    }
  }

  private enter(method: Method, ...args: readonly unknown[]): void {
    this.calls.push(`${method}(${args.join(',')})`);
    if (this.failAfterChange === 'tripped') {
      this.failAfterChange = 'off';
      throw new HttpError(502, `${method}: connection reset`);
    }
    if (this.failAfterChange === 'armed' && CHANGES.has(method)) this.failAfterChange = 'tripped';
    const fault = this.faults.get(method)?.shift();
    if (fault !== undefined) throw fault;
  }

  private team(org: string, slug: string): Map<string, Membership> {
    const team = org.toLowerCase() === this.org.toLowerCase() ? this.teams.get(slug) : undefined;
    if (team === undefined) throw new HttpError(404, 'team not found');
    return team;
  }

  private repo(name: string, owner: string = this.org): RepoState {
    const repo = owner.toLowerCase() === this.org.toLowerCase() ? this.repos.get(name) : undefined;
    if (repo === undefined) throw new HttpError(404, 'repository not found');
    return repo;
  }

  private user(login: string): string {
    if (!this.users.has(key(login))) throw new HttpError(404, 'user not found');
    return key(login);
  }

  async addTeamMembership(org: string, team: string, login: string, role: 'member'): Promise<{ state: TeamMembershipState }> {
    this.enter('addTeamMembership', org, team, login, role);
    const members = this.team(org, team);
    const user = this.user(login);
    const existing = members.get(user);
    const state: TeamMembershipState = existing?.state ?? (this.orgMembers.has(user) ? 'active' : 'pending');
    members.set(user, { state, role });
    return { state };
  }

  async removeTeamMembership(org: string, team: string, login: string): Promise<void> {
    this.enter('removeTeamMembership', org, team, login);
    this.team(org, team).delete(key(login));
  }

  async getTeamMembership(org: string, team: string, login: string): Promise<Membership | undefined> {
    this.enter('getTeamMembership', org, team, login);
    const m = this.team(org, team).get(key(login));
    return m === undefined ? undefined : { ...m };
  }

  async listTeamMembers(org: string, team: string): Promise<readonly string[]> {
    this.enter('listTeamMembers', org, team);
    // GitHub lists active members only.
    return [...this.team(org, team)].filter(([, m]) => m.state === 'active').map(([login]) => login);
  }

  async addCollaborator(owner: string, repo: string, login: string, permission: RepoPermission): Promise<{ invitationId?: number }> {
    this.enter('addCollaborator', owner, repo, login, permission);
    const r = this.repo(repo, owner);
    const user = this.user(login);
    if (r.collaborators.has(user) || this.orgMembers.has(user)) {
      r.collaborators.set(user, permission);
      return {};
    }
    for (const [id, inv] of r.invitations) {
      if (inv.invitee === user) {
        inv.permission = permission;
        return { invitationId: id };
      }
    }
    const id = this.nextInvitation++;
    r.invitations.set(id, { invitee: user, permission });
    return { invitationId: id };
  }

  async removeCollaborator(owner: string, repo: string, login: string): Promise<void> {
    this.enter('removeCollaborator', owner, repo, login);
    this.repo(repo, owner).collaborators.delete(key(login));
  }

  async getCollaboratorPermission(owner: string, repo: string, login: string): Promise<RepoPermission | undefined> {
    this.enter('getCollaboratorPermission', owner, repo, login);
    const sources = [this.repo(repo, owner).collaborators.get(key(login))];
    for (const [team, repos] of this.teamRepos) {
      if (this.teams.get(team)?.get(key(login))?.state === 'active') sources.push(repos.get(repo));
    }
    const ranks = sources.filter((p): p is RepoPermission => p !== undefined).map((p) => RANKS.indexOf(p));
    return ranks.length === 0 ? undefined : RANKS[Math.max(...ranks)];
  }

  async listDirectCollaborators(owner: string, repo: string): Promise<readonly string[]> {
    this.enter('listDirectCollaborators', owner, repo);
    return [...this.repo(repo, owner).collaborators.keys()];
  }

  async listInvitations(owner: string, repo: string): Promise<readonly { id: number; invitee: string | undefined; permission: string }[]> {
    this.enter('listInvitations', owner, repo);
    return [...this.repo(repo, owner).invitations].map(([id, inv]) => ({ id, invitee: inv.invitee, permission: inviteName(inv.permission) }));
  }

  async deleteInvitation(owner: string, repo: string, invitationId: number): Promise<void> {
    this.enter('deleteInvitation', owner, repo, invitationId);
    this.repo(repo, owner).invitations.delete(invitationId);
  }
}
