import { describe, expect, it } from 'vitest';
import { createMysqlProvider } from '../../../src/providers/mysql/provider.js';
import { requestRoleName } from '../../../src/providers/mysql/names.js';
import { mysqlGrant, mysqlTarget } from '../../support/mysql-fixture.js';
import { MARIADB_SKIP, useMariadb } from '../../support/use-mariadb.js';

const maria = useMariadb({ performanceSchema: true });

describe.skipIf(MARIADB_SKIP !== undefined)('activity from performance_schema', () => {
  it("counts what the grantee ran by statement kind, never a value, and nobody else's", async () => {
    const target = mysqlTarget();
    const provider = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    const g = mysqlGrant(target, `act-${Date.now().toString(36)}`);
    try {
      const before = await provider.activity.readActivity('alice@%', { withText: true });
      expect(before).toMatchObject({ observable: true });
      await provider.grant(g);
      const alice = await maria().connectAs('alice');
      await alice.query(`SET ROLE \`${requestRoleName(target.name, g.requestId)}\``);
      for (let i = 0; i < 3; i++) await alice.query("SELECT id, status FROM shop.orders WHERE status = 'paid'");
      const bob = await maria().connectAs('bob');
      await bob.query('SELECT 1');
      const after = await provider.activity.readActivity('alice@%', { withText: true });
      if (!after.observable || !before.observable) throw new Error('not observable');
      const selects = (s: typeof after): number => s.statements.find((x) => x.id === 'statement/sql/select')?.calls ?? 0;
      expect(selects(after) - selects(before)).toBe(3);
      const rows = (s: typeof after): number => s.statements.find((x) => x.id === 'statement/sql/select')?.rows ?? 0;
      expect(rows(after) - rows(before)).toBe(6);
      expect(after.statements.every((s) => s.text === s.id && /^statement\/[a-z_/]+$/u.test(s.id))).toBe(true);
      expect(JSON.stringify(after)).not.toContain('paid');
      await provider.revoke(g);
    } finally {
      await provider.close();
    }
  });
});
