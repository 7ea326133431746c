import { repoSlug } from '../shared/patterns.js';
import { githubAuditPort, type AuditGithubPort } from '../audit/against-github.js';
import { UserError } from '../diagnostics.js';
import { createGithubClient } from '../github/index.js';
import { githubEndpoint, type GithubEndpoint } from '../modes/api-url.js';

/**
 * The GitHub access of a CLI command that reads a repository: `owner/name`
 * from a flag, the token from the environment (a token never belongs in a
 * flag, where shell history and process lists keep it). A string is the
 * usage error to print.
 */
export function auditPort(repo: string, env: NodeJS.ProcessEnv, apiUrl?: string): AuditGithubPort | string {
  const slug = repoSlug(repo);
  if (slug === undefined) return '--repo must be owner/name';
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || '';
  if (token.trim() === '') return '--repo needs a token in GITHUB_TOKEN or GH_TOKEN';
  let endpoint: GithubEndpoint;
  try {
    endpoint = githubEndpoint(env, apiUrl);
  } catch (error) {
    return error instanceof UserError ? error.message : 'GITHUB_API_URL is not usable';
  }
  return githubAuditPort(createGithubClient({ token, ...endpoint }), slug);
}
