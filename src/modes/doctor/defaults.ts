/**
 * The names this repository's own workflows use (.github/workflows/), and so
 * the defaults of the action's inputs and of `grantbook doctor`. Kept apart so
 * reading inputs does not load the settings checks.
 */
export const DEFAULT_ENVIRONMENT = 'grantbook-production';
export const DEFAULT_REVOKE_WORKFLOW = 'access-revoke.yml';

/**
 * The one name of the required status check: the check job's `name:` in
 * access-check.yml (GitHub names a job's check run after the job's name, or
 * its id when it has none), what README tells branch protection to require,
 * and what `grantbook doctor` looks for.
 */
export const REQUIRED_CHECK = 'access-check';

/** The three workflows `grantbook init` writes, under .github/workflows/. */
export const WORKFLOW_FILES = { check: 'access-check.yml', apply: 'access-apply.yml', revoke: DEFAULT_REVOKE_WORKFLOW } as const;
