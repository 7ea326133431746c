import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type DemoWorld } from '../../demo/world.js';
import { runApplyStep } from '../support/apply-action.js';
import { builtFile } from '../support/built-dist.js';

/** The built action run as a process for a push to main, as the runner would start it. */
const run = promisify(execFile);
let world: DemoWorld;

beforeAll(async () => {
  world = await startWorld(process.cwd(), () => Date.now());
}, 120_000);
afterAll(async () => {
  await world.stop();
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

    const result = await runApplyStep(world, builtFile('index.js'), { before: before ?? '', after: merged.sha, runId: '4242' });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'granted', requests: 'alice-inc-4211', 'reason-codes': '' });
    expect(result.summary).toContain('`alice-inc-4211`: granted until');
    expect(result.stdout).not.toContain(world.db.grantorUrl);
  }, 60_000);
});
