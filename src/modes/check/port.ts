import type { MembershipState } from '../../approvals/types.js';
import type { GithubReads } from '../../providers/contract.js';
import {
  createGithubAccessApi,
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
  /**
   * What the check's token sees of people's team memberships and repository
   * permissions, for notes to reviewers. Raw reads: heldNotes (held.ts) takes
   * any failure as "not seen".
   */
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
    access: { ...createGithubAccessApi(client), getTeamMembership: (org, team, login) => getTeamMembership(members, org, team, login) },
    upsertComment: async (issueNumber, marker, body) => {
      await upsertCommentByMarker(client, repo, issueNumber, marker, body);
    },
  };
}
