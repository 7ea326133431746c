/**
 * Apply of one request end to end, as GitHub runs it: the built
 * dist/index.js as a process for a push to main, from process start to the
 * ledger commit, against the local stand-in and an embedded PostgreSQL,
 * next to `node -e 0` started the same way. Each run applies a fresh
 * request (ids are never reused), merged and approved beforehand.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { startWorld } from '../demo/world.js';
import { buildAll } from '../scripts/build.mjs';
import { runApplyStep } from '../test/support/apply-action.js';
import { spawnNode } from '../test/support/check/action.js';
import type { BenchResult } from './support/types.js';

const run = promisify(execFile);
const RUNS = 5;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export async function run_(): Promise<BenchResult[]> {
  const out = await mkdtemp(path.join(tmpdir(), 'grantbook-bench-apply-'));
  const world = await startWorld(process.cwd(), () => Date.now());
  try {
    await buildAll(out);
    const request = await readFile('access-requests/alice-inc-4211.yaml', 'utf8');
    const applyMs: number[] = [];
    const nodeMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const before = await world.gh.refSha('main');
      const branch = `bench-${i}`;
      await world.gh.commit({ branch, from: before, author: 'alice', files: { [`access-requests/alice-bench-${i}.yaml`]: request } });
      const number = await world.gh.openPull({ head: branch, author: 'alice' });
      await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
      const merged = await world.gh.merge(number, { by: 'bob', method: 'merge' });
      await world.checkout();
      await run('git', ['-C', world.clone, 'checkout', '--quiet', merged.sha]);
      const result = await runApplyStep(world, path.join(out, 'index.js'), { before: before ?? '', after: merged.sha, runId: String(100 + i) });
      if (result.code !== 0 || result.outputs.decision !== 'granted') throw new Error(`apply did not grant: ${result.stdout}${result.stderr}`);
      applyMs.push(result.ms);
      const start = performance.now();
      await spawnNode(['-e', '0'], { PATH: process.env.PATH ?? '/usr/bin:/bin' });
      nodeMs.push(performance.now() - start);
    }
    const apply = median(applyMs);
    const node = median(nodeMs);
    return [
      {
        name: 'apply of one request, process start to ledger commit, median',
        value: Math.round(apply),
        unit: 'ms',
        baseline: { name: 'node -e 0, same environment', value: Math.round(node) },
        ratio: apply / node,
      },
    ];
  } finally {
    await world.stop();
    await rm(out, { recursive: true, force: true });
  }
}

export { run_ as run };
