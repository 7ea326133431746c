import type { DriftKind, LedgerGrant, Reason, RevokeCause } from '../ledger/index.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { heldNote } from './grant-text.js';
import { failureMarker, revokedMarker } from './markers.js';

// The revoke job's texts: its job summary, the failure issue, the note on the
// pull request that granted, and the ledger commit message. The inputs are the
// revoke mode's results, described here by the fields the texts read.

/** What became of one target of a due request. */
export type TargetResult =
  | { readonly status: 'revoked'; readonly target: string }
  | { readonly status: 'failed'; readonly target: string; readonly failure: { readonly reason: Reason }; readonly attempts: number }
  | { readonly status: 'skipped'; readonly target: string; readonly why: string };

/** One due request and what became of each of its targets. */
export interface ItemOutcome {
  readonly item: {
    readonly request: string;
    readonly cause: RevokeCause;
    readonly targets: readonly {
      readonly target: string;
      /** `held`: parts the principal held before the grant, left in place. */
      readonly principals: readonly { readonly principal: string; readonly held?: readonly LedgerGrant['spec'][] }[];
    }[];
  };
  readonly results: readonly TargetResult[];
}

/** What the sweep found besides the due requests. */
export interface SweepFindings {
  readonly deferred: readonly { readonly request: string; readonly target: string; readonly heldBy: string }[];
  readonly missing: readonly { readonly request: string; readonly target: string }[];
  readonly unresolved: readonly { readonly request: string; readonly target: string; readonly what: DriftKind }[];
}

/** A target that could not be reached or listed this run. */
export interface TargetProblem {
  readonly target: string;
  readonly failure: { readonly reason: Reason };
}

/** Table rows past this are counted, not listed: a summary stays readable after a long outage. */
const MAX_ROWS = 200;

const CAUSE_TEXT: Readonly<Record<RevokeCause, string>> = {
  expired: 'its time was up',
  relinquished: 'its request file was removed from the default branch',
  superseded: 'an extension replaced it',
  drift: 'the provider held it although the ledger did not record it as granted',
  limit: 'the grantee crossed a limit of its profile, which asks for early revocation',
};

export function describeLate(ms: number | undefined): string {
  if (ms === undefined) return '—';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export interface SummaryInput {
  readonly lastSweep: string;
  readonly branch: string;
  readonly tip: string;
  readonly plan: SweepFindings;
  readonly outcomes: readonly ItemOutcome[];
  readonly lateByRequest: ReadonlyMap<string, number | undefined>;
  readonly problems: readonly TargetProblem[];
  /** Targets without credentials on which the ledger records nothing: not swept, and why. */
  readonly notSwept?: readonly NotSwept[];
  readonly busy: readonly string[];
  readonly notes: readonly string[];
  readonly commit?: string;
}

/** A declared target a revoke run did not sweep, and why: shown in the log, the job summary and the run's result. */
export interface NotSwept {
  readonly target: string;
  /** The connect's own reason: the code, and a message naming the variable, never a value. */
  readonly reason: Reason;
}

/** Why a target without credentials may be left alone (the log's and the summary's words). */
export const NOT_SWEPT_WHY =
  'the ledger records nothing on it, ever (no grant live, pending or revoked, no drift), so there is nothing to revoke or check; once anything is granted on it, a run without its credentials fails';

/** The job summary: what was due, what was revoked and verified, what failed and why. Pure Markdown. */
export function renderSummary(s: SummaryInput): string {
  const lines: string[] = ['## Grantbook revoke sweep', ''];
  lines.push(`Sweep completed at **${s.lastSweep}** over ${codeSpan(s.branch)} at ${codeSpan(s.tip.slice(0, 12))}.`, '');
  const revoked = rows(s.outcomes, 'revoked');
  const failed = rows(s.outcomes, 'failed');
  const skipped = rows(s.outcomes, 'skipped');
  if (s.outcomes.length === 0 && s.plan.unresolved.length === 0) lines.push('Nothing was due. Nothing was written to the ledger.', '');
  if (revoked.length > 0) {
    lines.push(`### Revoked and verified (${revoked.length})`, '', '| Request | Target | Cause | Late |', '| --- | --- | --- | --- |');
    for (const [o, r] of revoked.slice(0, MAX_ROWS)) {
      lines.push(`| ${codeSpan(o.item.request)} | ${codeSpan(r.target)} | ${o.item.cause} | ${describeLate(s.lateByRequest.get(o.item.request))} |`);
    }
    more(lines, revoked.length);
  }
  if (failed.length > 0) {
    lines.push(
      `### Failed — retried on the next run (${failed.length})`,
      '',
      '| Request | Target | Code | Attempts | Message |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const [o, r] of failed.slice(0, MAX_ROWS)) {
      if (r.status !== 'failed') continue;
      lines.push(
        `| ${codeSpan(o.item.request)} | ${codeSpan(r.target)} | ${r.failure.reason.code} | ${r.attempts} | ${escapeMarkdown(r.failure.reason.message)} |`,
      );
    }
    more(lines, failed.length);
  }
  if (s.plan.unresolved.length > 0) {
    lines.push('### Drift that needs a person', '');
    for (const u of s.plan.unresolved.slice(0, MAX_ROWS)) {
      lines.push(`- ${codeSpan(u.request)} on ${codeSpan(u.target)}: the provider holds a Grantbook-tagged grant (${u.what}) whose grantee is unknown.`);
    }
    lines.push('');
  }
  if (skipped.length > 0 || s.busy.length > 0) {
    lines.push('### Left to another run', '');
    for (const t of s.busy) lines.push(`- Target ${codeSpan(t)}: another revoke run holds its lock and is sweeping it.`);
    for (const [o, r] of skipped.slice(0, MAX_ROWS))
      if (r.status === 'skipped') lines.push(`- ${codeSpan(o.item.request)} on ${codeSpan(r.target)}: ${r.why}.`);
    lines.push('');
  }
  if (s.plan.deferred.length > 0) {
    lines.push('### Held by another live grant', '');
    for (const d of s.plan.deferred.slice(0, MAX_ROWS)) {
      lines.push(
        `- ${codeSpan(d.request)} on ${codeSpan(d.target)}: the same access is held by live request ${codeSpan(d.heldBy)}; it is revoked with that one.`,
      );
    }
    lines.push('');
  }
  if (s.problems.length > 0) {
    lines.push('### Targets with problems', '');
    for (const p of s.problems) lines.push(`- ${codeSpan(p.target)}: ${p.failure.reason.code} ${escapeMarkdown(p.failure.reason.message)}`);
    lines.push('');
  }
  if ((s.notSwept ?? []).length > 0) {
    lines.push('### Targets not swept', '', `No credentials for these in the job; for each, ${NOT_SWEPT_WHY}.`, '');
    for (const n of s.notSwept ?? []) lines.push(`- ${codeSpan(n.target)}: ${n.reason.code} ${escapeMarkdown(n.reason.message)}`);
    lines.push('');
  }
  if (s.plan.missing.length > 0) {
    lines.push('### Live in the ledger, absent on the provider', '');
    for (const m of s.plan.missing.slice(0, MAX_ROWS))
      lines.push(`- ${codeSpan(m.request)} on ${codeSpan(m.target)}: nothing to revoke; it will be recorded when it is due.`);
    lines.push('');
  }
  for (const note of s.notes) lines.push(`> ${escapeMarkdown(note)}`, '');
  if (s.commit !== undefined) lines.push(`Ledger commit: ${codeSpan(s.commit)}.`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function rows(outcomes: readonly ItemOutcome[], status: TargetResult['status']): [ItemOutcome, TargetResult][] {
  return outcomes.flatMap((o) => o.results.filter((r) => r.status === status).map((r) => [o, r] as [ItemOutcome, TargetResult]));
}

function more(lines: string[], total: number): void {
  if (total > MAX_ROWS) lines.push('', `… and ${total - MAX_ROWS} more.`);
  lines.push('');
}

export interface FailureIssue {
  readonly request: string;
  readonly pr?: number;
  readonly failures: readonly {
    readonly target: string;
    readonly code: string;
    readonly message: string;
    readonly attempts: number;
    readonly details: readonly string[];
  }[];
  readonly at: string;
  readonly runId: string;
}

export function failureIssueTitle(request: string): string {
  return `Revocation failing: ${request}`;
}

/** The issue body: replaced on every failing run, so it always shows the latest attempt. */
export function renderFailureIssue(f: FailureIssue): string {
  const lines = [
    failureMarker(f.request),
    `Grantbook could not revoke access request ${codeSpan(f.request)}${f.pr !== undefined ? ` (granted by #${f.pr})` : ''}.`,
    '',
    `Last attempt: **${f.at}** (workflow run ${codeSpan(f.runId)}). The revoke job tries again on every run and closes this issue once the provider read-back confirms the access is gone.`,
    '',
    '| Target | Code | Attempts | Message |',
    '| --- | --- | --- | --- |',
    ...f.failures.map((x) => `| ${codeSpan(x.target)} | ${x.code} | ${x.attempts} | ${escapeMarkdown(x.message)} |`),
  ];
  const details = f.failures.flatMap((x) => x.details.map((d) => `- ${codeSpan(x.target)}: ${escapeMarkdown(d)}`));
  if (details.length > 0) lines.push('', 'What the provider still shows:', '', ...details);
  lines.push('', 'Until then the access may still be in effect. See `grantbook status` and the job summary of the run.');
  return `${lines.join('\n')}\n`;
}

export function renderResolvedIssue(request: string, at: string, previous: string | null): string {
  const note = `**Resolved at ${at}:** the revocation of ${codeSpan(request)} is verified by read-back and recorded in the ledger.`;
  const body = previous ?? failureMarker(request);
  return `${body.includes(failureMarker(request)) ? body : `${failureMarker(request)}\n${body}`}\n\n${note}\n`;
}

/** The note on the pull request that granted the access. */
export function renderRevokedComment(o: ItemOutcome, late: number | undefined, at: string, commit: string | undefined, fileRemoved: boolean): string {
  const targets = o.results.filter((r) => r.status === 'revoked').map((r) => codeSpan(r.target));
  const lines = [
    revokedMarker(o.item.request),
    `**Access revoked** — request ${codeSpan(o.item.request)}, target${targets.length === 1 ? '' : 's'} ${targets.join(', ')}, because ${CAUSE_TEXT[o.item.cause]}.`,
    '',
    `Verified by reading each provider back at ${at}${late !== undefined ? `, ${describeLate(late)} after it expired` : ''}.`,
  ];
  if (commit !== undefined)
    lines.push(
      `Recorded in the ledger in ${codeSpan(commit.slice(0, 12))}${fileRemoved ? ', which also removes the request file (git history keeps it)' : ''}.`,
    );
  const kept = o.item.targets.flatMap((t) =>
    t.principals.flatMap((p) => (p.held ?? []).map((spec) => ({ target: t.target, principal: p.principal, spec, already_held: true as const }))),
  );
  return `${lines.join('\n')}${heldNote(kept, 'revoked')}\n`;
}

export function commitMessage(revoked: readonly string[], failed: readonly string[], drift: number, removedFiles: number, alerts = 0): string {
  const counts = [
    `${revoked.length} revoked`,
    `${failed.length} failed`,
    ...(drift > 0 ? [`${drift} drift`] : []),
    ...(alerts > 0 ? [`${alerts} limit alert(s)`] : []),
    ...(removedFiles > 0 ? [`${removedFiles} request file(s) removed`] : []),
  ];
  const list = (name: string, ids: readonly string[]): string[] =>
    ids.length === 0 ? [] : [`${name}: ${ids.slice(0, 50).join(', ')}${ids.length > 50 ? ` and ${ids.length - 50} more` : ''}`];
  return [`grantbook revoke: ${counts.join(', ')}`, '', ...list('revoked', revoked), ...list('failed', failed)].join('\n').trimEnd();
}
