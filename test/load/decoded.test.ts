import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/load.js';
import { codes, expectLocated, expectNoEcho, GOOD_PROFILE, MARKER, src } from './fixtures.js';

/*
 * A double-quoted YAML scalar decodes escapes into the characters the raw
 * text scan refuses. The decoded string is what reaches the PR comment, logs
 * and the ledger, so it is held to the same rule, with the same code.
 */
const ESCAPES = [
  { escape: '\\x1b', code: 'E_TEXT_CONTROL', label: 'U+001B', raw: '\u001b' },
  { escape: '\\e', code: 'E_TEXT_CONTROL', label: 'U+001B', raw: '\u001b' },
  { escape: '\\x07', code: 'E_TEXT_CONTROL', label: 'U+0007', raw: '\u0007' },
  { escape: '\\a', code: 'E_TEXT_CONTROL', label: 'U+0007', raw: '\u0007' },
  { escape: '\\u0085', code: 'E_TEXT_CONTROL', label: 'U+0085', raw: '\u0085' },
  { escape: '\\N', code: 'E_TEXT_CONTROL', label: 'U+0085', raw: '\u0085' },
  { escape: '\\u202e', code: 'E_TEXT_BIDI', label: 'U+202E', raw: '\u202e' },
  { escape: '\\u200b', code: 'E_TEXT_INVISIBLE', label: 'U+200B', raw: '\u200b' },
  { escape: '\\u2066', code: 'E_TEXT_BIDI', label: 'U+2066', raw: '\u2066' },
  { escape: '\\ufeff', code: 'E_TEXT_INVISIBLE', label: 'U+FEFF', raw: 'x\ufeff' },
  { escape: '\\U000E0041', code: 'E_TEXT_INVISIBLE', label: 'U+E0041', raw: '\u{E0041}' },
  { escape: '\\t', code: 'E_TEXT_TAB', label: 'U+0009', raw: '\t' },
  { escape: '\\0', code: 'E_TEXT_NUL', label: 'U+0000', raw: '\u0000' },
  { escape: '\\r', code: 'E_TEXT_LONE_CR', label: 'U+000D', raw: '\r' },
  { escape: '\\L', code: 'E_TEXT_LINE_SEPARATOR', label: 'U+2028', raw: '\u2028' },
] as const;

const request = (reasonLine: string) =>
  [
    'requester: alice',
    'profile: orders-readonly',
    reasonLine,
    'ticket: INC-4211',
    'grants:',
    '  - target: orders-prod',
    '    privileges: [SELECT]',
    '    table: public.orders',
    '',
  ].join('\n');

describe('decoded text', () => {
  for (const e of ESCAPES) {
    it(`refuses "${e.escape}" in a double-quoted reason with ${e.code}, the raw-text rule's code`, () => {
      const r = loadFile(src('access-requests/alice-inc-1.yaml', request(`reason: "Debug ${MARKER} ${e.escape}[31m red"`)), 'request');
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(codes(r.diagnostics)).toEqual([e.code]);
      const [d] = r.diagnostics;
      expect(d?.file).toBe('access-requests/alice-inc-1.yaml');
      expect([d?.line, d?.column, d?.pointer]).toEqual([3, 9, '/reason']);
      expect(d?.message).toContain('field "reason"');
      expect(d?.message).toContain(e.label);
      expectLocated(r.diagnostics);
      expectNoEcho(r.diagnostics);

      // The same character written literally is refused by the raw scan with the same code.
      const raw = loadFile(src('access-requests/alice-inc-1.yaml', request(`reason: "Debug ${e.raw} red"`)), 'request');
      expect(raw.ok ? [] : codes(raw.diagnostics).slice(0, 1)).toEqual([e.code]);
    });
  }

  it('names the field of a nested value and of a key', () => {
    const nested = request('reason: Investigate duplicate charges reported in INC-4211').replace('table: public.orders', 'table: "public.ord\\u200bers"');
    const r = loadFile(src('access-requests/alice-inc-1.yaml', nested), 'request');
    expect(r.ok ? [] : r.diagnostics.map((d) => [d.code, d.line, d.pointer])).toEqual([['E_TEXT_INVISIBLE', 8, '/grants/0/table']]);

    const key = loadFile(src('access-requests/alice-inc-1.yaml', request('"rea\\u202eson": x')), 'request');
    expect(key.ok ? [] : key.diagnostics.map((d) => [d.code, d.line, d.pointer])).toEqual([['E_TEXT_BIDI', 3, '']]);
    if (!key.ok) expect(key.diagnostics[0]?.message).toContain('A key at the top level of the file');
  });

  it('holds policy files to the same rule', () => {
    const profile = GOOD_PROFILE.replace('description: Read-only debugging access to the orders database.', 'description: "Read-only \\e[8m access"');
    const r = loadFile(src('policies/orders-readonly.yaml', profile), 'profile');
    expect(r.ok ? [] : r.diagnostics.map((d) => [d.code, d.line, d.pointer])).toEqual([['E_TEXT_CONTROL', 3, '/description']]);
  });

  it('accepts what decodes to plain text: newlines, quotes, non-ASCII letters, a non-breaking space', () => {
    for (const reason of [
      '"Line one\\nline two of the investigation"',
      '"Café \\"Zürich\\" order totals are wrong"',
      "'single ''quoted'' reason that is long enough'",
      '"Investigate\\u00a0duplicate charges in INC-4211"',
    ]) {
      const r = loadFile(src('access-requests/alice-inc-1.yaml', request(`reason: ${reason}`)), 'request');
      expect(r.ok ? [] : codes(r.diagnostics), reason).toEqual([]);
    }
  });
});
