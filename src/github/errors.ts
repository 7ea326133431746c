import { GITHUB_CODES, type GithubErrorCode } from '../shared/codes/github.js';

/**
 * A GitHub call that failed or answered something we refuse to act on. Not a
 * user error: it means an outage, a token without the permission, or a list
 * we could not read completely, and the run fails closed.
 */
export class GithubError extends Error {
  readonly code: GithubErrorCode;
  /** HTTP status when GitHub answered. */
  readonly status: number | undefined;

  constructor(code: GithubErrorCode, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(`${code} ${message}`, options.cause === undefined ? {} : { cause: options.cause });
    this.name = 'GithubError';
    this.code = code;
    this.status = options.status;
  }

  get fix(): string {
    return GITHUB_CODES[this.code].fix;
  }
}

/** PATCH of a ref refused because the branch moved: retry from the new tip. */
export class NonFastForwardError extends GithubError {
  constructor(
    readonly ref: string,
    readonly attemptedSha: string,
  ) {
    super('E_GITHUB_NOT_FAST_FORWARD', `update of ${ref} to ${attemptedSha} is not a fast-forward`, { status: 422 });
    this.name = 'NonFastForwardError';
  }
}

interface HttpFailure {
  readonly status: number;
  readonly response?: { readonly headers?: Readonly<Record<string, string | number | undefined>>; readonly data?: unknown };
}

/** Octokit's RequestError, recognised by shape (its package is not a direct dependency). */
export function isHttpFailure(error: unknown): error is HttpFailure {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

export function statusOf(error: unknown): number | undefined {
  return isHttpFailure(error) ? error.status : undefined;
}

/** GitHub's own `message`, made safe for a log line: printable ASCII, no workflow-command prefix, short. */
export function githubMessage(error: unknown): string {
  if (!isHttpFailure(error)) return error instanceof Error ? sanitize(error.message) : 'unknown error';
  const data = error.response?.data;
  const raw = typeof data === 'object' && data !== null ? (data as { message?: unknown }).message : undefined;
  return typeof raw === 'string' ? sanitize(raw) : '';
}

function sanitize(text: string): string {
  return text
    .replace(/[^\x20-\x7e]/g, ' ')
    .replaceAll('::', ': :')
    .slice(0, 200);
}

function isRateLimit(error: HttpFailure): boolean {
  if (error.status === 429) return true;
  if (error.status !== 403) return false;
  const headers = error.response?.headers ?? {};
  return String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(githubMessage(error));
}

/**
 * Turns whatever a GitHub call threw into a GithubError naming the operation
 * (a route template, never a URL with request text in it).
 */
export function toGithubError(operation: string, error: unknown): GithubError {
  if (error instanceof GithubError) return error;
  if (!isHttpFailure(error)) {
    return new GithubError('E_GITHUB_UNAVAILABLE', `${operation}: ${githubMessage(error)}`, { cause: error });
  }
  const { status } = error;
  const said = githubMessage(error);
  const message = `${operation}: GitHub answered ${status}${said === '' ? '' : ` (${said})`}`;
  const options = { status, cause: error };
  if (status === 401) return new GithubError('E_GITHUB_UNAUTHORIZED', message, options);
  if (isRateLimit(error)) return new GithubError('E_GITHUB_RATE_LIMITED', message, options);
  if (status === 403) return new GithubError('E_GITHUB_FORBIDDEN', message, options);
  if (status === 404 || status === 410) return new GithubError('E_GITHUB_NOT_FOUND', message, options);
  if (status === 400 || status === 409 || status === 422) return new GithubError('E_GITHUB_REJECTED', message, options);
  if (status >= 500) return new GithubError('E_GITHUB_UNAVAILABLE', message, options);
  return new GithubError('E_GITHUB_UNEXPECTED_RESPONSE', message, options);
}

/** Runs one GitHub call, converting failures; `undefined` instead of throwing on 404 when asked. */
export async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toGithubError(operation, error);
  }
}

export async function callOrNotFound<T>(operation: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw toGithubError(operation, error);
  }
}
