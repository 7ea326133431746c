import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMerged, type ApplyStepFaults } from '../../demo/apply-step.js';
import { startWorld, type DemoWorld } from '../../demo/world.js';
import { githubLedgerStore } from '../../src/github/ledger-store.js';
import { readChain, type GrantedEvent, type LedgerEvent, type LedgerStore } from '../../src/ledger/index.js';
import { requestRoleName } from '../../src/providers/mysql/names.js';
import { applyMarker } from '../../src/report/markers.js';
import { fixedClock } from '../support/clock.js';
import { runCli } from '../support/cli.js';
import { MARIADB_SKIP, useMariadb } from '../support/use-mariadb.js';

/**
 * Apply mode against a real MariaDB: the granted event records whether the
 * server's own expiry event is armed, as the server said while granting
 * (event_scheduler ON, then OFF), and the role the person activates; the
 * pull request comment and `grantbook audit show` say both.
 */
const run = promisify(execFile);
const ROOT = process.cwd();
const START = Date.UTC(2026, 10, 28, 9, 0, 0);
/** Names of this test's own, so examples other files add to policies/ never collide. */
const TARGET = 'shop-backstop';
const PROFILE = 'shop-backstop';
const ENV = 'GRANTBOOK_MYSQL_SHOP_BACKSTOP';
const maria = useMariadb();
let world: DemoWorld | undefined;
let n = 0;

const w = (): DemoWorld => {
  if (world === undefined) throw new Error('no world');
  return world;
};

beforeAll(async () => {
  if (MARIADB_SKIP !== undefined) return;
  const base = await startWorld(ROOT, () => START);
  world = { ...base, env: { ...base.env, [ENV]: maria().grantorUrl } };
  const targets = await readFile(path.join(ROOT, 'policies/targets.yaml'), 'utf8');
  const identities = await readFile(path.join(ROOT, 'policies/identities.yaml'), 'utf8');
  // alice's MySQL account, unless the checkout's identities already name one.
  const aliceMysql = /- login: alice\n(?: {4}\S.*\n)*? {4}mysql: /u.test(identities)
    ? identities
    : identities.replace(/(- login: alice\n {4}id: 583231\n)/u, '$1    mysql: alice@%\n');
  if (!aliceMysql.includes('mysql: alice@%')) throw new Error('policies/identities.yaml changed shape');
  await base.gh.commit({
    branch: 'main',
    author: 'sam',
    message: 'Shop database target',
    files: {
      'policies/targets.yaml': `${targets}  ${TARGET}:\n    provider: mysql\n    description: Shop database (MariaDB)\n    connection_env: ${ENV}\n    grantor: grantbook@%\n    databases: [shop]\n`,
      'policies/identities.yaml': aliceMysql,
      [`policies/${PROFILE}.yaml`]: [
        `name: ${PROFILE}`,
        'description: Read-only columns of the shop database.',
        'requesters:',
        '  users: [alice]',
        'approvals:',
        '  min: 1',
        '  groups:',
        '    - team: payments-leads',
        '      min: 1',
        'duration:',
        '  default: 1h',
        '  max: 8h',
        'ticket:',
        '  required: true',
        "  pattern: '^INC-[0-9]{1,6}$'",
        'reason:',
        '  required: true',
        'sensitive_columns: flag',
        'allow:',
        `  - target: ${TARGET}`,
        '    privileges: [SELECT]',
        '    tables:',
        '      - name: shop.orders',
        '        columns: [id, status]',
        '',
      ].join('\n'),
    },
  });
}, 180_000);
afterAll(async () => {
  await world?.stop();
});

/** A store whose commit with a message starting `prefix` never lands: the run "dies" there. */
function dieBeforeCommit(prefix: string): (store: LedgerStore) => LedgerStore {
  return (store) => ({
    ...store,
    writeCommit: async (input) => {
      if (input.message.startsWith(prefix)) throw new Crash(`stopped before committing "${prefix}"`);
      return store.writeCommit(input);
    },
  });
}

class Crash extends Error {}

async function grantNow(faults: ApplyStepFaults = {}): Promise<{ id: string; number: number; push: Parameters<typeof applyMerged>[1] }> {
  const id = `alice-backstop-${++n}`;
  const branch = `backstop-${n}`;
  const request = [
    'requester: alice',
    `profile: ${PROFILE}`,
    'duration: 1h',
    'reason: Look at the order states of INC-4400',
    'ticket: INC-4400',
    'grants:',
    `  - target: ${TARGET}`,
    '    privileges: [SELECT]',
    '    table: shop.orders',
    '    columns: [id, status]',
    '',
  ].join('\n');
  const before = await w().gh.refSha('main');
  if (before === undefined) throw new Error('main has no tip');
  await w().gh.commit({ branch, from: before, author: 'alice', message: 'Request', files: { [`access-requests/${id}.yaml`]: request } });
  const number = await w().gh.openPull({ head: branch, author: 'alice' });
  await w().gh.review(number, { user: 'bob', state: 'APPROVED' });
  const merged = await w().gh.merge(number, { by: 'bob', method: 'merge' });
  const push = { before, after: merged.sha, clock: fixedClock(START + n * 60_000) };
  if (faults.store !== undefined) {
    await expect(applyMerged(w(), push, faults)).rejects.toBeInstanceOf(Crash);
    return { id, number, push };
  }
  const applied = await applyMerged(w(), push);
  expect(applied.outcomes).toEqual([{ id, outcome: 'granted', codes: [] }]);
  return { id, number, push };
}

async function grantedOf(id: string): Promise<GrantedEvent> {
  const store = githubLedgerStore(w().client, { owner: w().gh.owner, repo: w().gh.repo });
  const { chain } = await readChain(store, (await store.readTip('main')).commitSha);
  expect(chain.ok).toBe(true);
  const granted = chain.events.find((e: LedgerEvent): e is GrantedEvent => e.type === 'granted' && e.request === id);
  if (granted === undefined) throw new Error(`no granted event for ${id}`);
  return granted;
}

async function auditShow(id: string): Promise<string> {
  const checkout = await mkdtemp(path.join(tmpdir(), 'grantbook-audit-backstop-'));
  try {
    await run('git', ['clone', '--quiet', w().gh.gitOf().dir, checkout]);
    const verify = await runCli(['audit', 'verify', '--deep'], { cwd: checkout });
    expect(verify.code).toBe(0);
    const shown = await runCli(['audit', 'show', id], { cwd: checkout });
    expect(shown.code).toBe(0);
    return shown.stdout;
  } finally {
    await rm(checkout, { recursive: true, force: true });
  }
}

async function setScheduler(on: boolean): Promise<void> {
  const admin = await maria().admin();
  await admin.query(`SET GLOBAL event_scheduler = ${on ? 'ON' : 'OFF'}`);
}

describe.skipIf(MARIADB_SKIP !== undefined)('apply on MariaDB records whether the expiry event is armed', () => {
  it('event_scheduler ON: armed in the ledger, the comment and audit show; the role to SET is named', { timeout: 180_000 }, async () => {
    await setScheduler(true);
    const { id, number } = await grantNow();
    const role = requestRoleName(TARGET, id);
    const granted = await grantedOf(id);
    expect(granted.applied).toEqual([{ target: TARGET, object: role, backstop: { status: 'armed', by: `grantbook.${role}`, until: granted.expires_at } }]);

    const comment = w().gh.state.comments.find((c) => c.issue === number && c.body.includes(applyMarker(id)))?.body ?? '';
    expect(comment).toContain(`SET ROLE \`${role}\`;`);
    expect(comment).toContain('Expiry backstop on `shop-backstop`: armed \\(MySQL event grantbook\\.');

    const story = await auditShow(id);
    expect(story).toContain(`${TARGET} (mysql, alice@%):\n- expiry backstop: armed (MySQL event grantbook.${role} at ${granted.expires_at})`);
    expect(story).toContain(`      SET ROLE \`${role}\`;`);
    // And the role named is the one that works, as the person would use it.
    const alice = await maria().connectAs('alice');
    try {
      await alice.query(`SET ROLE \`${role}\``);
      const [rows] = await alice.query('SELECT id, status FROM shop.orders ORDER BY id');
      expect(rows).toHaveLength(3);
    } finally {
      await alice.end();
    }
  });

  it('event_scheduler OFF: not armed, with the reason, in the ledger and audit show', { timeout: 180_000 }, async () => {
    await setScheduler(false);
    try {
      const { id } = await grantNow();
      const role = requestRoleName(TARGET, id);
      const granted = await grantedOf(id);
      expect(granted.applied).toEqual([
        { target: TARGET, object: role, backstop: { status: 'not_armed', by: `grantbook.${role}`, until: granted.expires_at, reason: 'event_scheduler_off' } },
      ]);
      const story = await auditShow(id);
      expect(story).toContain(`- expiry backstop: not armed: event_scheduler is OFF (the MySQL event grantbook.${role} will not run;`);
      expect(story).not.toContain('expiry backstop: armed');
    } finally {
      await setScheduler(true);
    }
  });

  it(
    'a run interrupted before recording the grant: the next run completes it with the role to SET, the backstop not recorded',
    { timeout: 180_000 },
    async () => {
      const { id, number, push } = await grantNow({ store: dieBeforeCommit('grantbook: Grant ') });
      const rerun = await applyMerged(w(), push);
      expect(rerun.outcomes).toEqual([{ id, outcome: 'granted', codes: [] }]);
      const role = requestRoleName(TARGET, id);
      expect((await grantedOf(id)).applied).toEqual([{ target: TARGET, object: role }]);
      const comment = w().gh.state.comments.find((c) => c.issue === number && c.body.includes(applyMarker(id)))?.body ?? '';
      expect(comment).toContain(`SET ROLE \`${role}\`;`);
      const story = await auditShow(id);
      expect(story).toContain(`${TARGET} (mysql, alice@%):\n- expiry backstop: not recorded\n`);
      expect(story).toContain(`      SET ROLE \`${role}\`;`);
    },
  );
});
