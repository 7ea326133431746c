import { readFile } from 'node:fs/promises';
import { diagnostic, UserError } from '../diagnostics.js';

/** The facts of a pull request the check needs, taken from the event payload. */
export interface PullRequestEvent {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly author: { readonly login: string; readonly id: number };
  readonly headSha: string;
  readonly baseSha: string;
  readonly baseRef: string;
  /** The repository's default branch: the only base whose policy is trusted (it is where apply runs). */
  readonly defaultBranch: string;
  /**
   * Counts GitHub reports on the PR; lists read through the API must agree
   * with them. A `pull_request_review` payload carries the simple pull request
   * shape without them: undefined then, and the check reads them from the API.
   */
  readonly commits: number | undefined;
  readonly changedFiles: number | undefined;
}

/** Events whose payload carries a `pull_request` the check can judge. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review'] as const;

const SHA = /^[0-9a-f]{40}$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
const REPO_PART = /^[A-Za-z0-9_.-]{1,100}$/;
const BRANCH = /^[\w./-]{1,255}$/;

/**
 * Reads GITHUB_EVENT_PATH. The payload is GitHub's, but it is still checked
 * field by field: a wrong event (a push run with command `check`, or
 * `pull_request_target`) fails closed with a clear message.
 */
export async function readPullRequestEvent(env: NodeJS.ProcessEnv): Promise<PullRequestEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  if (!(PULL_REQUEST_EVENTS as readonly string[]).includes(name)) {
    throw new UserError([
      diagnostic(
        'E_EVENT_UNSUPPORTED',
        `command "check" runs on ${PULL_REQUEST_EVENTS.join(' or ')} events, not on this event`,
        { pointer: '/env/GITHUB_EVENT_NAME' },
      ),
    ]);
  }
  const path = env.GITHUB_EVENT_PATH;
  if (path === undefined || path === '') throw eventError('GITHUB_EVENT_PATH is not set');
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw eventError('the event payload is not readable JSON');
  }
  return parsePullRequestPayload(payload, env.GITHUB_REPOSITORY);
}

export function parsePullRequestPayload(payload: unknown, repository: string | undefined): PullRequestEvent {
  const pr = field(payload, 'pull_request');
  const parts = (repository ?? '').split('/');
  const [owner = '', repo = ''] = parts.length === 2 ? parts : [];
  const user = field(pr, 'user');
  const event: PullRequestEvent = {
    owner,
    repo,
    number: integer(field(pr, 'number'), 'pull_request.number'),
    author: { login: text(field(user, 'login'), LOGIN, 'pull_request.user.login'), id: integer(field(user, 'id'), 'pull_request.user.id') },
    headSha: text(field(field(pr, 'head'), 'sha'), SHA, 'pull_request.head.sha'),
    baseSha: text(field(field(pr, 'base'), 'sha'), SHA, 'pull_request.base.sha'),
    baseRef: text(field(field(pr, 'base'), 'ref'), BRANCH, 'pull_request.base.ref'),
    defaultBranch: text(field(field(field(pr, 'base'), 'repo'), 'default_branch'), BRANCH, 'pull_request.base.repo.default_branch'),
    commits: optionalInteger(field(pr, 'commits'), 'pull_request.commits'),
    changedFiles: optionalInteger(field(pr, 'changed_files'), 'pull_request.changed_files'),
  };
  if (!REPO_PART.test(owner) || !REPO_PART.test(repo)) throw eventError('GITHUB_REPOSITORY is not owner/name');
  return event;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function integer(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw eventError(`${name} is missing or not a whole number`);
  return value;
}

/** Absent stays absent (never a made-up 0 that a list would then be held to). */
function optionalInteger(value: unknown, name: string): number | undefined {
  return value === undefined ? undefined : integer(value, name);
}

function text(value: unknown, pattern: RegExp, name: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) throw eventError(`${name} is missing or malformed`);
  return value;
}

function eventError(message: string): UserError {
  return new UserError([diagnostic('E_EVENT_INVALID', message, { pointer: '/env/GITHUB_EVENT_PATH' })]);
}
