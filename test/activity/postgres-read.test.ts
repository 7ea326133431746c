import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryBody } from '../../src/activity/summary.js';
import { baselineBody, windowBetween } from '../../src/activity/window.js';
import type { ActivityEvent } from '../../src/ledger/index.js';
import { createPostgresProvider, type PostgresProvider } from '../../src/providers/postgres/provider.js';
import type { PostgresTarget } from '../../src/providers/postgres/validate.js';
import { GRANTOR_ROLE, type SampleDatabase } from '../support/postgres.js';
import { usePostgres } from '../support/use-postgres.js';

const server = usePostgres({ statStatements: true });
const target: PostgresTarget = { name: 'orders-prod', provider: 'postgres', connectionEnv: 'PG', grantorRole: GRANTOR_ROLE, protectedRoles: [] };
let db: SampleDatabase;
let provider: PostgresProvider;
let admin: pg.Client;

beforeAll(async () => {
  db = await server().createSampleDatabase();
  admin = await server().admin(db.name);
  provider = createPostgresProvider(target, { connectionString: db.grantorUrl });
});
afterAll(async () => {
  await provider.close();
});

const grant = (requestId: string) => ({
  requestId,
  target,
  principal: 'alice',
  expiresAt: '2030-01-01T00:00:00Z',
  grants: [{ kind: 'table' as const, privileges: ['SELECT' as const], schema: 'public', table: 'orders', columns: ['id', 'status', 'amount_cents'] }],
});

const asBaseline = (body: ReturnType<typeof baselineBody>): ActivityEvent =>
  ({ type: 'activity', kind: 'baseline', target: 'orders-prod', provider: 'postgres', principal: 'alice', ...body }) as unknown as ActivityEvent;

describe('reading pg_stat_statements for a grantee', () => {
  it('sees exactly the statements run during the window, normalized, with their rows', async () => {
    const g = grant('activity-read-1');
    await provider.grant(g);
    const before = await provider.activity.readActivity('alice', { withText: false });
    expect(before.observable).toBe(true);
    const alice = await server().connectAs('alice', db.name);
    try {
      await alice.query("SELECT id, status FROM public.orders WHERE status = 'paid' AND amount_cents > 1337 ORDER BY id");
      await alice.query('SELECT id FROM public.orders WHERE id = 7');
      await alice.query('SELECT id FROM public.orders WHERE id = 8');
    } finally {
      await alice.end();
    }
    const after = await provider.activity.readActivity('alice', { withText: true });
    const window = windowBetween(asBaseline(baselineBody(before)), after);
    const summary = summaryBody(window, '2026-01-01T00:00:00Z');
    expect(summary.status).toBe('observed');
    const texts = (summary.statements ?? []).map((s) => [s.text, s.calls, s.rows]);
    expect(texts).toEqual([
      ['SELECT id, status FROM public.orders WHERE status = $1 AND amount_cents > $2 ORDER BY id', 1, 7],
      ['SELECT id FROM public.orders WHERE id = $1', 2, 2],
    ]);
    expect(JSON.stringify(summary)).not.toMatch(/paid|1337/);
    await provider.revoke(g);
  });

  it('says not observable without the extension in the database', async () => {
    await admin.query('DROP EXTENSION pg_stat_statements');
    try {
      const snap = await provider.activity.readActivity('alice', { withText: true });
      expect(snap).toMatchObject({ observable: false, reason: { code: 'E_ACTIVITY_EXTENSION_MISSING' } });
    } finally {
      await admin.query('CREATE EXTENSION pg_stat_statements');
    }
  });
});
