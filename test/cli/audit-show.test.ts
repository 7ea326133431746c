import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRemote } from '../../src/cli/audit-show.js';
import type { EventDraft } from '../../src/ledger/index.js';
import { renderStory } from '../../src/report/audit-story.js';
import { ACTOR, grantedDraft, HOUR, revokedDraft, sealBatches, T0, toFiles } from '../ledger/fixtures.js';
import { runCli } from '../support/cli.js';

const baseline = {
  type: 'activity',
  request: 'alice-inc-1',
  actor: ACTOR,
  kind: 'baseline',
  target: 'orders-prod',
  provider: 'postgres',
  principal: 'alice',
  status: 'observed',
  entries: [{ id: '-77', calls: 1, rows: 1, time_ms: 0 }],
  totals: { calls: 1, rows: 1, time_ms: 0 },
} as EventDraft;
const alert: EventDraft = {
  type: 'alert',
  request: 'alice-inc-1',
  actor: ACTOR,
  target: 'orders-prod',
  principal: 'alice',
  limit: 'rows_read',
  observed: 900,
  allowed: 500,
  action: 'alert',
};
const summary = {
  type: 'activity',
  request: 'alice-inc-1',
  actor: ACTOR,
  kind: 'summary',
  target: 'orders-prod',
  provider: 'postgres',
  principal: 'alice',
  status: 'observed',
  since: '2025-01-31T22:00:01Z',
  statements: [
    { text: 'SELECT id, status FROM public.orders WHERE id > $1', calls: 2, rows: 900, time_ms: 4 },
    { text: 'COPY statement (text withheld)', withheld: true, calls: 1, rows: 20, time_ms: 1 },
  ],
  others: { statements: 0, calls: 0, rows: 0, time_ms: 0 },
  totals: { calls: 3, rows: 920, time_ms: 5 },
  flags: ['counters_reset'],
} as EventDraft;
const events = sealBatches([
  { at: T0, drafts: [grantedDraft('alice-inc-1', T0)] },
  { at: T0 + 1000, drafts: [baseline, grantedDraft('bob-inc-2', T0 + 1000)] },
  { at: T0 + HOUR, drafts: [alert] },
  { at: T0 + 2 * HOUR + 60_000, drafts: [revokedDraft('alice-inc-1'), summary] },
]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'grantbook-audit-show-'));
  await mkdir(path.join(dir, 'audit'));
  for (const f of toFiles(events)) await writeFile(path.join(dir, f.path), f.text ?? '');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('grantbook audit show', () => {
  it("prints one request's whole story: request, approvals, grant, activity, alert, revocation, with links", async () => {
    const { code, stdout } = await runCli(['audit', 'show', 'alice-inc-1', '--repo', 'acme/access'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('# Request alice-inc-1');
    expect(stdout).toContain(
      `- Pull request: [#42](https://github.com/acme/access/pull/42), head [${'b'.repeat(12)}](https://github.com/acme/access/commit/${'b'.repeat(40)})`,
    );
    expect(stdout).toContain('- Approved by: carol (id 583232, review 1234567 at');
    expect(stdout).toContain('- Reason: Investigate duplicate charges reported in INC-4211');
    const timeline = stdout.split('\n').filter((l) => l.startsWith('- 20'));
    expect(timeline.map((l) => l.split(' ')[3])).toEqual(['granted', 'activity', 'ALERT', 'revoked', 'activity']);
    expect(stdout).toContain('ALERT on orders-prod (alice): rows read 900 > 500');
    expect(stdout).toContain('| `SELECT id, status FROM public.orders WHERE id > $1` | 2 | 900 | 4 |');
    expect(stdout).toContain('counters were reset during the window; figures are a lower bound');
    expect(stdout).not.toContain('bob-inc-2');
  });

  it('says so for an unknown request and refuses a malformed id', async () => {
    expect((await runCli(['audit', 'show', 'nobody-1'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['audit', 'show', '../etc'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['audit', 'show'], { cwd: dir })).code).toBe(2);
  });

  it("--json gives the request's events as recorded", async () => {
    const { code, stdout } = await runCli(['audit', 'show', 'alice-inc-1', '--json'], { cwd: dir });
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { ok: boolean; events: { type: string }[] };
    expect(parsed.ok).toBe(true);
    expect(parsed.events.map((e) => e.type)).toEqual(['granted', 'activity', 'alert', 'revoked', 'activity']);
  });

  it('renders without links when the repository is unknown, and reads GitHub remotes', () => {
    const story = renderStory(
      'alice-inc-1',
      events.map((s) => s.event),
    );
    expect(story).toContain(`head ${'b'.repeat(12)}, merged as ${'c'.repeat(12)}`);
    expect(parseRemote('git@github.com:acme/access.git')).toEqual({ server: 'https://github.com', owner: 'acme', repo: 'access' });
    expect(parseRemote('https://ghe.example.com/acme/access')).toEqual({ server: 'https://ghe.example.com', owner: 'acme', repo: 'access' });
    expect(parseRemote('/srv/git/access.git')).toBeUndefined();
  });

  it('tells which parts were already held before the grant, and that revocation left them in place', () => {
    const team = {
      target: 'github-acme',
      provider: 'github',
      principal: 'alice',
      spec: { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' },
    } as const;
    const repo = {
      target: 'github-acme',
      provider: 'github',
      principal: 'alice',
      spec: { kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'triage' },
    } as const;
    const held = sealBatches([{ at: T0, drafts: [grantedDraft('alice-held-1', T0, 2, { grants: [{ ...team, already_held: true }, repo] })] }]).map(
      (e) => e.event,
    );
    const live = renderStory('alice-held-1', held);
    expect(live).toContain('## Already held before the grant');
    expect(live).toContain('Grantbook granted nothing for these parts and leaves them in place at revocation');
    expect(live).toContain('- github-acme: alice member of acme/payments-oncall\n');
    expect(live).toContain(
      'github-acme: alice member of acme/payments-oncall (already held; left in place); github-acme: alice triage on acme/payments-service',
    );
    const ended = sealBatches([
      { at: T0, drafts: [grantedDraft('alice-held-1', T0, 2, { grants: [{ ...team, already_held: true }, repo] })] },
      { at: T0 + 2 * HOUR, drafts: [revokedDraft('alice-held-1', ['github-acme'])] },
    ]).map((e) => e.event);
    expect(renderStory('alice-held-1', ended)).toContain('left them in place at revocation');
    // Without held parts there is no such section.
    expect(
      renderStory(
        'alice-inc-1',
        events.map((e) => e.event),
      ),
    ).not.toContain('Already held');
  });
});
