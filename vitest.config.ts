import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Once per run: dist/ for the tests that need the bundles, and the template PostgreSQL cluster.
    globalSetup: ['test/support/global-setup.ts'],
    // In every test file: the ledger's spec checks of the built-in providers (src/ledger/spec-check.ts).
    setupFiles: ['test/support/providers-setup.ts'],
    // Postgres-backed suites start their own embedded server; keep parallelism
    // modest so a 2-core CI machine is not oversubscribed.
    maxWorkers: 2,
    // Test files of a worker share its module graph instead of each importing
    // src/ and the providers' SDKs again (over half of the suite's CPU time
    // went to that). Every file still runs the setup file above, and the
    // files that change process-wide state (environment variables, the
    // provider registry) put it back when they finish.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
