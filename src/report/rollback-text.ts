import { codeSpan, escapeMarkdown, pathText } from './escape.js';

/**
 * What became of one target when a grant failed partway. `rolled_back`: the
 * provider revoked it and read it back. `not_rolled_back`: the revocation
 * failed, the target may still hold the part applied there. `untouched`:
 * apply never reached it.
 */
export type RollbackStatus =
  | { readonly target: string; readonly status: 'rolled_back' }
  | { readonly target: string; readonly status: 'not_rolled_back'; readonly reason: string }
  | { readonly target: string; readonly status: 'untouched' };

export interface RollbackReport {
  readonly id: string;
  /** The request file, as safePath() shows it (escaped here). */
  readonly path: string;
  /** The target whose grant failed, and why. */
  readonly failed: { readonly target: string; readonly reason: string };
  /** Every target of the request, in the order apply takes them. */
  readonly targets: readonly RollbackStatus[];
}

/**
 * The pull request comment and issue body for a grant that failed on a
 * provider: which target failed, and for every target whether it was rolled
 * back, could not be, or was never touched. Target names passed the policy's
 * strict patterns; provider messages are escaped, they may quote a server.
 */
export function rollbackText(r: RollbackReport): string {
  const left = r.targets.filter((t) => t.status === 'not_rolled_back');
  const lines = r.targets.map((t) => `- ${codeSpan(t.target)}: ${statusText(t)}`);
  const outcome =
    left.length === 0
      ? 'Nothing of this request is in effect.'
      : `${left.length === 1 ? 'One target' : `${left.length} targets`} could not be rolled back and may still hold what was applied there. The revoke job removes it on its next run and retries on every run until the provider confirms it is gone; it opens an issue if it cannot.`;
  return [
    `Granting ${codeSpan(r.id)} (${pathText(r.path)}) failed on ${codeSpan(r.failed.target)}: ${escapeMarkdown(r.failed.reason)}`,
    '',
    'What apply did with each target:',
    '',
    ...lines,
    '',
    `${outcome} Nothing was recorded as granted; once the cause is fixed, open a new request under a new file name (ids are never reused).`,
  ].join('\n');
}

/** Exhaustive: a new status without a text here is a compile error (the function would lack a return). */
function statusText(t: RollbackStatus): string {
  switch (t.status) {
    case 'rolled_back':
      return 'rolled back (revoked, verified by reading the provider back)';
    case 'not_rolled_back':
      return `**not rolled back**: ${escapeMarkdown(t.reason)}`;
    case 'untouched':
      return 'not attempted, nothing was changed';
  }
}
