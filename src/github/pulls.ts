import { account, oneOf } from './accounts.js';
import type { GithubClient } from './client.js';
import { GithubError, call } from './errors.js';
import { type RepoRef, checkName, checkRepo } from './names.js';
import { PER_PAGE, collectPages } from './paginate.js';
import type { FileStatus, PullCommit, PullFile, PullRequest, PullSummary, Review, ReviewState } from './types.js';

/** GitHub lists at most this many files and commits of a pull request, and stops there silently. */
export const MAX_PULL_FILES = 3000;
export const MAX_PULL_COMMITS = 250;

const GET_PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const LIST_FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';
const LIST_COMMITS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits';
const LIST_REVIEWS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews';
const PULLS_FOR_COMMIT = 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls';

const FILE_STATUSES: readonly FileStatus[] = ['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged'];
const REVIEW_STATES: readonly ReviewState[] = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'];

function checkNumber(n: number): number {
  if (!Number.isSafeInteger(n) || n < 1) throw new GithubError('E_GITHUB_INVALID_NAME', 'not a valid pull request number');
  return n;
}

export async function getPull(client: GithubClient, repo: RepoRef, number: number): Promise<PullRequest> {
  const params = { ...checkRepo(repo), pull_number: checkNumber(number) };
  const { data } = await call(GET_PULL, () => client.octokit.request(GET_PULL, params));
  return {
    number: data.number,
    state: oneOf(['open', 'closed'], data.state, 'pull request state'),
    merged: data.merged,
    mergedAt: data.merged_at,
    mergeCommitSha: data.merge_commit_sha,
    mergedBy: account(data.merged_by),
    draft: data.draft ?? false,
    title: data.title,
    author: account(data.user),
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo: data.head.repo?.full_name ?? null,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    baseRepo: data.base.repo.full_name,
    commits: data.commits,
    changedFiles: data.changed_files,
  };
}

/**
 * Every file of the pull request, or an error: past 3,000 files GitHub's list
 * stops silently, so a larger pull request is refused rather than half-read,
 * and the count must match the pull request's `changed_files`.
 */
export async function listPullFiles(client: GithubClient, repo: RepoRef, pull: Pick<PullRequest, 'number' | 'changedFiles'>): Promise<PullFile[]> {
  if (pull.changedFiles > MAX_PULL_FILES) {
    throw new GithubError('E_GITHUB_PR_TOO_MANY_FILES', `pull request changes ${pull.changedFiles} files`);
  }
  const params = { ...checkRepo(repo), pull_number: checkNumber(pull.number), per_page: PER_PAGE };
  const items = await call(LIST_FILES, () =>
    collectPages(client.octokit.paginate.iterator(LIST_FILES, params), {
      operation: LIST_FILES,
      key: (f) => f.filename,
      expected: pull.changedFiles,
      probe: async (page) => (await client.octokit.request(LIST_FILES, { ...params, page })).data.length,
    }),
  );
  return items.map((f) => ({
    filename: f.filename,
    status: oneOf(FILE_STATUSES, f.status, 'file status'),
    sha: f.sha ?? null,
    previousFilename: f.previous_filename,
  }));
}

/** Every commit of the pull request (GitHub lists at most 250: more is refused), checked against `commits`. */
export async function listPullCommits(client: GithubClient, repo: RepoRef, pull: Pick<PullRequest, 'number' | 'commits'>): Promise<PullCommit[]> {
  if (pull.commits > MAX_PULL_COMMITS) {
    throw new GithubError('E_GITHUB_PR_TOO_MANY_COMMITS', `pull request has ${pull.commits} commits`);
  }
  const params = { ...checkRepo(repo), pull_number: checkNumber(pull.number), per_page: PER_PAGE };
  const items = await call(LIST_COMMITS, () =>
    collectPages(client.octokit.paginate.iterator(LIST_COMMITS, params), {
      operation: LIST_COMMITS,
      key: (c) => c.sha,
      expected: pull.commits,
      probe: async (page) => (await client.octokit.request(LIST_COMMITS, { ...params, page })).data.length,
    }),
  );
  const person = (p: { name?: string; email?: string; date?: string } | null) =>
    p === null ? null : { name: p.name ?? '', email: p.email ?? '', date: p.date ?? '' };
  // `author`/`committer` are an account, null, or `{}` when GitHub matched no account.
  const acct = (a: unknown) =>
    a !== null && typeof a === 'object' && 'login' in a ? account(a as { login: string; id: number | bigint; type: string }) : null;
  return items.map((c) => ({
    sha: c.sha,
    parents: c.parents.map((p) => p.sha),
    author: acct(c.author),
    committer: acct(c.committer),
    gitAuthor: person(c.commit.author),
    gitCommitter: person(c.commit.committer),
  }));
}

/** Every review, in GitHub's (chronological) order. An unknown review state fails closed. */
export async function listPullReviews(client: GithubClient, repo: RepoRef, number: number): Promise<Review[]> {
  const params = { ...checkRepo(repo), pull_number: checkNumber(number), per_page: PER_PAGE };
  const items = await call(LIST_REVIEWS, () =>
    collectPages(client.octokit.paginate.iterator(LIST_REVIEWS, params), {
      operation: LIST_REVIEWS,
      key: (r) => r.id,
      probe: async (page) => (await client.octokit.request(LIST_REVIEWS, { ...params, page })).data.length,
    }),
  );
  return items.map((r) => ({
    id: r.id,
    user: account(r.user),
    state: oneOf(REVIEW_STATES, r.state, 'review state'),
    commitId: r.commit_id,
    submittedAt: r.submitted_at ?? null,
  }));
}

export interface PollOptions {
  /** Extra reads while the answer is empty: GitHub indexes a fresh merge commit a few seconds late. */
  readonly attempts: number;
  /** Wait between reads, in ms (scaled by the client's waitScale). */
  readonly delayMs: number;
}

/**
 * Pull requests GitHub associates with a commit: for a commit on the default
 * branch, the merged pull request that introduced it. Right after a push the
 * association may not be indexed yet, so an empty answer is re-read up to
 * `poll.attempts` times before it is believed.
 */
export async function listPullsForCommit(
  client: GithubClient,
  repo: RepoRef,
  sha: string,
  poll: PollOptions = { attempts: 0, delayMs: 0 },
): Promise<PullSummary[]> {
  const params = { ...checkRepo(repo), commit_sha: checkName('sha', sha), per_page: PER_PAGE };
  for (let attempt = 0; ; attempt++) {
    const items = await call(PULLS_FOR_COMMIT, () =>
      collectPages(client.octokit.paginate.iterator(PULLS_FOR_COMMIT, params), {
        operation: PULLS_FOR_COMMIT,
        key: (p) => p.number,
        probe: async (page) => (await client.octokit.request(PULLS_FOR_COMMIT, { ...params, page })).data.length,
      }),
    );
    if (items.length > 0 || attempt >= poll.attempts) {
      return items.map((p) => ({
        number: p.number,
        state: oneOf(['open', 'closed'], p.state, 'pull request state'),
        merged: p.merged_at !== null,
        mergeCommitSha: p.merge_commit_sha,
        headSha: p.head.sha,
        baseRef: p.base.ref,
        author: account(p.user),
      }));
    }
    await client.sleep(poll.delayMs);
  }
}
