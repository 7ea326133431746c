import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ is built once per run, for every test that needs the bundles.
    globalSetup: ['test/support/build-once.ts'],
    // Postgres-backed suites start their own embedded server; keep parallelism
    // modest so a 2-core CI machine is not oversubscribed.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
