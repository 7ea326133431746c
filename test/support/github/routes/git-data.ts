import { type EntryType, type FileMode, REF_NAME_PATTERN, SHA_PATTERN } from '../git.js';
import { type Ctx, HttpError, type Reply, type RouteDef, notFound, objectBody, stringField, validationFailed } from '../http.js';
import { blob, gitCommit, gitRef, gitTree, shortBlob } from '../shapes/git.js';
import { type TreeChange, buildTree, emptyTree } from '../tree-builder.js';
import { resolveCommitish } from './common.js';

const R = '/repos/{owner}/{repo}';
const MODES: ReadonlySet<string> = new Set(['100644', '100755', '040000', '160000', '120000']);
const TYPE_OF_MODE: Readonly<Record<string, EntryType>> = {
  '100644': 'blob',
  '100755': 'blob',
  '120000': 'blob',
  '040000': 'tree',
  '160000': 'commit',
};

function urlsOf(ctx: Ctx) {
  const repo = ctx.repo();
  return { repo, git: ctx.git(repo), r: { urls: ctx.urls, owner: repo.owner, repoName: repo.name } };
}

async function getBlob(ctx: Ctx): Promise<Reply> {
  const { git, r } = urlsOf(ctx);
  const sha = ctx.params.file_sha ?? '';
  if ((await git.objectType(sha)) !== 'blob') throw notFound();
  return { status: 200, body: blob(r, sha, await git.readBlob(sha)) };
}

async function createBlob(ctx: Ctx): Promise<Reply> {
  const { git, r } = urlsOf(ctx);
  const body = objectBody(ctx);
  const content = stringField(body, 'content', true);
  const encoding = stringField(body, 'encoding', false) ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'base64') throw validationFailed(`encoding must be utf-8 or base64`);
  const bytes = encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
  return { status: 201, body: shortBlob(r, await git.hashBlob(bytes)) };
}

async function getTree(ctx: Ctx): Promise<Reply> {
  const { repo, git, r } = urlsOf(ctx);
  const name = ctx.params.tree_sha ?? '';
  let tree: string | undefined;
  if (SHA_PATTERN.test(name)) {
    const type = await git.objectType(name);
    tree = type === 'tree' ? name : type === 'commit' ? await git.peel(name, 'tree') : undefined;
  } else {
    const commit = await resolveCommitish(ctx, repo, name);
    tree = commit === undefined ? undefined : await git.peel(commit, 'tree');
  }
  if (tree === undefined) throw notFound();
  // GitHub recurses for any value of `recursive`, "0" and "false" included.
  const recursive = ctx.query.has('recursive');
  const entries = await git.lsTree(tree, recursive);
  const truncated = entries.length > ctx.limits.treeEntries;
  return { status: 200, body: gitTree(r, tree, truncated ? entries.slice(0, ctx.limits.treeEntries) : entries, truncated) };
}

function validPath(path: string): boolean {
  return path.split('/').every((s) => s !== '' && s !== '.' && s !== '..' && !s.includes('\0'));
}

async function createTree(ctx: Ctx): Promise<Reply> {
  const { git, r } = urlsOf(ctx);
  const body = objectBody(ctx);
  const base = stringField(body, 'base_tree', false);
  if (base !== undefined && (await git.objectType(base)) !== 'tree') throw validationFailed('base_tree is not a valid tree');
  if (!Array.isArray(body.tree)) throw validationFailed('Invalid tree info');
  const changes = new Map<string, TreeChange>();
  for (const raw of body.tree as unknown[]) {
    if (raw === null || typeof raw !== 'object') throw validationFailed('Invalid tree info');
    const e = raw as Record<string, unknown>;
    const path = stringField(e, 'path', true);
    const mode = stringField(e, 'mode', true);
    const type = stringField(e, 'type', false) ?? TYPE_OF_MODE[mode];
    if (!validPath(path)) throw validationFailed(`tree.path contains a malformed path component`);
    if (!MODES.has(mode) || TYPE_OF_MODE[mode] !== type) throw validationFailed(`Must supply a valid tree.mode and tree.type`);
    if (e.sha === null) {
      if (base === undefined) throw validationFailed('A null tree.sha requires base_tree');
      changes.set(path, null);
    } else if (typeof e.content === 'string') {
      if (type !== 'blob') throw validationFailed('tree.content is only valid for blobs');
      changes.set(path, { mode: mode as '100644', content: e.content });
    } else {
      const sha = stringField(e, 'sha', true);
      if ((await git.objectType(sha)) !== type && type !== 'commit') {
        throw validationFailed(`tree.sha ${sha} is not a valid ${type}`);
      }
      changes.set(path, { mode: mode as Exclude<FileMode, '040000'>, sha });
    }
  }
  const tree = (await buildTree(git, base, changes)) ?? (await emptyTree(git));
  return { status: 201, body: gitTree(r, tree, await git.lsTree(tree, false), false) };
}

async function getCommit(ctx: Ctx): Promise<Reply> {
  const { git, r } = urlsOf(ctx);
  const sha = ctx.params.commit_sha ?? '';
  if ((await git.objectType(sha)) !== 'commit') throw notFound();
  return { status: 200, body: gitCommit(r, await git.readCommit(sha)) };
}

function signature(ctx: Ctx, raw: unknown, fallback: { name: string; email: string; time: number }) {
  if (raw === undefined || raw === null) return fallback;
  if (typeof raw !== 'object') throw validationFailed('Invalid author/committer');
  const o = raw as Record<string, unknown>;
  const date = stringField(o, 'date', false);
  const time = date === undefined ? ctx.nowSeconds() : Math.floor(Date.parse(date) / 1000);
  if (!Number.isFinite(time)) throw validationFailed('Invalid date');
  return { name: stringField(o, 'name', true), email: stringField(o, 'email', true), time };
}

async function createCommit(ctx: Ctx): Promise<Reply> {
  const { git, r } = urlsOf(ctx);
  const body = objectBody(ctx);
  const message = stringField(body, 'message', true);
  const tree = stringField(body, 'tree', true);
  if ((await git.objectType(tree)) !== 'tree') throw validationFailed('Tree SHA does not exist');
  const parents = body.parents ?? [];
  if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string')) throw validationFailed('Invalid parents');
  for (const p of parents as string[]) {
    if ((await git.objectType(p)) !== 'commit') throw validationFailed('Parent SHA does not exist or is not a commit object');
  }
  const me = { name: ctx.caller.name, email: ctx.caller.email, time: ctx.nowSeconds() };
  const author = signature(ctx, body.author, me);
  const committer = signature(ctx, body.committer, author);
  const sha = await git.commitTree({ tree, parents: parents as string[], message, author, committer });
  return { status: 201, body: gitCommit(r, await git.readCommit(sha)) };
}

function fullRefName(raw: string): string {
  if (!REF_NAME_PATTERN.test(raw)) throw notFound();
  return `refs/${raw}`;
}

async function getRef(ctx: Ctx): Promise<Reply> {
  const { repo, r } = urlsOf(ctx);
  const full = fullRefName(ctx.params.ref ?? '');
  const sha = await ctx.ref(repo, full);
  if (sha === undefined) throw notFound();
  return { status: 200, body: gitRef(r, full, sha) };
}

async function updateRef(ctx: Ctx): Promise<Reply> {
  const { repo, git, r } = urlsOf(ctx);
  const raw = ctx.params.ref ?? '';
  if (!REF_NAME_PATTERN.test(raw)) throw validationFailed('Reference does not exist');
  const full = `refs/${raw}`;
  const body = objectBody(ctx);
  const sha = stringField(body, 'sha', true);
  const force = body.force === true;
  if ((await git.objectType(sha)) !== 'commit') throw validationFailed('Object does not exist');
  // Compare-and-swap in git: a concurrent update between our check and the
  // write fails the swap and is re-checked, as GitHub's own ref lock does.
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await ctx.ref(repo, full);
    if (current === undefined) throw validationFailed('Reference does not exist');
    if (!force && current !== sha && !(await git.isAncestor(current, sha))) {
      throw validationFailed('Update is not a fast forward');
    }
    if (await git.updateRef(full, sha, current)) return { status: 200, body: gitRef(r, full, sha) };
  }
  throw new HttpError(409, 'Reference update failed');
}

async function createRef(ctx: Ctx): Promise<Reply> {
  const { repo, git, r } = urlsOf(ctx);
  const body = objectBody(ctx);
  const full = stringField(body, 'ref', true);
  const sha = stringField(body, 'sha', true);
  if (!full.startsWith('refs/') || full.split('/').length < 3 || !REF_NAME_PATTERN.test(full)) {
    throw validationFailed("Reference name must start with 'refs/' and have at least two slashes.");
  }
  if ((await git.objectType(sha)) !== 'commit') throw validationFailed('Object does not exist');
  if ((await ctx.ref(repo, full)) !== undefined || !(await git.updateRef(full, sha, undefined))) {
    throw validationFailed('Reference already exists');
  }
  return { status: 201, body: gitRef(r, full, sha) };
}

export function gitDataRoutes(): RouteDef[] {
  return [
    { method: 'GET', template: `${R}/git/blobs/{file_sha}`, handler: getBlob },
    { method: 'POST', template: `${R}/git/blobs`, handler: createBlob },
    { method: 'GET', template: `${R}/git/trees/{tree_sha}`, handler: getTree },
    { method: 'POST', template: `${R}/git/trees`, handler: createTree },
    { method: 'GET', template: `${R}/git/commits/{commit_sha}`, handler: getCommit },
    { method: 'POST', template: `${R}/git/commits`, handler: createCommit },
    { method: 'GET', template: `${R}/git/ref/{ref}`, handler: getRef },
    { method: 'PATCH', template: `${R}/git/refs/{ref}`, handler: updateRef },
    { method: 'POST', template: `${R}/git/refs`, handler: createRef },
  ];
}
