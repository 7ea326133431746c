import type { CodeInfo } from './code-info.js';

/** Stable codes for this area. Never rename or reuse one. */
export const GITHUB_CODES = {
  E_GITHUB_LIST_TRUNCATED: {
    summary:
      'A list read from GitHub ended before all of it was read (a page without its pagination link, fewer pages ' +
      'than announced, fewer items than GitHub counts, or a truncated tree). Grantbook does not decide on part of a list.',
    fix: 'Re-run the job. If it keeps happening, GitHub is degraded: retry once it has recovered.',
  },
  E_GITHUB_LIST_INCONSISTENT: {
    summary: 'A list changed while it was being read from GitHub (an entry appeared twice, or pages did not line up).',
    fix: 'Re-run the job; lists are read again from the start.',
  },
  E_GITHUB_PR_TOO_MANY_FILES: {
    summary: 'The pull request changes more files than GitHub will list (3,000), so it cannot be checked completely.',
    fix: 'Open a pull request that only adds or changes files under access-requests/.',
  },
  E_GITHUB_PR_TOO_MANY_COMMITS: {
    summary: 'The pull request has more commits than GitHub will list (250), so its committers cannot all be known.',
    fix: 'Squash the branch into fewer commits, or open a new pull request from a fresh branch.',
  },
  E_GITHUB_NOT_FAST_FORWARD: {
    summary: 'A branch update was refused because the branch moved since it was read (not a fast-forward).',
    fix: "Retry from the branch's new tip. Grantbook does so by itself a bounded number of times; re-run the job if it gave up.",
  },
  E_GITHUB_NOT_FOUND: {
    summary: 'GitHub answered 404: the resource does not exist, or the token cannot see it.',
    fix: 'Check the owner, repository, organization and team names, and that the token has access to them.',
  },
  E_GITHUB_TEAM_NOT_VISIBLE: {
    summary:
      "GitHub answered 404 (or 403) for a team itself, not only for someone's membership of it: the team does not exist under " +
      'that slug, or the token cannot see the organization\'s teams. Grantbook does not read that as "not a member"; it stops.',
    fix:
      'Give the token that reads team membership the organization permission "Members: read": a GitHub App or fine-grained ' +
      'token with Organization permissions → Members → Read-only, or a classic token with the read:org scope. The workflow ' +
      "GITHUB_TOKEN cannot have it: pass such a token as the action's members-token (check) or github-token (apply, revoke). " +
      "If the token has it, check the team's slug in CODEOWNERS and policies/.",
  },
  E_GITHUB_UNAUTHORIZED: {
    summary: 'GitHub rejected the token (401): it is missing, expired or revoked.',
    fix: 'Check the secret or input that holds the token.',
  },
  E_GITHUB_FORBIDDEN: {
    summary: 'GitHub refused the request (403): the token lacks the permission for it.',
    fix:
      'Give the token the permission the operation needs (workflow `permissions:` such as contents: write, ' +
      'issues: write, pull-requests: read; an organization token with members: write for team grants).',
  },
  E_GITHUB_RATE_LIMITED: {
    summary: "GitHub's rate limit was still exceeded after the bounded number of waits and retries.",
    fix: 'Wait until the limit resets, then re-run. Spread scheduled runs or use a token with its own quota.',
  },
  E_GITHUB_UNAVAILABLE: {
    summary: 'GitHub kept failing (5xx or a network error) after retries.',
    fix: 'Re-run once GitHub is healthy again.',
  },
  E_GITHUB_REJECTED: {
    summary: 'GitHub refused the request as invalid (400/409/422).',
    fix: "Read GitHub's message in the log. If the request came from Grantbook unchanged, report it as a bug.",
  },
  E_GITHUB_UNEXPECTED_RESPONSE: {
    summary: 'GitHub answered with a value Grantbook does not expect (an unknown state, type or shape).',
    fix: 'Report this with the job log; Grantbook refuses to guess what an unknown value means.',
  },
  E_GITHUB_BLOB_MISMATCH: {
    summary: 'Bytes read from or written to GitHub do not hash to the git blob SHA they belong to.',
    fix: 'Re-run the job. If it persists, report it: the content cannot be trusted.',
  },
  E_GITHUB_INVALID_NAME: {
    summary: 'A name to be sent to GitHub (login, team, repository, ref, path, SHA) does not match its strict pattern.',
    fix: 'Use the name as GitHub spells it; Grantbook never puts an unchecked name into a request.',
  },
} as const satisfies Record<string, CodeInfo>;

export type GithubErrorCode = keyof typeof GITHUB_CODES;
