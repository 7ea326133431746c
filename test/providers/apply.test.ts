import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltinSpec as GrantSpec } from '../support/builtin-specs.js';
import { applyRequest } from '../../src/providers/apply.js';
import type { Provider, TargetGrant } from '../../src/providers/contract.js';
import type { GithubTarget } from '../../src/providers/github/plan.js';
import { createGithubProvider } from '../../src/providers/github/provider.js';
import { createPostgresProvider, type PostgresProvider } from '../../src/providers/postgres/provider.js';
import type { PostgresTarget } from '../../src/providers/postgres/validate.js';
import { HttpError, MemoryGithubAccess } from '../support/github-access-memory.js';
import { GRANTOR_ROLE } from '../support/postgres.js';
import { usePostgres } from '../support/use-postgres.js';

const server = usePostgres();
const pgTarget: PostgresTarget = { name: 'orders-prod', provider: 'postgres', connectionEnv: 'PG', grantorRole: GRANTOR_ROLE, protectedRoles: [] };
const ghTarget: GithubTarget = { name: 'github-acme', provider: 'github', org: 'acme', tokenEnv: 'GH', protectedTeams: [], protectedRepos: [] };
const EXPIRES = '2030-01-01T00:00:00Z';
const TABLE: GrantSpec = { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id'] };
const TEAM: GrantSpec = { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' };
const REPO: GrantSpec = { kind: 'repo', owner: 'acme', repo: 'payments-service', permission: 'pull' };

let pg: PostgresProvider;
beforeAll(async () => {
  const db = await server().createSampleDatabase();
  pg = createPostgresProvider(pgTarget, { connectionString: db.grantorUrl });
});
afterAll(async () => {
  await pg.close();
});

function setup(requestId: string): { api: MemoryGithubAccess; providers: Map<string, Provider>; grants: TargetGrant[] } {
  const api = new MemoryGithubAccess('acme').addUser('alice', true).addTeam('payments-oncall').addRepo('payments-service');
  const providers = new Map<string, Provider>([
    [pgTarget.name, pg],
    [ghTarget.name, createGithubProvider(ghTarget, api)],
  ]);
  const grants: TargetGrant[] = [
    { requestId, target: pgTarget, principal: 'alice', expiresAt: EXPIRES, grants: [TABLE] },
    { requestId, target: ghTarget, principal: 'alice', expiresAt: EXPIRES, grants: [TEAM, REPO] },
  ];
  return { api, providers, grants };
}

describe('applyRequest: all or nothing across targets', () => {
  it('applies every target', async () => {
    const { providers, grants } = setup('apply-ok');
    expect(await applyRequest(providers, grants)).toEqual({ ok: true, applied: ['orders-prod', 'github-acme'], reported: new Map() });
    for (const g of grants) expect(await providers.get(g.target.name)?.inspect(g)).toMatchObject({ present: true });
  });

  it('rolls back the first target and the half-applied second when the second fails', async () => {
    const { api, providers, grants } = setup('apply-rollback');
    api.failNext('addCollaborator', new HttpError(502, 'bad gateway'));
    const result = await applyRequest(providers, grants);
    expect(result).toMatchObject({
      ok: false,
      failure: { target: 'github-acme', reason: 'bad gateway' },
      compensated: [
        { target: 'github-acme', status: 'revoked' },
        { target: 'orders-prod', status: 'revoked' },
      ],
    });
    for (const g of grants) expect(await providers.get(g.target.name)?.inspect(g)).toMatchObject({ absent: true });
    expect(api.teams.get('payments-oncall')?.size).toBe(0);
  });

  it('reports a rollback that itself failed, so the grant is still revoked later', async () => {
    const { api, providers, grants } = setup('apply-rollback-fails');
    api.failNext('addCollaborator');
    api.failNext('removeTeamMembership', new HttpError(503, 'unavailable'));
    const result = await applyRequest(providers, grants);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.compensated).toEqual([
      { status: 'revoke_failed', target: 'github-acme', reason: 'unavailable' },
      { target: 'orders-prod', status: 'revoked' },
    ]);
  });

  it('changes nothing when a target has no provider or a grant does not plan', async () => {
    const { providers, grants } = setup('apply-missing');
    providers.delete('github-acme');
    const missing = await applyRequest(providers, grants);
    expect(missing).toMatchObject({ ok: false, failure: { target: 'github-acme', code: 'E_PROVIDER_TARGET_MISSING' }, compensated: [] });
    const {
      providers: all,
      grants: [first, second],
    } = setup('apply-bad-plan');
    if (first === undefined || second === undefined) throw new Error('setup');
    const bad = { ...second, principal: 'not a login' };
    expect(await applyRequest(all, [first, bad])).toMatchObject({ ok: false, failure: { code: 'E_PROVIDER_INVALID_GRANT' }, compensated: [] });
    expect(await all.get('orders-prod')?.inspect(first)).toMatchObject({ absent: true });
  });
});
