import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeWorkflows } from '../../src/modes/doctor/workflows.js';
import { runCli } from '../support/cli.js';
import { GithubStandIn } from '../support/github/index.js';
import { safeSettings } from '../support/github/settings-state.js';

/**
 * What `grantbook doctor` finds about a setup that does not work as written:
 * a required status no job reports, a required check a path filter can skip,
 * a team the token cannot see, a job whose token can never see a team.
 */
const CODEOWNERS = readFileSync('.github/CODEOWNERS', 'utf8');
const OWN = Object.fromEntries(
  readdirSync('.github/workflows')
    .filter((f) => f.startsWith('access-'))
    .map((f) => [`.github/workflows/${f}`, readFileSync(`.github/workflows/${f}`, 'utf8')]),
);
const CHECK = '.github/workflows/access-check.yml';

/** The check workflow as the README used to give it: a `paths:` filter, a job named by its id, the workflow token. */
const OLD_CHECK = [
  'name: access-check',
  'on:',
  '  pull_request:',
  '    paths:',
  '      - "access-requests/**"',
  'permissions:',
  '  contents: read',
  '  pull-requests: write',
  'jobs:',
  '  check:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: acme/grantbook@0123456789abcdef0123456789abcdef01234567',
  '        with:',
  '          command: check',
  '',
].join('\n');

const PROFILE = (team: string) =>
  [
    'name: reads',
    'description: Reads.',
    'requesters:',
    `  teams: [${team}]`,
    'approvals:',
    '  min: 1',
    'duration:',
    '  max: 1h',
    'ticket:',
    '  required: false',
    'reason:',
    '  required: false',
    'max_grants: 1',
    'sensitive_columns: refuse',
    'allow:',
    '  - target: db',
    '    privileges: [SELECT]',
    '    tables:',
    '      - name: public.t',
    '        columns: [id]',
    '',
  ].join('\n');

let gh: GithubStandIn;

interface Found {
  code: string;
  severity: string;
  message: string;
  fix: string;
}

async function doctor(token = 'admin-token'): Promise<{ code: number; found: Found[]; stdout: string }> {
  const run = await runCli(['doctor', '--repo', 'acme/access', '--api-url', gh.url, '--json'], { env: { GITHUB_TOKEN: token } });
  const out = JSON.parse(run.stdout) as { checks: { id: string; findings: Found[] }[] };
  return { code: run.code, found: out.checks.flatMap((c) => c.findings), stdout: run.stdout };
}

beforeAll(async () => {
  gh = await GithubStandIn.start();
  gh.addUser({ login: 'admin' });
  gh.addToken('admin-token', 'admin');
  // An admin's token that was never given read:org / "Members: read".
  gh.addToken('no-members-token', 'admin', 'write', { members: 'none' });
  for (const team of ['security', 'payments-leads', 'payments-eng']) gh.addTeam(team);
  await gh.commit({ branch: 'main', author: 'admin', files: { '.github/CODEOWNERS': CODEOWNERS, 'policies/reads.yaml': PROFILE('payments-eng'), ...OWN } });
});
afterAll(async () => {
  expect(gh.serverErrors).toEqual([]);
  await gh.stop();
});
beforeEach(async () => {
  const record = gh.repoRecord();
  Object.assign(record.settings, safeSettings(record.defaultBranch, record.id, '2026-11-28T09:00:00Z'));
  await gh.commit({ branch: 'main', author: 'admin', files: { '.github/CODEOWNERS': CODEOWNERS, 'policies/reads.yaml': PROFILE('payments-eng'), ...OWN } });
});

describe('doctor: does the setup work as its workflows are written', () => {
  it('passes this repository\'s own workflows with "access-check" required', async () => {
    expect(await doctor()).toMatchObject({ code: 0, found: [] });
  });

  it("finds a required status that no job reports (the workflow's name instead of the job's)", async () => {
    await gh.commit({ branch: 'main', author: 'admin', files: { [CHECK]: OLD_CHECK } });
    const { code, found } = await doctor();
    expect(code).toBe(1);
    expect(found.map((f) => [f.code, f.severity])).toEqual([
      ['E_DOCTOR_REQUIRED_CHECK_UNREPORTED', 'critical'],
      ['E_DOCTOR_CHECK_NOT_REQUIRED', 'warning'],
      ['E_DOCTOR_JOB_CANNOT_READ_TEAMS', 'critical'],
    ]);
    expect(found[0]?.message).toContain('"access-check"');
    expect(found[0]?.fix).toContain("after the job's `name:`");
    expect(found[1]?.message).toContain('job "check" of .github/workflows/access-check.yml');
    expect(found[2]?.message).toContain('workflow GITHUB_TOKEN');
  });

  it('finds a required check whose workflow has a paths: filter', async () => {
    await gh.commit({ branch: 'main', author: 'admin', files: { [CHECK]: OLD_CHECK } });
    gh.setBranchProtection({ requiredStatusChecks: ['check'] });
    const { code, found } = await doctor();
    expect(code).toBe(1);
    expect(found.map((f) => f.code)).toEqual(['E_DOCTOR_REQUIRED_CHECK_FILTERED', 'E_DOCTOR_JOB_CANNOT_READ_TEAMS']);
    expect(found[0]?.message).toContain('path filter');
    expect(found[0]?.fix).toContain('.github/workflows/access-check.yml');
  });

  it('reads required checks from rulesets as from classic protection', async () => {
    gh.setBranchProtection({ requiredStatusChecks: [] });
    gh.addRuleset({ requiredStatusChecks: ['access-check', 'lint'] });
    const { found } = await doctor();
    expect(found.map((f) => f.code)).toEqual(['E_DOCTOR_REQUIRED_CHECK_UNREPORTED']);
    expect(found[0]?.message).toContain('"lint"');
  });

  it('finds every team the token cannot see, named by CODEOWNERS or by a profile', async () => {
    const { code, found } = await doctor('no-members-token');
    expect(code).toBe(1);
    expect(found.map((f) => f.code)).toEqual(['E_DOCTOR_TEAM_NOT_VISIBLE', 'E_DOCTOR_TEAM_NOT_VISIBLE', 'E_DOCTOR_TEAM_NOT_VISIBLE']);
    expect(found.map((f) => f.message.split(' (')[0])).toEqual(['team acme/payments-eng', 'team acme/payments-leads', 'team acme/security']);
    expect(found[0]?.message).toContain('policies/reads.yaml');
    expect(found[2]?.message).toContain('.github/CODEOWNERS');
    expect(found[0]?.fix).toContain('Members: read');
  });

  it('finds a team that does not exist, with a token that can see teams', async () => {
    await gh.commit({ branch: 'main', author: 'admin', files: { 'policies/reads.yaml': PROFILE('ghosts') } });
    const { found } = await doctor();
    expect(found.map((f) => [f.code, f.message.split(' (')[0]])).toEqual([['E_DOCTOR_TEAM_NOT_VISIBLE', 'team acme/ghosts']]);
  });

  it('finds an App token step whose permission-* inputs leave out members', async () => {
    const limited = OWN[CHECK]?.replace('          permission-members: read\n', '          permission-contents: read\n') ?? '';
    await gh.commit({ branch: 'main', author: 'admin', files: { [CHECK]: limited } });
    const { found } = await doctor();
    expect(found.map((f) => f.code)).toEqual(['E_DOCTOR_JOB_CANNOT_READ_TEAMS']);
    expect(found[0]?.message).toContain('token step "members"');
  });
});

describe('describeWorkflows', () => {
  const facts = (text: string) => describeWorkflows([{ path: '.github/workflows/w.yml', text }]);

  it("names a check run after the job's name, else its id; computed names stay unknown", () => {
    const f = facts(
      [
        'on: [push, pull_request]',
        'jobs:',
        '  a: { runs-on: x, steps: [] }',
        '  b: { name: Build, runs-on: x, steps: [] }',
        '  c: { name: "t ${{ matrix.os }}", runs-on: x, steps: [] }',
        '  d: { strategy: { matrix: { os: [a, b] } }, runs-on: x, steps: [] }',
        '  e: { uses: ./.github/workflows/other.yml }',
      ].join('\n'),
    );
    expect(f.jobs.map((j) => [j.id, j.checkName, j.onPullRequest, j.pathFilter])).toEqual([
      ['a', 'a', true, false],
      ['b', 'Build', true, false],
      ['c', undefined, true, false],
      ['d', undefined, true, false],
      ['e', undefined, true, false],
    ]);
  });

  it('sees paths and paths-ignore filters on pull_request, not on push', () => {
    expect(facts('on: { pull_request: { paths-ignore: [docs/**] } }\njobs: { a: { runs-on: x } }').jobs[0]?.pathFilter).toBe(true);
    expect(facts('on: { push: { paths: [x] }, pull_request: { types: [opened] } }\njobs: { a: { runs-on: x } }').jobs[0]?.pathFilter).toBe(false);
    expect(facts('on: push\njobs: { a: { runs-on: x } }').jobs[0]?.onPullRequest).toBe(false);
  });

  it('tells which token a Grantbook step reads members with', () => {
    const step = (inputs: string, extra = '') =>
      facts(
        [
          'on: pull_request',
          'jobs:',
          '  a:',
          '    runs-on: x',
          '    steps:',
          extra,
          '      - uses: acme/grantbook@0123456789abcdef0123456789abcdef01234567',
          `        with: { command: check${inputs} }`,
        ]
          .filter((l) => l !== '')
          .join('\n'),
      ).jobs[0]?.grantbook[0]?.membersToken;
    const app = (inputs: string) => `      - { id: t, uses: actions/create-github-app-token@0123456789abcdef0123456789abcdef01234567, with: { ${inputs} } }`;
    expect(step('')).toEqual({ kind: 'workflow-token' });
    expect(step(', github-token: "${{ secrets.GITHUB_TOKEN }}"')).toEqual({ kind: 'workflow-token' });
    expect(step(', members-token: "${{ secrets.READ_ORG_PAT }}"')).toEqual({ kind: 'other' });
    expect(step(', members-token: "${{ steps.t.outputs.token }}"', app('client-id: x, permission-members: read'))).toEqual({
      kind: 'app',
      step: 't',
      members: 'read',
    });
    expect(step(', members-token: "${{ steps.t.outputs.token }}"', app('client-id: x'))).toEqual({ kind: 'app', step: 't', members: 'unrestricted' });
    expect(step(', github-token: "${{ steps.t.outputs.token }}"', app('permission-contents: write'))).toEqual({ kind: 'app', step: 't', members: 'none' });
  });

  it('keeps a file that is not a workflow apart', () => {
    expect(
      describeWorkflows([
        { path: 'x.yml', text: 'a: [' },
        { path: 'y.yml', text: '- 1' },
      ]).unreadable,
    ).toEqual(['x.yml', 'y.yml']);
  });
});
