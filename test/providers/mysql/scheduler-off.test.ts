import { describe, expect, it } from 'vitest';
import { requestRoleName } from '../../../src/providers/mysql/names.js';
import { createMysqlProvider } from '../../../src/providers/mysql/provider.js';
import { mysqlGrant, mysqlTarget } from '../../support/mysql-fixture.js';
import { MARIADB_SKIP, useMariadb } from '../../support/use-mariadb.js';

const maria = useMariadb({ eventScheduler: false });

describe.skipIf(MARIADB_SKIP !== undefined)('the expiry event, with event_scheduler OFF', () => {
  it('says the backstop is not armed in the plan, the tag row and the backstop read; grant and revoke still work', async () => {
    const target = mysqlTarget();
    const provider = createMysqlProvider(target, { connectionUrl: maria().grantorUrl });
    // An apply's expiry carries milliseconds when they are not zero.
    const g = mysqlGrant(target, `off-${Date.now().toString(36)}`, { expiresAt: '2030-01-01T00:00:00.250Z' });
    try {
      const plan = await provider.planOnServer(g);
      expect(plan.notes).toContainEqual(expect.stringMatching(/^Backstop NOT armed: event_scheduler is not ON on this server\./u));
      expect(plan.notes?.join('\n')).not.toContain('Backstop armed');
      // Without a server, the plan says what decides it.
      expect(provider.plan(g).notes).toContainEqual(expect.stringContaining("if the server's event_scheduler is ON at grant time"));
      // What apply records in the granted event: read from the server while granting, the expiry at the event's whole second.
      const role = requestRoleName(target.name, g.requestId);
      expect(await provider.grant(g)).toEqual({
        backstop: { status: 'not_armed', by: `grantbook.${role}`, until: '2030-01-01T00:00:00Z', reason: 'event_scheduler_off' },
      });
      expect(await provider.expiry.armed(g)).toEqual({ armed: false, scheduler: 'OFF', armedAtGrant: false });
      const admin = await maria().admin();
      const [tag] = await admin.query('SELECT backstop, expires_at FROM grantbook.grants WHERE request = ?', [g.requestId]);
      expect(tag).toEqual([{ backstop: 0, expires_at: '2030-01-01T00:00:00.250Z' }]);
      await provider.revoke(g);
      expect(await provider.inspect(g)).toMatchObject({ present: false, absent: true });
    } finally {
      await provider.close();
    }
  });
});
