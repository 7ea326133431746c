import { execFile } from 'node:child_process';
import { requestIdFromPath } from '../request/parse.js';
import { escapeForLog } from '../report/escape.js';
import type { CliIo } from './io.js';

/*
 * The git a requester's checkout needs: their GitHub login from config, the
 * request ids its history has ever held, and one commit on a new branch.
 * Arguments are an argv array (no shell) and paths come only after `--`.
 * Nothing here pushes.
 */

export class GitFailed extends Error {}

export type GitIo = Pick<CliIo, 'cwd' | 'env'>;

export function git(io: GitIo, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', io.cwd, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...io.env } }, (error, stdout, stderr) => {
      if (error === null) return resolve(stdout);
      // git's own words help (no identity configured, a hook refused): its first line, escaped.
      const first = stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${String(error.code ?? 'unknown')}`;
      reject(new GitFailed(`git ${args[0] ?? ''} failed: ${escapeForLog(first.slice(0, 200))}`));
    });
  });
}

/** `git config <key>`, or undefined when it is unset (or git cannot say). */
export async function gitConfig(io: GitIo, key: string): Promise<string | undefined> {
  try {
    const value = (await git(io, ['config', '--get', key])).trim();
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

export interface HistoryIds {
  readonly ids: ReadonlySet<string>;
  /** A shallow clone does not hold the whole history. */
  readonly shallow: boolean;
}

/**
 * Every request id a file under access-requests/ has ever had on any branch
 * this clone knows (local and remote-tracking), deleted ones included: ids
 * are never reused, and the file of an expired grant is gone from the tree.
 */
export async function historyRequestIds(io: GitIo): Promise<HistoryIds> {
  const shallow = (await git(io, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  const hasCommit = await git(io, ['rev-parse', '--verify', '--quiet', 'HEAD']).then(
    () => true,
    () => false,
  );
  const ids = new Set<string>();
  if (!hasCommit) return { ids, shallow };
  const out = await git(io, ['log', '--all', '--no-renames', '--diff-filter=A', '--name-only', '--format=', '-z', '--', 'access-requests/']);
  for (const path of out.split(/[\0\n]/)) {
    const id = requestIdFromPath(path);
    if (id !== undefined) ids.add(id);
  }
  return { ids, shallow };
}

export async function branchExists(io: GitIo, branch: string): Promise<boolean> {
  return git(io, ['show-ref', '--verify', '--quiet', `refs/heads/${branch}`]).then(
    () => true,
    () => false,
  );
}

/**
 * Creates `branch` from HEAD, switches to it, and commits exactly `path`
 * (added or deleted by `change`) in one commit. Other changes in the work
 * tree or index are left as they were, uncommitted.
 */
export async function commitOnNewBranch(
  io: GitIo,
  o: { branch: string; path: string; change: 'add' | 'remove'; message: string; write: () => Promise<void> },
): Promise<string> {
  await git(io, ['checkout', '--quiet', '-b', o.branch]);
  await o.write();
  if (o.change === 'add') await git(io, ['add', '--', o.path]);
  else await git(io, ['rm', '--quiet', '--cached', '--ignore-unmatch', '--', o.path]);
  await git(io, ['commit', '--quiet', '-m', o.message, '--only', '--', o.path]);
  return (await git(io, ['rev-parse', 'HEAD'])).trim();
}
