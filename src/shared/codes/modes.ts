import type { CodeInfo } from './code-info.js';

/** Codes about the shape of a pull request and the runs of the action. */
export const MODE_CODES = {
  E_PR_MIXED_CHANGES: {
    summary: 'A pull request that adds or removes access requests also changes other files, or mixes adding and removing.',
    fix: 'Open one pull request that only adds (or only removes) files under access-requests/; change policies, CODEOWNERS or workflows in a separate pull request.',
  },
  E_PR_REQUEST_EDITED: {
    summary: 'An existing request file is modified or renamed; a request is never edited after it was approved.',
    fix: 'Leave the existing file as it is. To change access, delete it (giving the access up) and add a new request file with a new name.',
  },
  E_PR_REQUEST_PATH_CASE: {
    summary: 'A file is in a directory whose name differs from access-requests/ only by letter case; it would never be applied.',
    fix: 'Move the file to access-requests/ exactly (lowercase).',
  },
  E_PR_BASE_NOT_DEFAULT: {
    summary: 'The pull request targets a branch other than the default branch, whose policy and CODEOWNERS are not trusted (and where nothing is applied).',
    fix: 'Open the access request against the default branch.',
  },
  E_PR_HEAD_MOVED: {
    summary: 'The pull request received new commits while it was being checked, so this run judged a head that is no longer current.',
    fix: 'Nothing to do: the run for the newest commit decides. Re-run this check if that run did not start.',
  },
  E_GRANT_ALREADY_HELD: {
    summary:
      "A note for reviewers, not a refusal: the check's token sees that the person already holds part of the request (not through a live Grantbook grant), so merging grants nothing for it and revocation leaves it in place.",
    fix: 'Nothing has to change. If the request exists only for this part, it gives nothing and can be closed; apply reads the provider again and records what it finds as already held.',
  },
  E_EVENT_UNSUPPORTED: {
    summary: 'The workflow event does not fit the command (for example `check` on a push, or on pull_request_target).',
    fix: 'Run `check` on pull_request and pull_request_review, `apply` on push to the default branch, `revoke` on schedule or workflow_dispatch (see the workflows in .github/workflows/).',
  },
  E_EVENT_INVALID: {
    summary: 'The event payload GitHub provided is missing a field the command needs.',
    fix: 'Run the action from a GitHub Actions workflow with an unmodified event payload.',
  },
  E_CHECKOUT_MISSING_BASE: {
    summary: 'The local checkout the action runs in does not contain the commit whose policy must be used.',
    fix: 'Check out the repository before the action (actions/checkout; for check, `ref: ${{ github.event.pull_request.base.sha }}`; for apply and revoke, `fetch-depth: 0`).',
  },
  E_API_URL_INVALID: {
    summary: 'GITHUB_API_URL is missing or not an https URL (http is accepted only for a loopback address).',
    fix: 'Run the action on GitHub Actions, which sets GITHUB_API_URL, or set it to your GitHub Enterprise API URL.',
  },
} as const satisfies Record<string, CodeInfo>;
