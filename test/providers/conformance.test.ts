import type { Provider } from '../../src/providers/contract.js';
import { createGithubProvider } from '../../src/providers/github/provider.js';
import type { GithubTarget } from '../../src/providers/github/plan.js';
import type { PostgresTarget } from '../../src/providers/postgres/validate.js';
import { connect } from '../../src/providers/registry.js';
import { MemoryGithubAccess } from '../support/github-access-memory.js';
import { GRANTOR_ROLE } from '../support/postgres.js';
import { usePostgres } from '../support/use-postgres.js';
import { describeProviderConformance } from './conformance.js';

const pg = usePostgres();
const EXPIRES = '2030-01-01T00:00:00Z';

describeProviderConformance<PostgresTarget>('postgres', async () => {
  const db = await pg().createSampleDatabase();
  const admin = await pg().admin(db.name);
  const target: PostgresTarget = {
    name: 'orders-prod',
    provider: 'postgres',
    connectionEnv: 'GRANTBOOK_PG_ORDERS_PROD',
    grantorRole: GRANTOR_ROLE,
    protectedRoles: [],
  };
  let armed = false;
  let inTransaction = false;
  const provider = connect(target, { GRANTBOOK_PG_ORDERS_PROD: db.grantorUrl }, {
    // Kills the provider's own connection right after its first change inside
    // a transaction, as a network drop or an operator's pg_terminate_backend
    // would. (Between autocommit statements a lost connection is simply
    // reopened; postgres.test.ts covers that.)
    onStatement: async (op) => {
      if (op.text === 'BEGIN' || op.text === 'COMMIT') inTransaction = op.text === 'BEGIN';
      if (!armed || !inTransaction || !/^(CREATE|GRANT|REVOKE|DROP|COMMENT)\b/.test(op.text)) return;
      armed = false;
      await admin.query(
        `SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = 'grantbook' AND datname = $1`,
        [db.name],
      );
    },
  });
  return {
    provider: provider as Provider<PostgresTarget>,
    target,
    grantFor: (requestId) => ({
      requestId,
      target,
      principal: 'alice',
      expiresAt: EXPIRES,
      grants: [
        { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] },
        { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'order_items' },
      ],
    }),
    failAfterFirstChange: () => {
      armed = true;
    },
  };
});

describeProviderConformance<GithubTarget>('github', () => {
  const api = new MemoryGithubAccess('acme').addUser('alice', true).addTeam('payments-oncall').addRepo('payments-service');
  const target: GithubTarget = {
    name: 'github-acme',
    provider: 'github',
    org: 'acme',
    tokenEnv: 'GRANTBOOK_GITHUB_TOKEN',
    protectedTeams: ['security'],
    protectedRepos: ['access'],
  };
  return {
    provider: createGithubProvider(target, api),
    target,
    grantFor: (requestId) => ({
      requestId,
      target,
      principal: 'alice',
      expiresAt: EXPIRES,
      grants: [
        { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' },
        { kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'pull' },
      ],
    }),
    failAfterFirstChange: () => api.failAfterNextChange(),
  };
});
