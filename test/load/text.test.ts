import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/load.js';
import { POLICY_MAX_BYTES, REQUEST_MAX_BYTES } from '../../src/load/limits.js';
import { decodeText } from '../../src/load/text.js';
import { bytes, codes, expectLocated, expectNoEcho, GOOD_REQUEST, MARKER, src } from './fixtures.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeText: size cap', () => {
  it('refuses a request one byte over 64 KiB before decoding anything', () => {
    const data = new Uint8Array(REQUEST_MAX_BYTES + 1).fill(0xff); // invalid UTF-8 too: the cap must win
    const r = decodeText(data, 'access-requests/a.yaml', REQUEST_MAX_BYTES);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(codes(r.diagnostics)).toEqual(['E_FILE_TOO_LARGE']);
  });

  it('accepts exactly the cap, and policy files get 256 KiB', () => {
    const padding = `# ${'x'.repeat(REQUEST_MAX_BYTES - GOOD_REQUEST.length - 3)}\n`;
    const text = GOOD_REQUEST + padding;
    expect(enc(text).length).toBe(REQUEST_MAX_BYTES);
    expect(loadFile(src('access-requests/a.yaml', text), 'request').ok).toBe(true);
    const big = loadFile(src('access-requests/a.yaml', `${text}#`), 'request');
    expect(big.ok ? [] : codes(big.diagnostics)).toEqual(['E_FILE_TOO_LARGE']);
    expect(POLICY_MAX_BYTES).toBe(256 * 1024);
    const policyText = `targets: {}\n# ${'y'.repeat(100_000)}\n`;
    const r = loadFile(src('policies/targets.yaml', policyText), 'targets');
    expect(r.ok ? [] : codes(r.diagnostics)).not.toContain('E_FILE_TOO_LARGE');
  });
});

describe('decodeText: encoding and characters', () => {
  const table: { name: string; text?: string; data?: number[]; code: string; line: number; column: number; label?: string }[] = [
    { name: 'BOM at start', data: [0xef, 0xbb, 0xbf, ...enc('a: 1\n')], code: 'E_TEXT_BOM', line: 1, column: 1, label: 'U+FEFF' },
    { name: 'U+FEFF inside', text: `a: x\nb: ${MARKER}\uFEFF\n`, code: 'E_TEXT_INVISIBLE', line: 2, column: 12, label: 'U+FEFF' },
    { name: 'U+202E right-to-left override', text: `reason: ${MARKER}\u202Egnp.exe\n`, code: 'E_TEXT_BIDI', line: 1, column: 17, label: 'U+202E' },
    { name: 'U+2066 isolate', text: `a: \u2066${MARKER}\n`, code: 'E_TEXT_BIDI', line: 1, column: 4, label: 'U+2066' },
    { name: 'U+200E LRM', text: `a: ${MARKER}\u200E\n`, code: 'E_TEXT_BIDI', line: 1, column: 12 },
    { name: 'U+061C ALM', text: `a: \u061C\n`, code: 'E_TEXT_BIDI', line: 1, column: 4 },
    { name: 'U+200B zero width space', text: `requester: ali\u200Bce\n`, code: 'E_TEXT_INVISIBLE', line: 1, column: 15, label: 'U+200B' },
    { name: 'U+200D joiner', text: `a: b\u200D\n`, code: 'E_TEXT_INVISIBLE', line: 1, column: 5 },
    { name: 'U+2060 word joiner', text: `a: b\u2060\n`, code: 'E_TEXT_INVISIBLE', line: 1, column: 5 },
    { name: 'tag character U+E0041', text: `a: ${MARKER}\u{E0041}\n`, code: 'E_TEXT_INVISIBLE', line: 1, column: 12, label: 'U+E0041' },
    { name: 'NUL', text: `a: ${MARKER}\u0000\n`, code: 'E_TEXT_NUL', line: 1, column: 12, label: 'U+0000' },
    { name: 'C1 control U+0085', text: `a: ${MARKER}\u0085\n`, code: 'E_TEXT_CONTROL', line: 1, column: 12, label: 'U+0085' },
    { name: 'C1 control U+009B (CSI)', text: `a: \u009B31m\n`, code: 'E_TEXT_CONTROL', line: 1, column: 4 },
    { name: 'ESC', text: `a: \u001B[31m${MARKER}\n`, code: 'E_TEXT_CONTROL', line: 1, column: 4, label: 'U+001B' },
    { name: 'DEL', text: `a: \u007F\n`, code: 'E_TEXT_CONTROL', line: 1, column: 4 },
    { name: 'tab in a value', text: `a: 1\nreason: ${MARKER}\tx\n`, code: 'E_TEXT_TAB', line: 2, column: 17, label: 'U+0009' },
    { name: 'tab indentation', text: `grants:\n\t- a\n`, code: 'E_TEXT_TAB', line: 2, column: 1 },
    { name: 'lone CR', text: `a: 1\rb: ${MARKER}\n`, code: 'E_TEXT_LONE_CR', line: 1, column: 5, label: 'U+000D' },
    { name: 'U+2028 line separator', text: `a: ${MARKER}\u2028\n`, code: 'E_TEXT_LINE_SEPARATOR', line: 1, column: 12 },
    { name: 'non-character U+FFFF', text: `a: \uFFFF\n`, code: 'E_TEXT_CONTROL', line: 1, column: 4 },
  ];
  for (const c of table) {
    it(`refuses ${c.name} with ${c.code} at ${c.line}:${c.column}`, () => {
      const file = c.data !== undefined ? bytes('access-requests/x.yaml', c.data) : src('access-requests/x.yaml', c.text ?? '');
      const r = loadFile(file, 'request');
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.diagnostics[0]?.code).toBe(c.code);
      expect([r.diagnostics[0]?.line, r.diagnostics[0]?.column]).toEqual([c.line, c.column]);
      if (c.label !== undefined) expect(r.diagnostics[0]?.message).toContain(c.label);
      expectNoEcho(r.diagnostics);
      expectLocated(r.diagnostics);
    });
  }

  const invalid: [string, number[]][] = [
    ['a lone continuation byte', [0x80]],
    ['a truncated 2-byte sequence', [0xc3]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['an encoded surrogate (CESU)', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a Latin-1 byte', [0xe9]],
  ];
  for (const [name, seq] of invalid) {
    it(`refuses invalid UTF-8: ${name}, and says where`, () => {
      const data = [...enc(`a: 1\nb: ${MARKER}`), ...seq, ...enc('\n')];
      const r = loadFile(bytes('access-requests/x.yaml', data), 'request');
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(codes(r.diagnostics)).toEqual(['E_TEXT_ENCODING']);
      expect([r.diagnostics[0]?.line, r.diagnostics[0]?.column]).toEqual([2, 12]);
      expectNoEcho(r.diagnostics);
    });
  }

  it('reports several bad characters, not only the first', () => {
    const r = decodeText(enc('a: \u202E\nb: \u200B\n'), 'f', 1000);
    expect(r.ok ? [] : codes(r.diagnostics)).toEqual(['E_TEXT_BIDI', 'E_TEXT_INVISIBLE']);
  });

  it('accepts CRLF line endings, normalises them, and keeps line numbers', () => {
    const crlf = GOOD_REQUEST.replace(/\n/g, '\r\n');
    const r = loadFile(src('access-requests/x.yaml', crlf), 'request');
    expect(r.ok).toBe(true);
    const bad = loadFile(src('access-requests/x.yaml', 'requester: alice\r\nprofile: x\r\nduration: 3600\r\ngrants: []\r\n'), 'request');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      const d = bad.diagnostics.find((x) => x.code === 'E_DURATION_FORMAT');
      expect([d?.line, d?.column]).toEqual([3, 11]);
    }
  });

  it('accepts ordinary non-ASCII text (accents, CJK, emoji) in free text', () => {
    const r = decodeText(enc('reason: Café 調査 🚑 — ok\n'), 'f', 1000);
    expect(r.ok).toBe(true);
  });
});
