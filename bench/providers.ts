/**
 * Grant then revoke 1,000 requests on one Postgres target over one
 * connection, against a baseline that runs the very statements the plan
 * shows (read-backs included) straight through `pg`. The difference is what
 * the provider adds: catalog checks before each change, the tag check, and
 * its own bookkeeping.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { TargetGrant } from '../src/providers/contract.js';
import { planPostgres } from '../src/providers/postgres/plan.js';
import { createPostgresProvider } from '../src/providers/postgres/provider.js';
import type { PostgresTarget } from '../src/providers/postgres/validate.js';
import type { PostgresSpec } from '../src/providers/postgres/types.js';
import { GRANTOR_ROLE, startPostgres } from '../test/support/postgres.js';
import type { BenchResult } from './support/types.js';

const REQUESTS = 1000;
const WARMUP = 50;

const target: PostgresTarget = {
  name: 'orders-prod',
  provider: 'postgres',
  connectionEnv: 'GRANTBOOK_PG_ORDERS_PROD',
  grantorRole: GRANTOR_ROLE,
  protectedRoles: [],
};

function requests(prefix: string, count: number): TargetGrant<PostgresTarget, PostgresSpec>[] {
  return Array.from({ length: count }, (_, i) => ({
    requestId: `${prefix}-${i}`,
    target,
    principal: 'alice',
    expiresAt: '2030-01-01T00:00:00Z',
    grants: [{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status', 'amount_cents'] }],
  }));
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function run(): Promise<BenchResult[]> {
  const server = await startPostgres();
  try {
    const db = await server.createSampleDatabase();
    const provider = createPostgresProvider(target, { connectionString: db.grantorUrl });
    const raw = new pg.Client({ connectionString: db.grantorUrl });
    await raw.connect();
    const direct = async (list: readonly TargetGrant<PostgresTarget, PostgresSpec>[], side: 'grant' | 'revoke'): Promise<void> => {
      for (const g of list) for (const op of planPostgres(g)[side]) await raw.query(op.text);
    };
    const viaProvider = async (list: readonly TargetGrant<PostgresTarget, PostgresSpec>[], side: 'grant' | 'revoke'): Promise<void> => {
      for (const g of list) await provider[side](g);
    };

    // Warm both paths (connections, catalog caches, JIT) before measuring.
    const warmBase = requests('warm-base', WARMUP);
    const warmProv = requests('warm-prov', WARMUP);
    await direct(warmBase, 'grant');
    await direct(warmBase, 'revoke');
    await viaProvider(warmProv, 'grant');
    await viaProvider(warmProv, 'revoke');

    // Interleaved request by request, so both sides see the same catalog
    // (each grant adds ACL entries the next check walks) and the same machine
    // noise; run in sequence, whichever side came second would pay for both.
    const base = requests('base', REQUESTS);
    const prov = requests('prov', REQUESTS);
    let baseGrant = 0;
    let provGrant = 0;
    let baseRevoke = 0;
    let provRevoke = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const b = base.slice(i, i + 1);
      const p = prov.slice(i, i + 1);
      // Alternate which side goes first, so neither always follows the other.
      if (i % 2 === 0) {
        baseGrant += await timed(() => direct(b, 'grant'));
        provGrant += await timed(() => viaProvider(p, 'grant'));
      } else {
        provGrant += await timed(() => viaProvider(p, 'grant'));
        baseGrant += await timed(() => direct(b, 'grant'));
      }
    }
    for (let i = 0; i < REQUESTS; i++) {
      const b = base.slice(i, i + 1);
      const p = prov.slice(i, i + 1);
      if (i % 2 === 0) {
        baseRevoke += await timed(() => direct(b, 'revoke'));
        provRevoke += await timed(() => viaProvider(p, 'revoke'));
      } else {
        provRevoke += await timed(() => viaProvider(p, 'revoke'));
        baseRevoke += await timed(() => direct(b, 'revoke'));
      }
    }

    await raw.end();
    await provider.close();
    const result = (name: string, value: number, baseline: number): BenchResult => ({
      name,
      value,
      unit: 'ms',
      baseline: { name: 'same SQL via pg', value: baseline },
      ratio: value / baseline,
      target: '<= 1.5',
    });
    return [
      result(`postgres grant x${REQUESTS}`, provGrant, baseGrant),
      result(`postgres revoke x${REQUESTS}`, provRevoke, baseRevoke),
      result(`postgres grant+revoke x${REQUESTS}`, provGrant + provRevoke, baseGrant + baseRevoke),
    ];
  } finally {
    await server.stop();
  }
}
