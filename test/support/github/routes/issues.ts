import { type Ctx, type Reply, type RouteDef, intParam, notFound, objectBody, paginate, stringField, validationFailed } from '../http.js';
import { type IssueLike, issue, issueComment } from '../shapes/issues.js';
import { type IssueRecord, type RepoRecord, nextId, nextNumber } from '../state.js';
import { associationOf, keyOf } from './common.js';

const R = '/repos/{owner}/{repo}';

function shapeContext(ctx: Ctx, repo: RepoRecord) {
  return {
    urls: ctx.urls,
    owner: repo.owner,
    repoName: repo.name,
    user: (l: string) => ctx.user(l),
    association: (l: string) => associationOf(ctx.state, repo, l),
  };
}

/** The issues API sees pull requests too; each carries a `pull_request` key. */
function issueLikes(ctx: Ctx, repo: RepoRecord): IssueLike[] {
  const key = keyOf(repo);
  const comments = (n: number) => ctx.state.comments.filter((c) => c.repo === key && c.issue === n).length;
  const issues = ctx.state.issues.filter((i) => i.repo === key).map((record) => ({ record, comments: comments(record.number) }));
  const pulls = ctx.state.pulls
    .filter((p) => p.repo === key)
    .map((p) => ({
      record: { ...p, labels: [] as string[], stateReason: null },
      comments: comments(p.number),
      pullRequest: { mergedAt: p.mergedAt },
    }));
  return [...issues, ...pulls];
}

function findIssueLike(ctx: Ctx, repo: RepoRecord, n: number): IssueLike {
  const found = issueLikes(ctx, repo).find((i) => i.record.number === n);
  if (found === undefined) throw notFound();
  return found;
}

function listIssues(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const state = ctx.query.get('state') ?? 'open';
  const labels = (ctx.query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const sort = ctx.query.get('sort') ?? 'created';
  const direction = ctx.query.get('direction') ?? 'desc';
  const key = (i: IssueLike): string => (sort === 'updated' ? i.record.updatedAt : i.record.createdAt);
  const selected = issueLikes(ctx, repo)
    .filter((i) => state === 'all' || i.record.state === state)
    .filter((i) => labels.every((l) => i.record.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
    .sort((a, b) => key(a).localeCompare(key(b)) || a.record.number - b.record.number);
  if (direction !== 'asc') selected.reverse();
  const sc = shapeContext(ctx, repo);
  return paginate(
    ctx,
    selected.map((i) => issue(sc, i)),
  );
}

function labelsField(body: Record<string, unknown>): string[] | undefined {
  const raw = body.labels;
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw) || raw.some((l) => typeof l !== 'string')) throw validationFailed('labels must be strings');
  return [...new Set(raw as string[])];
}

function createIssue(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const body = objectBody(ctx);
  const title = stringField(body, 'title', true);
  if (title === '') throw validationFailed('Validation Failed', [{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
  const now = ctx.now();
  const record: IssueRecord = {
    number: nextNumber(ctx.state, keyOf(repo)),
    id: nextId(ctx.state),
    repo: keyOf(repo),
    title,
    body: stringField(body, 'body', false) ?? null,
    author: ctx.caller.login,
    labels: labelsField(body) ?? [],
    state: 'open',
    stateReason: null,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  ctx.state.issues.push(record);
  return { status: 201, body: issue(shapeContext(ctx, repo), { record, comments: 0 }) };
}

function getIssue(ctx: Ctx): Reply {
  const repo = ctx.repo();
  return { status: 200, body: issue(shapeContext(ctx, repo), findIssueLike(ctx, repo, intParam(ctx, 'issue_number'))) };
}

function updateIssue(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const n = intParam(ctx, 'issue_number');
  const body = objectBody(ctx);
  const record = ctx.state.issues.find((i) => i.repo === keyOf(repo) && i.number === n);
  const pull = ctx.state.pulls.find((p) => p.repo === keyOf(repo) && p.number === n);
  const target = record ?? pull;
  if (target === undefined) throw notFound();
  const title = stringField(body, 'title', false);
  if (title !== undefined) target.title = title;
  if ('body' in body) target.body = stringField(body, 'body', false) ?? null;
  if (record !== undefined) {
    const labels = labelsField(body);
    if (labels !== undefined) record.labels = labels;
    const state = stringField(body, 'state', false);
    if (state !== undefined && state !== 'open' && state !== 'closed') throw validationFailed('state must be open or closed');
    if (state !== undefined && state !== record.state) {
      record.state = state;
      record.closedAt = state === 'closed' ? ctx.now() : null;
      record.stateReason = state === 'closed' ? ((stringField(body, 'state_reason', false) as 'completed' | undefined) ?? 'completed') : 'reopened';
    }
  }
  target.updatedAt = ctx.now();
  return { status: 200, body: issue(shapeContext(ctx, repo), findIssueLike(ctx, repo, n)) };
}

function listComments(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const n = intParam(ctx, 'issue_number');
  findIssueLike(ctx, repo, n);
  const since = ctx.query.get('since');
  const list = ctx.state.comments
    .filter((c) => c.repo === keyOf(repo) && c.issue === n)
    .filter((c) => since === null || c.updatedAt >= since)
    .sort((a, b) => a.id - b.id);
  const sc = shapeContext(ctx, repo);
  return paginate(
    ctx,
    list.map((c) => issueComment(sc, c)),
  );
}

function createComment(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const n = intParam(ctx, 'issue_number');
  findIssueLike(ctx, repo, n);
  const text = stringField(objectBody(ctx), 'body', true);
  const now = ctx.now();
  const c = { id: nextId(ctx.state), repo: keyOf(repo), issue: n, author: ctx.caller.login, body: text, createdAt: now, updatedAt: now };
  ctx.state.comments.push(c);
  return { status: 201, body: issueComment(shapeContext(ctx, repo), c) };
}

function updateComment(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const id = intParam(ctx, 'comment_id');
  const c = ctx.state.comments.find((x) => x.repo === keyOf(repo) && x.id === id);
  if (c === undefined) throw notFound();
  c.body = stringField(objectBody(ctx), 'body', true);
  c.updatedAt = ctx.now();
  return { status: 200, body: issueComment(shapeContext(ctx, repo), c) };
}

export function issueRoutes(): RouteDef[] {
  return [
    { method: 'GET', template: `${R}/issues`, handler: listIssues },
    { method: 'POST', template: `${R}/issues`, handler: createIssue },
    { method: 'GET', template: `${R}/issues/{issue_number}`, handler: getIssue },
    { method: 'PATCH', template: `${R}/issues/{issue_number}`, handler: updateIssue },
    { method: 'GET', template: `${R}/issues/{issue_number}/comments`, handler: listComments },
    { method: 'POST', template: `${R}/issues/{issue_number}/comments`, handler: createComment },
    { method: 'PATCH', template: `${R}/issues/comments/{comment_id}`, handler: updateComment },
  ];
}
