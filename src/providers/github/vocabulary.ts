/** Repository permissions a profile may allow; `admin` is never grantable. */
export const GITHUB_REPO_PERMISSIONS = ['pull', 'triage', 'push', 'maintain'] as const;
export type GithubRepoPermission = (typeof GITHUB_REPO_PERMISSIONS)[number];
