import { describe } from 'vitest';
import type { Provider, TargetGrant } from '../../../src/providers/contract.js';
import type { Target } from '../../../src/policy/types.js';
import type { MysqlTarget, MysqlTargetGrant } from '../../../src/providers/mysql/types.js';
import { faultyProvider, MYSQL_EXPIRES, mysqlGrant, mysqlTarget } from '../../support/mysql-fixture.js';
import { MARIADB_SKIP, useMariadb } from '../../support/use-mariadb.js';
import { describeProviderConformance, type PreexistingAccess } from '../conformance.js';

const maria = useMariadb();

// The suite is typed for the providers Target names today; the MySQL shapes reach it unchanged.
const asTarget = (t: MysqlTarget): Target => t;
const asGrant = (g: MysqlTargetGrant): TargetGrant => g;

describe.skipIf(MARIADB_SKIP !== undefined)('mysql (MariaDB)', () => {
  describeProviderConformance<Target>('mysql', async () => {
    const server = maria();
    const target = mysqlTarget();
    const { provider, failAfterNextChange } = faultyProvider(server, target);
    const admin = await server.admin();
    const sql = async (text: string): Promise<unknown[]> => (await admin.query(text))[0] as unknown[];
    const asking = (requestId: string, grants: MysqlTargetGrant['grants']): TargetGrant =>
      asGrant({ requestId, target, principal: 'bob@%', expiresAt: MYSQL_EXPIRES, grants });
    /** bob's own privileges as the server holds them, outside Grantbook. */
    const bobColumns = async (): Promise<string> =>
      JSON.stringify(
        await sql("SELECT Table_name, Column_name, Column_priv FROM mysql.columns_priv WHERE User = 'bob' AND Host = '%' ORDER BY Table_name, Column_name"),
      );
    const preexisting: PreexistingAccess<Target>[] = [
      {
        name: 'a direct column privilege',
        async arrange(id) {
          await sql("GRANT SELECT (id, status) ON shop.orders TO 'bob'@'%'");
          return asking(id, [{ kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'orders', columns: ['id', 'status'] }]);
        },
        intact: async () =>
          (await bobColumns()) ===
          JSON.stringify([
            { Table_name: 'orders', Column_name: 'id', Column_priv: 'Select' },
            { Table_name: 'orders', Column_name: 'status', Column_priv: 'Select' },
          ]),
        cleanup: async () => {
          await sql("REVOKE SELECT (id, status) ON shop.orders FROM 'bob'@'%'");
        },
      },
      {
        name: 'a role of its own holding the same privilege',
        async arrange(id) {
          await sql('CREATE ROLE conf_item_readers');
          await sql('GRANT SELECT ON shop.order_items TO conf_item_readers');
          await sql("GRANT conf_item_readers TO 'bob'@'%'");
          return asking(id, [{ kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'order_items' }]);
        },
        intact: async () =>
          JSON.stringify([
            await sql("SELECT Role FROM mysql.roles_mapping WHERE User = 'bob' AND Host = '%' AND Role = 'conf_item_readers'"),
            await sql("SELECT Table_priv FROM mysql.tables_priv WHERE User = 'conf_item_readers'"),
          ]) === JSON.stringify([[{ Role: 'conf_item_readers' }], [{ Table_priv: 'Select' }]]),
        cleanup: async () => {
          await sql('DROP ROLE conf_item_readers');
        },
      },
    ];
    return {
      provider: provider as unknown as Provider<Target>,
      target: asTarget(target),
      grantFor: (requestId) => asGrant(mysqlGrant(target, requestId)),
      failAfterFirstChange: failAfterNextChange,
      preexisting,
    };
  });
});
