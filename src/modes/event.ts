import { readFile } from 'node:fs/promises';
import { diagnostic, UserError } from '../diagnostics.js';

/**
 * The one reader of the workflow event for the modes that have one (check and
 * apply; revoke runs on a schedule and reads none). GitHub's payload is still
 * checked field by field: an event of the wrong kind, a missing or unreadable
 * payload, or a field out of shape fails closed with E_EVENT_UNSUPPORTED or
 * E_EVENT_INVALID, pointing at the variable that named it.
 */

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

/** What an apply run acts on, from the workflow event. */
export interface ApplyEvent {
  readonly kind: 'push' | 'workflow_dispatch';
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  /** The default branch's commit the run was started for (a push's `after`). */
  readonly tip: string;
  /**
   * The branch tip before the push: the pushed commits are `before..tip`.
   * Undefined for a manual run and for a push that created the branch.
   */
  readonly before?: string;
}

/** Events whose payload carries a `pull_request` the check can judge. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review'] as const;
/** Events apply runs on: a push to the default branch, or a manual re-run of one. */
export const APPLY_EVENTS = ['push', 'workflow_dispatch'] as const satisfies readonly ApplyEvent['kind'][];

const SHA = /^[0-9a-f]{40}$/;
const ZERO_SHA = /^0{40}$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
const REPO_PART = /^[A-Za-z0-9_.-]{1,100}$/;
const BRANCH = /^[\w./-]{1,255}$/;
const BRANCH_REF = /^refs\/heads\/[\w./-]{1,255}$/;

/** `command: check`: a pull request event (`pull_request_target` is refused: it runs with the base's secrets on the head's code). */
export async function readPullRequestEvent(env: NodeJS.ProcessEnv): Promise<PullRequestEvent> {
  const { payload } = await readEvent(env, 'check', PULL_REQUEST_EVENTS);
  return parsePullRequestPayload(payload, env.GITHUB_REPOSITORY);
}

/**
 * `command: apply`: the push (or manual run) it was started for. A run for any
 * branch but the default fails closed: only the default branch's policy is
 * trusted and only its merges grant.
 */
export async function readApplyEvent(env: NodeJS.ProcessEnv): Promise<ApplyEvent> {
  const { name, payload } = await readEvent(env, 'apply', APPLY_EVENTS);
  return parseApplyPayload(name, payload, env);
}

/** The event's name, held to the command's list, and its payload as parsed JSON (not yet checked). */
async function readEvent<const N extends string>(env: NodeJS.ProcessEnv, command: string, accepted: readonly N[]): Promise<{ name: N; payload: unknown }> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  if (!isOneOf(name, accepted)) {
    throw new UserError([
      diagnostic('E_EVENT_UNSUPPORTED', `command "${command}" runs on ${accepted.join(' or ')} events, not on this event`, {
        pointer: '/env/GITHUB_EVENT_NAME',
      }),
    ]);
  }
  const path = env.GITHUB_EVENT_PATH;
  if (path === undefined || path === '') throw eventError('GITHUB_EVENT_PATH is not set');
  try {
    return { name, payload: JSON.parse(await readFile(path, 'utf8')) as unknown };
  } catch {
    throw eventError('the event payload is not readable JSON');
  }
}

export function parsePullRequestPayload(payload: unknown, repository: string | undefined): PullRequestEvent {
  const pr = field(payload, 'pull_request');
  const user = field(pr, 'user');
  const event = {
    number: integer(field(pr, 'number'), 'pull_request.number'),
    author: { login: text(field(user, 'login'), LOGIN, 'pull_request.user.login'), id: integer(field(user, 'id'), 'pull_request.user.id') },
    headSha: text(field(field(pr, 'head'), 'sha'), SHA, 'pull_request.head.sha'),
    baseSha: text(field(field(pr, 'base'), 'sha'), SHA, 'pull_request.base.sha'),
    baseRef: text(field(field(pr, 'base'), 'ref'), BRANCH, 'pull_request.base.ref'),
    defaultBranch: text(field(field(field(pr, 'base'), 'repo'), 'default_branch'), BRANCH, 'pull_request.base.repo.default_branch'),
    commits: optionalInteger(field(pr, 'commits'), 'pull_request.commits'),
    changedFiles: optionalInteger(field(pr, 'changed_files'), 'pull_request.changed_files'),
  };
  return { ...repositoryOf(repository), ...event };
}

export function parseApplyPayload(kind: ApplyEvent['kind'], payload: unknown, env: NodeJS.ProcessEnv): ApplyEvent {
  const { owner, repo } = repositoryOf(env.GITHUB_REPOSITORY);
  const defaultBranch = text(field(field(payload, 'repository'), 'default_branch'), BRANCH, 'repository.default_branch');
  const ref = text(field(payload, 'ref'), BRANCH_REF, 'ref');
  if (ref !== `refs/heads/${defaultBranch}`) {
    throw new UserError([
      diagnostic('E_EVENT_UNSUPPORTED', 'command "apply" runs only for the default branch; this run is for another branch', {
        pointer: '/env/GITHUB_EVENT_PATH',
      }),
    ]);
  }
  if (kind === 'workflow_dispatch') {
    return { kind, owner, repo, defaultBranch, tip: text(env.GITHUB_SHA, SHA, 'GITHUB_SHA') };
  }
  const tip = text(field(payload, 'after'), SHA, 'after');
  const before = text(field(payload, 'before'), SHA, 'before');
  return { kind, owner, repo, defaultBranch, tip, ...(ZERO_SHA.test(before) ? {} : { before }) };
}

/** GITHUB_REPOSITORY, `owner/name`. */
function repositoryOf(repository: string | undefined): { owner: string; repo: string } {
  const parts = (repository ?? '').split('/');
  const [owner = '', repo = ''] = parts.length === 2 ? parts : [];
  if (!REPO_PART.test(owner) || !REPO_PART.test(repo)) throw eventError('GITHUB_REPOSITORY is not owner/name');
  return { owner, repo };
}

function isOneOf<N extends string>(name: string, accepted: readonly N[]): name is N {
  return (accepted as readonly string[]).includes(name);
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
