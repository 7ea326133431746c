import { describe, expect, it } from 'vitest';
import { builtin } from '../support/builtin-specs.js';
import { UserError } from '../../src/diagnostics.js';
import type { GithubAccessApi } from '../../src/providers/github/api.js';
import type { GithubTarget } from '../../src/providers/github/types.js';
import type { PostgresTarget } from '../../src/providers/postgres/types.js';
import { builtinRegistry, connect, planFor } from '../../src/providers/registry.js';
import type { Target } from '../../src/policy/types.js';
import { MemoryGithubAccess } from '../support/github-access-memory.js';

const pgTarget: PostgresTarget = {
  name: 'orders-prod',
  provider: 'postgres',
  connectionEnv: 'GRANTBOOK_PG_ORDERS_PROD',
  grantorRole: 'grantbook_grantor',
  protectedRoles: [],
};
const ghTarget: GithubTarget = {
  name: 'github-acme',
  provider: 'github',
  org: 'acme',
  tokenEnv: 'GRANTBOOK_GITHUB_TOKEN',
  protectedTeams: [],
  protectedRepos: [],
};

async function rejection(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('provider registry', () => {
  it('knows postgres, github, mysql and aws', () => {
    expect(builtinRegistry().ids).toEqual(['aws', 'github', 'mysql', 'postgres']);
    expect(planFor(pgTarget).id).toBe('postgres');
    expect(planFor(ghTarget).kinds).toEqual(['team', 'repo']);
  });

  it('fails on an unknown provider with the list of valid ones and where to fix it', () => {
    const bogus = { ...ghTarget, provider: 'oracle' } as unknown as Target;
    const [d] = userError(() => planFor(bogus)).diagnostics;
    expect(d).toMatchObject({
      code: 'E_PROVIDER_UNKNOWN',
      file: 'policies/targets.yaml',
      pointer: '/targets/github-acme/provider',
    });
    expect(d?.message).toContain('"oracle"');
    expect(d?.message).toContain('valid providers: aws, github, mysql, postgres');
    const hostile = { ...ghTarget, provider: '::error::x' } as unknown as Target;
    expect(userError(() => planFor(hostile)).message).not.toContain('::error::');
  });

  it('plans without any credential in the environment', () => {
    const plan = planFor(pgTarget).plan({
      requestId: 'r-1',
      target: pgTarget,
      principal: 'alice',
      expiresAt: '2030-01-01T00:00:00Z',
      grants: [builtin({ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders' })],
    });
    expect(plan.grant.length).toBeGreaterThan(0);
  });

  it('names the missing variable, never a value', async () => {
    const env = { OTHER_SECRET: 'postgresql://u:hunter2@db/x', GRANTBOOK_PG_ORDERS_PROD: '' };
    for (const e of [env, {}]) {
      const error = await rejection(connect(pgTarget, e));
      expect(error.diagnostics[0]).toMatchObject({ code: 'E_PROVIDER_CREDENTIAL_MISSING', pointer: '/targets/orders-prod/connection_env' });
      expect(error.message).toContain('GRANTBOOK_PG_ORDERS_PROD');
      expect(error.message).not.toContain('hunter2');
    }
    expect((await rejection(connect(ghTarget, {}))).diagnostics[0]?.pointer).toBe('/targets/github-acme/token_env');
  });

  it('hands the credential to the provider it builds, and only there', async () => {
    const seen: string[] = [];
    const githubAccess = (token: string): GithubAccessApi => {
      seen.push(token);
      return new MemoryGithubAccess('acme').addUser('alice', true).addTeam('t');
    };
    const provider = await connect(ghTarget, { GRANTBOOK_GITHUB_TOKEN: 'ghs_secret' }, { githubAccess });
    expect(seen).toEqual(['ghs_secret']);
    expect(provider.listsManaged).toBe(false);
    await expect(connect(ghTarget, { GRANTBOOK_GITHUB_TOKEN: 'ghs_secret' })).rejects.toThrow(/GitHub port/);
    const pg = await connect(pgTarget, { GRANTBOOK_PG_ORDERS_PROD: 'postgresql://grantbook_grantor:pw@127.0.0.1:1/x' });
    expect(pg.listsManaged).toBe(true);
    await pg.close();
  });
});
