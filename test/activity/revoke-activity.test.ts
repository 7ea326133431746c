import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/ledger/index.js';
import { revokedMarker } from '../../src/report/markers.js';
import { HOUR, NOW, startRevokeFixture, type RevokeFixture } from '../support/revoke-fixture.js';
import { usePostgres } from '../support/use-postgres.js';
import { seedWithBaseline, setProfile } from './fixture.js';

/**
 * The activity record against real PostgreSQL started with pg_stat_statements
 * preloaded: baseline at grant, the grantee's queries, the summary written
 * with the revocation, limits checked by scheduled runs.
 */
const server = usePostgres({ statStatements: true });
let fx: RevokeFixture;
beforeAll(async () => {
  fx = await startRevokeFixture(server());
}, 60_000);
afterAll(async () => {
  await fx.close();
});

const ofType = <T extends LedgerEvent['type']>(events: readonly LedgerEvent[], type: T): Extract<LedgerEvent, { type: T }>[] =>
  events.filter((e): e is Extract<LedgerEvent, { type: T }> => e.type === type);

async function asUser(user: string, statements: readonly string[]): Promise<void> {
  const client = await server().connectAs(user, fx.db.name);
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('activity at revocation', () => {
  it('records exactly the statements run during the window, normalized, with rows, and no literal values', async () => {
    // Use before the grant must not count.
    await asUser('alice', ['SELECT 1 AS before_the_grant']);
    const g = await seedWithBaseline(fx, 'alice-act-1', { grantedAt: NOW - 3 * HOUR });
    await asUser('alice', [
      "SELECT id, status FROM public.orders WHERE status = 'paid' AND id > 17 ORDER BY id",
      'SELECT id FROM public.orders WHERE id = 4242',
      'SELECT id FROM public.orders WHERE id = 4243',
      '/* customer 9911 */ SELECT count(*) FROM public.orders',
    ]);

    const { outcome } = await fx.sweep();
    expect(outcome.failure).toBeUndefined();
    expect(outcome.decision).toBe('revoked');
    const mine = (await fx.events()).filter((e) => e.request === g.id);
    expect(mine.map((e) => e.type)).toEqual(['granted', 'activity', 'revoked', 'activity']);
    const [baseline, summary] = ofType(mine, 'activity');
    expect(baseline).toMatchObject({ kind: 'baseline', status: 'observed', target: 'orders-prod', principal: 'alice' });
    expect(JSON.stringify(baseline)).not.toContain('SELECT');
    expect(summary).toMatchObject({ kind: 'summary', status: 'observed', since: baseline?.at, others: { statements: 0, calls: 0, rows: 0 } });
    expect(summary?.statements?.map((s) => [s.text, s.calls, s.rows])).toEqual([
      ['SELECT id, status FROM public.orders WHERE status = $1 AND id > $2 ORDER BY id', 1, 3],
      ['SELECT count(*) FROM public.orders', 1, 1],
      ['SELECT id FROM public.orders WHERE id = $1', 2, 0],
    ]);
    expect(summary?.totals).toMatchObject({ calls: 4, rows: 4 });
    // The revocation commit holds both; the literal values appear nowhere in the ledger.
    const commit = outcome.commit?.events.filter((e) => e.request === g.id).map((e) => e.type);
    expect(commit).toEqual(['revoked', 'activity']);
    const ledger = JSON.stringify(await fx.events());
    for (const literal of ['paid', '4242', '4243', '9911', '17 ']) expect(ledger).not.toContain(literal);

    // The reviewer who approved sees what the access was used for.
    const note = fx.gh.state.comments.find((c) => c.issue === g.pr && c.body.includes(revokedMarker(g.id)));
    expect(note?.body).toContain('What the access was used for');
    expect(note?.body).toContain('`SELECT id FROM public.orders WHERE id = $1` | 2 | 0 |');
  });

  it('a grantee who reads more rows than the profile allows raises one alert and one issue; the grant stays', async () => {
    await setProfile(fx, 'rows_read: 5\non_exceed: alert');
    const g = await seedWithBaseline(fx, 'alice-act-2', { grantedAt: NOW - HOUR });
    await asUser('alice', ['SELECT id, status FROM public.orders']);

    const first = await fx.sweep();
    expect(first.outcome.failure).toBeUndefined();
    const alerts = ofType(
      (await fx.events()).filter((e) => e.request === g.id),
      'alert',
    );
    expect(alerts.map((a) => [a.limit, a.observed, a.allowed, a.action])).toEqual([['rows_read', 20, 5, 'alert']]);
    expect(await fx.roleExists(g.id)).toBe(true);
    const issue = fx.gh.state.issues.find((i) => i.title === `Limit crossed: ${g.id}`);
    expect(issue?.body).toContain('| rows read | 20 | 5 | alert only |');

    // Level, not edge: the next run sees the same crossing and writes nothing new.
    const tip = await fx.tip();
    const second = await fx.sweep();
    expect(second.outcome.commit).toBeUndefined();
    expect(await fx.tip()).toBe(tip);
  });

  it('an alert whose issue cannot be opened fails the run: no later run would raise it again', async () => {
    await setProfile(fx, 'rows_read: 5\non_exceed: alert');
    const g = await seedWithBaseline(fx, 'alice-act-6', { grantedAt: NOW - HOUR });
    await asUser('alice', ['SELECT id, status FROM public.orders']);
    fx.gh.inject({ route: '/repos/{owner}/{repo}/issues', method: 'POST', times: 20, effect: { kind: 'status', status: 500 } });
    try {
      const { outcome } = await fx.sweep();
      expect(
        ofType(
          (await fx.events()).filter((e) => e.request === g.id),
          'alert',
        ),
      ).toHaveLength(1);
      expect(outcome.reasonCodes).toContain('E_REVOKE_ISSUE_FAILED');
      expect(outcome.failure).toBeDefined();
      expect(outcome.summary).toContain('could not be written');
    } finally {
      fx.gh.faults.clear();
    }
  });

  it('with on_exceed: revoke, the crossing revokes the grant early, with its alert and activity in the same commit', async () => {
    await setProfile(fx, 'rows_read: 5\non_exceed: revoke');
    const g = await seedWithBaseline(fx, 'bob-act-3', { grantedAt: NOW - HOUR, principal: 'bob' });
    await asUser('bob', ['SELECT id FROM public.orders WHERE id < 10']);

    const { outcome } = await fx.sweep();
    expect(outcome.failure).toBeUndefined();
    const added = (outcome.commit?.events ?? []).filter((e) => e.request === g.id);
    expect(added.map((e) => e.type)).toEqual(['alert', 'revoked', 'activity']);
    expect(ofType(added, 'alert')[0]).toMatchObject({ limit: 'rows_read', observed: 9, allowed: 5, action: 'revoke' });
    expect(ofType(added, 'revoked')[0]?.cause).toBe('limit');
    expect(ofType(added, 'activity')[0]?.statements?.map((s) => [s.text, s.rows])).toEqual([['SELECT id FROM public.orders WHERE id < $1', 9]]);
    expect(await fx.roleExists(g.id)).toBe(false);
  });

  it('a read-only profile alerts on statements that write, counting utility statements by their keyword', async () => {
    await setProfile(fx, 'read_only: true');
    await server().createLoginRole('carol');
    const g = await seedWithBaseline(fx, 'carol-act-5', { grantedAt: NOW - HOUR, principal: 'carol' });
    await asUser('carol', [
      "CREATE TEMP TABLE scratch AS SELECT id FROM public.orders WHERE status = 'paid'",
      'INSERT INTO scratch VALUES (99)',
      'SELECT id FROM scratch',
    ]);
    const { outcome } = await fx.sweep();
    expect(outcome.failure).toBeUndefined();
    const alerts = ofType(
      (outcome.commit?.events ?? []).filter((e) => e.request === g.id),
      'alert',
    );
    expect(alerts.map((a) => [a.limit, a.observed, a.allowed, a.action])).toEqual([['writes', 2, 0, 'alert']]);
  });

  it('counters reset during the window are reported as a lower bound, never negative', async () => {
    await setProfile(fx, undefined);
    const g = await seedWithBaseline(fx, 'alice-act-4', { grantedAt: NOW - 3 * HOUR });
    const admin = await server().admin(fx.db.name);
    try {
      await admin.query('SELECT pg_stat_statements_reset()');
    } finally {
      await admin.end();
    }
    await asUser('alice', ['SELECT status FROM public.orders WHERE id = 3']);
    await fx.sweep();
    const summary = ofType(
      (await fx.events()).filter((e) => e.request === g.id),
      'activity',
    ).find((e) => e.kind === 'summary');
    // alice-act-2 is still live for alice on the same target: its use cannot be told apart, and the record says so.
    expect(summary?.flags).toEqual(['counters_reset', 'shared_principal']);
    expect(summary?.statements?.map((s) => [s.text, s.calls, s.rows])).toEqual([['SELECT status FROM public.orders WHERE id = $1', 1, 1]]);
  });
});
