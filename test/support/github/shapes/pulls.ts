import type { CommitObject, RawChange } from '../git.js';
import type { PullRecord, ReviewRecord, UserRecord } from '../state.js';
import type { Urls } from './urls.js';
import { nodeId, simpleUser } from './users.js';

export type Association = 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'NONE';

/** Everything a pull request payload needs that is not in the record itself. */
export interface PullContext {
  readonly urls: Urls;
  readonly owner: string;
  readonly repoName: string;
  readonly repoJson: Record<string, unknown>;
  readonly user: (login: string) => UserRecord;
  readonly association: Association;
  readonly headSha: string;
  readonly baseSha: string;
}

export interface PullCounts {
  readonly commits: number;
  readonly additions: number;
  readonly deletions: number;
  readonly changedFiles: number;
  readonly comments: number;
}

/** `pull-request-simple`: what list endpoints (e.g. commits/{sha}/pulls) return. */
export function pullRequestSimple(ctx: PullContext, pr: PullRecord): Record<string, unknown> {
  const { urls } = ctx;
  const api = urls.repoApi(ctx.owner, ctx.repoName);
  const self = `${api}/pulls/${pr.number}`;
  const html = urls.web(`/${ctx.owner}/${ctx.repoName}/pull/${pr.number}`);
  const author = ctx.user(pr.author);
  const side = (ref: string, sha: string): Record<string, unknown> => ({
    label: `${ctx.owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(urls, ctx.user(ctx.owner)),
    repo: ctx.repoJson,
  });
  return {
    url: self,
    id: pr.id,
    node_id: nodeId('PR', pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${ctx.headSha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: simpleUser(urls, author),
    body: pr.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pr.headRef, ctx.headSha),
    base: side(pr.baseRef, ctx.baseSha),
    _links: {
      self: { href: self },
      html: { href: html },
      issue: { href: `${api}/issues/${pr.number}` },
      comments: { href: `${api}/issues/${pr.number}/comments` },
      review_comments: { href: `${self}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${self}/commits` },
      statuses: { href: `${api}/statuses/${ctx.headSha}` },
    },
    author_association: ctx.association,
    auto_merge: null,
    draft: pr.draft,
  };
}

/** `pull-request`: GET /pulls/{n}, with the counters list endpoints leave out. */
export function pullRequest(ctx: PullContext, pr: PullRecord, counts: PullCounts): Record<string, unknown> {
  return {
    ...pullRequestSimple(ctx, pr),
    merged: pr.merged,
    mergeable: pr.state === 'open' ? true : null,
    rebaseable: pr.state === 'open' ? true : null,
    mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
    merged_by: pr.mergedBy === null ? null : simpleUser(ctx.urls, ctx.user(pr.mergedBy)),
    comments: counts.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: counts.commits,
    additions: counts.additions,
    deletions: counts.deletions,
    changed_files: counts.changedFiles,
  };
}

export function review(ctx: Pick<PullContext, 'urls' | 'owner' | 'repoName' | 'user'>, r: ReviewRecord, association: Association): Record<string, unknown> {
  const pullUrl = ctx.urls.repoApi(ctx.owner, ctx.repoName, `/pulls/${r.pull}`);
  const html = ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/pull/${r.pull}#pullrequestreview-${r.id}`);
  return {
    id: r.id,
    node_id: nodeId('PRR', r.id),
    user: r.user === null ? null : simpleUser(ctx.urls, ctx.user(r.user)),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    ...(r.submittedAt === null ? {} : { submitted_at: r.submittedAt }),
    commit_id: r.commitId,
    author_association: association,
  };
}

/** `commit` as GET /pulls/{n}/commits lists it; accounts are matched by commit email. */
export function commit(
  ctx: Pick<PullContext, 'urls' | 'owner' | 'repoName'>,
  c: CommitObject,
  byEmail: (email: string) => UserRecord | undefined,
): Record<string, unknown> {
  const api = ctx.urls.repoApi(ctx.owner, ctx.repoName);
  const account = (email: string): Record<string, unknown> | null => {
    const u = byEmail(email);
    return u === undefined ? null : simpleUser(ctx.urls, u);
  };
  const person = (s: CommitObject['author']): Record<string, unknown> => ({
    name: s.name,
    email: s.email,
    date: new Date(s.time * 1000).toISOString().replace('.000Z', 'Z'),
  });
  return {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId('C', c.sha),
    html_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/commit/${c.sha}`),
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: person(c.author),
      committer: person(c.committer),
      message: c.message.replace(/\n$/, ''),
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: account(c.author.email),
    committer: account(c.committer.email),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/commit/${p}`),
    })),
  };
}

const STATUS: Record<RawChange['status'], string> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

export function diffEntry(ctx: Pick<PullContext, 'urls' | 'owner' | 'repoName'>, change: RawChange, headSha: string): Record<string, unknown> {
  const api = ctx.urls.repoApi(ctx.owner, ctx.repoName);
  const path = encodeURI(change.path);
  // A mode-only change is "changed" on GitHub, not "modified".
  const status = change.status === 'M' && change.oldSha === change.newSha ? 'changed' : STATUS[change.status];
  return {
    sha: change.status === 'D' ? change.oldSha : change.newSha,
    filename: change.path,
    status,
    additions: change.additions,
    deletions: change.deletions,
    changes: change.additions + change.deletions,
    blob_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/blob/${headSha}/${path}`),
    raw_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/raw/${headSha}/${path}`),
    contents_url: `${api}/contents/${path}?ref=${headSha}`,
    ...(change.previousPath === undefined ? {} : { previous_filename: change.previousPath }),
  };
}
