import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain, type LedgerFile } from '../../src/ledger/chain.js';
import { commitEvents, readChain, type CommitDeps } from '../../src/ledger/commit.js';
import type { EventDraft, LedgerEvent } from '../../src/ledger/events.js';
import { fold, isLive } from '../../src/ledger/fold.js';
import { streamLedgerDir } from '../../src/ledger/verify-dir.js';
import { fixedClock } from '../support/clock.js';
import { parseInstant } from '../../src/time/instant.js';
import { GitLedgerStore } from '../support/git-ledger-store.js';
import { workload } from '../support/ledger-workload.js';
import { ACTOR, grantedDraft, HOUR, revokedDraft, T0 } from './fixtures.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'legacy-month-files');
const stores: GitLedgerStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function repo(files: Record<string, string>): Promise<GitLedgerStore> {
  const store = await GitLedgerStore.create('main', files);
  stores.push(store);
  return store;
}

/** Small segments: the same rules, a few seconds of git instead of a minute. */
const SEGMENT = 32 * 1024;
const deps = (store: GitLedgerStore, now: number): CommitDeps => ({ store, clock: fixedClock(now), random: () => 0, sleep: async () => undefined });

async function fixtureFiles(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(path.join(FIXTURE, 'audit'))) out[`audit/${name}`] = await readFile(path.join(FIXTURE, 'audit', name), 'utf8');
  return out;
}

/** Every ledger file at the branch tip, read from git, for the whole-chain check. */
async function allFiles(store: GitLedgerStore): Promise<LedgerFile[]> {
  const tip = (await store.readTip('main')).commitSha;
  const out: LedgerFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of (await store.listDir(tip, dir)) ?? []) {
      const p = `${dir}/${e.name}`;
      if (e.kind === 'directory') await walk(p);
      else out.push({ path: p, text: await store.readBlob(e.sha) });
    }
  };
  await walk('audit');
  return out;
}

/** A run's read of the tip: the view, and how many blobs it took. */
async function view(store: GitLedgerStore, anchor?: { seq: number; hash: string }) {
  const before = store.blobReads;
  const read = await readChain(store, (await store.readTip('main')).commitSha, anchor);
  return { ...read, blobs: store.blobReads - before };
}

const live = (events: readonly LedgerEvent[]) => new Map([...fold(events).states].filter(([, s]) => isLive(s)));

describe('the ledger in month files of the first layout', () => {
  it('still verifies as committed, at both depths', async () => {
    const files = Object.entries(await fixtureFiles()).map(([p, text]) => ({ path: p, text }));
    const result = verifyChain(files);
    expect(result.problems).toEqual([]);
    expect(result.events).toHaveLength(19);
    for (const depth of ['chain', 'events'] as const) {
      const streamed = await streamLedgerDir(FIXTURE, undefined, { depth });
      expect(streamed.problems).toEqual([]);
      expect(streamed.eventCount).toBe(19);
      expect(streamed.tip).toEqual(result.tip);
    }
  });

  it('continues in segments: the next write opens the first one with a checkpoint, the chain unbroken; later runs read two files', async () => {
    const store = await repo({
      ...(await fixtureFiles()),
      // A refused request whose file was left on the branch, a live grant, an intent never completed.
      'access-requests/mallory-inc-4202.yaml': 'x\n',
      'access-requests/carol-inc-4205.yaml': 'x\n',
      'access-requests/dave-inc-4206.yaml': 'x\n',
    });
    const before = await view(store);
    expect(before.chain.ok).toBe(true);
    expect(before.chain.events).toHaveLength(19);
    expect(before.read.segment).toBeUndefined();

    const now = parseInstant('2025-03-10T12:05:00Z') ?? 0;
    const revoked = await commitEvents(deps(store, now), {
      branch: 'main',
      message: 'revoke',
      changes: { drafts: [revokedDraft('carol-inc-4205', ['orders-prod'])] },
    });
    // seq 19 is the checkpoint record that opens the segment; the event follows it.
    expect(revoked.events.map((e) => [e.seq, e.type])).toEqual([[20, 'revoked']]);
    const files = await allFiles(store);
    expect(files.map((f) => f.path).sort()).toEqual([
      'audit/2025-01.jsonl',
      'audit/2025-02.jsonl',
      'audit/2025-03.jsonl',
      'audit/checkpoint.jsonl',
      'audit/segments/0000000/000000000019.jsonl',
    ]);
    const whole = verifyChain(files);
    expect(whole.problems).toEqual([]);
    expect(whole.events).toHaveLength(20);
    const segment = files.find((f) => f.path.includes('segments'))?.text ?? '';
    expect(JSON.parse(segment.split('\n')[0] ?? '{}')).toMatchObject({
      type: 'checkpoint',
      seq: 19,
      open_events: 3,
      kept_events: 1,
      prev: before.chain.tip.hash,
    });
    // Open: carol's grant and dave's intent; kept: mallory's refusal, whose file is still there.
    const checkpoint = files.find((f) => f.path === 'audit/checkpoint.jsonl')?.text ?? '';
    expect(
      checkpoint
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as LedgerEvent).request),
    ).toEqual(['carol-inc-4205', 'carol-inc-4205', 'dave-inc-4206', 'mallory-inc-4202']);

    const after = await view(store);
    expect(after.chain.problems).toEqual([]);
    expect(after.blobs).toBe(2);
    const folded = fold(after.chain.events);
    expect(folded.states.get('carol-inc-4205')?.status).toBe('revoked');
    expect(folded.states.get('dave-inc-4206')?.status).toBe('intended');
    expect(folded.knownIds.has('mallory-inc-4202')).toBe(true);
    // Requests closed and gone from the branch are history: the view no longer holds them.
    expect(folded.knownIds.has('alice-inc-4201')).toBe(false);
    expect(live(after.chain.events)).toEqual(live(whole.events));
  });
});

describe('segments', () => {
  /** Commits a stationary workload's steps, a few per commit, until `events` are written. */
  async function grow(store: GitLedgerStore, events: number): Promise<void> {
    let batch: EventDraft[] = [];
    let written = 0;
    for (const step of workload({ start: Date.UTC(2026, 0, 5), grantsPerDay: 1000 })) {
      batch.push(...step.drafts);
      if (batch.length < 12) continue;
      await commitEvents(deps(store, step.at), { branch: 'main', message: 'steps', changes: { drafts: batch }, segmentBytes: SEGMENT });
      written += batch.length;
      batch = [];
      if (written >= events) return;
    }
  }

  it('open at the size cap with a checkpoint equal to a fresh fold; a run reads the newest and the checkpoint only', async () => {
    const store = await repo({ 'README.md': 'x\n' });
    await grow(store, 200);
    const files = await allFiles(store);
    const segments = files.filter((f) => f.path.includes('/segments/')).sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(segments.length).toBeGreaterThanOrEqual(3);
    for (const [i, s] of segments.entries()) {
      const first = JSON.parse(s.text?.split('\n')[0] ?? '{}') as { type: string };
      expect(first.type === 'checkpoint').toBe(i > 0);
      // Closed once it holds the target: only the newest may be smaller.
      if (i < segments.length - 1) expect(Buffer.byteLength(s.text ?? '')).toBeGreaterThanOrEqual(SEGMENT);
    }
    const whole = verifyChain(files);
    expect(whole.problems).toEqual([]);
    const run = await view(store);
    expect(run.chain.problems).toEqual([]);
    expect(run.blobs).toBe(2);
    expect(run.chain.tip).toEqual(whole.tip);
    expect(live(run.chain.events)).toEqual(live(whole.events));
    // The view is the checkpoint's events and the newest segment's, not the history.
    const newest = segments[segments.length - 1]?.text?.trimEnd().split('\n') ?? [];
    const held = (files.find((f) => f.path === 'audit/checkpoint.jsonl')?.text ?? '').trimEnd().split('\n');
    expect(run.chain.events).toHaveLength(held.length + newest.length - 1);
  });

  it('a retry whose snapshot is in an older segment reads the segments since, and still catches a lost event', async () => {
    const store = await repo({ 'README.md': 'x\n' });
    await grow(store, 100);
    const snapshot = (await view(store)).chain.tip;
    await grow(store, 220);
    const since = await view(store, snapshot);
    expect(since.chain.problems).toEqual([]);
    const whole = verifyChain(await allFiles(store));
    // Everything recorded since the snapshot is in the view: a racing run drops what another already wrote.
    const after = whole.events.filter((e) => e.seq > snapshot.seq && (e.type === 'revoked' || e.type === 'drift_found'));
    expect(after.length).toBeGreaterThan(0);
    for (const e of after) expect(since.chain.events.some((v) => v.seq === e.seq)).toBe(true);
    const lost = await view(store, { seq: snapshot.seq, hash: 'f'.repeat(64) });
    expect(lost.chain.firstBroken).toMatchObject({ code: 'E_LEDGER_TRUNCATED' });
  });

  it('a granted repeats nothing its intent holds: stored without the body, read back whole', async () => {
    const store = await repo({ 'README.md': 'x\n' });
    const granted = grantedDraft('a-1', T0) as Extract<EventDraft, { type: 'granted' }>;
    const { granted_at: _, ...body } = granted;
    await commitEvents(deps(store, T0), { branch: 'main', message: 'intent', changes: { drafts: [{ ...body, type: 'intent' }] } });
    const result = await commitEvents(deps(store, T0 + 1000), { branch: 'main', message: 'granted', changes: { drafts: [granted] } });
    // A second grant of another request whose body differs from nothing it could inherit is stored whole.
    await commitEvents(deps(store, T0 + 2000), { branch: 'main', message: 'whole', changes: { drafts: [grantedDraft('b-2', T0, 1)] } });
    const [segment] = (await allFiles(store)).filter((f) => f.path.includes('/segments/'));
    const lines = segment?.text?.trimEnd().split('\n') ?? [];
    expect(lines[1]).not.toContain('"approvers"');
    expect(lines[1]).toContain('"granted_at"');
    expect(lines[2]).toContain('"approvers"');
    expect(Buffer.byteLength(lines[1] ?? '')).toBeLessThan(Buffer.byteLength(lines[0] ?? '') / 2);
    const read = (await view(store)).chain;
    expect(read.problems).toEqual([]);
    const back = read.events[1];
    expect(back).toEqual(result.events[0]);
    expect(back).toMatchObject({ type: 'granted', approvers: granted.approvers, grants: granted.grants, expires_at: granted.expires_at, v: 2 });
    expect(fold(read.events).states.get('a-1')).toMatchObject({ status: 'active', expiresAt: T0 + 2 * HOUR });
  });

  it('a run refuses a forged checkpoint file, and a slim granted with no intent to take its body from', async () => {
    const store = await repo({ 'README.md': 'x\n' });
    await grow(store, 80);
    const tip = (await store.readTip('main')).commitSha;
    const checkpoint = (await allFiles(store)).find((f) => f.path === 'audit/checkpoint.jsonl')?.text ?? '';
    const forged = checkpoint.split('\n').slice(1).join('\n');
    await store.commitOther('main', [{ path: 'audit/checkpoint.jsonl', content: forged }]);
    const broken = await view(store);
    expect(broken.chain.ok).toBe(false);
    expect(broken.chain.firstBroken).toMatchObject({ file: 'audit/checkpoint.jsonl', code: 'E_LEDGER_CHECKPOINT_MISMATCH' });
    await store.forceRef('main', tip);

    const orphan = await repo({ 'README.md': 'x\n' });
    const slim = { type: 'granted', request: 'x-1', actor: ACTOR, granted_at: '2025-01-31T22:00:00Z' } as unknown as EventDraft;
    const error = await commitEvents(deps(orphan, T0), { branch: 'main', message: 'g', changes: { drafts: [slim] } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'E_LEDGER_DRAFT_INVALID' });
  });
});
