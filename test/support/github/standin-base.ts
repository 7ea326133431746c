import type { Server } from 'node:http';
import { Faults, RequestCounter } from './faults.js';
import { type FileMode, GitRepo, type Signature } from './git.js';
import { Router } from './http.js';
import { accessRoutes } from './routes/access.js';
import { contentRoutes } from './routes/contents.js';
import { gitDataRoutes } from './routes/git-data.js';
import { issueRoutes } from './routes/issues.js';
import { pullRoutes } from './routes/pulls.js';
import { repoRoutes } from './routes/repos.js';
import { settingsRoutes } from './routes/settings.js';
import { sharedResponseSchemas } from './schema.js';
import { safeSettings } from './settings-state.js';
import { listen } from './server.js';
import { Urls } from './shapes/urls.js';
import * as S from './state.js';
import { type TreeChange, buildTree, emptyTree } from './tree-builder.js';

/** A file to commit: text/bytes (mode 100644), null to delete, or an explicit kind. */
export type FileSpec =
  | string
  | Buffer
  | null
  | { readonly content: string | Buffer; readonly mode?: '100644' | '100755' }
  | { readonly symlink: string }
  | { readonly submodule: string };

export interface StandInOptions {
  /** Organization owning the git-backed repository (default 'acme'). */
  readonly owner?: string;
  readonly repo?: string;
  readonly defaultBranch?: string;
  /** Clock in epoch ms (default Date.now). */
  readonly now?: () => number;
  /** Recursive trees longer than this come back `truncated: true` (GitHub: 100,000). */
  readonly treeEntryLimit?: number;
  /**
   * Check every non-faulted answer against GitHub's OpenAPI response schema;
   * a mismatch lands in `serverErrors` (default true; costs ~1 s of schema compiling).
   */
  readonly checkSchemas?: boolean;
  /**
   * Serve the API under this path, as GitHub Enterprise Server does under
   * '/api/v3' (default '': at the root, as api.github.com). `url` includes it.
   */
  readonly pathPrefix?: string;
}

/** Every route the stand-in serves, as `METHOD template`. */
export const ROUTES = [...repoRoutes(), ...pullRoutes(), ...contentRoutes(), ...gitDataRoutes(), ...issueRoutes(), ...accessRoutes(), ...settingsRoutes()];

/** Server lifecycle, accounts, repositories and commits of the stand-in; GithubStandIn adds pull requests and faults. */
export class StandInBase {
  readonly state = S.emptyState();
  readonly faults = new Faults();
  readonly requests = new RequestCounter();
  /** Unexpected handler failures: a test can assert this stays empty. */
  readonly serverErrors: Error[] = [];
  protected readonly gits = new Map<string, GitRepo>();
  private server: Server | undefined;
  private baseUrl = '';
  protected readonly nowMs: () => number;

  protected constructor(
    readonly owner: string,
    readonly repo: string,
    options: StandInOptions,
  ) {
    this.nowMs = options.now ?? Date.now;
  }

  /** Creates the owner and the git-backed repository, then listens on a random loopback port. */
  protected async boot(options: StandInOptions): Promise<void> {
    const prefix = options.pathPrefix ?? '';
    if (prefix !== '' && !/^(\/[a-z0-9]+)+$/.test(prefix)) throw new Error(`path prefix ${prefix} is not like /api/v3`);
    this.addUser({ login: this.owner, type: 'Organization' });
    await this.addRepo(this.repo, { defaultBranch: options.defaultBranch ?? 'main' });
    const { server, url } = await listen({
      state: this.state,
      router: new Router(ROUTES),
      faults: this.faults,
      requests: this.requests,
      limits: { treeEntries: options.treeEntryLimit ?? 100_000 },
      urls: () => new Urls(this.baseUrl),
      nowMs: this.nowMs,
      git: (repo) => this.gitOf(repo.name),
      errors: this.serverErrors,
      schemas: options.checkSchemas === false ? undefined : sharedResponseSchemas(),
      prefix,
    });
    this.server = server;
    this.baseUrl = `${url}${prefix}`;
  }

  /** Base URL to hand to Octokit as `baseUrl` (with the path prefix, if any). */
  get url(): string {
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server !== undefined) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    for (const git of this.gits.values()) await git.destroy();
    this.gits.clear();
  }

  gitOf(repo: string = this.repo): GitRepo {
    const git = this.gits.get(S.repoKey(this.owner, repo));
    if (git === undefined) throw new Error(`no repository ${repo}`);
    return git;
  }

  protected iso(): string {
    return new Date(this.nowMs()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  // ---- accounts, teams, access ------------------------------------------------

  addUser(u: { login: string; id?: number; type?: S.UserType; name?: string }): S.UserRecord {
    const id = u.id ?? S.nextId(this.state);
    const record: S.UserRecord = {
      login: u.login,
      id,
      type: u.type ?? 'User',
      name: u.name ?? u.login,
      email: `${id}+${u.login}@users.noreply.github.com`,
    };
    this.state.users.set(u.login.toLowerCase(), record);
    return record;
  }

  /**
   * A token acting as `login`; a 'read' token is refused every write. By
   * default it may also read (a write token: manage) the organization's teams
   * and read administration settings; `{ members: 'none', administration:
   * 'none' }` is the workflow GITHUB_TOKEN.
   */
  addToken(token: string, login: string, access: 'read' | 'write' = 'write', p: { members?: S.PermissionLevel; administration?: 'none' | 'read' } = {}): void {
    if (!this.state.users.has(login.toLowerCase())) throw new Error(`unknown user ${login}`);
    this.state.tokens.set(token, { login, access, members: p.members ?? (access === 'write' ? 'write' : 'read'), administration: p.administration ?? 'read' });
  }

  addOrgMember(login: string, org: string = this.owner): void {
    const members = this.state.orgMembers.get(org.toLowerCase()) ?? new Set<string>();
    members.add(login.toLowerCase());
    this.state.orgMembers.set(org.toLowerCase(), members);
  }

  addTeam(slug: string, org: string = this.owner): S.TeamRecord {
    const team: S.TeamRecord = { org, slug, id: S.nextId(this.state), name: slug, members: new Map(), repos: new Map() };
    this.state.teams.set(S.teamKey(org, slug), team);
    return team;
  }

  setTeamMember(slug: string, login: string, m: { role?: S.TeamRole; state?: S.MembershipState } = {}, org: string = this.owner): void {
    const team = this.state.teams.get(S.teamKey(org, slug));
    if (team === undefined) throw new Error(`unknown team ${slug}`);
    team.members.set(login.toLowerCase(), { role: m.role ?? 'member', state: m.state ?? 'active' });
  }

  removeTeamMember(slug: string, login: string, org: string = this.owner): void {
    this.state.teams.get(S.teamKey(org, slug))?.members.delete(login.toLowerCase());
  }

  /** Another repository of the same owner (git-backed, empty until something is committed). */
  async addRepo(name: string, o: { defaultBranch?: string } = {}): Promise<S.RepoRecord> {
    const id = S.nextId(this.state);
    const record: S.RepoRecord = {
      owner: this.owner,
      name,
      id,
      defaultBranch: o.defaultBranch ?? 'main',
      createdAt: this.iso(),
      collaborators: new Map(),
      codeownersErrors: [],
      settings: safeSettings(o.defaultBranch ?? 'main', id, this.iso()),
    };
    this.state.repos.set(S.repoKey(this.owner, name), record);
    this.gits.set(S.repoKey(this.owner, name), await GitRepo.create());
    return record;
  }

  setCollaborator(login: string, permission: S.Permission | undefined, repo: string = this.repo): void {
    const record = this.repoRecord(repo);
    if (permission === undefined) record.collaborators.delete(login.toLowerCase());
    else record.collaborators.set(login.toLowerCase(), permission);
  }

  /** The team's access to a repository of the owner (undefined removes it); its active members inherit it. */
  setTeamRepo(slug: string, permission: S.Permission | undefined, repo: string = this.repo, org: string = this.owner): void {
    const team = this.state.teams.get(S.teamKey(org, slug));
    if (team === undefined) throw new Error(`unknown team ${slug}`);
    const key = S.repoKey(this.owner, this.repoRecord(repo).name);
    if (permission === undefined) team.repos.delete(key);
    else team.repos.set(key, permission);
  }

  setCodeownersErrors(errors: S.CodeownersError[], repo: string = this.repo): void {
    this.repoRecord(repo).codeownersErrors = errors;
  }

  repoRecord(repo: string = this.repo): S.RepoRecord {
    const record = this.state.repos.get(S.repoKey(this.owner, repo));
    if (record === undefined) throw new Error(`no repository ${repo}`);
    return record;
  }

  protected signature(login: string | undefined): Signature {
    const u = login === undefined ? undefined : this.state.users.get(login.toLowerCase());
    if (login !== undefined && u === undefined) throw new Error(`unknown user ${login}`);
    return { name: u?.name ?? 'Stand-in', email: u?.email ?? 'stand-in@example.invalid', time: Math.floor(this.nowMs() / 1000) };
  }

  // ---- git --------------------------------------------------------------------

  async refSha(branch: string, repo: string = this.repo): Promise<string | undefined> {
    return (await this.gitOf(repo).listRefs()).get(`refs/heads/${branch}`);
  }

  /**
   * Commits `files` on top of `branch` (created from `from`, default the
   * default branch, when missing) and moves the branch: a push, without a
   * working tree.
   */
  async commit(c: {
    branch: string;
    files: Readonly<Record<string, FileSpec>>;
    message?: string;
    author?: string;
    from?: string;
    repo?: string;
  }): Promise<string> {
    const repo = c.repo ?? this.repo;
    const git = this.gitOf(repo);
    const current = await this.refSha(c.branch, repo);
    const parent = current ?? (c.from !== undefined ? c.from : await this.refSha(this.repoRecord(repo).defaultBranch, repo));
    const baseTree = parent === undefined ? undefined : (await git.readCommit(parent)).tree;
    const changes = new Map<string, TreeChange>();
    // Identical contents are hashed once: a 3,000-file commit costs one git call, not 3,000.
    const hashed = new Map<string, string>();
    for (const [path, spec] of Object.entries(c.files)) {
      const change = toChange(spec);
      if (change !== null && 'content' in change) {
        const key = Buffer.from(change.content).toString('base64');
        const sha = hashed.get(key) ?? (await git.hashBlob(change.content));
        hashed.set(key, sha);
        changes.set(path, { mode: change.mode, sha });
      } else changes.set(path, change);
    }
    const tree = (await buildTree(git, baseTree, changes)) ?? (await emptyTree(git));
    const sig = this.signature(c.author);
    const sha = await git.commitTree({
      tree,
      parents: parent === undefined ? [] : [parent],
      message: `${c.message ?? 'Update files'}\n`,
      author: sig,
      committer: sig,
    });
    if (!(await git.updateRef(`refs/heads/${c.branch}`, sha, current))) throw new Error(`branch ${c.branch} moved`);
    return sha;
  }

  /** Points a branch at a commit (creating or force-moving it). */
  async setBranch(branch: string, sha: string, repo: string = this.repo): Promise<void> {
    const git = this.gitOf(repo);
    if (!(await git.updateRef(`refs/heads/${branch}`, sha, await this.refSha(branch, repo)))) {
      throw new Error(`branch ${branch} moved`);
    }
  }
}

function toChange(spec: FileSpec): TreeChange {
  if (spec === null) return null;
  if (typeof spec === 'string' || Buffer.isBuffer(spec)) return { mode: '100644', content: spec };
  if ('symlink' in spec) return { mode: '120000', content: spec.symlink };
  if ('submodule' in spec) return { mode: '160000', sha: spec.submodule };
  return { mode: (spec.mode ?? '100644') as Exclude<FileMode, '040000' | '160000'>, content: spec.content };
}
