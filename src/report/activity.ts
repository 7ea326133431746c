import type { ActivityEvent, ActivityFlag, AlertEvent, LimitKind } from '../ledger/index.js';
import { codeSpan, escapeMarkdown } from './escape.js';

const FLAG_TEXT: Readonly<Record<ActivityFlag, string>> = {
  counters_reset: 'counters were reset during the window; figures are a lower bound',
  baseline_partial: 'the grantee had more statements than the baseline keeps; per-statement figures are approximate',
  shared_principal: 'another grant of the same login role overlapped the window; its use is counted here too',
};

const LIMIT_TEXT: Readonly<Record<LimitKind, string>> = {
  rows_read: 'rows read',
  writes: 'statements that write',
};

/** One line per flag, in plain words. */
export function flagNotes(flags: readonly ActivityFlag[] | undefined): string[] {
  return (flags ?? []).map((f) => FLAG_TEXT[f]);
}

export function limitText(limit: LimitKind): string {
  return LIMIT_TEXT[limit];
}

/**
 * What the grantee did, as Markdown for the pull request that granted it:
 * one table per target of normalized statements (placeholders, never
 * values), calls, rows and time, then the totals and any caveat. Pure.
 */
export function renderActivity(summaries: readonly ActivityEvent[]): string {
  const lines: string[] = ['#### What the access was used for', ''];
  if (summaries.length === 0) lines.push('No activity record was written for this grant.');
  for (const s of summaries) {
    const where = `${codeSpan(s.target)} as ${codeSpan(s.principal)}`;
    if (s.status !== 'observed') {
      lines.push(`- ${where}: not observable (${s.reason?.code ?? 'unknown'}: ${escapeMarkdown(s.reason?.message ?? '')}).`);
      continue;
    }
    const totals = s.totals ?? { calls: 0, rows: 0, time_ms: 0 };
    lines.push(`${where} since ${s.since ?? '?'}: ${totals.calls} call(s), ${totals.rows} row(s), ${totals.time_ms} ms.`, '');
    const statements = s.statements ?? [];
    if (statements.length > 0) {
      lines.push('| Statement (normalized) | Calls | Rows | Time (ms) | Writes |', '| --- | ---: | ---: | ---: | --- |');
      for (const st of statements) {
        // A `|` ends a table cell even inside a code span (GFM); `\|` keeps it in the cell.
        const text = st.withheld === true ? `_${escapeMarkdown(st.text)}_` : codeSpan(st.text).replaceAll('|', '\\|');
        lines.push(`| ${text} | ${st.calls} | ${st.rows} | ${st.time_ms} | ${st.writes === true ? 'yes' : ''} |`);
      }
      if (s.others !== undefined && s.others.statements > 0) {
        lines.push(`| _${s.others.statements} other statement(s)_ | ${s.others.calls} | ${s.others.rows} | ${s.others.time_ms} | |`);
      }
      lines.push('');
    } else {
      lines.push('No statements were run during the window.', '');
    }
    for (const note of flagNotes(s.flags)) lines.push(`> Note: ${note}.`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function alertIssueTitle(request: string): string {
  return `Limit crossed: ${request}`;
}

/** The body of the issue a crossed limit opens. Pure. */
export function renderAlertIssue(request: string, pr: number | undefined, alerts: readonly AlertEvent[], marker: string): string {
  const lines = [
    marker,
    `A scheduled run found request ${codeSpan(request)} crossing limits of its profile${pr !== undefined ? ` (granted by #${pr})` : ''}.`,
    '',
  ];
  lines.push('| Target | Principal | Limit | Observed | Allowed | Action |', '| --- | --- | --- | ---: | ---: | --- |');
  for (const a of alerts) {
    lines.push(
      `| ${codeSpan(a.target)} | ${codeSpan(a.principal)} | ${LIMIT_TEXT[a.limit]} | ${a.observed} | ${a.allowed} | ${a.action === 'revoke' ? 'revoked early' : 'alert only'} |`,
    );
  }
  lines.push('', `Review the whole story with \`grantbook audit show ${request}\`. Code: E_ACTIVITY_LIMIT_EXCEEDED.`);
  return `${lines.join('\n')}\n`;
}
