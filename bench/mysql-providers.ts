/**
 * Grant then revoke 1,000 requests on one MySQL/MariaDB target (a private
 * MariaDB server, test/support/mariadb.ts) over one connection, against a
 * baseline that sends the very statements the plan shows for this server
 * (its read-backs included) raw through mysql2. Interleaved request by
 * request, so both sides see the same catalog and the same machine noise.
 * The difference is what the provider adds: the state read before each
 * change, the tag check, its own bookkeeping.
 */
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';
import { planMysql, SESSION_SETUP } from '../src/providers/mysql/plan.js';
import { createMysqlProvider } from '../src/providers/mysql/provider.js';
import { readBacksFor } from '../src/providers/mysql/readback.js';
import type { MysqlTargetGrant } from '../src/providers/mysql/types.js';
import { checkGrant } from '../src/providers/mysql/validate.js';
import { mariadbMissing, startMariadb } from '../test/support/mariadb.js';
import { mysqlTarget } from '../test/support/mysql-fixture.js';
import type { BenchResult } from './support/types.js';

const REQUESTS = 1000;
const WARMUP = 50;
const target = mysqlTarget();

function requests(prefix: string, count: number): MysqlTargetGrant[] {
  return Array.from({ length: count }, (_, i) => ({
    requestId: `${prefix}-${i}`,
    target,
    principal: 'alice@%',
    expiresAt: '2030-01-01T00:00:00Z',
    grants: [{ kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'orders', columns: ['id', 'status', 'amount_cents'] }],
  }));
}

/** The plan's statements as they run on MariaDB: its read-backs only, the session setup once per connection, no session to kill. */
function mariadbStatements(g: MysqlTargetGrant, side: 'grant' | 'revoke'): string[] {
  const otherFlavour = new Set(readBacksFor('mysql', checkGrant(g)).map((op) => op.text));
  return planMysql(g)
    [side].filter(
      (op) => !otherFlavour.has(op.text) && op.text !== SESSION_SETUP.mariadb && op.text !== SESSION_SETUP.mysql && !op.text.startsWith('KILL CONNECTION'),
    )
    .map((op) => op.text);
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function run(): Promise<BenchResult[]> {
  const missing = mariadbMissing();
  if (missing !== undefined) throw new Error(missing);
  const server = await startMariadb();
  try {
    const provider = createMysqlProvider(target, { connectionUrl: server.grantorUrl });
    const raw = await mysql.createConnection({ uri: server.grantorUrl });
    await raw.query(SESSION_SETUP.mariadb);
    const direct = async (g: MysqlTargetGrant, side: 'grant' | 'revoke'): Promise<void> => {
      for (const text of mariadbStatements(g, side)) await raw.query(text);
    };
    const viaProvider = async (g: MysqlTargetGrant, side: 'grant' | 'revoke'): Promise<void> => void (await provider[side](g));

    for (const [b, p] of zip(requests('warm-base', WARMUP), requests('warm-prov', WARMUP))) {
      await direct(b, 'grant');
      await viaProvider(p, 'grant');
    }
    for (const [b, p] of zip(requests('warm-base', WARMUP), requests('warm-prov', WARMUP))) {
      await direct(b, 'revoke');
      await viaProvider(p, 'revoke');
    }

    const totals = { baseGrant: 0, provGrant: 0, baseRevoke: 0, provRevoke: 0 };
    const pairs = zip(requests('base', REQUESTS), requests('prov', REQUESTS));
    for (const side of ['grant', 'revoke'] as const) {
      for (const [i, [b, p]] of pairs.entries()) {
        // Alternate which side goes first, so neither always follows the other.
        const baseMs = async (): Promise<number> => timed(() => direct(b, side));
        const provMs = async (): Promise<number> => timed(() => viaProvider(p, side));
        let base: number;
        let prov: number;
        if (i % 2 === 0) {
          base = await baseMs();
          prov = await provMs();
        } else {
          prov = await provMs();
          base = await baseMs();
        }
        if (side === 'grant') {
          totals.baseGrant += base;
          totals.provGrant += prov;
        } else {
          totals.baseRevoke += base;
          totals.provRevoke += prov;
        }
      }
    }
    await raw.end();
    await provider.close();
    const result = (name: string, value: number, baseline: number): BenchResult => ({
      name,
      value,
      unit: 'ms',
      baseline: { name: 'same SQL via mysql2', value: baseline },
      ratio: value / baseline,
      target: '<= 1.5',
    });
    return [
      result(`mysql grant x${REQUESTS}`, totals.provGrant, totals.baseGrant),
      result(`mysql revoke x${REQUESTS}`, totals.provRevoke, totals.baseRevoke),
      result(`mysql grant+revoke x${REQUESTS}`, totals.provGrant + totals.provRevoke, totals.baseGrant + totals.baseRevoke),
    ];
  } finally {
    await server.stop();
  }
}

function zip<A, B>(a: readonly A[], b: readonly B[]): [A, B][] {
  return a.map((x, i) => [x, b[i] as B]);
}
