import type { IssueSummary } from '../../github/index.js';
import type { Logger } from '../../logger.js';
import type { ItemOutcome } from './execute.js';
import { failureMarker } from '../../report/markers.js';
import type { Unresolved } from './plan.js';
import type { RevokeGithubPort } from './port.js';
import { failureIssueTitle, renderFailureIssue, renderResolvedIssue, type FailureIssue } from '../../report/revoke-text.js';

export const ISSUE_LABELS = ['grantbook'] as const;

export interface IssueReport {
  readonly opened: readonly number[];
  readonly updated: readonly number[];
  readonly closed: readonly number[];
  /** Issue upkeep that failed: the step fails, the failure itself is in the summary and the ledger. */
  readonly errors: readonly string[];
}

/** Failing requests (one issue each) and those that finally succeeded (their issue is closed). */
export function issueWork(
  outcomes: readonly ItemOutcome[],
  unresolved: readonly Unresolved[],
  at: string,
  runId: string,
): {
  readonly failing: readonly FailureIssue[];
  readonly resolved: readonly string[];
} {
  const failing = new Map<string, { pr?: number; failures: FailureIssue['failures'][number][] }>();
  const add = (request: string, pr: number | undefined, f: FailureIssue['failures'][number]): void => {
    const entry = failing.get(request) ?? { ...(pr !== undefined ? { pr } : {}), failures: [] };
    entry.failures.push(f);
    failing.set(request, entry);
  };
  const resolved = new Set<string>();
  for (const o of outcomes) {
    for (const r of o.results) {
      if (r.status !== 'failed') continue;
      add(o.item.request, o.item.pr, {
        target: r.target,
        code: r.failure.reason.code,
        message: r.failure.reason.message,
        attempts: r.attempts,
        details: r.failure.details,
      });
    }
    const done = o.results.length > 0 && o.results.every((r) => r.status === 'revoked');
    if (done && o.item.hadFailures) resolved.add(o.item.request);
  }
  for (const u of unresolved) {
    add(u.request, undefined, {
      target: u.target,
      code: 'E_REVOKE_DRIFT_UNRESOLVED',
      message: `the provider holds a Grantbook-tagged grant (${u.what}) for this request whose grantee cannot be determined`,
      attempts: 1,
      details: [],
    });
  }
  for (const id of failing.keys()) resolved.delete(id);
  return {
    failing: [...failing].map(([request, e]) => ({ request, ...(e.pr !== undefined ? { pr: e.pr } : {}), failures: e.failures, at, runId })),
    resolved: [...resolved],
  };
}

/**
 * One open issue per failing request, found by its hidden marker and
 * updated in place (never a second one); closed with a note once the
 * revocation is verified. Each request is handled on its own: one GitHub
 * failure does not keep the others from being reported.
 */
export async function upkeepIssues(
  port: Pick<RevokeGithubPort, 'findIssue' | 'createIssue' | 'updateIssue'>,
  work: ReturnType<typeof issueWork>,
  at: string,
  logger: Logger,
): Promise<IssueReport> {
  const opened: number[] = [];
  const updated: number[] = [];
  const closed: number[] = [];
  const errors: string[] = [];
  for (const f of work.failing) {
    try {
      const body = renderFailureIssue(f);
      const existing = await port.findIssue(failureMarker(f.request));
      if (existing === undefined) {
        const issue = await port.createIssue({ title: failureIssueTitle(f.request), body, labels: [...ISSUE_LABELS] });
        opened.push(issue.number);
        logger.warning(`Opened issue #${issue.number} for the failing revocation of ${f.request}.`);
      } else {
        await port.updateIssue(existing.number, { body, state: 'open' });
        updated.push(existing.number);
        logger.warning(`Updated issue #${existing.number} for the failing revocation of ${f.request}.`);
      }
    } catch (error) {
      errors.push(`issue for ${f.request}: ${message(error)}`);
    }
  }
  for (const request of work.resolved) {
    try {
      const existing: IssueSummary | undefined = await port.findIssue(failureMarker(request));
      if (existing === undefined) continue;
      await port.updateIssue(existing.number, { body: renderResolvedIssue(request, at, existing.body), state: 'closed' });
      closed.push(existing.number);
      logger.info(`Closed issue #${existing.number}: the revocation of ${request} is verified.`);
    } catch (error) {
      errors.push(`closing the issue of ${request}: ${message(error)}`);
    }
  }
  for (const e of errors) logger.error(`E_REVOKE_ISSUE_FAILED ${e}`);
  return { opened, updated, closed, errors };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
