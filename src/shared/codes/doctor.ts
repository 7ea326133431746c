import type { CodeInfo } from './code-info.js';

/**
 * Repository settings the security model relies on, as `grantbook doctor`
 * reads them. Each finding also carries a fix naming the repository, branch,
 * environment or workflow; these are the generic forms. Never rename or reuse a code.
 */
export const DOCTOR_CODES = {
  E_DOCTOR_CANNOT_VERIFY: {
    summary: 'A repository setting could not be read (GitHub answered 403 or 404), so it cannot be shown to be safe; apply treats it as unsafe.',
    fix:
      'Give apply (and doctor) a token that may read repository administration settings: the Grantbook GitHub App\'s token (README, "Tokens"), ' +
      'or a fine-grained or App token with "Administration: read" (plus "Actions: read" and "Environments: read"), or a classic token with the ' +
      'repo scope of a repository admin. The workflow GITHUB_TOKEN cannot read them.',
  },
  E_DOCTOR_NO_BRANCH_PROTECTION: {
    summary:
      'The default branch does not require pull request reviews (no branch protection rule and no ruleset with a pull request rule), so anyone with write access can change policies, CODEOWNERS and the workflows.',
    fix: 'Settings → Branches → Add branch protection rule for the default branch: "Require a pull request before merging" with "Require review from Code Owners", "Dismiss stale pull request approvals", "Require approval of the most recent reviewable push", and "Do not allow bypassing the above settings".',
  },
  E_DOCTOR_CODE_OWNER_REVIEW_OFF: {
    summary:
      "Merging into the default branch does not require a code owner's review, so a change to policies/, .github/ or audit/ can be merged without security's approval.",
    fix: 'Settings → Branches → the default branch\'s rule → tick "Require review from Code Owners" (API: required_pull_request_reviews.require_code_owner_reviews = true).',
  },
  E_DOCTOR_STALE_APPROVALS_KEPT: {
    summary: "Approvals survive new commits on the default branch's pull requests, so an approved change can be swapped for another before merge.",
    fix: 'Settings → Branches → the default branch\'s rule → tick "Dismiss stale pull request approvals when new commits are pushed" (API: required_pull_request_reviews.dismiss_stale_reviews = true).',
  },
  E_DOCTOR_LAST_PUSH_APPROVAL_OFF: {
    summary:
      'The most recent push to a pull request need not be approved by someone other than its pusher, so a reviewer can push and approve their own change.',
    fix: 'Settings → Branches → the default branch\'s rule → tick "Require approval of the most recent reviewable push" (API: required_pull_request_reviews.require_last_push_approval = true).',
  },
  E_DOCTOR_ADMINS_BYPASS: {
    summary:
      "Administrators, roles, teams or people may bypass the default branch's review requirement, so they can merge policy or request changes nobody approved.",
    fix: 'Settings → Branches → the default branch\'s rule → tick "Do not allow bypassing the above settings" (API: POST .../branches/{branch}/protection/enforce_admins) and empty "Allow specified actors to bypass"; for a ruleset, keep only the ledger-committing GitHub App in its bypass list.',
  },
  E_DOCTOR_APP_BYPASS: {
    summary:
      "A GitHub App may bypass the default branch's review requirement. That is expected for the one App that commits the ledger, and a risk for any other.",
    fix: 'Check that the only App allowed to bypass is the one whose token apply and revoke use to commit the ledger; remove any other.',
  },
  E_DOCTOR_ACTIONS_CAN_APPROVE: {
    summary: 'GitHub Actions may approve pull requests, so any workflow can produce an approval with the GITHUB_TOKEN.',
    fix: 'Settings → Actions → General → Workflow permissions → untick "Allow GitHub Actions to create and approve pull requests" (API: PUT /repos/{owner}/{repo}/actions/permissions/workflow with can_approve_pull_request_reviews = false).',
  },
  E_DOCTOR_CODEOWNERS_INVALID: {
    summary:
      'CODEOWNERS on the default branch is missing or unusable, or has lines GitHub skips that could cover access-requests/, policies/, .github/ or audit/.',
    fix: "Fix .github/CODEOWNERS on the default branch (see GitHub's list under the file's view, or GET /repos/{owner}/{repo}/codeowners/errors) so every line is valid.",
  },
  E_DOCTOR_CODEOWNERS_UNCOVERED: {
    summary:
      'CODEOWNERS on the default branch leaves files under access-requests/, policies/, .github/ or audit/ without an owner, so their changes need no code owner review.',
    fix: 'Add a line with an owner for each path, after any broader line (the last matching line wins), e.g. `/policies/ @your-org/security`.',
  },
  E_DOCTOR_ENVIRONMENT_MISSING: {
    summary:
      'The environment the apply workflow runs in does not exist (or the token cannot see it), so nothing limits which branches reach the provider credentials.',
    fix: 'Settings → Environments → New environment with the name the apply workflow uses, limited to the default branch, and move the provider credentials into its secrets.',
  },
  E_DOCTOR_ENVIRONMENT_NOT_LIMITED: {
    summary: 'The apply environment lets branches other than the default branch deploy, so a workflow on any such branch can read the provider credentials.',
    fix: 'Settings → Environments → the environment → Deployment branches and tags → "Selected branches and tags" with exactly one rule: the default branch. "Protected branches only" is not enough: it admits every branch with any protection rule.',
  },
  E_DOCTOR_ENVIRONMENT_WAITS: {
    summary:
      'The apply environment has required reviewers or a wait timer; every job using it waits, including scheduled revocation when it shares the environment.',
    fix: 'Revocation must never wait: remove the reviewers and wait timer, or run revoke in its own environment without them.',
  },
  E_DOCTOR_REVOKE_WORKFLOW_INACTIVE: {
    summary:
      'The revoke workflow is missing or disabled (GitHub disables scheduled workflows after 60 days without repository activity), so grants would not expire on time.',
    fix: 'Actions → the revoke workflow → "Enable workflow" (API: PUT /repos/{owner}/{repo}/actions/workflows/{file}/enable), or commit the workflow file to the default branch.',
  },
  E_DOCTOR_REQUIRED_CHECK_UNREPORTED: {
    summary:
      "A required status check on the default branch is named after no job of a pull_request workflow there. GitHub names a job's check run after " +
      "the job's `name:` (else its id), not after the workflow, so the status is never reported and every pull request waits for it forever.",
    fix: 'Require the check job\'s name, `access-check` in the workflows `grantbook init` writes (Settings → Branches → the rule → "Require status checks to pass"), and remove names no job reports.',
  },
  E_DOCTOR_REQUIRED_CHECK_FILTERED: {
    summary:
      'A required status check comes only from a workflow whose pull_request trigger has a `paths:` or `paths-ignore:` filter. GitHub leaves a required ' +
      'check of a skipped workflow "Pending", so every pull request outside the filter (a policy change, say) can never merge.',
    fix: "Remove the path filter from that workflow's pull_request trigger. Grantbook's check finishes in one API call when a pull request touches no request.",
  },
  E_DOCTOR_CHECK_NOT_REQUIRED: {
    summary:
      "Grantbook's check is not a required status check of the default branch (or no workflow there runs it), so a request can be merged while the check refuses it. " +
      'Apply still re-verifies and refuses it, with an alert, but only after the merge.',
    fix: 'Settings → Branches → the default branch\'s rule → "Require status checks to pass" → add `access-check` (the check job\'s name).',
  },
  E_DOCTOR_TEAM_NOT_VISIBLE: {
    summary:
      'A team named by CODEOWNERS or a profile is not visible to the token doctor runs with: it does not exist, or the token lacks the organization permission ' +
      '"Members: read". A job whose token cannot see it stops with E_GITHUB_TEAM_NOT_VISIBLE instead of counting that team\'s approvals.',
    fix: "Run doctor with a token of the same kind the jobs use (the GitHub App's, with Organization permissions → Members → Read-only; or a classic token with read:org), and check the team's slug.",
  },
  E_DOCTOR_JOB_CANNOT_READ_TEAMS: {
    summary:
      'A Grantbook check or apply step reads team membership with a token that cannot have "Members: read": the workflow GITHUB_TOKEN, or an App token whose ' +
      'permission-* inputs leave out permission-members, while CODEOWNERS or a profile names a team.',
    fix: 'Give the step a token that can read members: `members-token` (check) or `github-token` (apply) from actions/create-github-app-token with `permission-members: read` (see README, "Tokens").',
  },
} as const satisfies Record<string, CodeInfo>;

export type DoctorCode = keyof typeof DOCTOR_CODES;
