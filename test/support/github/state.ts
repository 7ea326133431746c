import type { GitRepo } from './git.js';
import type { RepoSettings } from './settings-state.js';

/**
 * What the stand-in knows that git does not. Plain data (Maps, arrays,
 * primitives) so `structuredClone` can snapshot it for eventual-consistency
 * faults. Git objects are immutable and live in the bare repositories; only
 * refs change, and snapshots copy those too.
 */
export type UserType = 'User' | 'Bot' | 'Organization';
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
export type Permission = 'pull' | 'triage' | 'push' | 'maintain' | 'admin';
export type MembershipState = 'active' | 'pending';
export type TeamRole = 'member' | 'maintainer';

export interface UserRecord {
  readonly login: string;
  readonly id: number;
  readonly type: UserType;
  readonly name: string;
  /** The address commits by this user carry; GitHub maps it back to the account. */
  readonly email: string;
}

export interface TeamRecord {
  readonly org: string;
  readonly slug: string;
  readonly id: number;
  readonly name: string;
  readonly members: Map<string, { role: TeamRole; state: MembershipState }>;
  /** Repositories the team has access to (repoKey -> permission): its active members inherit it. */
  readonly repos: Map<string, Permission>;
}

export interface PullRecord {
  readonly number: number;
  readonly id: number;
  title: string;
  body: string | null;
  readonly author: string;
  readonly repo: string;
  readonly headRef: string;
  readonly baseRef: string;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  /** Head and base SHAs as of closing; while open they follow the branches. */
  frozenHead: string | null;
  frozenBase: string | null;
  /** Commits on the base branch that GitHub associates with this PR once merged. */
  associated: string[];
  readonly createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface ReviewRecord {
  readonly id: number;
  readonly repo: string;
  readonly pull: number;
  /** null: the reviewer's account was deleted (GitHub shows the review with user null). */
  readonly user: string | null;
  state: ReviewState;
  readonly commitId: string | null;
  readonly body: string;
  readonly submittedAt: string | null;
}

export interface IssueRecord {
  readonly number: number;
  readonly id: number;
  readonly repo: string;
  title: string;
  body: string | null;
  readonly author: string;
  labels: string[];
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  readonly createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface CommentRecord {
  readonly id: number;
  readonly repo: string;
  readonly issue: number;
  readonly author: string;
  body: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface InvitationRecord {
  readonly id: number;
  readonly repo: string;
  readonly invitee: string;
  readonly inviter: string;
  permission: Permission;
  readonly createdAt: string;
}

export interface CodeownersError {
  readonly line: number;
  readonly column: number;
  readonly kind: string;
  readonly source: string;
  readonly suggestion?: string | null;
  readonly message: string;
  readonly path: string;
}

export interface RepoRecord {
  readonly owner: string;
  readonly name: string;
  readonly id: number;
  defaultBranch: string;
  readonly createdAt: string;
  readonly collaborators: Map<string, Permission>;
  codeownersErrors: CodeownersError[];
  /** Branch protection, rulesets, Actions permissions, environments, workflows. */
  readonly settings: RepoSettings;
}

/** The level of an organization or repository permission a token carries. */
export type PermissionLevel = 'none' | 'read' | 'write';

export interface TokenRecord {
  readonly login: string;
  /** A read token is refused every write with GitHub's 403 "Resource not accessible by integration". */
  readonly access: 'read' | 'write';
  /**
   * Organization permission "Members" (teams and their memberships). Without
   * it GitHub answers 404 for every team route, as if the team did not exist;
   * with read only, a membership write is refused with 403. The workflow
   * GITHUB_TOKEN cannot carry it at all.
   */
  readonly members: PermissionLevel;
  /**
   * Repository permission "Administration": without it (the workflow
   * GITHUB_TOKEN), branch protection and Actions permissions answer 403 and
   * rulesets come without their bypass list.
   */
  readonly administration: 'none' | 'read';
}

export interface StandInState {
  readonly users: Map<string, UserRecord>;
  readonly orgMembers: Map<string, Set<string>>;
  readonly teams: Map<string, TeamRecord>;
  readonly repos: Map<string, RepoRecord>;
  readonly pulls: PullRecord[];
  readonly reviews: ReviewRecord[];
  readonly issues: IssueRecord[];
  readonly comments: CommentRecord[];
  readonly invitations: InvitationRecord[];
  readonly tokens: Map<string, TokenRecord>;
  readonly counters: { nextId: number; nextNumber: Map<string, number> };
}

export function emptyState(): StandInState {
  return {
    users: new Map(),
    orgMembers: new Map(),
    teams: new Map(),
    repos: new Map(),
    pulls: [],
    reviews: [],
    issues: [],
    comments: [],
    invitations: [],
    tokens: new Map(),
    counters: { nextId: 1000, nextNumber: new Map() },
  };
}

export function nextId(state: StandInState): number {
  state.counters.nextId += 1;
  return state.counters.nextId;
}

/** Issue and pull request numbers share one sequence per repository, as on GitHub. */
export function nextNumber(state: StandInState, repo: string): number {
  const n = (state.counters.nextNumber.get(repo) ?? 0) + 1;
  state.counters.nextNumber.set(repo, n);
  return n;
}

export const teamKey = (org: string, slug: string): string => `${org.toLowerCase()}/${slug}`;
export const repoKey = (owner: string, name: string): string => `${owner.toLowerCase()}/${name.toLowerCase()}`;

/**
 * What a handler reads: the live state and refs, or a snapshot of both when an
 * eventual-consistency fault serves a stale read.
 */
export interface View {
  readonly state: StandInState;
  readonly stale: boolean;
  /** Full ref name -> sha for a repository. */
  ref(repo: string, name: string): Promise<string | undefined>;
  git(repo: string): GitRepo;
}
