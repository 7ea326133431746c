import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/providers/errors.js';
import { managedGrantOf } from '../../../src/providers/mysql/managed.js';
import { likePrefix, quoteId, quoteLiteral, requestRoleName, targetRolePrefix } from '../../../src/providers/mysql/names.js';
import { backstopNote, planMysql, SESSION_SETUP } from '../../../src/providers/mysql/plan.js';
import { readBacksFor } from '../../../src/providers/mysql/readback.js';
import { flavourOf } from '../../../src/providers/mysql/session.js';
import type { MysqlSpec } from '../../../src/providers/mysql/types.js';
import { checkGrant } from '../../../src/providers/mysql/validate.js';
import { mysqlGrant, mysqlTarget } from '../../support/mysql-fixture.js';

const target = mysqlTarget();
const g = mysqlGrant(target, 'alice-inc-4211');
const role = requestRoleName(target.name, 'alice-inc-4211');

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProviderError) return error.code;
    throw error;
  }
  return 'none';
}
const table = (database: string, name: string, extra: Partial<MysqlSpec> = {}): MysqlSpec => ({
  kind: 'table',
  privileges: ['SELECT'],
  database,
  table: name,
  ...extra,
});
const planOf = (over: Partial<typeof g>): string => code(() => planMysql({ ...g, ...over }));

describe('the mysql plan', () => {
  it('is the exact SQL that runs, names quoted by the driver', () => {
    expect(role).toMatch(/^gb_[0-9a-f]{11}_[0-9a-f]{16}$/u);
    expect(role.length).toBeLessThanOrEqual(32);
    const plan = planMysql(g);
    const changes = plan.grant.filter((op) => op.readOnly !== true).map((op) => op.text.split('\n')[0]);
    expect(changes).toEqual([
      `INSERT INTO \`grantbook\`.\`grants\` (role, target, request, principal, expires_at, backstop) VALUES ('${role}', 'shop-prod', 'alice-inc-4211', 'alice@%', '2030-01-01T00:00:00Z', @@GLOBAL.event_scheduler = 'ON')`,
      `CREATE ROLE \`${role}\``,
      `GRANT SELECT (\`id\`, \`status\`) ON \`shop\`.\`orders\` TO \`${role}\``,
      `GRANT SELECT ON \`shop\`.\`order_items\` TO \`${role}\``,
      `CREATE EVENT IF NOT EXISTS \`grantbook\`.\`${role}\` ON SCHEDULE AT '2030-01-01 00:00:00' ON COMPLETION NOT PRESERVE ENABLE COMMENT 'grantbook: alice-inc-4211' DO BEGIN`,
      `GRANT \`${role}\` TO 'alice'@'%'`,
    ]);
    expect(plan.revoke.filter((op) => op.readOnly !== true).map((op) => op.text)).toEqual([
      `REVOKE \`${role}\` FROM 'alice'@'%'`,
      'KILL CONNECTION ?',
      `DROP EVENT IF EXISTS \`grantbook\`.\`${role}\``,
      `DROP ROLE IF EXISTS \`${role}\``,
      `DELETE FROM \`grantbook\`.\`grants\` WHERE role = '${role}'`,
    ]);
    expect(plan.revoke.find((op) => op.text.startsWith('SELECT ID'))?.text).toBe(
      "SELECT ID FROM information_schema.PROCESSLIST WHERE USER = 'alice' AND ID <> CONNECTION_ID()",
    );
    expect(plan.notes).toEqual([
      `The event grantbook.${role} revokes the grant inside the server at 2030-01-01T00:00:00Z if the server's event_scheduler is ON at grant time (read then, and recorded).`,
    ]);
  });

  it('writes an expiry event both flavours run: a cursor over the process list, no MariaDB-only or MySQL-only syntax', () => {
    const event = planMysql(g).grant.find((op) => op.text.startsWith('CREATE EVENT'))?.text ?? '';
    expect(event).toContain(`REVOKE \`${role}\` FROM 'alice'@'%';`);
    expect(event).toContain("DECLARE sessions CURSOR FOR SELECT ID FROM information_schema.PROCESSLIST WHERE USER = 'alice';");
    expect(event).toContain('KILL CONNECTION tid;');
    expect(event).toContain(`DROP ROLE IF EXISTS \`${role}\`;`);
    expect(event).toContain(`IF failed = 0 THEN DELETE FROM \`grantbook\`.\`grants\` WHERE role = '${role}'; END IF;`);
    // MariaDB-only: CREATE OR REPLACE EVENT, KILL ... USER; MySQL-only: REVOKE IF EXISTS, IGNORE UNKNOWN USER.
    expect(event).not.toMatch(/OR REPLACE|KILL CONNECTION USER|IF EXISTS `gb_[^`]*` FROM|IGNORE UNKNOWN USER/u);
  });

  it("reads back through each flavour's own catalog: MariaDB's roles_mapping, MySQL 8's role_edges and mysql.user", () => {
    const checked = checkGrant(g);
    const [maria, mariaPrivs] = readBacksFor('mariadb', checked).map((op) => op.text);
    const [my, myPrivs] = readBacksFor('mysql', checked).map((op) => op.text);
    expect(maria).toContain(`EXISTS (SELECT 1 FROM mysql.roles_mapping WHERE Role = '${role}')`);
    expect(maria).toContain(`mysql.roles_mapping WHERE Role = '${role}' AND User = 'alice' AND Host = '%'`);
    expect(mariaPrivs).toContain(`FROM mysql.tables_priv WHERE User = '${role}' AND Host = ''`);
    // MySQL 8: a role is an account with host '%', memberships are edges.
    expect(my).toContain(`EXISTS (SELECT 1 FROM mysql.user WHERE User = '${role}' AND Host = '%')`);
    expect(my).toContain(`mysql.role_edges WHERE FROM_USER = '${role}' AND FROM_HOST = '%' AND TO_USER = 'alice' AND TO_HOST = '%'`);
    expect(myPrivs).toContain(`FROM mysql.columns_priv WHERE User = '${role}' AND Host = '%'`);
    expect(my).not.toContain('roles_mapping');
    // The plan, made without a server, shows both; the provider runs its server's (planOnServer).
    const texts = planMysql(g).grant.map((op) => op.text);
    for (const t of [maria, my]) expect(texts).toContain(t);
  });

  it("pins each flavour's session: MariaDB never creates an account by GRANT; MySQL 8 has no such mode and never does", () => {
    const setups = planMysql(g)
      .grant.filter((op) => op.text.startsWith('SET SESSION'))
      .map((op) => op.text);
    expect(setups).toEqual([SESSION_SETUP.mariadb, SESSION_SETUP.mysql]);
    expect(SESSION_SETUP.mariadb).toContain('NO_AUTO_CREATE_USER');
    // MySQL 8 refuses the removed mode by name: setting it would fail every connection.
    expect(SESSION_SETUP.mysql).not.toContain('NO_AUTO_CREATE_USER');
    for (const setup of setups) expect(setup).not.toMatch(/NO_BACKSLASH_ESCAPES|ANSI_QUOTES|ANSI'/u);
  });

  it('schedules the event at expires_at in UTC, a fraction of a second early rather than late', () => {
    const event = (expiresAt: string): string =>
      planMysql({ ...g, expiresAt })
        .grant.find((op) => op.text.startsWith('CREATE EVENT'))
        ?.text.split('\n')[0] ?? '';
    expect(event('2030-01-01T10:20:30.999Z')).toContain("ON SCHEDULE AT '2030-01-01 10:20:30' ON COMPLETION");
    expect(event('2030-01-01T10:20:30Z')).toContain("ON SCHEDULE AT '2030-01-01 10:20:30' ON COMPLETION");
  });

  it('reads the flavour and version from the server string', () => {
    expect(flavourOf('10.11.19-MariaDB-0+deb12u1')).toEqual({ kind: 'mariadb', version: '10.11.19' });
    expect(flavourOf('5.5.5-10.6.12-MariaDB-log')).toEqual({ kind: 'mariadb', version: '10.6.12' });
    expect(flavourOf('8.0.36')).toEqual({ kind: 'mysql', version: '8.0.36' });
    expect(flavourOf('8.4.3-commercial')).toEqual({ kind: 'mysql', version: '8.4.3' });
  });

  it('says whether the backstop is armed as read from the server (MySQL 8 ships event_scheduler ON, MariaDB OFF)', () => {
    const checked = checkGrant(g);
    expect(backstopNote(g, checked, true)).toMatch(/^Backstop armed: event_scheduler is ON\./u);
    expect(backstopNote(g, checked, false)).toMatch(/^Backstop NOT armed/u);
  });
});

describe('hostile names', () => {
  it('refuses quotes, backticks, dots, %, spaces and names over 64 characters in databases, tables and columns', () => {
    for (const bad of ["or'ders", 'or`ders', 'or"ders', 'shop.orders', 'or%ders', 'or ders', 'orders ', 'x'.repeat(65), '', '123', 'ordérs', 'a\\b']) {
      expect(planOf({ grants: [table('shop', bad)] }), bad).toBe('E_PROVIDER_INVALID_GRANT');
      expect(planOf({ grants: [table('shop', 'orders', { columns: [bad] })] }), bad).toBe('E_PROVIDER_INVALID_GRANT');
    }
    expect(planOf({ grants: [table("sh'op", 'orders')] })).toBe('E_PROVIDER_INVALID_GRANT');
  });

  it('quotes the names it accepts: `_` and `$` (wildcards only in database-level grants, which it never makes), 64 characters', () => {
    const long = 'a'.repeat(64);
    const t = mysqlTarget('shop-prod', { databases: ['shop', 'sh_op'] });
    const plan = planMysql(mysqlGrant(t, 'r-1', { grants: [table('sh_op', `${long}`, { columns: ['a_b', 'c$d'] })] }));
    expect(plan.grant.map((op) => op.text)).toContain(`GRANT SELECT (\`a_b\`, \`c$d\`) ON \`sh_op\`.\`${long}\` TO \`${requestRoleName('shop-prod', 'r-1')}\``);
  });

  it('quotes with the driver: backticks doubled, never split at a dot; literals escaped', () => {
    expect(quoteId('a`b')).toBe('`a``b`');
    expect(quoteId('a.b')).toBe('`a.b`');
    expect(quoteLiteral("it's \\")).toBe("'it\\'s \\\\'");
    expect(likePrefix(targetRolePrefix('shop-prod'))).toMatch(/^gb\\_[0-9a-f]{11}\\_%$/u);
  });

  it('refuses user@host tricks and over-long or wildcard names in the grantee', () => {
    for (const bad of [
      'alice',
      'alice@',
      '@%',
      "alice'@'%",
      'alice@%@evil.example',
      "alice@%'; DROP USER root; --",
      'al%ice@%',
      'al ice@%',
      'alice@10.0.0._',
      'alice@%.example.com',
      'alice@local_host',
      '`alice`@%',
      `${'a'.repeat(33)}@%`,
      'alice@EVIL.example',
    ]) {
      expect(planOf({ principal: bad }), bad).toBe('E_MYSQL_PRINCIPAL_UNSAFE');
    }
    for (const ok of ['alice@%', 'alice@localhost', 'alice@10.0.0.7', 'alice@10.0.%', 'alice@db-client.example.com', `${'a'.repeat(32)}@%`, 'a_l.i-ce@%']) {
      expect(planOf({ principal: ok }), ok).toBe('none');
    }
  });

  it("refuses protected accounts by user name, whatever the host: the server's, the grantor's, the target's, a per-request role", () => {
    for (const bad of [
      'root@localhost',
      'root@%',
      'ROOT@%',
      'mariadb.sys@localhost',
      'mysql.session@localhost',
      'debian-sys-maint@localhost',
      'grantbook@%',
      'grantbook@10.0.0.1',
      'dba@%',
      'dba@localhost',
      `${role}@%`,
    ]) {
      expect(planOf({ principal: bad }), bad).toBe('E_MYSQL_PRINCIPAL_UNSAFE');
    }
  });
});

describe('always refused', () => {
  it('the server schemas, the grantor database and databases the target does not list', () => {
    for (const db of ['mysql', 'MySQL', 'information_schema', 'performance_schema', 'sys', 'grantbook', 'billing']) {
      expect(planOf({ grants: [table(db, 'user')] }), db).toBe('E_MYSQL_REFUSED');
    }
  });

  it('privileges beyond table access, named as refused; others unknown', () => {
    for (const p of [
      'ALL',
      'ALL PRIVILEGES',
      'GRANT OPTION',
      'SUPER',
      'FILE',
      'PROCESS',
      'SHUTDOWN',
      'CREATE USER',
      'EVENT',
      'TRIGGER',
      'ALTER ROUTINE',
      'super',
    ]) {
      expect(planOf({ grants: [table('shop', 'orders', { privileges: [p] as unknown as MysqlSpec['privileges'] })] }), p).toBe('E_MYSQL_REFUSED');
    }
    for (const p of ['DROP', 'ALTER', 'CREATE VIEW', 'SELECT; DROP']) {
      expect(planOf({ grants: [table('shop', 'orders', { privileges: [p] as unknown as MysqlSpec['privileges'] })] }), p).toBe('E_PROVIDER_INVALID_GRANT');
    }
    expect(planOf({ grants: [table('shop', 'orders', { privileges: ['DELETE'], columns: ['id'] })] })).toBe('E_PROVIDER_INVALID_GRANT');
    expect(planOf({ grants: [table('shop', 'orders'), table('shop', 'orders')] })).toBe('E_PROVIDER_INVALID_GRANT');
  });
});

describe('listing', () => {
  const row = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
    role,
    target: 'shop-prod',
    request: 'alice-inc-4211',
    principal: 'alice@%',
    expires_at: '2030-01-01T00:00:00Z',
    ...over,
  });
  it('lists a tag row of this target whose role derives from its request', () => {
    expect(managedGrantOf(row(), 'shop-prod')).toEqual({
      target: 'shop-prod',
      requestId: 'alice-inc-4211',
      principal: 'alice@%',
      expiresAt: '2030-01-01T00:00:00Z',
    });
  });
  it("leaves another target's rows and rows whose role does not derive from what they say", () => {
    expect(managedGrantOf(row({ target: 'other' }), 'shop-prod')).toBeUndefined();
    expect(managedGrantOf(row({ request: 'someone-else' }), 'shop-prod')).toBeUndefined();
    expect(managedGrantOf(row({ request: "x'; --" }), 'shop-prod')).toBeUndefined();
  });
  it('treats an unreadable expiry as expired and an unreadable principal as unknown', () => {
    expect(managedGrantOf(row({ expires_at: 'soon', principal: "x'@'%" }), 'shop-prod')).toEqual({ target: 'shop-prod', requestId: 'alice-inc-4211' });
  });
});
