import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REQUEST_CODES } from '../../src/shared/codes/request.js';
import type { EventDraft } from '../../src/ledger/index.js';
import { grantedDraft, revokedDraft, sealBatches, T0, toFiles } from '../ledger/fixtures.js';
import { SAMPLES } from '../load/credential-samples.js';
import { runCli } from '../support/cli.js';

/*
 * `grantbook request` in real temporary git repositories holding this
 * repository's policies and example requests. Stdin is never a terminal
 * here (no prompter): missing flags are usage errors.
 */

const temps: string[] = [];
afterAll(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** Git that ignores the machine's global config, so `github.user` is only what a test sets. */
const ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const gitIn = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, ...ENV } }).trim();

function repo(o: { git?: boolean; ledger?: readonly EventDraft[] } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'grantbook-request-'));
  temps.push(dir);
  cpSync('access-requests', path.join(dir, 'access-requests'), { recursive: true });
  cpSync('policies', path.join(dir, 'policies'), { recursive: true });
  if (o.ledger !== undefined) {
    mkdirSync(path.join(dir, 'audit'));
    for (const f of toFiles(sealBatches([{ at: T0, drafts: o.ledger }]))) writeFileSync(path.join(dir, f.path), f.text ?? '');
  }
  if (o.git !== false) {
    gitIn(dir, 'init', '--quiet', '--initial-branch=main');
    gitIn(dir, 'config', 'user.name', 'Alice');
    gitIn(dir, 'config', 'user.email', 'alice@example.com');
    gitIn(dir, 'config', 'commit.gpgsign', 'false');
    gitIn(dir, 'add', '-A');
    gitIn(dir, 'commit', '--quiet', '-m', 'Policies and requests');
  }
  return dir;
}

const run = (dir: string, args: readonly string[]) => runCli(args, { cwd: dir, env: ENV });

const ORDERS = [
  '--requester',
  'alice',
  '--profile',
  'orders-readonly',
  '--table',
  'public.orders',
  '--columns',
  'id,status',
  '--reason',
  'Investigate duplicate charges reported in INC-4500',
];

describe('grantbook request new', () => {
  it('writes a request that validates and plans as pending approval, and prints that plan', async () => {
    const dir = repo();
    const r = await run(dir, ['request', 'new', ...ORDERS, '--ticket', 'INC-4500', '--duration', '2h']);
    expect(r.stderr).not.toContain('Nothing was written');
    expect(r.code).toBe(0);
    const file = 'access-requests/alice-inc-4500.yaml';
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(
      [
        '# yaml-language-server: $schema=../schemas/access-request.schema.json',
        'requester: alice',
        'profile: orders-readonly',
        'duration: 2h',
        'reason: Investigate duplicate charges reported in INC-4500',
        'ticket: INC-4500',
        'grants:',
        '  - target: orders-prod',
        '    privileges: [SELECT]',
        '    table: public.orders',
        '    columns: [id, status]',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain(`Wrote ${file}`);
    expect(r.stdout).toContain('Decision: ALLOWED by policy, pending approval');
    expect(r.stdout).toContain('GRANT SELECT ("id", "status") ON TABLE "public"."orders"');

    const validated = await run(dir, ['validate', file]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toBe('');
    const plan = await run(dir, ['plan', file]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('Decision: ALLOWED by policy, pending approval');
    // Nothing committed without --branch.
    expect(gitIn(dir, 'status', '--porcelain')).toBe(`?? ${file}`);
  });

  it('takes the requester from `git config github.user` and the profile default duration', async () => {
    const dir = repo();
    gitIn(dir, 'config', 'github.user', 'alice');
    const r = await run(dir, ['request', 'new', ...ORDERS.slice(2), '--ticket', 'INC-4501']);
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, 'access-requests/alice-inc-4501.yaml'), 'utf8');
    expect(text).toContain('requester: alice\n');
    expect(text).toContain('duration: 1h\n');
  });

  it('with stdin not a terminal, exits 2 naming each missing flag', async () => {
    const dir = repo();
    const noReason = await run(dir, ['request', 'new', ...ORDERS.slice(0, -2)]);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('missing --ticket, --reason (stdin is not a terminal');

    const noColumns = await run(dir, [
      'request',
      'new',
      '--requester',
      'alice',
      '--profile',
      'orders-readonly',
      '--table',
      'public.orders',
      '--ticket',
      'INC-1',
      '--reason',
      'Investigate duplicate charges reported',
    ]);
    expect(noColumns.code).toBe(2);
    expect(noColumns.stderr).toContain('missing --columns');

    const noGrant = await run(dir, ['request', 'new', '--requester', 'alice', '--profile', 'orders-readonly']);
    expect(noGrant.stderr).toContain('missing --table (or --bundle)');

    // alice may use three profiles (two through teams): which one is hers to say.
    const noProfile = await run(dir, ['request', 'new', '--requester', 'alice']);
    expect(noProfile.code).toBe(2);
    expect(noProfile.stderr).toContain('missing --profile');

    const noRequester = await run(dir, ['request', 'new', '--profile', 'orders-readonly']);
    expect(noRequester.code).toBe(2);
    expect(noRequester.stderr).toContain('missing --requester');

    const badTarget = await run(dir, ['request', 'new', '--requester', 'alice', '--profile', 'orders-readonly', '--target', 'github-acme']);
    expect(badTarget.code).toBe(2);
    expect(badTarget.stderr).toContain('--target: profile orders-readonly allows only orders-prod');
    for (const r of [noReason, noColumns, noGrant, noProfile, noRequester, badTarget]) expect(r.stdout).toBe('');
    expect(gitIn(dir, 'status', '--porcelain')).toBe('');
  });

  it('never reuses an id: not one in access-requests/, in the ledger, or in git history', async () => {
    const dir = repo({ ledger: [grantedDraft('alice-inc-4300', T0), revokedDraft('alice-inc-4300')] });
    // A request file added and later deleted: only history remembers it.
    writeFileSync(path.join(dir, 'access-requests/alice-inc-4400.yaml'), readFileSync(path.join(dir, 'access-requests/alice-inc-4211.yaml')));
    gitIn(dir, 'add', '-A');
    gitIn(dir, 'commit', '--quiet', '-m', 'Request');
    gitIn(dir, 'rm', '--quiet', 'access-requests/alice-inc-4400.yaml');
    gitIn(dir, 'commit', '--quiet', '-m', 'Expired');
    // And one only on another branch.
    gitIn(dir, 'checkout', '--quiet', '-b', 'elsewhere');
    writeFileSync(path.join(dir, 'access-requests/alice-inc-4600.yaml'), readFileSync(path.join(dir, 'access-requests/alice-inc-4211.yaml')));
    gitIn(dir, 'add', '-A');
    gitIn(dir, 'commit', '--quiet', '-m', 'Pending elsewhere');
    gitIn(dir, 'checkout', '--quiet', 'main');

    for (const [ticket, expected] of [
      ['INC-4211', 'alice-inc-4211-2'],
      ['INC-4300', 'alice-inc-4300-2'],
      ['INC-4400', 'alice-inc-4400-2'],
      ['INC-4600', 'alice-inc-4600-2'],
    ] as const) {
      const r = await run(dir, ['request', 'new', ...ORDERS, '--ticket', ticket]);
      expect(r.code, ticket).toBe(0);
      expect(existsSync(path.join(dir, `access-requests/${expected}.yaml`)), expected).toBe(true);
    }
    // The same again: the file just written takes the id, so the next one moves on.
    expect((await run(dir, ['request', 'new', ...ORDERS, '--ticket', 'INC-4211'])).stdout).toContain('access-requests/alice-inc-4211-3.yaml');

    for (const taken of ['alice-inc-4300', 'alice-inc-4400', 'alice-inc-4600', 'carol-sev1-0007']) {
      const r = await run(dir, ['request', 'new', ...ORDERS, '--ticket', 'INC-9', '--id', taken]);
      expect(r.code, taken).toBe(1);
      expect(r.stderr).toContain('E_REQUEST_ID_IN_USE');
      expect(r.stderr).toContain('Nothing was written.');
    }
  });

  it('--branch leaves exactly one commit, holding only the request, on a new branch; nothing is pushed', async () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'policies/identities.yaml'), `${readFileSync(path.join(dir, 'policies/identities.yaml'), 'utf8')}# local edit\n`);
    const r = await run(dir, ['request', 'new', ...ORDERS, '--ticket', 'INC-4700', '--branch']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('on the new branch access-request/alice-inc-4700');
    expect(gitIn(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('access-request/alice-inc-4700');
    expect(gitIn(dir, 'rev-list', '--count', 'main..HEAD')).toBe('1');
    expect(gitIn(dir, 'show', '--name-status', '--format=%s', 'HEAD').split('\n')).toEqual([
      'Request access: alice-inc-4700 (orders-readonly)',
      '',
      'A\taccess-requests/alice-inc-4700.yaml',
    ]);
    // The unrelated local edit is left alone, uncommitted.
    expect(gitIn(dir, 'status', '--porcelain')).toBe('M policies/identities.yaml');
    expect(gitIn(dir, 'remote')).toBe('');

    gitIn(dir, 'checkout', '--quiet', 'main');
    const again = await run(dir, ['request', 'new', ...ORDERS, '--ticket', 'INC-4701', '--id', 'alice-inc-4700-b', '--branch']);
    expect(again.code).toBe(0);
    gitIn(dir, 'checkout', '--quiet', 'main');
    gitIn(dir, 'branch', 'access-request/alice-inc-4702');
    const exists = await run(dir, ['request', 'new', ...ORDERS, '--ticket', 'INC-4702', '--branch']);
    expect(exists.code).toBe(1);
    expect(exists.stderr).toContain('E_REQUEST_BRANCH_EXISTS');
    expect(existsSync(path.join(dir, 'access-requests/alice-inc-4702.yaml'))).toBe(false);
  });

  it("--branch runs the repository's commit hooks, and says what is left when one refuses", async () => {
    const dir = repo();
    writeFileSync(path.join(dir, '.git/hooks/pre-commit'), '#!/bin/sh\necho "hook says no" >&2\nexit 1\n', { mode: 0o755 });
    const r = await run(dir, ['request', 'new', ...ORDERS, '--ticket', 'INC-4710', '--branch']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('E_REQUEST_GIT_FAILED git commit failed: hook says no');
    expect(r.stderr).toContain(
      'You may be on the new branch access-request/alice-inc-4710; access-requests/alice-inc-4710.yaml may be written but is not committed. Nothing was pushed.',
    );
    expect(r.stderr).not.toContain('Nothing was written.');
    expect(gitIn(dir, 'rev-list', '--count', 'main..HEAD')).toBe('0');
  });

  it("refuses a credential or a control character in the reason with the loader's code, writes nothing and never echoes it", async () => {
    const dir = repo();
    for (const s of SAMPLES.filter((x) => !x.value.includes('\n'))) {
      const args = ['request', 'new', ...ORDERS.slice(0, -1), `Debug with ${s.value} please`, '--ticket', 'INC-4800'];
      const r = await run(dir, args);
      expect(r.code, s.name).toBe(1);
      expect(r.stderr).toMatch(/access-requests\/alice-inc-4800\.yaml:\d+:\d+ E_TEXT_CREDENTIAL The value of field "reason" holds what looks like/);
      expect(`${r.stdout}${r.stderr}`).not.toContain(s.value);
    }
    const escape = await run(dir, ['request', 'new', ...ORDERS.slice(0, -1), 'Debug \u001b[31m red output of the job', '--ticket', 'INC-4800']);
    expect(escape.code).toBe(1);
    expect(escape.stderr).toContain('E_TEXT_CONTROL');
    expect(gitIn(dir, 'status', '--porcelain')).toBe('');
  });

  it('writes an IAM statement from flags, narrower than the profile allows, and refuses an offer the profile does not have', async () => {
    const dir = repo();
    const args = ['request', 'new', '--requester', 'alice', '--profile', 'exports-readonly', '--ticket', 'INC-4330', '--duration', '3h'];
    const reason = ['--reason', 'Compare the April export with the orders table for INC-4330'];
    const r = await run(dir, [...args, ...reason, '--iam', '1', '--actions', 's3:GetObject', '--resources', 'arn:aws:s3:::acme-exports/2026/04/*']);
    expect(r.code, r.stderr).toBe(0);
    const file = 'access-requests/alice-inc-4330.yaml';
    expect(readFileSync(path.join(dir, file), 'utf8')).toContain(
      '  - target: aws-prod\n    iam:\n      actions: [s3:GetObject]\n      resources: [arn:aws:s3:::acme-exports/2026/04/*]\n',
    );
    expect(r.stdout).toContain(
      '\\"Action\\":[\\"s3:GetObject\\"],\\"Resource\\":[\\"arn:aws:s3:::acme-exports/2026/04/*\\"],\\"Condition\\":{\\"DateLessThan\\"',
    );
    expect((await run(dir, ['validate', file])).code).toBe(0);

    const none = await run(dir, [...args, ...reason, '--iam', '3', '--actions', 's3:GetObject']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--iam: profile exports-readonly offers on aws-prod only 1, 2');
    const outside = await run(dir, [...args, ...reason, '--iam', '2', '--actions', 's3:GetObject']);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/E_POLICY_/u);
    const noKind = await run(dir, [...args, ...reason]);
    expect(noKind.stderr).toContain('missing --iam');
    // A flag no profile's offers use is unknown.
    expect((await run(dir, [...args, ...reason, '--iam', '1', '--colour', 'x'])).code).toBe(2);
  });

  it('refuses what the policy refuses, with the code validate gives, and writes nothing', async () => {
    const dir = repo();
    const long = await run(dir, ['request', 'new', ...ORDERS, '--ticket', 'INC-4900', '--duration', '30d']);
    expect(long.code).toBe(1);
    expect(long.stderr).toMatch(/^access-requests\/alice-inc-4900\.yaml:\d+:\d+ E_POLICY_DURATION_TOO_LONG /m);
    const column = await run(dir, ['request', 'new', ...ORDERS.slice(0, 7), 'id,card_number', ...ORDERS.slice(8), '--ticket', 'INC-4900']);
    expect(column.stderr).toContain('E_POLICY_COLUMN_NOT_ALLOWED');
    const stranger = await run(dir, ['request', 'new', ...ORDERS.slice(0, 1), 'mallory', ...ORDERS.slice(2), '--ticket', 'INC-4900']);
    expect(stranger.stderr).toContain('E_POLICY_REQUESTER_UNKNOWN');
    expect(gitIn(dir, 'status', '--porcelain')).toBe('');
  });

  it('writes a request allowed only through a team, and shows the plan assuming the membership the check will look up', async () => {
    const dir = repo();
    const r = await run(dir, [
      'request',
      'new',
      '--requester',
      'alice',
      '--profile',
      'payments-oncall',
      '--team',
      'payments-oncall',
      '--duration',
      '3d',
      '--reason',
      'On-call cover for bob this week',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Assuming alice is an active member of team payments-eng: the pull request check looks it up.');
    expect(r.stdout).toContain('PUT /orgs/acme/teams/payments-oncall/memberships/alice');
    const validated = await run(dir, ['validate']);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(/E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED .* \(warning\)/);
  });

  it('says so when no profile names the requester, and when git cannot answer', async () => {
    const dir = repo();
    // dave is in no profile's users: with every requester team gone, no profile is his.
    const profiles = readdirSync(path.join(dir, 'policies')).filter((f) => f.endsWith('.yaml') && !['targets.yaml', 'identities.yaml'].includes(f));
    expect(profiles.length).toBeGreaterThanOrEqual(6);
    for (const name of profiles) {
      const file = path.join(dir, 'policies', name);
      const text = readFileSync(file, 'utf8');
      expect(text, name).not.toMatch(/^ {2}users: \[.*\bdave\b/mu);
      writeFileSync(file, text.replace(/^ {2}teams: \[[a-z-]+\]\n/m, ''));
    }
    expect((await run(dir, ['profiles', '--requester', 'dave'])).stdout).toBe('No profile lets dave request access.');
    const none = await run(dir, ['request', 'new', '--requester', 'dave']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('E_REQUEST_NO_PROFILE');

    const plain = repo({ git: false });
    const r = await run(plain, ['request', 'new', ...ORDERS, '--ticket', 'INC-5000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('E_REQUEST_GIT_FAILED');
    expect(existsSync(path.join(plain, 'access-requests/alice-inc-5000.yaml'))).toBe(false);
  });
});

describe('grantbook request extend and relinquish', () => {
  const live = () => repo({ ledger: [grantedDraft('alice-inc-4211', T0)] });

  it('extend writes a request with the same profile and grants that extends a live grant of the requester', async () => {
    const dir = live();
    const r = await run(dir, [
      'request',
      'extend',
      'alice-inc-4211',
      '--requester',
      'alice',
      '--duration',
      '4h',
      '--reason',
      'The duplicate charges need one more day of study',
      '--branch',
    ]);
    expect(r.code).toBe(0);
    const file = 'access-requests/alice-inc-4211-ext.yaml';
    const text = readFileSync(path.join(dir, file), 'utf8');
    expect(text).toContain('extends: alice-inc-4211\n');
    expect(text).toContain('ticket: INC-4211\n');
    expect(text).toContain('    columns: [id, status, created_at, amount_cents]\n');
    expect(r.stdout).toContain('E_POLICY_EXTENDS_NEEDS_APPROVAL');
    expect(gitIn(dir, 'show', '--name-status', '--format=%s', 'HEAD').split('\n')).toEqual([
      'Extend access: alice-inc-4211-ext extends alice-inc-4211',
      '',
      `A\t${file}`,
    ]);
    gitIn(dir, 'checkout', '--quiet', 'main');
    expect(existsSync(path.join(dir, file))).toBe(false); // committed on its branch only
    gitIn(dir, 'checkout', '--quiet', 'access-request/alice-inc-4211-ext');
    expect((await run(dir, ['validate', file])).code).toBe(0);
  });

  it("extend refuses an unknown request, someone else's, and one that is not a live grant", async () => {
    const dir = live();
    const unknown = await run(dir, ['request', 'extend', 'alice-inc-1', '--requester', 'alice', '--reason', 'More time for the investigation']);
    expect([unknown.code, unknown.stderr.includes('E_REQUEST_UNKNOWN')]).toEqual([1, true]);
    const other = await run(dir, ['request', 'extend', 'alice-inc-4211', '--requester', 'bob', '--reason', 'More time for the investigation']);
    expect([other.code, other.stderr.includes('E_REQUEST_NOT_YOURS')]).toEqual([1, true]);
    const pending = await run(dir, [
      'request',
      'extend',
      'carol-sev1-0007',
      '--requester',
      'carol',
      '--reason',
      'More time for the investigation of the outage',
    ]);
    expect([pending.code, pending.stderr.includes('E_REQUEST_NOT_LIVE')]).toEqual([1, true]);
    const missing = await run(dir, ['request', 'extend', 'alice-inc-4211', '--requester', 'alice']);
    expect([missing.code, missing.stderr.includes('missing --reason')]).toEqual([2, true]);
    expect(gitIn(dir, 'status', '--porcelain')).toBe('');
  });

  it('relinquish commits the deletion of the request file on a new branch and says what follows', async () => {
    const dir = live();
    const r = await run(dir, ['request', 'relinquish', 'alice-inc-4211', '--branch']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the revoke job revokes alice-inc-4211 on orders-prod, github-acme at its next run');
    expect(gitIn(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('access-request/relinquish-alice-inc-4211');
    expect(gitIn(dir, 'rev-list', '--count', 'main..HEAD')).toBe('1');
    expect(gitIn(dir, 'show', '--name-status', '--format=%s', 'HEAD').split('\n')).toEqual([
      'Relinquish access: alice-inc-4211',
      '',
      'D\taccess-requests/alice-inc-4211.yaml',
    ]);
    expect(gitIn(dir, 'status', '--porcelain')).toBe('');

    const plain = await run(dir, ['request', 'relinquish', 'carol-sev1-0007']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('merging the deletion withdraws the request');
    expect(existsSync(path.join(dir, 'access-requests/carol-sev1-0007.yaml'))).toBe(false);
    expect((await run(dir, ['request', 'relinquish', 'carol-sev1-0007'])).stderr).toContain('E_REQUEST_UNKNOWN');
  });

  it('relinquish --branch refuses a file git never had', async () => {
    const dir = live();
    writeFileSync(path.join(dir, 'access-requests/alice-inc-7.yaml'), 'x');
    const r = await run(dir, ['request', 'relinquish', 'alice-inc-7', '--branch']);
    expect([r.code, r.stderr.includes('E_REQUEST_GIT_FAILED')]).toEqual([1, true]);
    unlinkSync(path.join(dir, 'access-requests/alice-inc-7.yaml'));
    expect(gitIn(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
  });

  it('needs a subcommand and a well-formed id', async () => {
    const dir = live();
    expect((await run(dir, ['request'])).code).toBe(2);
    expect((await run(dir, ['request', 'grant'])).code).toBe(2);
    expect((await run(dir, ['request', 'relinquish', '../etc/passwd'])).code).toBe(2);
    expect((await run(dir, ['request', 'extend'])).code).toBe(2);
  });
});

describe('request codes', () => {
  it('are each raised by the request command', () => {
    const source = readdirSync('src/cli')
      .filter((f) => f.startsWith('request'))
      .map((f) => readFileSync(path.join('src/cli', f), 'utf8'))
      .join('\n');
    expect(Object.keys(REQUEST_CODES).filter((code) => !source.includes(`'${code}'`))).toEqual([]);
  });
});
