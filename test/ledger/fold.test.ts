import { describe, expect, it } from 'vitest';
import { canonicalJson, sealLine, sha256Hex } from '../../src/ledger/canonical.js';
import { verifyChain } from '../../src/ledger/chain.js';
import type { EventDraft, LedgerEvent } from '../../src/ledger/events.js';
import { due, fold, isKnownRequestId } from '../../src/ledger/fold.js';
import { activeGrants } from '../../src/ledger/status.js';
import { ACTOR, HOUR, grantedDraft, revokeFailedDraft, revokedDraft, sealBatches, T0 } from './fixtures.js';

const events = (...batches: { at: number; drafts: EventDraft[] }[]): LedgerEvent[] => sealBatches(batches).map((s) => s.event);
const ids = (list: readonly { request: string }[]): string[] => list.map((s) => s.request);

describe('fold and due', () => {
  it('granted then revoked: revoked with its cause, never due', () => {
    const folded = fold(events({ at: T0, drafts: [grantedDraft('a-1', T0)] }, { at: T0 + 2 * HOUR, drafts: [revokedDraft('a-1')] }));
    expect(folded.states.get('a-1')).toMatchObject({ status: 'revoked', cause: 'expired', pending: [], revokedAt: '2025-02-01T00:00:00Z' });
    expect(due(folded.states, T0 + 100 * HOUR)).toEqual([]);
  });

  it('granted and not yet expired: active, not due; due from its expiry on', () => {
    const { states } = fold(events({ at: T0, drafts: [grantedDraft('a-1', T0, 2)] }));
    expect(states.get('a-1')).toMatchObject({ status: 'active', expiresAt: T0 + 2 * HOUR, pending: ['orders-prod', 'github-acme'] });
    expect(due(states, T0 + 2 * HOUR - 1)).toEqual([]);
    expect(ids(due(states, T0 + 2 * HOUR))).toEqual(['a-1']);
  });

  it('revoke_failed stays live and due, counting failures, until a revoked for every target', () => {
    const list = events(
      { at: T0, drafts: [grantedDraft('a-1', T0, 1)] },
      { at: T0 + 2 * HOUR, drafts: [revokedDraft('a-1', ['github-acme']), revokeFailedDraft('a-1', 'orders-prod')] },
      { at: T0 + 3 * HOUR, drafts: [revokeFailedDraft('a-1', 'orders-prod')] },
    );
    const { states } = fold(list);
    expect(states.get('a-1')).toMatchObject({ status: 'revoke_failed', failures: 2, pending: ['orders-prod'] });
    expect(states.get('a-1')?.lastFailure).toMatchObject({ target: 'orders-prod', reason: { code: 'E_PROVIDER_REVOKE_NOT_VERIFIED' } });
    expect(ids(due(states, T0 + 3 * HOUR))).toEqual(['a-1']);
    const more = sealBatches([{ at: T0 + 4 * HOUR, drafts: [revokedDraft('a-1', ['orders-prod'])] }], tipOf(list));
    const after = fold([...list, ...more.map((s) => s.event)]);
    expect(after.states.get('a-1')).toMatchObject({ status: 'revoked', failures: 2 });
    expect(due(after.states, T0 + 4 * HOUR)).toEqual([]);
  });

  it('a non-finite or unparseable expiry read back from the ledger is due at any time (invariant 4)', () => {
    const good = sealBatches([{ at: T0, drafts: [grantedDraft('a-1', T0, 2)] }]);
    const line = good[0]?.line ?? '';
    const body = JSON.parse(line) as Record<string, unknown>;
    delete body.hash;
    body.expires_at = 'Infinity';
    const text = canonicalJson(body);
    const result = verifyChain([{ path: 'audit/2025-01.jsonl', text: `${sealLine(text, sha256Hex(text))}\n` }]);
    expect(result.problems).toEqual([]);
    const { states } = fold(result.events);
    expect(states.get('a-1')?.expiresAt).toBeNaN();
    expect(ids(due(states, T0 - 1000 * HOUR))).toEqual(['a-1']);
    expect(activeGrants(states, T0)[0]).toMatchObject({ request: 'a-1', expiresAt: 'Infinity', remainingMs: Number.NEGATIVE_INFINITY });
  });

  it('an expires_at later than granted_at + duration is cut back to it', () => {
    const { states } = fold(events({ at: T0, drafts: [grantedDraft('a-1', T0, 2, { expires_at: '2030-01-01T00:00:00Z' })] }));
    expect(states.get('a-1')?.expiresAt).toBe(T0 + 2 * HOUR);
  });

  it('four grants that expired between 1 hour and 3 days ago (missed runs) are all due, most overdue first', () => {
    const now = T0 + 10 * 24 * HOUR;
    const list = events({
      at: T0,
      drafts: [
        grantedDraft('one-hour', now - 3 * HOUR, 2),
        grantedDraft('three-days', now - 73 * HOUR, 1),
        grantedDraft('one-day', now - 26 * HOUR, 2),
        grantedDraft('twelve-hours', now - 14 * HOUR, 2),
        grantedDraft('not-yet', now - HOUR, 2),
      ],
    });
    expect(ids(due(fold(list).states, now))).toEqual(['three-days', 'one-day', 'twelve-hours', 'one-hour']);
  });

  it('orders an unknown expiry first, then by expiry, ties by ledger order', () => {
    const list = events({
      at: T0,
      drafts: [grantedDraft('tie-b', T0, 1), grantedDraft('tie-a', T0, 1), grantedDraft('earliest', T0 - HOUR, 1), grantedDraft('unknown', T0, 1)],
    }).map((e) => (e.request === 'unknown' && e.type === 'granted' ? { ...e, expires_at: '2025-13-01T00:00:00Z' } : e));
    expect(ids(due(fold(list).states, T0 + 5 * HOUR))).toEqual(['unknown', 'earliest', 'tie-b', 'tie-a']);
  });

  it('nothing due -> empty', () => {
    const { states } = fold(events({ at: T0, drafts: [grantedDraft('a-1', T0, 4), grantedDraft('b-2', T0, 2)] }));
    expect(due(states, T0 + HOUR)).toEqual([]);
    expect(due(fold([]).states, T0)).toEqual([]);
  });

  it('an intent without its granted is live (crash between provider and ledger) and becomes active on granted', () => {
    const granted = grantedDraft('a-1', T0, 2);
    if (granted.type !== 'granted') throw new Error('fixture');
    const { granted_at: _, ...body } = granted;
    const intent: EventDraft = { ...body, type: 'intent' };
    const first = events({ at: T0, drafts: [intent] });
    expect(fold(first).states.get('a-1')).toMatchObject({ status: 'intended', expiresAt: T0 + 2 * HOUR });
    expect(ids(due(fold(first).states, T0 + 2 * HOUR))).toEqual(['a-1']);
    const both = [...first, ...sealBatches([{ at: T0 + 60_000, drafts: [grantedDraft('a-1', T0 + 60_000, 2)] }], tipOf(first)).map((s) => s.event)];
    // The granted event is authoritative over the intent's provisional expiry.
    expect(fold(both).states.get('a-1')).toMatchObject({ status: 'active', expiresAt: T0 + 60_000 + 2 * HOUR });
    expect(fold(both).states.get('a-1')?.grant?.type).toBe('granted');
  });

  it('a second granted for a live request widens the targets and keeps the earlier expiry', () => {
    const list = events(
      { at: T0, drafts: [grantedDraft('a-1', T0, 1, { grants: [onlyGrant('orders-prod')] })] },
      { at: T0 + 1000, drafts: [grantedDraft('a-1', T0 + 1000, 4, { grants: [onlyGrant('orders-dr')] })] },
    );
    expect(fold(list).states.get('a-1')).toMatchObject({ status: 'active', expiresAt: T0 + HOUR, pending: ['orders-prod', 'orders-dr'] });
  });

  it('pending names each target once, in the order first granted; a target revoked then granted again goes last', () => {
    const twice = grantedDraft('a-1', T0, 1, {
      grants: [onlyGrant('orders-prod'), { ...(onlyGrant('orders-prod') as object), principal: 'bob' }, onlyGrant('orders-dr')],
    });
    const first = events({ at: T0, drafts: [twice] });
    expect(fold(first).states.get('a-1')?.pending).toEqual(['orders-prod', 'orders-dr']);
    const more = sealBatches(
      [
        { at: T0 + 1000, drafts: [revokedDraft('a-1', ['orders-prod', 'orders-none'])] },
        { at: T0 + 2000, drafts: [grantedDraft('a-1', T0 + 2000, 1, { grants: [onlyGrant('orders-dr'), onlyGrant('orders-prod')] })] },
      ],
      tipOf(first),
    );
    const all = [...first, ...more.map((s) => s.event)];
    expect(fold(all).states.get('a-1')).toMatchObject({ status: 'active', pending: ['orders-dr', 'orders-prod'] });
    const done = sealBatches([{ at: T0 + 3000, drafts: [revokedDraft('a-1', ['orders-dr', 'orders-prod'])] }], tipOf(all));
    expect(fold([...all, ...done.map((s) => s.event)]).states.get('a-1')).toMatchObject({ status: 'revoked', pending: [] });
  });

  it('refused requests are known ids and a refusal never hides a grant', () => {
    const refused: EventDraft = { type: 'grant_refused', request: 'm-1', actor: ACTOR, reasons: [{ code: 'E_APPROVAL_MISSING', message: 'none' }] };
    const list = events({ at: T0, drafts: [grantedDraft('a-1', T0, 1), refused, { ...refused, request: 'a-1' }] });
    const folded = fold(list);
    expect(folded.states.get('m-1')).toMatchObject({ status: 'refused', refusal: [{ code: 'E_APPROVAL_MISSING' }] });
    expect(folded.states.get('a-1')?.status).toBe('active');
    expect(isKnownRequestId(folded, 'm-1')).toBe(true);
    expect(isKnownRequestId(folded, 'a-1')).toBe(true);
    expect(isKnownRequestId(folded, 'z-9')).toBe(false);
  });

  it('revoke and drift events for a request never granted change nothing but make the id known', () => {
    const list = events({
      at: T0,
      drafts: [revokedDraft('ghost-1'), { type: 'drift_found', request: 'ghost-2', actor: ACTOR, target: 'orders-prod', what: 'unrecorded' }],
    });
    const folded = fold(list);
    expect(folded.states.size).toBe(0);
    expect(isKnownRequestId(folded, 'ghost-1') && isKnownRequestId(folded, 'ghost-2')).toBe(true);
  });

  it('activeGrants lists live grants with time left, soonest first', () => {
    const { states } = fold(
      events({ at: T0, drafts: [grantedDraft('long', T0, 4), grantedDraft('short', T0, 1)] }, { at: T0 + 1, drafts: [revokedDraft('gone')] }),
    );
    expect(activeGrants(states, T0 + 30 * 60_000)).toMatchObject([
      { request: 'short', status: 'active', requester: 'alice', targets: ['orders-prod', 'github-acme'], principals: ['alice'], remainingMs: 30 * 60_000 },
      { request: 'long', remainingMs: 3.5 * HOUR },
    ]);
  });
});

function onlyGrant(target: string): unknown {
  return { target, provider: 'postgres', principal: 'alice', spec: { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders' } };
}

function tipOf(list: readonly LedgerEvent[]): { seq: number; hash: string; at: number } {
  const last = list[list.length - 1];
  if (last === undefined) throw new Error('empty');
  return { seq: last.seq, hash: last.hash, at: Date.parse(last.at) };
}
