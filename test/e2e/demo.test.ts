import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtFile } from '../support/built-dist.js';

/**
 * `grantbook demo` the way the README's first command runs it: the built CLI
 * as a process, which loads the demo's own bundle (dist/demo.js) next to it.
 * The one test in `npm test` that runs the demo.
 */
function runBuiltCli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // What bin/grantbook.js does, with this run's build in place of the committed one.
  const bin = 'const { main } = await import(process.argv[1]); process.exitCode = await main(process.argv.slice(2));';
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', bin, builtFile('cli.js'), ...args],
      { cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
      },
    );
  });
}

describe('grantbook demo', () => {
  it('walks one request through its whole life and says so step by step', async () => {
    const run = await runBuiltCli(['demo']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout;
    // No literal value the grantee typed reaches the record (the narration of the query itself aside).
    const record = out.slice(out.indexOf('What the access was used for'), out.indexOf('alice runs the same query again'));
    expect(record).not.toMatch(/'paid'|1500/);
    const order = [
      'alice opens a pull request',
      'decision: pending',
      'decision: approved',
      'apply: granted, until',
      'SELECT id, status, amount_cents ... -> 3 rows',
      'SELECT customer_email ... -> refused: permission denied',
      'revoke: revoked at',
      'What the access was used for',
      '| `SELECT id, amount_cents FROM public.orders WHERE status = $1 AND amount_cents > $2 ORDER BY id` | 1 | 5 |',
      '| `SELECT id, status, amount_cents FROM public.orders ORDER BY id LIMIT $1` | 1 | 3 |',
      'alice runs the same query again',
      'SELECT id, status, amount_cents ... -> refused: permission denied',
      'activity baseline',
      '5 events, chain intact.',
      'temporary files removed',
      'Demo finished in',
    ];
    let at = 0;
    for (const text of order) {
      const found = out.indexOf(text, at);
      expect(found, `"${text}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
  }, 120_000);
});
