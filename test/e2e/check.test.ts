import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { builtFile } from '../support/built-dist.js';
import { runAction, type ActionStep } from '../support/check/action.js';
import { startCheckFixture, TOKEN, type CheckFixture } from '../support/check/fixture.js';
import { requestYaml } from '../support/check/requests.js';

/**
 * The built action (dist/index.js, bundled fresh from src/) run as a process
 * with the environment the runner gives it, against the stand-in over real
 * commits and a real clone of the base.
 */
let fx: CheckFixture;
beforeAll(async () => {
  fx = await startCheckFixture();
  await fx.fetch('main');
}, 120_000);
afterAll(async () => {
  await fx.stop();
});

let ids = 0;
async function openRequest(extra: Record<string, string> = {}, reason?: string) {
  ids += 1;
  const id = `alice-inc-${4800 + ids}`;
  const pr = await fx.openPull({ [`access-requests/${id}.yaml`]: requestYaml(reason === undefined ? {} : { reason }), ...extra });
  return { ...pr, id };
}

async function step(number: number, o: Partial<ActionStep> & { event?: 'pull_request' | 'pull_request_review' } = {}) {
  return runAction({
    script: builtFile('index.js'),
    eventName: o.eventName ?? o.event ?? 'pull_request',
    payload: o.payload ?? (await fx.payload(number, o.event)),
    apiUrl: fx.gh.url,
    repository: `${fx.gh.owner}/${fx.gh.repo}`,
    token: o.token ?? TOKEN,
    workingDirectory: fx.clone,
    ...(o.command !== undefined ? { command: o.command } : {}),
  });
}

describe('the action as a process: check', () => {
  it('pending: exits 1 with decision=pending, then approved by a code owner: exits 0', async () => {
    const pr = await openRequest();
    const pending = await step(pr.number);
    expect(pending.code).toBe(1);
    expect(pending.outputs).toEqual({
      version: VERSION,
      decision: 'pending',
      'reason-codes': 'E_APPROVAL_GROUP_NEEDED,E_APPROVAL_MORE_OWNERS_NEEDED',
      requests: pr.id,
    });
    expect(pending.stdout).toContain('::error::The access request is waiting for approval at the current head commit.');

    await fx.gh.review(pr.number, { user: 'bob', state: 'APPROVED' });
    const approved = await step(pr.number, { event: 'pull_request_review' });
    expect(approved.code).toBe(0);
    expect(approved.outputs).toEqual({ version: VERSION, decision: 'approved', 'reason-codes': '', requests: pr.id });
    expect(approved.stdout).not.toContain('::error');
    expect(approved.summary).toContain('approved — merging will grant it');
    expect(fx.checkComments(pr.number)).toHaveLength(1);
    // Each output is written in the runner's heredoc form.
    expect(approved.outputFile).toMatch(/^decision<<ghadelimiter_[0-9a-f-]+\napproved\nghadelimiter_[0-9a-f-]+$/m);
  });

  it('refused: exits 1 with decision=refused and every reason code', async () => {
    const pr = await openRequest({ 'policies/orders-readonly.yaml': 'name: orders-readonly\n' });
    await fx.gh.review(pr.number, { user: 'bob', state: 'APPROVED' });
    const run = await step(pr.number);
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('refused');
    expect(run.outputs['reason-codes']).toBe('E_PR_MIXED_CHANGES');
    expect(run.stdout).toContain('::error::The access request is refused');
  });

  it('untrusted text reaches neither the log as a command nor the comment as a mention', async () => {
    const pr = await openRequest({}, 'Investigating for @acme/security\n::error::pwned\n::add-mask::x');
    const run = await step(pr.number);
    expect(run.outputs.decision).toBe('pending');
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^::(error|add-mask)::(pwned|x)/m);
    expect(run.summary).not.toContain('@');
  });

  it('a push event with command check fails closed with E_EVENT_UNSUPPORTED', async () => {
    const run = await step(1, { eventName: 'push', payload: { ref: 'refs/heads/main', after: 'a'.repeat(40) } });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ version: VERSION, decision: 'failed', 'reason-codes': 'E_EVENT_UNSUPPORTED' });
    expect(run.stdout).toMatch(/^::error::.*E_EVENT_UNSUPPORTED/m);
  });

  // (5xx beyond the retries is shown in-process, test/modes/check-failures.test.ts: the
  // production back-off is 1 + 4 + 9 s.) A GitHub refusal takes the same path out.
  it('GitHub refusing the token: exits 1, decision=failed, the GitHub code, no internal error', async () => {
    const pr = await openRequest();
    await fx.gh.review(pr.number, { user: 'bob', state: 'APPROVED' });
    const run = await step(pr.number, { token: 'revoked-token' });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ version: VERSION, decision: 'failed', 'reason-codes': 'E_GITHUB_UNAUTHORIZED' });
    expect(run.stdout).toMatch(/^::error::E_GITHUB_UNAUTHORIZED GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/files: GitHub answered 401/m);
    expect(run.stdout).not.toContain('internal error');
    // The token appears once: in the runner's own mask command.
    expect(run.stdout.split('\n').filter((l) => l.includes('revoked-token'))).toEqual(['::add-mask::revoked-token']);
  });
});
