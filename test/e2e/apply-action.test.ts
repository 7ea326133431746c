import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type DemoWorld } from '../../demo/world.js';
import { buildAll } from '../../scripts/build.mjs';
import { runApplyStep } from '../support/apply-action.js';

/** The built action run as a process for a push to main, as the runner would start it. */
const run = promisify(execFile);
let world: DemoWorld;
let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'grantbook-apply-dist-'));
  [world] = await Promise.all([startWorld(process.cwd(), () => Date.now()), buildAll(out)]);
}, 120_000);
afterAll(async () => {
  await world.stop();
  await rm(out, { recursive: true, force: true });
});

describe('dist/index.js with command apply', () => {
  it('grants a merged, approved request and writes its outputs', async () => {
    const request = await readFile('access-requests/alice-inc-4211.yaml', 'utf8');
    const before = await world.gh.refSha('main');
    await world.gh.commit({ branch: 'req', from: before, author: 'alice', files: { 'access-requests/alice-inc-4211.yaml': request } });
    const number = await world.gh.openPull({ head: 'req', author: 'alice' });
    await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
    const merged = await world.gh.merge(number, { by: 'bob', method: 'merge' });
    await world.checkout();
    await run('git', ['-C', world.clone, 'checkout', '--quiet', merged.sha]);

    const result = await runApplyStep(world, path.join(out, 'index.js'), { before: before ?? '', after: merged.sha, runId: '4242' });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'granted', requests: 'alice-inc-4211', 'reason-codes': '' });
    expect(result.summary).toContain('`alice-inc-4211`: granted until');
    expect(result.stdout).not.toContain(world.db.grantorUrl);
  }, 60_000);
});
