/** Plain results of the GitHub port: small, typed, and free of Octokit response objects. */

/** A GitHub account as GitHub reports it; `type` tells people from apps ('Bot'). */
export interface Account {
  readonly login: string;
  readonly id: number;
  readonly type: 'User' | 'Bot' | 'Organization' | 'Mannequin';
}

export interface PullRequest {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly merged: boolean;
  readonly mergedAt: string | null;
  readonly mergeCommitSha: string | null;
  readonly mergedBy: Account | null;
  readonly draft: boolean;
  readonly title: string;
  readonly author: Account | null;
  readonly headSha: string;
  readonly headRef: string;
  /** `owner/name` of the head repository; null when a fork was deleted. */
  readonly headRepo: string | null;
  readonly baseSha: string;
  readonly baseRef: string;
  readonly baseRepo: string;
  readonly commits: number;
  readonly changedFiles: number;
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullFile {
  readonly filename: string;
  readonly status: FileStatus;
  /** Blob SHA at the head (the old blob for a removed file); null when GitHub gives none. */
  readonly sha: string | null;
  readonly previousFilename: string | undefined;
}

export interface GitPerson {
  readonly name: string;
  readonly email: string;
  readonly date: string;
}

export interface PullCommit {
  readonly sha: string;
  readonly parents: readonly string[];
  /** The accounts GitHub matched to the commit's author and committer emails, if any. */
  readonly author: Account | null;
  readonly committer: Account | null;
  readonly gitAuthor: GitPerson | null;
  readonly gitCommitter: GitPerson | null;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface Review {
  readonly id: number;
  /** null when the reviewer's account no longer exists. */
  readonly user: Account | null;
  readonly state: ReviewState;
  /** The head SHA the review was made on; null for some old or dismissed reviews. */
  readonly commitId: string | null;
  readonly submittedAt: string | null;
}

export interface PullSummary {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly merged: boolean;
  readonly mergeCommitSha: string | null;
  readonly headSha: string;
  readonly baseRef: string;
  readonly author: Account | null;
}

export type TreeEntryType = 'blob' | 'tree' | 'commit';
export type TreeEntryMode = '100644' | '100755' | '120000' | '160000' | '040000';

export interface TreeEntry {
  readonly path: string;
  readonly mode: TreeEntryMode;
  readonly type: TreeEntryType;
  readonly sha: string;
  readonly size: number | undefined;
}

export interface Tree {
  readonly sha: string;
  readonly entries: readonly TreeEntry[];
}

export interface Commit {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
  readonly message: string;
  readonly author: GitPerson;
  readonly committer: GitPerson;
}

export interface Blob {
  readonly sha: string;
  readonly bytes: Uint8Array;
}

/** What a path is in a commit; callers refuse anything but a regular file. */
export type FileKind = 'file' | 'executable' | 'symlink' | 'submodule' | 'directory';

export interface FileAtRef {
  readonly path: string;
  readonly kind: FileKind;
  readonly mode: TreeEntryMode;
  readonly sha: string;
  readonly size: number | undefined;
  /** Present only for a regular (or executable) file within the size cap. */
  readonly bytes: Uint8Array | undefined;
}

export interface IssueSummary {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly title: string;
  readonly body: string | null;
  readonly labels: readonly string[];
}

export interface CodeownersError {
  readonly line: number;
  readonly column: number;
  readonly kind: string;
  readonly message: string;
  readonly path: string;
}

export interface Repository {
  readonly id: number;
  readonly fullName: string;
  readonly defaultBranch: string;
  readonly private: boolean;
}
