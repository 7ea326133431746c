import type { FollowUp, FollowUpLookup } from '../audit-view/report-model.js';
import { findIssueByMarker, GithubError, type GithubClient, type RepoRef } from '../github/index.js';
import { breakGlassMarker } from '../report/markers.js';

// The follow-up review issue is found by the marker the apply job writes: the same function.
export { breakGlassMarker };

/** Past this many uses in one report, the rest are not looked up (and the report says so). */
export const MAX_FOLLOW_UPS = 200;

/**
 * Finds each break-glass grant's follow-up review issue on GitHub, open or
 * closed: the report then shows whether the review happened. One failure is
 * that grant's answer ("could not be read"), never the report's end.
 */
export function githubFollowUps(client: GithubClient, repo: RepoRef): FollowUpLookup {
  return async (requests) => {
    const out = new Map<string, FollowUp>();
    for (const id of requests.slice(0, MAX_FOLLOW_UPS)) {
      try {
        const issue = await findIssueByMarker(client, repo, breakGlassMarker(id), { labels: ['break-glass'], state: 'all' });
        out.set(id, issue === undefined ? { found: false } : { found: true, number: issue.number, state: issue.state });
      } catch (error) {
        out.set(id, { unread: error instanceof GithubError ? error.code : 'an unexpected error' });
      }
    }
    return out;
  };
}
