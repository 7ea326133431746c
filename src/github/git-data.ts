import { createHash } from 'node:crypto';
import { oneOf } from './accounts.js';
import type { GithubClient } from './client.js';
import { GithubError, NonFastForwardError, call, callOrNotFound, githubMessage, statusOf, toGithubError } from './errors.js';
import { type RepoRef, checkName, checkPath, checkRepo } from './names.js';
import type { Blob, Commit, GitPerson, Tree, TreeEntryMode, TreeEntryType } from './types.js';

const GET_BLOB = 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}';
const POST_BLOB = 'POST /repos/{owner}/{repo}/git/blobs';
const GET_TREE = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';
const POST_TREE = 'POST /repos/{owner}/{repo}/git/trees';
const GET_COMMIT = 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}';
const POST_COMMIT = 'POST /repos/{owner}/{repo}/git/commits';
const GET_REF = 'GET /repos/{owner}/{repo}/git/ref/{ref}';
const PATCH_REF = 'PATCH /repos/{owner}/{repo}/git/refs/{ref}';
const POST_REF = 'POST /repos/{owner}/{repo}/git/refs';

const MODES: readonly TreeEntryMode[] = ['100644', '100755', '120000', '160000', '040000'];
const TYPES: readonly TreeEntryType[] = ['blob', 'tree', 'commit'];

/** The SHA git gives these bytes as a blob: lets us check what GitHub hands back. */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A blob's bytes, verified against its SHA. */
export async function getBlob(client: GithubClient, repo: RepoRef, sha: string): Promise<Blob> {
  const params = { ...checkRepo(repo), file_sha: checkName('sha', sha) };
  const { data } = await call(GET_BLOB, () => client.octokit.request(GET_BLOB, params));
  if (data.encoding !== 'base64') throw new GithubError('E_GITHUB_UNEXPECTED_RESPONSE', `${GET_BLOB}: unknown encoding`);
  const bytes = new Uint8Array(Buffer.from(data.content, 'base64'));
  if (bytes.length !== data.size || gitBlobSha(bytes) !== sha) {
    throw new GithubError('E_GITHUB_BLOB_MISMATCH', `${GET_BLOB}: content does not hash to the blob asked for`);
  }
  return { sha, bytes };
}

/** Stores a blob and checks GitHub named it what git would. */
export async function createBlob(client: GithubClient, repo: RepoRef, content: Uint8Array | string): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const params = { ...checkRepo(repo), content: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
  const { data } = await call(POST_BLOB, () => client.octokit.request(POST_BLOB, params));
  if (data.sha !== gitBlobSha(bytes)) throw new GithubError('E_GITHUB_BLOB_MISMATCH', `${POST_BLOB}: GitHub stored other bytes`);
  return data.sha;
}

/**
 * A tree by SHA (or a commit SHA: GitHub answers with its tree). A truncated
 * recursive listing (GitHub's cap is 100,000 entries / 7 MB) fails closed.
 */
export async function getTree(client: GithubClient, repo: RepoRef, sha: string, options: { recursive: boolean } = { recursive: false }): Promise<Tree> {
  const params = {
    ...checkRepo(repo),
    tree_sha: checkName('sha', sha),
    // GitHub recurses for any value of `recursive`, so the key is sent only when wanted.
    ...(options.recursive ? { recursive: 'true' } : {}),
  };
  const { data } = await call(GET_TREE, () => client.octokit.request(GET_TREE, params));
  if (data.truncated) throw new GithubError('E_GITHUB_LIST_TRUNCATED', `${GET_TREE}: GitHub truncated the tree`);
  return {
    sha: data.sha,
    entries: data.tree.map((e) => ({
      path: e.path,
      mode: oneOf(MODES, e.mode, 'tree entry mode'),
      type: oneOf(TYPES, e.type, 'tree entry type'),
      sha: e.sha,
      size: e.size,
    })),
  };
}

export type NewTreeEntry =
  | { readonly path: string; readonly mode: '100644' | '100755' | '120000'; readonly sha: string | null }
  | { readonly path: string; readonly mode: '040000'; readonly sha: string }
  /** A text file given inline: GitHub writes the blob itself, one request fewer than createBlob. */
  | { readonly path: string; readonly mode: '100644'; readonly content: string };

/** A new tree: `baseTree` plus entries (sha null deletes the path). Returns its SHA. */
export async function createTree(
  client: GithubClient,
  repo: RepoRef,
  input: { readonly baseTree?: string; readonly entries: readonly NewTreeEntry[] },
): Promise<string> {
  const tree = input.entries.map((e) => {
    checkPath(e.path);
    if ('content' in e) return { path: e.path, mode: e.mode, type: 'blob' as const, content: e.content };
    if (e.sha !== null) checkName('sha', e.sha);
    return { path: e.path, mode: e.mode, type: e.mode === '040000' ? ('tree' as const) : ('blob' as const), sha: e.sha };
  });
  const params = {
    ...checkRepo(repo),
    tree,
    ...(input.baseTree === undefined ? {} : { base_tree: checkName('sha', input.baseTree) }),
  };
  const { data } = await call(POST_TREE, () => client.octokit.request(POST_TREE, params));
  return data.sha;
}

function person(p: { name: string; email: string; date: string }): GitPerson {
  return { name: p.name, email: p.email, date: p.date };
}

export async function getCommit(client: GithubClient, repo: RepoRef, sha: string): Promise<Commit> {
  const params = { ...checkRepo(repo), commit_sha: checkName('sha', sha) };
  const { data } = await call(GET_COMMIT, () => client.octokit.request(GET_COMMIT, params));
  return {
    sha: data.sha,
    tree: data.tree.sha,
    parents: data.parents.map((p) => p.sha),
    message: data.message,
    author: person(data.author),
    committer: person(data.committer),
  };
}

export interface NewCommit {
  readonly message: string;
  readonly tree: string;
  readonly parents: readonly string[];
  /** Defaults to the token's identity, as GitHub does. */
  readonly author?: { readonly name: string; readonly email: string; readonly date?: string };
}

export async function createCommit(client: GithubClient, repo: RepoRef, c: NewCommit): Promise<string> {
  const params = {
    ...checkRepo(repo),
    message: c.message,
    tree: checkName('sha', c.tree),
    parents: c.parents.map((p) => checkName('sha', p)),
    ...(c.author === undefined ? {} : { author: { ...c.author } }),
  };
  const { data } = await call(POST_COMMIT, () => client.octokit.request(POST_COMMIT, params));
  return data.sha;
}

/** The commit a ref (`heads/main`) points at, or undefined when there is no such ref. */
export async function getRef(client: GithubClient, repo: RepoRef, ref: string): Promise<string | undefined> {
  const params = { ...checkRepo(repo), ref: checkName('ref', ref) };
  const res = await callOrNotFound(GET_REF, () => client.octokit.request(GET_REF, params));
  return res?.data.object.sha;
}

/**
 * Moves a ref forward to `sha`, never with force. When the ref moved since it
 * was read, GitHub answers 422 "Update is not a fast forward": that becomes a
 * NonFastForwardError so the caller can rebuild on the new tip and retry.
 */
export async function updateRefFastForward(client: GithubClient, repo: RepoRef, ref: string, sha: string): Promise<void> {
  const params = { ...checkRepo(repo), ref: checkName('ref', ref), sha: checkName('sha', sha), force: false };
  try {
    await client.octokit.request(PATCH_REF, params);
  } catch (error) {
    if (statusOf(error) === 422 && /fast.?forward/i.test(githubMessage(error))) throw new NonFastForwardError(ref, sha);
    throw toGithubError(PATCH_REF, error);
  }
}

/** Creates `refs/<ref>` at `sha`; false when it already exists. */
export async function createRef(client: GithubClient, repo: RepoRef, ref: string, sha: string): Promise<boolean> {
  const params = { ...checkRepo(repo), ref: `refs/${checkName('ref', ref)}`, sha: checkName('sha', sha) };
  try {
    await client.octokit.request(POST_REF, params);
    return true;
  } catch (error) {
    if (statusOf(error) === 422 && /already exists/i.test(githubMessage(error))) return false;
    throw toGithubError(POST_REF, error);
  }
}
