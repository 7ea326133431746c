import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMerged } from '../../demo/apply-step.js';
import { PEOPLE, startWorld, TOKEN, type DemoWorld } from '../../demo/world.js';
import { githubLedgerStore } from '../../src/github/ledger-store.js';
import { readChain, type LedgerEvent } from '../../src/ledger/index.js';
import { encodeLine } from '../../src/ledger/line.js';
import { GithubError } from '../../src/github/index.js';
import type { Provider } from '../../src/providers/contract.js';
import { ProviderError } from '../../src/providers/errors.js';
import { requestRoleName } from '../../src/providers/postgres/names.js';
import { fixedClock } from '../support/clock.js';
import { runCli } from '../support/cli.js';
import { shown } from '../support/markdown.js';

/**
 * Apply against the stand-in over real git and a real PostgreSQL: merge
 * grants, anything that does not re-verify is refused with nothing granted.
 */
const run = promisify(execFile);
const ROOT = process.cwd();
const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
const clock = fixedClock(NOW);
let world: DemoWorld;
let n = 0;

beforeAll(async () => {
  world = await startWorld(ROOT, () => clock.now());
  world.gh.addUser({ login: 'dave', id: 3141592 });
  world.gh.addOrgMember('dave');
  world.gh.setTeamMember('payments-leads', 'dave');
});
afterAll(async () => {
  await world.stop();
});

function requestYaml(columns: string[] = ['id', 'status'], extendsId?: string): string {
  return [
    ...(extendsId !== undefined ? [`extends: ${extendsId}`] : []),
    'requester: alice',
    'profile: orders-readonly',
    'duration: 2h',
    'reason: Investigate duplicate charges reported in INC-4211',
    'ticket: INC-4211',
    'grants:',
    '  - target: orders-prod',
    '    privileges: [SELECT]',
    '    table: public.orders',
    `    columns: [${columns.join(', ')}]`,
    '',
  ].join('\n');
}

/** A PR by alice adding one request; returns its number, file path and id. */
async function openRequest(commits: string[][] = [['id', 'status']], extendsId?: string) {
  const id = `alice-apply-${++n}`;
  const file = `access-requests/${id}.yaml`;
  const branch = `req-${n}`;
  let from = await world.gh.refSha('main');
  for (const columns of commits) {
    from = await world.gh.commit({ branch, from, author: 'alice', message: 'Request', files: { [file]: requestYaml(columns, extendsId) } });
  }
  const number = await world.gh.openPull({ head: branch, author: 'alice' });
  return { id, file, number };
}

async function events(): Promise<readonly LedgerEvent[]> {
  const store = githubLedgerStore(world.client, { owner: world.gh.owner, repo: world.gh.repo });
  const { chain } = await readChain(store, (await store.readTip('main')).commitSha);
  expect(chain.ok).toBe(true);
  return chain.events;
}

async function roleExists(id: string): Promise<boolean> {
  const admin = await world.pg.admin(world.db.name);
  try {
    const res = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [requestRoleName('orders-prod', id)]);
    return res.rowCount === 1;
  } finally {
    await admin.end();
  }
}

async function hasColumn(column: string): Promise<boolean> {
  const admin = await world.pg.admin(world.db.name);
  try {
    const res = await admin.query("SELECT has_column_privilege('alice', 'public.orders', $1, 'SELECT') AS ok", [column]);
    return (res.rows[0] as { ok: boolean }).ok;
  } finally {
    await admin.end();
  }
}

async function push(before: string | undefined, after: string) {
  return applyMerged(world, { before: before ?? '', after, clock });
}

describe('apply', () => {
  it('grants an approved, merged request and records intent then granted; a second run changes nothing', async () => {
    const { id, number } = await openRequest();
    await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
    const before = await world.gh.refSha('main');
    const merged = await world.gh.merge(number, { by: 'bob', method: 'merge' });
    const first = await push(before, merged.sha);
    expect(first).toMatchObject({ decision: 'granted', expiresAt: '2026-11-28T11:00:00Z' });
    expect(await roleExists(id)).toBe(true);
    expect(await hasColumn('status')).toBe(true);
    expect(await hasColumn('customer_email')).toBe(false);
    const mine = (await events()).filter((e) => e.request === id).map((e) => e.type);
    expect(mine).toEqual(['intent', 'granted']);

    const again = await push(before, merged.sha);
    expect(again.decision).toBe('nothing-to-do');
    expect((await events()).filter((e) => e.request === id).map((e) => e.type)).toEqual(['intent', 'granted']);
    const comments = world.gh.state.comments.filter((c) => c.issue === number && c.body.includes(`grantbook:apply:${id}`));
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('until 2026-11-28T11:00:00Z');
  });

  it('grants the final blob of a squash merge whose PR edited the request', async () => {
    const { id, number } = await openRequest([['id'], ['id', 'created_at']]);
    await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
    const before = await world.gh.refSha('main');
    const merged = await world.gh.merge(number, { by: 'bob', method: 'squash' });
    expect((await push(before, merged.sha)).decision).toBe('granted');
    expect(await hasColumn('created_at')).toBe(true);
    const granted = (await events()).find((e) => e.request === id && e.type === 'granted');
    expect(JSON.stringify(granted)).toContain('created_at');
  });

  it('processes a rebase merge of several commits once', async () => {
    const { id, number } = await openRequest([['id'], ['id', 'status']]);
    await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
    const before = await world.gh.refSha('main');
    const merged = await world.gh.merge(number, { by: 'bob', method: 'rebase' });
    expect((await push(before, merged.sha)).decision).toBe('granted');
    expect((await events()).filter((e) => e.request === id).map((e) => e.type)).toEqual(['intent', 'granted']);
  });

  it('refuses a direct push: no pull request, nothing granted, an issue opened', async () => {
    const id = `alice-direct-${++n}`;
    const before = await world.gh.refSha('main');
    const after = await world.gh.commit({
      branch: 'main',
      from: before,
      author: 'alice',
      message: 'Direct push',
      files: { [`access-requests/${id}.yaml`]: requestYaml() },
    });
    const result = await push(before, after);
    expect(result.decision).toBe('refused');
    expect(await roleExists(id)).toBe(false);
    const refused = (await events()).filter((e) => e.request === id);
    expect(refused.map((e) => e.type)).toEqual(['grant_refused']);
    expect(JSON.stringify(refused[0])).toContain('E_APPLY_NO_PULL_REQUEST');
    expect(world.gh.state.issues.some((i) => (i.body ?? '').includes(`grantbook:apply:${id}`))).toBe(true);
  });

  it('refuses an admin merge without approval', async () => {
    const { id, number } = await openRequest();
    const before = await world.gh.refSha('main');
    const merged = await world.gh.merge(number, { by: 'sam', method: 'merge' });
    expect((await push(before, merged.sha)).decision).toBe('refused');
    expect(await roleExists(id)).toBe(false);
    expect(JSON.stringify((await events()).find((e) => e.request === id))).toContain('E_APPROVAL_');
  });

  it('refuses when the approver left the approver team between check and apply', async () => {
    const { id, number } = await openRequest();
    await world.gh.review(number, { user: 'dave', state: 'APPROVED' });
    world.gh.removeTeamMember('payments-leads', 'dave');
    const before = await world.gh.refSha('main');
    const merged = await world.gh.merge(number, { by: 'bob', method: 'merge' });
    expect((await push(before, merged.sha)).decision).toBe('refused');
    expect(await roleExists(id)).toBe(false);
  });

  it('links an extension to a live grant of the same person, and refuses one naming anything else', async () => {
    const first = await openRequest();
    await world.gh.review(first.number, { user: 'bob', state: 'APPROVED' });
    let before = await world.gh.refSha('main');
    let merged = await world.gh.merge(first.number, { by: 'bob', method: 'merge' });
    expect((await push(before, merged.sha)).decision).toBe('granted');

    const extension = await openRequest([['id', 'status']], first.id);
    await world.gh.review(extension.number, { user: 'bob', state: 'APPROVED' });
    before = await world.gh.refSha('main');
    merged = await world.gh.merge(extension.number, { by: 'bob', method: 'merge' });
    expect((await push(before, merged.sha)).decision).toBe('granted');
    const granted = (await events()).find((e) => e.request === extension.id && e.type === 'granted');
    expect(granted).toMatchObject({ extends: first.id });

    const bogus = await openRequest([['id']], 'nobody-at-all');
    await world.gh.review(bogus.number, { user: 'bob', state: 'APPROVED' });
    before = await world.gh.refSha('main');
    merged = await world.gh.merge(bogus.number, { by: 'bob', method: 'merge' });
    expect((await push(before, merged.sha)).decision).toBe('refused');
    expect(JSON.stringify((await events()).find((e) => e.request === bogus.id))).toContain('E_APPLY_EXTENDS_UNKNOWN');
    expect(await roleExists(bogus.id)).toBe(false);
  });

  it('refuses a new file under an id the ledger already holds', async () => {
    const { id, file, number } = await openRequest();
    await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
    let before = await world.gh.refSha('main');
    const merged = await world.gh.merge(number, { by: 'bob', method: 'merge' });
    expect((await push(before, merged.sha)).decision).toBe('granted');
    // The request is given up (file deleted), then a different file reuses its name.
    before = await world.gh.refSha('main');
    const removed = await world.gh.commit({ branch: 'main', from: before, author: 'alice', files: { [file]: null } });
    const branch = `reuse-${id}`;
    await world.gh.commit({ branch, from: removed, author: 'alice', files: { [file]: requestYaml(['id', 'created_at']) } });
    const again = await world.gh.openPull({ head: branch, author: 'alice' });
    await world.gh.review(again, { user: 'bob', state: 'APPROVED' });
    const mergedAgain = await world.gh.merge(again, { by: 'bob', method: 'merge' });
    expect((await push(removed, mergedAgain.sha)).decision).toBe('refused');
    expect((await events()).filter((e) => e.request === id).map((e) => e.type)).toEqual(['intent', 'granted']);
    expect(world.gh.state.issues.some((i) => i.title.includes(`${id} reuses an id`))).toBe(true);
  });

  it('holds every grant back while a critical repository setting is unsafe, and grants on the re-run after the fix', async () => {
    const { id, number } = await openRequest();
    await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
    const before = await world.gh.refSha('main');
    const merged = await world.gh.merge(number, { by: 'bob', method: 'merge' });

    world.gh.setActionsCanApprove(true);
    const held = await push(before, merged.sha);
    expect(held.decision).toBe('refused');
    expect(held.outcomes).toEqual([{ id, outcome: 'refused', codes: ['E_DOCTOR_ACTIONS_CAN_APPROVE'] }]);
    expect(await roleExists(id)).toBe(false);
    // Nothing recorded: the request is not at fault, the repository is.
    expect((await events()).filter((e) => e.request === id)).toEqual([]);
    const issue = world.gh.state.issues.find((i) => (i.body ?? '').includes('grantbook:apply:settings'));
    expect(issue?.body).toContain(id);
    expect(issue?.body).toContain('E_DOCTOR_ACTIONS_CAN_APPROVE');

    // A token that cannot read the settings is no better than unsafe settings.
    world.gh.setActionsCanApprove(false);
    world.gh.setAdminReadable(false);
    const unreadable = await push(before, merged.sha);
    expect(unreadable.outcomes[0]?.codes).toContain('E_DOCTOR_CANNOT_VERIFY');
    expect(await roleExists(id)).toBe(false);

    world.gh.setAdminReadable(true);
    const fixed = await push(before, merged.sha);
    expect(fixed.outcomes).toEqual([{ id, outcome: 'granted', codes: [] }]);
    expect(await roleExists(id)).toBe(true);
    expect((await events()).filter((e) => e.request === id).map((e) => e.type)).toEqual(['intent', 'granted']);
  });

  /** The provider as given, with a `held` read that throws `error`. */
  const heldFails =
    (error: Error) =>
    (p: Provider): Provider => ({
      ...p,
      plan: (g) => p.plan(g),
      held: async () => {
        throw error;
      },
      grant: (g) => p.grant(g),
      revoke: (g) => p.revoke(g),
      inspect: (g) => p.inspect(g),
      listManaged: (t) => p.listManaged(t),
      close: () => p.close(),
    });

  it('records nothing when GitHub cannot say for now what the grantee already holds: the next run grants it', async () => {
    const { id, number } = await openRequest();
    await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
    const before = await world.gh.refSha('main');
    const merged = await world.gh.merge(number, { by: 'bob', method: 'merge' });
    const outage = new GithubError('E_GITHUB_UNAVAILABLE', 'GET /repos/{owner}/{repo}/collaborators: GitHub answered 502 (Bad Gateway)', { status: 502 });
    const result = await applyMerged(world, { before: before ?? '', after: merged.sha, clock }, { provider: heldFails(outage) });
    expect(result.outcomes).toEqual([{ id, outcome: 'failed', codes: ['E_APPLY_HELD_UNAVAILABLE'] }]);
    // The id is not spent: no event names it, nothing was granted, the pull request is told.
    expect((await events()).filter((e) => e.request === id)).toEqual([]);
    expect(await roleExists(id)).toBe(false);
    const told = world.gh.state.comments.find((c) => c.issue === number && c.body.includes(`grantbook:apply:${id}`));
    expect(told?.body).toContain('E_APPLY_HELD_UNAVAILABLE');
    // Inside the message, escaped as every message in a body is.
    expect(shown(told?.body ?? '')).toContain('(E_GITHUB_UNAVAILABLE)');

    // A later push (anything on main) catches the unrecorded request up.
    const later = await world.gh.commit({ branch: 'main', author: 'bob', message: 'Unrelated change', files: { 'docs/notes.md': 'notes\n' } });
    const next = await push(merged.sha, later);
    expect(next.outcomes).toEqual([{ id, outcome: 'granted', codes: [] }]);
    expect((await events()).filter((e) => e.request === id).map((e) => e.type)).toEqual(['intent', 'granted']);
    expect(await roleExists(id)).toBe(true);
  });

  it('refuses, recording it, when GitHub refuses the held read (a token that may not read): that does not pass by itself', async () => {
    const { id, number } = await openRequest();
    await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
    const before = await world.gh.refSha('main');
    const merged = await world.gh.merge(number, { by: 'bob', method: 'merge' });
    const forbidden = new GithubError('E_GITHUB_FORBIDDEN', 'GET /repos/{owner}/{repo}/collaborators: GitHub answered 403', { status: 403 });
    const result = await applyMerged(world, { before: before ?? '', after: merged.sha, clock }, { provider: heldFails(forbidden) });
    expect(result.outcomes).toEqual([{ id, outcome: 'failed', codes: ['E_APPLY_HELD_UNREADABLE'] }]);
    const mine = (await events()).filter((e) => e.request === id);
    expect(mine.map((e) => (e.type === 'grant_refused' ? e.reasons.map((r) => `${r.code} ${r.message}`) : e.type))).toEqual([
      ['E_APPLY_HELD_UNREADABLE GitHub refused to say what alice already holds (E_GITHUB_FORBIDDEN)'],
    ]);
    expect(await roleExists(id)).toBe(false);
    expect(world.gh.state.issues.some((i) => i.body?.includes(`grantbook:apply:${id}`) === true && (i.body ?? '').includes('E_APPLY_HELD_UNREADABLE'))).toBe(
      true,
    );
  });

  it("keeps a provider's own code when it refuses at the held read, and records the refusal", async () => {
    const { id, number } = await openRequest();
    await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
    const before = await world.gh.refSha('main');
    const merged = await world.gh.merge(number, { by: 'bob', method: 'merge' });
    const refusal = new ProviderError('E_PROVIDER_INVALID_GRANT', 'orders-prod', 'the grant names nothing this provider can read');
    const result = await applyMerged(world, { before: before ?? '', after: merged.sha, clock }, { provider: heldFails(refusal) });
    expect(result.outcomes).toEqual([{ id, outcome: 'failed', codes: ['E_PROVIDER_INVALID_GRANT'] }]);
    const mine = (await events()).filter((e) => e.request === id);
    expect(mine.map((e) => (e.type === 'grant_refused' ? e.reasons.map((r) => r.code) : e.type))).toEqual([['E_PROVIDER_INVALID_GRANT']]);
    expect(await roleExists(id)).toBe(false);
  });

  it('lets anything else thrown at the held read (a bug) fail the run, recording nothing', async () => {
    const { id, number } = await openRequest();
    await world.gh.review(number, { user: 'bob', state: 'APPROVED' });
    const before = await world.gh.refSha('main');
    const merged = await world.gh.merge(number, { by: 'bob', method: 'merge' });
    await expect(applyMerged(world, { before: before ?? '', after: merged.sha, clock }, { provider: heldFails(new TypeError('a bug')) })).rejects.toThrow(
      'a bug',
    );
    expect((await events()).filter((e) => e.request === id)).toEqual([]);
    // Caught up once the bug is gone.
    expect((await push(before, merged.sha)).outcomes).toEqual([{ id, outcome: 'granted', codes: [] }]);
  });

  it('`grantbook audit verify` passes on the ledger and names a tampered line', async () => {
    const checkout = await mkdtemp(path.join(tmpdir(), 'grantbook-audit-'));
    try {
      await run('git', ['clone', '--quiet', world.gh.gitOf().dir, checkout]);
      expect((await runCli(['audit', 'verify'], { cwd: checkout })).code).toBe(0);
      const segment = 'audit/segments/0000000/000000000000.jsonl';
      const file = path.join(checkout, segment);
      const lines = (await readFile(file, 'utf8')).split('\n');
      // The first line that names the profile: an intent (a granted leaves the body its intent holds out).
      const at = lines.findIndex((l) => l.includes('"profile":"orders-readonly"'));
      expect(at).toBeGreaterThanOrEqual(0);
      lines[at] = (lines[at] ?? '').replace('"profile":"orders-readonly"', '"profile":"break-glass"');
      await writeFile(file, lines.join('\n'));
      const broken = await runCli(['audit', 'verify'], { cwd: checkout });
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain(`${segment}:${at + 1}`);
      const status = await runCli(['status'], { cwd: checkout, clock: fixedClock(NOW) });
      expect(status.stderr).toContain('does not verify');
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });

  it('`grantbook audit verify --repo` holds every granted event against GitHub and catches a re-chained forgery', async () => {
    const checkout = await mkdtemp(path.join(tmpdir(), 'grantbook-audit-gh-'));
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: world.gh.url };
    const repo = `${world.gh.owner}/${world.gh.repo}`;
    try {
      await run('git', ['clone', '--quiet', world.gh.gitOf().dir, checkout]);
      const clean = await runCli(['audit', 'verify', '--repo', repo], { cwd: checkout, env });
      expect(clean.stderr).toBe('');
      expect(clean.code).toBe(0);
      const grantedCount = (await events()).filter((e) => e.type === 'granted').length;
      expect(grantedCount).toBeGreaterThan(3);
      expect(clean.stdout).toContain(`ok: ${grantedCount} granted event(s) held against GitHub, 0 with problems`);

      // A forger who re-seals every line from the edit on keeps the chain valid;
      // only GitHub's record of the review shows the approval was never given.
      const file = path.join(checkout, 'audit', 'segments', '0000000', '000000000000.jsonl');
      const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
      let prev: string | undefined;
      let forged = '';
      const resealed = lines.map((line) => {
        const event = JSON.parse(line) as LedgerEvent & Record<string, unknown>;
        const { hash: _hash, ...rest } = event;
        const body: Record<string, unknown> = { ...rest, ...(prev !== undefined ? { prev } : {}) };
        // The approvers a granted event stands on are its intent's (the granted line leaves them out).
        if (forged === '' && event.type === 'intent') {
          forged = event.request;
          body.approvers = event.approvers.map((a) => ({ ...a, login: 'carol', id: PEOPLE.carol }));
        }
        const sealed = encodeLine(body as Omit<LedgerEvent, 'hash'>);
        prev = sealed.hash;
        return sealed.line;
      });
      await writeFile(file, `${resealed.join('\n')}\n`);
      expect((await runCli(['audit', 'verify'], { cwd: checkout })).code).toBe(0);
      const caught = await runCli(['audit', 'verify', '--repo', repo], { cwd: checkout, env });
      expect(caught.code).toBe(1);
      expect(caught.stderr).toContain('E_AUDIT_REVIEW_MISMATCH');
      expect(caught.stderr).toContain(forged);
      expect(caught.stdout).toContain('1 with problems');

      expect((await runCli(['audit', 'verify', '--repo', repo], { cwd: checkout, env: {} })).code).toBe(2);
      expect((await runCli(['audit', 'verify', '--repo', 'not a repo'], { cwd: checkout, env })).code).toBe(2);
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });
});
