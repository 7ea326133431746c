import { codeSpan } from './escape.js';
import { describeLate } from './revoke-text.js';

// The revoke job's summary lines about the month's access report (`report: true`).

/** The headline figures the summary shows (the audit view's Headline has these and more). */
export interface MonthFigures {
  readonly grants: number;
  readonly people: number;
  readonly live: number;
  readonly revoked: number;
  readonly revokedLate: number;
  readonly maxLateMs: number;
  readonly overdue: number;
  readonly breakGlass: number;
  readonly withFailures: number;
  readonly refused: number;
  readonly alerts: number;
  readonly drift: number;
}

/** The report was written: its headline figures, for the job summary. */
export function monthReportSummary(month: string, until: string, h: MonthFigures, events: number): string {
  const rows: [string, string | number][] = [
    ['Grants', h.grants],
    ['People', h.people],
    ['Still live', h.live],
    ['Revoked', h.revoked],
    ['Revoked more than one schedule interval late', h.revokedLate],
    ['Most late revocation', h.maxLateMs > 0 ? describeLate(h.maxLateMs) : '—'],
    ['Live and overdue', h.overdue],
    ['Break-glass uses', h.breakGlass],
    ['Grants with failed revocation attempts', h.withFailures],
    ['Refused at apply', h.refused],
    ['Limit alerts', h.alerts],
    ['Drift findings', h.drift],
  ];
  return [
    `### Access report, ${month} (to ${until})`,
    '',
    `The hash chain verifies (${events} events). The full report is attached to this run as an artifact.`,
    '',
    '| Figure | Value |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
  ].join('\n');
}

/** The report was refused (the ledger does not verify): why, as the log says it. */
export function monthReportRefused(month: string, why: string): string {
  return `### Access report, ${month}\n\nNot written: ${codeSpan(why)}\n`;
}

/** The report could not be made at all (the log says why); the sweep's result stands. */
export const MONTH_REPORT_FAILED = '### Access report\n\nNot written: the report could not be made (see the log).\n';
