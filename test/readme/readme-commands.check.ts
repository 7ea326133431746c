import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A newcomer's first five minutes: clone the repository, run the two
 * commands the README opens with, exactly as written, and both pass. The
 * clone is of the committed HEAD, as a newcomer gets it.
 *
 * Run by `.ci/run` as a step of its own (test/readme/vitest.config.ts), not
 * by `npm test`: the second command IS `npm test`, so inside it this file
 * would run every test twice.
 */
const ROOT = process.cwd();

/** The first fenced sh block of the README, one command per line, comments removed. */
function readmeCommands(markdown: string): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

function sh(command: string, cwd: string): Promise<{ code: number | null; output: string }> {
  // The outer test runner's variables would make the inner one think it is a worker.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k)));
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd, env: { ...env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    // Colour codes would split the summary lines the assertions read.
    child.on('close', (code) => resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

const run = (args: string[], cwd: string) => sh(args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' '), cwd);

describe("the README's first two commands", () => {
  let clone = '';
  afterAll(async () => {
    if (clone !== '') await rm(clone, { recursive: true, force: true });
  });

  it('are the demo and the tests, and both pass in a fresh clone', { timeout: 15 * 60_000 }, async () => {
    const commands = readmeCommands(await readFile(path.join(ROOT, 'README.md'), 'utf8'));
    expect(commands).toEqual(['npm ci && npx grantbook demo', 'npm test']);

    clone = await mkdtemp(path.join(tmpdir(), 'grantbook-readme-'));
    const cloned = await run(['git', 'clone', '--quiet', ROOT, clone], ROOT);
    expect(cloned.code, cloned.output).toBe(0);

    const [demo, tests] = commands as [string, string];
    const first = await sh(demo, clone);
    expect(first.code, first.output.slice(-4000)).toBe(0);
    expect(first.output).toContain('Done: every step did what it said');

    const second = await sh(tests, clone);
    expect(second.code, second.output.slice(-4000)).toBe(0);
    expect(second.output).toMatch(/Tests\s+\d+ passed/);
    expect(second.output).not.toMatch(/\d+ failed/);
  });
});
