import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { VERSION } from '../../src/version.js';
import { runCli } from '../support/cli.js';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A copy of this repository's requests and policies to break on purpose. */
function repoCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'grantbook-cli-'));
  temps.push(dir);
  cpSync('access-requests', path.join(dir, 'access-requests'), { recursive: true });
  cpSync('policies', path.join(dir, 'policies'), { recursive: true });
  return dir;
}

describe('grantbook CLI', () => {
  it('lists commands and exits 2 without one', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    for (const c of COMMANDS) expect(run.stdout).toContain(c.name);
  });

  it('prints --help for every command', async () => {
    for (const c of COMMANDS) {
      const run = await runCli([c.name, '--help']);
      expect(run.code, c.name).toBe(0);
      expect(run.stdout, c.name).toContain(`grantbook ${c.name}`);
    }
  });

  it('prints the version', async () => {
    expect((await runCli(['--version'])).stdout).toBe(VERSION);
  });

  it('demo: says where it runs when no demo bundle sits next to the CLI, and takes no arguments', async () => {
    // runCli gives the in-process CLI no loadDemo: only the built CLI has dist/demo.js beside it (test/e2e/demo.test.ts).
    const bare = await runCli(['demo'], { cwd: process.cwd() });
    expect(bare).toMatchObject({ code: 2, stdout: '' });
    expect(bare.stderr).toContain('this build carries no demo');
    const args = await runCli(['demo', '--fast'], { cwd: process.cwd() });
    expect(args).toMatchObject({ code: 2, stderr: 'grantbook demo: takes no arguments' });
  });

  it('refuses an unknown command and unknown options', async () => {
    expect((await runCli(['grant'])).code).toBe(2);
    expect((await runCli(['validate', '--fix'])).code).toBe(2);
  });
});

describe('grantbook validate', () => {
  it("passes on this repository's own requests and policies, judged against them", async () => {
    const run = await runCli(['validate', '--repo', 'acme/access']);
    expect(run.code).toBe(0);
    // The break-glass example carries its note for reviewers; nothing else is said.
    expect(run.stdout.split('\n')).toEqual([expect.stringMatching(/^access-requests\/carol-sev1-0007\.yaml:3:10 E_POLICY_BREAK_GLASS .* \(warning\)$/)]);
    // Without the repository known, what only the PR check can tell is a warning, not a failure.
    const offline = await runCli(['validate'], { cwd: repoCopy() });
    expect(offline.code).toBe(0);
    expect(offline.stdout).toMatch(/^access-requests\/bob-oncall-2026-48\.yaml:11:11 E_POLICY_CONTROL_REPO_UNKNOWN .* \(warning\)$/m);
    expect((await runCli(['validate', '--format-only'])).stdout).toBe('');
  });

  it('takes no repository from an origin that names none (a clone of a local path)', async () => {
    const dir = repoCopy();
    execFileSync('git', ['init', '-q', dir]);
    execFileSync('git', ['-C', dir, 'remote', 'add', 'origin', `${path.join(tmpdir(), 'work', 'repo')}/.`]);
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.stderr).not.toContain('--repo');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/E_POLICY_CONTROL_REPO_UNKNOWN/);
  });

  it('reports file:line:col CODE and exits 1 on a broken request', async () => {
    const dir = repoCopy();
    writeFileSync(
      path.join(dir, 'access-requests/alice-inc-4211.yaml'),
      'requester: alice\nprofile: orders-readonly\nduration: 1y\nreason: Investigate duplicate charges in INC-4211\nticket: INC-4211\ngrants: []\n',
    );
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^access-requests\/alice-inc-4211\.yaml:3:\d+ E_DURATION_FORMAT /m);
    expect(run.stdout).toMatch(/access-requests\/alice-inc-4211\.yaml:6:\d+ E_SCHEMA_/);
  });

  it('--json gives machines the same diagnostics', async () => {
    const dir = repoCopy();
    writeFileSync(path.join(dir, 'policies/identities.yaml'), 'identities:\n  - login: alice\n    id: 1\n  - login: ALICE\n    id: 2\n');
    const run = await runCli(['validate', '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    const parsed = JSON.parse(run.stdout) as { ok: boolean; diagnostics: { code: string; file: string; line: number }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics.map((d) => d.code)).toContain('E_IDENTITY_DUPLICATE_LOGIN');
  });

  it('reports only the paths given, and refuses a path that does not exist', async () => {
    const dir = repoCopy();
    writeFileSync(path.join(dir, 'access-requests/broken.yaml'), 'requester: [\n');
    expect((await runCli(['validate', 'access-requests/alice-inc-4211.yaml'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['validate', 'access-requests/broken.yaml'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['validate', 'access-requests/nope.yaml'], { cwd: dir })).code).toBe(2);
  });
});

describe('grantbook plan', () => {
  it('shows decision, window, footprint and the exact SQL for the column-level example', async () => {
    const run = await runCli(['plan', 'access-requests/alice-inc-4211.yaml', '--repo', 'acme/access']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Decision: ALLOWED by policy, pending approval');
    expect(run.stdout).toContain('Window: 2h; if applied now 2026-11-28T09:00:00Z -> 2026-11-28T11:00:00Z');
    expect(run.stdout).toContain('orders-prod public.orders: SELECT on id, status, created_at, amount_cents');
    expect(run.stdout).toContain('GRANT SELECT ("id", "status", "created_at", "amount_cents") ON TABLE "public"."orders"');
    expect(run.stdout).toContain('DROP ROLE "gb_4f05e3d5993_alice_inc_4211"');
  });

  it('plans the GitHub team example as API calls', async () => {
    const run = await runCli(['plan', 'access-requests/bob-oncall-2026-48.yaml', '--repo', 'acme/access']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PUT /orgs/acme/teams/payments-oncall/memberships/bob');
    expect(run.stdout).toContain('DELETE /orgs/acme/teams/payments-oncall/memberships/bob');
  });

  it('plans the break-glass example and says a follow-up review is due', async () => {
    const run = await runCli(['plan', 'access-requests/carol-sev1-0007.yaml', '--repo', 'acme/access']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(break-glass)');
    expect(run.stdout).toContain('E_POLICY_BREAK_GLASS');
  });

  it('refuses with every reason and no operations when the policy says no', async () => {
    const dir = repoCopy();
    writeFileSync(
      path.join(dir, 'access-requests/alice-inc-4211.yaml'),
      'requester: alice\nprofile: orders-readonly\nduration: 9h\nreason: short\nticket: JIRA-1\ngrants:\n  - target: orders-prod\n    privileges: [SELECT, DELETE]\n    table: public.orders\n    columns: [id, customer_email]\n',
    );
    const run = await runCli(['plan', 'access-requests/alice-inc-4211.yaml', '--repo', 'acme/access', '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    const parsed = JSON.parse(run.stdout) as { decision: { outcome: string; reasons: { code: string }[] }; plans: unknown[] };
    expect(parsed.decision.outcome).toBe('refused');
    expect(parsed.plans).toEqual([]);
    const codes = parsed.decision.reasons.map((r) => r.code);
    for (const code of ['E_POLICY_DURATION_TOO_LONG', 'E_POLICY_REASON_TOO_SHORT', 'E_POLICY_TICKET_MISMATCH', 'E_POLICY_PRIVILEGE_NOT_ALLOWED']) {
      expect(codes).toContain(code);
    }
  });

  it('needs exactly one request inside the repository', async () => {
    expect((await runCli(['plan'])).code).toBe(2);
    expect((await runCli(['plan', '/etc/passwd'])).code).toBe(2);
  });
});
