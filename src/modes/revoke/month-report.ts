import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { checkoutLedger, describeBreak } from '../../audit-view/ledger-stream.js';
import { PendingFile } from '../../audit-view/output.js';
import { describePeriod, monthToDate } from '../../audit-view/period.js';
import type { ProfileFacts } from '../../audit-view/profiles.js';
import type { FollowUpLookup } from '../../audit-view/report-model.js';
import { writeReport } from '../../audit-view/report-html.js';
import type { LedgerStore } from '../../ledger/index.js';
import type { Logger } from '../../logger.js';
import { monthReportRefused, monthReportSummary } from '../../report/month-report-text.js';
import { formatInstant } from '../../time/instant.js';

export interface MonthReportDeps {
  readonly store: LedgerStore;
  readonly branch: string;
  /** The job's checkout: its audit/ starts the chain, the branch tip's segments since finish it. */
  readonly checkout: string;
  readonly now: number;
  readonly intervalMs: number;
  readonly facts: ProfileFacts;
  /** Where the file goes (the runner's temporary directory). */
  readonly dir: string;
  /** `owner/name`, for the title. */
  readonly repository: string;
  readonly logger: Logger;
  readonly followUps?: FollowUpLookup;
}

export interface MonthReport {
  /** The HTML file, absent when none was written. */
  readonly file?: string;
  /** Markdown for the job summary (already escaped). */
  readonly summary: string;
}

/**
 * The revoke job's `report: true`: the access report of the month so far,
 * from the ledger at the default branch tip after this run's commit (the
 * checkout's files, then the segments committed since), as a
 * file for the workflow to attach as an artifact, and its headline figures
 * for the job summary. A report that cannot be made is a note, never a
 * failed revocation run: the sweep is the job, the report an extra.
 */
export async function monthReport(deps: MonthReportDeps): Promise<MonthReport> {
  const period = monthToDate(deps.now);
  const month = formatInstant(period.since).slice(0, 7);
  const tip = await deps.store.readTip(deps.branch);
  mkdirSync(deps.dir, { recursive: true });
  const file = new PendingFile(path.join(deps.dir, `access-report-${month}.html`));
  let outcome: Awaited<ReturnType<typeof writeReport>>;
  try {
    outcome = await writeReport(checkoutLedger(deps.checkout, { later: { store: deps.store, commitSha: tip.commitSha } }), file, {
      period,
      now: deps.now,
      intervalMs: deps.intervalMs,
      facts: deps.facts,
      repository: deps.repository,
      ledgerRef: tip.commitSha,
      ...(deps.followUps !== undefined ? { followUps: deps.followUps } : {}),
    });
  } catch (error) {
    file.abort();
    throw error;
  }
  if (!outcome.verdict.ok) {
    file.abort();
    const why = `E_AUDIT_CHAIN_BROKEN the ledger does not verify (${describeBreak(outcome.verdict)}); no report was written`;
    deps.logger.warning(why);
    return { summary: monthReportRefused(month, why) };
  }
  file.commit();
  deps.logger.info(`Access report of ${month} written (${outcome.headline.grants} grant(s)).`);
  return { file: file.target, summary: monthReportSummary(month, describePeriod(period).until, outcome.headline, outcome.verdict.events) };
}
