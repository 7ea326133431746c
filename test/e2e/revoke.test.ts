import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureMarker } from '../../src/report/markers.js';
import { VERSION } from '../../src/version.js';
import { builtFile } from '../support/built-dist.js';
import { actionEnv, parseOutputs, spawnNode } from '../support/check/action.js';
import { CONNECTION_ENV, HOUR, TOKEN, deadUrl, startRevokeFixture, type RevokeFixture } from '../support/revoke-fixture.js';
import { usePostgres } from '../support/use-postgres.js';

/**
 * The built action (dist/index.js, bundled fresh from src/) run as a process
 * with the environment a scheduled run gets, against the stand-in and a real
 * PostgreSQL. The process uses the system clock, so grants are seeded
 * relative to it.
 */
const server = usePostgres();
let fx: RevokeFixture;
beforeAll(async () => {
  fx = await startRevokeFixture(server());
}, 120_000);
afterAll(async () => {
  await fx.close();
});

async function step(o: { eventName?: string; env?: Record<string, string> } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-step-'));
  try {
    const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), home: dir };
    await writeFile(files.event, JSON.stringify({ schedule: '17,47 * * * *' }));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const base = actionEnv(
      {
        script: '',
        eventName: o.eventName ?? 'schedule',
        payload: {},
        apiUrl: fx.gh.url,
        repository: `${fx.gh.owner}/${fx.gh.repo}`,
        token: TOKEN,
        workingDirectory: dir,
        command: 'revoke',
      },
      files,
    );
    const env = {
      ...base,
      GITHUB_RUN_ID: '424242',
      GITHUB_WORKFLOW_REF: 'acme/access/.github/workflows/access-revoke.yml@refs/heads/main',
      [CONNECTION_ENV]: fx.db.grantorUrl,
      ...o.env,
    };
    const result = await spawnNode([builtFile('index.js')], env);
    return { ...result, outputs: parseOutputs(await readFile(files.output, 'utf8')), summary: await readFile(files.summary, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the action as a process: revoke', () => {
  it('a target down: exits 1 with decision=failed and opens an issue; the next run revokes, exits 0 and closes it', async () => {
    const g = await fx.seed('alice-inc-501', { grantedAt: Date.now() - 3 * HOUR });

    const down = await step({ env: { [CONNECTION_ENV]: await deadUrl() } });
    expect(down.code).toBe(1);
    expect(down.outputs).toMatchObject({ version: VERSION, decision: 'failed', 'reason-codes': 'E_REVOKE_TARGET_UNREACHABLE', requests: g.id });
    expect(down.stdout).toMatch(/^::error::Revocation is not complete: 1 revocation\(s\) failed/m);
    expect(fx.gh.state.issues.filter((i) => (i.body ?? '').includes(failureMarker(g.id)) && i.state === 'open')).toHaveLength(1);

    const healthy = await step();
    expect(healthy.code).toBe(0);
    expect(healthy.outputs).toMatchObject({ version: VERSION, decision: 'revoked', 'reason-codes': '', requests: g.id });
    expect(healthy.summary).toContain('Revoked and verified (1)');
    expect(healthy.stdout).not.toContain('::error');
    const revoked = (await fx.events()).filter((e) => e.type === 'revoked' && e.request === g.id);
    expect(revoked).toMatchObject([{ cause: 'expired', actor: { run_id: '424242' } }]);
    expect(await fx.roleExists(g.id)).toBe(false);
    expect(fx.gh.state.issues.filter((i) => (i.body ?? '').includes(failureMarker(g.id)))).toMatchObject([{ state: 'closed' }]);
  });

  it('nothing due: exits 0 with decision=nothing-due and commits nothing', async () => {
    const before = await fx.tip();
    const run = await step({ eventName: 'workflow_dispatch' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ decision: 'nothing-due', 'reason-codes': '', requests: '' });
    expect(run.summary).toContain('Nothing was due');
    expect(await fx.tip()).toBe(before);
  });

  it("report: true writes the month's access report, names it in report-file and puts its figures in the summary", async () => {
    const temp = await mkdtemp(path.join(tmpdir(), 'grantbook-runner-temp-'));
    try {
      const run = await step({ eventName: 'workflow_dispatch', env: { INPUT_REPORT: 'true', RUNNER_TEMP: temp } });
      expect(run.code).toBe(0);
      const month = new Date().toISOString().slice(0, 7);
      expect(run.outputs['report-file']).toBe(path.join(temp, 'grantbook-report', `access-report-${month}.html`));
      expect(run.summary).toContain(`### Access report, ${month}`);
      expect(run.summary).toMatch(/\| Grants \| \d+ \|/);
      const html = await readFile(run.outputs['report-file'] ?? '', 'utf8');
      expect(html).toContain(`Access report for ${fx.gh.owner}/${fx.gh.repo}`);
      expect(html).toContain('The hash chain verifies.');
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });

  it('a pull_request event with command revoke fails closed with E_EVENT_UNSUPPORTED', async () => {
    const run = await step({ eventName: 'pull_request' });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ version: VERSION, decision: 'failed', 'reason-codes': 'E_EVENT_UNSUPPORTED' });
  });
});
