import type { IncomingHttpHeaders } from 'node:http';
import type { GitRepo } from './git.js';
import type { RepoRecord, StandInState, TokenRecord, UserRecord } from './state.js';
import type { Urls } from './shapes/urls.js';

export const DOCS = 'https://docs.github.com/rest';

/** An error answer in GitHub's shape: `{message, documentation_url, status}` (+ `errors` for 422). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export const notFound = (): HttpError => new HttpError(404, 'Not Found');

export const validationFailed = (message = 'Validation Failed', errors: unknown[] = []): HttpError =>
  new HttpError(422, message, errors.length > 0 ? { errors } : {});

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a route handler gets. For GETs, `state` and `ref` may be a stale snapshot (see faults). */
export interface Ctx {
  readonly method: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly headers: IncomingHttpHeaders;
  readonly pathname: string;
  readonly token: TokenRecord;
  readonly caller: UserRecord;
  readonly state: StandInState;
  readonly urls: Urls;
  readonly limits: Limits;
  /** ISO-8601 `Z` timestamp from the stand-in's clock. */
  now(): string;
  nowSeconds(): number;
  /** The repository named by {owner}/{repo}; 404 when unknown. */
  repo(): RepoRecord;
  git(repo: RepoRecord): GitRepo;
  /** Full ref name -> sha, through the same (possibly stale) view as `state`. */
  ref(repo: RepoRecord, fullName: string): Promise<string | undefined>;
  user(login: string): UserRecord;
}

export interface Limits {
  /** GitHub truncates recursive trees past 100,000 entries (and 7 MB). */
  readonly treeEntries: number;
}

export type Handler = (ctx: Ctx) => Promise<Reply> | Reply;

export interface RouteDef {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** GitHub's route template, exactly as in its OpenAPI description. */
  readonly template: string;
  readonly handler: Handler;
}

export const routeKey = (r: Pick<RouteDef, 'method' | 'template'>): string => `${r.method} ${r.template}`;

interface Compiled {
  readonly def: RouteDef;
  readonly regex: RegExp;
  readonly names: readonly string[];
}

/**
 * Matches a request path against route templates. The last parameter of a
 * contents path or git ref ({path}, {ref}) spans slashes, as on GitHub.
 */
export class Router {
  private readonly compiled: Compiled[];

  constructor(readonly routes: readonly RouteDef[]) {
    this.compiled = routes.map((def) => {
      const names: string[] = [];
      const source = def.template.replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        return name === 'path' || name === 'ref' ? '(.+)' : '([^/]+)';
      });
      return { def, regex: new RegExp(`^${source}$`), names };
    });
  }

  match(method: string, pathname: string): { def: RouteDef; params: Record<string, string> } | 'method' | undefined {
    let pathMatched = false;
    for (const c of this.compiled) {
      const m = c.regex.exec(pathname);
      if (m === null) continue;
      pathMatched = true;
      if (c.def.method !== method) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = decodeParam(m[i + 1] ?? '');
      });
      return { def: c.def, params };
    }
    return pathMatched ? 'method' : undefined;
  }
}

function decodeParam(raw: string): string {
  // Octokit encodes '/' inside {ref} as %2F; GitHub accepts both forms.
  return raw
    .split('/')
    .map((s) => decodeURIComponent(s))
    .join('/');
}

/** GitHub's page-number pagination: per_page default 30, max 100, Link rel next/last/first/prev. */
export function paginate(ctx: Ctx, items: readonly unknown[]): Reply {
  const perPage = clampInt(ctx.query.get('per_page'), 30, 1, 100);
  const page = clampInt(ctx.query.get('page'), 1, 1, Number.MAX_SAFE_INTEGER);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number): string => {
    const q = new URLSearchParams(ctx.query);
    q.set('per_page', String(perPage));
    q.set('page', String(p));
    return `<${ctx.urls.api(ctx.pathname)}?${q.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${link(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
  if (page > 1) rels.push(`${link(1)}; rel="first"`);
  return { status: 200, body, headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}

/** A JSON object body, or 400/422 the way GitHub refuses malformed input. */
export function objectBody(ctx: Ctx): Record<string, unknown> {
  if (ctx.body === null || typeof ctx.body !== 'object' || Array.isArray(ctx.body)) {
    throw new HttpError(400, 'Problems parsing JSON');
  }
  return ctx.body as Record<string, unknown>;
}

export function stringField(body: Record<string, unknown>, key: string, required: true): string;
export function stringField(body: Record<string, unknown>, key: string, required: false): string | undefined;
export function stringField(body: Record<string, unknown>, key: string, required: boolean): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) {
    if (required) throw validationFailed(`Invalid request.\n\n"${key}" wasn't supplied.`);
    return undefined;
  }
  if (typeof v !== 'string') throw validationFailed(`Invalid request.\n\nFor '${key}', ${JSON.stringify(v)} is not a string.`);
  return v;
}

export function intParam(ctx: Ctx, name: string): number {
  const raw = ctx.params[name] ?? '';
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw notFound();
  return Number(raw);
}
