import { defineConfig } from 'vitest/config';
import project from '../../../vitest.config.js';

/**
 * The project's own test configuration (its global setup, setup files and
 * workers) running one test that fails: test/test-run/exit-code.test.ts
 * holds that such a run exits non-zero, as `npm test` must.
 */
export default defineConfig({
  ...project,
  test: { ...project.test, include: ['test/test-run/failing/fails.fixture.ts'] },
});
