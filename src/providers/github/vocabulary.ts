export { GITHUB_REPO_PERMISSIONS, type GithubRepoPermission } from '../../shared/grants.js';
