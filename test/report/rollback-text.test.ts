import { describe, expect, it } from 'vitest';
import { rollbackText, type RollbackReport } from '../../src/report/rollback-text.js';

const base: RollbackReport = {
  id: 'alice-inc-4211',
  path: 'access-requests/alice-inc-4211.yaml',
  failed: { target: 'orders-b', reason: 'permission denied for table orders' },
  targets: [
    { target: 'orders-prod', status: 'rolled_back' },
    { target: 'orders-b', status: 'rolled_back' },
    { target: 'orders-c', status: 'untouched' },
  ],
};

describe('the text of a grant that failed on a provider', () => {
  it('names the failing target and what became of every target; all rolled back means nothing is in effect', () => {
    const text = rollbackText(base);
    expect(text.split('\n')).toEqual([
      'Granting `alice-inc-4211` (access-requests/alice-inc-4211.yaml) failed on `orders-b`: permission denied for table orders',
      '',
      'What apply did with each target:',
      '',
      '- `orders-prod`: rolled back (revoked, verified by reading the provider back)',
      '- `orders-b`: rolled back (revoked, verified by reading the provider back)',
      '- `orders-c`: not attempted, nothing was changed',
      '',
      'Nothing of this request is in effect. Nothing was recorded as granted; once the cause is fixed, open a new request under a new file name (ids are never reused).',
    ]);
  });

  it('says how many targets may still hold it and that the revoke job removes it', () => {
    const two = rollbackText({
      ...base,
      targets: [
        { target: 'orders-prod', status: 'not_rolled_back', reason: 'timeout' },
        { target: 'orders-b', status: 'not_rolled_back', reason: 'refused' },
      ],
    });
    expect(two).toContain('- `orders-prod`: **not rolled back**: timeout');
    expect(two).toContain('2 targets could not be rolled back and may still hold what was applied there. The revoke job removes it on its next run');
    expect(two).not.toContain('Nothing of this request is in effect');
  });

  it('keeps provider messages inert: no mention, no HTML, no code span broken out of', () => {
    const text = rollbackText({ ...base, failed: { target: 'orders-b', reason: 'role "@acme/security" <img src=x> `x`\n::error::y' } });
    expect(text).not.toMatch(/@acme|<img|`x`|\n::error/);
    expect(text).toContain('&#64;acme/security');
  });
});
