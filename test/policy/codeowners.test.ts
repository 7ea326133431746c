import { describe, expect, it } from 'vitest';
import { CODEOWNERS_MAX_BYTES, loadCodeowners, ownersOf, parseCodeowners, selectCodeowners } from '../../src/policy/codeowners.js';
import { compilePattern, matchesPath } from '../../src/policy/codeowners-pattern.js';

const parse = (text: string) => parseCodeowners(text, '.github/CODEOWNERS');
const owner = (login: string) => ({ kind: 'user', login });
const codesOf = (text: string) => parse(text).diagnostics.map((d) => [d.code, d.line]);

describe('ownersOf', () => {
  it('the last matching line wins, whatever its specificity', () => {
    const f = parse('/access-requests/payments/ @pay\n* @everyone\n');
    expect(ownersOf(f.rules, 'access-requests/payments/x.yaml')).toEqual({ owners: [owner('everyone')], line: 2 });
    const g = parse('* @everyone\n/access-requests/payments/ @pay\n');
    expect(ownersOf(g.rules, 'access-requests/payments/x.yaml')).toEqual({ owners: [owner('pay')], line: 2 });
  });

  it('a later line with no owners leaves the path unowned', () => {
    const f = parse('/access-requests/ @security\n/access-requests/x.yaml\n');
    expect(ownersOf(f.rules, 'access-requests/x.yaml')).toEqual({ owners: [], line: 2 });
    expect(ownersOf(f.rules, 'access-requests/y.yaml').owners).toEqual([owner('security')]);
  });

  it('is case-sensitive', () => {
    const f = parse('/access-requests/ @security\n*.yaml @yaml\n');
    expect(ownersOf(f.rules, 'Access-Requests/X.YAML')).toEqual({ owners: [], line: undefined });
    expect(ownersOf(f.rules, 'access-requests/X.YAML')).toEqual({ owners: [owner('security')], line: 1 });
    expect(ownersOf(f.rules, 'other/x.yaml').line).toBe(2);
  });

  it('matches nothing for a non-canonical path', () => {
    const f = parse('* @everyone\n');
    for (const path of ['', '/access-requests/x.yaml', 'access-requests//x.yaml', 'access-requests/']) {
      expect(ownersOf(f.rules, path)).toEqual({ owners: [], line: undefined });
    }
  });
});

describe('pattern details', () => {
  const table: readonly [string, string, boolean][] = [
    ['/*', 'README.md', true],
    ['/*', 'docs/README.md', false],
    ['/*/', 'docs/README.md', true],
    ['*', 'a/b/c', true],
    ['f?o', 'x/foo', true],
    ['f?o', 'x/fo', false],
    ['f?o', 'x/f/o', false],
    ['a*b', 'a/b', false],
    ['/a/*/c', 'a/b/c', true],
    ['/a/*/c', 'a/b/x/c', false],
    ['/a/**/c', 'a/c', true],
    ['/a/**/c', 'a/b/x/c/d', true],
    ['/a/**', 'a', false],
    ['/a/**', 'a/b/c', true],
    ['**', 'anything/at/all', true],
    ['a/b', 'a/b/c', true],
    ['a/b', 'x/a/b', false],
    ['/f\\*o', 'f*o', true],
    ['/f\\*o', 'foo', false],
    ['/with\\ space', 'with space', true],
    ['/a.b', 'aXb', false],
    ['/a+(b)', 'a+(b)', true],
    ['/réservé/', 'réservé/x', true],
  ];
  for (const [pattern, path, expected] of table) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      const compiled = compilePattern(pattern);
      expect(compiled.ok && matchesPath(compiled.pattern, path)).toBe(expected);
    });
  }
});

describe('parseCodeowners', () => {
  it('skips comments, blank lines, indentation and CRLF endings; keeps line numbers', () => {
    const f = parse('# top\r\n\r\n   \t\r\n  /a/ @x   @y\t# trailing comment\r\n');
    expect(f.diagnostics).toEqual([]);
    expect(f.rules.map((r) => [r.line, r.owners])).toEqual([[4, [owner('x'), owner('y')]]]);
  });

  it('reads users, teams (case-folded) and emails, each once per line', () => {
    const f = parse('/a/ @Alice @Acme/Payments-Leads ops@example.com @alice\n');
    expect(f.rules[0]?.owners).toEqual([
      { kind: 'user', login: 'Alice' },
      { kind: 'team', org: 'acme', slug: 'payments-leads' },
      { kind: 'email', email: 'ops@example.com' },
    ]);
  });

  it('reports `!` negation, `[ ]` ranges and an escaped leading `#` as errors and skips those lines', () => {
    const f = parse('* @all\n!/docs/ @x\n*.[ch] @x\n\\#notes @x\n/ok/ @ok\n');
    expect(f.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['E_CODEOWNERS_NEGATION', 2, 1],
      ['E_CODEOWNERS_CHAR_RANGE', 3, 1],
      ['E_CODEOWNERS_ESCAPED_COMMENT', 4, 1],
    ]);
    expect(f.rules.map((r) => r.line)).toEqual([1, 5]);
    expect(f.invalid.map((i) => i.line)).toEqual([2, 3, 4]);
    expect(ownersOf(f.rules, 'docs/x.md').owners).toEqual([owner('all')]);
    expect(ownersOf(f.rules, 'x.c').owners).toEqual([owner('all')]);
  });

  it('reports malformed patterns', () => {
    for (const pattern of ['/', 'a//b', '***', '/a/***/b', 'a#b']) {
      expect(codesOf(`${pattern} @x\n`), pattern).toEqual([['E_CODEOWNERS_BAD_PATTERN', 1]]);
    }
    // A dangling escape at the end of the line.
    expect(codesOf('/trailing\\\n')).toEqual([['E_CODEOWNERS_BAD_PATTERN', 1]]);
    // ...whereas an escaped space belongs to the pattern.
    expect(codesOf('/trailing\\ @x\n')).toEqual([]);
  });

  it('reports invalid owners and skips the whole line', () => {
    for (const bad of ['@-bad', '@a--b', '@acme/', '@acme/team/x', 'not-an-owner', '@a#b', 'x@y', '@acme/Bad!', '@' + 'a'.repeat(40)]) {
      const f = parse(`/policies/ @security ${bad}\n`);
      expect(
        f.diagnostics.map((d) => [d.code, d.line, d.column]),
        bad,
      ).toEqual([['E_CODEOWNERS_BAD_OWNER', 1, 22]]);
      expect(f.rules, bad).toEqual([]);
      expect(f.invalid[0]?.loose, bad).toBeDefined();
    }
  });

  it('skips a line holding bidirectional, zero-width or control characters', () => {
    for (const ch of ['\u202E', '\u200B', '\u0007', '\r']) {
      const f = parse(`* @all\n/policies/${ch} @x\n`);
      expect(f.diagnostics.map((d) => [d.code, d.line])).toEqual([['E_CODEOWNERS_ENCODING', 2]]);
      expect(f.rules.map((r) => r.line)).toEqual([1]);
    }
  });

  it('never echoes file content in messages', () => {
    const f = parse('SECRETPATTERN[x] @x\n/ok/ @SECRETOWNER!\n!SECRETNEG @x\n');
    expect(f.diagnostics).toHaveLength(3);
    for (const d of f.diagnostics) expect(d.message).not.toMatch(/SECRET/);
  });

  it('accepts a UTF-8 byte order mark and refuses invalid UTF-8', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('* @all\n')]);
    expect(ownersOf(parseCodeowners(bom, 'CODEOWNERS').rules, 'x').owners).toEqual([owner('all')]);
    expect(ownersOf(parseCodeowners('\uFEFF* @all\n', 'CODEOWNERS').rules, 'x').owners).toEqual([owner('all')]);
    const broken = parseCodeowners(new Uint8Array([0x2a, 0x20, 0x40, 0xff, 0x0a]), 'CODEOWNERS');
    expect(broken.loaded).toBe(false);
    expect(broken.diagnostics.map((d) => d.code)).toEqual(['E_CODEOWNERS_ENCODING']);
  });

  it(`ignores a file of ${CODEOWNERS_MAX_BYTES} bytes or more, measured in bytes`, () => {
    const rule = '* @all\n';
    const pad = (bytes: number) => rule + '#'.repeat(bytes - rule.length);
    const under = parse(pad(CODEOWNERS_MAX_BYTES - 1));
    expect(under.loaded).toBe(true);
    expect(under.rules).toHaveLength(1);
    const at = parse(pad(CODEOWNERS_MAX_BYTES));
    expect(at.loaded).toBe(false);
    expect(at.rules).toEqual([]);
    expect(at.diagnostics.map((d) => d.code)).toEqual(['E_CODEOWNERS_TOO_LARGE']);
    // 1.5 million two-byte characters: few characters, too many bytes.
    const wide = parse(rule + '#' + 'é'.repeat(CODEOWNERS_MAX_BYTES / 2));
    expect(wide.loaded).toBe(false);
    const bytes = parseCodeowners(new Uint8Array(CODEOWNERS_MAX_BYTES).fill(0x23), 'CODEOWNERS');
    expect(bytes.diagnostics.map((d) => d.code)).toEqual(['E_CODEOWNERS_TOO_LARGE']);
  });
});

describe('file location', () => {
  const files = (present: Record<string, string>) => (path: string) => present[path];

  it('prefers .github/, then the root, then docs/', () => {
    const all = { '.github/CODEOWNERS': '* @gh\n', CODEOWNERS: '* @root\n', 'docs/CODEOWNERS': '* @docs\n' };
    expect(selectCodeowners(files(all))?.path).toBe('.github/CODEOWNERS');
    const { ['.github/CODEOWNERS']: _gh, ...rootAndDocs } = all;
    expect(selectCodeowners(files(rootAndDocs))?.path).toBe('CODEOWNERS');
    expect(selectCodeowners(files({ 'docs/CODEOWNERS': '* @docs\n' }))?.path).toBe('docs/CODEOWNERS');
    const loaded = loadCodeowners(files(rootAndDocs));
    expect(ownersOf(loaded.rules, 'x').owners).toEqual([owner('root')]);
    expect(loaded.path).toBe('CODEOWNERS');
  });

  it('does not fall back past an unusable first file', () => {
    const read = files({ '.github/CODEOWNERS': '#'.repeat(CODEOWNERS_MAX_BYTES), CODEOWNERS: '* @root\n' });
    const loaded = loadCodeowners(read);
    expect(loaded.path).toBe('.github/CODEOWNERS');
    expect(loaded.loaded).toBe(false);
    expect(loaded.rules).toEqual([]);
  });

  it('an empty first file still wins', () => {
    const loaded = loadCodeowners(files({ '.github/CODEOWNERS': '', CODEOWNERS: '* @root\n' }));
    expect(loaded.loaded).toBe(true);
    expect(ownersOf(loaded.rules, 'x')).toEqual({ owners: [], line: undefined });
  });

  it('reports a missing file', () => {
    const loaded = loadCodeowners(() => undefined);
    expect(loaded.loaded).toBe(false);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['E_CODEOWNERS_MISSING']);
  });
});
