import { exactId, oneOf } from './accounts.js';
import type { GithubClient } from './client.js';
import { GithubError, call } from './errors.js';
import { type RepoRef, checkName, checkRepo } from './names.js';
import { PER_PAGE, collectPages } from './paginate.js';
import type { IssueSummary } from './types.js';

const LIST_COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const POST_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const PATCH_COMMENT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const LIST_ISSUES = 'GET /repos/{owner}/{repo}/issues';
const POST_ISSUE = 'POST /repos/{owner}/{repo}/issues';
const PATCH_ISSUE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';

/** A hidden marker: one HTML comment of printable ASCII (no `--` inside) that renders as nothing. */
const MARKER = /^<!-- (?:(?!--)[\x21-\x7e])(?:(?!--)[\x20-\x7e]){0,99} -->$/;

function checkMarker(marker: string, body: string): void {
  if (!MARKER.test(marker)) throw new GithubError('E_GITHUB_INVALID_NAME', 'not a valid comment marker');
  if (!body.includes(marker)) throw new GithubError('E_GITHUB_INVALID_NAME', 'the body does not carry its marker');
}

function checkNumber(n: number): number {
  if (!Number.isSafeInteger(n) || n < 1) throw new GithubError('E_GITHUB_INVALID_NAME', 'not a valid issue number');
  return n;
}

export interface UpsertResult {
  readonly id: number;
  readonly action: 'created' | 'updated' | 'unchanged';
}

/**
 * One comment per marker, updated in place: reads every comment of the issue
 * or pull request, takes the oldest one carrying `marker` (and, when given,
 * written by `author`, so nobody else's comment quoting the marker is
 * edited), and updates it; creates it when there is none.
 */
export async function upsertCommentByMarker(
  client: GithubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  body: string,
  options: { author?: string } = {},
): Promise<UpsertResult> {
  checkMarker(marker, body);
  if (options.author !== undefined) checkName('author', options.author);
  const params = { ...checkRepo(repo), issue_number: checkNumber(issueNumber), per_page: PER_PAGE };
  const comments = await call(LIST_COMMENTS, () =>
    collectPages(client.octokit.paginate.iterator(LIST_COMMENTS, params), {
      operation: LIST_COMMENTS,
      key: (c) => c.id,
      probe: async (page) => (await client.octokit.request(LIST_COMMENTS, { ...params, page })).data.length,
    }),
  );
  const mine = comments.find(
    (c) => (c.body ?? '').includes(marker) && (options.author === undefined || c.user?.login.toLowerCase() === options.author.toLowerCase()),
  );
  if (mine === undefined) {
    const { data } = await call(POST_COMMENT, () => client.octokit.request(POST_COMMENT, { ...checkRepo(repo), issue_number: issueNumber, body }));
    return { id: exactId(data.id), action: 'created' };
  }
  if (mine.body === body) return { id: exactId(mine.id), action: 'unchanged' };
  await call(PATCH_COMMENT, () => client.octokit.request(PATCH_COMMENT, { ...checkRepo(repo), comment_id: mine.id, body }));
  return { id: exactId(mine.id), action: 'updated' };
}

function summary(i: { number: number; state: string; title: string; body?: string | null; labels: unknown[] }): IssueSummary {
  return {
    number: i.number,
    state: oneOf(['open', 'closed'], i.state, 'issue state'),
    title: i.title,
    body: i.body ?? null,
    labels: i.labels.map((l) => (typeof l === 'string' ? l : ((l as { name?: string }).name ?? ''))),
  };
}

export interface NewIssue {
  readonly title: string;
  readonly body: string;
  readonly labels?: readonly string[];
}

export async function createIssue(client: GithubClient, repo: RepoRef, issue: NewIssue): Promise<IssueSummary> {
  const params = { ...checkRepo(repo), title: issue.title, body: issue.body, labels: [...(issue.labels ?? [])] };
  const { data } = await call(POST_ISSUE, () => client.octokit.request(POST_ISSUE, params));
  return summary(data);
}

export interface IssueUpdate {
  readonly title?: string;
  readonly body?: string;
  readonly state?: 'open' | 'closed';
  readonly labels?: readonly string[];
}

export async function updateIssue(client: GithubClient, repo: RepoRef, number: number, update: IssueUpdate): Promise<IssueSummary> {
  const params = {
    ...checkRepo(repo),
    issue_number: checkNumber(number),
    ...(update.title === undefined ? {} : { title: update.title }),
    ...(update.body === undefined ? {} : { body: update.body }),
    ...(update.state === undefined ? {} : { state: update.state }),
    ...(update.labels === undefined ? {} : { labels: [...update.labels] }),
  };
  const { data } = await call(PATCH_ISSUE, () => client.octokit.request(PATCH_ISSUE, params));
  return summary(data);
}

/**
 * The oldest issue (not pull request) whose body carries `marker`, among
 * those with all `labels` and in `state` (default open). Every page is read.
 */
export async function findIssueByMarker(
  client: GithubClient,
  repo: RepoRef,
  marker: string,
  options: { labels?: readonly string[]; state?: 'open' | 'closed' | 'all' } = {},
): Promise<IssueSummary | undefined> {
  if (!MARKER.test(marker)) throw new GithubError('E_GITHUB_INVALID_NAME', 'not a valid comment marker');
  const labels = options.labels ?? [];
  if (labels.some((l) => l.includes(',') || l.trim() === '')) throw new GithubError('E_GITHUB_INVALID_NAME', 'not a valid label');
  const params = {
    ...checkRepo(repo),
    state: options.state ?? 'open',
    ...(labels.length === 0 ? {} : { labels: labels.join(',') }),
    sort: 'created' as const,
    direction: 'asc' as const,
    per_page: PER_PAGE,
  };
  const issues = await call(LIST_ISSUES, () =>
    collectPages(client.octokit.paginate.iterator(LIST_ISSUES, params), {
      operation: LIST_ISSUES,
      key: (i) => i.number,
      probe: async (page) => (await client.octokit.request(LIST_ISSUES, { ...params, page })).data.length,
    }),
  );
  const found = issues.filter((i) => i.pull_request === undefined && (i.body ?? '').includes(marker)).sort((a, b) => a.number - b.number)[0];
  return found === undefined ? undefined : summary(found);
}
