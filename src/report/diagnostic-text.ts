import type { Diagnostic } from '../diagnostics.js';
import { codeSpan, escapeMarkdown } from './escape.js';

// A diagnostic as a Markdown list item, the one way every comment and issue
// body shows one. Messages and fixes may quote what a request, a provider or
// GitHub said: always escaped, never trusted to be plain.

/** The check comment's form: code, message, where, and the fix. */
export function diagnosticLine(d: Diagnostic): string {
  const where = d.line !== undefined ? ` (line ${d.line}${d.pointer !== undefined ? `, ${d.pointer}` : ''})` : '';
  return `- ${codeSpan(d.code)} ${escapeMarkdown(d.message)}${escapeMarkdown(where)}. Fix: ${escapeMarkdown(d.fix)}`;
}

/** A reason something was not done: code and message. */
export function reasonLine(d: Pick<Diagnostic, 'code' | 'message'>): string {
  return `- ${codeSpan(d.code)} ${escapeMarkdown(d.message)}`;
}

/** A reason with its fix on the next line, for an issue a person acts on. */
export function reasonWithFixLines(d: Pick<Diagnostic, 'code' | 'message' | 'fix'>): string {
  return `${reasonLine(d)}\n  Fix: ${escapeMarkdown(d.fix)}`;
}
