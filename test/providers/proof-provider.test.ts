import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMerged } from '../../demo/apply-step.js';
import { revokeSweep } from '../../demo/revoke-step.js';
import { startWorld, TOKEN, type DemoWorld } from '../../demo/world.js';
import { LocalRepo } from '../../src/git/local-repo.js';
import { githubLedgerStore } from '../../src/github/ledger-store.js';
import { readChain } from '../../src/ledger/index.js';
import { installSchemaRegistry } from '../../src/load/schemas.js';
import { githubCheckPort } from '../../src/modes/check/port.js';
import { runCheck } from '../../src/modes/check/run.js';
import { parsePullRequestPayload } from '../../src/modes/event.js';
import { BUILTIN_DESCRIPTORS } from '../../src/providers/builtin.js';
import { builtinRegistry, createRegistry, installRegistry } from '../../src/providers/catalog.js';
import type { Provider } from '../../src/providers/contract.js';
import { connect } from '../../src/providers/registry.js';
import type { SchemaRegistry } from '../../src/load/schemas.js';
import { compileSchemas } from '../support/schema-runtime.js';
import { runCli } from '../support/cli.js';
import { fixedClock } from '../support/clock.js';
import { memoryLogger } from '../support/logger.js';
import { vaultDescriptor } from '../support/proof-provider/descriptor.js';
import { vaultStore } from '../support/proof-provider/store.js';
import type { VaultSpec, VaultTarget } from '../support/proof-provider/types.js';
import { describeProviderConformance } from './conformance.js';

/*
 * The proof that one folder and one registry line make a provider: a
 * provider defined only here (test/support/proof-provider/, an in-memory
 * secret store with a grant kind of its own) goes through the whole life of
 * a request with no change to src/ for it: validate, plan, the pull request
 * check and its comment, apply, revoke, audit verify, audit show, and the
 * provider conformance suite.
 */

const registry = createRegistry([...BUILTIN_DESCRIPTORS, vaultDescriptor]);
const STORE_ENV = 'GRANTBOOK_VAULT_STORE';
const REQUEST = 'access-requests/alice-inc-7001.yaml';
const START = Date.UTC(2026, 10, 28, 9, 0, 0);

const TARGETS = `targets:
  secrets-prod:
    provider: vault
    description: Production secrets
    store_env: ${STORE_ENV}
    protected_paths: [root/master-key]
`;
const IDENTITIES = `identities:
  - login: alice
    id: 583231
    vault: alice_v
  - login: bob
    id: 1024025
    vault: bob_v
`;
const PROFILE = `name: secrets-read
description: Read a payment secret during an incident.
requesters:
  users: [alice]
approvals:
  min: 1
  groups:
    - team: payments-leads
      min: 1
duration:
  max: 2h
ticket:
  required: true
  pattern: '^INC-[0-9]{1,6}$'
reason:
  required: true
  min_length: 20
sensitive_columns: flag
allow:
  - target: secrets-prod
    secrets: [payments/stripe-key, payments/webhook-secret]
bundles:
  stripe:
    target: secrets-prod
    grants:
      - secret: payments/stripe-key
        access: read
`;
const REQUEST_TEXT = `requester: alice
profile: secrets-read
duration: 1h
reason: Rotate the webhook secret during INC-7001
ticket: INC-7001
grants:
  - target: secrets-prod
    secret: payments/webhook-secret
    access: read
  - target: secrets-prod
    bundle: stripe
`;

let root: string;
let schemas: SchemaRegistry;

beforeAll(async () => {
  installRegistry(registry);
  schemas = await compileSchemas(registry.descriptors);
  installSchemaRegistry(schemas);
  root = await mkdtemp(path.join(tmpdir(), 'grantbook-proof-'));
  await mkdir(path.join(root, 'policies'));
  await mkdir(path.join(root, 'access-requests'));
  await mkdir(path.join(root, '.github'));
  await cp(path.join(process.cwd(), '.github', 'CODEOWNERS'), path.join(root, '.github', 'CODEOWNERS'));
  await writeFile(path.join(root, 'policies', 'targets.yaml'), TARGETS);
  await writeFile(path.join(root, 'policies', 'identities.yaml'), IDENTITIES);
  await writeFile(path.join(root, 'policies', 'secrets-read.yaml'), PROFILE);
});

afterAll(async () => {
  installSchemaRegistry(undefined);
  installRegistry(builtinRegistry());
  await rm(root, { recursive: true, force: true });
});

describe('a provider defined only under test/ lives the whole life of a request', () => {
  it('validate: its targets, identity field, allow rules, bundles and grant kind are read and judged', async () => {
    await writeFile(path.join(root, REQUEST), REQUEST_TEXT);
    const run = await runCli(['validate', '--repo', 'acme/access'], { cwd: root, providers: registry, schemas });
    expect(run.code, run.stderr).toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('every file is valid');

    // Its own policy refuses what its rule does not allow, with a stable code and the place.
    await writeFile(path.join(root, 'access-requests', 'alice-inc-7002.yaml'), REQUEST_TEXT.replace('payments/webhook-secret', 'payments/other'));
    const refused = await runCli(['validate', '--repo', 'acme/access', '--json'], { cwd: root, providers: registry, schemas });
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toContain('E_POLICY_PRIVILEGE_NOT_ALLOWED');
    await rm(path.join(root, 'access-requests', 'alice-inc-7002.yaml'));

    // Without the provider registered the target is unknown: never treated as another provider.
    const unknown = await runCli(['validate', '--repo', 'acme/access'], { cwd: root });
    expect(unknown.code).not.toBe(0);
  });

  it('plan: the exact operations of its planner', async () => {
    const run = await runCli(['plan', REQUEST, '--repo', 'acme/access'], { cwd: root, providers: registry, schemas });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('PUT /v1/acl/payments%2Fwebhook-secret/alice_v?request=alice-inc-7001');
    expect(run.stdout).toContain('secrets-prod secret payments/stripe-key: read');
  });

  describe('check, apply, revoke, audit verify and audit show on the GitHub stand-in', () => {
    let world: DemoWorld;
    const clock = fixedClock(START);
    const store = vaultStore('proof-life-store');

    beforeAll(async () => {
      // The modes run in this process: the registry and its schemas are installed, as an entry point would.
      installRegistry(registry);
      installSchemaRegistry(schemas);
      world = await startWorld(root, () => clock.now());
      world = { ...world, env: { ...world.env, [STORE_ENV]: 'proof-life-store' } };
    });
    afterAll(async () => {
      await world.stop();
    });

    it('goes from pull request to revocation, and the ledger tells the story', async () => {
      const { gh } = world;
      const base = await gh.refSha('main');
      await gh.commit({ branch: 'alice/inc-7001', from: base, author: 'alice', message: 'Request a secret for INC-7001', files: { [REQUEST]: REQUEST_TEXT } });
      const number = await gh.openPull({ head: 'alice/inc-7001', author: 'alice', title: 'Access: alice, INC-7001' });

      const pending = await check(world, number, clock);
      expect(pending.decision).toBe('pending');
      const comment = commentOf(world, number);
      expect(comment).toContain('`secrets-prod` secret `payments/webhook-secret`: read');
      expect(comment).toContain('PUT /v1/acl/payments%2Fstripe-key/alice_v?request=alice-inc-7001');

      await gh.review(number, { user: 'bob', state: 'APPROVED' });
      expect((await check(world, number, clock)).decision).toBe('approved');

      const merged = await gh.merge(number, { by: 'bob', method: 'squash' });
      const applied = await applyMerged(world, { before: base ?? '', after: merged.sha, clock });
      expect(applied.decision).toBe('granted');
      expect(store.holds('alice_v', 'payments/webhook-secret')).toBe(true);
      expect(store.holds('alice_v', 'payments/stripe-key')).toBe(true);

      clock.advance(60 * 60_000 + 60_000);
      const revoked = await revokeSweep(world, clock);
      expect(revoked.decision).toBe('revoked');
      expect(store.entries).toEqual([]);

      const ledger = githubLedgerStore(world.client, { owner: gh.owner, repo: gh.repo });
      const { chain } = await readChain(ledger, (await ledger.readTip('main')).commitSha);
      expect(chain.ok).toBe(true);
      const types = chain.events.map((e) => e.type);
      expect(types.filter((t) => t !== 'activity')).toEqual(['intent', 'granted', 'revoked']);

      // The audit commands read the ledger from a working tree of main.
      execFileSync('git', ['-C', world.clone, 'checkout', '--quiet', '--detach', await world.checkout()]);
      const verify = await runCli(['audit', 'verify'], { cwd: world.clone, providers: registry, schemas });
      expect(verify.code, `${verify.stdout}\n${verify.stderr}`).toBe(0);
      const show = await runCli(['audit', 'show', 'alice-inc-7001'], { cwd: world.clone, providers: registry, schemas });
      expect(show.code, `${show.stdout}\n${show.stderr}`).toBe(0);
      expect(show.stdout).toContain('secrets-prod: alice_v reads secret payments/webhook-secret');
    });
  });
});

describeProviderConformance<VaultTarget>('vault', async () => {
  const target: VaultTarget = { name: 'secrets-conf', provider: 'vault', storeEnv: 'CONF_STORE', protectedPaths: [] };
  const store = vaultStore('conformance-store');
  const provider = (await connect(target, { CONF_STORE: 'conformance-store' }, {}, registry)) as Provider<VaultTarget>;
  const specs: VaultSpec[] = [
    { kind: 'secret', path: 'payments/stripe-key', access: 'read' },
    { kind: 'secret', path: 'payments/webhook-secret', access: 'read' },
  ];
  return {
    provider,
    target,
    grantFor: (requestId) => ({ requestId, target, principal: 'alice_v', expiresAt: '2030-01-01T00:00:00Z', grants: specs }),
    failAfterFirstChange: () => {
      store.failNext = true;
    },
    preexisting: [
      {
        name: 'a read the store gave outside Grantbook',
        arrange: async (requestId) => {
          store.entries.push({ path: 'payments/stripe-key', principal: 'carol_v' });
          return { requestId, target, principal: 'carol_v', expiresAt: '2030-01-01T00:00:00Z', grants: [specs[0]!] };
        },
        intact: async () => store.entries.some((e) => e.principal === 'carol_v' && e.path === 'payments/stripe-key' && e.tag === undefined),
        cleanup: async () => {
          store.entries = store.entries.filter((e) => e.principal !== 'carol_v');
        },
      },
    ],
  };
});

async function check(world: DemoWorld, number: number, clock: ReturnType<typeof fixedClock>) {
  const res = await fetch(`${world.gh.url}/repos/${world.gh.owner}/${world.gh.repo}/pulls/${number}`, { headers: { authorization: `token ${TOKEN}` } });
  const pull = parsePullRequestPayload({ pull_request: await res.json() }, `${world.gh.owner}/${world.gh.repo}`);
  await world.checkout();
  return runCheck({
    pull,
    port: githubCheckPort(world.client, { owner: world.gh.owner, repo: world.gh.repo }),
    repo: new LocalRepo(world.clone),
    clock,
    logger: memoryLogger(),
  });
}

function commentOf(world: DemoWorld, number: number): string {
  const comments = world.gh.state.comments.filter((c) => c.issue === number && c.body.includes('<!-- grantbook:check -->'));
  return comments.at(-1)?.body ?? '(no comment)';
}
