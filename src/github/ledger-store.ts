import type { LedgerEntry, LedgerStore } from '../ledger/store.js';
import type { GithubClient } from './client.js';
import { GithubError, NonFastForwardError } from './errors.js';
import { createCommit, createTree, getBlob, getCommit, getRef, getTree, gitBlobSha, updateRefFastForward } from './git-data.js';
import type { RepoRef } from './names.js';
import type { Tree } from './types.js';

/** Trees are immutable (named by their SHA): a run keeps the few it walks. */
const MAX_CACHED_TREES = 256;

/**
 * The ledger's git operations through the Git Data API: no checkout, the
 * commit is the token's (a GitHub App's commits show as verified), and the
 * ref is only ever fast-forwarded, so a concurrent writer is detected and the
 * caller retries from the new tip. A ledger commit costs the same few calls
 * whatever the history's length: the tip, four tree listings down to the
 * newest segment, two blobs, one tree with the changed files inline, the
 * tree walk that checks what GitHub stored, the commit and the ref.
 */
export function githubLedgerStore(client: GithubClient, repo: RepoRef): LedgerStore {
  const trees = new Map<string, Tree>();
  const commitTrees = new Map<string, string>();
  const tree = async (sha: string): Promise<Tree> => {
    const cached = trees.get(sha);
    if (cached !== undefined) return cached;
    const fetched = await getTree(client, repo, sha);
    if (trees.size >= MAX_CACHED_TREES) trees.clear();
    trees.set(sha, fetched);
    return fetched;
  };
  const treeOf = async (commitSha: string): Promise<string> => {
    const cached = commitTrees.get(commitSha);
    if (cached !== undefined) return cached;
    const sha = (await getCommit(client, repo, commitSha)).tree;
    commitTrees.set(commitSha, sha);
    return sha;
  };
  /** The tree at `dir` (segments joined by `/`; '' is the root) under `rootTree`, or undefined. */
  const walk = async (rootTree: string, dir: string): Promise<Tree | undefined> => {
    let current = await tree(rootTree);
    for (const name of dir.split('/').filter((p) => p !== '')) {
      const entry = current.entries.find((e) => e.path === name);
      if (entry?.type !== 'tree') return undefined;
      current = await tree(entry.sha);
    }
    return current;
  };
  return {
    async readTip(branch) {
      const commitSha = await getRef(client, repo, `heads/${branch}`);
      if (commitSha === undefined) throw new Error(`branch ${branch} does not exist`);
      return { commitSha, treeSha: await treeOf(commitSha) };
    },
    async listDir(commitSha, dir) {
      const found = await walk(await treeOf(commitSha), dir);
      return found?.entries.map((e): LedgerEntry => ({
        name: e.path,
        kind: e.type === 'tree' ? 'directory' : e.type === 'blob' && (e.mode === '100644' || e.mode === '100755') ? 'file' : 'other',
        sha: e.sha,
        ...(e.size !== undefined ? { size: e.size } : {}),
      }));
    },
    async readBlob(sha) {
      // getBlob checks the bytes hash to the SHA asked for.
      return new TextDecoder('utf-8', { fatal: true }).decode((await getBlob(client, repo, sha)).bytes);
    },
    async writeCommit({ parentSha, baseTreeSha, files, message }) {
      // Contents go inline in the tree request: writes are spaced a second apart
      // (GitHub's advice against secondary rate limits), so each blob request
      // saved is a second of every apply and revoke run. Only the changed
      // files are sent: the base tree holds the rest.
      const entries = files.map((f) =>
        f.content === null ? { path: f.path, mode: '100644' as const, sha: null } : { path: f.path, mode: '100644' as const, content: f.content },
      );
      const created = await createTree(client, repo, { baseTree: baseTreeSha, entries });
      // Reads are not spaced: confirm GitHub stored exactly these bytes, as createBlob would.
      for (const f of files) {
        if (f.content === null) continue;
        const slash = f.path.lastIndexOf('/');
        const dir = await walk(created, slash === -1 ? '' : f.path.slice(0, slash));
        const entry = dir?.entries.find((e) => e.path === f.path.slice(slash + 1));
        if (entry?.sha !== gitBlobSha(new TextEncoder().encode(f.content))) {
          throw new GithubError('E_GITHUB_BLOB_MISMATCH', `POST /repos/{owner}/{repo}/git/trees: GitHub stored other bytes for ${f.path}`);
        }
      }
      return createCommit(client, repo, { message, tree: created, parents: [parentSha] });
    },
    async fastForward(branch, commitSha) {
      try {
        await updateRefFastForward(client, repo, `heads/${branch}`, commitSha);
        return 'ok';
      } catch (error) {
        if (error instanceof NonFastForwardError) return 'not-fast-forward';
        throw error;
      }
    },
  };
}
