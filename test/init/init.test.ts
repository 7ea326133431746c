import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { fillPlaceholders } from '../support/init-world.js';

/**
 * `grantbook init`: what it writes into an empty repository, that its
 * workflows are this repository's own but for the action reference, that it
 * never overwrites anything, and that its placeholders fail validation until
 * they are filled in.
 */
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const REF = `acme/grantbook@${SHA}`;
const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'grantbook-init-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const init = (dir: string, ...extra: string[]) => runCli(['init', '--org', 'acme', '--action-ref', REF, '--dir', dir, ...extra]);
const read = (dir: string, rel: string) => readFileSync(path.join(dir, rel), 'utf8');

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, path.posix.join(prefix, e.name)) : [path.posix.join(prefix, e.name)],
  );
}

describe('grantbook init', () => {
  it('scaffolds an empty repository and ends with the steps left to do', async () => {
    const dir = tempDir();
    const run = await init(dir);
    expect(run.code, run.stderr).toBe(0);
    const expected = [
      '.github/CODEOWNERS',
      '.github/workflows/access-apply.yml',
      '.github/workflows/access-check.yml',
      '.github/workflows/access-revoke.yml',
      'access-requests/README.md',
      'policies/break-glass.yaml',
      'policies/identities.yaml',
      'policies/oncall.yaml',
      'policies/orders-readonly.yaml',
      'policies/targets.yaml',
      'schemas/access-request.schema.json',
      'schemas/identities.schema.json',
      'schemas/profile.schema.json',
      'schemas/targets.schema.json',
    ];
    expect(listFiles(dir).sort()).toEqual(expected);
    for (const f of expected) expect(run.stdout).toContain(`wrote   ${f}`);
    expect(run.stdout).toContain('require the status check "access-check"');
    expect(run.stdout).toContain('grantbook doctor --repo');
    expect(read(dir, '.github/CODEOWNERS')).toContain('/policies/             @acme/security');
  });

  it("writes this repository's own workflows, the action reference apart", async () => {
    const dir = tempDir();
    await init(dir);
    for (const file of ['access-check.yml', 'access-apply.yml', 'access-revoke.yml']) {
      const own = read('.github/workflows', file);
      const written = read(dir, `.github/workflows/${file}`);
      expect(own).toMatch(/^\s+(?:- )?uses: \.\/$/m);
      expect(written.replaceAll(`uses: ${REF}\n`, 'uses: ./\n'), file).toBe(own);
      expect(written, file).not.toMatch(/uses: \.\//);
    }
  });

  it('writes the published schemas', async () => {
    const dir = tempDir();
    await init(dir);
    for (const name of readdirSync('schemas')) expect(JSON.parse(read(dir, `schemas/${name}`)), name).toEqual(JSON.parse(read('schemas', name)));
  });

  it.each([
    ['a tag', 'acme/grantbook@v1'],
    ['a branch', 'acme/grantbook@main'],
    ['a short SHA', `acme/grantbook@${SHA.slice(0, 12)}`],
    ['an upper-case SHA', `acme/grantbook@${SHA.toUpperCase()}`],
    ['no owner', `grantbook@${SHA}`],
  ])('refuses %s as the action reference and writes nothing', async (_what, ref) => {
    const dir = tempDir();
    const run = await runCli(['init', '--org', 'acme', '--action-ref', ref, '--dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--action-ref must/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('needs an organization', async () => {
    const dir = tempDir();
    expect((await runCli(['init', '--action-ref', REF, '--dir', dir])).code).toBe(2);
    expect((await runCli(['init', '--org', 'a/b', '--action-ref', REF, '--dir', dir])).code).toBe(2);
  });

  it('lists what it would write with --dry-run, and writes nothing', async () => {
    const dir = tempDir();
    const run = await init(dir, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('write   .github/workflows/access-check.yml');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never overwrites a file, passes the secrets an existing targets.yaml names, and says what it left alone', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'policies'));
    const targets = ['targets:', '  billing:', '    provider: postgres', '    connection_env: BILLING_DB_URL', '    grantor_role: grantbook_grantor', ''].join(
      '\n',
    );
    writeFileSync(path.join(dir, 'policies/targets.yaml'), targets);
    const run = await init(dir);
    expect(run.stdout).toContain('kept    policies/targets.yaml  (exists and differs; left as it is)');
    expect(read(dir, 'policies/targets.yaml')).toBe(targets);
    const apply = read(dir, '.github/workflows/access-apply.yml');
    expect(apply).toContain('BILLING_DB_URL: ${{ secrets.BILLING_DB_URL }}');
    expect(apply).not.toContain('GRANTBOOK_PG_ORDERS_PROD');
    const again = await init(dir);
    expect(again.stdout).toContain('same    .github/workflows/access-apply.yml');
    expect(again.stdout).not.toContain('wrote');
  });

  it('writes nothing through a symbolic link', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, path.join(dir, '.github'));
    const run = await init(dir);
    expect(run.stdout).toContain('blocked .github/workflows/access-check.yml');
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(path.join(dir, 'policies/targets.yaml'))).toBe(true);
  });

  it('leaves placeholders that validate flags, each of them, until they are filled in', async () => {
    const dir = tempDir();
    await init(dir);
    const before = await runCli(['validate'], { cwd: dir });
    expect(before.code).toBe(1);
    const placeholders = listFiles(dir)
      .filter((f) => f.startsWith('policies/'))
      .flatMap((f) =>
        read(dir, f)
          .split('\n')
          .flatMap((line, i) => [...line.matchAll(/<[a-z.-]+>/g)].map((m) => `${f}:${i + 1}:${(m.index ?? 0) + 1}`)),
      );
    expect(placeholders.length).toBeGreaterThan(10);
    // One diagnostic per placeholder, at its line and column.
    const flagged = before.stdout
      .split('\n')
      .map((l) => /^(\S+:\d+:\d+) /.exec(l)?.[1])
      .filter((x) => x !== undefined);
    expect(flagged.sort()).toEqual(placeholders.sort());

    fillPlaceholders(dir, { login: 'alice', id: 583231 });
    const after = await runCli(['validate'], { cwd: dir });
    expect(after.stdout + after.stderr).not.toContain('E_');
    expect(after.code).toBe(0);
  });
});
