import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { NEEDS_GITHUB } from '../../src/cli/verdict.js';
import { fixedClock } from '../support/clock.js';
import { NOW, startCheckFixture, type CheckFixture } from '../support/check/fixture.js';
import { requestYaml } from '../support/check/requests.js';
import { runCli } from '../support/cli.js';
import { SAMPLES } from '../load/credential-samples.js';

/*
 * `validate` gives the whole verdict short of approvals: for each way a
 * request can break the policy, the same code, position, message and fix as
 * `grantbook plan` and as the pull request check.
 */

const temps: string[] = [];
afterAll(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'grantbook-verdict-'));
  temps.push(dir);
  cpSync('access-requests', path.join(dir, 'access-requests'), { recursive: true });
  cpSync('policies', path.join(dir, 'policies'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const tableGrant = (privileges: string, table = 'public.orders', columns = '[id, status]') =>
  ['  - target: orders-prod', `    privileges: ${privileges}`, `    table: ${table}`, `    columns: ${columns}`].join('\n');

const CASES: readonly { name: string; yaml: string; code: string }[] = [
  { name: 'unknown profile', yaml: requestYaml({ profile: 'orders-everything' }), code: 'E_POLICY_PROFILE_UNKNOWN' },
  { name: 'unknown target', yaml: requestYaml({ grants: tableGrant('[SELECT]').replace('orders-prod', 'billing-prod') }), code: 'E_POLICY_TARGET_UNKNOWN' },
  { name: 'unknown requester', yaml: requestYaml({ requester: 'mallory' }), code: 'E_POLICY_REQUESTER_UNKNOWN' },
  { name: 'duration above the maximum', yaml: requestYaml({ duration: '30d' }), code: 'E_POLICY_DURATION_TOO_LONG' },
  { name: 'forbidden privilege ALL', yaml: requestYaml({ grants: tableGrant('[ALL]') }), code: 'E_POLICY_PRIVILEGE_DANGEROUS' },
  { name: 'forbidden privilege CREATE', yaml: requestYaml({ grants: tableGrant('[CREATE]') }), code: 'E_POLICY_PRIVILEGE_DANGEROUS' },
  { name: 'privilege the profile does not allow', yaml: requestYaml({ grants: tableGrant('[UPDATE]') }), code: 'E_POLICY_PRIVILEGE_NOT_ALLOWED' },
  { name: 'table outside the allow-list', yaml: requestYaml({ grants: tableGrant('[SELECT]', 'public.users') }), code: 'E_POLICY_TABLE_NOT_ALLOWED' },
  {
    name: 'column outside the allow-list',
    yaml: requestYaml({ grants: tableGrant('[SELECT]', 'public.orders', '[id, card_number]') }),
    code: 'E_POLICY_COLUMN_NOT_ALLOWED',
  },
  { name: 'ticket of the wrong kind', yaml: requestYaml({ ticket: 'JIRA-1' }), code: 'E_POLICY_TICKET_MISMATCH' },
  { name: 'reason too short', yaml: requestYaml({ reason: 'debug' }), code: 'E_POLICY_REASON_TOO_SHORT' },
];

const FILE = 'access-requests/alice-inc-5001.yaml';
const clock = fixedClock(NOW);
const errorsOf = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');
const inOrder = (list: readonly Diagnostic[]) =>
  [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code));
const comparable = (d: Diagnostic) => ({ code: d.code, file: d.file, line: d.line, column: d.column, pointer: d.pointer, message: d.message, fix: d.fix });

async function validateJson(
  dir: string,
  extra: string[] = [],
): Promise<{ code: number; ok: boolean; diagnostics: Diagnostic[]; requests: { path: string; verdict: string }[] }> {
  const run = await runCli(['validate', '--json', '--repo', 'acme/access', ...extra], { cwd: dir, clock });
  return { code: run.code, ...(JSON.parse(run.stdout) as { ok: boolean; diagnostics: Diagnostic[]; requests: { path: string; verdict: string }[] }) };
}

describe('validate and plan give one verdict', () => {
  for (const c of CASES) {
    it(`${c.name}: validate refuses with ${c.code}, exactly as plan does; --format-only lets it pass`, async () => {
      const dir = repoWith({ [FILE]: c.yaml });
      const validated = await validateJson(dir);
      expect(validated.code).toBe(1);
      expect(validated.ok).toBe(false);
      expect(errorsOf(validated.diagnostics).map((d) => d.code)).toContain(c.code);
      expect(validated.requests.find((r) => r.path === FILE)?.verdict).toBe('refused');

      const plan = await runCli(['plan', FILE, '--repo', 'acme/access', '--json'], { cwd: dir, clock });
      expect(plan.code).toBe(1);
      const reasons = (JSON.parse(plan.stdout) as { decision: { reasons: Diagnostic[] } }).decision.reasons;
      // Everything plan says, validate says at the same place; only what needs GitHub is a warning there.
      const mine = validated.diagnostics.filter((d) => d.file === FILE);
      expect(inOrder(mine).map(comparable)).toEqual(inOrder(reasons).map(comparable));
      const needsGithub = reasons.filter((r) => r.severity === 'error' && NEEDS_GITHUB.has(r.code));
      expect(inOrder(errorsOf(mine)).map(comparable)).toEqual(inOrder(errorsOf(reasons).filter((r) => !needsGithub.includes(r))).map(comparable));

      // The text form carries the same line, and only the given file when asked.
      const text = await runCli(['validate', FILE, '--repo', 'acme/access'], { cwd: dir, clock });
      expect(text.stdout).toMatch(new RegExp(`^${FILE}:\\d+:\\d+ ${c.code} `, 'm'));
      expect(text.stdout.split('\n').every((l) => l.startsWith(`${FILE}:`))).toBe(true);

      expect((await runCli(['validate', '--format-only'], { cwd: dir, clock })).code).toBe(0);
    });
  }

  it('judges no request while the policy does not load, and says why', async () => {
    const dir = repoWith({ [FILE]: requestYaml(), 'policies/targets.yaml': 'targets: []\n' });
    const validated = await validateJson(dir);
    expect(validated.code).toBe(1);
    expect(validated.diagnostics.map((d) => d.file)).toContain('policies/targets.yaml');
    expect(new Set(validated.requests.map((r) => r.verdict))).toEqual(new Set(['not-judged']));
  });
});

describe('validate, plan and the pull request check give one verdict', () => {
  let fx: CheckFixture;
  beforeAll(async () => {
    fx = await startCheckFixture();
  }, 60_000);
  afterAll(async () => fx.stop());

  const repo = () => `${fx.gh.owner}/${fx.gh.repo}`;
  /** Codes only a pull request can raise: who opened it. */
  const PR_ONLY = new Set(['E_POLICY_REQUESTER_NOT_AUTHOR', 'E_POLICY_IDENTITY_LOGIN_STALE']);

  for (const c of CASES) {
    it(`${c.name}: the check refuses with the codes, positions and fixes validate gave`, async () => {
      const pr = await fx.openPull({ [FILE]: c.yaml });
      const { outcome } = await fx.check(pr.number);
      expect(outcome.decision).toBe('refused');
      const judged = outcome.report?.requests[0]?.decision?.reasons ?? [];
      const validated = await runCli(['validate', '--json', '--repo', repo()], { cwd: repoWith({ [FILE]: c.yaml }), clock });
      const all = (JSON.parse(validated.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.file === FILE);
      const mine = errorsOf(all);
      expect(mine.map((d) => d.code)).toContain(c.code);
      // The check looked membership up where validate could only warn that it would.
      const lookedUp = (d: Diagnostic) =>
        d.code === 'E_POLICY_REQUESTER_NOT_ALLOWED' &&
        all.some((w) => w.code === 'E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED' && w.line === d.line && w.severity === 'warning');
      expect(inOrder(mine).map(comparable)).toEqual(inOrder(errorsOf(judged).filter((d) => !PR_ONLY.has(d.code) && !lookedUp(d))).map(comparable));
    });
  }

  it('a credential in the reason: the same code from validate, plan and the check, and the value in no output', async () => {
    const secret = SAMPLES[0]?.value ?? '';
    const yaml = requestYaml({ reason: `token ${secret} for the investigation` });
    const dir = repoWith({ [FILE]: yaml });
    const outputs: string[] = [];
    for (const args of [['validate'], ['validate', '--json'], ['plan', FILE], ['plan', FILE, '--json']]) {
      const run = await runCli([...args, '--repo', repo()], { cwd: dir, clock });
      expect(run.code, args.join(' ')).toBe(1);
      expect(`${run.stdout}\n${run.stderr}`).toMatch(/alice-inc-5001\.yaml:5:9 E_TEXT_CREDENTIAL|"code": "E_TEXT_CREDENTIAL"/);
      outputs.push(run.stdout, run.stderr);
    }
    const pr = await fx.openPull({ [FILE]: yaml });
    const { outcome, log } = await fx.check(pr.number);
    expect(outcome.reasonCodes).toContain('E_TEXT_CREDENTIAL');
    outputs.push(...fx.checkComments(pr.number).map((c) => c.body), outcome.summary ?? '', ...log, JSON.stringify(outcome));
    for (const output of outputs) {
      expect(output).not.toContain(secret);
      expect(output).not.toContain(secret.slice(4, 20));
    }
  });

  it('a decoded bidi escape in the reason: validate and the check both refuse with E_TEXT_BIDI at the value', async () => {
    const yaml = requestYaml({ reason: 'Investigate \u202e duplicate charges' }).replace('\u202e', '\\u202e');
    const validated = await runCli(['validate', '--repo', repo()], { cwd: repoWith({ [FILE]: yaml }), clock });
    expect(validated.stdout).toMatch(/^access-requests\/alice-inc-5001\.yaml:5:9 E_TEXT_BIDI .*field "reason"/m);
    const pr = await fx.openPull({ [FILE]: yaml });
    const { outcome } = await fx.check(pr.number);
    const problems = outcome.report?.requests[0]?.loadProblems ?? [];
    expect(problems.map((d) => [d.code, d.line, d.column])).toEqual([['E_TEXT_BIDI', 5, 9]]);
  });
});
