import type { CommentRecord, IssueRecord, UserRecord } from '../state.js';
import type { Association } from './pulls.js';
import type { Urls } from './urls.js';
import { nodeId, simpleUser } from './users.js';

interface IssueContext {
  readonly urls: Urls;
  readonly owner: string;
  readonly repoName: string;
  readonly user: (login: string) => UserRecord;
  readonly association: (login: string) => Association;
}

export function label(ctx: IssueContext, name: string): Record<string, unknown> {
  const id = [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 2 ** 31, 7);
  return {
    id,
    node_id: nodeId('LA', id),
    url: ctx.urls.repoApi(ctx.owner, ctx.repoName, `/labels/${encodeURIComponent(name)}`),
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

export interface IssueLike {
  readonly record: Pick<
    IssueRecord,
    'number' | 'id' | 'title' | 'body' | 'author' | 'labels' | 'state' | 'stateReason' | 'createdAt' | 'updatedAt' | 'closedAt'
  >;
  readonly comments: number;
  /** Set for pull requests, which the issues API lists too. */
  readonly pullRequest?: { readonly mergedAt: string | null };
}

export function issue(ctx: IssueContext, it: IssueLike): Record<string, unknown> {
  const { record: i } = it;
  const api = ctx.urls.repoApi(ctx.owner, ctx.repoName);
  const self = `${api}/issues/${i.number}`;
  return {
    id: i.id,
    node_id: nodeId(it.pullRequest === undefined ? 'I' : 'PR', i.id),
    url: self,
    repository_url: api,
    labels_url: `${self}/labels{/name}`,
    comments_url: `${self}/comments`,
    events_url: `${self}/events`,
    html_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/${it.pullRequest === undefined ? 'issues' : 'pull'}/${i.number}`),
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: simpleUser(ctx.urls, ctx.user(i.author)),
    labels: i.labels.map((name) => label(ctx, name)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: it.comments,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: ctx.association(i.author),
    ...(it.pullRequest === undefined
      ? {}
      : {
          pull_request: {
            url: `${api}/pulls/${i.number}`,
            html_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/pull/${i.number}`),
            diff_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/pull/${i.number}.diff`),
            patch_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/pull/${i.number}.patch`),
            merged_at: it.pullRequest.mergedAt,
          },
        }),
  };
}

export function issueComment(ctx: IssueContext, c: CommentRecord): Record<string, unknown> {
  const api = ctx.urls.repoApi(ctx.owner, ctx.repoName);
  return {
    id: c.id,
    node_id: nodeId('IC', c.id),
    url: `${api}/issues/comments/${c.id}`,
    html_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/issues/${c.issue}#issuecomment-${c.id}`),
    body: c.body,
    user: simpleUser(ctx.urls, ctx.user(c.author)),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${api}/issues/${c.issue}`,
    author_association: ctx.association(c.author),
  };
}
