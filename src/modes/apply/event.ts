import { readFile } from 'node:fs/promises';
import { diagnostic, UserError } from '../../diagnostics.js';

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

export const APPLY_EVENTS = ['push', 'workflow_dispatch'] as const;

const SHA = /^[0-9a-f]{40}$/;
const ZERO_SHA = /^0{40}$/;
const BRANCH = /^[\w./-]{1,255}$/;
const REPO_PART = /^[A-Za-z0-9_.-]{1,100}$/;

/**
 * Reads the push (or manual run) apply was started for. GitHub's payload is
 * still checked field by field, and a run for any branch but the default
 * fails closed: only the default branch's policy is trusted and only its
 * merges grant.
 */
export async function readApplyEvent(env: NodeJS.ProcessEnv): Promise<ApplyEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  if (!(APPLY_EVENTS as readonly string[]).includes(name)) {
    throw new UserError([
      diagnostic('E_EVENT_UNSUPPORTED', `command "apply" runs on ${APPLY_EVENTS.join(' or ')} events, not on this event`, {
        pointer: '/env/GITHUB_EVENT_NAME',
      }),
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
  return parseApplyPayload(name as ApplyEvent['kind'], payload, env);
}

export function parseApplyPayload(kind: ApplyEvent['kind'], payload: unknown, env: NodeJS.ProcessEnv): ApplyEvent {
  const parts = (env.GITHUB_REPOSITORY ?? '').split('/');
  const [owner = '', repo = ''] = parts.length === 2 ? parts : [];
  if (!REPO_PART.test(owner) || !REPO_PART.test(repo)) throw eventError('GITHUB_REPOSITORY is not owner/name');
  const defaultBranch = text(field(field(payload, 'repository'), 'default_branch'), BRANCH, 'repository.default_branch');
  const ref = text(field(payload, 'ref'), /^refs\/heads\/[\w./-]{1,255}$/, 'ref');
  if (ref !== `refs/heads/${defaultBranch}`) {
    throw new UserError([
      diagnostic('E_EVENT_UNSUPPORTED', 'command "apply" runs only for the default branch; this run is for another branch', { pointer: '/env/GITHUB_EVENT_PATH' }),
    ]);
  }
  if (kind === 'workflow_dispatch') {
    return { kind, owner, repo, defaultBranch, tip: text(env.GITHUB_SHA, SHA, 'GITHUB_SHA') };
  }
  const tip = text(field(payload, 'after'), SHA, 'after');
  const before = text(field(payload, 'before'), SHA, 'before');
  return { kind, owner, repo, defaultBranch, tip, ...(ZERO_SHA.test(before) ? {} : { before }) };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown, pattern: RegExp, name: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) throw eventError(`${name} is missing or malformed`);
  return value;
}

function eventError(message: string): UserError {
  return new UserError([diagnostic('E_EVENT_INVALID', message, { pointer: '/env/GITHUB_EVENT_PATH' })]);
}
