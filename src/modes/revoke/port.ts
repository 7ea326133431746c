import {
  createIssue,
  findIssueByMarker,
  getFileAtRef,
  listDirectory,
  updateIssue,
  upsertCommentByMarker,
  type GithubClient,
  type IssueSummary,
  type IssueUpdate,
  type NewIssue,
  type RepoRef,
} from '../../github/index.js';
import { REQUESTS_DIR } from '../../load/paths.js';
import { matches } from '../../shared/patterns.js';

export type RepoFile = { readonly kind: 'file'; readonly bytes: Uint8Array } | { readonly kind: 'absent' | 'not-regular' | 'too-large' };

/** What the sweep reads from and writes to GitHub besides the ledger, bound to one repository. */
export interface RevokeGithubPort {
  /** A file at a commit; only a regular file within `maxBytes` comes with its bytes. */
  readFile(commitSha: string, path: string, maxBytes: number): Promise<RepoFile>;
  /** Ids of the request files (regular files `access-requests/<id>.yaml`) at a commit. */
  requestIds(commitSha: string): Promise<ReadonlySet<string>>;
  /** The open issue carrying `marker`, if any. */
  findIssue(marker: string): Promise<IssueSummary | undefined>;
  createIssue(issue: NewIssue): Promise<IssueSummary>;
  updateIssue(number: number, update: IssueUpdate): Promise<IssueSummary>;
  upsertComment(issueNumber: number, marker: string, body: string): Promise<void>;
}

export function githubRevokePort(client: GithubClient, repo: RepoRef): RevokeGithubPort {
  return {
    async readFile(commitSha, path, maxBytes) {
      const file = await getFileAtRef(client, repo, commitSha, path, { maxBytes });
      if (file === undefined) return { kind: 'absent' };
      if (file.kind !== 'file' && file.kind !== 'executable') return { kind: 'not-regular' };
      return file.bytes === undefined ? { kind: 'too-large' } : { kind: 'file', bytes: file.bytes };
    },
    async requestIds(commitSha) {
      const entries = (await listDirectory(client, repo, commitSha, REQUESTS_DIR)) ?? [];
      const ids = new Set<string>();
      for (const e of entries) {
        // Only a regular file is a request; anything else there is never applied, so it keeps nothing alive.
        if (e.kind !== 'file' && e.kind !== 'executable') continue;
        const id = requestIdOf(e.path);
        if (id !== undefined) ids.add(id);
      }
      return ids;
    },
    findIssue: (marker) => findIssueByMarker(client, repo, marker, { state: 'open' }),
    createIssue: (issue) => createIssue(client, repo, issue),
    updateIssue: (number, update) => updateIssue(client, repo, number, update),
    upsertComment: async (issueNumber, marker, body) => {
      await upsertCommentByMarker(client, repo, issueNumber, marker, body);
    },
  };
}

/** `access-requests/<id>.yaml` -> id, for a well-formed id only. */
export function requestIdOf(path: string): string | undefined {
  const prefix = `${REQUESTS_DIR}/`;
  if (!path.startsWith(prefix) || !path.endsWith('.yaml')) return undefined;
  const id = path.slice(prefix.length, -'.yaml'.length);
  return matches('requestId', id) ? id : undefined;
}
