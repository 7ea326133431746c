import type { CodeInfo } from './code-info.js';

/**
 * Stable codes for this area: reading CODEOWNERS and judging reviews. Never
 * rename or reuse one.
 */
export const APPROVAL_CODES = {
  // CODEOWNERS file
  E_CODEOWNERS_MISSING: {
    summary: 'No CODEOWNERS file at .github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS on the trusted commit.',
    fix: 'Add .github/CODEOWNERS naming the owners of access-requests/, policies/ and .github/.',
  },
  E_CODEOWNERS_TOO_LARGE: {
    summary: 'The CODEOWNERS file is 3 MB or larger; GitHub does not load it, so nobody owns anything.',
    fix: 'Shrink CODEOWNERS below 3 MB, for example by folding entries into wildcard patterns.',
  },
  E_CODEOWNERS_ENCODING: {
    summary: 'The CODEOWNERS file is not valid UTF-8 or contains control characters.',
    fix: 'Save CODEOWNERS as plain UTF-8 text without control characters (tabs and line breaks are fine).',
  },
  E_CODEOWNERS_NEGATION: {
    summary: 'A CODEOWNERS pattern starts with `!`; GitHub does not support negation and skips the line.',
    fix: 'Remove the `!` line; to leave a path without owners, list the pattern with no owners after a broader rule.',
  },
  E_CODEOWNERS_CHAR_RANGE: {
    summary: 'A CODEOWNERS pattern uses `[` or `]`; GitHub does not support character ranges and skips the line.',
    fix: 'Write one line per alternative instead of a `[...]` range, or use `?`/`*`.',
  },
  E_CODEOWNERS_ESCAPED_COMMENT: {
    summary: 'A CODEOWNERS line starts with `\\#`; GitHub does not support escaping a leading `#` and does not read it as a pattern.',
    fix: 'Match the file with a wildcard instead, e.g. `?name` for a file called `#name`.',
  },
  E_CODEOWNERS_BAD_PATTERN: {
    summary: 'A CODEOWNERS pattern is malformed (empty segment, `***`, a dangling `\\`, a `#` inside it, or a bare `/`).',
    fix: 'Use a gitignore-style path pattern: segments separated by single `/`, with `*`, `**` and `?` as wildcards.',
  },
  E_CODEOWNERS_BAD_OWNER: {
    summary: 'A CODEOWNERS owner is not `@login`, `@org/team-slug` or an email address; GitHub reports the line as an error.',
    fix: 'Write each owner as `@login`, `@org/team-slug` or `name@example.com`, separated by spaces.',
  },
  E_CODEOWNERS_LINE_ERROR: {
    summary: 'GitHub reports an error on a CODEOWNERS line that does not affect Grantbook-controlled paths.',
    fix: 'Fix the line as GitHub suggests on the CODEOWNERS page of the repository.',
  },
  E_CODEOWNERS_CRITICAL_LINE_ERROR: {
    summary:
      'A CODEOWNERS line that could cover access-requests/, policies/ or .github/ has an error, so GitHub may skip it and ownership of those paths is uncertain.',
    fix: 'Fix the line (GitHub lists CODEOWNERS errors on the file page and at the codeowners/errors API), then re-run.',
  },

  // Reviews that do not count
  E_APPROVAL_NO_USER: {
    summary: 'The review has no user (a deleted account); it cannot be attributed to a person.',
    fix: 'Ask a current code owner to review.',
  },
  E_APPROVAL_NOT_HUMAN: {
    summary: 'The review was submitted by a bot or app account; only people can approve access.',
    fix: 'Ask a code owner to review with their own account.',
  },
  E_APPROVAL_PENDING_REVIEW: {
    summary: 'The review is still pending (not submitted).',
    fix: 'The reviewer must submit the review as "Approve".',
  },
  E_APPROVAL_COMMENT_ONLY: {
    summary: 'The review only comments; it neither approves nor changes an earlier decision.',
    fix: 'The reviewer must submit a review with "Approve".',
  },
  E_APPROVAL_CHANGES_REQUESTED: {
    summary: 'The review requests changes.',
    fix: 'Address the requested changes; the reviewer then approves, or an admin dismisses the review.',
  },
  E_APPROVAL_DISMISSED: {
    summary: "The review was dismissed; it no longer counts and clears that reviewer's earlier decision.",
    fix: 'The reviewer must approve again.',
  },
  E_APPROVAL_UNKNOWN_STATE: {
    summary: 'The review has a state this version of Grantbook does not know; it is not counted.',
    fix: 'Upgrade Grantbook, or ask the reviewer to approve again.',
  },
  E_APPROVAL_SUPERSEDED: {
    summary: 'A later approval, change request or dismissal by the same reviewer replaces this review.',
    fix: "Nothing to do for this review; the reviewer's latest decision is what counts.",
  },
  E_APPROVAL_STALE: {
    summary: 'The approval was given on an earlier commit; commits were pushed after it.',
    fix: "The reviewer must approve again at the pull request's current head commit.",
  },
  E_APPROVAL_SELF: {
    summary: 'The pull request author cannot approve their own request.',
    fix: 'Ask a code owner who is not the author to approve.',
  },
  E_APPROVAL_GRANTEE: {
    summary: 'The reviewer would receive access through this request and cannot approve it.',
    fix: 'Ask a code owner who receives nothing from this request to approve.',
  },
  E_APPROVAL_COMMITTER: {
    summary: 'The reviewer authored or committed a commit of this pull request and cannot approve it.',
    fix: 'Ask a code owner who has not contributed commits to the pull request to approve.',
  },
  E_APPROVAL_NOT_OWNER: {
    summary: 'The reviewer is not a code owner of the request file under the trusted CODEOWNERS.',
    fix: 'Ask a code owner of the request path (a listed user or an active member of a listed team) to approve.',
  },
  E_APPROVAL_OWNER_MEMBERSHIP_PENDING: {
    summary: "The reviewer's membership of the owning team is pending, not active.",
    fix: 'The reviewer must accept the team invitation, or another code owner must approve.',
  },

  // What the decision still needs
  E_APPROVAL_NO_OWNERS: {
    summary: 'No code owner is assigned to the request file, so nobody can approve it.',
    fix: "Give access-requests/ (or the request's area) owners in the trusted CODEOWNERS.",
  },
  E_APPROVAL_MORE_OWNERS_NEEDED: {
    summary: 'Fewer distinct code owners approved than the profile requires.',
    fix: 'Ask more code owners to approve at the current head commit.',
  },
  E_APPROVAL_GROUP_NEEDED: {
    summary: 'An approver group of the profile has fewer approvals than it requires.',
    fix: 'Ask members of the named group who are code owners to approve at the current head commit.',
  },
  E_APPROVAL_BLOCKED: {
    summary: 'A code owner or required approver has a standing change request.',
    fix: 'Address the request; the reviewer then approves, or an admin dismisses the review.',
  },
} as const satisfies Record<string, CodeInfo>;
