import { getFileAtRef, getPull, getRepo, GithubError, listPullReviews, type GithubClient, type RepoRef } from '../github/index.js';
import type { GrantedEvent, LedgerEvent } from '../ledger/index.js';
import { REQUESTS_DIR } from '../load/paths.js';
import type { AuditCode } from '../shared/codes/audit.js';
import { crossCheckGranted, type CrossCheckProblem, type PullFacts } from './cross-check.js';

/** What the cross-check reads; the GitHub implementation is below, tests may pass their own. */
export interface AuditGithubPort {
  /**
   * Throws when the repository itself cannot be read: a token without access
   * sees 404 for every pull request, which must not read as a forged ledger.
   */
  reachable(): Promise<void>;
  facts(event: GrantedEvent): Promise<PullFacts>;
}

export interface CrossCheckReport {
  /** granted events held against GitHub. */
  readonly checked: number;
  readonly problems: readonly (CrossCheckProblem & { readonly seq: number })[];
}

/**
 * Every `granted` event of a verified chain, against GitHub, one at a time
 * (a few requests each; the API's rate limits are the budget, not speed).
 * A read that fails is reported for that event and the rest go on: a
 * cross-check that stops at the first outage would hide what it never saw.
 */
export async function crossCheckLedger(
  events: readonly LedgerEvent[],
  port: AuditGithubPort,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<CrossCheckReport> {
  const granted = events.filter((e): e is GrantedEvent => e.type === 'granted');
  const problems: (CrossCheckProblem & { seq: number })[] = [];
  try {
    await port.reachable();
  } catch (error) {
    const why = error instanceof GithubError ? error.code : 'an unexpected error';
    const message = `the repository cannot be read (${why}); no granted event was checked`;
    return {
      checked: 0,
      problems: granted.map((e) => ({ code: 'E_AUDIT_GITHUB_UNREADABLE', seq: e.seq, message: `${e.request} (seq ${e.seq}): ${message}` })),
    };
  }
  for (const [i, event] of granted.entries()) {
    try {
      for (const p of crossCheckGranted(event, await port.facts(event))) problems.push({ ...p, seq: event.seq });
    } catch (error) {
      const why = error instanceof GithubError ? error.code : 'an unexpected error';
      const code: AuditCode = 'E_AUDIT_GITHUB_UNREADABLE';
      problems.push({ code, seq: event.seq, message: `${event.request} (seq ${event.seq}), pull request #${event.pr.number}: not checked (${why})` });
    }
    progress(i + 1, granted.length);
  }
  return { checked: granted.length, problems };
}

export function githubAuditPort(client: GithubClient, repo: RepoRef): AuditGithubPort {
  return {
    async reachable() {
      await getRepo(client, repo);
    },
    async facts(event) {
      let pull: PullFacts['pull'];
      try {
        pull = await getPull(client, repo, event.pr.number);
      } catch (error) {
        if (error instanceof GithubError && error.code === 'E_GITHUB_NOT_FOUND') return { pull: undefined, reviews: [], blobAtHead: undefined };
        throw error;
      }
      const reviews = await listPullReviews(client, repo, event.pr.number);
      // Only the blob SHA is compared: no content is read (maxBytes 0).
      const file = await getFileAtRef(client, repo, event.pr.head_sha, `${REQUESTS_DIR}/${event.request}.yaml`, { maxBytes: 0 }).catch((error: unknown) => {
        if (error instanceof GithubError && error.code === 'E_GITHUB_NOT_FOUND') return undefined;
        throw error;
      });
      return { pull, reviews, blobAtHead: file?.sha };
    },
  };
}
