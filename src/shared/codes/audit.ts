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
    fix: "Check the pull request's reviews on GitHub. A review deleted with its account shows as missing; anything else means the recorded approval is not the one GitHub holds: treat it as an incident.",
  },
  E_AUDIT_BLOB_MISMATCH: {
    summary: "The request file at the pull request's recorded head is not the blob the granted event says was approved.",
    fix: "Compare the file at the recorded head with the event's request_blob. If the head commit is gone (force-pushed branch deleted), GitHub may no longer have it; otherwise treat it as an incident.",
  },
  E_AUDIT_GITHUB_UNREADABLE: {
    summary: 'GitHub could not be asked about a granted event (token, permissions, network), so that event was not cross-checked.',
    fix: 'Give the token read access to pull requests and contents of the repository (GITHUB_TOKEN or GH_TOKEN) and run `grantbook audit verify --repo owner/name` again.',
  },
  E_AUDIT_CHAIN_BROKEN: {
    summary:
      "The ledger's hash chain does not verify, so `grantbook audit export` / `audit report` wrote nothing: evidence is only handed over from a chain that verifies.",
    fix: 'Run `grantbook audit verify` to see every broken place (file:line and code), restore the ledger from git history (`git log -p -- audit/`), and treat an edited line as an incident. Then export again.',
  },
  E_AUDIT_PERIOD_INVALID: {
    summary:
      'The period of an audit export or report is not usable: --since and --until take a date (YYYY-MM-DD), a month (YYYY-MM) or an RFC 3339 instant in UTC (…Z), and --since must be before --until.',
    fix: 'Give e.g. `--since 2025-07-01 --until 2025-09-30` (both days included) or `--since 2025-07 --until 2025-09` (whole months).',
  },
  E_AUDIT_OUTPUT_INVALID: {
    summary:
      'The output file of an audit export or report cannot be used: it is inside audit/ (which holds only ledger files), its directory does not exist, or it has the wrong extension.',
    fix: 'Write the file outside audit/, into a directory that exists (e.g. `--out access-report.html` for the report, which must end in .html).',
  },
  E_AUDIT_PROFILE_UNREADABLE: {
    summary:
      'A profile under policies/ could not be read, so the audit views cannot tell for the grants of that profile whether it is break-glass or which columns it marks sensitive; they show "unknown".',
    fix: 'Run `grantbook validate` and fix the profile. The ledger itself does not record these two facts: they come from the profiles at the checkout.',
  },
} as const satisfies Record<string, CodeInfo>;

export type AuditCode = keyof typeof AUDIT_CODES;
