/**
 * Grants through views on a real PostgreSQL: the rows, the masks, the
 * expiry that needs no revoke job, the read-back, and revocation.
 */
import { createHmac } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError, RevokeNotVerified } from '../../src/providers/errors.js';
import { keySchemaName, viewSchemaName } from '../../src/providers/postgres/names.js';
import { createPostgresProvider, type PostgresProvider } from '../../src/providers/postgres/provider.js';
import { formatInstant } from '../../src/time/instant.js';
import { GRANTOR_ROLE, type SampleDatabase } from '../support/postgres.js';
import { usePostgres } from '../support/use-postgres.js';
import { createViewTable, supportSpec, viewGrant, viewTarget } from '../support/view-fixture.js';

const server = usePostgres();
let db: SampleDatabase;
let admin: pg.Client;
let alice: pg.Client;
let provider: PostgresProvider;
let n = 0;

const fresh = (extra: Parameters<typeof viewGrant>[1] = {}, spec = supportSpec) => viewGrant(`views-${++n}`, extra, spec);
const view = (requestId: string): string => `${viewSchemaName('orders-prod', requestId)}.customer_orders`;

/** What a person at psql would see: the rows, or the server's message. */
async function attempt(client: pg.Client, sql: string): Promise<string> {
  return client.query(sql).then(
    () => 'ok',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  return error;
}

interface BaseRow {
  id: string;
  customer_id: string;
  email: string;
  card_number: string;
  pin: string;
  note: string | null;
  created_at: Date;
}

/** The table itself, as the administrator sees it. */
async function baseRows(): Promise<Map<string, BaseRow>> {
  const { rows } = await admin.query<BaseRow>('SELECT id, customer_id, email, card_number, pin, note, created_at FROM public.customer_orders');
  return new Map(rows.map((r) => [r.id, r]));
}

beforeAll(async () => {
  db = await server().createSampleDatabase();
  admin = await server().admin(db.name);
  await createViewTable(admin);
  provider = createPostgresProvider(viewTarget(), { connectionString: db.grantorUrl });
});
// Each revocation ends the grantee's sessions: every test starts with a new one.
beforeEach(async () => {
  alice = await server().connectAs('alice', db.name);
});
afterAll(async () => {
  await provider.close();
});

describe('a grant through a view', () => {
  it('returns only the rows the filter admits, with exactly the granted columns', async () => {
    const g = fresh();
    await provider.grant(g);
    const { rows, fields } = await alice.query<{ id: string }>(`SELECT * FROM ${view(g.requestId)} ORDER BY id`);
    const { rows: expected } = await admin.query<{ id: string }>(
      `SELECT id FROM public.customer_orders WHERE customer_id IN (4201, 4203) AND created_at >= '2026-05-01T00:00:00Z' AND created_at < '2026-05-03T00:00:00Z' ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(rows.length).toBe(10);
    expect(fields.map((f) => f.name)).toEqual(['id', 'customer_id', 'state', 'created_at', 'email', 'card_number', 'pin', 'note']);
    expect(await provider.inspect(g)).toMatchObject({ present: true, absent: false });
    await provider.revoke(g);
  });

  it('never returns a clear value of a masked column, checked over every row', async () => {
    const g = fresh({}, { ...supportSpec, rows: undefined });
    await provider.grant(g);
    const base = await baseRows();
    const { rows } = await alice.query<{ id: string; email: string; card_number: string | null; pin: string | null; note: string | null }>(
      `SELECT id, email, card_number, pin, note FROM ${view(g.requestId)}`,
    );
    expect(rows.length).toBe(base.size);
    for (const r of rows) {
      const clear = base.get(r.id);
      if (clear === undefined) throw new Error(`row ${r.id} is not in the table`);
      for (const column of ['email', 'card_number', 'pin', 'note'] as const) {
        if (clear[column] !== null) expect(r[column], `${column} of ${r.id}`).not.toBe(clear[column]);
      }
      expect(r.email).toMatch(/^[0-9a-f]{64}$/);
      expect(r.card_number).toBe(clear.card_number.slice(-4));
      // Four characters would be the whole pin: last4 shows nothing rather than all of it.
      expect(r.pin).toBeNull();
      expect(r.note).toBeNull();
    }
    await provider.revoke(g);
  });

  it('shows an e-mail address as its domain only, and nothing for a value without one', async () => {
    const g = fresh(
      {},
      {
        ...supportSpec,
        rows: [{ column: 'customer_id', values: [4201] }],
        masked: [
          { column: 'email', mask: 'domain' },
          { column: 'note', mask: 'domain' },
        ],
      },
    );
    await provider.grant(g);
    const base = await baseRows();
    const { rows } = await alice.query<{ id: string; email: string; note: string | null }>(`SELECT id, email, note FROM ${view(g.requestId)}`);
    expect(rows.length).toBe(10);
    for (const r of rows) {
      expect(r.email).toBe(base.get(r.id)?.email.split('@')[1]?.toLowerCase());
      expect(r.note).toBeNull();
    }
    await provider.revoke(g);
  });

  it('hashes with HMAC-SHA-256 under a key of its own: stable within the request, different in another', async () => {
    const spec = { ...supportSpec, rows: undefined, masked: [{ column: 'email', mask: 'hash' as const }] };
    const [a, b] = [fresh({}, spec), fresh({}, spec)];
    await provider.grant(a);
    await provider.grant(b);
    const read = async (requestId: string): Promise<Map<string, string>> =>
      new Map((await alice.query<{ id: string; email: string }>(`SELECT id, email FROM ${view(requestId)}`)).rows.map((r) => [r.id, r.email]));
    const first = await read(a.requestId);
    expect(await read(a.requestId)).toEqual(first);
    // Re-running the grant keeps the key: a converging apply never changes what the grantee already matched.
    await provider.grant(a);
    expect(await read(a.requestId)).toEqual(first);
    const other = await read(b.requestId);
    for (const [id, hash] of first) expect(other.get(id), id).not.toBe(hash);

    // It is exactly HMAC-SHA-256 of the value under the key the grantor's table holds.
    const { rows } = await admin.query<{ ipad: Buffer }>(`SELECT ipad FROM ${keySchemaName('orders-prod', a.requestId)}.hash_key`);
    const key = Buffer.from((rows[0]?.ipad ?? Buffer.alloc(64)).subarray(0, 32).map((byte) => byte ^ 0x36));
    const base = await baseRows();
    for (const [id, hash] of first)
      expect(hash).toBe(
        createHmac('sha256', key)
          .update(base.get(id)?.email ?? '', 'utf8')
          .digest('hex'),
      );
    // Equal values hash equally: the grantee can match rows without reading them.
    await admin.query(`UPDATE public.customer_orders SET email = 'shared@ex.com' WHERE id IN (1, 2)`);
    const shared = await read(a.requestId);
    expect(shared.get('1')).toBe(shared.get('2'));
    await admin.query(`UPDATE public.customer_orders SET email = 'user' || id || '@Ex' || (id % 3) || '.com' WHERE id IN (1, 2)`);
    await provider.revoke(a);
    await provider.revoke(b);
  });

  it('keeps the table itself unreadable and refuses writes through the view', async () => {
    const g = fresh();
    await provider.grant(g);
    expect(await attempt(alice, 'SELECT id FROM public.customer_orders LIMIT 1')).toMatch(/permission denied for table customer_orders/);
    expect(await attempt(alice, 'SELECT email FROM public.customer_orders LIMIT 1')).toMatch(/permission denied/);
    for (const write of [
      `INSERT INTO ${view(g.requestId)} (id, customer_id) VALUES (1000, 4201)`,
      `UPDATE ${view(g.requestId)} SET customer_id = 4201`,
      `DELETE FROM ${view(g.requestId)}`,
      `TRUNCATE ${view(g.requestId)}`,
      `COPY (SELECT 1) TO PROGRAM 'true'`,
    ]) {
      expect(await attempt(alice, write), write).toMatch(/permission denied|must be superuser|cannot truncate|is not a table/);
    }
    const { rows } = await admin.query<{ n: string }>('SELECT count(*)::text AS n FROM public.customer_orders');
    expect(rows[0]?.n).toBe('100');
    await provider.revoke(g);
  });

  it("stops answering at expires_at on the server's clock, an open cursor too, with no revoke run", async () => {
    const { rows: now } = await admin.query<{ ms: string }>('SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint::text AS ms');
    const expiresAt = formatInstant(Math.ceil((Number(now[0]?.ms) + 3000) / 1000) * 1000);
    const g = fresh({ expiresAt });
    await provider.grant(g);
    const early = await server().connectAs('alice', db.name);
    await early.query('BEGIN');
    // Rows are checked as they are produced: a cursor streams them (an ORDER BY would sort them all at the first FETCH).
    await early.query(`DECLARE c CURSOR FOR SELECT id FROM ${view(g.requestId)}`);
    expect((await early.query('FETCH 2 FROM c')).rows.length).toBe(2);
    expect((await alice.query(`SELECT id FROM ${view(g.requestId)}`)).rows.length).toBe(10);
    const wait = Date.parse(expiresAt) - Number(now[0]?.ms) + 500;
    await new Promise((resolve) => setTimeout(resolve, wait));
    expect((await alice.query(`SELECT id FROM ${view(g.requestId)}`)).rows).toEqual([]);
    expect((await early.query('FETCH ALL FROM c')).rows).toEqual([]);
    await early.query('ROLLBACK');
    await early.end();
    // The grant itself is untouched: the schedule still revokes it, and verifies.
    expect(await provider.inspect(g)).toMatchObject({ present: true });
    await provider.revoke(g);
    expect(await provider.inspect(g)).toMatchObject({ present: false, absent: true });
  }, 20_000);

  it('revokes the role and both schemas with everything in them, and leaves the table and other access alone', async () => {
    await admin.query('GRANT SELECT (id) ON public.customer_orders TO alice');
    const g = fresh();
    await provider.grant(g);
    await provider.revoke(g);
    expect(await provider.inspect(g)).toMatchObject({ present: false, absent: true });
    const { rows } = await admin.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname IN ($1, $2)`, [
      viewSchemaName('orders-prod', g.requestId),
      keySchemaName('orders-prod', g.requestId),
    ]);
    expect(rows).toEqual([]);
    // The revocation ended alice's sessions; a new one finds nothing.
    alice = await server().connectAs('alice', db.name);
    expect(await attempt(alice, `SELECT 1 FROM ${view(g.requestId)}`)).toMatch(/does not exist/);
    // What alice held before the grant is hers still.
    expect((await alice.query('SELECT id FROM public.customer_orders WHERE id = 1')).rows).toEqual([{ id: '1' }]);
    await admin.query('REVOKE SELECT (id) ON public.customer_orders FROM alice');
    // Revoking again finds nothing to do.
    await provider.revoke(g);
  });

  it('reads back a view changed behind its back, or shared with someone else, as not in effect', async () => {
    const g = fresh();
    await provider.grant(g);
    const grantor = await server().connectAs(GRANTOR_ROLE, db.name);
    await grantor.query(
      `CREATE OR REPLACE VIEW ${view(g.requestId)} WITH (security_barrier) AS SELECT id, customer_id, state, created_at, email, card_number, pin, note FROM public.customer_orders`,
    );
    const changed = await provider.inspect(g);
    expect(changed).toMatchObject({ present: false, absent: false });
    expect(changed.details.join('\n')).toMatch(/is not defined as planned/);
    // Re-running the grant does not paper over it: the read-back refuses, and nothing is committed.
    expect((await rejection(provider.grant(g))).code).toBe('E_PROVIDER_GRANT_NOT_VERIFIED');
    await provider.revoke(g);

    const shared = fresh();
    await provider.grant(shared);
    await grantor.query(`GRANT SELECT ON ${view(shared.requestId)} TO bob`);
    const inspection = await provider.inspect(shared);
    expect(inspection.present).toBe(false);
    expect(inspection.details.join('\n')).toMatch(/bob SELECT is not planned/);
    await provider.revoke(shared);
    await grantor.end();
  });

  it('refuses before any change: a foreign schema by its name, a value that does not fit the column, row-level security', async () => {
    const taken = fresh();
    await admin.query(`CREATE SCHEMA ${viewSchemaName('orders-prod', taken.requestId)}`);
    expect((await rejection(provider.grant(taken))).code).toBe('E_PG_SCHEMA_FOREIGN');
    expect((await provider.inspect(taken)).present).toBe(false);
    await provider.revoke(taken);
    expect((await admin.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [viewSchemaName('orders-prod', taken.requestId)])).rowCount).toBe(1);

    for (const rows of [
      [{ column: 'customer_id', values: ['abc'] }],
      [{ column: 'state', values: ['lost'] }],
      [{ column: 'email', values: [4201] }],
      [{ column: 'customer_id', from: '2026-05-01T00:00:00Z', to: '2026-05-02T00:00:00Z' }],
    ]) {
      const g = fresh({}, { ...supportSpec, rows });
      const error = await rejection(provider.grant(g));
      expect(error.code, JSON.stringify(rows)).toBe('E_PG_FILTER_TYPE');
      expect(error.message).not.toMatch(/abc|lost|4201/);
      expect(await provider.inspect(g)).toMatchObject({ present: false, absent: true });
    }
    const ok = fresh(
      {},
      {
        ...supportSpec,
        rows: [
          { column: 'state', values: ['disputed'] },
          { column: 'customer_id', values: ['4201'] },
        ],
      },
    );
    await provider.grant(ok);
    expect((await alice.query<{ state: string }>(`SELECT DISTINCT state::text FROM ${view(ok.requestId)}`)).rows).toEqual([{ state: 'disputed' }]);
    await provider.revoke(ok);

    await admin.query('ALTER TABLE public.customer_orders ENABLE ROW LEVEL SECURITY');
    try {
      expect((await rejection(provider.grant(fresh()))).code).toBe('E_PG_VIEW_TABLE_RLS');
    } finally {
      await admin.query('ALTER TABLE public.customer_orders DISABLE ROW LEVEL SECURITY');
    }
  });

  it('needs the grantor to create schemas and to hold every column it reads with grant option', async () => {
    await admin.query(`REVOKE CREATE ON DATABASE ${db.name} FROM ${GRANTOR_ROLE}`);
    try {
      expect((await rejection(provider.grant(fresh()))).code).toBe('E_PG_GRANTOR_NO_CREATE');
    } finally {
      await admin.query(`GRANT CREATE ON DATABASE ${db.name} TO ${GRANTOR_ROLE}`);
    }
    await admin.query(`REVOKE SELECT ON public.customer_orders FROM ${GRANTOR_ROLE} CASCADE`);
    await admin.query(`GRANT SELECT (id, state, created_at, email, card_number, pin, note) ON public.customer_orders TO ${GRANTOR_ROLE} WITH GRANT OPTION`);
    try {
      const error = await rejection(provider.grant(fresh()));
      expect(error.code).toBe('E_PG_GRANTOR_NO_GRANT_OPTION');
      expect(error.message).toMatch(/customer_id/);
    } finally {
      await admin.query(`GRANT SELECT ON public.customer_orders TO ${GRANTOR_ROLE} WITH GRANT OPTION`);
    }
  });

  it('never drops what others built on a view: the revoke ends access, stops, and completes once it is gone', async () => {
    await admin.query('CREATE SCHEMA alice_work AUTHORIZATION alice');
    const g = fresh();
    await provider.grant(g);
    await alice.query(`CREATE VIEW alice_work.mine AS SELECT id FROM ${view(g.requestId)}`);
    const error = await provider.revoke(g).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RevokeNotVerified);
    expect((error as RevokeNotVerified).details.join('\n')).toMatch(/E_PG_VIEW_DEPENDENTS.*view alice_work\.mine/);
    alice = await server().connectAs('alice', db.name);
    expect(await attempt(alice, 'SELECT * FROM alice_work.mine')).toMatch(/permission denied/);
    await alice.query('DROP VIEW alice_work.mine');
    await provider.revoke(g);
    expect(await provider.inspect(g)).toMatchObject({ absent: true });
    await admin.query('DROP SCHEMA alice_work');
  });

  it('drops schemas a hand-dropped role left behind', async () => {
    const g = fresh();
    await provider.grant(g);
    await admin.query(
      `DROP OWNED BY ${'gb_4f05e3d5993_' + g.requestId.replaceAll('-', '_')}; DROP ROLE ${'gb_4f05e3d5993_' + g.requestId.replaceAll('-', '_')}`,
    );
    expect(await provider.inspect(g)).toMatchObject({ present: false, absent: false });
    await provider.revoke(g);
    expect(await provider.inspect(g)).toMatchObject({ present: false, absent: true });
  });

  it('counts the rows a filter admits: an estimate, or count(*) where asked', async () => {
    const g = fresh();
    const [estimate] = await provider.rowCounter.countAdmitted(g, new Set());
    expect(estimate?.table).toBe('public.customer_orders');
    expect(estimate?.count.exact).toBe(false);
    expect(estimate?.count.rows).toBeGreaterThan(0);
    expect(await provider.rowCounter.countAdmitted(g, new Set(['public.customer_orders']))).toEqual([
      { table: 'public.customer_orders', count: { rows: 10, exact: true } },
    ]);
    const bad = await provider.rowCounter.countAdmitted(fresh({}, { ...supportSpec, rows: [{ column: 'customer_id', values: ['abc'] }] }), new Set());
    expect(bad[0]?.count).toEqual({ rows: null, exact: false, note: 'the database could not count them (SQLSTATE 22P02)' });
  });
});
