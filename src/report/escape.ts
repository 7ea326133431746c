/**
 * Untrusted text stays data (design invariant 7). These helpers are the only
 * way request-derived text reaches a log line or a PR comment.
 */

// C0/C1 controls (except newline and tab), bidi overrides and zero-width characters.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/**
 * A log line can never start a workflow command: the runner parses `::name::`
 * anywhere a line begins, so every line that would begin with `::` (after
 * optional spaces) is prefixed. Controls are shown as `\u{..}` escapes.
 */
export function escapeForLog(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)?.toString(16) ?? '?'}}`)
    .split('\n')
    .map((line) => (/^\s*::/.test(line) ? `| ${line}` : line))
    .join('\n');
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '@': '&#64;' };

/**
 * Text placed in Markdown is shown literally: HTML and Markdown syntax are
 * backslash-escaped or written as entities, `@` mentions cannot notify (an
 * entity renders as `@` but is not a mention), and `#123` cannot link.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/[&<>@\\`*_{}[\]()#+\-.!|~]/g, (c) => ENTITIES[c] ?? `\\${c}`)
    .replace(/\r\n?|\n/g, ' ');
}

/** Inline code span that cannot be broken out of. */
export function codeSpan(text: string): string {
  const clean = text.replace(INVISIBLE, '').replace(/\r\n?|\n/g, ' ');
  const longestRun = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * A file name in running text: as it is when it holds only characters that
 * Markdown leaves alone there (letters, digits, `.`, `/`, `-`), escaped like
 * any other text otherwise.
 */
export function pathText(path: string): string {
  return /^[A-Za-z0-9./-]+$/.test(path) ? path : escapeMarkdown(path);
}

/** A fenced code block of `lines` shown verbatim: the fence is longer than any run of backticks in them, so no line closes it. */
export function codeFence(lines: readonly string[], info = ''): string[] {
  const fence = '`'.repeat(Math.max(3, ...lines.flatMap((l) => [...l.matchAll(/`+/g)].map((m) => m[0].length + 1))));
  return [`${fence}${info}`, ...lines, fence];
}
