import { expect, it } from 'vitest';

// Run only by ./vitest.config.ts, whose run must then end with a non-zero exit code.
it('fails on purpose', () => {
  expect('red').toBe('green');
});
