import type { GrantedEvent } from '../ledger/index.js';
import type { PullRequest, Review } from '../github/index.js';
import type { AuditCode } from '../shared/codes/audit.js';

/** What GitHub says about one granted event's pull request, as plain data. */
export interface PullFacts {
  /** undefined: GitHub has no such pull request. */
  readonly pull: Pick<PullRequest, 'number' | 'merged' | 'headSha' | 'mergeCommitSha'> | undefined;
  readonly reviews: readonly Review[];
  /** Blob SHA of the request file at the recorded head; undefined when there is none. */
  readonly blobAtHead: string | undefined;
}

export interface CrossCheckProblem {
  readonly code: AuditCode;
  readonly message: string;
}

/**
 * Holds one `granted` event against what GitHub says now. The hash chain
 * proves the ledger was not edited after the fact unless it was re-chained
 * from the edit onwards; this catches that case for the facts that matter:
 * the merged pull request, who approved which commit, and the file approved.
 * Messages carry only ids, numbers and SHAs that passed the ledger's patterns.
 */
export function crossCheckGranted(event: GrantedEvent, facts: PullFacts): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = [];
  const where = `${event.request} (seq ${event.seq}), pull request #${event.pr.number}`;
  const { pull } = facts;
  if (pull === undefined) return [{ code: 'E_AUDIT_PULL_MISMATCH', message: `${where}: GitHub has no such pull request` }];
  if (!pull.merged) problems.push({ code: 'E_AUDIT_PULL_MISMATCH', message: `${where}: the pull request is not merged` });
  if (pull.headSha !== event.pr.head_sha) {
    problems.push({ code: 'E_AUDIT_PULL_MISMATCH', message: `${where}: its head is ${pull.headSha}, the event records ${event.pr.head_sha}` });
  }
  if (pull.mergeCommitSha !== null && pull.mergeCommitSha !== event.pr.merge_sha) {
    problems.push({ code: 'E_AUDIT_PULL_MISMATCH', message: `${where}: its merge commit is ${pull.mergeCommitSha}, the event records ${event.pr.merge_sha}` });
  }
  const byId = new Map(facts.reviews.map((r) => [r.id, r]));
  for (const approver of event.approvers) {
    const review = byId.get(approver.review_id);
    const who = `${where}: the approval by ${approver.login} (review ${approver.review_id})`;
    // Apply counts only approvals of the final head: a recorded one of any other commit never counted.
    if (approver.commit_id !== event.pr.head_sha) {
      problems.push({ code: 'E_AUDIT_REVIEW_MISMATCH', message: `${who} is recorded for ${approver.commit_id}, not the head ${event.pr.head_sha}` });
      continue;
    }
    if (review === undefined) problems.push({ code: 'E_AUDIT_REVIEW_MISMATCH', message: `${who} is not among the pull request's reviews` });
    else if (review.user?.id !== approver.id) problems.push({ code: 'E_AUDIT_REVIEW_MISMATCH', message: `${who} was written by another account` });
    // A review dismissed after the merge still approved at the time; anything else never approved.
    else if (review.state !== 'APPROVED' && review.state !== 'DISMISSED')
      problems.push({ code: 'E_AUDIT_REVIEW_MISMATCH', message: `${who} is not an approval` });
    else if (review.commitId !== null && review.commitId !== approver.commit_id) {
      problems.push({ code: 'E_AUDIT_REVIEW_MISMATCH', message: `${who} was given at ${review.commitId}, the event records ${approver.commit_id}` });
    }
  }
  if (facts.blobAtHead !== event.request_blob) {
    const found = facts.blobAtHead === undefined ? 'no request file' : `blob ${facts.blobAtHead}`;
    problems.push({ code: 'E_AUDIT_BLOB_MISMATCH', message: `${where}: the head holds ${found}, the event records blob ${event.request_blob}` });
  }
  return problems;
}
