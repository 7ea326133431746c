/**
 * The provider contract for grants through views: the shared conformance
 * suite with a grant that filters rows, masks columns (the hash mask among
 * them, so both schemas exist) and keeps a plain column grant beside them.
 */
import type { Provider } from '../../src/providers/contract.js';
import { connect } from '../../src/providers/registry.js';
import type { PostgresTarget } from '../../src/providers/postgres/validate.js';
import { usePostgres } from '../support/use-postgres.js';
import { createViewTable, supportSpec, viewTarget } from '../support/view-fixture.js';
import { describeProviderConformance } from './conformance.js';

const pg = usePostgres();

describeProviderConformance<PostgresTarget>('postgres-views', async () => {
  const db = await pg().createSampleDatabase();
  const admin = await pg().admin(db.name);
  await createViewTable(admin);
  const target = viewTarget();
  let armed = false;
  let inTransaction = false;
  const provider = (await connect(
    target,
    { [target.connectionEnv]: db.grantorUrl },
    {
      // As in conformance.test.ts: the provider's own connection dies right after its first change inside a transaction.
      onStatement: async (op) => {
        if (op.text === 'BEGIN' || op.text === 'COMMIT') inTransaction = op.text === 'BEGIN';
        if (!armed || !inTransaction || !/^(CREATE|GRANT|REVOKE|DROP|COMMENT)\b/.test(op.text)) return;
        armed = false;
        await admin.query(`SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = 'grantbook' AND datname = $1`, [db.name]);
      },
    },
  )) as Provider<PostgresTarget>;
  return {
    provider,
    target,
    grantFor: (requestId) => ({
      requestId,
      target,
      principal: 'alice',
      expiresAt: '2030-01-01T00:00:00Z',
      grants: [supportSpec, { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] }],
    }),
    failAfterFirstChange: () => {
      armed = true;
    },
    preexisting: [
      {
        // bob reads the whole table in clear already; a filtered, masked view of it must leave that alone.
        name: 'a direct privilege on the table the view reads',
        async arrange(requestId) {
          await admin.query('GRANT SELECT (id, customer_id, email) ON public.customer_orders TO bob');
          return { requestId, target, principal: 'bob', expiresAt: '2030-01-01T00:00:00Z', grants: [supportSpec] };
        },
        intact: async () => {
          const { rows } = await admin.query<{ acl: string[] | null }>(
            `SELECT array_agg(a.attname::text || ':' || x.privilege_type ORDER BY a.attname) AS acl
               FROM pg_attribute a, aclexplode(a.attacl) x
              WHERE a.attrelid = 'public.customer_orders'::regclass AND x.grantee = 'bob'::regrole`,
          );
          return JSON.stringify(rows[0]?.acl) === JSON.stringify(['customer_id:SELECT', 'email:SELECT', 'id:SELECT']);
        },
        cleanup: async () => {
          await admin.query('REVOKE SELECT (id, customer_id, email) ON public.customer_orders FROM bob');
        },
      },
    ],
  };
});
