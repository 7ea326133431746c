import { describe, expect, it } from 'vitest';
import type { BuiltinSpec as GrantSpec } from '../support/builtin-specs.js';
import type { Provider, TargetGrant } from '../../src/providers/contract.js';
import { createGithubProvider } from '../../src/providers/github/provider.js';
import type { GithubTarget } from '../../src/providers/github/plan.js';
import type { PostgresTarget } from '../../src/providers/postgres/validate.js';
import { connect } from '../../src/providers/registry.js';
import { MemoryGithubAccess } from '../support/github-access-memory.js';
import { GRANTOR_ROLE, type SampleDatabase } from '../support/postgres.js';
import { usePostgres } from '../support/use-postgres.js';
import { describeProviderConformance, type ConformanceHarness, type PreexistingAccess } from './conformance.js';
import { githubPreexisting } from './github-preexisting.js';

const pg = usePostgres();
const EXPIRES = '2030-01-01T00:00:00Z';

/**
 * A Postgres target's harness in `db`: the provider as the registry connects
 * it, with a fault that kills its own connection mid-transaction.
 */
async function postgresHarness(target: PostgresTarget, db: SampleDatabase): Promise<ConformanceHarness<PostgresTarget>> {
  const admin = await pg().admin(db.name);
  let armed = false;
  let inTransaction = false;
  const provider = await connect(
    target,
    { [target.connectionEnv]: db.grantorUrl },
    {
      // Kills the provider's own connection right after its first change inside
      // a transaction, as a network drop or an operator's pg_terminate_backend
      // would. (Between autocommit statements a lost connection is simply
      // reopened; postgres.test.ts covers that.)
      onStatement: async (op) => {
        if (op.text === 'BEGIN' || op.text === 'COMMIT') inTransaction = op.text === 'BEGIN';
        if (!armed || !inTransaction || !/^(CREATE|GRANT|REVOKE|DROP|COMMENT)\b/.test(op.text)) return;
        armed = false;
        await admin.query(`SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = 'grantbook' AND datname = $1`, [db.name]);
      },
    },
  );
  return {
    provider: provider as Provider<PostgresTarget>,
    target,
    grantFor: (requestId) => ({
      requestId,
      target,
      principal: 'alice',
      expiresAt: EXPIRES,
      grants: [
        { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] },
        { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'order_items' },
      ],
    }),
    failAfterFirstChange: () => {
      armed = true;
    },
    preexisting: postgresPreexisting(target, (sql) => admin.query(sql)),
  };
}

const pgTarget = (name: string, connectionEnv: string): PostgresTarget => ({
  name,
  provider: 'postgres',
  connectionEnv,
  grantorRole: GRANTOR_ROLE,
  protectedRoles: [],
});

describeProviderConformance<PostgresTarget>('postgres', async () =>
  postgresHarness(pgTarget('orders-prod', 'GRANTBOOK_PG_ORDERS_PROD'), await pg().createSampleDatabase()),
);

/**
 * Two targets on one cluster (two databases of one server). Target B runs
 * the suite while target A holds a grant of every request B grants: same
 * request id, same grantee, the role beside B's in pg_roles. B's listing must
 * still be exactly its own grants and its revocations must leave A's whole;
 * the neighbour's check below holds A to that afterwards.
 */
const neighbour = { target: pgTarget('orders-a', 'GRANTBOOK_PG_ORDERS_A'), twins: [] as TargetGrant<PostgresTarget>[] };
let neighbourProvider: Provider<PostgresTarget> | undefined;
describeProviderConformance<PostgresTarget>('postgres-shared-cluster', async () => {
  const dbA = await pg().createSampleDatabase();
  const a = (await connect(neighbour.target, { GRANTBOOK_PG_ORDERS_A: dbA.grantorUrl })) as Provider<PostgresTarget>;
  neighbourProvider = a;
  const b = await postgresHarness(pgTarget('orders-b', 'GRANTBOOK_PG_ORDERS_B'), await pg().createSampleDatabase());
  return {
    ...b,
    provider: {
      ...b.provider,
      grant: async (g) => {
        const twin = { ...g, target: neighbour.target };
        await a.grant(twin);
        neighbour.twins.push(twin);
        await b.provider.grant(g);
      },
    },
  };
});

describe('provider conformance: postgres-shared-cluster, the neighbouring target afterwards', () => {
  it('still holds every twin grant, listed by itself alone, and revokes them', async () => {
    const a = neighbourProvider;
    if (a === undefined) throw new Error('the shared-cluster suite did not set up');
    const ids = [...new Set(neighbour.twins.map((g) => g.requestId))];
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const g of neighbour.twins) expect(await a.inspect(g)).toMatchObject({ present: true, absent: false });
    const listed = (await a.listManaged(neighbour.target)).map((m) => m.requestId);
    expect(listed.sort()).toEqual(ids.sort());
    for (const g of neighbour.twins) await a.revoke(g);
    for (const g of neighbour.twins) expect(await a.inspect(g)).toMatchObject({ present: false, absent: true });
    expect(await a.listManaged(neighbour.target)).toEqual([]);
    await a.close();
  });
});

/**
 * bob's own access, given by a superuser as an administrator would, outside
 * Grantbook; each case asks for exactly what it gives. `intact` reads the
 * catalog directly: bob's own ACL entries and role membership, unchanged.
 */
function postgresPreexisting(target: PostgresTarget, sql: (text: string) => Promise<{ rows: unknown[] }>): PreexistingAccess<PostgresTarget>[] {
  const asking = (requestId: string, spec: GrantSpec): TargetGrant<PostgresTarget> => ({
    requestId,
    target,
    principal: 'bob',
    expiresAt: EXPIRES,
    grants: [spec],
  });
  const one = async (text: string): Promise<unknown> => (await sql(text)).rows[0];
  return [
    {
      name: 'a direct column privilege',
      async arrange(id) {
        await sql('GRANT SELECT (id, status) ON public.orders TO bob');
        return asking(id, { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] });
      },
      intact: async () =>
        JSON.stringify(
          await one(`SELECT array_agg(a.attname::text || ':' || x.privilege_type ORDER BY a.attname) AS acl
                       FROM pg_attribute a, aclexplode(a.attacl) x
                      WHERE a.attrelid = 'public.orders'::regclass AND x.grantee = 'bob'::regrole`),
        ) === JSON.stringify({ acl: ['id:SELECT', 'status:SELECT'] }),
      cleanup: async () => {
        await sql('REVOKE SELECT (id, status) ON public.orders FROM bob');
      },
    },
    {
      name: 'a direct table privilege',
      async arrange(id) {
        await sql('GRANT SELECT ON public.order_items TO bob');
        return asking(id, { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'order_items' });
      },
      intact: async () =>
        JSON.stringify(
          await one(`SELECT array_agg(x.privilege_type::text) AS acl FROM pg_class c, aclexplode(c.relacl) x
                      WHERE c.oid = 'public.order_items'::regclass AND x.grantee = 'bob'::regrole`),
        ) === JSON.stringify({ acl: ['SELECT'] }),
      cleanup: async () => {
        await sql('REVOKE SELECT ON public.order_items FROM bob');
      },
    },
    {
      name: 'a membership in another role holding the same privilege',
      async arrange(id) {
        await sql('CREATE ROLE conf_order_readers NOLOGIN');
        await sql('GRANT SELECT ON public.order_items TO conf_order_readers');
        await sql('GRANT conf_order_readers TO bob');
        return asking(id, { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'order_items' });
      },
      intact: async () =>
        JSON.stringify(
          await one(`SELECT m.inherit_option AS inherits,
                            has_table_privilege('conf_order_readers', 'public.order_items', 'SELECT') AS role_reads,
                            has_table_privilege('bob', 'public.order_items', 'SELECT') AS bob_reads
                       FROM pg_auth_members m
                      WHERE m.roleid = 'conf_order_readers'::regrole AND m.member = 'bob'::regrole`),
        ) === JSON.stringify({ inherits: true, role_reads: true, bob_reads: true }),
      cleanup: async () => {
        await sql('REVOKE conf_order_readers FROM bob');
        await sql('REVOKE SELECT ON public.order_items FROM conf_order_readers');
        await sql('DROP ROLE conf_order_readers');
      },
    },
  ];
}

describeProviderConformance<GithubTarget>('github', () => {
  const api = new MemoryGithubAccess('acme').addUser('alice', true).addUser('carol', true).addTeam('payments-oncall').addRepo('payments-service');
  const target: GithubTarget = {
    name: 'github-acme',
    provider: 'github',
    org: 'acme',
    tokenEnv: 'GRANTBOOK_GITHUB_TOKEN',
    protectedTeams: ['security'],
    protectedRepos: ['access'],
  };
  return {
    provider: createGithubProvider(target, api),
    target,
    grantFor: (requestId) => ({
      requestId,
      target,
      principal: 'alice',
      expiresAt: EXPIRES,
      grants: [
        { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' },
        { kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'pull' },
      ],
    }),
    failAfterFirstChange: () => api.failAfterNextChange(),
    preexisting: githubPreexisting(target, {
      membership: (login) => api.teams.get('payments-oncall')?.get(login),
      setMembership: (login, m) => (m === undefined ? api.teams.get('payments-oncall')?.delete(login) : api.teams.get('payments-oncall')?.set(login, { ...m })),
      permission: (login) => api.repos.get('payments-service')?.collaborators.get(login),
      setPermission: (login, p) =>
        p === undefined ? api.repos.get('payments-service')?.collaborators.delete(login) : api.repos.get('payments-service')?.collaborators.set(login, p),
    }),
  };
});
