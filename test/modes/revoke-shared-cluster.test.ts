import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/ledger/index.js';
import { legacyRoleName, requestRoleName } from '../../src/providers/postgres/names.js';
import { createPostgresProvider, type PostgresProvider } from '../../src/providers/postgres/provider.js';
import { formatTag } from '../../src/providers/postgres/tag.js';
import type { PostgresTarget } from '../../src/providers/postgres/validate.js';
import type { Env } from '../../src/providers/registry.js';
import { GRANTOR_ROLE, type SampleDatabase } from '../support/postgres.js';
import { CONNECTION_ENV, HOUR, NOW, startRevokeFixture, TARGET, TARGET_NAME, type RevokeFixture, type SeedTarget } from '../support/revoke-fixture.js';
import { usePostgres } from '../support/use-postgres.js';

/**
 * One revoke run sweeping two targets that are two databases of one
 * cluster. Each target's drift check reads the whole cluster's pg_roles;
 * each must act on its own grants only: no cross-target revocation, no
 * drift reported for the neighbour's roles, and a request granted on both
 * revoked on both.
 */
const server = usePostgres();
const B_ENV = 'GRANTBOOK_PG_ORDERS_B';
const B: PostgresTarget = { name: 'orders-b', provider: 'postgres', connectionEnv: B_ENV, grantorRole: GRANTOR_ROLE, protectedRoles: ['orders_owner'] };
const TWO_TARGETS = `# yaml-language-server: $schema=../schemas/targets.schema.json
targets:
  ${TARGET_NAME}:
    provider: postgres
    connection_env: ${CONNECTION_ENV}
    grantor_role: ${GRANTOR_ROLE}
    protected_roles: [orders_owner]
  orders-b:
    provider: postgres
    connection_env: ${B_ENV}
    grantor_role: ${GRANTOR_ROLE}
    protected_roles: [orders_owner]
`;
const READ = 'SELECT id, status FROM public.orders LIMIT 1';

let fx: RevokeFixture;
let dbB: SampleDatabase;
let pb: PostgresProvider;
let env: Env;
beforeAll(async () => {
  fx = await startRevokeFixture(server(), { extraFiles: { 'policies/targets.yaml': TWO_TARGETS } });
  dbB = await server().createSampleDatabase();
  pb = createPostgresProvider(B, { connectionString: dbB.grantorUrl });
  env = { ...fx.env, [B_ENV]: dbB.grantorUrl };
}, 60_000);
afterAll(async () => {
  await pb.close();
  await fx.close();
});

const onA = (): SeedTarget => ({ target: TARGET, provider: fx.provider });
const onB = (): SeedTarget => ({ target: B, provider: pb });

/** Grants on A the way the earlier naming did (`grantbook_req_<id>`), as a live grant made before an upgrade would be. */
const onALegacy = (): SeedTarget => ({
  target: TARGET,
  provider: {
    ...fx.provider,
    grant: async (g) => {
      const role = legacyRoleName(TARGET_NAME, g.requestId);
      const tag = formatTag({ request: g.requestId, target: TARGET_NAME, principal: g.principal, expiresAt: g.expiresAt });
      const grantor = await server().connectAs(GRANTOR_ROLE, fx.db.name);
      try {
        for (const sql of [
          'BEGIN',
          `CREATE ROLE "${role}" NOLOGIN`,
          `COMMENT ON ROLE "${role}" IS '${tag}'`,
          `GRANT SELECT ("id", "status") ON TABLE "public"."orders" TO "${role}"`,
          `GRANT "${role}" TO "${g.principal}" WITH INHERIT TRUE, SET FALSE, ADMIN FALSE`,
          'COMMIT',
        ]) {
          await grantor.query(sql);
        }
      } finally {
        await grantor.end();
      }
    },
  },
});

async function roleExists(role: string): Promise<boolean> {
  const admin = await server().admin();
  try {
    const { rows } = await admin.query<{ v: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS v', [role]);
    return rows[0]?.v === true;
  } finally {
    await admin.end();
  }
}

async function aliceReads(db: string): Promise<boolean> {
  const alice = await server().connectAs('alice', db);
  try {
    await alice.query(READ);
    return true;
  } catch {
    return false;
  } finally {
    await alice.end();
  }
}

const ofType = <T extends LedgerEvent['type']>(events: readonly LedgerEvent[], type: T): Extract<LedgerEvent, { type: T }>[] =>
  events.filter((e): e is Extract<LedgerEvent, { type: T }> => e.type === type);

describe('revoke sweep over two targets of one cluster', () => {
  it("revokes only what is due on each target and finds drift only where it is, never the neighbour's grants", async () => {
    const both = await fx.seed('alice-two-db-1', { grantedAt: NOW - HOUR, on: [onA(), onB()] });
    const dueOnA = await fx.seed('alice-two-db-2', { grantedAt: NOW - 5 * HOUR, on: [onA()] });
    const liveOnB = await fx.seed('alice-two-db-3', { grantedAt: NOW - HOUR, on: [onB()] });
    const legacy = await fx.seed('alice-two-db-4', { grantedAt: NOW - HOUR, on: [onALegacy()] });
    // On B only, never recorded: drift of B, of B alone.
    await pb.grant({
      requestId: 'mallory-two-db-5',
      target: B,
      principal: 'bob',
      expiresAt: '2030-01-01T00:00:00Z',
      grants: [{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders' }],
    });
    const eventsBefore = (await fx.events()).length;

    const first = await fx.sweep({ env });
    expect(first.outcome.failure).toBeUndefined();
    // Neither target found the other's lock, nor missed a grant, nor failed to place a role.
    expect(first.log.filter((l) => l.includes('holds its lock'))).toEqual([]);
    expect(first.outcome.plan.missing).toEqual([]);
    expect(first.outcome.plan.unresolved).toEqual([]);
    const added = (await fx.events()).slice(eventsBefore);
    expect(ofType(added, 'drift_found').map((e) => [e.request, e.target, e.what])).toEqual([['mallory-two-db-5', 'orders-b', 'unrecorded']]);
    expect(ofType(added, 'revoked').map((e) => [e.request, e.cause, e.targets, e.verified])).toEqual([
      [dueOnA.id, 'expired', [TARGET_NAME], true],
      ['mallory-two-db-5', 'drift', ['orders-b'], true],
    ]);
    expect(ofType(added, 'revoke_failed')).toEqual([]);
    // Every live grant stands, on each target.
    expect(await roleExists(requestRoleName(TARGET_NAME, both.id))).toBe(true);
    expect(await roleExists(requestRoleName('orders-b', both.id))).toBe(true);
    expect(await roleExists(requestRoleName('orders-b', liveOnB.id))).toBe(true);
    expect(await roleExists(legacyRoleName(TARGET_NAME, legacy.id))).toBe(true);
    expect(await roleExists(requestRoleName(TARGET_NAME, dueOnA.id))).toBe(false);
    expect(await roleExists(requestRoleName('orders-b', 'mallory-two-db-5'))).toBe(false);
    expect(await aliceReads(fx.db.name)).toBe(true);
    expect(await aliceReads(dbB.name)).toBe(true);

    // Found, fixed, and nothing new on the next run.
    const second = await fx.sweep({ env });
    expect(second.outcome.decision).toBe('nothing-due');
    expect(second.outcome.failure).toBeUndefined();

    // All due: the request granted on both targets is revoked on both, the earlier naming's role too.
    const atEnd = (await fx.events()).length;
    const last = await fx.sweep({ env, now: NOW + 3 * HOUR });
    expect(last.outcome.failure).toBeUndefined();
    const revoked = ofType((await fx.events()).slice(atEnd), 'revoked');
    expect(revoked.map((e) => [e.request, e.cause, e.targets, e.verified])).toEqual([
      [both.id, 'expired', [TARGET_NAME, 'orders-b'], true],
      [liveOnB.id, 'expired', ['orders-b'], true],
      [legacy.id, 'expired', [TARGET_NAME], true],
    ]);
    expect(ofType((await fx.events()).slice(atEnd), 'drift_found')).toEqual([]);
    for (const role of [
      requestRoleName(TARGET_NAME, both.id),
      requestRoleName('orders-b', both.id),
      requestRoleName('orders-b', liveOnB.id),
      legacyRoleName(TARGET_NAME, legacy.id),
    ]) {
      expect(await roleExists(role)).toBe(false);
    }
    expect(await aliceReads(fx.db.name)).toBe(false);
    expect(await aliceReads(dbB.name)).toBe(false);
    expect(await fx.chainOk()).toBe(true);
  });
});
