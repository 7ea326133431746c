import type { MembershipState } from '../../approvals/types.js';
import type { GithubReads } from '../../providers/contract.js';
import {
  createGithubAccessApi,
  GithubError,
  getBlob,
  getCodeownersErrors,
  getPull,
  getTeamMembership,
  listPullCommits,
  listPullFiles,
  listPullReviews,
  upsertCommentByMarker,
  type CodeownersError,
  type GithubClient,
  type PullCommit,
  type PullFile,
  type RepoRef,
  type Review,
} from '../../github/index.js';

/** What GitHub says a pull request is now: its head and the counts its lists must match. */
export interface PullState {
  readonly headSha: string;
  readonly commits: number;
  readonly changedFiles: number;
}

/** What the check reads from and writes to GitHub, bound to one repository. */
export interface CheckPort {
  /** Only for events whose payload lacks the counts (pull_request_review): one extra call. */
  getPull(number: number): Promise<PullState>;
  listFiles(pull: { readonly number: number; readonly changedFiles: number }): Promise<readonly PullFile[]>;
  listCommits(pull: { readonly number: number; readonly commits: number }): Promise<readonly PullCommit[]>;
  listReviews(number: number): Promise<readonly Review[]>;
  /** A blob by SHA (the PR file list names the blob of each added file); hash-checked. */
  readBlob(sha: string): Promise<Uint8Array>;
  /** Errors GitHub found in the CODEOWNERS file at a commit; undefined when there is no file. */
  codeownersErrors(sha: string): Promise<readonly CodeownersError[] | undefined>;
  membership(org: string, team: string, login: string): Promise<MembershipState>;
  /** What the check's token sees of people's team memberships and repository permissions (notes for reviewers). */
  readonly access: GithubReads;
  upsertComment(issueNumber: number, marker: string, body: string): Promise<void>;
}

/**
 * `members` reads team membership (organization "Members: read", which the
 * workflow GITHUB_TOKEN cannot have); by default `client` does.
 */
export function githubCheckPort(client: GithubClient, repo: RepoRef, members: GithubClient = client): CheckPort {
  return {
    getPull: async (number) => {
      const pr = await getPull(client, repo, number);
      return { headSha: pr.headSha, commits: pr.commits, changedFiles: pr.changedFiles };
    },
    listFiles: (pull) => listPullFiles(client, repo, pull),
    listCommits: (pull) => listPullCommits(client, repo, pull),
    listReviews: (number) => listPullReviews(client, repo, number),
    readBlob: async (sha) => (await getBlob(client, repo, sha)).bytes,
    codeownersErrors: (sha) => getCodeownersErrors(client, repo, sha),
    membership: async (org, team, login) => (await getTeamMembership(members, org, team, login))?.state ?? 'none',
    // Team memberships through the token that may read them, like the approvals above.
    access: unseenAsAbsent({ ...createGithubAccessApi(client), getTeamMembership: (org, team, login) => getTeamMembership(members, org, team, login) }),
    upsertComment: async (issueNumber, marker, body) => {
      await upsertCommentByMarker(client, repo, issueNumber, marker, body);
    },
  };
}

/**
 * The check's token is the workflow's own, read-only: reading another
 * repository's collaborators, its invitations or a team it is not in
 * answers 403 or 404, and a team the members token cannot see is
 * E_GITHUB_TEAM_NOT_VISIBLE. Each is "not seen", never an error and never a
 * guess: the note it would feed is simply not written.
 */
function unseenAsAbsent(api: GithubReads): GithubReads {
  const unseen = <T>(fallback: T) => (error: unknown): T => {
    if (error instanceof GithubError && (error.code === 'E_GITHUB_FORBIDDEN' || error.code === 'E_GITHUB_NOT_FOUND' || error.code === 'E_GITHUB_TEAM_NOT_VISIBLE')) return fallback;
    throw error;
  };
  return {
    getTeamMembership: (org, team, login) => api.getTeamMembership(org, team, login).catch(unseen(undefined)),
    getCollaboratorPermission: (owner, repo, login) => api.getCollaboratorPermission(owner, repo, login).catch(unseen(undefined)),
    listInvitations: (owner, repo) => api.listInvitations(owner, repo).catch(unseen([])),
  };
}
