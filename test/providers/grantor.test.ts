import { readFile } from 'node:fs/promises';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RevokeNotVerified } from '../../src/providers/errors.js';
import { GRANTOR_SETUP_SQL } from '../support/grantor-setup.js';
import { createPostgresProvider, type PostgresProvider } from '../../src/providers/postgres/provider.js';
import type { PostgresTarget } from '../../src/providers/postgres/validate.js';
import { GRANTOR_ROLE, type SampleDatabase } from '../support/postgres.js';
import { usePostgres } from '../support/use-postgres.js';

const server = usePostgres();
const target: PostgresTarget = { name: 'orders-prod', provider: 'postgres', connectionEnv: 'PG', grantorRole: GRANTOR_ROLE, protectedRoles: [] };
let db: SampleDatabase;
let admin: pg.Client;
let provider: PostgresProvider;

beforeAll(async () => {
  db = await server().createSampleDatabase();
  admin = await server().admin(db.name);
  provider = createPostgresProvider(target, { connectionString: db.grantorUrl });
});
afterAll(async () => {
  await provider.close();
});

describe('the grantor role docs/postgres-grantor.sql creates', () => {
  it('is the script the code runs, byte for byte', async () => {
    expect(await readFile(new URL('../../docs/postgres-grantor.sql', import.meta.url), 'utf8')).toBe(GRANTOR_SETUP_SQL);
  });

  it('has CREATEROLE, pg_signal_backend and pg_read_all_stats, and nothing superuser-like', async () => {
    const { rows } = await admin.query(
      `SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, rolcanlogin,
              ARRAY(SELECT m.roleid::regrole::text FROM pg_auth_members m WHERE m.member = r.oid ORDER BY 1) AS member_of
         FROM pg_roles r WHERE rolname = $1`,
      [GRANTOR_ROLE],
    );
    expect(rows).toEqual([
      {
        rolsuper: false,
        rolcreaterole: true,
        rolcreatedb: false,
        rolreplication: false,
        rolbypassrls: false,
        rolcanlogin: true,
        member_of: ['pg_read_all_stats', 'pg_signal_backend'],
      },
    ]);
  });

  it("keeps the role (and so the retry) when it cannot end the grantee's sessions", async () => {
    const g = {
      requestId: 'no-signal-1',
      target,
      principal: 'alice',
      expiresAt: '2030-01-01T00:00:00Z',
      grants: [{ kind: 'table' as const, privileges: ['SELECT' as const], schema: 'public', table: 'orders', columns: ['id'] }],
    };
    await provider.grant(g);
    const alice = await server().connectAs('alice', db.name);
    await admin.query(`REVOKE pg_signal_backend FROM ${GRANTOR_ROLE}`);
    try {
      const error = await provider.revoke(g).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RevokeNotVerified);
      expect((error as RevokeNotVerified).details.join('\n')).toMatch(/permission denied to terminate process/);
      expect((await provider.listManaged(target)).map((m) => m.requestId)).toContain('no-signal-1');
      expect(await provider.inspect(g)).toMatchObject({ present: false, absent: false });
    } finally {
      await admin.query(`GRANT pg_signal_backend TO ${GRANTOR_ROLE} WITH INHERIT TRUE`);
    }
    await provider.revoke(g);
    expect(
      await alice.query('SELECT 1').then(
        () => 'alive',
        () => 'ended',
      ),
    ).toBe('ended');
  });
});
