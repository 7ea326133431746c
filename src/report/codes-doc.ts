import { ERROR_CODES } from '../shared/codes/index.js';

/** docs/error-codes.md, rendered from the code table so the two cannot drift. */
export function renderCodesDoc(): string {
  const rows = Object.entries(ERROR_CODES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, info]) => `| \`${code}\` | ${cell(info.summary)} | ${cell(info.fix)} |`);
  return [
    '# Error codes',
    '',
    'Every problem Grantbook reports carries one of these stable codes, with the file, line,',
    'column and JSON pointer it concerns. Codes are never renamed or reused.',
    'This page is generated: `npx grantbook codes > docs/error-codes.md`.',
    '',
    '| Code | Meaning | Fix |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
