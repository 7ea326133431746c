import type { LedgerStore } from '../ledger/commit.js';
import type { GithubClient } from './client.js';
import { GithubError, NonFastForwardError } from './errors.js';
import { entryInTree, getFileAtRef, listDirectory } from './files.js';
import { createCommit, createTree, getCommit, getRef, gitBlobSha, updateRefFastForward } from './git-data.js';
import type { RepoRef } from './names.js';

/** Ledger files are small by design (partitioned by month); a cap keeps a hostile one from exhausting memory. */
const MAX_LEDGER_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The ledger's git operations through the Git Data API: no checkout, the
 * commit is the token's (a GitHub App's commits show as verified), and the
 * ref is only ever fast-forwarded, so a concurrent writer is detected and the
 * caller retries from the new tip.
 */
export function githubLedgerStore(client: GithubClient, repo: RepoRef): LedgerStore {
  return {
    async readTip(branch) {
      const commitSha = await getRef(client, repo, `heads/${branch}`);
      if (commitSha === undefined) throw new Error(`branch ${branch} does not exist`);
      const commit = await getCommit(client, repo, commitSha);
      return { commitSha, treeSha: commit.tree };
    },
    async readFile(commitSha, path) {
      const file = await getFileAtRef(client, repo, commitSha, path, { maxBytes: MAX_LEDGER_FILE_BYTES });
      if (file === undefined || file.bytes === undefined) return undefined;
      return new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    },
    async listLedgerFiles(commitSha) {
      const entries = await listDirectory(client, repo, commitSha, 'audit');
      return (entries ?? []).map((e) => e.path);
    },
    async writeCommit({ parentSha, baseTreeSha, files, message }) {
      // Contents go inline in the tree request: writes are spaced a second apart
      // (GitHub's advice against secondary rate limits), so each blob request
      // saved is a second of every apply and revoke run.
      const entries = files.map((f) => (f.content === null ? { path: f.path, mode: '100644' as const, sha: null } : { path: f.path, mode: '100644' as const, content: f.content }));
      const tree = await createTree(client, repo, { baseTree: baseTreeSha, entries });
      // Reads are not spaced: confirm GitHub stored exactly these bytes, as createBlob would.
      for (const f of files) {
        if (f.content === null) continue;
        const entry = await entryInTree(client, repo, tree, f.path);
        if (entry?.sha !== gitBlobSha(new TextEncoder().encode(f.content))) {
          throw new GithubError('E_GITHUB_BLOB_MISMATCH', `POST /repos/{owner}/{repo}/git/trees: GitHub stored other bytes for ${f.path}`);
        }
      }
      return createCommit(client, repo, { message, tree, parents: [parentSha] });
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
