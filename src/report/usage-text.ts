import type { RecordedUse } from '../providers/applied.js';
import type { UsageStep } from '../providers/descriptor.js';
import { codeFence, codeSpan, escapeMarkdown } from './escape.js';

/**
 * How the grantee uses a grant, as the provider's descriptor says it
 * (`usage`), and its provider-side expiry as the ledger recorded it: in
 * Markdown for pull request comments, in plain text for the terminal. The
 * sentences are escaped; the code is shown verbatim in a fence no line of it
 * can close.
 */

/** A Markdown list item per step, each step's code in a block under it. */
export function usageMarkdown(steps: readonly UsageStep[]): string[] {
  const lines: string[] = [];
  for (const step of steps) {
    lines.push(`- ${escapeMarkdown(step.say)}`);
    if (step.code !== undefined && step.code.length > 0) lines.push('', ...codeFence(step.code.map((l) => l.replace(/[\r\n]/g, ' '))).map((l) => `  ${l}`));
  }
  return lines;
}

/** The steps in plain text, indented under `indent`. */
export function usageText(steps: readonly UsageStep[], indent = ''): string[] {
  const lines: string[] = [];
  for (const step of steps) {
    lines.push(`${indent}- ${step.say}`);
    for (const code of step.code ?? []) lines.push(`${indent}    ${code}`);
  }
  return lines;
}

/** The granted comment's part: per target, how to use it and whether the target ends it by itself. */
export function recordedUsesMarkdown(uses: readonly RecordedUse[]): string {
  const lines: string[] = [];
  for (const u of uses) {
    if (u.steps.length > 0) lines.push('', `**How to use it on ${codeSpan(u.target)}:**`, '', ...usageMarkdown(u.steps));
    if (u.backstop !== undefined) lines.push('', `Expiry backstop on ${codeSpan(u.target)}: ${escapeMarkdown(u.backstop)}.`);
  }
  return lines.join('\n').replace(/\n+$/u, '');
}
