import { diagnostic, UserError } from '../diagnostics.js';

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
