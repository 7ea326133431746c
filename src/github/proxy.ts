import { GithubError } from './errors.js';

/**
 * Which proxy, if any, a GitHub API request goes through: the rules of
 * @actions/http-client, which every official action follows, so a
 * self-hosted runner behind a corporate proxy needs nothing new
 * (https://github.com/actions/toolkit/blob/main/packages/http-client/src/proxy.ts,
 * version 4.0.1 read for this).
 *
 * - `https_proxy`/`HTTPS_PROXY` for https URLs, `http_proxy`/`HTTP_PROXY` for
 *   http URLs; the lower-case name wins when both are set. A value without
 *   a scheme means http://.
 * - Loopback hosts (localhost, 127.*, [::1]) never go through a proxy.
 * - `no_proxy`/`NO_PROXY`: comma-separated, case-insensitive; `*` matches
 *   every host; an entry matches the host itself, the host with its port
 *   (`ghe.corp:8443`), and any subdomain (`corp` and `.corp` both match
 *   `api.corp`).
 *
 * The environment is read once, by the caller, and passed here: nothing in
 * the GitHub port reads process.env.
 */
export interface ProxyEnv {
  readonly httpsProxy: string | undefined;
  readonly httpProxy: string | undefined;
  readonly noProxy: string | undefined;
}

/** The proxy variables of an environment, or undefined when no proxy is set (the fast path). */
export function proxyEnvOf(env: NodeJS.ProcessEnv): ProxyEnv | undefined {
  const pick = (lower: string, upper: string): string | undefined => {
    const value = env[lower] || env[upper];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const httpsProxy = pick('https_proxy', 'HTTPS_PROXY');
  const httpProxy = pick('http_proxy', 'HTTP_PROXY');
  if (httpsProxy === undefined && httpProxy === undefined) return undefined;
  return { httpsProxy, httpProxy, noProxy: pick('no_proxy', 'NO_PROXY') };
}

/** Checks the proxy URLs once, when the client is made: a typo fails the run instead of every request. */
export function checkProxyEnv(p: ProxyEnv): void {
  for (const [name, value] of [
    ['HTTPS_PROXY', p.httpsProxy],
    ['HTTP_PROXY', p.httpProxy],
  ] as const) {
    if (value !== undefined) parseProxy(value, name);
  }
}

/** The proxy for `url`, or undefined when it goes direct. */
export function proxyFor(url: URL, p: ProxyEnv): URL | undefined {
  if (bypasses(url, p.noProxy)) return undefined;
  const value = url.protocol === 'https:' ? p.httpsProxy : p.httpProxy;
  return value === undefined ? undefined : parseProxy(value, url.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY');
}

function parseProxy(value: string, name: string): URL {
  const invalid = () => new GithubError('E_GITHUB_INVALID_NAME', `${name} is not an http:// or https:// proxy URL`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = withScheme(value, invalid);
  }
  // `proxy.corp:3128` parses as the scheme "proxy.corp:"; a value without "://" has no scheme.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    if (value.includes('://')) throw invalid();
    url = withScheme(value, invalid);
  }
  if (url.hostname === '' || url.search !== '' || url.hash !== '') throw invalid();
  return url;
}

function withScheme(value: string, invalid: () => GithubError): URL {
  try {
    const url = new URL(`http://${value}`);
    if (url.hostname !== '') return url;
  } catch {
    // fall through
  }
  throw invalid();
}

function isLoopback(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h.startsWith('127.') || h === '[::1]' || h === '[0:0:0:0:0:0:0:1]';
}

function bypasses(url: URL, noProxy: string | undefined): boolean {
  if (url.hostname === '') return false;
  if (isLoopback(url.hostname)) return true;
  if (noProxy === undefined) return false;
  const port = url.port !== '' ? url.port : url.protocol === 'https:' ? '443' : '80';
  const host = url.hostname.toUpperCase();
  const hosts = [host, `${host}:${port}`];
  for (const raw of noProxy.split(',')) {
    const entry = raw.trim().toUpperCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    if (hosts.some((h) => h === entry || h.endsWith(entry.startsWith('.') ? entry : `.${entry}`))) return true;
  }
  return false;
}

/** Basic credentials of a proxy URL (percent-decoded), for Proxy-Authorization. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (proxy.username === '' && proxy.password === '') return undefined;
  const user = decodeURIComponent(proxy.username);
  const password = decodeURIComponent(proxy.password);
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}
