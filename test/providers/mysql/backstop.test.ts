import { describe, expect, it } from 'vitest';
import type mysql from 'mysql2/promise';
import { createMysqlProvider } from '../../../src/providers/mysql/provider.js';
import { requestRoleName } from '../../../src/providers/mysql/names.js';
import { formatInstant } from '../../../src/time/instant.js';
import { mysqlGrant, mysqlTarget } from '../../support/mysql-fixture.js';
import { MARIADB_SKIP, useMariadb } from '../../support/use-mariadb.js';

const maria = useMariadb();

async function works(c: mysql.Connection, text: string): Promise<boolean> {
  try {
    await c.query(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The in-server backstop: a grant of one minute whose revoke job never runs.
 * The server's own event revokes the role, ends the session opened during the
 * window and removes the role and its tag row, at expires_at.
 */
describe.skipIf(MARIADB_SKIP !== undefined)('the expiry event, with event_scheduler ON', () => {
  it('ends access at expires_at with no revoke job run', { timeout: 150_000 }, async () => {
    const target = mysqlTarget();
    const provider = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    const expiresMs = Math.ceil((Date.now() + 60_000) / 1000) * 1000;
    const g = mysqlGrant(target, `backstop-${Date.now().toString(36)}`, { expiresAt: formatInstant(expiresMs) });
    const role = requestRoleName(target.name, g.requestId);
    try {
      // What apply records in the granted event: armed, by this event, at expires_at.
      expect(await provider.grant(g)).toEqual({ backstop: { status: 'armed', by: `grantbook.${role}`, until: g.expiresAt } });
      expect(await provider.expiry.armed(g)).toEqual({ armed: true, scheduler: 'ON', armedAtGrant: true });
      const alice = await maria().connectAs('alice');
      await alice.query(`SET ROLE \`${role}\``);
      expect(await works(alice, 'SELECT id, status FROM shop.orders')).toBe(true);

      // Still in effect shortly before expiry: the event does not fire early. Ten seconds before, not three: on a
      // loaded machine the timer itself can fire seconds late, and an early event would be off by a time zone, not seconds.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresMs - Date.now() - 10_000)));
      const checkedAt = Date.now();
      expect(await works(alice, 'SELECT id, status FROM shop.orders'), `checked ${expiresMs - checkedAt} ms before expiry`).toBe(true);

      // Never calling revoke: wait until the server has done it itself (a few seconds' grace for the scheduler).
      let gone = false;
      while (Date.now() < expiresMs + 20_000) {
        const inspection = await provider.inspect(g);
        if (inspection.absent) {
          gone = true;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const endedAt = Date.now();
      expect(gone).toBe(true);
      expect(endedAt).toBeGreaterThanOrEqual(expiresMs);
      // The session opened during the window was ended by the event.
      expect(await works(alice, 'SELECT 1')).toBe(false);
      const again = await maria().connectAs('alice');
      expect(await works(again, `SET ROLE \`${role}\``)).toBe(false);
      expect(await works(again, 'SELECT id FROM shop.orders')).toBe(false);
      // Nothing is left for a revoke run to find, and a revoke run that comes anyway succeeds.
      expect((await provider.listManaged(target)).map((m) => m.requestId)).not.toContain(g.requestId);
      await provider.revoke(g);
    } finally {
      await provider.close();
    }
  });
});
