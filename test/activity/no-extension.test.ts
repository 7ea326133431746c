import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/ledger/index.js';
import { revokedMarker } from '../../src/report/markers.js';
import { HOUR, NOW, startRevokeFixture, type RevokeFixture } from '../support/revoke-fixture.js';
import { usePostgres } from '../support/use-postgres.js';
import { seedWithBaseline, setProfile } from './fixture.js';

/** A server without pg_stat_statements preloaded: the record says "not observable" and nothing fails. */
const server = usePostgres();
let fx: RevokeFixture;
beforeAll(async () => {
  fx = await startRevokeFixture(server());
}, 60_000);
afterAll(async () => {
  await fx.close();
});

const activity = (events: readonly LedgerEvent[], id: string) =>
  events.filter((e): e is Extract<LedgerEvent, { type: 'activity' }> => e.type === 'activity' && e.request === id);

describe('activity without pg_stat_statements', () => {
  it('records "not observable" at grant and at revocation, and revokes as always', async () => {
    await setProfile(fx, 'rows_read: 1\non_exceed: revoke');
    const g = await seedWithBaseline(fx, 'alice-noext-1', { grantedAt: NOW - 3 * HOUR });
    const live = await seedWithBaseline(fx, 'alice-noext-2', { grantedAt: NOW - HOUR });
    const alice = await server().connectAs('alice', fx.db.name);
    await alice.query('SELECT id FROM public.orders');
    await alice.end();

    const { outcome } = await fx.sweep();
    expect(outcome.failure).toBeUndefined();
    expect(outcome.decision).toBe('revoked');
    const records = activity(await fx.events(), g.id);
    // No baseline commit at apply where nothing is observable; the summary says why.
    expect(records.map((e) => [e.kind, e.status, e.reason?.code])).toEqual([['summary', 'not_observable', 'E_ACTIVITY_EXTENSION_MISSING']]);
    // Limits cannot be checked without counters: no alert is invented, the live grant stays.
    expect((await fx.events()).some((e) => e.type === 'alert')).toBe(false);
    expect(await fx.roleExists(live.id)).toBe(true);
    const note = fx.gh.state.comments.find((c) => c.issue === g.pr && c.body.includes(revokedMarker(g.id)));
    expect(note?.body).toMatch(/not observable \(E_ACTIVITY_EXTENSION_MISSING/);
  });

  it('an extension created but not preloaded is reported as such', async () => {
    const admin = await server().admin(fx.db.name);
    try {
      await admin.query('CREATE EXTENSION pg_stat_statements');
      expect(await fx.provider.activity.readActivity('alice', { withText: true })).toMatchObject({
        observable: false,
        reason: { code: 'E_ACTIVITY_NOT_LOADED' },
      });
    } finally {
      await admin.query('DROP EXTENSION pg_stat_statements');
      await admin.end();
    }
  });
});
