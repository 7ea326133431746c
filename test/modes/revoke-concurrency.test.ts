import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/ledger/index.js';
import type { Provider } from '../../src/providers/contract.js';
import { HOUR, NOW, startRevokeFixture, type RevokeFixture } from '../support/revoke-fixture.js';
import { usePostgres } from '../support/use-postgres.js';

/**
 * Single flight (design invariant 5: two runs at once never double-revoke or
 * lose work): two sweeps started together, in process, against the same
 * repository and database.
 */
const server = usePostgres();
let fx: RevokeFixture;
beforeAll(async () => {
  fx = await startRevokeFixture(server());
}, 60_000);
afterAll(async () => {
  await fx.close();
});

/** Counts provider.revoke calls per request; everything else is the real provider. */
function counting(calls: Map<string, number>, hideLock = false): (p: Provider) => Provider {
  return (p) => {
    const wrapped: Provider = {
      ...p,
      revoke: async (g) => {
        calls.set(g.requestId, (calls.get(g.requestId) ?? 0) + 1);
        return p.revoke(g);
      },
    };
    if (hideLock) delete wrapped.singleFlight;
    return wrapped;
  };
}

const revokedEvents = (events: readonly LedgerEvent[], ids: readonly string[]) => events.filter((e) => e.type === 'revoked' && ids.includes(e.request));

describe('revoke sweep: two runs at once', () => {
  it('with the Postgres single-flight lock: each grant is revoked once, one revoked event each, the chain is valid', async () => {
    const ids = ['alice-inc-301', 'alice-inc-302', 'alice-inc-303', 'alice-inc-304'];
    for (const [i, id] of ids.entries()) await fx.seed(id, { grantedAt: NOW - (8 - i) * HOUR });
    const calls = new Map<string, number>();

    const [a, b] = await Promise.all([fx.sweep({ wrap: counting(calls), runId: '8001' }), fx.sweep({ wrap: counting(calls), runId: '8002' })]);

    for (const id of ids) expect(calls.get(id)).toBe(1);
    const events = await fx.events();
    expect(
      revokedEvents(events, ids)
        .map((e) => e.request)
        .sort(),
    ).toEqual(ids);
    expect(await fx.chainOk()).toBe(true);
    // One run did the work; the other found the target locked (or, if it came late, nothing due).
    const decisions = [a.outcome.decision, b.outcome.decision];
    expect(decisions.filter((d) => d === 'revoked')).toHaveLength(1);
    expect(decisions.find((d) => d !== 'revoked')).toMatch(/^(nothing-due|skipped)$/);
    expect([a, b].every((r) => r.outcome.failure === undefined)).toBe(true);
    for (const id of ids) expect(await fx.roleExists(id)).toBe(false);
  });

  it('without a provider lock: both may revoke (idempotently), but the ledger still gets one revoked event per grant', async () => {
    const ids = ['bob-inc-311', 'bob-inc-312', 'bob-inc-313'];
    for (const [i, id] of ids.entries()) await fx.seed(id, { grantedAt: NOW - (6 - i) * HOUR, principal: 'bob' });
    const calls = new Map<string, number>();

    const runs = await Promise.all([fx.sweep({ wrap: counting(calls, true), runId: '8011' }), fx.sweep({ wrap: counting(calls, true), runId: '8012' })]);

    const events = await fx.events();
    expect(
      revokedEvents(events, ids)
        .map((e) => e.request)
        .sort(),
    ).toEqual(ids);
    expect(events.filter((e) => e.type === 'revoke_failed' && ids.includes(e.request))).toEqual([]);
    expect(await fx.chainOk()).toBe(true);
    expect(runs.every((r) => r.outcome.failure === undefined)).toBe(true);
    // Whichever run lands second re-reads the ledger and finds nothing left to record.
    expect(runs.filter((r) => r.outcome.commit !== undefined)).toHaveLength(1);
    for (const id of ids) {
      expect(calls.get(id)).toBeGreaterThanOrEqual(1);
      expect(await fx.roleExists(id)).toBe(false);
      expect(await fx.requestFileExists(id)).toBe(false);
    }
  });
});
