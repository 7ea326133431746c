/**
 * The few git operations reading and committing the ledger need. The GitHub
 * adapter implements them with the Git Data API (trees, blobs, commits, a
 * non-forced ref update); tests implement them over a real bare repository.
 * Every read names a commit or a blob by SHA, so what a run reads cannot
 * change under it.
 */
export interface LedgerStore {
  readTip(branch: string): Promise<{ readonly commitSha: string; readonly treeSha: string }>;
  /** The entries directly under `dir` at a commit; undefined when there is no directory there. */
  listDir(commitSha: string, dir: string): Promise<readonly LedgerEntry[] | undefined>;
  /** A blob's text (strict UTF-8), by the SHA a listing gave. */
  readBlob(sha: string): Promise<string>;
  /** Blobs + a tree on top of `baseTreeSha` + a commit with one parent. `content: null` deletes. */
  writeCommit(input: {
    readonly parentSha: string;
    readonly baseTreeSha: string;
    readonly files: readonly FileChange[];
    readonly message: string;
  }): Promise<string>;
  /** Moves the branch to `commitSha` only if that is a fast-forward; never forces. */
  fastForward(branch: string, commitSha: string): Promise<'ok' | 'not-fast-forward'>;
}

export interface LedgerEntry {
  readonly name: string;
  /** `file`: a regular (or executable) file; `other`: a symlink or submodule, which the ledger never holds. */
  readonly kind: 'file' | 'directory' | 'other';
  readonly sha: string;
  /** Bytes of a file. */
  readonly size?: number;
}

export interface FileChange {
  readonly path: string;
  readonly content: string | null;
}

/** No ledger file is anywhere near this (a segment closes at 256 KiB, month files were capped here); a bigger one was not written by Grantbook. */
export const MAX_LEDGER_FILE_BYTES = 64 * 1024 * 1024;

/** What reading the ledger needs of a store: a checkout's git objects serve too. */
export type LedgerReader = Pick<LedgerStore, 'listDir' | 'readBlob'>;
