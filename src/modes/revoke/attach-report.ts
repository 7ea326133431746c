import { tmpdir } from 'node:os';
import path from 'node:path';
import { readProfileFacts } from '../../audit-view/profiles.js';
import type { FollowUpLookup } from '../../audit-view/report-model.js';
import type { LedgerStore } from '../../ledger/index.js';
import type { Logger } from '../../logger.js';
import type { ModeResult } from '../types.js';
import { DEFAULT_SCHEDULE_MINUTES } from './heartbeat.js';
import { MONTH_REPORT_FAILED } from '../../report/month-report-text.js';
import { monthReport } from './month-report.js';

/**
 * Adds the month's access report to a finished sweep: the file for the
 * `report-file` output (the workflow uploads it as an artifact) and the
 * headline figures under the sweep's summary. Whatever goes wrong here is a
 * warning and a line in the summary; the sweep's own result stands.
 */
export async function attachMonthReport<T extends ModeResult>(
  outcome: T,
  deps: {
    store: LedgerStore;
    branch: string;
    now: number;
    env: NodeJS.ProcessEnv;
    workingDirectory: string;
    repository: string;
    logger: Logger;
    followUps?: FollowUpLookup;
  },
): Promise<T & Pick<ModeResult, 'reportFile' | 'summary'>> {
  try {
    const checkout = path.resolve(deps.env.GITHUB_WORKSPACE ?? '.', deps.workingDirectory);
    const report = await deps.logger.group('Access report of the month', async () =>
      monthReport({
        store: deps.store,
        branch: deps.branch,
        checkout,
        now: deps.now,
        intervalMs: DEFAULT_SCHEDULE_MINUTES * 60_000,
        facts: await readProfileFacts(checkout),
        dir: path.join(deps.env.RUNNER_TEMP || tmpdir(), 'grantbook-report'),
        repository: deps.repository,
        logger: deps.logger,
        ...(deps.followUps !== undefined ? { followUps: deps.followUps } : {}),
      }),
    );
    return { ...outcome, summary: `${outcome.summary ?? ''}\n${report.summary}`, ...(report.file !== undefined ? { reportFile: report.file } : {}) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    deps.logger.warning(`The access report could not be made: ${why}`);
    return { ...outcome, summary: `${outcome.summary ?? ''}\n${MONTH_REPORT_FAILED}` };
  }
}
