import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { type FaultEffect, type Faults, type RequestCounter, type RequestLogEntry, type Snapshot } from './faults.js';
import type { GitRepo } from './git.js';
import { type Ctx, DOCS, HttpError, type Limits, type Reply, type Router, routeKey } from './http.js';
import type { ResponseSchemas } from './schema.js';
import type { Urls } from './shapes/urls.js';
import { type RepoRecord, type StandInState, type TokenRecord, type UserRecord, repoKey } from './state.js';

/** What the HTTP layer needs from the stand-in. */
export interface ServerCore {
  readonly state: StandInState;
  readonly router: Router;
  readonly faults: Faults;
  readonly requests: RequestCounter;
  readonly limits: Limits;
  readonly urls: () => Urls;
  readonly nowMs: () => number;
  readonly git: (repo: RepoRecord) => GitRepo;
  /** Unexpected handler failures (stand-in bugs), kept for tests to assert there are none. */
  readonly errors: Error[];
  /** When set, every answer not produced by a fault is checked against GitHub's schema. */
  readonly schemas: ResponseSchemas | undefined;
  /** Path every route sits under: '' as on api.github.com, '/api/v3' as on GitHub Enterprise Server. */
  readonly prefix: string;
}

const RATE_LIMIT = 5000;
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export async function listen(core: ServerCore): Promise<{ server: Server; url: string }> {
  const used = new Map<string, number>();
  const server = createServer((req, res) => {
    handle(core, used, req, res).catch((error: unknown) => {
      core.errors.push(error instanceof Error ? error : new Error(String(error)));
      if (!res.headersSent) send(res, 500, { message: 'Server Error' }, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>>): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'x-github-api-version-selected': '2022-11-28',
    ...headers,
  });
  res.end(text);
}

function errorBody(status: number, message: string, extra: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { message, ...extra, documentation_url: DOCS, status: String(status) };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Problems parsing JSON');
  }
}

function faultReply(effect: FaultEffect, nowSeconds: number): Reply | undefined {
  switch (effect.kind) {
    case 'status':
      return { status: effect.status, body: errorBody(effect.status, effect.status === 502 ? 'Bad Gateway' : 'Server Error') };
    case 'secondary-rate-limit': {
      const status = effect.status ?? 403;
      const message =
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
        'If you reach out to GitHub Support for help, please include the request ID.';
      return { status, body: errorBody(status, message), headers: { 'retry-after': String(effect.retryAfterSeconds) } };
    }
    case 'primary-rate-limit':
      return {
        status: 403,
        body: errorBody(403, 'API rate limit exceeded for installation ID 1.'),
        headers: {
          'x-ratelimit-limit': String(RATE_LIMIT),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': String(RATE_LIMIT),
          'x-ratelimit-reset': String(nowSeconds + effect.resetInSeconds),
          'x-ratelimit-resource': 'core',
        },
      };
    case 'drop-link':
    case 'latency':
      return undefined;
  }
}

async function handle(core: ServerCore, used: Map<string, number>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://stand-in');
  // GitHub Enterprise Server serves the REST API under /api/v3: nothing answers outside it.
  const routed = core.prefix === '' ? url.pathname : url.pathname.startsWith(`${core.prefix}/`) ? url.pathname.slice(core.prefix.length) : undefined;
  const match = routed === undefined ? undefined : core.router.match(method, routed);
  const key = typeof match === 'object' ? routeKey(match.def) : `${method} <unmatched>`;
  const length = Number(req.headers['content-length'] ?? 0);
  const entry: RequestLogEntry = {
    method,
    key,
    path: url.pathname,
    userAgent: req.headers['user-agent'],
    ...(length > 0 ? { bytesIn: length } : {}),
    status: 0,
    fault: undefined,
  };
  core.requests.record(entry);
  const nowSeconds = Math.floor(core.nowMs() / 1000);
  const reply = (r: Reply): void => {
    entry.status = r.status;
    if (core.schemas !== undefined && typeof match === 'object' && entry.fault === undefined && r.status !== 401) {
      const verdict = core.schemas.check(key, r.status, r.body);
      if (!verdict.ok) core.errors.push(new Error(`schema: ${verdict.reason}`));
    }
    send(res, r.status, r.body, r.headers ?? {});
  };

  if (match === undefined) return reply({ status: 404, body: errorBody(404, 'Not Found') });
  if (match === 'method') return reply({ status: 404, body: errorBody(404, 'Not Found') });

  const auth = /^(?:token|bearer) (\S+)$/i.exec(req.headers.authorization ?? '');
  if (auth === null) return reply({ status: 401, body: errorBody(401, 'Requires authentication') });
  const tokenText = auth[1] ?? '';
  const token = core.state.tokens.get(tokenText);
  if (token === undefined) return reply({ status: 401, body: errorBody(401, 'Bad credentials') });

  const effects = core.faults.take({ method, template: match.def.template });
  let dropLink = false;
  for (const effect of effects) {
    if (effect.kind === 'latency') await sleep(effect.ms);
    if (effect.kind === 'drop-link') dropLink = true;
    const faulted = faultReply(effect, nowSeconds);
    if (faulted !== undefined) {
      entry.fault = effect.kind;
      return reply(faulted);
    }
  }
  if (dropLink) entry.fault = 'drop-link';

  const count = (used.get(tokenText) ?? 0) + 1;
  used.set(tokenText, count);
  const rateHeaders = {
    'x-ratelimit-limit': String(RATE_LIMIT),
    'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - count)),
    'x-ratelimit-used': String(count),
    'x-ratelimit-reset': String(nowSeconds + 3600),
    'x-ratelimit-resource': 'core',
  };

  if (WRITE_METHODS.has(method) && token.access === 'read') {
    return reply({ status: 403, body: errorBody(403, 'Resource not accessible by integration'), headers: rateHeaders });
  }

  const snapshot = core.faults.takeLag({ method, template: match.def.template });
  if (snapshot !== undefined) entry.fault = 'stale-read';
  const ctx = buildContext(core, { method, url, pathname: routed ?? url.pathname, params: match.params, req, token, snapshot });
  try {
    const body = WRITE_METHODS.has(method) ? await readBody(req) : undefined;
    const result = await match.def.handler({ ...ctx, body });
    const headers: Record<string, string> = { ...rateHeaders, ...result.headers };
    if (dropLink) delete headers.link;
    reply({ ...result, headers });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    reply({ status: error.status, body: errorBody(error.status, error.message, error.extra), headers: { ...rateHeaders, ...error.headers } });
  }
}

function buildContext(
  core: ServerCore,
  r: {
    method: string;
    url: URL;
    /** The path below the API root. */
    pathname: string;
    params: Record<string, string>;
    req: IncomingMessage;
    token: TokenRecord;
    snapshot: Snapshot | undefined;
  },
): Omit<Ctx, 'body'> {
  const state = r.snapshot?.state ?? core.state;
  const user = (login: string): UserRecord => {
    const u = state.users.get(login.toLowerCase()) ?? core.state.users.get(login.toLowerCase());
    if (u === undefined) throw new Error(`stand-in has no user ${login}`);
    return u;
  };
  return {
    method: r.method,
    params: r.params,
    query: r.url.searchParams,
    headers: r.req.headers,
    pathname: r.pathname,
    token: r.token,
    caller: user(r.token.login),
    state,
    urls: core.urls(),
    limits: core.limits,
    now: () => new Date(core.nowMs()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    nowSeconds: () => Math.floor(core.nowMs() / 1000),
    repo: () => {
      const repo = state.repos.get(repoKey(r.params.owner ?? '', r.params.repo ?? ''));
      if (repo === undefined) throw new HttpError(404, 'Not Found');
      return repo;
    },
    git: (repo) => core.git(repo),
    ref: async (repo, fullName) => {
      if (r.snapshot !== undefined) return r.snapshot.refs.get(repoKey(repo.owner, repo.name))?.get(fullName);
      return (await core.git(repo).listRefs()).get(fullName);
    },
    user,
  };
}
