import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGithubClient, GithubError } from '../../src/github/index.js';
import { criticalSettingProblems, githubDoctorPort } from '../../src/modes/doctor/index.js';
import { runCli } from '../support/cli.js';
import { GithubStandIn } from '../support/github/index.js';
import { safeSettings } from '../support/github/settings-state.js';

/**
 * `grantbook doctor` end to end against the GitHub stand-in, through the real
 * GitHub port: every unsafe setting yields exactly its finding and exit 1.
 */
const CODEOWNERS = readFileSync('.github/CODEOWNERS', 'utf8');
/** This repository's own workflows, as `grantbook init` writes them (with `uses: ./`). */
const WORKFLOWS = Object.fromEntries(
  readdirSync('.github/workflows')
    .filter((f) => f.startsWith('access-'))
    .map((f) => [`.github/workflows/${f}`, readFileSync(`.github/workflows/${f}`, 'utf8')]),
);
const FULL_PR_RULE = { requireCodeOwnerReview: true, dismissStaleReviewsOnPush: true, requireLastPushApproval: true, requiredApprovingReviewCount: 1 };
let gh: GithubStandIn;

interface JsonOut {
  checks: { id: string; findings: { code: string; severity: string; message: string; fix: string }[]; skipped?: string }[];
}

async function doctor(extra: string[] = [], env: NodeJS.ProcessEnv = { GITHUB_TOKEN: 'admin-token' }) {
  return runCli(['doctor', '--repo', 'acme/access', '--api-url', gh.url, ...extra], { env });
}

async function findings(extra: string[] = []): Promise<{ code: number; found: JsonOut['checks'][number]['findings'] }> {
  const run = await doctor(['--json', ...extra]);
  const out = JSON.parse(run.stdout) as JsonOut;
  return { code: run.code, found: out.checks.flatMap((c) => c.findings) };
}

beforeAll(async () => {
  gh = await GithubStandIn.start();
  gh.addUser({ login: 'admin' });
  gh.addUser({ login: 'bob' });
  gh.addToken('admin-token', 'admin');
  // The teams CODEOWNERS names, so that the token can see them.
  for (const team of ['security', 'payments-leads']) gh.addTeam(team);
  await gh.commit({
    branch: 'main',
    author: 'admin',
    message: 'Set up',
    files: { '.github/CODEOWNERS': CODEOWNERS, 'policies/targets.yaml': 'targets: {}\n', ...WORKFLOWS },
  });
});

afterAll(async () => {
  await gh.stop();
});

beforeEach(async () => {
  const record = gh.repoRecord();
  Object.assign(record.settings, safeSettings(record.defaultBranch, record.id, '2026-11-28T09:00:00Z'));
  // The check is also required by a ruleset: it stays required when a case removes classic protection.
  gh.addRuleset({ requiredStatusChecks: ['access-check'] });
  gh.setCodeownersErrors([]);
  gh.faults.clear();
  await gh.commit({ branch: 'main', author: 'admin', files: { '.github/CODEOWNERS': CODEOWNERS } });
});

afterEach(() => {
  expect(gh.serverErrors).toEqual([]);
});

describe('grantbook doctor against the stand-in', () => {
  it('passes every check of the safe setup and exits 0', async () => {
    const run = await doctor();
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => /^(ok|FAIL|warn|skip)\b/.test(l));
    expect(lines).toHaveLength(13);
    expect(lines.every((l) => l.startsWith('ok'))).toBe(true);
    expect(run.stdout).toContain('All checks passed.');
    expect((await findings()).found).toEqual([]);
  });

  const UNSAFE: readonly [string, () => void | Promise<void>, string][] = [
    ['branch protection off', () => gh.setBranchProtection(null), 'E_DOCTOR_NO_BRANCH_PROTECTION'],
    ['protection without required reviews', () => gh.setBranchProtection({ requirePullRequest: false }), 'E_DOCTOR_NO_BRANCH_PROTECTION'],
    ['code owner review off', () => gh.setBranchProtection({ requireCodeOwnerReviews: false }), 'E_DOCTOR_CODE_OWNER_REVIEW_OFF'],
    ['stale approvals kept', () => gh.setBranchProtection({ dismissStaleReviews: false }), 'E_DOCTOR_STALE_APPROVALS_KEPT'],
    ['last push approval off', () => gh.setBranchProtection({ requireLastPushApproval: false }), 'E_DOCTOR_LAST_PUSH_APPROVAL_OFF'],
    ['admins may bypass', () => gh.setBranchProtection({ enforceAdmins: false }), 'E_DOCTOR_ADMINS_BYPASS'],
    ['a person may bypass', () => gh.setBranchProtection({ bypassUsers: ['bob'] }), 'E_DOCTOR_ADMINS_BYPASS'],
    ['Actions may approve', () => gh.setActionsCanApprove(true), 'E_DOCTOR_ACTIONS_CAN_APPROVE'],
    [
      'CODEOWNERS error on the policies/ line',
      () =>
        gh.setCodeownersErrors([
          { line: 6, column: 24, kind: 'Unknown owner', source: '/policies/ @acme/security', message: 'Unknown owner on line 6', path: '.github/CODEOWNERS' },
        ]),
      'E_DOCTOR_CODEOWNERS_INVALID',
    ],
    [
      'no CODEOWNERS',
      () => gh.commit({ branch: 'main', author: 'admin', files: { '.github/CODEOWNERS': null } }).then(() => undefined),
      'E_DOCTOR_CODEOWNERS_INVALID',
    ],
    [
      'CODEOWNERS leaves audit/ unowned',
      () => gh.commit({ branch: 'main', author: 'admin', files: { '.github/CODEOWNERS': `${CODEOWNERS}/audit/\n` } }).then(() => undefined),
      'E_DOCTOR_CODEOWNERS_UNCOVERED',
    ],
    ['environment missing', () => gh.setEnvironment('grantbook-production', null), 'E_DOCTOR_ENVIRONMENT_MISSING'],
    ['environment open to every branch', () => gh.setEnvironment('grantbook-production', { deploymentBranchPolicy: null }), 'E_DOCTOR_ENVIRONMENT_NOT_LIMITED'],
    [
      'environment open to release branches',
      () =>
        gh.setEnvironment('grantbook-production', {
          deploymentBranchPolicy: {
            custom: [
              { name: 'main', type: 'branch' },
              { name: 'release/*', type: 'branch' },
            ],
          },
        }),
      'E_DOCTOR_ENVIRONMENT_NOT_LIMITED',
    ],
    ['revoke workflow disabled for inactivity', () => gh.setWorkflowState('access-revoke.yml', 'disabled_inactivity'), 'E_DOCTOR_REVOKE_WORKFLOW_INACTIVE'],
    ['revoke workflow missing', () => gh.setWorkflowState('access-revoke.yml', null), 'E_DOCTOR_REVOKE_WORKFLOW_INACTIVE'],
  ];

  it.each(UNSAFE)('%s: exactly its finding, with the fix, and exit 1', async (_name, makeUnsafe, code) => {
    await makeUnsafe();
    const json = await findings();
    expect(json.found.map((f) => [f.code, f.severity])).toEqual([[code, 'critical']]);
    const run = await doctor();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^FAIL .*\\n {6}${code} .*\\n {6}fix: \\S`, 'm'));
    expect(run.stdout).toContain('1 critical problem(s)');
  });

  it('accepts custom deployment branch rules naming exactly the default branch', async () => {
    gh.setEnvironment('grantbook-production', { deploymentBranchPolicy: { custom: [{ name: 'main', type: 'branch' }] } });
    expect(await findings()).toEqual({ code: 0, found: [] });
  });

  it('reports reviewers on the environment as a warning only (exit 0)', async () => {
    gh.setEnvironment('grantbook-production', { reviewers: ['bob'] });
    const run = await doctor();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^warn {2}apply-environment .*\n {6}E_DOCTOR_ENVIRONMENT_WAITS /m);
  });

  it('reads --environment and --revoke-workflow', async () => {
    gh.setEnvironment('prod-access', { deploymentBranchPolicy: null });
    const { found } = await findings(['--environment', 'prod-access', '--revoke-workflow', 'access-check.yml']);
    expect(found.map((f) => f.code)).toEqual(['E_DOCTOR_ENVIRONMENT_NOT_LIMITED']);
    expect(found[0]?.message).toContain('"prod-access"');
  });

  describe('rulesets as the review requirement', () => {
    beforeEach(() => gh.setBranchProtection(null));

    it('a pull_request rule nobody may bypass is enough', async () => {
      gh.addRuleset({ pullRequest: FULL_PR_RULE, otherRules: ['deletion', 'non_fast_forward'] });
      expect(await findings()).toEqual({ code: 0, found: [] });
    });

    it('an organization admin on the bypass list is a bypass; an App alone is a warning', async () => {
      const id = gh.addRuleset({ pullRequest: FULL_PR_RULE, bypassActors: [{ actorType: 'OrganizationAdmin', actorId: null, bypassMode: 'always' }] });
      expect((await findings()).found.map((f) => f.code)).toEqual(['E_DOCTOR_ADMINS_BYPASS']);
      const ruleset = gh.repoRecord().settings.rulesets.find((r) => r.id === id);
      if (ruleset !== undefined) ruleset.bypassActors = [{ actorType: 'Integration', actorId: 7, bypassMode: 'always' }];
      const app = await findings();
      expect([app.code, app.found.map((f) => [f.code, f.severity])]).toEqual([0, [['E_DOCTOR_APP_BYPASS', 'warning']]]);
    });

    it('a ruleset in evaluate mode protects nothing', async () => {
      gh.addRuleset({ pullRequest: FULL_PR_RULE, enforcement: 'evaluate' });
      expect((await findings()).found.map((f) => f.code)).toEqual(['E_DOCTOR_NO_BRANCH_PROTECTION']);
    });
  });

  describe('settings the token cannot read fail closed', () => {
    it('without "Administration: read": cannot verify protection and Actions, exit 1, fix names the permission', async () => {
      gh.setAdminReadable(false);
      const { code, found } = await findings();
      expect(code).toBe(1);
      expect(found.map((f) => f.code)).toEqual(['E_DOCTOR_CANNOT_VERIFY', 'E_DOCTOR_CANNOT_VERIFY', 'E_DOCTOR_CANNOT_VERIFY']);
      expect(found[0]?.message).toContain('branches/{branch}/protection answered 403');
      expect(found[1]?.message).toContain('actions/permissions/workflow answered 403');
      expect(found[2]?.message).toContain('the required status checks of "main"');
      expect(found[0]?.fix).toContain('Administration: read');
    });

    it('a ruleset whose bypass list is hidden cannot show that nobody bypasses it', async () => {
      gh.setBranchProtection(null);
      gh.addRuleset({ pullRequest: FULL_PR_RULE });
      gh.setAdminReadable(false);
      const { found } = await findings();
      expect(found.map((f) => f.message)).toEqual([
        expect.stringContaining('who may bypass ruleset'),
        expect.stringContaining('branches/{branch}/protection answered 403'),
        expect.stringContaining('actions/permissions/workflow answered 403'),
        expect.stringContaining('the required status checks of "main"'),
      ]);
    });

    it('a 404 that is not "Branch not protected" is not read as unprotected', async () => {
      gh.inject({ route: '/repos/{owner}/{repo}/branches/{branch}/protection', times: 2, effect: { kind: 'status', status: 404 } });
      // Once for the review requirement, once for the required status checks.
      expect((await findings()).found.map((f) => f.code)).toEqual(['E_DOCTOR_CANNOT_VERIFY', 'E_DOCTOR_CANNOT_VERIFY']);
    });

    it('a 403 on the environment or the workflow', async () => {
      gh.inject({ route: '/repos/{owner}/{repo}/environments/{environment_name}', times: 1, effect: { kind: 'status', status: 403 } });
      gh.inject({ route: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}', times: 1, effect: { kind: 'status', status: 403 } });
      const { code, found } = await findings();
      expect([code, found.map((f) => f.code)]).toEqual([1, ['E_DOCTOR_CANNOT_VERIFY', 'E_DOCTOR_CANNOT_VERIFY']]);
    });
  });

  describe('usage', () => {
    it('takes the token only from the environment', async () => {
      expect((await doctor([], {})).code).toBe(2);
      expect((await doctor(['--token', 'admin-token'], {})).code).toBe(2);
      expect((await doctor([], { GH_TOKEN: 'admin-token' })).code).toBe(0);
    });

    it('refuses names that would go into a URL unchecked', async () => {
      expect((await doctor(['--environment', '../x'])).code).toBe(2);
      expect((await doctor(['--revoke-workflow', 'a/b.yml'])).code).toBe(2);
      expect((await runCli(['doctor', '--repo', 'acme', '--api-url', gh.url], { env: { GITHUB_TOKEN: 'admin-token' } })).code).toBe(2);
      expect((await doctor(['--api-url', 'http://example.com'])).code).toBe(2);
    });
  });
});

describe('criticalSettingProblems (for apply)', () => {
  const port = () =>
    githubDoctorPort(createGithubClient({ token: 'admin-token', baseUrl: gh.url, waitScale: 0.005, spaceWrites: false }), { owner: 'acme', repo: 'access' });
  const target = { owner: 'acme', repo: 'access', defaultBranch: 'main' };

  it('is empty when it is safe to grant; warnings do not count', async () => {
    expect(await criticalSettingProblems(port(), target)).toEqual([]);
    gh.setEnvironment('grantbook-production', { waitTimer: 5 });
    expect(await criticalSettingProblems(port(), target)).toEqual([]);
  });

  it('returns error diagnostics with the exact fix', async () => {
    gh.setActionsCanApprove(true);
    const problems = await criticalSettingProblems(port(), target);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'E_DOCTOR_ACTIONS_CAN_APPROVE',
        severity: 'error',
        fix: expect.stringContaining('PUT /repos/acme/access/actions/permissions/workflow'),
      }),
    ]);
  });

  it('throws on an outage instead of judging half a picture', async () => {
    gh.inject({ route: '/repos/{owner}/{repo}/actions/permissions/workflow', times: 10, effect: { kind: 'status', status: 503 } });
    await expect(criticalSettingProblems(port(), target)).rejects.toBeInstanceOf(GithubError);
  });
});
