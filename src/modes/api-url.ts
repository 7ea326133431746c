import { diagnostic, UserError } from '../diagnostics.js';
import { proxyEnvOf, type ProxyEnv } from '../github/proxy.js';

/**
 * The GitHub API root, read once here and passed to the client explicitly.
 * https only, except plain http to a loopback address (the local stand-in
 * used by tests and the demo).
 */
export function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  const raw = env.GITHUB_API_URL ?? 'https://api.github.com';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid();
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw invalid();
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') throw invalid();
  return url.toString().replace(/\/+$/, '');
}

function invalid(): UserError {
  return new UserError([diagnostic('E_API_URL_INVALID', 'GITHUB_API_URL is not a usable API address', { pointer: '/env/GITHUB_API_URL' })]);
}

/** Where GitHub is and how to reach it, as the runner's environment says: GITHUB_API_URL and the proxy variables. */
export interface GithubEndpoint {
  readonly baseUrl: string;
  readonly proxy: ProxyEnv | undefined;
}

/**
 * The API root (GITHUB_API_URL, or `apiUrl` when a command was given
 * --api-url: GitHub Enterprise Server's is https://HOST/api/v3) and the
 * proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) every GitHub client of a run
 * uses.
 */
export function githubEndpoint(env: NodeJS.ProcessEnv, apiUrl?: string): GithubEndpoint {
  return { baseUrl: apiBaseUrl(apiUrl === undefined ? env : { GITHUB_API_URL: apiUrl }), proxy: proxyEnvOf(env) };
}
