import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/ledger/index.js';
import { revokedMarker } from '../../src/report/markers.js';
import { formatInstant } from '../../src/time/instant.js';
import { HOUR, NOW, startRevokeFixture, TARGET, type RevokeFixture } from '../support/revoke-fixture.js';
import { usePostgres } from '../support/use-postgres.js';

/**
 * The sweep against real PostgreSQL and the GitHub stand-in over real git:
 * level-triggered revocation of everything due, one commit per run, and
 * nothing written when nothing is due.
 */
const server = usePostgres();
let fx: RevokeFixture;
beforeAll(async () => {
  fx = await startRevokeFixture(server());
}, 60_000);
afterAll(async () => {
  await fx.close();
});

const ofType = <T extends LedgerEvent['type']>(events: readonly LedgerEvent[], type: T): Extract<LedgerEvent, { type: T }>[] =>
  events.filter((e): e is Extract<LedgerEvent, { type: T }> => e.type === type);

describe('revoke sweep: what is due', () => {
  it('revokes four grants that expired between an hour and three days ago in one run and one commit', async () => {
    const grants = [
      await fx.seed('alice-inc-101', { grantedAt: NOW - 72 * HOUR - 2 * HOUR }),
      await fx.seed('alice-inc-102', { grantedAt: NOW - 24 * HOUR - 4 * HOUR, duration: '4h' }),
      await fx.seed('alice-inc-103', { grantedAt: NOW - 5 * HOUR }),
      await fx.seed('alice-inc-104', { grantedAt: NOW - 3 * HOUR }),
    ];
    // Not due: must be left alone.
    const live = await fx.seed('alice-inc-105', { grantedAt: NOW - HOUR });
    const before = await fx.tip();
    const eventsBefore = (await fx.events()).length;

    const { outcome } = await fx.sweep();

    expect(outcome.failure).toBeUndefined();
    expect(outcome.decision).toBe('revoked');
    expect(outcome.requests).toEqual(grants.map((g) => g.id));
    expect(outcome.lastSweep).toBe(formatInstant(NOW));
    // One commit on top of the tip the run started from.
    const commit = await fx.gh.gitOf().readCommit(await fx.tip());
    expect(commit.parents).toEqual([before]);
    const added = (await fx.events()).slice(eventsBefore);
    const revoked = ofType(added, 'revoked');
    // Each revocation carries its activity record; this server has no pg_stat_statements, and says so.
    expect(added.filter((e) => e.type !== 'activity')).toHaveLength(4);
    expect(ofType(added, 'activity').map((e) => [e.kind, e.status, e.reason?.code])).toEqual(
      Array(4).fill(['summary', 'not_observable', 'E_ACTIVITY_EXTENSION_MISSING']),
    );
    // Most overdue first, each with how late it was (the fixed clock makes it exact).
    expect(revoked.map((e) => [e.request, e.cause, e.late_ms, e.targets])).toEqual(grants.map((g) => [g.id, 'expired', NOW - g.expiresAt, ['orders-prod']]));
    expect(revoked.every((e) => e.verified && e.actor.sha === before && e.actor.run_id === '7001')).toBe(true);
    for (const g of grants) {
      expect(await fx.roleExists(g.id)).toBe(false);
      expect(await fx.requestFileExists(g.id)).toBe(false);
      const comments = fx.gh.state.comments.filter((c) => c.issue === g.pr && c.body.includes(revokedMarker(g.id)));
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain('Access revoked');
    }
    expect(await fx.roleExists(live.id)).toBe(true);
    expect(await fx.requestFileExists(live.id)).toBe(true);
    expect(await fx.chainOk()).toBe(true);
    expect(outcome.summary).toContain('Revoked and verified (4)');
  });

  it('a sweep with nothing due writes nothing: no commit, and says so', async () => {
    const before = await fx.tip();
    const { outcome } = await fx.sweep();
    expect(outcome.decision).toBe('nothing-due');
    expect(outcome.failure).toBeUndefined();
    expect(outcome.commit).toBeUndefined();
    expect(await fx.tip()).toBe(before);
    expect(outcome.summary).toContain('Nothing was due. Nothing was written to the ledger.');
    expect(outcome.summary).toContain(`Sweep completed at **${formatInstant(NOW)}**`);
  });

  it('deleting an active request from the default branch revokes it early, as relinquished', async () => {
    const g = await fx.seed('alice-inc-110', { grantedAt: NOW - 30 * 60_000 });
    await fx.relinquish(g.id);
    const { outcome } = await fx.sweep();
    expect(outcome.decision).toBe('revoked');
    const revoked = ofType(await fx.events(), 'revoked').filter((e) => e.request === g.id);
    expect(revoked).toHaveLength(1);
    expect(revoked[0]?.cause).toBe('relinquished');
    // Revoked before its time: not late.
    expect(revoked[0]?.late_ms).toBeUndefined();
    expect(await fx.roleExists(g.id)).toBe(false);
  });

  it('an extension that was granted supersedes the grant it extends', async () => {
    const old = await fx.seed('alice-inc-120', { grantedAt: NOW - 90 * 60_000 });
    const ext = await fx.seed('alice-inc-121', { grantedAt: NOW - 10 * 60_000, extends: old.id });
    const { outcome } = await fx.sweep();
    expect(outcome.decision).toBe('revoked');
    const revoked = ofType(await fx.events(), 'revoked').filter((e) => e.request === old.id || e.request === ext.id);
    expect(revoked.map((e) => [e.request, e.cause])).toEqual([[old.id, 'superseded']]);
    expect(await fx.roleExists(old.id)).toBe(false);
    expect(await fx.requestFileExists(old.id)).toBe(false);
    expect(await fx.roleExists(ext.id)).toBe(true);
  });

  it('a grant the provider holds but the ledger never knew (drift) is revoked and recorded as drift_found', async () => {
    const id = 'mallory-inc-130';
    // Granted through the provider with no ledger event at all.
    await fx.provider.grant({
      requestId: id,
      target: TARGET,
      principal: 'bob',
      grants: [{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders' }],
      expiresAt: '2030-01-01T00:00:00Z',
    });
    expect(await fx.roleExists(id)).toBe(true);
    const { outcome } = await fx.sweep();
    expect(outcome.failure).toBeUndefined();
    const mine = (await fx.events()).filter((e) => e.request === id);
    expect(mine.map((e) => e.type)).toEqual(['drift_found', 'revoked']);
    expect(mine[0]).toMatchObject({ type: 'drift_found', target: 'orders-prod', principal: 'bob', what: 'unrecorded' });
    expect(mine[1]).toMatchObject({ type: 'revoked', targets: ['orders-prod'], cause: 'drift', verified: true });
    expect(await fx.roleExists(id)).toBe(false);
    // Found, fixed, and not found again.
    const again = await fx.sweep();
    expect(again.outcome.decision).toBe('nothing-due');
  });

  // Last in this file: it moves the clock on (the intent is stamped no earlier than the ledger's tip).
  it('an intent with no granted event after an hour is revoked; the grant found in place is recorded as drift', async () => {
    const g = await fx.seed('alice-inc-140', { grantedAt: NOW - 2 * HOUR, duration: '1d', intentOnly: true });
    expect(await fx.roleExists(g.id)).toBe(true);
    const early = await fx.sweep({ now: NOW + 30 * 60_000 });
    expect(early.outcome.requests).not.toContain(g.id);
    const { outcome } = await fx.sweep({ now: NOW + 61 * 60_000 });
    expect(outcome.failure).toBeUndefined();
    const mine = (await fx.events()).filter((e) => e.request === g.id);
    expect(mine.map((e) => e.type)).toEqual(['intent', 'drift_found', 'revoked', 'activity']);
    expect(mine[2]).toMatchObject({ cause: 'drift' });
    expect(await fx.roleExists(g.id)).toBe(false);
  });
});
