import type { MembershipState } from '../../approvals/types.js';
import {
  createIssue,
  findIssueByMarker,
  getCodeownersErrors,
  getFileAtRef,
  getPull,
  getTeamMembership,
  listPullCommits,
  listPullFiles,
  listPullReviews,
  listPullsForCommit,
  updateIssue,
  upsertCommentByMarker,
  type CodeownersError,
  type FileAtRef,
  type GithubClient,
  type IssueSummary,
  type NewIssue,
  type PullCommit,
  type PullFile,
  type PullRequest,
  type PullSummary,
  type RepoRef,
  type Review,
} from '../../github/index.js';
import { REQUEST_MAX_BYTES } from '../../load/limits.js';

/** What apply reads from and writes to GitHub, bound to one repository. */
export interface ApplyPort {
  /** Merged pull requests GitHub associates with a commit of the default branch. */
  pullsForCommit(sha: string, poll: boolean): Promise<readonly PullSummary[]>;
  getPull(number: number): Promise<PullRequest>;
  listFiles(pull: Pick<PullRequest, 'number' | 'changedFiles'>): Promise<readonly PullFile[]>;
  listCommits(pull: Pick<PullRequest, 'number' | 'commits'>): Promise<readonly PullCommit[]>;
  listReviews(number: number): Promise<readonly Review[]>;
  /** The file at a commit as git stores it (mode and blob SHA), read through trees, never the contents API. */
  fileAtRef(commitSha: string, path: string): Promise<FileAtRef | undefined>;
  codeownersErrors(sha: string): Promise<readonly CodeownersError[] | undefined>;
  membership(org: string, team: string, login: string): Promise<MembershipState>;
  upsertComment(issueNumber: number, marker: string, body: string): Promise<void>;
  /** Opens an issue carrying `marker`, or updates the open one that already does. */
  raiseIssue(marker: string, issue: NewIssue): Promise<number>;
}

/**
 * GitHub indexes the pull request of a fresh merge commit a few seconds
 * late: an empty answer for the pushed commit is re-read before it is
 * believed (a direct push then takes ~10 s longer to refuse, which is fine).
 */
const POLL = { attempts: 5, delayMs: 2_000 };

/** `members` reads team membership; by default `client` does (see githubCheckPort). */
export function githubApplyPort(client: GithubClient, repo: RepoRef, members: GithubClient = client): ApplyPort {
  return {
    pullsForCommit: (sha, poll) => listPullsForCommit(client, repo, sha, poll ? POLL : { attempts: 0, delayMs: 0 }),
    getPull: (number) => getPull(client, repo, number),
    listFiles: (pull) => listPullFiles(client, repo, pull),
    listCommits: (pull) => listPullCommits(client, repo, pull),
    listReviews: (number) => listPullReviews(client, repo, number),
    fileAtRef: (commitSha, path) => getFileAtRef(client, repo, commitSha, path, { maxBytes: REQUEST_MAX_BYTES }),
    codeownersErrors: (sha) => getCodeownersErrors(client, repo, sha),
    membership: async (org, team, login) => (await getTeamMembership(members, org, team, login))?.state ?? 'none',
    upsertComment: async (issueNumber, marker, body) => {
      await upsertCommentByMarker(client, repo, issueNumber, marker, body);
    },
    raiseIssue: async (marker, issue) => {
      const open: IssueSummary | undefined = await findIssueByMarker(client, repo, marker);
      if (open === undefined) return (await createIssue(client, repo, issue)).number;
      if (open.body !== issue.body) await updateIssue(client, repo, open.number, { body: issue.body });
      return open.number;
    },
  };
}
