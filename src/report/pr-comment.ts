import type { ApprovalDecision } from '../approvals/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { TargetPlan } from '../plan/request-plan.js';
import type { Decision, Footprint, FootprintEntry } from '../policy/decision.js';
import { plannedUsage } from '../providers/applied.js';
import { activeRegistry } from '../providers/catalog.js';
import type { Operation } from '../providers/contract.js';
import { approvalLine } from './plan-text.js';
import { diagnosticLine } from './diagnostic-text.js';
import { codeFence, codeSpan, escapeMarkdown } from './escape.js';
import { CHECK_COMMENT_MARKER } from './markers.js';
import { usageMarkdown } from './usage-text.js';
import { viewFootprintLines } from './view-footprint.js';

export type RequestVerdict = 'approved' | 'pending' | 'refused';

/** Everything the check knows about one request file of the PR. */
export interface RequestReport {
  readonly path: string;
  /** The request id, once the file name proved valid. */
  readonly id?: string;
  readonly verdict: RequestVerdict;
  /** Problems loading the file (schema, encoding, ...): the request could not be evaluated. */
  readonly loadProblems: readonly Diagnostic[];
  readonly decision?: Decision;
  readonly approvals?: ApprovalDecision;
  /** Code owners of the request path under the base CODEOWNERS, as `login` or `org/team` (never `@`). */
  readonly owners?: readonly string[];
  readonly plans: readonly TargetPlan[];
  /** Notes found outside the policy (parts already held, E_GRANT_ALREADY_HELD): warnings, never refusals. */
  readonly notes?: readonly Diagnostic[];
  /** Free-text fields, shown escaped. */
  readonly reason?: string;
  readonly ticket?: string;
  readonly requester?: string;
}

export interface CheckReport {
  readonly headSha: string;
  readonly baseSha: string;
  /** PR-level problems (mixed changes, CODEOWNERS errors, ...). */
  readonly problems: readonly Diagnostic[];
  readonly requests: readonly RequestReport[];
  /** Request files the PR deletes: access given up early. */
  readonly relinquished: readonly string[];
}

const ICON: Record<RequestVerdict, string> = { approved: '✅', pending: '⏳', refused: '⛔' };
const WORD: Record<RequestVerdict, string> = {
  approved: 'approved — merging will grant it',
  pending: 'allowed by policy, waiting for approval',
  refused: 'refused',
};

/**
 * The PR comment: decision, why, who must approve, the expiry window, the
 * data footprint and the exact plan. Pure. Every value that came from the
 * request or a review is escaped; operation text is shown in code blocks.
 */
export function renderCheckComment(report: CheckReport): string {
  const out: string[] = [CHECK_COMMENT_MARKER, `## Grantbook access check`, ''];
  out.push(`Judged at head ${codeSpan(report.headSha.slice(0, 12))} against policy at base ${codeSpan(report.baseSha.slice(0, 12))}.`);
  if (report.problems.length > 0) {
    out.push('', '### ⛔ This pull request cannot be accepted', '', ...report.problems.map(diagnosticLine));
  }
  for (const path of report.relinquished) {
    out.push('', `### ↩️ ${codeSpan(path)}: access given up early`, '', 'Merging revokes this grant at once; no approval is needed to give access up.');
  }
  for (const request of report.requests) out.push('', ...requestSection(request));
  out.push('', '<sub>Approvals count only at the current head commit; a new push makes them stale. This comment is updated in place.</sub>', '');
  return out.join('\n');
}

function requestSection(r: RequestReport): string[] {
  const lines = [`### ${ICON[r.verdict]} ${codeSpan(r.path)}: ${WORD[r.verdict]}`, ''];
  if (r.loadProblems.length > 0) {
    lines.push('The file could not be read as a request:', '', ...r.loadProblems.map(diagnosticLine));
    return lines;
  }
  const d = r.decision;
  if (d === undefined) {
    lines.push('Not judged: the policy at the base commit does not load (see above).');
    return lines;
  }
  lines.push('| | |', '| --- | --- |');
  if (r.requester !== undefined) lines.push(`| Requester | ${codeSpan(r.requester)} |`);
  lines.push(`| Profile | ${codeSpan(d.profile)}${d.breakGlass ? ' (break-glass: a follow-up review issue will be opened)' : ''} |`);
  if (d.window !== undefined) {
    lines.push(`| Duration | ${d.window.duration}, from the moment merge applies it (if applied now: until ${d.window.expiresAt}) |`);
  }
  if (r.ticket !== undefined) lines.push(`| Ticket | ${escapeMarkdown(r.ticket)} |`);
  if (r.reason !== undefined) lines.push(`| Reason | ${escapeMarkdown(r.reason)} |`);
  lines.push(`| Approval rule | ${escapeMarkdown(approvalLine(d))} |`);
  if (r.owners !== undefined) lines.push(`| Code owners | ${ownerList(r.owners)} |`);

  const errors = d.reasons.filter((x) => x.severity === 'error');
  const notes = [...d.reasons.filter((x) => x.severity === 'warning'), ...(r.notes ?? [])];
  if (errors.length > 0) lines.push('', '**Refused by policy:**', '', ...errors.map(diagnosticLine));
  if (notes.length > 0) lines.push('', '**Notes for reviewers:**', '', ...notes.map(diagnosticLine));
  if (r.approvals !== undefined) lines.push('', ...approvalLines(r.approvals));
  lines.push('', '**Data footprint:**', '', ...footprintLines(d.footprint));
  for (const { targetGrant, plan } of r.plans) {
    const where = `${codeSpan(targetGrant.target.name)} (${targetGrant.target.provider}) for ${codeSpan(targetGrant.principal)}`;
    if (plan.notes !== undefined && plan.notes.length > 0) lines.push('', ...plan.notes.map((n) => `- ${escapeMarkdown(n)}`));
    const usage = plannedUsage(targetGrant, activeRegistry());
    if (usage !== undefined)
      lines.push(
        '',
        `**Once granted, ${codeSpan(targetGrant.principal)} uses it on ${codeSpan(targetGrant.target.name)} like this:**`,
        '',
        ...usageMarkdown(usage),
      );
    lines.push('', `**Merge runs on ${where}:**`, '', ...operationBlock(plan.grant));
    lines.push('', `**Revocation runs at expiry:**`, '', ...operationBlock(plan.revoke));
  }
  return lines;
}

function approvalLines(a: ApprovalDecision): string[] {
  const lines = ['**Approvals:**', ''];
  if (a.approvedBy.length === 0) lines.push('- Counted: none yet');
  for (const x of a.approvedBy) lines.push(`- Counted: ${escapeMarkdown(x.login)} (review ${x.reviewId} at ${codeSpan(x.commitId.slice(0, 12))})`);
  for (const m of a.missing) lines.push(`- Still needed: ${escapeMarkdown(m.message)} (${codeSpan(m.code)})`);
  for (const b of a.blockers) lines.push(`- Blocking: ${escapeMarkdown(b.message)}`);
  if (a.unattributedCommits > 0) {
    lines.push(
      `- Note: ${a.unattributedCommits} commit author(s) or committer(s) are not linked to a GitHub account, so they cannot be ruled out as reviewers.`,
    );
  }
  if (a.ignored.length > 0) {
    lines.push('', '<details><summary>Reviews that did not count</summary>', '');
    for (const i of a.ignored)
      lines.push(`- review ${i.reviewId} by ${escapeMarkdown(i.login ?? 'a deleted account')}: ${escapeMarkdown(i.message)} (${codeSpan(i.code)})`);
    lines.push('', '</details>');
  }
  return lines;
}

function ownerList(owners: readonly string[]): string {
  if (owners.length === 0) return 'none: nobody can approve this file';
  return owners.map((o) => (/^[A-Za-z0-9][A-Za-z0-9_./-]*$/.test(o) ? codeSpan(o) : escapeMarkdown(o))).join(', ');
}

function footprintLines(f: Footprint): string[] {
  const lines: string[] = [];
  for (const t of f.entries) {
    lines.push(`- ${footprintLine(t.line)}`);
    if (t.sensitive.length > 0) lines.push(`  - ⚠️ sensitive: ${t.sensitive.map(codeSpan).join(', ')}`);
    if (t.narrower !== undefined) lines.push(`  - a narrower grant would do: ${t.narrower.map(codeSpan).join(', ')}`);
    lines.push(...viewFootprintLines(t).map((l) => `  - ${escapeMarkdown(l)}`));
  }
  return lines.length > 0 ? lines : ['- nothing'];
}

/** A provider's footprint line in Markdown: names as code spans, text escaped. */
function footprintLine(parts: FootprintEntry['line']): string {
  return parts.map((p) => ('code' in p ? codeSpan(p.code) : 'strong' in p ? `**${escapeMarkdown(p.strong)}**` : escapeMarkdown(p.text))).join('');
}

/**
 * The changes in a code block; read-backs (verification that changes
 * nothing) folded into a details block so reviewers see the effect first.
 */
function operationBlock(ops: readonly Operation[]): string[] {
  const changes = ops.filter((o) => o.readOnly !== true);
  const checks = ops.filter((o) => o.readOnly === true);
  const lines = codeBlock(changes);
  if (checks.length > 0) {
    lines.push(
      '',
      `<details><summary>then ${checks.length} read-back quer${checks.length === 1 ? 'y' : 'ies'} verify it (change nothing)</summary>`,
      '',
      ...codeBlock(checks),
      '',
      '</details>',
    );
  }
  return lines;
}

function codeBlock(ops: readonly Operation[]): string[] {
  const kind = ops.every((o) => o.kind === 'sql') ? 'sql' : 'http';
  return codeFence([ops.map((o) => `${o.text}${o.body !== undefined ? ` ${JSON.stringify(o.body)}` : ''}`).join('\n')], kind);
}
