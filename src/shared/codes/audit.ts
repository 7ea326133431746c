import type { CodeInfo } from './code-info.js';

/**
 * What `grantbook audit verify --repo` found when it held the ledger's
 * `granted` events against GitHub. Never rename or reuse a code.
 */
export const AUDIT_CODES = {
  E_AUDIT_PULL_MISMATCH: {
    summary: 'A granted event names a pull request that GitHub does not show as merged with the recorded head and merge commits.',
    fix: 'Compare the event with the pull request on GitHub. A ledger line edited and re-chained, or a pull request history rewritten, both show up here: treat it as an incident and look at `git log -p -- audit/`.',
  },
  E_AUDIT_REVIEW_MISMATCH: {
    summary: 'An approver recorded in a granted event has no matching approving review on the pull request (review id, reviewer id and reviewed commit).',
    fix: 'Check the pull request\'s reviews on GitHub. A review deleted with its account shows as missing; anything else means the recorded approval is not the one GitHub holds: treat it as an incident.',
  },
  E_AUDIT_BLOB_MISMATCH: {
    summary: 'The request file at the pull request\'s recorded head is not the blob the granted event says was approved.',
    fix: 'Compare the file at the recorded head with the event\'s request_blob. If the head commit is gone (force-pushed branch deleted), GitHub may no longer have it; otherwise treat it as an incident.',
  },
  E_AUDIT_GITHUB_UNREADABLE: {
    summary: 'GitHub could not be asked about a granted event (token, permissions, network), so that event was not cross-checked.',
    fix: 'Give the token read access to pull requests and contents of the repository (GITHUB_TOKEN or GH_TOKEN) and run `grantbook audit verify --repo owner/name` again.',
  },
} as const satisfies Record<string, CodeInfo>;

export type AuditCode = keyof typeof AUDIT_CODES;
