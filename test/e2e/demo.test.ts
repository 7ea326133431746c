import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('grantbook demo', () => {
  it('walks one request through its whole life and says so step by step', async () => {
    const run = await runCli(['demo'], { cwd: process.cwd() });
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
    ];
    let at = 0;
    for (const text of order) {
      const found = out.indexOf(text, at);
      expect(found, `"${text}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
  }, 120_000);
});
