import { builtin } from '../support/builtin-specs.js';
import { describe, expect, it } from 'vitest';
import { appendEvents, EMPTY_TIP, fold, type ChainTip, type EventDraft, type LedgerEvent, type LedgerGrant } from '../../src/ledger/index.js';
import { ledgerChanges } from '../../src/modes/revoke/drafts.js';
import type { ItemOutcome } from '../../src/modes/revoke/execute.js';
import { heartbeatWarning } from '../../src/modes/revoke/heartbeat.js';
import { failureMarker, revokedMarker } from '../../src/report/markers.js';
import { planSweep, STALE_INTENT_MS, type SweepInput } from '../../src/modes/revoke/plan.js';
import { backoffMs, DEFAULT_RETRY, withRetry } from '../../src/modes/revoke/retry.js';
import type { ManagedGrant } from '../../src/providers/contract.js';
import { fixedClock } from '../support/clock.js';
import { formatInstant } from '../../src/time/instant.js';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);
const SHA = 'b'.repeat(40);
const ACTOR = { run_id: '1', workflow: 'acme/access/.github/workflows/access-apply.yml@refs/heads/main', sha: SHA };

const PG: LedgerGrant = {
  target: 'orders-prod',
  provider: 'postgres',
  principal: 'alice',
  spec: builtin({ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id'] }),
};
const TEAM = (principal: string): LedgerGrant => ({
  target: 'github-acme',
  provider: 'github',
  principal,
  spec: builtin({ kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' }),
});

function granted(request: string, start: number, hours: number, o: { grants?: readonly LedgerGrant[]; extends?: string; intent?: boolean } = {}): EventDraft {
  const body = {
    request,
    actor: ACTOR,
    pr: { number: 7, head_sha: SHA, merge_sha: SHA },
    requester: { login: 'alice', id: 1 },
    grantees: [{ login: 'alice', id: 1 }],
    approvers: [{ login: 'bob', id: 2, review_id: 3, commit_id: SHA }],
    profile: 'orders-readonly',
    request_blob: SHA,
    grants: o.grants ?? [PG],
    expires_at: formatInstant(start + hours * HOUR),
    duration: `${hours}h`,
    ...(o.extends !== undefined ? { extends: o.extends } : {}),
  };
  return o.intent === true ? { type: 'intent', ...body } : { type: 'granted', ...body, granted_at: formatInstant(start) };
}

/** Seals batches at their own instants, oldest first. */
function ledger(batches: readonly { at: number; drafts: readonly EventDraft[] }[]): LedgerEvent[] {
  const out: LedgerEvent[] = [];
  let tip: ChainTip = EMPTY_TIP;
  for (const b of batches) {
    const sealed = appendEvents(tip, b.drafts, fixedClock(b.at));
    out.push(...sealed.map((s) => s.event));
    const last = sealed[sealed.length - 1]?.event;
    if (last !== undefined) tip = { seq: last.seq, hash: last.hash, at: b.at };
  }
  return out;
}

function input(events: readonly LedgerEvent[], o: Partial<SweepInput> = {}): SweepInput {
  const ids = new Set(events.map((e) => e.request));
  return {
    events,
    folded: fold(events),
    now: NOW,
    present: ids,
    managed: new Map(),
    staleIntentMs: STALE_INTENT_MS,
    sharedProviders: new Set(['github']),
    ...o,
  };
}

describe('planSweep (pure)', () => {
  it('revokes early, as `limit`, a live grant whose recorded alert asks for it, and one this run found crossing', () => {
    const alert = (request: string, action: 'alert' | 'revoke'): EventDraft => ({
      type: 'alert',
      request,
      actor: ACTOR,
      target: 'orders-prod',
      principal: 'alice',
      limit: 'rows_read',
      observed: 9,
      allowed: 5,
      action,
    });
    const events = ledger([
      {
        at: NOW - 2 * HOUR,
        drafts: [granted('l-recorded', NOW - 2 * HOUR, 8), granted('l-alert-only', NOW - 2 * HOUR, 8), granted('l-found', NOW - 2 * HOUR, 8)],
      },
      { at: NOW - HOUR, drafts: [alert('l-recorded', 'revoke'), alert('l-alert-only', 'alert')] },
    ]);
    expect(planSweep(input(events)).items.map((i) => [i.request, i.cause])).toEqual([['l-recorded', 'limit']]);
    const plan = planSweep(input(events, { limitBreached: new Set(['l-found']) }));
    expect(plan.items.map((i) => [i.request, i.cause]).sort()).toEqual([
      ['l-found', 'limit'],
      ['l-recorded', 'limit'],
    ]);
  });

  it('takes every expired grant however long ago, most overdue first, an unreadable expiry before all', () => {
    const events = ledger([
      { at: NOW - 80 * HOUR, drafts: [granted('a-3d', NOW - 80 * HOUR, 8)] },
      { at: NOW - 9 * HOUR, drafts: [granted('b-bad', NOW - 9 * HOUR, 20)] },
      { at: NOW - 3 * HOUR, drafts: [granted('c-1h', NOW - 3 * HOUR, 2)] },
      { at: NOW - 2 * HOUR, drafts: [granted('d-live', NOW - 2 * HOUR, 4)] },
      // The writer refuses such an expiry; a reader must still cope with one (read leniently, invariant 4).
    ]).map((e) => (e.request === 'b-bad' && e.type === 'granted' ? { ...e, expires_at: 'never' } : e));
    const plan = planSweep(input(events));
    expect(plan.items.map((i) => [i.request, i.cause, i.source])).toEqual([
      ['b-bad', 'expired', 'ledger'],
      ['a-3d', 'expired', 'ledger'],
      ['c-1h', 'expired', 'ledger'],
    ]);
    expect(plan.items[1]?.targets).toEqual([{ target: 'orders-prod', principals: [{ principal: 'alice', specs: [PG.spec] }] }]);
  });

  it('a live grant whose request file is gone is relinquished; an extension supersedes what it extends', () => {
    const events = ledger([
      { at: NOW - 2 * HOUR, drafts: [granted('gone', NOW - 2 * HOUR, 4), granted('old', NOW - 2 * HOUR, 4)] },
      { at: NOW - HOUR, drafts: [granted('new', NOW - HOUR, 4, { extends: 'old' })] },
    ]);
    const plan = planSweep(input(events, { present: new Set(['old', 'new']) }));
    expect(plan.items.map((i) => [i.request, i.cause])).toEqual([
      ['gone', 'relinquished'],
      ['old', 'superseded'],
    ]);
  });

  it('an intent without granted is revoked only once it is older than the stale limit', () => {
    const events = ledger([
      { at: NOW - 2 * HOUR, drafts: [granted('stuck', NOW - 2 * HOUR, 24, { intent: true })] },
      { at: NOW - 10 * 60_000, drafts: [granted('fresh', NOW - 10 * 60_000, 24, { intent: true })] },
    ]);
    const plan = planSweep(input(events));
    expect(plan.items.map((i) => [i.request, i.cause, i.source])).toEqual([['stuck', 'drift', 'intent']]);
  });

  it('an intent apply gave up on is revoked at once, on every target, even after a failed revocation of it; a confirmed grant is not', () => {
    const TWO = [PG, { ...PG, target: 'orders-b' }];
    const refused = (request: string, code: string): EventDraft => ({ type: 'grant_refused', request, actor: ACTOR, reasons: [{ code, message: 'x' }] });
    const rollbackFailed = (request: string, target = 'orders-b', code = 'E_APPLY_ROLLBACK_FAILED'): EventDraft => ({
      type: 'revoke_failed',
      request,
      actor: ACTOR,
      target,
      reason: { code, message: 'x' },
      attempts: 1,
    });
    const events = ledger([
      // A stale intent whose revocation failed once stays due on every run.
      { at: NOW - 3 * HOUR, drafts: [granted('stale', NOW - 3 * HOUR, 24, { intent: true })] },
      { at: NOW - 2 * HOUR, drafts: [rollbackFailed('stale', 'orders-prod', 'E_REVOKE_TARGET_UNREACHABLE')] },
      // A granted request whose revocation failed is due only when its time is up.
      { at: NOW - HOUR, drafts: [granted('live', NOW - HOUR, 8), rollbackFailed('live')] },
      {
        at: NOW - 10 * 60_000,
        drafts: [
          granted('abandoned', NOW - 10 * 60_000, 24, { intent: true, grants: TWO }),
          granted('failed', NOW - 10 * 60_000, 24, { intent: true, grants: TWO }),
        ],
      },
      // apply: E_APPLY_INTERRUPTED for one; for the other, the grant failed on orders-b and so did its rollback there.
      { at: NOW - 9 * 60_000, drafts: [refused('abandoned', 'E_APPLY_INTERRUPTED'), refused('failed', 'E_APPLY_PROVIDER_FAILED'), rollbackFailed('failed')] },
    ]);
    const folded = fold(events);
    expect(['abandoned', 'failed', 'stale', 'live'].map((id) => folded.states.get(id)?.status)).toEqual([
      'intended',
      'revoke_failed',
      'revoke_failed',
      'revoke_failed',
    ]);
    const plan = planSweep(input(events));
    // Same expiry window: ledger order.
    expect(plan.items.map((i) => [i.request, i.cause, i.source, i.targets.map((t) => t.target)])).toEqual([
      ['stale', 'drift', 'intent', ['orders-prod']],
      ['abandoned', 'drift', 'intent', ['orders-prod', 'orders-b']],
      ['failed', 'drift', 'intent', ['orders-prod', 'orders-b']],
    ]);
    expect(plan.items.find((i) => i.request === 'failed')?.hadFailures).toBe(true);
  });

  it('drift: unknown and already-revoked tagged grants become work; an unknown grantee is unresolved; a missing one is reported', () => {
    const events = ledger([
      { at: NOW - 5 * HOUR, drafts: [granted('done', NOW - 5 * HOUR, 1), granted('live', NOW - 5 * HOUR, 8), granted('lost', NOW - 5 * HOUR, 8)] },
      { at: NOW - 3 * HOUR, drafts: [{ type: 'revoked', request: 'done', actor: ACTOR, targets: ['orders-prod'], verified: true, cause: 'expired' }] },
    ]);
    const managed: ManagedGrant[] = [
      { target: 'orders-prod', requestId: 'live', principal: 'alice', expiresAt: formatInstant(NOW + 3 * HOUR) },
      { target: 'orders-prod', requestId: 'done', principal: 'alice', expiresAt: formatInstant(NOW - 4 * HOUR) },
      { target: 'orders-prod', requestId: 'ghost', principal: 'bob', expiresAt: formatInstant(NOW + HOUR) },
      { target: 'orders-prod', requestId: 'nameless' },
    ];
    const plan = planSweep(input(events, { managed: new Map([['orders-prod', managed]]) }));
    expect(plan.items.map((i) => [i.request, i.source, i.drift])).toEqual([
      ['done', 'drift', 'lingering'],
      ['ghost', 'drift', 'unrecorded'],
    ]);
    expect(plan.items[1]?.targets).toEqual([{ target: 'orders-prod', principals: [{ principal: 'bob', specs: [] }] }]);
    expect(plan.unresolved).toEqual([{ request: 'nameless', target: 'orders-prod', what: 'unrecorded', recorded: false }]);
    expect(plan.missing).toEqual([{ request: 'lost', target: 'orders-prod' }]);
  });

  it('drift: a lingering grant keeps the parts its ledger grant recorded as already held out of the revocation', () => {
    const repo: LedgerGrant = { ...TEAM('alice'), spec: builtin({ kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'pull' }) };
    const events = ledger([
      { at: NOW - 5 * HOUR, drafts: [granted('done', NOW - 5 * HOUR, 1, { grants: [{ ...TEAM('alice'), already_held: true }, repo] })] },
      { at: NOW - 3 * HOUR, drafts: [{ type: 'revoked', request: 'done', actor: ACTOR, targets: ['github-acme'], verified: true, cause: 'expired' }] },
    ]);
    const managed: ManagedGrant[] = [{ target: 'github-acme', requestId: 'done', principal: 'alice', expiresAt: formatInstant(NOW - 4 * HOUR) }];
    const plan = planSweep(input(events, { managed: new Map([['github-acme', managed]]) }));
    expect(plan.items.map((i) => [i.request, i.source, i.drift])).toEqual([['done', 'drift', 'lingering']]);
    expect(plan.items[0]?.targets).toEqual([
      { target: 'github-acme', principals: [{ principal: 'alice', specs: [TEAM('alice').spec, repo.spec], held: [TEAM('alice').spec] }] },
    ]);
  });

  it('a provider tag that expired earlier than the ledger says (or cannot be read) makes the grant due', () => {
    const events = ledger([{ at: NOW - HOUR, drafts: [granted('tagged', NOW - HOUR, 8), granted('damaged', NOW - HOUR, 8), granted('fine', NOW - HOUR, 8)] }]);
    const managed: ManagedGrant[] = [
      { target: 'orders-prod', requestId: 'tagged', principal: 'alice', expiresAt: formatInstant(NOW - 60_000) },
      { target: 'orders-prod', requestId: 'damaged', principal: 'alice' },
      { target: 'orders-prod', requestId: 'fine', principal: 'alice', expiresAt: formatInstant(NOW + 7 * HOUR) },
    ];
    const plan = planSweep(input(events, { managed: new Map([['orders-prod', managed]]) }));
    expect(plan.items.map((i) => [i.request, i.cause]).sort()).toEqual([
      ['damaged', 'expired'],
      ['tagged', 'expired'],
    ]);
  });

  it('on a shared provider, a due grant whose access a live grant also holds is deferred, not taken from under it', () => {
    const events = ledger([
      { at: NOW - 3 * HOUR, drafts: [granted('first', NOW - 3 * HOUR, 2, { grants: [TEAM('alice'), PG] })] },
      { at: NOW - HOUR, drafts: [granted('second', NOW - HOUR, 4, { grants: [TEAM('alice')], extends: 'first' })] },
    ]);
    const plan = planSweep(input(events));
    // Postgres access of `first` goes; the team membership stays with `second`.
    expect(plan.items.map((i) => [i.request, i.targets.map((t) => t.target)])).toEqual([['first', ['orders-prod']]]);
    expect(plan.deferred).toEqual([{ request: 'first', target: 'github-acme', heldBy: 'second' }]);
    // Once `second` is due too, both go.
    const later = planSweep(input(events, { now: NOW + 4 * HOUR }));
    expect(later.items.map((i) => [i.request, i.targets.map((t) => t.target)])).toEqual([
      ['first', ['github-acme', 'orders-prod']],
      ['second', ['github-acme']],
    ]);
    expect(later.deferred).toEqual([]);
  });

  it('nothing due, nothing planned', () => {
    const events = ledger([{ at: NOW - HOUR, drafts: [granted('live', NOW - HOUR, 2)] }]);
    expect(planSweep(input(events))).toEqual({ items: [], deferred: [], missing: [], unresolved: [], leftovers: [] });
  });
});

describe('ledger drafts (pure): what a concurrent run already wrote is not written again', () => {
  const events = ledger([{ at: NOW - 5 * HOUR, drafts: [granted('x', NOW - 5 * HOUR, 1, { grants: [PG, TEAM('alice')] })] }]);
  const folded = fold(events);
  const plan = planSweep(input(events, { sharedProviders: new Set() }));
  const item = plan.items[0];
  if (item === undefined) throw new Error('expected an item');
  const outcome = (status: 'revoked' | 'failed'): ItemOutcome => ({
    item,
    verifiedAt: NOW,
    foundPresent: [],
    results: [
      { status: 'revoked', target: 'github-acme', attempts: 1 },
      status === 'revoked'
        ? { status: 'revoked', target: 'orders-prod', attempts: 2 }
        : { status: 'failed', target: 'orders-prod', attempts: 3, failure: { reason: { code: 'E_PROVIDER_REVOKE_NOT_VERIFIED', message: 'm' }, details: [] } },
    ],
  });
  const last = events[events.length - 1];
  if (last === undefined) throw new Error('no events');
  const snapshot = { tip: { seq: last.seq, hash: last.hash }, folded };
  const view = (evs: readonly LedgerEvent[]) => {
    const tip = evs[evs.length - 1];
    return { commitSha: SHA, events: evs, tip: { seq: tip?.seq ?? -1, hash: tip?.hash ?? '', at: NOW } };
  };
  const actor = { run_id: '2', workflow: 'w@refs/heads/main', sha: SHA };

  it('writes revoked with how late it was, and deletes the request file only when every target is revoked', () => {
    const full = ledgerChanges({ outcomes: [outcome('revoked')], unresolved: [], actor, snapshot });
    const prepared = full.changes(view(events));
    expect(prepared.drafts).toEqual([
      { type: 'revoked', request: 'x', actor, targets: ['github-acme', 'orders-prod'], verified: true, cause: 'expired', late_ms: 4 * HOUR },
    ]);
    expect(prepared.extraChanges).toEqual([{ path: 'access-requests/x.yaml', content: null }]);
    expect(full.deleted()).toEqual(new Set(['x']));

    const partial = ledgerChanges({ outcomes: [outcome('failed')], unresolved: [], actor, snapshot }).changes(view(events));
    expect(partial.drafts.map((d) => d.type)).toEqual(['revoked', 'revoke_failed']);
    expect(partial.extraChanges).toEqual([]);
  });

  it('recomputed on a tip where another run recorded one target, only the rest is written', () => {
    const other = ledger([
      { at: NOW - 5 * HOUR, drafts: [granted('x', NOW - 5 * HOUR, 1, { grants: [PG, TEAM('alice')] })] },
      { at: NOW, drafts: [{ type: 'revoked', request: 'x', actor, targets: ['github-acme'], verified: true, cause: 'expired' }] },
    ]);
    const prepared = ledgerChanges({ outcomes: [outcome('failed')], unresolved: [], actor, snapshot }).changes(view(other));
    expect(prepared.drafts.map((d) => [d.type, d.type === 'revoked' ? d.targets : d.type === 'revoke_failed' ? d.target : ''])).toEqual([
      ['revoke_failed', 'orders-prod'],
    ]);
    const done = ledger([
      { at: NOW - 5 * HOUR, drafts: [granted('x', NOW - 5 * HOUR, 1, { grants: [PG, TEAM('alice')] })] },
      { at: NOW, drafts: [{ type: 'revoked', request: 'x', actor, targets: ['github-acme', 'orders-prod'], verified: true, cause: 'expired' }] },
    ]);
    expect(ledgerChanges({ outcomes: [outcome('revoked')], unresolved: [], actor, snapshot }).changes(view(done))).toEqual({ drafts: [], extraChanges: [] });
  });
});

describe('leftover request files', () => {
  it('a fully revoked request whose file is still there is deleted by a later commit, oldest first, within the per-commit share', () => {
    const actor = { run_id: '2', workflow: 'w@refs/heads/main', sha: SHA };
    const revoked = (request: string): EventDraft => ({ type: 'revoked', request, actor, targets: ['orders-prod'], verified: true, cause: 'expired' });
    const events = ledger([
      { at: NOW - 9 * HOUR, drafts: [granted('one', NOW - 9 * HOUR, 1), granted('two', NOW - 9 * HOUR, 1), granted('three', NOW - 9 * HOUR, 1)] },
      { at: NOW - 7 * HOUR, drafts: [revoked('one'), revoked('two'), revoked('three')] },
    ]);
    const plan = planSweep(input(events, { present: new Set(['two', 'three']) }));
    expect(plan.items).toEqual([]);
    expect(plan.leftovers).toEqual(['two', 'three']);
    const last = events[events.length - 1];
    if (last === undefined) throw new Error('no events');
    const { changes, deleted } = ledgerChanges({
      outcomes: [],
      unresolved: [],
      leftovers: plan.leftovers,
      maxDeletions: 1,
      actor,
      snapshot: { tip: { seq: last.seq, hash: last.hash }, folded: fold(events) },
    });
    const prepared = changes({ commitSha: SHA, events, tip: { seq: last.seq, hash: last.hash, at: NOW } });
    expect(prepared).toEqual({ drafts: [], extraChanges: [{ path: 'access-requests/two.yaml', content: null }] });
    expect(deleted()).toEqual(new Set(['two']));
  });
});

describe('heartbeat', () => {
  it('is quiet within twice the schedule and warns past it, when unknown, or unreadable', () => {
    expect(heartbeatWarning(formatInstant(NOW - 59 * 60_000), NOW, 30)).toBeUndefined();
    expect(heartbeatWarning(NOW - 60 * 60_000, NOW, 30)).toBeUndefined();
    expect(heartbeatWarning(NOW - 61 * 60_000, NOW, 30)).toBe(
      `the last revoke sweep completed at ${formatInstant(NOW - 61 * 60_000)}, 61 minutes ago (more than twice the 30-minute schedule): expired access may still be in place; check the access-revoke workflow`,
    );
    expect(heartbeatWarning(NOW - 3 * 24 * HOUR, NOW, 30)).toContain('3 days ago');
    expect(heartbeatWarning(undefined, NOW, 30)).toMatch(/^no completed revoke sweep is known/);
    expect(heartbeatWarning('yesterday', NOW, 30)).toMatch(/unreadable/);
    expect(() => heartbeatWarning(NOW, NOW, 0)).toThrow(RangeError);
  });
});

describe('markers and retry', () => {
  it('markers stay valid HTML comments for ids holding "--", and distinct per id', () => {
    expect(failureMarker('a--b')).toBe('<!-- grantbook:revoke-failure:a__b -->');
    expect(failureMarker('a--b').slice(4, -3)).not.toContain('--');
    expect(revokedMarker('a-b')).not.toBe(revokedMarker('ab'));
  });

  it('backs off exponentially through the injected sleep and stops early on a permanent error', async () => {
    const sleeps: number[] = [];
    const sleep = async (ms: number) => void sleeps.push(ms);
    let calls = 0;
    const ok = await withRetry(DEFAULT_RETRY, sleep, async () => {
      calls += 1;
      if (calls < 3) throw new Error('flaky');
      return 'done';
    });
    expect(ok).toEqual({ ok: true, value: 'done', attempts: 3 });
    expect(sleeps).toEqual([2000, 4000]);
    const stopped = await withRetry(
      DEFAULT_RETRY,
      sleep,
      async () => Promise.reject(new Error('never')),
      () => true,
    );
    expect(stopped.attempts).toBe(1);
    expect(backoffMs({ attempts: 10, baseDelayMs: 2000, maxDelayMs: 30_000 }, 6)).toBe(30_000);
  });
});
