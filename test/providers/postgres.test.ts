import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltinSpec as GrantSpec } from '../support/builtin-specs.js';
import { ProviderError, RevokeNotVerified } from '../../src/providers/errors.js';
import { legacyRoleName, qualifiedTable, requestRoleName } from '../../src/providers/postgres/names.js';
import { createPostgresProvider, type PostgresProvider } from '../../src/providers/postgres/provider.js';
import type { PgTargetGrant, PostgresTarget } from '../../src/providers/postgres/validate.js';
import { GRANTOR_ROLE, type SampleDatabase } from '../support/postgres.js';
import { usePostgres } from '../support/use-postgres.js';

const server = usePostgres();
const target: PostgresTarget = {
  name: 'orders-prod',
  provider: 'postgres',
  connectionEnv: 'GRANTBOOK_PG_ORDERS_PROD',
  grantorRole: GRANTOR_ROLE,
  protectedRoles: ['app_owner'],
};
const TWO_COLUMNS: GrantSpec = { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] };

let db: SampleDatabase;
let admin: pg.Client;
let provider: PostgresProvider;
let n = 0;

function grant(grants: readonly GrantSpec[] = [TWO_COLUMNS], principal = 'alice'): PgTargetGrant {
  // Any recorded spec may reach a provider; the provider refuses what it does not grant.
  return { requestId: `pg-${++n}`, target, principal, expiresAt: '2030-01-01T00:00:00Z', grants: grants as PgTargetGrant['grants'] };
}

/** `ok` or the server's error message: what a person at psql would see. */
async function attempt(client: pg.Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function flag(sql: string, values: unknown[]): Promise<boolean | null> {
  const { rows } = await admin.query<{ v: boolean | null }>(sql, values);
  return rows[0]?.v ?? null;
}

async function backendPid(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return rows[0]?.pid ?? -1;
}

async function sessionAlive(pid: number): Promise<boolean> {
  return (await flag('SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $1) AS v', [pid])) === true;
}

async function roleExists(role: string): Promise<boolean> {
  return (await flag('SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS v', [role])) === true;
}

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  db = await server().createSampleDatabase();
  admin = await server().admin(db.name);
  provider = createPostgresProvider(target, { connectionString: db.grantorUrl });
});

afterAll(async () => {
  await provider.close();
});

describe('postgres provider on a real server', () => {
  it('a column grant gives exactly those columns, never the table', async () => {
    const g = grant();
    await provider.grant(g);
    const col = (c: string): Promise<boolean | null> => flag(`SELECT has_column_privilege('alice', 'public.orders', $1, 'SELECT') AS v`, [c]);
    expect(await col('id')).toBe(true);
    expect(await col('status')).toBe(true);
    expect(await col('customer_email')).toBe(false);
    expect(await flag(`SELECT has_table_privilege('alice', 'public.orders', 'SELECT') AS v`, [])).toBe(false);
    expect(await flag(`SELECT has_table_privilege('alice', 'public.orders', 'INSERT') AS v`, [])).toBe(false);
    const alice = await server().connectAs('alice', db.name);
    expect(await attempt(alice, 'SELECT id, status FROM public.orders')).toBe('ok');
    expect(await attempt(alice, 'SELECT customer_email FROM public.orders')).toMatch(/permission denied/);
    expect(await attempt(alice, 'SELECT * FROM public.orders')).toMatch(/permission denied/);
    await alice.end();
    await provider.revoke(g);
    expect(await col('id')).toBe(false);
    expect(await roleExists(requestRoleName(target.name, g.requestId))).toBe(false);
  });

  it('never lets the grantee create objects or become the request role', async () => {
    const g = grant();
    await provider.grant(g);
    const role = requestRoleName(target.name, g.requestId);
    const alice = await server().connectAs('alice', db.name);
    expect(await attempt(alice, 'CREATE TABLE public.mine (a int)')).toMatch(/permission denied for schema public/);
    expect(await attempt(alice, `SET ROLE ${role}`)).toMatch(/permission denied to set role/);
    expect(await flag(`SELECT has_schema_privilege($1, 'public', 'CREATE') AS v`, [role])).toBe(false);
    const membership = `SELECT bool_or(admin_option OR set_option) AS v FROM pg_auth_members WHERE roleid = $1::regrole AND member = 'alice'::regrole`;
    expect(await flag(membership, [role])).toBe(false);
    await alice.end();
    await provider.revoke(g);
  });

  it('terminates a session open during revoke, and a new session has nothing', async () => {
    const g = grant();
    await provider.grant(g);
    const alice = await server().connectAs('alice', db.name);
    const pid = await backendPid(alice);
    await alice.query('BEGIN');
    await alice.query('DECLARE c CURSOR FOR SELECT id FROM public.orders');
    expect((await alice.query('FETCH 1 FROM c')).rows).toHaveLength(1);
    await provider.revoke(g);
    // The open cursor would otherwise keep reading rows it was granted.
    expect(await sessionAlive(pid)).toBe(false);
    expect(await attempt(alice, 'FETCH 1 FROM c')).not.toBe('ok');
    const again = await server().connectAs('alice', db.name);
    expect(await attempt(again, 'SELECT id FROM public.orders')).toMatch(/permission denied/);
    await again.end();
  });

  it('ends a session that took on the role through an out-of-band SET grant', async () => {
    const g = grant();
    await provider.grant(g);
    const role = requestRoleName(target.name, g.requestId);
    // Someone with more power than Grantbook lets alice SET ROLE to it anyway.
    await admin.query(`GRANT ${role} TO alice WITH SET TRUE`);
    const alice = await server().connectAs('alice', db.name);
    const pid = await backendPid(alice);
    expect(await attempt(alice, `SET ROLE ${role}`)).toBe('ok');
    expect(await attempt(alice, 'SELECT id FROM public.orders')).toBe('ok');
    await provider.revoke(g);
    expect(await sessionAlive(pid)).toBe(false);
    expect(await attempt(alice, 'SELECT id FROM public.orders')).not.toBe('ok');
    expect(await roleExists(role)).toBe(false);
  });

  it('refuses to report success when a privilege was granted to the role by another grantor', async () => {
    const g = grant();
    await provider.grant(g);
    const role = requestRoleName(target.name, g.requestId);
    await admin.query(`GRANT SELECT ON public.order_items TO ${role}`);
    const error = await rejection(provider.revoke(g));
    expect(error).toBeInstanceOf(RevokeNotVerified);
    expect(error.code).toBe('E_PROVIDER_REVOKE_NOT_VERIFIED');
    expect((error as RevokeNotVerified).inspection).toMatchObject({ absent: false, present: false });
    expect(error.details.join('\n')).toMatch(/role holds SELECT on order_items \(granted by postgres\)/);
    // Access itself ended: the membership went first.
    expect(await flag(`SELECT pg_has_role('alice', $1, 'MEMBER') AS v`, [role])).toBe(false);
    expect(await provider.inspect(g)).toMatchObject({ absent: false });
    await admin.query(`REVOKE SELECT ON public.order_items FROM ${role}`);
    await provider.revoke(g);
    expect(await roleExists(role)).toBe(false);
  });

  it('never drops objects the role came to own out of band; the revoke stays loud instead', async () => {
    const g = grant();
    await provider.grant(g);
    const role = requestRoleName(target.name, g.requestId);
    await admin.query('CREATE TABLE public.precious (id int)');
    await admin.query(`ALTER TABLE public.precious OWNER TO ${role}`);
    const error = await rejection(provider.revoke(g));
    expect(error).toBeInstanceOf(RevokeNotVerified);
    expect(error.details.join('\n')).toMatch(/E_PG_ROLE_OWNS_OBJECTS .*owns table precious/);
    expect(await flag(`SELECT to_regclass('public.precious') IS NOT NULL AS v`, [])).toBe(true);
    expect(await flag(`SELECT pg_has_role('alice', $1, 'MEMBER') AS v`, [role])).toBe(false);
    await admin.query('ALTER TABLE public.precious OWNER TO postgres');
    await provider.revoke(g);
    expect(await roleExists(role)).toBe(false);
  });

  it('revokes cleanly when the grantee login was dropped during the window', async () => {
    await server().createLoginRole('leaver');
    const g = grant([TWO_COLUMNS], 'leaver');
    await provider.grant(g);
    await admin.query('DROP ROLE leaver');
    await provider.revoke(g);
    expect(await roleExists(requestRoleName(target.name, g.requestId))).toBe(false);
  });

  it('revokes a table renamed during the window', async () => {
    await admin.query('CREATE TABLE public.renamed_during (id int, secret text)');
    await admin.query(`GRANT SELECT ON public.renamed_during TO ${GRANTOR_ROLE} WITH GRANT OPTION`);
    const g = grant([{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'renamed_during', columns: ['id'] }]);
    await provider.grant(g);
    await admin.query('ALTER TABLE public.renamed_during RENAME TO renamed_after');
    expect(await flag(`SELECT has_column_privilege('alice', 'public.renamed_after', 'id', 'SELECT') AS v`, [])).toBe(true);
    await provider.revoke(g);
    expect(await flag(`SELECT has_column_privilege('alice', 'public.renamed_after', 'id', 'SELECT') AS v`, [])).toBe(false);
    expect(await roleExists(requestRoleName(target.name, g.requestId))).toBe(false);
  });

  it('quotes a hostile table name that exists in the catalog as one identifier', async () => {
    const evil = 'x"; DROP TABLE orders; --';
    await admin.query(`CREATE TABLE ${qualifiedTable('public', evil)} (id int)`);
    await admin.query(`INSERT INTO ${qualifiedTable('public', evil)} VALUES (1), (2)`);
    expect((await admin.query(`SELECT count(*)::int AS n FROM ${qualifiedTable('public', evil)}`)).rows).toEqual([{ n: 2 }]);
    // Grant requests cannot even name it: the planner refuses before SQL exists.
    const error = await rejection(provider.grant(grant([{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: evil }])));
    expect(error.code).toBe('E_PROVIDER_INVALID_GRANT');
    expect((await admin.query('SELECT count(*)::int AS n FROM public.orders')).rows).toEqual([{ n: 20 }]);
  });

  it('never adopts or drops a role it did not tag', async () => {
    const g = grant();
    const role = requestRoleName(target.name, g.requestId);
    await admin.query(`CREATE ROLE ${role} NOLOGIN`);
    expect((await rejection(provider.grant(g))).code).toBe('E_PG_ROLE_FOREIGN');
    expect((await rejection(provider.revoke(g))).code).toBe('E_PG_ROLE_FOREIGN');
    expect(await roleExists(role)).toBe(true);
  });

  it('refuses to converge on a role tagged for another grantee', async () => {
    const g = grant();
    await provider.grant(g);
    expect((await rejection(provider.grant({ ...g, principal: 'bob' }))).code).toBe('E_PG_ROLE_CONFLICT');
    expect(await flag(`SELECT pg_has_role('bob', $1, 'MEMBER') AS v`, [requestRoleName(target.name, g.requestId)])).toBe(false);
    await provider.revoke(g);
  });

  it('refuses privileged, shared or missing principals, changing nothing', async () => {
    await server().createLoginRole('root_like', 'SUPERUSER');
    await server().createLoginRole('role_maker', 'CREATEROLE');
    await server().createLoginRole('rls_skipper', 'BYPASSRLS');
    await admin.query('CREATE ROLE readers NOLOGIN');
    await server().createLoginRole('team_lead');
    await admin.query('GRANT team_lead TO bob');
    await server().createLoginRole('replicator', 'REPLICATION');
    // Transitively inside the grantor or a protected role: they act as it already.
    await server().createLoginRole('grantor_friend');
    await admin.query('CREATE ROLE middle NOLOGIN');
    await admin.query(`GRANT ${GRANTOR_ROLE} TO middle`);
    await admin.query('GRANT middle TO grantor_friend');
    await admin.query('CREATE ROLE app_owner NOLOGIN');
    await server().createLoginRole('owner_friend');
    await admin.query('GRANT app_owner TO owner_friend');
    const expected: Record<string, RegExp> = {
      root_like: /superuser/,
      role_maker: /CREATEROLE/,
      rls_skipper: /BYPASSRLS/,
      replicator: /REPLICATION/,
      readers: /cannot log in/,
      team_lead: /member roles/,
      grantor_friend: /member of the grantor role/,
      owner_friend: /member of protected role app_owner/,
    };
    for (const [principal, reason] of Object.entries(expected)) {
      const g = grant([TWO_COLUMNS], principal);
      const error = await rejection(provider.grant(g));
      expect(error.code).toBe('E_PG_PRINCIPAL_UNSAFE');
      expect(error.message).toMatch(reason);
      expect(await roleExists(requestRoleName(target.name, g.requestId))).toBe(false);
    }
    expect((await rejection(provider.grant(grant([TWO_COLUMNS], 'nobody_here')))).code).toBe('E_PG_PRINCIPAL_NOT_FOUND');
  });

  it('resolves tables and columns in the catalog first, with clear codes', async () => {
    const cases: [GrantSpec, string][] = [
      [{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'no_such_table' }, 'E_PG_TABLE_NOT_FOUND'],
      [{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'nope'] }, 'E_PG_COLUMN_NOT_FOUND'],
      [{ kind: 'table', privileges: ['INSERT'], schema: 'billing', table: 'invoices' }, 'E_PG_GRANTOR_NO_GRANT_OPTION'],
    ];
    for (const [spec, code] of cases) {
      const g = grant([spec]);
      const error = await rejection(provider.grant(g));
      expect(error.code).toBe(code);
      expect(await roleExists(requestRoleName(target.name, g.requestId))).toBe(false);
    }
  });

  it('refuses a table whose schema the grantee cannot use, rather than granting schema USAGE', async () => {
    await admin.query('CREATE SCHEMA vault');
    await admin.query('CREATE TABLE vault.keys (id int)');
    await admin.query(`GRANT USAGE ON SCHEMA vault TO ${GRANTOR_ROLE}`);
    await admin.query(`GRANT SELECT ON vault.keys TO ${GRANTOR_ROLE} WITH GRANT OPTION`);
    const error = await rejection(provider.grant(grant([{ kind: 'table', privileges: ['SELECT'], schema: 'vault', table: 'keys' }])));
    expect(error.code).toBe('E_PG_SCHEMA_USAGE_MISSING');
  });

  it('works on a table outside public when the grantee can use the schema', async () => {
    const g = grant([{ kind: 'table', privileges: ['SELECT'], schema: 'billing', table: 'invoices' }]);
    await provider.grant(g);
    expect(await provider.inspect(g)).toMatchObject({ present: true });
    await provider.revoke(g);
    expect(await flag(`SELECT has_table_privilege('alice', 'billing.invoices', 'SELECT') AS v`, [])).toBe(false);
  });

  it('refuses credentials for the wrong role or for a superuser', async () => {
    const asAlice = createPostgresProvider(target, { connectionString: server().url('alice', db.name) });
    expect((await rejection(asAlice.inspect(grant()))).code).toBe('E_PG_GRANTOR_MISMATCH');
    await asAlice.close();
    const asSuper = createPostgresProvider({ ...target, grantorRole: 'postgres' }, { connectionString: server().url('postgres', db.name) });
    expect((await rejection(asSuper.inspect(grant()))).code).toBe('E_PG_GRANTOR_UNSAFE');
    await asSuper.close();
  });

  it('lists damaged tags of ours without an expiry, skips foreign roles, and revokes from the tag alone', async () => {
    const grantor = await server().connectAs(GRANTOR_ROLE, db.name);
    for (const role of ['grantbook_req_damaged_1', 'grantbook_req_damaged_2']) {
      await grantor.query(`CREATE ROLE ${role} NOLOGIN`);
      await grantor.query(`COMMENT ON ROLE ${role} IS '{"grantbook":1,"request":'`);
    }
    await grantor.query('GRANT grantbook_req_damaged_2 TO alice');
    await grantor.end();
    await admin.query(`CREATE ROLE grantbook_req_foreign_1 NOLOGIN`);
    await admin.query(`COMMENT ON ROLE grantbook_req_foreign_1 IS 'made by hand'`);
    const managed = await provider.listManaged(target);
    expect(managed.filter((m) => m.requestId.startsWith('damaged-'))).toEqual([
      { target: target.name, requestId: 'damaged-1' },
      { target: target.name, requestId: 'damaged-2', principal: 'alice' },
    ]);
    expect(managed.some((m) => m.requestId === 'foreign-1')).toBe(false);
    // Crash recovery knows only what the catalog says: no grant list, no expiry.
    for (const requestId of ['damaged-1', 'damaged-2']) {
      await provider.revoke({ requestId, target, principal: 'alice', expiresAt: '', grants: [] });
      expect(await roleExists(legacyRoleName(target.name, requestId))).toBe(false);
    }
    // A role named like the earlier naming without our tag is not ours: left alone, never listed.
    expect(await roleExists('grantbook_req_foreign_1')).toBe(true);
    await provider.revoke({ requestId: 'foreign-1', target, principal: 'alice', expiresAt: '', grants: [] });
    expect(await roleExists('grantbook_req_foreign_1')).toBe(true);
    await admin.query('DROP ROLE grantbook_req_foreign_1');
  });

  it('reopens a connection lost between revoke steps and completes the revoke', async () => {
    let killed = false;
    const p = createPostgresProvider(target, {
      connectionString: db.grantorUrl,
      onStatement: async (op) => {
        if (killed || !op.text.startsWith('REVOKE')) return;
        killed = true;
        await admin.query(`SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = 'grantbook' AND datname = $1`, [db.name]);
      },
    });
    const g = grant();
    await p.grant(g);
    await p.revoke(g);
    expect(killed).toBe(true);
    expect(await p.inspect(g)).toMatchObject({ absent: true });
    await p.close();
  });

  it('lets one revoke run at a time hold the single-flight lock', async () => {
    const other = createPostgresProvider(target, { connectionString: db.grantorUrl });
    const first = await provider.singleFlight();
    expect(first?.held).toBe(true);
    expect(await other.singleFlight()).toBeUndefined();
    await first?.release();
    const second = await other.singleFlight();
    expect(second?.held).toBe(true);
    await other.close();
    expect(second?.held).toBe(false);
  });
});
