import type { MembershipState } from '../../approvals/types.js';
import {
  getBlob,
  getCodeownersErrors,
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
import type { PullRequestEvent } from '../event.js';

/** What the check reads from and writes to GitHub, bound to one repository. */
export interface CheckPort {
  listFiles(pull: PullRequestEvent): Promise<readonly PullFile[]>;
  listCommits(pull: PullRequestEvent): Promise<readonly PullCommit[]>;
  listReviews(pull: PullRequestEvent): Promise<readonly Review[]>;
  /** A blob by SHA (the PR file list names the blob of each added file). */
  readBlob(sha: string): Promise<Uint8Array>;
  /** Errors GitHub found in the CODEOWNERS file at a commit; undefined when there is no file. */
  codeownersErrors(sha: string): Promise<readonly CodeownersError[] | undefined>;
  membership(org: string, team: string, login: string): Promise<MembershipState>;
  upsertComment(issueNumber: number, marker: string, body: string): Promise<void>;
}

export function githubCheckPort(client: GithubClient, repo: RepoRef): CheckPort {
  return {
    listFiles: (pull) => listPullFiles(client, repo, { number: pull.number, changedFiles: pull.changedFiles }),
    listCommits: (pull) => listPullCommits(client, repo, { number: pull.number, commits: pull.commits }),
    listReviews: (pull) => listPullReviews(client, repo, pull.number),
    readBlob: async (sha) => (await getBlob(client, repo, sha)).bytes,
    codeownersErrors: (sha) => getCodeownersErrors(client, repo, sha),
    membership: async (org, team, login) => (await getTeamMembership(client, org, team, login))?.state ?? 'none',
    upsertComment: async (issueNumber, marker, body) => {
      await upsertCommentByMarker(client, repo, issueNumber, marker, body);
    },
  };
}
