import type { Operation } from '../../src/providers/contract.js';
import { createMysqlProvider, type MysqlProvider } from '../../src/providers/mysql/provider.js';
import type { MysqlSpec, MysqlTarget, MysqlTargetGrant } from '../../src/providers/mysql/types.js';
import { GRANTOR_ACCOUNT, METADATA_DATABASE, SAMPLE_DATABASE, type MariadbServer } from './mariadb.js';

export const MYSQL_EXPIRES = '2030-01-01T00:00:00Z';

export function mysqlTarget(name = 'shop-prod', overrides: Partial<MysqlTarget> = {}): MysqlTarget {
  return {
    name,
    provider: 'mysql',
    connectionEnv: 'GRANTBOOK_MYSQL_SHOP_PROD',
    grantor: GRANTOR_ACCOUNT,
    databases: [SAMPLE_DATABASE],
    metadataDatabase: METADATA_DATABASE,
    protectedAccounts: ['dba@%'],
    ...overrides,
  };
}

/** alice's usual request: two columns of orders, the whole of order_items. */
export const SAMPLE_GRANTS: readonly MysqlSpec[] = [
  { kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'orders', columns: ['id', 'status'] },
  { kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'order_items' },
];

export function mysqlGrant(target: MysqlTarget, requestId: string, overrides: Partial<MysqlTargetGrant> = {}): MysqlTargetGrant {
  return { requestId, target, principal: 'alice@%', expiresAt: MYSQL_EXPIRES, grants: SAMPLE_GRANTS, ...overrides };
}

export interface FaultyProvider {
  readonly provider: MysqlProvider;
  /** The next planned change (not a read) throws right after it ran, as a crash there would. */
  readonly failAfterNextChange: () => void;
}

export function faultyProvider(server: MariadbServer, target: MysqlTarget): FaultyProvider {
  let armed = false;
  const provider = createMysqlProvider(target, {
    connectionUrl: server.grantorUrl,
    onStatement: (op: Operation) => {
      if (!armed || op.readOnly === true) return;
      armed = false;
      throw new Error('connection lost after the first change');
    },
  });
  return {
    provider,
    failAfterNextChange: () => {
      armed = true;
    },
  };
}
