import type { GithubClient } from './client.js';
import { GithubError } from './errors.js';
import { getBlob, getCommit, getTree } from './git-data.js';
import { type RepoRef, checkName, checkPath } from './names.js';
import type { FileAtRef, FileKind, TreeEntry } from './types.js';

/** Default size cap for file bytes; larger files are described but not downloaded. */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024;

function kindOf(e: TreeEntry): FileKind {
  if (e.type === 'tree') return 'directory';
  if (e.type === 'commit') return 'submodule';
  if (e.mode === '120000') return 'symlink';
  return e.mode === '100755' ? 'executable' : 'file';
}

/**
 * Walks the commit's trees to `path` and returns what is there. Trees, not the
 * contents API: the contents API answers a symlink to a file with the target's
 * content as if it were the file, and gives no mode. Names in `path` are only
 * compared with tree entries, never put into a URL; only SHAs are.
 */
async function entryAt(client: GithubClient, repo: RepoRef, commitSha: string, path: string): Promise<TreeEntry | undefined> {
  // Names are checked before any request is made.
  checkPath(path);
  return entryInTree(client, repo, (await getCommit(client, repo, checkName('sha', commitSha))).tree, path);
}

/** The entry at `path` under the tree `treeSha`, walking one level per path segment. */
export async function entryInTree(client: GithubClient, repo: RepoRef, treeSha: string, path: string): Promise<TreeEntry | undefined> {
  const segments = checkPath(path);
  let tree = checkName('sha', treeSha);
  for (const [i, segment] of segments.entries()) {
    const entry = (await getTree(client, repo, tree)).entries.find((e) => e.path === segment);
    if (entry === undefined) return undefined;
    if (i === segments.length - 1) return { ...entry, path };
    if (entry.type !== 'tree') return undefined;
    tree = entry.sha;
  }
  return undefined;
}

/**
 * The file at `path` in commit `commitSha`, or undefined when nothing is
 * there. Bytes are fetched (and hash-checked) only for a regular or
 * executable file of at most `maxBytes`; callers refuse the other kinds.
 */
export async function getFileAtRef(
  client: GithubClient,
  repo: RepoRef,
  commitSha: string,
  path: string,
  options: { maxBytes?: number } = {},
): Promise<FileAtRef | undefined> {
  const entry = await entryAt(client, repo, commitSha, path);
  if (entry === undefined) return undefined;
  const kind = kindOf(entry);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const readable = (kind === 'file' || kind === 'executable') && entry.size !== undefined && entry.size <= maxBytes;
  const bytes = readable ? (await getBlob(client, repo, entry.sha)).bytes : undefined;
  return { path, kind, mode: entry.mode, sha: entry.sha, size: entry.size, bytes };
}

/**
 * The entries directly under `dir` in commit `commitSha` (paths relative to
 * the repository root), or undefined when `dir` is absent. A path that exists
 * but is not a directory is an error: the caller expected a directory there.
 */
export async function listDirectory(
  client: GithubClient,
  repo: RepoRef,
  commitSha: string,
  dir: string,
): Promise<{ path: string; kind: FileKind; sha: string; size: number | undefined }[] | undefined> {
  const entry = await entryAt(client, repo, commitSha, dir);
  if (entry === undefined) return undefined;
  if (entry.type !== 'tree') throw new GithubError('E_GITHUB_UNEXPECTED_RESPONSE', 'expected a directory');
  const tree = await getTree(client, repo, entry.sha);
  return tree.entries.map((e) => ({ path: `${dir}/${e.path}`, kind: kindOf(e), sha: e.sha, size: e.size }));
}
