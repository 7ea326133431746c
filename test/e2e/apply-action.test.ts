import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTION_ENV, GITHUB_TOKEN_ENV, startWorld, TOKEN, type DemoWorld } from '../../demo/world.js';
import { buildAll } from '../../scripts/build.mjs';
import { actionEnv, parseOutputs, spawnNode } from '../support/check/action.js';

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

    const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-apply-step-'));
    try {
      const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), home: dir };
      const payload = { ref: 'refs/heads/main', before, after: merged.sha, repository: { default_branch: 'main' } };
      await writeFile(files.event, JSON.stringify(payload));
      await writeFile(files.output, '');
      await writeFile(files.summary, '');
      const env = {
        ...actionEnv(
          { script: '', eventName: 'push', payload, apiUrl: world.gh.url, repository: `${world.gh.owner}/${world.gh.repo}`, token: TOKEN, workingDirectory: world.clone, command: 'apply' },
          files,
        ),
        GITHUB_RUN_ID: '4242',
        GITHUB_WORKFLOW_REF: 'acme/access/.github/workflows/access-apply.yml@refs/heads/main',
        [CONNECTION_ENV]: world.db.grantorUrl,
        [GITHUB_TOKEN_ENV]: TOKEN,
      };
      const result = await spawnNode([path.join(out, 'index.js')], env);
      const outputs = parseOutputs(await readFile(files.output, 'utf8'));
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(outputs).toMatchObject({ decision: 'granted', requests: 'alice-inc-4211', 'reason-codes': '' });
      expect(await readFile(files.summary, 'utf8')).toContain('`alice-inc-4211`: granted until');
      expect(result.stdout).not.toContain(world.db.grantorUrl);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
