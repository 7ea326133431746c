/**
 * Cold start of the committed action: `node dist/index.js` as a fresh
 * process for a `check` with nothing to do (a pull request that touches no
 * file under access-requests/), against the local stand-in, next to
 * `node -e 0` started with the same environment, interleaved so both see the
 * same machine load. A check with nothing to do still asks GitHub which
 * files the pull request changes, so a third process shows the floor under
 * that: a bare script making the same one request with node:http. Also the
 * size of what a runner downloads and parses: every dist/*.js, raw and
 * gzipped, and the part of it a check with nothing to do loads.
 *
 * It builds nothing: it measures dist/ as committed (GRANTBOOK_BENCH_DIST
 * names another build directory, to compare a build before committing it).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { actionEnv, parseOutputs, spawnNode, type ActionStep } from '../test/support/check/action.js';
import { ROOT, seedFiles, startCheckFixture, TOKEN } from '../test/support/check/fixture.js';
import { builtFilesReached } from '../test/support/dist-graph.js';
import type { BenchResult } from './support/types.js';

const RUNS = 15;
const RATIO_TARGET = 2;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

async function timed(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; code: number; out: string }> {
  const start = performance.now();
  const r = await spawnNode(args, env);
  return { ms: performance.now() - start, code: r.code, out: r.stdout + r.stderr };
}

/** Raw and gzipped bytes of the .js files of the build directory (a split build has several). */
async function bundleSize(dir: string, only?: string): Promise<{ files: number; bytes: number; gzip: number }> {
  const names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.js') && (only === undefined || n === only)).sort();
  let bytes = 0;
  let gzip = 0;
  for (const name of names) {
    const body = await readFile(path.join(dir, name));
    bytes += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: names.length, bytes, gzip };
}

/** The least a check with nothing to do must do: ask for the file list, read it. */
function oneRequestScript(url: string): string {
  return [
    "import http from 'node:http';",
    `http.get(${JSON.stringify(url)}, { headers: { authorization: 'token ' + process.env['INPUT_GITHUB-TOKEN'], 'user-agent': 'bench', accept: 'application/vnd.github+json' } }, (res) => {`,
    "  let body = '';",
    "  res.on('data', (d) => { body += d; });",
    "  res.on('end', () => { if (res.statusCode !== 200 || !Array.isArray(JSON.parse(body))) process.exitCode = 3; });",
    '});',
    '',
  ].join('\n');
}

/**
 * Bytes of dist/index.js and every chunk it imports statically, plus the check
 * mode's chunk and its static imports: what a check with nothing to do loads.
 */
async function checkPathSize(dist: string): Promise<{ files: number; bytes: number }> {
  const entry = path.join(dist, 'index.js');
  const check = /import\("(\.\/chunks\/check-[^"]+)"\)/.exec(await readFile(entry, 'utf8'))?.[1];
  if (check === undefined) throw new Error('dist/index.js loads no check chunk');
  const reached = await builtFilesReached([entry, path.resolve(dist, check)], 'static');
  let bytes = 0;
  for (const file of reached) bytes += (await readFile(file)).length;
  return { files: reached.length, bytes };
}

export async function run(): Promise<BenchResult[]> {
  const dist = path.resolve(process.env.GRANTBOOK_BENCH_DIST ?? path.join(ROOT, 'dist'));
  const script = path.join(dist, 'index.js');
  const fx = await startCheckFixture({ seed: await seedFiles({}), checkSchemas: false });
  const home = await mkdtemp(path.join(tmpdir(), 'grantbook-bench-cold-'));
  try {
    const pr = await fx.openPull({ 'docs/runbook.md': 'How to page the on-call engineer.\n' });
    await fx.fetch('main');
    const step: ActionStep = {
      script,
      eventName: 'pull_request',
      payload: await fx.payload(pr.number),
      apiUrl: fx.gh.url,
      repository: `${fx.gh.owner}/${fx.gh.repo}`,
      token: TOKEN,
      workingDirectory: fx.clone,
    };
    const files = { event: path.join(home, 'event.json'), output: path.join(home, 'output'), summary: path.join(home, 'summary.md'), home };
    await writeFile(files.event, JSON.stringify(step.payload));
    const env = actionEnv(step, files);

    // One untimed run of each (disk cache), and proof the check had nothing to do.
    await writeFile(files.output, '');
    const first = await timed([script], env);
    const outputs = parseOutputs(await readFile(files.output, 'utf8'));
    if (first.code !== 0 || outputs.decision !== 'nothing-to-do') throw new Error(`check did not finish with nothing-to-do: ${first.out}`);
    await timed(['-e', '0'], env);
    const floorScript = path.join(home, 'one-request.mjs');
    await writeFile(floorScript, oneRequestScript(`${fx.gh.url}/repos/${fx.gh.owner}/${fx.gh.repo}/pulls/${pr.number}/files?per_page=100`));
    if ((await timed([floorScript], env)).code !== 0) throw new Error('the one-request script did not get the file list');
    fx.gh.requests.reset();

    const checkMs: number[] = [];
    const nodeMs: number[] = [];
    const floorMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await writeFile(files.output, '');
      const check = await timed([script], env);
      if (check.code !== 0) throw new Error(`check failed: ${check.out}`);
      checkMs.push(check.ms);
      nodeMs.push((await timed(['-e', '0'], env)).ms);
      floorMs.push((await timed([floorScript], env)).ms);
    }
    // The floor script's requests are not the check's.
    const calls = (fx.gh.requests.log.length - RUNS) / RUNS;
    const floor = median(floorMs);
    const check = median(checkMs);
    const node = median(nodeMs);
    const action = await bundleSize(dist, 'index.js');
    const reached = await checkPathSize(dist);
    const all = await bundleSize(dist);
    return [
      {
        name: 'cold start: check with nothing to do (process), median',
        value: Math.round(check),
        unit: 'ms',
        baseline: { name: 'node -e 0, same environment', value: Math.round(node) },
        ratio: check / node,
        target: `ratio <= ${RATIO_TARGET}`,
      },
      {
        name: 'floor: one GitHub request with node:http, nothing else, median',
        value: Math.round(floor),
        unit: 'ms',
        baseline: { name: 'node -e 0, same environment', value: Math.round(node) },
        ratio: floor / node,
      },
      {
        name: 'cold start: check with nothing to do, against that floor',
        value: Math.round(check),
        unit: 'ms',
        baseline: { name: 'one-request node:http script', value: Math.round(floor) },
        ratio: check / floor,
      },
      { name: 'API calls per check with nothing to do', value: calls, unit: 'calls' },
      { name: 'action bundle dist/index.js', value: action.bytes, unit: 'bytes' },
      { name: 'action bundle dist/index.js, gzip -9', value: action.gzip, unit: 'bytes' },
      { name: `what a check with nothing to do loads (${reached.files} files)`, value: reached.bytes, unit: 'bytes' },
      { name: `all of dist/ (${all.files} .js files)`, value: all.bytes, unit: 'bytes' },
    ];
  } finally {
    await rm(home, { recursive: true, force: true });
    await fx.stop();
  }
}
