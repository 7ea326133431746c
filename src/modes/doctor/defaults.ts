/**
 * The names this repository's own workflows use (.github/workflows/), and so
 * the defaults of the action's inputs and of `grantbook doctor`. Kept apart so
 * reading inputs does not load the settings checks.
 */
export const DEFAULT_ENVIRONMENT = 'grantbook-production';
export const DEFAULT_REVOKE_WORKFLOW = 'access-revoke.yml';
