/**
 * The PR check as GitHub runs it: dist/index.js as a process against the
 * local stand-in. Counts API calls per check (at the stand-in) for one
 * request and 1, 30 and 150 reviews, with 3 and with 30 profiles in
 * policies/ (policy is read from the local clone, so profiles must cost no
 * calls), and times the whole process against `node -e 0` started the same way.
 *
 * The reviews are one owner's approval after N-1 comment-only reviews by
 * four other people: comments cost no membership look-ups, so the count
 * shows pagination alone. Each check is a first run (the comment is created).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { runAction, spawnNode, actionEnv, type ActionStep } from '../test/support/check/action.js';
import { ROOT, seedFiles, startCheckFixture, TOKEN, type CheckFixture } from '../test/support/check/fixture.js';
import { profileYaml, requestYaml } from '../test/support/check/requests.js';
import type { BenchResult } from './support/types.js';

const REVIEWS = [1, 30, 150] as const;
const CALL_TARGET = 8;
const TIMED_RUNS = 7;
const COMMENTERS = ['erin', 'carol', 'dave', 'sam'] as const;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** 27 more profiles, committed on main (the only base the check trusts): policies/ then holds 30. */
async function addProfiles(fx: CheckFixture): Promise<void> {
  const files = Object.fromEntries(Array.from({ length: 27 }, (_, i) => [`policies/generated-${i}.yaml`, profileYaml(`generated-${i}`, 'min: 1')]));
  await fx.gh.commit({ branch: 'main', author: 'sam', message: 'More profiles', files });
}

let ids = 0;
async function preparedPull(fx: CheckFixture, reviews: number): Promise<{ step: ActionStep; number: number }> {
  ids += 1;
  const pr = await fx.openPull({ [`access-requests/alice-inc-${5000 + ids}.yaml`]: requestYaml() });
  for (let i = 0; i < reviews - 1; i++) await fx.gh.review(pr.number, { user: COMMENTERS[i % COMMENTERS.length] ?? 'erin', state: 'COMMENTED' });
  await fx.gh.review(pr.number, { user: 'bob', state: 'APPROVED' });
  await fx.fetch('main');
  const step: ActionStep = {
    script: '',
    eventName: 'pull_request',
    payload: await fx.payload(pr.number),
    apiUrl: fx.gh.url,
    repository: `${fx.gh.owner}/${fx.gh.repo}`,
    token: TOKEN,
    workingDirectory: fx.clone,
  };
  return { step, number: pr.number };
}

export async function run(): Promise<BenchResult[]> {
  const dist = await mkdtemp(path.join(tmpdir(), 'grantbook-bench-dist-'));
  // The build script finds src/ from its own location, so it runs as a process from the checkout.
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--out', dist], { cwd: ROOT });
  const script = path.join(dist, 'index.js');
  const fx = await startCheckFixture({ seed: await seedFiles({}), checkSchemas: false });
  try {
    const results: BenchResult[] = [];
    const calls = new Map<string, number>();
    for (const profiles of [3, 30] as const) {
      if (profiles === 30) await addProfiles(fx);
      for (const reviews of REVIEWS) {
        const { step } = await preparedPull(fx, reviews);
        fx.gh.requests.reset();
        const out = await runAction({ ...step, script });
        if (out.outputs.decision !== 'approved') throw new Error(`check did not approve: ${out.stdout}`);
        const total = fx.gh.requests.log.length;
        calls.set(`${profiles}/${reviews}`, total);
        const same = profiles === 30 ? calls.get(`3/${reviews}`) : undefined;
        results.push({
          name: `API calls per check, ${profiles} profiles, ${reviews} review(s)`,
          value: total,
          unit: 'calls',
          ...(same !== undefined ? { baseline: { name: `3 profiles, ${reviews} review(s)`, value: same }, ratio: total / same } : {}),
          ...(reviews === 1 ? { target: `<= ${CALL_TARGET}` } : {}),
        });
      }
    }

    // Wall time of the whole step (30 profiles), re-run on the same head (comment unchanged),
    // against bare node: both spawned with the same environment and event file.
    const { step } = await preparedPull(fx, 1);
    const home = await mkdtemp(path.join(tmpdir(), 'grantbook-bench-home-'));
    const files = { event: path.join(home, 'event.json'), output: path.join(home, 'output'), summary: path.join(home, 'summary.md'), home };
    await writeFile(files.event, JSON.stringify(step.payload));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const env = actionEnv(step, files);
    const first = await spawnNode([script], env);
    if (first.code !== 0) throw new Error(`check failed: ${first.stdout}${first.stderr}`);
    const checkMs: number[] = [];
    const nodeMs: number[] = [];
    for (let i = 0; i < TIMED_RUNS; i++) {
      let t = performance.now();
      await spawnNode([script], env);
      checkMs.push(performance.now() - t);
      t = performance.now();
      await spawnNode(['-e', '0'], env);
      nodeMs.push(performance.now() - t);
    }
    await rm(home, { recursive: true, force: true });
    const check = median(checkMs);
    const node = median(nodeMs);
    results.push({
      name: 'wall time of one check (dist/index.js process, 1 review), median',
      value: Math.round(check),
      unit: 'ms',
      baseline: { name: 'node -e 0, same environment', value: Math.round(node) },
      ratio: check / node,
    });
    return results;
  } finally {
    await fx.stop();
    await rm(dist, { recursive: true, force: true });
  }
}
