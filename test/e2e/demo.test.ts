import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('grantbook demo', () => {
  it('walks one request through its whole life and says so step by step', async () => {
    const run = await runCli(['demo'], { cwd: process.cwd() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout;
    const order = [
      'alice opens a pull request',
      'decision: pending',
      'decision: approved',
      'apply: granted, until',
      'SELECT id, status, amount_cents ... -> 3 rows',
      'SELECT customer_email ... -> refused: permission denied',
      'revoke: revoked at',
      'alice runs the same query again',
      'SELECT id, status, amount_cents ... -> refused: permission denied',
      '3 events, chain intact.',
      'temporary files removed',
    ];
    let at = 0;
    for (const text of order) {
      const found = out.indexOf(text, at);
      expect(found, `"${text}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
  }, 120_000);
});
