import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryBody } from '../../src/activity/summary.js';
import { baselineBody, windowBetween } from '../../src/activity/window.js';
import type { ActivityEvent } from '../../src/ledger/index.js';
import { createPostgresProvider, type PostgresProvider } from '../../src/providers/postgres/provider.js';
import type { PgTargetGrant, PostgresTarget } from '../../src/providers/postgres/validate.js';
import { GRANTOR_ROLE, type SampleDatabase } from '../support/postgres.js';
import { usePostgres } from '../support/use-postgres.js';

/**
 * pg_stat_statements is one view per cluster, keyed by user and database:
 * each target's activity record holds what the grantee ran in that target's
 * database and nothing from the cluster's other databases.
 */
const server = usePostgres({ statStatements: true });
const targetOf = (name: string): PostgresTarget => ({ name, provider: 'postgres', connectionEnv: 'PG', grantorRole: GRANTOR_ROLE, protectedRoles: [] });
const A = targetOf('orders-a');
const B = targetOf('orders-b');
let dbA: SampleDatabase;
let dbB: SampleDatabase;
let pa: PostgresProvider;
let pb: PostgresProvider;

beforeAll(async () => {
  dbA = await server().createSampleDatabase();
  dbB = await server().createSampleDatabase();
  pa = createPostgresProvider(A, { connectionString: dbA.grantorUrl });
  pb = createPostgresProvider(B, { connectionString: dbB.grantorUrl });
});
afterAll(async () => {
  await pa.close();
  await pb.close();
});

const grantOn = (target: PostgresTarget): PgTargetGrant => ({
  requestId: 'activity-two-db-1',
  target,
  principal: 'alice',
  expiresAt: '2030-01-01T00:00:00Z',
  grants: [{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status', 'amount_cents'] }],
});

const asBaseline = (target: string, body: ReturnType<typeof baselineBody>): ActivityEvent =>
  ({ type: 'activity', kind: 'baseline', target, provider: 'postgres', principal: 'alice', ...body }) as unknown as ActivityEvent;

async function aliceRunsIn(db: SampleDatabase, statements: readonly string[]): Promise<void> {
  const alice = await server().connectAs('alice', db.name);
  try {
    for (const sql of statements) await alice.query(sql);
  } finally {
    await alice.end();
  }
}

describe('activity records on a shared cluster', () => {
  it('keeps each database to its own target: the same statement is counted where it ran, a statement of A never reaches B', async () => {
    await pa.grant(grantOn(A));
    await pb.grant(grantOn(B));
    const before = { a: await pa.activity.readActivity('alice', { withText: false }), b: await pb.activity.readActivity('alice', { withText: false }) };
    expect(before.a.observable && before.b.observable).toBe(true);

    // The same statement in both databases, three times in A and once in B, and one statement in A only.
    await aliceRunsIn(dbA, [
      'SELECT id FROM public.orders WHERE id = 1',
      'SELECT id FROM public.orders WHERE id = 2',
      'SELECT id FROM public.orders WHERE id = 3',
    ]);
    await aliceRunsIn(dbA, ["SELECT id, status FROM public.orders WHERE status = 'refunded' AND amount_cents > 1700"]);
    await aliceRunsIn(dbB, ['SELECT id FROM public.orders WHERE id = 4']);

    const summaryOf = async (p: PostgresProvider, target: string, baseline: typeof before.a) => {
      const window = windowBetween(asBaseline(target, baselineBody(baseline)), await p.activity.readActivity('alice', { withText: true }));
      const summary = summaryBody(window, '2026-01-01T00:00:00Z');
      expect(summary.status).toBe('observed');
      return (summary.statements ?? []).map((s) => [s.text, s.calls, s.rows]);
    };
    expect(await summaryOf(pa, A.name, before.a)).toEqual([
      ['SELECT id FROM public.orders WHERE id = $1', 3, 3],
      ['SELECT id, status FROM public.orders WHERE status = $1 AND amount_cents > $2', 1, 0],
    ]);
    expect(await summaryOf(pb, B.name, before.b)).toEqual([['SELECT id FROM public.orders WHERE id = $1', 1, 1]]);

    await pa.revoke(grantOn(A));
    await pb.revoke(grantOn(B));
  });
});
