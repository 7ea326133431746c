import { describe, expect, it } from 'vitest';
import type mysql from 'mysql2/promise';
import type { Target } from '../../../src/policy/types.js';
import type { TargetGrant } from '../../../src/providers/contract.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { connect } from '../../../src/providers/registry.js';
import { createMysqlProvider } from '../../../src/providers/mysql/provider.js';
import { requestRoleName } from '../../../src/providers/mysql/names.js';
import { mysqlUsage } from '../../../src/providers/mysql/usage.js';
import { mysqlGrant, mysqlTarget } from '../../support/mysql-fixture.js';
import { grantorSetupStatements } from '../../support/mariadb.js';
import { MARIADB_SKIP, useMariadb } from '../../support/use-mariadb.js';

const maria = useMariadb();
let n = 0;
const fresh = (): string => `e2e-${Date.now().toString(36)}-${++n}`;

/** The server's error number of a refused statement, or 0 when it ran. */
async function refused(c: mysql.Connection, text: string): Promise<number> {
  try {
    await c.query(text);
    return 0;
  } catch (error) {
    return Number((error as { errno?: unknown }).errno ?? -1);
  }
}

async function rejection(p: Promise<unknown>): Promise<ProviderError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

const TABLE_DENIED = 1142;
const COLUMN_DENIED = 1143;

describe.skipIf(MARIADB_SKIP !== undefined)('mysql provider on a real MariaDB', () => {
  it('grants the listed columns only, usable after SET ROLE as the plan says; revocation ends access and the session opened during the window', async () => {
    const target = mysqlTarget();
    const provider = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    const g = mysqlGrant(target, fresh());
    const role = requestRoleName(target.name, g.requestId);
    try {
      const use = { target: target.name, principal: g.principal, object: mysqlUsage.object(g), expiresAt: g.expiresAt, grants: g.grants };
      expect(mysqlUsage.steps(use).flatMap((s) => s.code ?? [])).toEqual([`SET ROLE \`${role}\`;`]);
      await provider.grant(g);
      const alice = await maria().connectAs('alice');
      // MariaDB activates a granted role only by SET ROLE: before it, nothing.
      expect(await refused(alice, 'SELECT id FROM shop.orders')).toBe(TABLE_DENIED);
      await alice.query(`SET ROLE \`${role}\``);
      const [rows] = await alice.query('SELECT id, status FROM shop.orders ORDER BY id');
      expect(rows).toEqual([
        { id: 1, status: 'paid' },
        { id: 2, status: 'paid' },
        { id: 3, status: 'open' },
      ]);
      expect(await refused(alice, 'SELECT customer_email FROM shop.orders')).toBe(COLUMN_DENIED);
      expect(await refused(alice, 'SELECT * FROM shop.orders')).toBe(TABLE_DENIED);
      expect(await refused(alice, "UPDATE shop.orders SET status = 'x'")).toBe(TABLE_DENIED);
      expect(await refused(alice, 'SELECT * FROM billing.invoices')).toBe(TABLE_DENIED);
      expect(await refused(alice, 'SELECT 1')).toBe(0);
      const [items] = await alice.query('SELECT COUNT(*) AS n FROM shop.order_items');
      expect(items).toEqual([{ n: 2 }]);

      await provider.revoke(g);
      // The session opened during the window was ended: its next statement finds no connection.
      expect(await refused(alice, 'SELECT 1')).not.toBe(0);
      const again = await maria().connectAs('alice');
      expect(await refused(again, `SET ROLE \`${role}\``)).not.toBe(0);
      expect(await refused(again, 'SELECT id FROM shop.orders')).toBe(TABLE_DENIED);
      expect(await provider.inspect(g)).toMatchObject({ present: false, absent: true });
      const [events] = await (await maria().admin()).query('SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_NAME = ?', [role]);
      expect(events).toEqual([]);
    } finally {
      await provider.close();
    }
  });

  it('connects through the registry with the secret the target names, and the provider it returns grants and revokes', async () => {
    const target = mysqlTarget();
    const provider = await connect(target, { [target.connectionEnv]: maria().grantorUrl });
    const g = mysqlGrant(target, fresh()) as unknown as TargetGrant;
    try {
      expect(provider.id).toBe('mysql');
      await provider.grant(g);
      expect(await provider.inspect(g)).toMatchObject({ present: true });
      await provider.revoke(g);
      expect(await provider.inspect(g)).toMatchObject({ absent: true });
      await expect(connect(target as unknown as Target, {})).rejects.toThrow(/E_PROVIDER_CREDENTIAL_MISSING|GRANTBOOK_MYSQL_SHOP_PROD/u);
    } finally {
      await provider.close();
    }
  });

  it('reads back exactly what it made: the role, the membership, the event, the tag row', async () => {
    const target = mysqlTarget();
    const provider = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    const g = mysqlGrant(target, fresh());
    const role = requestRoleName(target.name, g.requestId);
    const admin = await maria().admin();
    try {
      await provider.grant(g);
      const [mapping] = await admin.query('SELECT User, Host, Admin_option FROM mysql.roles_mapping WHERE Role = ? ORDER BY User', [role]);
      expect(mapping).toEqual([
        { User: 'alice', Host: '%', Admin_option: 'N' },
        { User: 'grantbook', Host: '%', Admin_option: 'Y' },
      ]);
      const [events] = await admin.query(
        'SELECT EVENT_NAME, STATUS, EXECUTE_AT, TIME_ZONE, DEFINER FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ? AND EVENT_NAME = ?',
        ['grantbook', role],
      );
      expect(events).toEqual([{ EVENT_NAME: role, STATUS: 'ENABLED', EXECUTE_AT: expect.anything(), TIME_ZONE: '+00:00', DEFINER: 'grantbook@%' }]);
      const [tags] = await admin.query('SELECT target, request, principal, expires_at, backstop FROM grantbook.grants WHERE role = ?', [role]);
      expect(tags).toEqual([{ target: target.name, request: g.requestId, principal: 'alice@%', expires_at: g.expiresAt, backstop: 1 }]);
      expect(await provider.expiry.armed(g)).toEqual({ armed: true, scheduler: 'ON', armedAtGrant: true });
      const onServer = await provider.planOnServer(g);
      expect(onServer.notes?.join('\n')).toMatch(/^Server: MariaDB 10\.\d+\.\d+\./u);
      expect(onServer.notes?.join('\n')).toContain('Backstop armed: event_scheduler is ON');
      expect(onServer.grant.some((op) => op.text.includes('mysql.role_edges'))).toBe(false);
      expect(onServer.grant.some((op) => op.text.includes('mysql.roles_mapping'))).toBe(true);
      await provider.revoke(g);
      const [left] = await admin.query('SELECT COUNT(*) AS n FROM mysql.roles_mapping WHERE Role = ?', [role]);
      expect(left).toEqual([{ n: 0 }]);
      expect(await provider.expiry.armed(g)).toEqual({ armed: false, scheduler: 'ON' });
    } finally {
      await provider.close();
    }
  });

  it('refuses a role named like its own that it did not tag, and never drops it', async () => {
    const target = mysqlTarget();
    const provider = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    const g = mysqlGrant(target, fresh());
    const role = requestRoleName(target.name, g.requestId);
    const admin = await maria().admin();
    try {
      await admin.query(`CREATE ROLE \`${role}\``);
      expect((await rejection(provider.grant(g))).code).toBe('E_MYSQL_ROLE_FOREIGN');
      expect((await rejection(provider.revoke(g))).code).toBe('E_MYSQL_ROLE_FOREIGN');
      expect(await provider.listManaged(target)).not.toContainEqual(expect.objectContaining({ requestId: g.requestId }));
      const [still] = await admin.query('SELECT COUNT(*) AS n FROM mysql.user WHERE User = ? AND is_role = ?', [role, 'Y']);
      expect(still).toEqual([{ n: 1 }]);
      await admin.query(`DROP ROLE \`${role}\``);
    } finally {
      await provider.close();
    }
  });

  it('refuses a request whose grantee changed while its grant is live', async () => {
    const target = mysqlTarget();
    const provider = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    const g = mysqlGrant(target, fresh());
    try {
      await provider.grant(g);
      expect((await rejection(provider.grant({ ...g, principal: 'bob@%' }))).code).toBe('E_MYSQL_ROLE_FOREIGN');
      await provider.revoke(g);
    } finally {
      await provider.close();
    }
  });

  it('fails closed on a column or table that does not exist, and the revocation clears what was made', async () => {
    const target = mysqlTarget();
    const provider = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    const g = mysqlGrant(target, fresh(), {
      grants: [{ kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'orders', columns: ['no_such_column'] }],
    });
    try {
      await expect(provider.grant(g)).rejects.toThrow();
      expect(await provider.inspect(g)).toMatchObject({ present: false });
      expect((await provider.listManaged(target)).map((m) => m.requestId)).toContain(g.requestId);
      await provider.revoke(g);
      expect(await provider.inspect(g)).toMatchObject({ absent: true });
    } finally {
      await provider.close();
    }
  });

  it('names a grantee account the server does not have, and the rollback leaves nothing', async () => {
    const target = mysqlTarget();
    const provider = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    const g = mysqlGrant(target, fresh(), { principal: 'carol@%' });
    try {
      expect((await rejection(provider.grant(g))).code).toBe('E_MYSQL_PRINCIPAL_NOT_FOUND');
      // GRANT never creates the account (NO_AUTO_CREATE_USER in the session's sql_mode).
      const [accounts] = await (await maria().admin()).query("SELECT COUNT(*) AS n FROM mysql.user WHERE User = 'carol'");
      expect(accounts).toEqual([{ n: 0 }]);
      await provider.revoke(g);
      expect(await provider.inspect(g)).toMatchObject({ present: false, absent: true });
    } finally {
      await provider.close();
    }
  });

  it('refuses to run as an account other than the target grantor', async () => {
    const target = mysqlTarget();
    const provider = createMysqlProvider(target, { connectionUrl: maria().url('alice') });
    try {
      expect((await rejection(provider.inspect(mysqlGrant(target, fresh())))).code).toBe('E_MYSQL_GRANTOR_MISMATCH');
    } finally {
      await provider.close();
    }
  });

  it('holds one single-flight lock per target with GET_LOCK, released on close', async () => {
    const target = mysqlTarget();
    const a = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    const b = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    const other = createMysqlProvider(mysqlTarget('shop-other'), { connectionUrl: maria().grantorUrl });
    try {
      const lock = await a.singleFlight();
      expect(lock?.held).toBe(true);
      expect(await b.singleFlight()).toBeUndefined();
      expect((await other.singleFlight())?.held).toBe(true);
      await a.close();
      expect(lock?.held).toBe(false);
      expect((await b.singleFlight())?.held).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close(), other.close()]);
    }
  });

  it('runs as exactly the grantor docs/mysql-grantor.sql creates: no SUPER, nothing beyond its list', async () => {
    const statements = await grantorSetupStatements('pw');
    const masked = (list: readonly string[]): string[] => list.map((s) => s.replace(/IDENTIFIED BY '[^']*'/u, "IDENTIFIED BY '…'"));
    // The harness ran the file itself, statement by statement: what the tests run as is what the docs say.
    expect(masked(maria().grantorSetup)).toEqual(masked(statements));
    expect(statements.length).toBeGreaterThan(8);
    expect(statements.join('\n')).not.toMatch(/SUPER|ALL PRIVILEGES|GRANT ALL/u);
    const admin = await maria().admin();
    const [rows] = await admin.query("SHOW GRANTS FOR 'grantbook'@'%'");
    const grants = (rows as Record<string, string>[]).map((r) => Object.values(r)[0]?.replace(/ IDENTIFIED BY PASSWORD '[^']*'/u, ''));
    expect(grants.sort()).toEqual(
      [
        'GRANT PROCESS, CREATE USER, CONNECTION ADMIN ON *.* TO `grantbook`@`%`',
        'GRANT SELECT, INSERT, UPDATE, DELETE, REFERENCES ON `shop`.* TO `grantbook`@`%` WITH GRANT OPTION',
        'GRANT EVENT ON `grantbook`.* TO `grantbook`@`%`',
        'GRANT SELECT, INSERT, DELETE ON `grantbook`.`grants` TO `grantbook`@`%`',
        'GRANT SELECT ON `mysql`.`roles_mapping` TO `grantbook`@`%`',
        'GRANT SELECT ON `mysql`.`tables_priv` TO `grantbook`@`%`',
        'GRANT SELECT ON `mysql`.`columns_priv` TO `grantbook`@`%`',
        'GRANT SELECT ON `performance_schema`.`events_statements_summary_by_account_by_event_name` TO `grantbook`@`%`',
      ].sort(),
    );
  });

  it('says activity is not observable with performance_schema off', async () => {
    const target = mysqlTarget();
    const provider = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    try {
      expect(await provider.activity.readActivity('alice@%', { withText: true })).toEqual({
        observable: false,
        reason: { code: 'E_ACTIVITY_NOT_LOADED', message: 'performance_schema is OFF on this server: not observable' },
      });
    } finally {
      await provider.close();
    }
  });
});
