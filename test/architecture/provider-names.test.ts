import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Provider knowledge lives in src/providers/<id>/ and reaches the rest of
 * the code through the descriptors and the registry. Outside src/providers/
 * no code names a built-in provider by its id, its privileges, its target
 * settings, its identity field or its grant kinds' fields, and none imports
 * a provider's folder.
 *
 * Not provider knowledge, and so not matched: the GitHub platform (src/github/,
 * the modes talking to GitHub's API, CODEOWNERS owners of kind `team`), and the
 * code tables' prose (src/shared/codes/, which documents the files users write).
 */
const ROOT = process.cwd();

const FORBIDDEN: readonly { readonly name: string; readonly re: RegExp }[] = [
  { name: 'a provider id as a string literal', re: /(['"`])(postgres|github)\1/ },
  { name: 'a provider folder imported', re: /from '[./]*providers\/(?:postgres|github)\/[^']*'/ },
  { name: "a provider's privileges", re: /\b(POSTGRES_PRIVILEGES|PostgresPrivilege|GITHUB_REPO_PERMISSIONS|GithubRepoPermission|NEVER_GRANTED)\b/ },
  { name: "a provider's target settings", re: /\.(connectionEnv|tokenEnv|grantorRole|protectedRoles|protectedTeams|protectedRepos)\b/ },
  { name: "a provider's identity field", re: /\bidentity\.postgres\b|\.principals\.get\('postgres'\)/ },
  { name: "a provider's target or spec type", re: /\b(PostgresTarget|GithubTarget|PostgresSpec|GithubSpec|TableSpec|TeamSpec|RepoSpec)\b/ },
  { name: 'a grant kind compared', re: /\b(spec|grant|g|s)\.kind\s*[!=]==\s*'(table|team|repo)'|case '(table|repo)':/ },
  { name: "a grant kind's fields read off a spec", re: /\bspec\.(schema|table|columns|privileges|team|repo|owner|org|permission)\b/ },
];

/**
 * Files that still carry provider knowledge, each with the reason, until it
 * moves behind the descriptors. The list only shrinks: a file that no
 * longer matches must be taken off it.
 */
const REMAINING: Readonly<Record<string, string>> = {
  'src/github/access-api.ts': 'the GitHub port implements the API the github provider talks through (GithubAccessApi)',
};

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listTs(full) : name.endsWith('.ts') ? [full] : [];
  });
}

function findings(root: string): { file: string; line: number; rule: string; text: string }[] {
  const out: { file: string; line: number; rule: string; text: string }[] = [];
  for (const full of listTs(path.join(root, 'src'))) {
    const file = path.relative(root, full).split(path.sep).join('/');
    if (file.startsWith('src/providers/') || file.startsWith('src/load/generated/') || file.startsWith('src/shared/codes/')) continue;
    readFileSync(full, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(text)) return;
        // Keys of a port picked by name (`Pick<Deps, 'github'>`: the GitHub platform port) are not provider ids.
        const code = text.replace(/\b(Pick|Omit)<[^>]*>/g, '');
        for (const rule of FORBIDDEN) if (rule.re.test(code)) out.push({ file, line: i + 1, rule: rule.name, text: text.trim() });
      });
  }
  return out;
}

describe('provider knowledge stays in src/providers/', () => {
  const found = findings(ROOT);

  it('no file outside src/providers/ names a provider, its privileges, settings or kinds (but the listed ones)', () => {
    expect(found.filter((f) => !Object.hasOwn(REMAINING, f.file))).toEqual([]);
  });

  it('every listed file still needs its entry', () => {
    const stale = Object.keys(REMAINING).filter((file) => !found.some((f) => f.file === file));
    expect(stale).toEqual([]);
  });

  it('is enforced: the shapes of the old provider knowledge are caught', () => {
    const samples = [
      "return target.provider === 'postgres' ? identity.postgres : identity.login;",
      "import { isTableSpec } from '../providers/postgres/spec.js';",
      'const privileges = POSTGRES_PRIVILEGES;',
      'const env = target.connectionEnv;',
      "if (spec.kind === 'table') return spec.schema;",
      "const PROVIDER_OF = { table: 'postgres', team: 'github', repo: 'github' };",
    ];
    for (const sample of samples)
      expect(
        FORBIDDEN.some((rule) => rule.re.test(sample)),
        sample,
      ).toBe(true);
    // The GitHub platform is not a provider: CODEOWNERS owners of kind team, the GitHub port.
    for (const sample of ["if (o.kind === 'team') add(o.org, o.slug);", "import { createGithubClient } from '../github/client.js';"]) {
      expect(
        FORBIDDEN.some((rule) => rule.re.test(sample)),
        sample,
      ).toBe(false);
    }
  });
});
