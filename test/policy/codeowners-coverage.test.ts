import { describe, expect, it } from 'vitest';
import { CODEOWNERS_MAX_BYTES, parseCodeowners } from '../../src/policy/codeowners.js';
import { coverageErrors } from '../../src/policy/codeowners-coverage.js';
import { compilePattern, mayMatchUnder } from '../../src/policy/codeowners-pattern.js';

const PATH = '.github/CODEOWNERS';

describe('mayMatchUnder', () => {
  const table: readonly [string, string, boolean][] = [
    ['*', 'access-requests/', true],
    ['*.yaml', 'access-requests/', true],
    ['README.md', 'policies/', true], // unanchored: policies/README.md
    ['/access-requests/', 'access-requests/', true],
    ['/access-requests/payments/', 'access-requests/', true],
    ['/access-requests', 'access-requests/', true],
    ['/access-requests/*.yaml', 'access-requests/', true],
    ['/access-*/', 'access-requests/', true],
    ['/*/', 'policies/', true],
    ['/*', 'policies/', false], // top-level entries only, never below them
    ['/docs/', 'access-requests/', false],
    ['docs/*', 'access-requests/', false],
    ['/src/**/*.ts', 'policies/', false],
    ['/Access-Requests/', 'access-requests/', false],
    ['**/logs', 'access-requests/', true],
    ['/**/workflows/', '.github/', true],
    ['/.github/workflows/', '.github/', true],
    ['/.github/workflows/', '.github/workflows/', true],
    ['/.github/', '.github/workflows/', true],
    ['/.github/dependabot.yml', '.github/workflows/', false],
    ['/policies.md', 'policies/', false],
  ];
  for (const [pattern, prefix, expected] of table) {
    it(`${pattern} ${expected ? 'can' : 'cannot'} match below ${prefix}`, () => {
      const compiled = compilePattern(pattern);
      expect(compiled.ok).toBe(true);
      if (compiled.ok) expect(mayMatchUnder(compiled.pattern, prefix)).toBe(expected);
    });
  }
});

describe('coverageErrors', () => {
  const FILE = [
    '* @acme/security', //                 1
    '/docs/ @docs', //                     2
    '/access-requests/payments/ @pay', //  3
    '# a comment', //                      4
    '/src/**/*.ts @dev', //                5
    '*.md @writers', //                    6
    '/*  @root-files', //                  7
  ].join('\n');
  const file = parseCodeowners(FILE, PATH);
  const codes = (errs: Parameters<typeof coverageErrors>[1], f = file) => coverageErrors(f, errs).map((d) => [d.code, d.line, d.severity]);

  it('has nothing to say about a clean file', () => {
    expect(file.diagnostics).toEqual([]);
    expect(coverageErrors(file, [])).toEqual([]);
  });

  it('fails closed for an error on a line that could cover a critical path', () => {
    expect(codes([{ line: 1, kind: 'Unknown owner' }])).toEqual([['E_CODEOWNERS_CRITICAL_LINE_ERROR', 1, 'error']]);
    expect(codes([{ line: 3, kind: 'Unknown owner' }])).toEqual([['E_CODEOWNERS_CRITICAL_LINE_ERROR', 3, 'error']]);
    expect(codes([{ line: 6, kind: 'Unknown owner' }])).toEqual([['E_CODEOWNERS_CRITICAL_LINE_ERROR', 6, 'error']]);
  });

  it('only warns for an error on a line that cannot touch critical paths', () => {
    expect(
      codes([
        { line: 2, kind: 'Unknown owner' },
        { line: 5, kind: 'Unknown owner' },
        { line: 7, kind: 'Unknown owner' },
      ]),
    ).toEqual([
      ['E_CODEOWNERS_LINE_ERROR', 2, 'warning'],
      ['E_CODEOWNERS_LINE_ERROR', 5, 'warning'],
      ['E_CODEOWNERS_LINE_ERROR', 7, 'warning'],
    ]);
  });

  it('assumes the worst for a line it cannot read or that GitHub numbers differently', () => {
    expect(codes([{ line: 4, kind: 'Invalid pattern' }])).toEqual([['E_CODEOWNERS_CRITICAL_LINE_ERROR', 4, 'error']]);
    expect(codes([{ line: 99, kind: 'Invalid pattern' }])).toEqual([['E_CODEOWNERS_CRITICAL_LINE_ERROR', 99, 'error']]);
    expect(codes([{ line: 2, kind: 'Unknown owner', path: 'CODEOWNERS' }])).toEqual([['E_CODEOWNERS_CRITICAL_LINE_ERROR', 2, 'error']]);
  });

  it('judges the lines this parser rejected as well, by a superset reading of their pattern', () => {
    const f = parseCodeowners(
      [
        '/docs/*.[ch] @x', //               1: range under docs/: harmless
        '/access-requests/[a-z]* @x', //    2: range under access-requests/
        '!/docs/ @x', //                    3: negated docs/: harmless
        '/policies/ @-not-a-login', //      4: bad owner on a critical path
        '/docs/ @-not-a-login', //          5: bad owner elsewhere
        'a#b @x', //                        6: unreadable
        '\\#notes @x', //                   7: escaped comment, unanchored
      ].join('\n'),
      PATH,
    );
    expect(f.rules).toEqual([]);
    expect(codes([], f)).toEqual([
      ['E_CODEOWNERS_LINE_ERROR', 1, 'warning'],
      ['E_CODEOWNERS_CRITICAL_LINE_ERROR', 2, 'error'],
      ['E_CODEOWNERS_LINE_ERROR', 3, 'warning'],
      ['E_CODEOWNERS_CRITICAL_LINE_ERROR', 4, 'error'],
      ['E_CODEOWNERS_LINE_ERROR', 5, 'warning'],
      ['E_CODEOWNERS_CRITICAL_LINE_ERROR', 6, 'error'],
      ['E_CODEOWNERS_CRITICAL_LINE_ERROR', 7, 'error'],
    ]);
    // The same line reported by both sides gives one diagnostic.
    expect(codes([{ line: 4, kind: 'Unknown owner' }], f).filter(([, line]) => line === 4)).toHaveLength(1);
  });

  it('fails closed when the file was not loaded', () => {
    const big = parseCodeowners('#'.repeat(CODEOWNERS_MAX_BYTES), PATH);
    expect(codes([], big)).toEqual([['E_CODEOWNERS_TOO_LARGE', undefined, 'error']]);
  });

  it('honours a caller-supplied list of prefixes', () => {
    const f = parseCodeowners('/docs/ @-bad\n', PATH);
    expect(coverageErrors(f, [], ['docs/']).map((d) => d.code)).toEqual(['E_CODEOWNERS_CRITICAL_LINE_ERROR']);
  });

  it('does not echo API-supplied text it cannot vouch for', () => {
    const [d] = coverageErrors(file, [{ line: 2, kind: 'Unknown owner `::error::x`' }]);
    expect(d?.message).toBe('CODEOWNERS line 2 has an error.');
    const [e] = coverageErrors(file, [{ line: 3, kind: 'Unknown owner' }]);
    expect(e?.message).toBe('CODEOWNERS line 3 has an error (Unknown owner) and could cover access-requests/.');
  });
});
