import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../scripts/build.mjs';
import { systemClock } from '../../src/time/clock.js';
import { fixedClock } from '../support/clock.js';
import { runCli } from '../support/cli.js';
import { GithubStandIn, type FileSpec } from '../support/github/index.js';
import { fillPlaceholders } from '../support/init-world.js';
import { startPostgres, type PgServer, type SampleDatabase } from '../support/postgres.js';
import { WORKFLOW_TOKEN_SCOPES, parseWorkflow, runJob, type AppConfig, type Event, type RunnerWorld, type Workflow } from '../support/workflow-runner.js';
import { shown } from '../support/markdown.js';

/**
 * Adoption end to end: `grantbook init` into an empty repository, its
 * placeholders filled in, committed to a bare repository behind the GitHub
 * stand-in, served under /api/v3 as GitHub Enterprise Server serves it.
 * Then the generated workflows run as written (test/support/workflow-runner.ts:
 * inputs, environment and tokens all read from the YAML) with the built
 * action as a process, against a real PostgreSQL: the check with the
 * workflow token plus the reader App's members token, apply and revoke with
 * the Grantbook App's token. With only a workflow token, apply holds the
 * grant back with an issue naming the token problem; with the App's it
 * grants, and a relinquishing pull request revokes.
 */
const SHA = '9f1c2d3e4b5a69788796a5b4c3d2e1f00a1b2c3d';
const ACTION_REF = `acme/grantbook@${SHA}`;
const PEOPLE = { alice: 583231, bob: 1024025, sam: 4000003 } as const;
const REQUEST = 'access-requests/alice-inc-4211.yaml';

/** The Apps as README's "Tokens" table tells an organization to configure them. */
const APPS: readonly AppConfig[] = [
  {
    clientId: 'Iv23grantbook',
    privateKey: 'grantbook-app-key',
    bot: 'grantbook[bot]',
    permissions: {
      contents: 'write',
      issues: 'write',
      'pull-requests': 'write',
      administration: 'read',
      actions: 'read',
      environments: 'read',
      members: 'read',
    },
  },
  { clientId: 'Iv23reader', privateKey: 'reader-app-key', bot: 'grantbook-reader[bot]', permissions: { members: 'read' } },
];

let out: string;
let repoDir: string;
let pg: PgServer;
let db: SampleDatabase;
let gh: GithubStandIn;
let world: RunnerWorld;
/** The scheduled revoke's `last-sweep` output: the heartbeat README tells a monitor to watch. */
let lastSweep = '';
const workflows = new Map<string, Workflow>();

async function filesOf(dir: string, prefix = ''): Promise<Record<string, FileSpec>> {
  const files: Record<string, FileSpec> = {};
  for (const e of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.posix.join(prefix, e.name);
    if (e.isDirectory()) Object.assign(files, await filesOf(dir, rel));
    else files[rel] = await readFile(path.join(dir, rel), 'utf8');
  }
  return files;
}

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'grantbook-init-dist-'));
  repoDir = await mkdtemp(path.join(tmpdir(), 'grantbook-init-repo-'));
  [pg] = await Promise.all([startPostgres(), buildAll(out)]);
  db = await pg.createSampleDatabase();
  gh = await GithubStandIn.start({ pathPrefix: '/api/v3' });
  for (const [login, id] of Object.entries(PEOPLE)) {
    gh.addUser({ login, id });
    gh.addOrgMember(login);
  }
  for (const team of ['security', 'access-approvers', 'payments-eng', 'payments-oncall', 'incident-commanders']) gh.addTeam(team);
  gh.setTeamMember('security', 'sam');
  gh.setTeamMember('access-approvers', 'bob');
  gh.setTeamMember('payments-eng', 'alice');

  const init = await runCli(['init', '--org', 'acme', '--action-ref', ACTION_REF, '--dir', repoDir]);
  expect(init.code, init.stderr).toBe(0);
  fillPlaceholders(repoDir, { login: 'alice', id: PEOPLE.alice });
  await gh.commit({ branch: 'main', author: 'sam', message: 'grantbook init', files: await filesOf(repoDir) });
  for (const file of ['access-check.yml', 'access-apply.yml', 'access-revoke.yml']) {
    workflows.set(file, parseWorkflow(await readFile(path.join(repoDir, '.github/workflows', file), 'utf8')));
  }
  world = {
    gh,
    script: path.join(out, 'index.js'),
    actionRef: ACTION_REF,
    // Environment and repository secrets and variables, named as init's next steps name them.
    secrets: {
      GRANTBOOK_APP_PRIVATE_KEY: 'grantbook-app-key',
      GRANTBOOK_READER_PRIVATE_KEY: 'reader-app-key',
      GRANTBOOK_PG_ORDERS_PROD: db.grantorUrl,
      GRANTBOOK_GITHUB_TOKEN: 'unused-github-target-token',
    },
    vars: { GRANTBOOK_APP_CLIENT_ID: 'Iv23grantbook', GRANTBOOK_READER_CLIENT_ID: 'Iv23reader' },
    apps: APPS,
  };
}, 180_000);

afterAll(async () => {
  await gh?.stop();
  await pg?.stop();
  await rm(out, { recursive: true, force: true });
  await rm(repoDir, { recursive: true, force: true });
});

const workflow = (file: string): Workflow => {
  const w = workflows.get(file);
  if (w === undefined) throw new Error(`no ${file}`);
  return w;
};

async function pullEvent(number: number, name: 'pull_request' | 'pull_request_review'): Promise<Event> {
  const res = await fetch(`${gh.url}/repos/acme/access/pulls/${number}`, { headers: { authorization: 'token admin-token' } });
  const pr = (await res.json()) as Record<string, unknown> & { head: { sha: string } };
  if (name === 'pull_request') return { name, payload: { action: 'synchronize', number, pull_request: pr }, sha: pr.head.sha };
  for (const key of [
    'merged',
    'mergeable',
    'rebaseable',
    'mergeable_state',
    'merged_by',
    'comments',
    'review_comments',
    'maintainer_can_modify',
    'commits',
    'additions',
    'deletions',
    'changed_files',
  ])
    delete pr[key];
  return { name, payload: { action: 'submitted', review: { state: 'approved' }, pull_request: pr }, sha: pr.head.sha };
}

const pushEvent = (before: string, after: string): Event => ({
  name: 'push',
  payload: { ref: 'refs/heads/main', before, after, repository: { default_branch: 'main' } },
  sha: after,
});

/**
 * The apply workflow as it would be with the workflow token alone: the App
 * token step gone, Grantbook's steps on their default github-token, and the
 * workflow's permissions as wide as the App step's where a workflow token
 * can have them at all (never Administration, Environments or Members).
 */
function withWorkflowTokenOnly(w: Workflow): Workflow {
  const job = w.jobs.apply;
  if (job === undefined) throw new Error('no apply job');
  const tokenStep = job.steps.find((s) => s.uses?.startsWith('actions/create-github-app-token@'));
  const permissions = Object.fromEntries(
    Object.entries(tokenStep?.with ?? {})
      .filter(([k]) => k.startsWith('permission-') && WORKFLOW_TOKEN_SCOPES.has(k.slice('permission-'.length)))
      .map(([k, v]) => [k.slice('permission-'.length), String(v)]),
  );
  const steps = job.steps
    .filter((s) => s !== tokenStep)
    .map((s) =>
      s.with?.['github-token'] === undefined ? s : { ...s, with: Object.fromEntries(Object.entries(s.with).filter(([k]) => k !== 'github-token')) },
    );
  return { ...w, permissions, jobs: { apply: { ...job, steps } } };
}

async function canSelect(role: string, column: string): Promise<boolean> {
  const admin = await pg.admin(db.name);
  try {
    const r = await admin.query<{ ok: boolean }>("SELECT has_column_privilege($1, 'public.orders', $2, 'SELECT') AS ok", [role, column]);
    return r.rows[0]?.ok === true;
  } finally {
    await admin.end();
  }
}

describe('grantbook init, then its workflows as written (GitHub Enterprise Server API under /api/v3)', () => {
  it("check, apply and revoke: held back with the workflow token, granted and revoked with the App's", async () => {
    gh.addToken('admin-token', 'sam');
    // The placeholders filled in, the request a requester writes.
    const request = (await readFile(REQUEST, 'utf8')).replace('columns: [id, status, created_at, amount_cents]', 'columns: [id, status]');
    const base = (await gh.refSha('main')) ?? '';
    await gh.commit({ branch: 'alice/inc-4211', from: base, author: 'alice', files: { [REQUEST]: request } });
    const number = await gh.openPull({ head: 'alice/inc-4211', author: 'alice' });

    const pending = await runJob(world, 'access-check.yml', workflow('access-check.yml'), 'check', await pullEvent(number, 'pull_request'));
    expect(pending.map((s) => [s.command, s.code, s.outputs.decision])).toEqual([['check', 1, 'pending']]);
    expect(pending[0]?.tokens).toEqual({ github: 'github-actions[bot]', members: 'grantbook-reader[bot]' });

    await gh.review(number, { user: 'bob', state: 'APPROVED' });
    const approved = await runJob(world, 'access-check.yml', workflow('access-check.yml'), 'check', await pullEvent(number, 'pull_request_review'));
    expect(
      approved.map((s) => [s.code, s.outputs.decision]),
      approved[0]?.stdout,
    ).toEqual([[0, 'approved']]);
    const comments = gh.state.comments.filter((c) => c.issue === number);
    expect(comments.map((c) => c.author)).toEqual(['github-actions[bot]']);

    // Without the reader App (its variable unset) the token step is skipped and the workflow token cannot see the team.
    const { GRANTBOOK_READER_CLIENT_ID: _reader, ...otherVars } = world.vars;
    const unseen = await runJob(
      { ...world, vars: otherVars },
      'access-check.yml',
      workflow('access-check.yml'),
      'check',
      await pullEvent(number, 'pull_request_review'),
    );
    expect(unseen.map((s) => [s.code, s.outputs.decision, s.outputs['reason-codes']])).toEqual([[1, 'failed', 'E_GITHUB_TEAM_NOT_VISIBLE']]);
    expect(unseen[0]?.tokens).toEqual({ github: 'github-actions[bot]', members: 'github-actions[bot]' });
    expect(unseen[0]?.stdout).toContain('Members: read');

    const merged = await gh.merge(number, { by: 'bob' });
    const push = pushEvent(base, merged.sha);

    // Only the workflow token: apply cannot read the settings it must re-check, and holds the grant back.
    const held = await runJob(world, 'access-apply.yml', withWorkflowTokenOnly(workflow('access-apply.yml')), 'apply', push);
    expect(held.map((s) => [s.command, s.outputs.decision])).toEqual([
      ['apply', 'refused'],
      ['revoke', 'nothing-due'],
    ]);
    expect(held[0]?.tokens.github).toBe('github-actions[bot]');
    expect(held[0]?.outputs['reason-codes']).toBe('E_DOCTOR_CANNOT_VERIFY');
    const issue = gh.state.issues.find((i) => i.title.includes('holding grants back'));
    expect(issue?.body).toContain('answered 403');
    expect(shown(issue?.body ?? '')).toContain('The workflow GITHUB_TOKEN cannot read these settings');
    expect(await gh.refSha('main')).toBe(merged.sha);
    expect(await canSelect('alice', 'status')).toBe(false);

    // The workflow as generated: the Grantbook App's token. The same push is granted.
    const granted = await runJob(world, 'access-apply.yml', workflow('access-apply.yml'), 'apply', push);
    expect(
      granted.map((s) => [s.command, s.code, s.outputs.decision]),
      granted[0]?.stdout,
    ).toEqual([
      ['apply', 0, 'granted'],
      ['revoke', 0, 'nothing-due'],
    ]);
    expect(granted[0]?.tokens).toEqual({ github: 'grantbook[bot]', members: 'grantbook[bot]' });
    expect(await canSelect('alice', 'status')).toBe(true);
    expect(await canSelect('alice', 'customer_email')).toBe(false);

    // Giving it up: a pull request that deletes the file; the apply workflow's revoke step revokes it.
    const tip = (await gh.refSha('main')) ?? '';
    await gh.commit({ branch: 'alice/done', from: tip, author: 'alice', files: { [REQUEST]: null } });
    const done = await gh.openPull({ head: 'alice/done', author: 'alice' });
    const relinquish = await runJob(world, 'access-check.yml', workflow('access-check.yml'), 'check', await pullEvent(done, 'pull_request'));
    expect(relinquish.map((s) => [s.code, s.outputs.decision])).toEqual([[0, 'relinquish']]);
    const gone = await gh.merge(done, { by: 'alice' });
    const revoked = await runJob(world, 'access-apply.yml', workflow('access-apply.yml'), 'apply', pushEvent(tip, gone.sha));
    expect(
      revoked.map((s) => [s.command, s.code, s.outputs.decision]),
      revoked[1]?.stdout,
    ).toEqual([
      ['apply', 0, 'nothing-to-do'],
      ['revoke', 0, 'revoked'],
    ]);
    expect(await canSelect('alice', 'status')).toBe(false);

    // The schedule, with its own App token: nothing left to revoke.
    const scheduled = await runJob(world, 'access-revoke.yml', workflow('access-revoke.yml'), 'revoke', {
      name: 'schedule',
      payload: { schedule: '17,47 * * * *' },
      sha: gone.sha,
    });
    expect(scheduled.map((s) => [s.code, s.outputs.decision])).toEqual([[0, 'nothing-due']]);
    expect(scheduled[0]?.tokens.github).toBe('grantbook[bot]');
    lastSweep = scheduled[0]?.outputs['last-sweep'] ?? '';
    expect(gh.serverErrors).toEqual([]);
  }, 180_000);

  it('doctor and audit verify over the Enterprise API URL, with a Grantbook App token', async () => {
    gh.addUser({ login: 'grantbook[bot]', type: 'Bot' });
    gh.addToken('app-token-for-doctor', 'grantbook[bot]', 'read', { members: 'read' });
    const doctor = await runCli(['doctor', '--repo', 'acme/access', '--api-url', gh.url], { env: { GITHUB_TOKEN: 'app-token-for-doctor' } });
    expect(doctor.code, doctor.stdout).toBe(0);
    expect(doctor.stdout).toContain('All checks passed.');
    expect(doctor.stdout).toMatch(/^ok +required-check /m);
    expect(doctor.stdout).toMatch(/^ok +team-visibility /m);

    const clone = await mkdtemp(path.join(tmpdir(), 'grantbook-init-clone-'));
    try {
      await promisify(execFile)('git', ['clone', '--quiet', gh.gitOf().dir, clone]);
      const audit = await runCli(['audit', 'verify', '--repo', 'acme/access', '--api-url', gh.url], {
        cwd: clone,
        env: { GITHUB_TOKEN: 'app-token-for-doctor' },
      });
      expect(audit.code, audit.stderr).toBe(0);
      expect(audit.stdout).toMatch(/ok: \d+ event\(s\), hash chain intact/);
      expect(audit.stdout).toContain('ok: 1 granted event(s) held against GitHub');
      // Watching the schedule: the heartbeat is fresh now, and stale an hour later.
      const fresh = await runCli(['status', '--last-sweep', lastSweep], { cwd: clone, clock: systemClock });
      expect([fresh.code, fresh.stdout]).toEqual([0, 'No active grants.']);
      const later = await runCli(['status', '--last-sweep', lastSweep], { cwd: clone, clock: fixedClock(Date.parse(lastSweep) + 61 * 60_000) });
      expect(later.code).toBe(1);
      expect(later.stderr).toContain('warning:');
    } finally {
      await rm(clone, { recursive: true, force: true });
    }
    // Nothing was asked of the API outside /api/v3.
    expect(gh.requests.log.every((r) => r.path.startsWith('/api/v3/'))).toBe(true);
  }, 60_000);
});
