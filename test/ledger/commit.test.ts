import { afterEach, describe, expect, it } from 'vitest';
import { commitEvents, readChain, type CommitDeps, type LedgerStore } from '../../src/ledger/commit.js';
import type { EventDraft, LedgerEvent } from '../../src/ledger/events.js';
import { due, fold } from '../../src/ledger/fold.js';
import { LedgerError } from '../../src/ledger/problem.js';
import { fixedClock } from '../support/clock.js';
import { GitLedgerStore } from '../support/git-ledger-store.js';
import { HOUR, grantedDraft, revokedDraft, T0 } from './fixtures.js';

const stores: GitLedgerStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

async function repo(files?: Record<string, string>): Promise<GitLedgerStore> {
  const store = await GitLedgerStore.create('main', files);
  stores.push(store);
  return store;
}

function deps(store: LedgerStore, delays: number[] = [], now = T0): CommitDeps {
  return {
    store,
    clock: fixedClock(now),
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms);
    },
  };
}

/** Delegates to a store; `override` replaces some operations. */
function wrap(store: GitLedgerStore, override: Partial<LedgerStore>): LedgerStore {
  return {
    readTip: override.readTip ?? ((b) => store.readTip(b)),
    listDir: override.listDir ?? ((c, d) => store.listDir(c, d)),
    readBlob: override.readBlob ?? ((s) => store.readBlob(s)),
    writeCommit: override.writeCommit ?? ((i) => store.writeCommit(i)),
    fastForward: override.fastForward ?? ((b, c) => store.fastForward(b, c)),
  };
}

/** Holds every writer after it built its first commit until all `parties` have: they all race from one tip. */
function barrier(store: GitLedgerStore, parties: number): LedgerStore {
  let arrived = 0;
  let release: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (release = resolve));
  return wrap(store, {
    writeCommit: async (input) => {
      const sha = await store.writeCommit(input);
      if (arrived < parties) {
        arrived += 1;
        if (arrived === parties) release();
        await all;
      }
      return sha;
    },
  });
}

async function chainAt(store: GitLedgerStore) {
  const tip = await store.readTip('main');
  return (await readChain(store, tip.commitSha)).chain;
}

describe('commitEvents over a real git repository', () => {
  it('creates the first segment, appends to it, and deletes request files in the same commit', async () => {
    const store = await repo({ 'access-requests/a-1.yaml': 'requester: alice\n', 'README.md': 'x\n' });
    const first = await commitEvents(deps(store), { branch: 'main', message: 'grantbook: grant a-1', changes: { drafts: [grantedDraft('a-1', T0)] } });
    expect(first).toMatchObject({ attempts: 1, events: [{ seq: 0, type: 'granted' }] });
    expect((await store.readTip('main')).commitSha).toBe(first.commitSha);

    const second = await commitEvents(deps(store, [], T0 + 3 * HOUR), {
      branch: 'main',
      message: (events) => `grantbook: revoke ${events.map((e) => e.request).join(', ')}`,
      changes: { drafts: [revokedDraft('a-1')], extraChanges: [{ path: 'access-requests/a-1.yaml', content: null }] },
    });
    expect(second.events.map((e) => [e.seq, e.type, e.prev])).toEqual([[1, 'revoked', first.events[0]?.hash]]);
    expect(await store.readFile(second.commitSha, 'access-requests/a-1.yaml')).toBeUndefined();
    expect(await store.readFile(second.commitSha, 'README.md')).toBe('x\n');
    // Both events in the first segment, whatever their month: segments are cut by size, not by date.
    const text = await store.readFile(second.commitSha, 'audit/segments/0000000/000000000000.jsonl');
    expect(text?.split('\n')).toHaveLength(3);
    expect(text).toMatch(/^\{.*"type":"granted".*\}\n\{.*"type":"revoked".*\}\n$/);
    expect(await store.readFile(second.commitSha, 'audit/checkpoint.jsonl')).toBeUndefined();
    const chain = await chainAt(store);
    expect(chain.ok).toBe(true);
    expect(fold(chain.events).states.get('a-1')?.status).toBe('revoked');
  });

  it('two writers racing from the same tip: the loser rebuilds on the winner, both events land, chain valid', async () => {
    const store = await repo();
    const shared = barrier(store, 2);
    const delays: number[] = [];
    const [a, b] = await Promise.all([
      commitEvents(deps(shared, delays), { branch: 'main', message: 'a', changes: { drafts: [grantedDraft('a-1', T0)] } }),
      commitEvents(deps(shared, delays), { branch: 'main', message: 'b', changes: { drafts: [grantedDraft('b-2', T0)] } }),
    ]);
    expect([a.attempts, b.attempts].sort()).toEqual([1, 2]);
    expect(delays).toHaveLength(1);
    const chain = await chainAt(store);
    expect(chain.ok).toBe(true);
    expect(chain.events.map((e) => e.seq)).toEqual([0, 1]);
    expect(chain.events.map((e) => e.request).sort()).toEqual(['a-1', 'b-2']);
    expect(await store.commitCount('main')).toBe(3);
  });

  it('five writers at once with real jittered sleeps all land exactly once', async () => {
    const store = await repo();
    const writers = ['a-1', 'b-2', 'c-3', 'd-4', 'e-5'].map((id) =>
      commitEvents(
        { store, clock: fixedClock(T0), random: Math.random, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
        { branch: 'main', message: id, changes: { drafts: [grantedDraft(id, T0)] }, baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 20 },
      ),
    );
    await Promise.all(writers);
    const chain = await chainAt(store);
    expect(chain.ok).toBe(true);
    expect(chain.events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(chain.events.map((e) => e.request).sort()).toEqual(['a-1', 'b-2', 'c-3', 'd-4', 'e-5']);
  });

  it('two revoke runs racing on the same due grant record one revoked, not two (drafts recomputed per attempt)', async () => {
    const store = await repo({ 'access-requests/a-1.yaml': 'x\n' });
    await commitEvents(deps(store), { branch: 'main', message: 'grant', changes: { drafts: [grantedDraft('a-1', T0, 1)] } });
    const now = T0 + 2 * HOUR;
    const revokeRun = (view: { events: readonly LedgerEvent[] }) => {
      const drafts: EventDraft[] = due(fold(view.events).states, now).map((s) => revokedDraft(s.request));
      return { drafts, extraChanges: drafts.map((d) => ({ path: `access-requests/${d.request}.yaml`, content: null })) };
    };
    const shared = barrier(store, 2);
    const results = await Promise.all([
      commitEvents(deps(shared, [], now), { branch: 'main', message: 'revoke 1', changes: revokeRun }),
      commitEvents(deps(shared, [], now), { branch: 'main', message: 'revoke 2', changes: revokeRun }),
    ]);
    expect(results.map((r) => r.events.length).sort()).toEqual([0, 1]);
    const chain = await chainAt(store);
    expect(chain.events.filter((e) => e.type === 'revoked')).toHaveLength(1);
    expect(await store.commitCount('main')).toBe(3);
  });

  it('gives up with a typed error after bounded, jittered retries when the ref keeps moving', async () => {
    const store = await repo();
    let moves = 0;
    const moving = wrap(store, {
      fastForward: async (branch, sha) => {
        moves += 1;
        await store.commitOther(branch, [{ path: 'README.md', content: `move ${moves}\n` }]);
        return store.fastForward(branch, sha);
      },
    });
    const delays: number[] = [];
    const error = await commitEvents(deps(moving, delays), {
      branch: 'main',
      message: 'm',
      changes: { drafts: [grantedDraft('a-1', T0)] },
      maxAttempts: 4,
      baseDelayMs: 100,
      maxDelayMs: 300,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerError);
    expect((error as LedgerError).code).toBe('E_LEDGER_COMMIT_CONFLICT');
    expect(moves).toBe(4);
    // random() = 0.5 of min(cap, base * 2^(attempt-1)); no sleep after the last attempt.
    expect(delays).toEqual([50, 100, 150]);
    expect((await chainAt(store)).events).toEqual([]);
  });

  it('refuses to extend a tampered ledger, naming the file and line', async () => {
    const store = await repo();
    const first = await commitEvents(deps(store), { branch: 'main', message: 'g', changes: { drafts: [grantedDraft('a-1', T0)] } });
    const segment = 'audit/segments/0000000/000000000000.jsonl';
    const text = (await store.readFile(first.commitSha, segment)) ?? '';
    await store.commitOther('main', [{ path: segment, content: text.replace('"duration":"2h"', '"duration":"8h"') }]);
    const error = await commitEvents(deps(store), { branch: 'main', message: 'r', changes: { drafts: [revokedDraft('a-1')] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerError);
    expect((error as LedgerError).diagnostics[0]).toMatchObject({ code: 'E_LEDGER_HASH_MISMATCH', file: segment, line: 1 });
  });

  it('refuses to build on a tip whose ledger lost an event seen on an earlier attempt (history rewrite)', async () => {
    const store = await repo();
    const base = (await store.readTip('main')).commitSha;
    await commitEvents(deps(store), { branch: 'main', message: 'g', changes: { drafts: [grantedDraft('a-1', T0)] } });
    let rewritten = false;
    const rewriting = wrap(store, {
      fastForward: async (branch, sha) => {
        if (!rewritten) {
          rewritten = true;
          await store.forceRef(branch, base);
          return 'not-fast-forward';
        }
        return store.fastForward(branch, sha);
      },
    });
    const error = await commitEvents(deps(rewriting), { branch: 'main', message: 'b', changes: { drafts: [grantedDraft('b-2', T0)] } }).catch(
      (e: unknown) => e,
    );
    expect((error as LedgerError).code).toBe('E_LEDGER_TRUNCATED');
  });

  it('refuses extra changes under audit/ or outside the repository, and skips deleting what is already gone', async () => {
    const store = await repo();
    for (const path of ['audit/2025-01.jsonl', 'audit/checkpoint.jsonl', '../x', '/etc/passwd', 'a/../../b']) {
      await expect(
        commitEvents(deps(store), { branch: 'main', message: 'x', changes: { drafts: [], extraChanges: [{ path, content: 'x' }] } }),
      ).rejects.toThrow(/unsafe, ledger or duplicate path/);
    }
    const before = (await store.readTip('main')).commitSha;
    const nothing = await commitEvents(deps(store), {
      branch: 'main',
      message: 'x',
      changes: { drafts: [], extraChanges: [{ path: 'access-requests/gone.yaml', content: null }] },
    });
    expect(nothing).toEqual({ commitSha: before, events: [], attempts: 1 });
  });
});
