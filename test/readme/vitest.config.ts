import { defineConfig } from 'vitest/config';

/**
 * The newcomer's check (readme-commands.check.ts): clones the repository and
 * runs the README's first two commands, the second of which is `npm test`.
 * It is not part of `npm test` itself, which would then run every test twice;
 * `.ci/run` runs it as a step of its own:
 *   npx vitest run --config test/readme/vitest.config.ts
 */
export default defineConfig({
  test: {
    include: ['test/readme/**/*.check.ts'],
    testTimeout: 30 * 60_000,
    reporters: ['default'],
  },
});
