import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureMarker } from '../../src/report/markers.js';
import { VERSION } from '../../src/version.js';
import { builtFile } from '../support/built-dist.js';
import { actionEnv, parseOutputs, spawnNode } from '../support/check/action.js';
import { createPostgresProvider } from '../../src/providers/postgres/provider.js';
import type { PostgresTarget } from '../../src/providers/postgres/validate.js';
import { GRANTOR_ROLE } from '../support/postgres.js';
import { CONNECTION_ENV, HOUR, TARGET, TARGETS_YAML, TOKEN, deadUrl, startRevokeFixture, type RevokeFixture } from '../support/revoke-fixture.js';
import { usePostgres } from '../support/use-postgres.js';

/**
 * The built action (dist/index.js, bundled fresh from src/) run as a process
 * with the environment a scheduled run gets, against the stand-in and a real
 * PostgreSQL. The process uses the system clock, so grants are seeded
 * relative to it.
 */
const server = usePostgres();
let fx: RevokeFixture;
beforeAll(async () => {
  fx = await startRevokeFixture(server());
}, 120_000);
afterAll(async () => {
  await fx.close();
});

/** One run of the action; `on`: another fixture than the file's, `env`: added to (or replacing) the environment. */
async function step(o: { eventName?: string; env?: Record<string, string>; on?: RevokeFixture } = {}) {
  const world = o.on ?? fx;
  const dir = await mkdtemp(path.join(tmpdir(), 'grantbook-step-'));
  try {
    const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), home: dir };
    await writeFile(files.event, JSON.stringify({ schedule: '17,47 * * * *' }));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const base = actionEnv(
      {
        script: '',
        eventName: o.eventName ?? 'schedule',
        payload: {},
        apiUrl: world.gh.url,
        repository: `${world.gh.owner}/${world.gh.repo}`,
        token: TOKEN,
        workingDirectory: dir,
        command: 'revoke',
      },
      files,
    );
    const env = {
      ...base,
      GITHUB_RUN_ID: '424242',
      GITHUB_WORKFLOW_REF: 'acme/access/.github/workflows/access-revoke.yml@refs/heads/main',
      [CONNECTION_ENV]: world.db.grantorUrl,
      ...o.env,
    };
    const result = await spawnNode([builtFile('index.js')], env);
    return { ...result, outputs: parseOutputs(await readFile(files.output, 'utf8')), summary: await readFile(files.summary, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the action as a process: revoke', () => {
  it('a target down: exits 1 with decision=failed and opens an issue; the next run revokes, exits 0 and closes it', async () => {
    const g = await fx.seed('alice-inc-501', { grantedAt: Date.now() - 3 * HOUR });

    const down = await step({ env: { [CONNECTION_ENV]: await deadUrl() } });
    expect(down.code).toBe(1);
    expect(down.outputs).toMatchObject({ version: VERSION, decision: 'failed', 'reason-codes': 'E_REVOKE_TARGET_UNREACHABLE', requests: g.id });
    expect(down.stdout).toMatch(/^::error::Revocation is not complete: 1 revocation\(s\) failed/m);
    expect(fx.gh.state.issues.filter((i) => (i.body ?? '').includes(failureMarker(g.id)) && i.state === 'open')).toHaveLength(1);

    const healthy = await step();
    expect(healthy.code).toBe(0);
    expect(healthy.outputs).toMatchObject({ version: VERSION, decision: 'revoked', 'reason-codes': '', requests: g.id });
    expect(healthy.summary).toContain('Revoked and verified (1)');
    expect(healthy.stdout).not.toContain('::error');
    const revoked = (await fx.events()).filter((e) => e.type === 'revoked' && e.request === g.id);
    expect(revoked).toMatchObject([{ cause: 'expired', actor: { run_id: '424242' } }]);
    expect(await fx.roleExists(g.id)).toBe(false);
    expect(fx.gh.state.issues.filter((i) => (i.body ?? '').includes(failureMarker(g.id)))).toMatchObject([{ state: 'closed' }]);
  });

  it('nothing due: exits 0 with decision=nothing-due and commits nothing', async () => {
    const before = await fx.tip();
    const run = await step({ eventName: 'workflow_dispatch' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ decision: 'nothing-due', 'reason-codes': '', requests: '' });
    expect(run.summary).toContain('Nothing was due');
    expect(await fx.tip()).toBe(before);
  });

  it("report: true writes the month's access report, names it in report-file and puts its figures in the summary", async () => {
    const temp = await mkdtemp(path.join(tmpdir(), 'grantbook-runner-temp-'));
    try {
      const run = await step({ eventName: 'workflow_dispatch', env: { INPUT_REPORT: 'true', RUNNER_TEMP: temp } });
      expect(run.code).toBe(0);
      const month = new Date().toISOString().slice(0, 7);
      expect(run.outputs['report-file']).toBe(path.join(temp, 'grantbook-report', `access-report-${month}.html`));
      expect(run.summary).toContain(`### Access report, ${month}`);
      expect(run.summary).toMatch(/\| Grants \| \d+ \|/);
      const html = await readFile(run.outputs['report-file'] ?? '', 'utf8');
      expect(html).toContain(`Access report for ${fx.gh.owner}/${fx.gh.repo}`);
      expect(html).toContain('The hash chain verifies.');
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });

  it('a pull_request event with command revoke fails closed with E_EVENT_UNSUPPORTED', async () => {
    const run = await step({ eventName: 'pull_request' });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ version: VERSION, decision: 'failed', 'reason-codes': 'E_EVENT_UNSUPPORTED' });
  });
});

const REPLICA_ENV = 'GRANTBOOK_PG_ORDERS_REPLICA';
const REPLICA: PostgresTarget = { ...TARGET, name: 'orders-replica', connectionEnv: REPLICA_ENV };
const MORE_TARGETS = `  ${REPLICA.name}:
    provider: postgres
    connection_env: ${REPLICA_ENV}
    grantor_role: ${GRANTOR_ROLE}
    protected_roles: [orders_owner]
  shop-prod:
    provider: mysql
    connection_env: GRANTBOOK_MYSQL_SHOP_PROD
    grantor: grantbook@%
    databases: [shop]
  aws-prod:
    provider: aws
    account_id: "111122223333"
    credentials_env: AWS
`;

/** The summary as a reader sees it: Markdown escapes dropped. */
const shown = (markdown: string): string => markdown.replaceAll('\\', '');

/**
 * A revoke job that holds the credentials of only some declared targets: a
 * target the ledger records nothing on is left unswept with a notice in the
 * log and the job summary; a target with a live grant and no credentials
 * fails the run with the provider's code. Drift on the targets it can reach
 * is still found and revoked. A world of its own, with more targets.
 */
describe('the action as a process: revoke with targets that have no credentials', () => {
  let mx: RevokeFixture;
  beforeAll(async () => {
    mx = await startRevokeFixture(server(), { extraFiles: { 'policies/targets.yaml': `${TARGETS_YAML}${MORE_TARGETS}` } });
  }, 120_000);
  afterAll(async () => {
    await mx.close();
  });

  it('targets the ledger never names are not swept, with a notice; the rest is revoked and drift is still found', async () => {
    const due = await mx.seed('alice-inc-601', { grantedAt: Date.now() - 3 * HOUR });
    const ghost = 'mallory-inc-602';
    await mx.provider.grant({
      requestId: ghost,
      target: TARGET,
      principal: 'bob',
      grants: [{ kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders' }],
      expiresAt: '2030-01-01T00:00:00Z',
    });

    const run = await step({ on: mx });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ version: VERSION, decision: 'revoked', 'reason-codes': '' });
    expect(run.outputs['requests']?.split(',').sort()).toEqual([due.id, ghost]);
    expect(run.stdout).not.toContain('::error');
    for (const [name, variable] of [
      [REPLICA.name, REPLICA_ENV],
      ['shop-prod', 'GRANTBOOK_MYSQL_SHOP_PROD'],
      ['aws-prod', 'AWS_ACCESS_KEY_ID'],
    ] as const) {
      expect(run.stdout).toMatch(
        new RegExp(
          `^::warning::Target ${name} not swept: no credentials \\(E_PROVIDER_CREDENTIAL_MISSING .*${variable} is not set or empty\\); the ledger records nothing on it`,
          'mu',
        ),
      );
      expect(shown(run.summary)).toMatch(
        new RegExp(`^- \`${name}\`: E_PROVIDER_CREDENTIAL_MISSING target ${name}: environment variable ${variable} is not set or empty$`, 'mu'),
      );
    }
    expect(run.summary).toContain('### Targets not swept');
    expect(run.summary).not.toContain('Targets with problems');
    const mine = (await mx.events()).filter((e) => e.request === ghost);
    expect(mine.map((e) => e.type)).toEqual(['drift_found', 'revoked']);
    expect(await mx.roleExists(due.id)).toBe(false);
    expect(await mx.roleExists(ghost)).toBe(false);
  });

  it('a target with a live grant and no credentials fails the run with E_PROVIDER_CREDENTIAL_MISSING, even before the grant is due', async () => {
    const replica = createPostgresProvider(REPLICA, { connectionString: mx.db.grantorUrl });
    try {
      const live = await mx.seed('alice-inc-603', { grantedAt: Date.now() - 10 * 60_000, on: [{ target: REPLICA, provider: replica }] });

      const missing = await step({ on: mx });
      expect(missing.code).toBe(1);
      expect(missing.outputs).toMatchObject({ decision: 'failed', 'reason-codes': 'E_PROVIDER_CREDENTIAL_MISSING' });
      expect(missing.stdout).toMatch(
        /^::error::Target orders-replica: E_PROVIDER_CREDENTIAL_MISSING target orders-replica: environment variable GRANTBOOK_PG_ORDERS_REPLICA is not set or empty; the ledger records grants or drift on it, so it must be swept\.$/mu,
      );
      expect(missing.stdout).toMatch(/^::error::Revocation is not complete: 1 target\(s\) could not be reached or checked/mu);
      expect(missing.summary).toMatch(/### Targets with problems\n\n- `orders-replica`: E_PROVIDER_CREDENTIAL_MISSING/u);
      // The targets the ledger never names are still only a notice.
      expect(shown(missing.summary)).toMatch(/### Targets not swept\n\n.*\n\n- `shop-prod`: E_PROVIDER_CREDENTIAL_MISSING/u);
      expect(missing.stdout).not.toMatch(/^::error::Target (shop-prod|aws-prod)/mu);

      // With its credentials the replica is swept again: the grant is live, not due, and stays.
      const configured = await step({ on: mx, env: { [REPLICA_ENV]: mx.db.grantorUrl } });
      expect(configured.code, configured.stdout).toBe(0);
      expect(configured.outputs).toMatchObject({ decision: 'nothing-due', 'reason-codes': '' });
      expect(configured.summary).not.toContain('orders-replica');
      expect((await replica.listManaged(REPLICA)).map((m) => m.requestId)).toEqual([live.id]);
    } finally {
      await replica.close();
    }
  });
});
