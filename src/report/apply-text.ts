import type { Diagnostic } from '../diagnostics.js';
import type { LedgerGrant } from '../ledger/index.js';
import type { RecordedUse } from '../providers/applied.js';
import { reasonLine, reasonWithFixLines } from './diagnostic-text.js';
import { codeSpan, escapeMarkdown, pathText } from './escape.js';
import { grantedText } from './grant-text.js';
import { applyMarker, breakGlassMarker, SETTINGS_MARKER } from './markers.js';
import { rollbackText, type RollbackReport, type RollbackStatus } from './rollback-text.js';
import { recordedUsesMarkdown } from './usage-text.js';

// The apply job's texts: its job summary, the comments on the merged pull
// request and the issues it opens. Request ids and target names passed strict
// patterns; everything else (file names, diagnostics, provider messages) is
// escaped here, the same way the check's comment escapes it.

/** An issue to open or update, found again by the marker its body starts with. */
export interface IssueText {
  readonly marker: string;
  readonly title: string;
  readonly body: string;
}

/** What one request came to in this run. */
export interface AppliedLine {
  readonly id: string;
  readonly outcome: 'granted' | 'refused' | 'failed';
  readonly expiresAt?: string;
  readonly reasons: readonly Pick<Diagnostic, 'code'>[];
}

/** The job summary. */
export function applySummary(applied: readonly AppliedLine[]): string {
  const line = (a: AppliedLine): string =>
    `- ${codeSpan(a.id)}: ${a.outcome}${a.expiresAt !== undefined ? ` until ${a.expiresAt}` : ''}${a.reasons.length > 0 ? ` (${a.reasons.map((r) => r.code).join(', ')})` : ''}`;
  return ['## Grantbook apply', '', ...(applied.length === 0 ? ['No new request landed with this push.'] : applied.map(line)), ''].join('\n');
}

/** How many rows a row filter admits right after the grant (see modes/apply/admitted.ts). */
export interface AdmittedRows {
  readonly table: string;
  readonly target: string;
  /** `about 12 (estimate)`, `3`, `not counted (why)`. */
  readonly figure: string;
}

/** A comment or issue body of the apply job about one request: its marker, then the text. */
export function applyBody(id: string, text: string): string {
  return `${applyMarker(id)}\n${text}`;
}

/** The pull request comment once a grant is recorded: how to use it, and whether each target ends it by itself. */
export function grantedComment(
  id: string,
  expiresAt: string,
  grants: readonly LedgerGrant[],
  admitted: readonly AdmittedRows[] = [],
  uses: readonly RecordedUse[] = [],
): string {
  return applyBody(id, grantedBody(id, expiresAt, grants, admitted, uses));
}

/** What the granted comment says, without its marker: also what a repair that completes a grant says. */
export function grantedBody(
  id: string,
  expiresAt: string,
  grants: readonly LedgerGrant[],
  admitted: readonly AdmittedRows[] = [],
  uses: readonly RecordedUse[] = [],
): string {
  const rows =
    admitted.length === 0
      ? ''
      : `\n\nRows the row filters admit now:\n${admitted.map((r) => `- ${codeSpan(r.table)} on ${codeSpan(r.target)}: ${escapeMarkdown(r.figure)}`).join('\n')}`;
  const use = recordedUsesMarkdown(uses);
  return `${grantedText(id, expiresAt, grants)}${rows}${use === '' ? '' : `\n${use}`}`;
}

/** Comment and issue for a request re-verification or policy refused at the merge. */
export function refusedText(id: string, path: string, reasons: readonly Pick<Diagnostic, 'code' | 'message'>[]): IssueText {
  const marker = applyMarker(id);
  const body = `${marker}\nNothing was granted for ${codeSpan(id)} (${pathText(path)}):\n\n${reasons.map(reasonLine).join('\n')}`;
  return { marker, title: `Access request ${id} was refused at apply`, body };
}

/** A request file landed under an id the ledger already holds. */
export function idReusedIssue(id: string, path: string): IssueText {
  const marker = applyMarker(id);
  const body = `${marker}\nThe file ${pathText(path)} landed under an id the ledger already holds. Nothing was granted. Add the request again under a new file name.`;
  return { marker, title: `Access request ${id} reuses an id`, body };
}

/** What the person holds could not be read for now: nothing granted or recorded, the next run tries again. */
export function heldUnavailableComment(id: string, path: string, reason: Pick<Diagnostic, 'code' | 'message'>): string {
  return `${applyMarker(id)}\nNot granted yet: ${codeSpan(id)} (${pathText(path)}) waits for the next apply run.\n\n${reasonLine(reason)}`;
}

/** A provider failed partway: comment and issue say what became of every target. */
export function grantFailedText(report: RollbackReport): IssueText {
  const marker = applyMarker(report.id);
  const left = report.targets.filter((t: RollbackStatus) => t.status === 'not_rolled_back');
  const title = left.length > 0 ? `Access request ${report.id} failed at apply and was not fully rolled back` : `Access request ${report.id} failed at apply`;
  return { marker, title, body: `${marker}\n${rollbackText(report)}` };
}

/** An interrupted grant that is not completed: nothing stays granted. */
export function interruptedText(id: string): { readonly title: string; readonly text: string } {
  return {
    title: `Access request ${id} was interrupted at apply`,
    text: `Nothing stays granted for ${codeSpan(id)}: the apply run that started granting it was interrupted (\`E_APPLY_INTERRUPTED\`). Open a new request under a new file name to get the access.`,
  };
}

/** Every emergency grant gets its follow-up review issue (design §2, break-glass profiles). */
export function breakGlassReviewIssue(id: string, pull: number, expiresAt: string): IssueText {
  const marker = breakGlassMarker(id);
  const body = `${marker}\nEmergency access ${codeSpan(id)} was granted from pull request #${pull} until ${expiresAt}. Review what it was used for and whether the emergency profile is still right.`;
  return { marker, title: `Break-glass review: ${id}`, body };
}

/** The one issue for every request held back while a repository setting is unsafe. */
export function heldBackIssue(ids: readonly string[], problems: readonly Pick<Diagnostic, 'code' | 'message' | 'fix'>[]): IssueText {
  const body = [
    SETTINGS_MARKER,
    `Nothing was granted for ${ids.map(codeSpan).join(', ')}: a setting the review process depends on is unsafe or cannot be read.`,
    '',
    ...problems.map(reasonWithFixLines),
    '',
    'After fixing them (`npx grantbook doctor --repo owner/name` shows the state), re-run the apply job for the same push: it grants what was held back.',
  ].join('\n');
  return { marker: SETTINGS_MARKER, title: 'Grantbook apply is holding grants back: repository settings are unsafe', body };
}
