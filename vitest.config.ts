import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Files that mostly wait on the wall clock (a grant of one minute waited
 * out inside MariaDB) start first: a clean clone has no timings to order
 * by, and a one-minute wait begun last would add its minute to the run.
 */
const WAITS_ON_THE_CLOCK = ['test/providers/mysql/backstop.test.ts'];

class ClockWaitsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // A renamed or moved file would silently lose its place at the front (and add its minute to the run).
    const gone = WAITS_ON_THE_CLOCK.filter((w) => !existsSync(path.resolve(this.ctx.config.root, w)));
    if (gone.length > 0) throw new Error(`vitest.config.ts WAITS_ON_THE_CLOCK names files that do not exist: ${gone.join(', ')}`);
    const sorted = await super.sort(files);
    const waits = (f: TestSpecification): boolean => WAITS_ON_THE_CLOCK.some((w) => f.moduleId.endsWith(w));
    return [...sorted.filter(waits), ...sorted.filter((f) => !waits(f))];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Once per run: dist/ for the tests that need the bundles, and the template PostgreSQL cluster.
    globalSetup: ['test/support/global-setup.ts'],
    // In every test file: the ledger's spec checks of the built-in providers (src/ledger/spec-check.ts).
    setupFiles: ['test/support/providers-setup.ts'],
    // Two files per core: a test file mostly waits (on the GitHub stand-in's
    // HTTP round trips and git calls, on PostgreSQL and MariaDB, on the
    // processes it starts), using about a third of one core over its run, so
    // one file per core left the cores idle about half the time.
    // At most eight: each may run a PostgreSQL or MariaDB server.
    maxWorkers: Math.min(2 * availableParallelism(), 8),
    // Test files of a worker share its module graph instead of each importing
    // src/ and the providers' SDKs again (over half of the suite's CPU time
    // went to that). Every file still runs the setup file above, and the
    // files that change process-wide state (environment variables, the
    // provider registry) put it back when they finish.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    sequence: { sequencer: ClockWaitsFirst },
  },
});
