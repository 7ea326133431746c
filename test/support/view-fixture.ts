/**
 * A table with personal data for grants through views (rows and masked):
 * tests and the views benchmark. Rows are made by generate_series, so a
 * test can compute what any filter admits.
 */
import type pg from 'pg';
import type { BuiltinSpec as GrantSpec } from './builtin-specs.js';
import { grantorTableGrantSql } from './grantor-setup.js';
import type { PgTargetGrant, PostgresTarget } from '../../src/providers/postgres/validate.js';
import { GRANTOR_ROLE } from './postgres.js';

export const VIEW_TABLE = 'public.customer_orders';

/**
 * `rows` rows: customer_id cycles over 4200..4209 (id % 10), created_at one
 * hour apart from 2026-05-01, e-mail domains ex0..ex2.com, a card number
 * ending in the id's last four digits, a short pin (4 characters, which
 * last4 must not show whole).
 */
export async function createViewTable(admin: pg.Client, rows = 100): Promise<void> {
  await admin.query(`CREATE TYPE public.order_state AS ENUM ('paid', 'refunded', 'disputed')`);
  await admin.query(`CREATE TABLE public.customer_orders (
    id bigint PRIMARY KEY, customer_id bigint NOT NULL, state public.order_state NOT NULL, created_at timestamptz NOT NULL,
    email text NOT NULL, card_number text NOT NULL, pin text NOT NULL, amount_cents bigint NOT NULL, note text)`);
  await admin.query(
    `INSERT INTO public.customer_orders
     SELECT g, 4200 + g % 10, (ARRAY['paid', 'refunded', 'disputed'])[1 + g % 3]::public.order_state,
            timestamptz '2026-05-01 00:00:00+00' + make_interval(hours => g::int),
            'user' || g || '@Ex' || (g % 3) || '.com', '4111 1111 1111 ' || lpad((g % 10000)::text, 4, '0'), lpad((g % 10000)::text, 4, '0'),
            g * 100, CASE WHEN g % 7 = 0 THEN NULL ELSE 'note ' || g END
       FROM generate_series(1, $1::int) AS g`,
    [rows],
  );
  await admin.query('CREATE INDEX customer_orders_customer ON public.customer_orders (customer_id)');
  await admin.query('ANALYZE public.customer_orders');
  await admin.query(grantorTableGrantSql('public', 'customer_orders', ['SELECT'], GRANTOR_ROLE));
}

export const viewTarget = (name = 'orders-prod'): PostgresTarget => ({
  name,
  provider: 'postgres',
  connectionEnv: 'GRANTBOOK_PG_ORDERS_PROD',
  grantorRole: GRANTOR_ROLE,
  protectedRoles: [],
});

/** The grant most tests use: two customers, one day, every mask. */
export const supportSpec: Extract<GrantSpec, { kind: 'table' }> = {
  kind: 'table',
  privileges: ['SELECT'],
  schema: 'public',
  table: 'customer_orders',
  columns: ['id', 'customer_id', 'state', 'created_at', 'email', 'card_number', 'pin', 'note'],
  rows: [
    { column: 'customer_id', values: [4201, 4203] },
    { column: 'created_at', from: '2026-05-01T00:00:00Z', to: '2026-05-03T00:00:00Z' },
  ],
  masked: [
    { column: 'email', mask: 'hash' },
    { column: 'card_number', mask: 'last4' },
    { column: 'pin', mask: 'last4' },
    { column: 'note', mask: 'null' },
  ],
};

export function viewGrant(requestId: string, overrides: Partial<PgTargetGrant> = {}, spec: GrantSpec = supportSpec): PgTargetGrant {
  return { requestId, target: viewTarget(), principal: 'alice', expiresAt: '2030-01-01T00:00:00Z', grants: [spec] as PgTargetGrant['grants'], ...overrides };
}
