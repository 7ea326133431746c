/**
 * Apply of one request end to end, as GitHub runs it: the built
 * dist/index.js as a process for a push to main, from process start to the
 * ledger commit, against the local stand-in and an embedded PostgreSQL,
 * next to `node -e 0` started the same way. Each run applies a fresh
 * request (ids are never reused), merged and approved beforehand.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { CONNECTION_ENV, GITHUB_TOKEN_ENV, startWorld, TOKEN } from '../demo/world.js';
import { buildAll } from '../scripts/build.mjs';
import { actionEnv, spawnNode } from '../test/support/check/action.js';
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
      const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-bench-step-'));
      try {
        const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), home: dir };
        const payload = { ref: 'refs/heads/main', before, after: merged.sha, repository: { default_branch: 'main' } };
        await writeFile(files.event, JSON.stringify(payload));
        await writeFile(files.output, '');
        await writeFile(files.summary, '');
        const env = {
          ...actionEnv({ script: '', eventName: 'push', payload, apiUrl: world.gh.url, repository: `${world.gh.owner}/${world.gh.repo}`, token: TOKEN, workingDirectory: world.clone, command: 'apply' }, files),
          GITHUB_RUN_ID: String(100 + i),
          GITHUB_WORKFLOW_REF: 'acme/access/.github/workflows/access-apply.yml@refs/heads/main',
          [CONNECTION_ENV]: world.db.grantorUrl,
          [GITHUB_TOKEN_ENV]: TOKEN,
        };
        let start = performance.now();
        const result = await spawnNode([path.join(out, 'index.js')], env);
        applyMs.push(performance.now() - start);
        if (result.code !== 0 || !(await readFile(files.output, 'utf8')).includes('granted')) throw new Error(`apply did not grant: ${result.stdout}${result.stderr}`);
        start = performance.now();
        await spawnNode(['-e', '0'], env);
        nodeMs.push(performance.now() - start);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
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
