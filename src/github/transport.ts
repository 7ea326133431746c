import http from 'node:http';
import https from 'node:https';
import { checkProxyEnv, proxyFor, type ProxyEnv } from './proxy.js';
// Types only (erased): the module itself is imported on the first proxied request.
import type * as Tunnel from './tunnel.js';

/**
 * The `fetch` Octokit calls, over node:http(s) instead of Node's fetch.
 *
 * Why: Node's fetch (undici) parses HTTP with a WebAssembly module that it
 * compiles on first use, and at exit the process waits for V8 to finish
 * optimising that module. Together about 150 ms of every run, more than the
 * whole of a check that has nothing to do; node:http parses in C++ and
 * costs nothing of the kind.
 *
 * It does what @octokit/request asks of fetch and no more: method, headers,
 * a string or byte body, the redirect modes, an abort signal; and a
 * response with status, statusText, url, headers, text() and arrayBuffer().
 * Redirects are followed as fetch follows them (303, and 301/302 after a
 * POST, become a GET without the body; at most 20), except that credentials
 * never leave the origin they were given for and https never falls back to
 * http. Failures reject as fetch's do (TypeError with the cause), which
 * Octokit turns into a status-500 error that its retry plugin retries.
 *
 * Behind a proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY: proxiedFetch) requests
 * are tunnelled as @actions/http-client tunnels them; Node's fetch would
 * ignore those variables unless NODE_USE_ENV_PROXY is set.
 */

export type TransportBody = string | Uint8Array | ArrayBuffer;

export interface TransportInit {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: TransportBody | null;
  readonly redirect?: 'follow' | 'manual' | 'error';
  readonly signal?: AbortSignal | null;
}

export interface TransportResponse {
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly ok: boolean;
  readonly redirected: boolean;
  readonly headers: ResponseHeaders;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const MAX_REDIRECTS = 20;
/**
 * A silent connection fails instead of hanging the job. Shorter than undici's
 * 300 s: the retry plugin tries up to four times, and four silent minutes
 * would already eat most of a job's timeout; GitHub answers within seconds.
 */
const IDLE_TIMEOUT_MS = 60_000;
/** Headers that carry credentials or describe the body: dropped when a redirect leaves the origin, or the body. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'] as const;
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'] as const;

/** Response headers as fetch shows them: names in lower case, iterated in name order, repeats joined. */
export class ResponseHeaders {
  readonly #values: ReadonlyMap<string, string>;

  constructor(raw: http.IncomingHttpHeaders) {
    const values = new Map<string, string>();
    for (const name of Object.keys(raw).sort()) {
      const value = raw[name];
      if (value !== undefined) values.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    this.#values = values;
  }

  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.#values.entries();
  }
}

export type Fetch = (input: string | URL, init?: TransportInit) => Promise<TransportResponse>;

/** The agent of one request: undefined for Node's own, a direct connection. */
type AgentFor = (url: URL) => http.Agent | undefined;

const direct: AgentFor = () => undefined;

/** The transport without a proxy: the fast path, nothing more loaded. */
export function nodeFetch(input: string | URL, init: TransportInit = {}): Promise<TransportResponse> {
  return fetchWith(input, init, direct);
}

/**
 * The transport for a runner with proxy variables (see proxy.ts): each
 * request, and each redirect hop, goes through the proxy its URL calls for,
 * by CONNECT tunnelling, or direct when NO_PROXY (or loopback) says so. The
 * tunnelling code is loaded on the first request, never without a proxy.
 */
export function proxiedFetch(proxy: ProxyEnv): Fetch {
  checkProxyEnv(proxy);
  let tunnels: Promise<typeof Tunnel> | undefined;
  return async (input, init = {}) => {
    const { tunnelAgent } = await (tunnels ??= import('./tunnel.js'));
    return fetchWith(input, init, (url) => {
      const via = proxyFor(url, proxy);
      return via === undefined ? undefined : tunnelAgent(url, via);
    });
  };
}

async function fetchWith(input: string | URL, init: TransportInit, agentFor: AgentFor): Promise<TransportResponse> {
  let url = new URL(input);
  // As fetch: no credentials inside a URL (node:http would send them as Basic auth), http(s) only.
  if (url.username !== '' || url.password !== '') throw new TypeError('a request URL must not include credentials');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('only http(s) URLs are fetched');
  let method = (init.method ?? 'GET').toUpperCase();
  let body = toBytes(init.body);
  const headers = lowerCaseKeys(init.headers ?? {});
  const signal = init.signal ?? undefined;
  for (let hops = 0; ; hops++) {
    const { res, done } = await exchange(url, method, headers, body, signal, agentFor(url));
    const location = res.headers.location;
    const status = res.statusCode ?? 0;
    if (![301, 302, 303, 307, 308].includes(status) || location === undefined || init.redirect === 'manual') {
      try {
        return await respond(res, url, hops > 0, signal);
      } finally {
        done();
      }
    }
    done();
    res.resume();
    if (init.redirect === 'error') throw new TypeError('fetch failed', { cause: new Error(`redirected (${status}) with redirect: error`) });
    if (hops >= MAX_REDIRECTS) throw new TypeError('fetch failed', { cause: new Error('too many redirects') });
    const next = new URL(location, url);
    if (next.protocol !== 'https:' && next.protocol !== 'http:')
      throw new TypeError('fetch failed', { cause: new Error('redirect to a URL that is not http(s)') });
    if (url.protocol === 'https:' && next.protocol !== 'https:') throw new TypeError('fetch failed', { cause: new Error('redirect from https to http') });
    if (next.username !== '' || next.password !== '') throw new TypeError('fetch failed', { cause: new Error('redirect to a URL with credentials') });
    if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) delete headers[name];
    if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
      method = 'GET';
      body = undefined;
      for (const name of BODY_HEADERS) delete headers[name];
    }
    url = next;
  }
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

function toBytes(body: TransportBody | null | undefined): Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  throw new TypeError('unsupported request body: only text and bytes are sent');
}

/**
 * One request and its response head; the body is left to read. `done` ends
 * the abort watch, once the body is read: an abort before then destroys the
 * exchange.
 */
function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  signal: AbortSignal | undefined,
  agent: http.Agent | undefined,
): Promise<{ res: http.IncomingMessage; done: () => void }> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      // fetch rejects with the signal's reason as given, an Error or not: callers compare it.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      reject(abortReason(signal));
      return;
    }
    const request = (url.protocol === 'https:' ? https : http).request(url, agent === undefined ? { method, headers } : { method, headers, agent });
    // destroy() takes an Error; the caller gets the signal's own reason, from the error handlers.
    const onAbort = () => request.destroy(new Error('aborted'));
    const done = () => signal?.removeEventListener('abort', onAbort);
    signal?.addEventListener('abort', onAbort, { once: true });
    request.setTimeout(IDLE_TIMEOUT_MS, () => request.destroy(new Error(`no answer for ${IDLE_TIMEOUT_MS / 1000} s`)));
    request.on('error', (error) => {
      done();
      // As above: an abort rejects with the signal's own reason.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      reject(signal?.aborted === true ? abortReason(signal) : new TypeError('fetch failed', { cause: error }));
    });
    request.on('response', (res) => resolve({ res, done }));
    // end(body) lets node:http send Content-Length rather than chunked encoding.
    request.end(body);
  });
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** Reads the whole body (GitHub's answers are small), undoing a content encoding fetch would undo. */
async function respond(res: http.IncomingMessage, url: URL, redirected: boolean, signal: AbortSignal | undefined): Promise<TransportResponse> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of res) chunks.push(chunk as Buffer);
  } catch (error) {
    throw signal?.aborted === true ? abortReason(signal) : new TypeError('fetch failed', { cause: error });
  }
  if (!res.complete) throw signal?.aborted === true ? abortReason(signal) : new TypeError('fetch failed', { cause: new Error('the answer was cut short') });
  const bytes = await decode(Buffer.concat(chunks), res.headers['content-encoding']);
  const status = res.statusCode ?? 0;
  return {
    status,
    statusText: res.statusMessage ?? '',
    url: url.toString(),
    ok: status >= 200 && status < 300,
    redirected,
    headers: new ResponseHeaders(res.headers),
    text: () => Promise.resolve(new TextDecoder().decode(bytes)),
    arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer),
  };
}

/**
 * Nothing asks for an encoding, but a server may send one anyway; anything
 * unknown is an error, not garbage. zlib is loaded only then.
 */
async function decode(bytes: Buffer, encoding: string | undefined): Promise<Buffer> {
  const value = (encoding ?? 'identity').trim().toLowerCase();
  if (value === 'identity' || value === '') return bytes;
  const zlib = await import('node:zlib');
  try {
    if (value === 'gzip' || value === 'x-gzip') return zlib.gunzipSync(bytes);
    if (value === 'deflate') return zlib.inflateSync(bytes);
    if (value === 'br') return zlib.brotliDecompressSync(bytes);
  } catch (error) {
    throw new TypeError('fetch failed', { cause: error });
  }
  throw new TypeError('fetch failed', { cause: new Error('unsupported content encoding') });
}
