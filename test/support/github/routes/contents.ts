import { posix } from 'node:path';
import type { GitRepo, TreeEntry } from '../git.js';
import { type Ctx, type Reply, type RouteDef, notFound } from '../http.js';
import { type ContentType, base64Wrapped, contentEntry } from '../shapes/git.js';
import { defaultBranchSha, resolveCommitish } from './common.js';

/** Past 1 MB the contents API returns metadata only: empty content, encoding "none". */
const INLINE_LIMIT = 1024 * 1024;

async function walk(git: GitRepo, rootTree: string, path: string): Promise<TreeEntry | undefined> {
  const segments = path.split('/').filter((s) => s !== '');
  let tree = rootTree;
  let found: TreeEntry | undefined;
  for (const [i, segment] of segments.entries()) {
    found = (await git.lsTree(tree, false)).find((e) => e.path === segment);
    if (found === undefined) return undefined;
    if (i < segments.length - 1) {
      if (found.type !== 'tree') return undefined;
      tree = found.sha;
    }
  }
  return found === undefined ? undefined : { ...found, path: segments.join('/') };
}

function contentType(e: TreeEntry): ContentType {
  if (e.type === 'tree') return 'dir';
  if (e.type === 'commit') return 'submodule';
  return e.mode === '120000' ? 'symlink' : 'file';
}

async function getContent(ctx: Ctx): Promise<Reply> {
  const repo = ctx.repo();
  const git = ctx.git(repo);
  const refName = ctx.query.get('ref');
  const commit = refName === null ? await defaultBranchSha(ctx, repo) : await resolveCommitish(ctx, repo, refName);
  if (commit === undefined) throw notFound();
  const ref = refName ?? repo.defaultBranch;
  const root = await git.peel(commit, 'tree');
  const path = ctx.params.path ?? '';
  const entry = root === undefined ? undefined : await walk(git, root, path);
  if (root === undefined || entry === undefined) throw notFound();
  const r = { urls: ctx.urls, owner: repo.owner, repoName: repo.name };

  if (entry.type === 'tree') {
    const children = await git.lsTree(entry.sha, false);
    return {
      status: 200,
      body: children.map((c) => contentEntry(r, { type: contentType(c), path: `${entry.path}/${c.path}`, sha: c.sha, size: c.size ?? 0 }, ref)),
    };
  }
  if (entry.type === 'commit') {
    const base = contentEntry(r, { type: 'submodule', path: entry.path, sha: entry.sha, size: 0 }, ref);
    return { status: 200, body: { ...base, submodule_git_url: ctx.urls.web(`/submodules/${entry.sha}.git`) } };
  }
  let file = entry;
  if (entry.mode === '120000') {
    const target = (await git.readBlob(entry.sha)).toString('utf8');
    // GitHub quirk: a symlink to a regular file in the repository is answered
    // with that file's content, as if the link were the file. Only a trees
    // walk (what the port does) shows the link for what it is.
    const resolved = posix.normalize(posix.join(posix.dirname(entry.path), target));
    const followed = resolved.startsWith('../') || posix.isAbsolute(target) ? undefined : await walk(git, root, resolved);
    if (followed === undefined || followed.type !== 'blob' || followed.mode === '120000') {
      const base = contentEntry(r, { type: 'symlink', path: entry.path, sha: entry.sha, size: entry.size ?? 0 }, ref);
      return { status: 200, body: { ...base, target } };
    }
    file = followed;
  }
  const bytes = await git.readBlob(file.sha);
  const base = contentEntry(r, { type: 'file', path: file.path, sha: file.sha, size: bytes.length }, ref);
  const inline = bytes.length <= INLINE_LIMIT;
  return {
    status: 200,
    body: { ...base, content: inline ? base64Wrapped(bytes) : '', encoding: inline ? 'base64' : 'none' },
  };
}

export function contentRoutes(): RouteDef[] {
  return [{ method: 'GET', template: '/repos/{owner}/{repo}/contents/{path}', handler: getContent }];
}
