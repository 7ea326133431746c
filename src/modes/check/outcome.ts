import type { LocalRepo } from '../../git/local-repo.js';
import type { Logger } from '../../logger.js';
import type { ModeResult } from '../types.js';
import type { CheckReport } from '../../report/pr-comment.js';
import type { Clock } from '../../time/clock.js';
import type { PullRequestEvent } from '../event.js';
import type { CheckPort, PullState } from './port.js';

export interface CheckDeps {
  readonly pull: PullRequestEvent;
  readonly port: CheckPort;
  /** Local clone holding the base commit (the workflow checks it out). */
  readonly repo: LocalRepo;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** The outputs, plus the full report for callers that want more than the outputs say. */
export interface CheckOutcome extends ModeResult {
  readonly report?: CheckReport;
}

/** A pull request whose counts are known (from the payload or, for review events, the API). */
export type CheckedPull = PullRequestEvent & Pick<PullState, 'commits' | 'changedFiles'>;

export function headMoved(): CheckOutcome {
  return failed('E_PR_HEAD_MOVED', 'the pull request has new commits since this event; the check of its newest commit decides');
}

export function failed(code: 'E_CHECKOUT_MISSING_BASE' | 'E_PR_HEAD_MOVED', message: string): CheckOutcome {
  return { decision: 'failed', reasonCodes: [code], requests: [], failure: `${code}: ${message}` };
}
