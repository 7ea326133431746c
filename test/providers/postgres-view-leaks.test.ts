/**
 * The ways a person holding a view grant could try to read past it, each
 * tried for real. Where a plain (not security_barrier) view would give way,
 * the test shows that too, so the defence is known to be what stops it.
 */
import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keySchemaName, viewSchemaName } from '../../src/providers/postgres/names.js';
import { createPostgresProvider, type PostgresProvider } from '../../src/providers/postgres/provider.js';
import type { PgTargetGrant } from '../../src/providers/postgres/validate.js';
import type { SampleDatabase } from '../support/postgres.js';
import { usePostgres } from '../support/use-postgres.js';
import { createViewTable, viewGrant, viewTarget } from '../support/view-fixture.js';

const server = usePostgres({ statStatements: true });
let db: SampleDatabase;
let admin: pg.Client;
let alice: pg.Client;
let provider: PostgresProvider;
let grant: PgTargetGrant;
let v: string;
/** Every clear value of the masked columns, every row. */
let secrets: string[];
/** Ids of the rows the filter admits, and of the others. */
let admitted: string[];
let hidden: string[];
/** The request's key, as the grantor's table holds it (hex). */
let keyHex: string[];

async function withNotices(client: pg.Client, sql: string): Promise<{ notices: string[]; error?: string; rows: Record<string, unknown>[] }> {
  const notices: string[] = [];
  const listen = (n: { message?: string }): void => void notices.push(n.message ?? '');
  client.on('notice', listen);
  try {
    const { rows } = await client.query<Record<string, unknown>>(sql);
    return { notices, rows };
  } catch (error) {
    return { notices, rows: [], error: error instanceof Error ? error.message : String(error) };
  } finally {
    client.off('notice', listen);
  }
}

/** Text the person could see contains no clear masked value and no part of the key. */
function expectNothingSecret(text: string, what: string): void {
  for (const s of secrets) expect(text.includes(s), `${what} holds a clear value`).toBe(false);
  for (const k of keyHex) expect(text.toLowerCase().includes(k), `${what} holds the key`).toBe(false);
}

beforeAll(async () => {
  db = await server().createSampleDatabase();
  admin = await server().admin(db.name);
  await createViewTable(admin);
  // The classic leaky function: cheap (so a planner runs it first), says what it saw, callable by anyone.
  // Its arguments are plain columns: an expression there would cost more than the view's own conditions.
  await admin.query(
    `CREATE FUNCTION public.leak(bigint, text) RETURNS boolean LANGUAGE plpgsql COST 0.0000001 AS $$ BEGIN RAISE NOTICE 'leak: % %', $1, $2; RETURN true; END $$`,
  );
  // Raises on row 51: customer 4201, outside the time range, so hidden by the filter.
  await admin.query(
    `CREATE FUNCTION public.boom(bigint) RETURNS boolean LANGUAGE plpgsql COST 0.0000001 AS $$ BEGIN IF $1 = 51 THEN RAISE EXCEPTION 'saw id %', $1; END IF; RETURN true; END $$`,
  );
  // The same rows through a plain view, the way one might hand-roll it.
  await admin.query(
    `CREATE VIEW public.plain_orders AS SELECT id, customer_id, email FROM public.customer_orders
      WHERE customer_id IN (4201, 4203) AND created_at >= '2026-05-01T00:00:00Z' AND created_at < '2026-05-03T00:00:00Z'`,
  );
  await admin.query('GRANT SELECT ON public.plain_orders TO alice');
  provider = createPostgresProvider(viewTarget(), { connectionString: db.grantorUrl });
  grant = viewGrant('leaks-1');
  await provider.grant(grant);
  v = `${viewSchemaName('orders-prod', grant.requestId)}.customer_orders`;
  const base = await admin.query<{ id: string; email: string; card_number: string; pin: string; note: string | null }>(
    'SELECT id, email, card_number, pin, note FROM public.customer_orders',
  );
  // Long enough to search for as text (a four-digit pin would turn up inside any hex digest; the view test checks pins row by row).
  secrets = base.rows.flatMap((r) => [r.email, r.card_number, ...(r.note === null ? [] : [r.note])]);
  const inFilter = await admin.query<{ id: string }>(
    `SELECT id FROM public.customer_orders WHERE customer_id IN (4201, 4203) AND created_at >= '2026-05-01T00:00:00Z' AND created_at < '2026-05-03T00:00:00Z'`,
  );
  admitted = inFilter.rows.map((r) => r.id).sort();
  hidden = base.rows.map((r) => r.id).filter((id) => !admitted.includes(id));
  const key = await admin.query<{ ipad: string; opad: string; key: string }>(
    `SELECT encode(ipad, 'hex') AS ipad, encode(opad, 'hex') AS opad,
            encode(decode(substr(encode(ipad, 'hex'), 1, 64), 'hex'), 'hex') AS key FROM ${keySchemaName('orders-prod', grant.requestId)}.hash_key`,
  );
  const row = key.rows[0];
  if (row === undefined) throw new Error('no key');
  // The pads, and the key itself (first 32 bytes of the inner pad XOR 0x36), in 16-hex-digit pieces.
  const raw = Buffer.from(row.ipad, 'hex')
    .subarray(0, 32)
    .map((b) => b ^ 0x36);
  keyHex = [row.ipad, row.opad, Buffer.from(raw).toString('hex')].flatMap((h) => h.match(/.{16}/g) ?? []);
});
afterAll(async () => {
  await provider.revoke(grant);
  await provider.close();
});
beforeEach(async () => {
  alice = await server().connectAs('alice', db.name);
});

describe('leak attempts against a view grant', () => {
  it('a side-effecting function in WHERE: leaks hidden rows through a plain view, sees only admitted, masked rows through ours', async () => {
    const plain = await withNotices(alice, 'SELECT id FROM public.plain_orders WHERE public.leak(id, email)');
    const seenPlain = plain.notices.map((n) => n.replace(/^leak: /, '').split(' ')[0] ?? '');
    expect(
      seenPlain.some((id) => hidden.includes(id)),
      'the plain view leaks hidden rows',
    ).toBe(true);
    expect(
      plain.notices.some((n) => secrets.some((secret) => n.includes(secret))),
      'with their values',
    ).toBe(true);

    const ours = await withNotices(alice, `SELECT id FROM ${v} WHERE public.leak(id, email) AND public.leak(id, card_number)`);
    expect(ours.error).toBeUndefined();
    const seen = ours.notices.map((n) => n.replace(/^leak: /, '').split(' ')[0] ?? '');
    expect([...new Set(seen)].sort()).toEqual(admitted);
    expectNothingSecret(ours.notices.join('\n'), 'the notices');
  });

  it('the same with a function the person writes: the temporary schema lets them, security_barrier stops it', async () => {
    // PUBLIC holds TEMP on a database by default, so a person can create functions in pg_temp
    // although they cannot create them anywhere else.
    expect(await withNotices(alice, `CREATE FUNCTION public.mine() RETURNS int LANGUAGE sql AS 'SELECT 1'`)).toMatchObject({
      error: expect.stringMatching(/permission denied for schema public/),
    });
    await alice.query(
      `CREATE FUNCTION pg_temp.peek(text) RETURNS boolean LANGUAGE plpgsql COST 0.0000001 AS $$ BEGIN RAISE NOTICE 'peek: %', $1; RETURN true; END $$`,
    );
    const ours = await withNotices(alice, `SELECT id FROM ${v} WHERE pg_temp.peek(id::text || ' ' || email)`);
    expect([...new Set(ours.notices.map((n) => n.replace(/^peek: /, '').split(' ')[0] ?? ''))].sort()).toEqual(admitted);
    expectNothingSecret(ours.notices.join('\n'), 'the notices');
  });

  it('errors: an error raised on a hidden row shows through a plain view, never through ours', async () => {
    expect(hidden).toContain('51');
    const viaPlain = await withNotices(alice, `SELECT id FROM public.plain_orders WHERE public.boom(id)`);
    expect(viaPlain.error).toBe('saw id 51');
    const ours = await withNotices(alice, `SELECT id FROM ${v} WHERE public.boom(id)`);
    expect(ours.error).toBeUndefined();
    expect(ours.rows.length).toBe(admitted.length);
    // Arithmetic errors too: row 51 is filtered out before the division could see it.
    expect((await withNotices(alice, `SELECT id FROM ${v} WHERE 1 / (id - 51) <> 0`)).error).toBeUndefined();
  });

  it('EXPLAIN shows the plan, never a hidden or masked value and never the key', async () => {
    for (const sql of [
      `EXPLAIN (ANALYZE, VERBOSE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM ${v} WHERE email IS NOT NULL`,
      `EXPLAIN (VERBOSE, FORMAT JSON) SELECT * FROM ${v} ORDER BY email`,
    ]) {
      const { rows } = await alice.query<Record<string, unknown>>(sql);
      const text = JSON.stringify(rows);
      expect(text).toMatch(/customer_orders/);
      expectNothingSecret(text, sql);
    }
  });

  it("casting a masked value back yields the mask, never the value: the columns are the masks' text", async () => {
    const { rows: types } = await alice.query<{ email: string; card_number: string; note: string }>(
      `SELECT pg_typeof(email)::text AS email, pg_typeof(card_number)::text AS card_number, pg_typeof(note)::text AS note FROM ${v} LIMIT 1`,
    );
    expect(types).toEqual([{ email: 'text', card_number: 'text', note: 'text' }]);
    const { rows } = await alice.query<Record<string, unknown>>(
      `SELECT email::bytea::text AS a, encode(decode(email, 'hex'), 'escape') AS b, card_number::varchar(100) AS c, note::bytea::text AS d, row_to_json(x)::text AS e FROM ${v} AS x`,
    );
    expect(rows.length).toBe(admitted.length);
    expectNothingSecret(JSON.stringify(rows), 'the casts');
  });

  it('ordering by a hidden column fails without data; ordering by a masked one orders the masks', async () => {
    expect((await withNotices(alice, `SELECT id FROM ${v} ORDER BY amount_cents`)).error).toMatch(/column "amount_cents" does not exist/);
    expect((await withNotices(alice, `SELECT id FROM ${v} ORDER BY x.amount_cents`)).error).toMatch(/missing FROM-clause entry|does not exist/);
    const { rows } = await alice.query<{ id: string; email: string }>(`SELECT id, email FROM ${v} ORDER BY email`);
    expect(rows.map((r) => r.email)).toEqual([...rows.map((r) => r.email)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const clearOrder = await admin.query<{ id: string }>(`SELECT id FROM public.customer_orders WHERE id = ANY ($1::bigint[]) ORDER BY email`, [admitted]);
    expect(rows.map((r) => r.id)).not.toEqual(clearOrder.rows.map((r) => r.id));
  });

  it('joining the view with the table through another grant gives nothing either grant does not', async () => {
    const other = viewGrant(
      'leaks-2',
      {},
      { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'customer_orders', columns: ['id', 'customer_id'] },
    );
    await provider.grant(other);
    try {
      const join = await withNotices(
        alice,
        `SELECT v.id, v.email, o.customer_id FROM ${v} AS v JOIN public.customer_orders AS o ON o.id = v.id WHERE public.leak(v.id, v.email) AND public.leak(o.id, v.card_number)`,
      );
      expect(join.error).toBeUndefined();
      expect(join.rows.map((r) => String(r.id)).sort()).toEqual(admitted);
      expectNothingSecret(JSON.stringify(join.rows) + join.notices.join('\n'), 'the join');
      // The other grant reaches only its own columns.
      expect((await withNotices(alice, 'SELECT o.email FROM public.customer_orders AS o JOIN ' + v + ' AS v USING (id)')).error).toMatch(/permission denied/);
      expect((await withNotices(alice, "SELECT count(*) FROM public.customer_orders WHERE email LIKE 'user1%'")).error).toMatch(/permission denied/);
    } finally {
      await provider.revoke(other);
    }
  });

  it('the definition, the catalogs and the statistics the person can read never hold the key, and the key table is out of reach', async () => {
    for (const sql of [
      `SELECT pg_get_viewdef('${v}'::regclass) AS d`,
      `SELECT definition AS d FROM pg_views WHERE schemaname = '${viewSchemaName('orders-prod', grant.requestId)}'`,
      `SELECT view_definition AS d FROM information_schema.views WHERE table_schema = '${viewSchemaName('orders-prod', grant.requestId)}'`,
      `SELECT string_agg(query, ' ') AS d FROM pg_stat_statements`,
      `SELECT string_agg(coalesce(most_common_vals::text, '') || coalesce(histogram_bounds::text, ''), ' ') AS d FROM pg_stats WHERE schemaname LIKE 'g_\\_%'`,
    ]) {
      const { rows } = await alice.query<{ d: string | null }>(sql);
      expectNothingSecret(JSON.stringify(rows), sql);
    }
    expect((await alice.query<{ d: string }>(`SELECT pg_get_viewdef('${v}'::regclass) AS d`)).rows[0]?.d).toMatch(/hash_key/);
    const keys = `${keySchemaName('orders-prod', grant.requestId)}.hash_key`;
    expect((await withNotices(alice, `SELECT * FROM ${keys}`)).error).toMatch(/permission denied for schema/);
    expect((await withNotices(alice, `SELECT has_schema_privilege('${keySchemaName('orders-prod', grant.requestId)}', 'USAGE') AS u`)).rows).toEqual([
      { u: false },
    ]);
    // Nothing callable hashes a value of the person's choosing: the request's schemas hold no function.
    const { rows: functions } = await admin.query(`SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN ($1, $2)`, [
      viewSchemaName('orders-prod', grant.requestId),
      keySchemaName('orders-prod', grant.requestId),
    ]);
    expect(functions).toEqual([]);
    // Not even the server's own statement statistics, read with every privilege, hold it.
    const all = await admin.query<{ q: string }>(`SELECT string_agg(query, ' ') AS q FROM pg_stat_statements`);
    expectNothingSecret(all.rows[0]?.q ?? '', 'pg_stat_statements');
  });

  it("a function planted in a schema on the grantor's search_path never runs in a view or sees the key", async () => {
    // Whoever may create in public (everyone, before PostgreSQL 15) plants a better match for
    // convert_to(text, unknown) than PostgreSQL's own convert_to(text, name): it records what it sees.
    await admin.query('CREATE TABLE public.spy (v text)');
    await admin.query('GRANT INSERT, SELECT ON public.spy TO PUBLIC');
    await admin.query(
      `CREATE FUNCTION public.convert_to(text, text) RETURNS bytea LANGUAGE sql AS $$ INSERT INTO public.spy VALUES ($1) RETURNING pg_catalog.convert_to($1, $2::name) $$`,
    );
    try {
      // The trap is live: an unpinned session of the grantor walks into it.
      const grantor = await server().connectAs('grantbook_grantor', db.name);
      await grantor.query(`SELECT convert_to('bait', 'UTF8')`);
      await grantor.end();
      expect((await admin.query('SELECT v FROM public.spy')).rows).toEqual([{ v: 'bait' }]);
      await admin.query('TRUNCATE public.spy');

      const g = viewGrant('leaks-3');
      await provider.grant(g);
      const reader = await server().connectAs('alice', db.name);
      const { rows } = await reader.query<{ email: string }>(`SELECT email FROM ${viewSchemaName('orders-prod', g.requestId)}.customer_orders`);
      expect(rows.length).toBe(admitted.length);
      // Neither the key's making nor the view's reads called it.
      expect((await admin.query('SELECT v FROM public.spy')).rows).toEqual([]);
      const { rows: deps } = await admin.query(
        `SELECT p.oid::regprocedure::text AS f FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_proc p ON p.oid = d.refobjid
          WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_proc'::regclass AND r.ev_class = $1::regclass AND p.pronamespace <> 'pg_catalog'::regnamespace`,
        [`${viewSchemaName('orders-prod', g.requestId)}.customer_orders`],
      );
      expect(deps).toEqual([]);
      expect(await provider.inspect(g)).toMatchObject({ present: true });
      await provider.revoke(g);
    } finally {
      await admin.query('DROP FUNCTION public.convert_to(text, text); DROP TABLE public.spy');
    }
  });

  it('records the use of the views as it records any other: normalized statements of the grantee', async () => {
    await alice.query(`SELECT count(*) FROM ${v} WHERE customer_id = 4201`);
    const activity = await provider.activity.readActivity('alice', { withText: true });
    if (!activity.observable) throw new Error(`not observable: ${activity.reason.code}`);
    const texts = activity.statements.map((s) => s.text ?? '');
    expect(texts.some((t) => t.includes(viewSchemaName('orders-prod', grant.requestId)) && t.includes('$1') && !t.includes('4201'))).toBe(true);
  });
});
