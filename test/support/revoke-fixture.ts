import { createServer } from 'node:net';
import { createGithubClient, gitBlobSha, type GithubClient } from '../../src/github/index.js';
import { githubLedgerStore } from '../../src/github/ledger-store.js';
import { commitEvents, readChain, type EventDraft, type LedgerEvent, type LedgerStore } from '../../src/ledger/index.js';
import { memoryLogger } from './logger.js';
import { githubRevokePort, type RevokeGithubPort } from '../../src/modes/revoke/port.js';
import { runRevoke, type RevokeDeps, type RevokeOutcome } from '../../src/modes/revoke/run.js';
import type { BuiltinSpec as GrantSpec } from './builtin-specs.js';
import type { Target } from '../../src/policy/types.js';
import type { Provider } from '../../src/providers/contract.js';
import { requestRoleName } from '../../src/providers/postgres/names.js';
import { createPostgresProvider, type PostgresProvider } from '../../src/providers/postgres/provider.js';
import type { PostgresTarget } from '../../src/providers/postgres/validate.js';
import { connect, type Env } from '../../src/providers/registry.js';
import { fixedClock } from './clock.js';
import { formatInstant } from '../../src/time/instant.js';
import { durationMs } from '../../src/time/duration.js';
import { GithubStandIn } from './github/index.js';
import { GRANTOR_ROLE, PG_HOST, type PgServer, type SampleDatabase } from './postgres.js';

/**
 * A revoke sweep's whole world, for tests and benchmarks: the GitHub stand-in
 * (real git) holding policies/targets.yaml, request files merged through real
 * pull requests and the ledger; a real PostgreSQL database; grants seeded by
 * calling the provider and committing `granted` events, as apply does.
 */

/** 2026-11-20T09:00:00Z: "now" of every sweep unless a test moves the clock. */
export const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);
export const HOUR = 3_600_000;
export const TOKEN = 'revoke-token';
export const TARGET_NAME = 'orders-prod';
export const CONNECTION_ENV = 'GRANTBOOK_PG_ORDERS_PROD';
export const ACTOR = { run_id: '7001', workflow: 'acme/access/.github/workflows/access-revoke.yml@refs/heads/main' } as const;
const APPLY_ACTOR = { run_id: '6001', workflow: 'acme/access/.github/workflows/access-apply.yml@refs/heads/main', sha: 'a'.repeat(40) } as const;

export const TARGETS_YAML = `# yaml-language-server: $schema=../schemas/targets.schema.json
targets:
  ${TARGET_NAME}:
    provider: postgres
    connection_env: ${CONNECTION_ENV}
    grantor_role: ${GRANTOR_ROLE}
    protected_roles: [orders_owner]
`;

export const TARGET: PostgresTarget = {
  name: TARGET_NAME,
  provider: 'postgres',
  connectionEnv: CONNECTION_ENV,
  grantorRole: GRANTOR_ROLE,
  protectedRoles: ['orders_owner'],
};

export const TWO_COLUMNS = { kind: 'table', privileges: ['SELECT'], schema: 'public', table: 'orders', columns: ['id', 'status'] } as const satisfies GrantSpec;

export interface SeedOptions {
  /** When the grant was applied (epoch ms). */
  readonly grantedAt: number;
  readonly duration?: string;
  readonly principal?: string;
  readonly specs?: readonly GrantSpec[];
  readonly extends?: string;
  /** `intent` only: apply crashed after the provider call, before `granted` landed. */
  readonly intentOnly?: boolean;
  /** Where the grant is made, one request across all of them; the fixture's own target by default. */
  readonly on?: readonly SeedTarget[];
}

/** A target a seeded request is granted on, with the provider that grants it. */
export interface SeedTarget {
  readonly target: PostgresTarget;
  readonly provider: Provider;
}

export interface Seeded {
  readonly id: string;
  readonly pr: number;
  readonly expiresAt: number;
}

export interface SweepOptions {
  readonly env?: Env;
  readonly now?: number;
  /** Wraps each connected provider (to count calls, or hide its lock). */
  readonly wrap?: (provider: Provider) => Provider;
  readonly runId?: string;
}

export interface SweepRun {
  readonly outcome: RevokeOutcome;
  readonly log: readonly string[];
  /** Every backoff the run asked for, in order. */
  readonly sleeps: readonly number[];
}

export interface RevokeFixture {
  readonly gh: GithubStandIn;
  readonly db: SampleDatabase;
  readonly client: GithubClient;
  readonly store: LedgerStore;
  readonly port: RevokeGithubPort;
  readonly provider: PostgresProvider;
  readonly env: Env;
  /** A request merged through a pull request, granted on Postgres and recorded as apply would. */
  seed(id: string, o: SeedOptions): Promise<Seeded>;
  /** Appends events as another writer (apply) would. */
  record(drafts: readonly EventDraft[], at: number): Promise<void>;
  sweep(o?: SweepOptions): Promise<SweepRun>;
  events(): Promise<readonly LedgerEvent[]>;
  /** The chain at the tip verifies. */
  chainOk(): Promise<boolean>;
  tip(): Promise<string>;
  requestFileExists(id: string): Promise<boolean>;
  roleExists(id: string): Promise<boolean>;
  /** Deletes a request file on main (a merged pull request that gives the access up). */
  relinquish(id: string): Promise<void>;
  close(): Promise<void>;
}

/** An address where nothing listens: a target that is down. */
export async function deadUrl(): Promise<string> {
  const port = await new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, PG_HOST, () => {
      const address = server.address();
      const p = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(p));
    });
  });
  return `postgresql://${GRANTOR_ROLE}:x@${PG_HOST}:${port}/postgres`;
}

export function requestYaml(id: string): string {
  return [
    '# yaml-language-server: $schema=../schemas/access-request.schema.json',
    'requester: alice',
    'profile: orders-readonly',
    'duration: 2h',
    `reason: Investigate duplicate charges reported in ${id}`,
    'ticket: INC-4211',
    'grants:',
    `  - target: ${TARGET_NAME}`,
    '    privileges: [SELECT]',
    '    table: public.orders',
    '    columns: [id, status]',
    '',
  ].join('\n');
}

export async function startRevokeFixture(server: PgServer, o: { extraFiles?: Readonly<Record<string, string>> } = {}): Promise<RevokeFixture> {
  const clock = fixedClock(NOW);
  const gh = await GithubStandIn.start({ now: () => clock.now() });
  gh.addUser({ login: 'github-actions[bot]', type: 'Bot' });
  gh.addToken(TOKEN, 'github-actions[bot]', 'write');
  for (const login of ['alice', 'bob', 'carol']) {
    gh.addUser({ login });
    gh.addOrgMember(login);
  }
  await gh.commit({
    branch: 'main',
    author: 'bob',
    message: 'Policies',
    files: { 'README.md': 'Access requests\n', 'policies/targets.yaml': TARGETS_YAML, ...o.extraFiles },
  });
  const db = await server.createSampleDatabase();
  const env: Env = { [CONNECTION_ENV]: db.grantorUrl };
  const client = createGithubClient({ token: TOKEN, baseUrl: gh.url, waitScale: 0.005, spaceWrites: false });
  const repo = { owner: gh.owner, repo: gh.repo };
  const store = githubLedgerStore(client, repo);
  const port = githubRevokePort(client, repo);
  const provider = createPostgresProvider(TARGET, { connectionString: db.grantorUrl });
  const admin = await server.admin(db.name);
  let branches = 0;

  const record = async (drafts: readonly EventDraft[], at: number): Promise<void> => {
    await commitEvents(
      { store, clock: fixedClock(at), sleep: async () => undefined, random: () => 0 },
      { branch: 'main', changes: { drafts }, message: 'apply' },
    );
  };
  const tip = async (): Promise<string> => {
    const sha = await gh.refSha('main');
    if (sha === undefined) throw new Error('no main branch');
    return sha;
  };

  return {
    gh,
    db,
    client,
    store,
    port,
    provider,
    env,
    record,
    tip,
    async seed(id, s) {
      const duration = s.duration ?? '2h';
      const length = durationMs(duration);
      if (length === undefined) throw new Error(`bad duration ${duration}`);
      const expiresAt = s.grantedAt + length;
      const principal = s.principal ?? 'alice';
      const specs = s.specs ?? [TWO_COLUMNS];
      clock.set(s.grantedAt - 60_000);
      const path = `access-requests/${id}.yaml`;
      const text = requestYaml(id);
      const branch = `request-${++branches}`;
      const head = await gh.commit({ branch, from: await tip(), files: { [path]: text }, author: 'alice', message: `Request ${id}` });
      const pr = await gh.openPull({ head: branch, author: 'alice' });
      const merged = await gh.merge(pr, { by: 'bob', method: 'squash' });
      clock.set(s.grantedAt);
      const on = s.on ?? [{ target: TARGET, provider }];
      for (const t of on) await t.provider.grant({ requestId: id, target: t.target, principal, grants: specs, expiresAt: formatInstant(expiresAt) });
      const body = {
        request: id,
        actor: { ...APPLY_ACTOR, sha: merged.sha },
        pr: { number: pr, head_sha: head, merge_sha: merged.sha },
        requester: { login: 'alice', id: 583231 },
        grantees: [{ login: 'alice', id: 583231 }],
        approvers: [{ login: 'bob', id: 1024025, review_id: 90000 + pr, commit_id: head }],
        profile: 'orders-readonly',
        request_blob: gitBlobSha(new TextEncoder().encode(text)),
        grants: on.flatMap((t) => specs.map((spec) => ({ target: t.target.name, provider: 'postgres' as const, principal, spec }))),
        expires_at: formatInstant(expiresAt),
        duration,
        ticket: 'INC-4211',
        reason: `Investigate duplicate charges reported in ${id}`,
        ...(s.extends !== undefined ? { extends: s.extends } : {}),
      };
      const draft: EventDraft = s.intentOnly === true ? { type: 'intent', ...body } : { type: 'granted', ...body, granted_at: formatInstant(s.grantedAt) };
      await record([draft], s.grantedAt);
      clock.set(NOW);
      return { id, pr, expiresAt };
    },
    async sweep(opts = {}) {
      const logger = memoryLogger();
      const sleeps: number[] = [];
      const runClock = fixedClock(opts.now ?? NOW);
      const env2 = opts.env ?? env;
      const deps: RevokeDeps = {
        store,
        github: port,
        connect: async (target: Target) => {
          const p = await connect(target, env2);
          return opts.wrap === undefined ? p : opts.wrap(p);
        },
        branch: 'main',
        actor: { ...ACTOR, ...(opts.runId !== undefined ? { run_id: opts.runId } : {}) },
        clock: runClock,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        random: () => 0,
        logger,
      };
      const outcome = await runRevoke(deps);
      return { outcome, log: logger.lines, sleeps };
    },
    async events() {
      return (await readChain(store, await tip())).chain.events;
    },
    async chainOk() {
      return (await readChain(store, await tip())).chain.ok;
    },
    async requestFileExists(id) {
      return (await port.requestIds(await tip())).has(id);
    },
    async roleExists(id) {
      const role = requestRoleName(TARGET_NAME, id);
      const { rows } = await admin.query<{ v: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS v', [role]);
      return rows[0]?.v === true;
    },
    async relinquish(id) {
      await gh.commit({ branch: 'main', files: { [`access-requests/${id}.yaml`]: null }, author: 'alice', message: `Give up ${id}` });
    },
    async close() {
      await provider.close();
      await admin.end();
      const errors = gh.serverErrors.map((e) => e.message);
      await gh.stop();
      if (errors.length > 0) throw new Error(`stand-in errors:\n${errors.join('\n')}`);
    },
  };
}
