import { describe, expect, it } from 'vitest';
import { ownersOf, parseCodeowners } from '../../src/policy/codeowners.js';
import { compilePattern, matchesPath } from '../../src/policy/codeowners-pattern.js';

/**
 * Every pattern in the example file of GitHub's "About code owners" page, with
 * paths the page says (or implies) it does and does not match.
 */
const DOCUMENTED: readonly { pattern: string; matches: string[]; misses: string[] }[] = [
  { pattern: '*', matches: ['README.md', 'src/app/main.ts', '.github/CODEOWNERS'], misses: [] },
  { pattern: '*.js', matches: ['app.js', 'src/deep/app.js'], misses: ['app.jsx', 'app.ts', 'app.JS'] },
  { pattern: '*.go', matches: ['main.go', 'cmd/tool/main.go'], misses: ['main.gox', 'go'] },
  { pattern: '*.txt', matches: ['notes.txt', 'a/b/notes.txt'], misses: ['notes.md', 'txt'] },
  {
    pattern: '/build/logs/',
    matches: ['build/logs/app.log', 'build/logs/2024/01/app.log'],
    misses: ['build/logs', 'src/build/logs/app.log', 'build/logs2/app.log', 'build/app.log'],
  },
  {
    pattern: 'docs/*',
    matches: ['docs/getting-started.md'],
    misses: ['docs/build-app/troubleshooting.md', 'docs', 'site/docs/getting-started.md'],
  },
  {
    pattern: 'apps/',
    matches: ['apps/index.js', 'web/apps/index.js', 'a/b/apps/c/d.js'],
    misses: ['apps', 'myapps/index.js', 'apps.js'],
  },
  {
    pattern: '/docs/',
    matches: ['docs/getting-started.md', 'docs/build-app/troubleshooting.md'],
    misses: ['docs', 'site/docs/getting-started.md'],
  },
  { pattern: '/scripts/', matches: ['scripts/deploy.sh', 'scripts/ci/lint.sh'], misses: ['tools/scripts/deploy.sh', 'scripts'] },
  {
    pattern: '**/logs',
    matches: ['build/logs/app.log', 'scripts/logs/run.log', 'deeply/nested/logs/x.log', 'logs/x.log', 'logs'],
    misses: ['build/logsx/app.log', 'build/mylogs/app.log'],
  },
  { pattern: '/apps/', matches: ['apps/github/index.js', 'apps/main.go'], misses: ['src/apps/main.go'] },
  { pattern: '/apps/github', matches: ['apps/github', 'apps/github/index.js', 'apps/github/a/b.js'], misses: ['apps/githubx', 'x/apps/github'] },
];

describe("CODEOWNERS patterns from GitHub's documentation", () => {
  for (const { pattern, matches, misses } of DOCUMENTED) {
    const compiled = compilePattern(pattern);
    it(`${pattern} compiles`, () => expect(compiled.ok).toBe(true));
    if (!compiled.ok) continue;
    for (const path of matches) {
      it(`${pattern} matches ${path}`, () => expect(matchesPath(compiled.pattern, path)).toBe(true));
    }
    for (const path of misses) {
      it(`${pattern} does not match ${path}`, () => expect(matchesPath(compiled.pattern, path)).toBe(false));
    }
  }
});

/** The whole example file as GitHub publishes it, inline comment and all. */
const EXAMPLE_FILE = `# This is a comment.
# Each line is a file pattern followed by one or more owners.

*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
/apps/ @octocat
/apps/github @doctocat
`;

describe('the documented example file', () => {
  const file = parseCodeowners(EXAMPLE_FILE, '.github/CODEOWNERS');

  it('parses without diagnostics', () => {
    expect(file.diagnostics).toEqual([]);
    expect(file.rules).toHaveLength(14);
  });

  const cases: readonly [string, number, unknown[]][] = [
    [
      'README.md',
      4,
      [
        { kind: 'user', login: 'global-owner1' },
        { kind: 'user', login: 'global-owner2' },
      ],
    ],
    ['src/index.js', 5, [{ kind: 'user', login: 'js-owner' }]],
    ['cmd/main.go', 6, [{ kind: 'email', email: 'docs@example.com' }]],
    ['notes/todo.txt', 7, [{ kind: 'team', org: 'octo-org', slug: 'octocats' }]],
    // `/docs/` (line 11) comes after `docs/*` (line 9), so it wins for direct children too.
    ['docs/getting-started.md', 11, [{ kind: 'user', login: 'doctocat' }]],
    ['docs/build-app/troubleshooting.md', 11, [{ kind: 'user', login: 'doctocat' }]],
    [
      'scripts/deploy.sh',
      12,
      [
        { kind: 'user', login: 'doctocat' },
        { kind: 'user', login: 'octocat' },
      ],
    ],
    // `**/logs` (line 13) is later than `/build/logs/` (line 8).
    ['build/logs/app.log', 13, [{ kind: 'user', login: 'octocat' }]],
    ['apps/main.go', 16, [{ kind: 'user', login: 'octocat' }]],
    ['apps/github/index.js', 17, [{ kind: 'user', login: 'doctocat' }]],
    ['web/apps/index.js', 10, [{ kind: 'user', login: 'octocat' }]],
  ];
  for (const [path, line, owners] of cases) {
    it(`${path} is owned through line ${line}`, () => {
      expect(ownersOf(file.rules, path)).toEqual({ owners, line });
    });
  }

  it('a line with no owners un-owns what an earlier line owned (/apps/github)', () => {
    const f = parseCodeowners('/apps/ @octocat\n/apps/github\n', 'CODEOWNERS');
    expect(ownersOf(f.rules, 'apps/github/index.js')).toEqual({ owners: [], line: 2 });
    expect(ownersOf(f.rules, 'apps/web/index.js')).toEqual({ owners: [{ kind: 'user', login: 'octocat' }], line: 1 });
    expect(ownersOf(f.rules, 'README.md')).toEqual({ owners: [], line: undefined });
  });
});
