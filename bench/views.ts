/**
 * What reading through a grant's view costs: a query on the view against
 * the same query on the table with the same predicate, on 1,000,000 rows
 * with an index on the filtered column. Both run as the grantee on one
 * connection (the grantee also gets SELECT on the table here, for the
 * baseline only), interleaved so both see the same cache and machine noise.
 * The view adds security_barrier, the expiry clauses and, in the second
 * figure, its masks (a keyed hash and last4 per row).
 */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { PostgresSpec } from '../src/providers/postgres/types.js';
import { viewSchemaName } from '../src/providers/postgres/names.js';
import { createPostgresProvider } from '../src/providers/postgres/provider.js';
import type { PgTargetGrant } from '../src/providers/postgres/validate.js';
import { grantorTableGrantSql } from '../test/support/grantor-setup.js';
import { GRANTOR_ROLE, startPostgres } from '../test/support/postgres.js';
import { viewTarget } from '../test/support/view-fixture.js';
import type { BenchResult } from './support/types.js';

const ROWS = 1_000_000;
/** customer_id = id % CUSTOMERS: 100 rows per customer. */
const CUSTOMERS = 10_000;
const QUERIES = 2_000;
const WARMUP = 200;
const COLUMNS = ['id', 'customer_id', 'status', 'created_at', 'amount_cents', 'email', 'card_number'];

function spec(masked: boolean): PostgresSpec {
  return {
    kind: 'table',
    privileges: ['SELECT'],
    schema: 'public',
    table: 'bench_orders',
    columns: COLUMNS,
    rows: [{ column: 'customer_id', values: [4211] }],
    ...(masked
      ? {
          masked: [
            { column: 'email', mask: 'hash' as const },
            { column: 'card_number', mask: 'last4' as const },
          ],
        }
      : {}),
  };
}

async function timed(client: pg.Client, sql: string): Promise<number> {
  const start = performance.now();
  const { rowCount } = await client.query(sql);
  const ms = performance.now() - start;
  if (rowCount !== ROWS / CUSTOMERS) throw new Error(`expected ${ROWS / CUSTOMERS} rows, got ${String(rowCount)}`);
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

export async function run(): Promise<BenchResult[]> {
  const server = await startPostgres();
  try {
    const db = await server.createSampleDatabase();
    const admin = await server.admin(db.name);
    await admin.query(`CREATE TABLE public.bench_orders (
      id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL,
      amount_cents bigint NOT NULL, email text NOT NULL, card_number text NOT NULL)`);
    await admin.query(
      `INSERT INTO public.bench_orders SELECT g, g % ${CUSTOMERS}, 'paid', timestamptz '2026-01-01' + make_interval(secs => g::double precision), g * 10,
              'user' || g || '@example.com', '4111 1111 1111 ' || lpad((g % 10000)::text, 4, '0') FROM generate_series(1, ${ROWS}) AS g`,
    );
    await admin.query('CREATE INDEX bench_orders_customer ON public.bench_orders (customer_id)');
    await admin.query('VACUUM ANALYZE public.bench_orders');
    await admin.query(grantorTableGrantSql('public', 'bench_orders', ['SELECT'], GRANTOR_ROLE));
    await admin.query('GRANT SELECT ON public.bench_orders TO alice');
    const provider = createPostgresProvider(viewTarget(), { connectionString: db.grantorUrl });
    const grants: PgTargetGrant[] = [false, true].map((masked, i) => ({
      requestId: `bench-view-${i}`,
      target: viewTarget(),
      principal: 'alice',
      expiresAt: '2099-01-01T00:00:00Z',
      grants: [spec(masked)],
    }));
    for (const g of grants) await provider.grant(g);
    await provider.close();

    const alice = await server.connectAs('alice', db.name);
    const base = `SELECT ${COLUMNS.join(', ')} FROM public.bench_orders WHERE customer_id IN ('4211')`;
    const [plain, masked] = grants.map((g) => `SELECT * FROM ${viewSchemaName('orders-prod', g.requestId)}.bench_orders`);
    if (plain === undefined || masked === undefined) throw new Error('no views');
    const times: Record<'base' | 'plain' | 'masked', number[]> = { base: [], plain: [], masked: [] };
    const order: (keyof typeof times)[] = ['base', 'plain', 'masked'];
    const sql = { base, plain, masked };
    for (let i = 0; i < WARMUP + QUERIES; i++) {
      // Rotate which query goes first, so none always follows another.
      for (let k = 0; k < order.length; k++) {
        const which = order[(i + k) % order.length] ?? 'base';
        const ms = await timed(alice, sql[which]);
        if (i >= WARMUP) times[which].push(ms);
      }
    }
    await alice.end();
    await admin.end();
    const b = median(times.base);
    const figure = (name: string, value: number, target?: string): BenchResult => ({
      name,
      value,
      unit: 'ms (median)',
      baseline: { name: 'table, same predicate', value: b },
      ratio: value / b,
      ...(target !== undefined ? { target } : {}),
    });
    return [
      figure(`view, indexed filter (${ROWS / CUSTOMERS} of ${ROWS} rows)`, median(times.plain), '<= 1.2'),
      figure('view, indexed filter + hash and last4 masks', median(times.masked)),
    ];
  } finally {
    await server.stop();
  }
}
