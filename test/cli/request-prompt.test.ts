import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linePrompter, type Prompter } from '../../src/cli/prompt.js';
import { SAMPLES } from '../load/credential-samples.js';
import { runCli } from '../support/cli.js';

/*
 * The questions `grantbook request new` asks on a terminal: the real prompt
 * logic over injected lines, and once through a real pseudo-terminal.
 */

const temps: string[] = [];
afterAll(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

const ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'grantbook-prompt-'));
  temps.push(dir);
  cpSync('access-requests', path.join(dir, 'access-requests'), { recursive: true });
  cpSync('policies', path.join(dir, 'policies'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { env: { ...process.env, ...ENV } });
  git('init', '--quiet', '--initial-branch=main');
  git('-c', 'user.name=A', '-c', 'user.email=a@example.com', 'commit', '--quiet', '--allow-empty', '-m', 'init');
  return dir;
}

/** A prompter answering from a script; everything shown is kept, prompts marked `?`. */
function scripted(answers: readonly string[]): { prompter: () => Prompter; transcript: string[]; left: () => number } {
  const queue = [...answers];
  const transcript: string[] = [];
  const prompter = () =>
    linePrompter(
      async (prompt) => {
        const answer = queue.shift();
        transcript.push(`? ${prompt}${answer ?? '<end of input>'}`);
        return answer;
      },
      (text) => void transcript.push(text),
    );
  return { prompter, transcript, left: () => queue.length };
}

describe('request new on a terminal (injected input)', () => {
  it('offers the profiles the requester may use, the allow-list with sensitive columns marked, and asks again when an answer will not do', async () => {
    const dir = repo();
    const secret = SAMPLES[0]?.value ?? '';
    const s = scripted(['7', '4', '1', '1,2,5', '', 'JIRA-1', 'INC-4211', `use ${secret}`, 'short', 'Investigate duplicate charges reported in INC-4211']);
    const r = await runCli(['request', 'new', '--requester', 'alice'], { cwd: dir, env: ENV, prompter: s.prompter });
    expect(r.stderr).not.toContain('Nothing was written');
    expect(r.code).toBe(0);
    expect(s.left()).toBe(0);
    const shown = s.transcript.join('\n');
    // alice is named in four profiles and may reach the other two through teams.
    expect(shown).toContain(
      'Profile:\n   1) break-glass  Emergency write access to order status during a SEV1, reviewed afterwards. [break-glass] [through team membership]',
    );
    expect(shown).toContain(
      '   5) payments-oncall  Join the payments on-call team and read the service repository for an on-call shift. [through team membership]',
    );
    expect(shown).toContain('? Choose 1-6: 7\n  Answer with a number from 1 to 6.');
    // Questions with one possible answer are not asked; the answer is said (on stderr).
    expect(r.stderr).toContain('Target: orders-prod (the only choice)');
    expect(shown).toContain(
      'What to grant on orders-prod:\n   1) table public.orders  5 column(s)\n   2) table public.refunds  4 column(s)\n   3) bundle orders-triage  SELECT on public.orders (id, status, created_at)',
    );
    expect(shown).toContain('   5) customer_email  (sensitive)');
    expect(r.stderr).toContain('Privileges on public.orders: SELECT (the only choice)');
    expect(shown).toContain('? Duration (at most 8h) [1h]: ');
    expect(shown).toContain('Profile orders-readonly expects tickets matching ^INC-[0-9]{1,6}$.');
    expect(shown).toContain('That looks like a GitHub token. Never paste credentials into a request (and rotate that one).');
    expect(shown).toContain('Profile orders-readonly asks for at least 20 characters.');
    // The one place the credential appears is the answer typed; nothing repeats it.
    expect(s.transcript.filter((l) => l.includes(secret))).toEqual([`? Reason (20-1000 characters; no secrets): use ${secret}`]);
    expect(`${r.stdout}${r.stderr}`).not.toContain(secret);

    const text = readFileSync(path.join(dir, 'access-requests/alice-inc-4211-2.yaml'), 'utf8');
    expect(text).toContain('duration: 1h\nreason: Investigate duplicate charges reported in INC-4211\nticket: INC-4211\n');
    expect(text).toContain('    columns: [id, status, customer_email]\n');
    expect(r.stdout).toContain('sensitive: customer_email');
    expect((await runCli(['validate', 'access-requests/alice-inc-4211-2.yaml'], { cwd: dir })).stdout).toMatch(
      /E_POLICY_SENSITIVE_COLUMN_FLAGGED .* \(warning\)$/,
    );
  });

  it('does not offer sensitive columns a profile refuses, and says so', async () => {
    const dir = repo();
    const s = scripted(['1', '2', '1h', 'SEV1-0042', 'Orders stuck in charging after the processor outage']);
    const r = await runCli(['request', 'new', '--requester', 'carol', '--profile', 'break-glass'], { cwd: dir, env: ENV, prompter: s.prompter });
    expect(r.code).toBe(0);
    const shown = s.transcript.join('\n');
    expect(r.stderr).toContain('Not offered: customer_email (sensitive; this profile refuses sensitive columns)');
    expect(shown).toContain('Columns of public.orders:\n   1) id\n   2) status\n? ');
    expect(shown).toContain('Privileges on public.orders:\n   1) SELECT\n   2) UPDATE');
    expect(readFileSync(path.join(dir, 'access-requests/carol-sev1-0042.yaml'), 'utf8')).toContain(
      '    privileges: [UPDATE]\n    table: public.orders\n    columns: [id]\n',
    );
  });

  it("offers what every provider declares: an AWS profile's IAM statements and a MariaDB table, each written as a request that validates", async () => {
    const dir = repo();
    const aws = scripted(['3', '1,2', '1', '2', '1', '', 'INC-4320', 'Compare the March export with the orders table for INC-4320']);
    const r = await runCli(['request', 'new', '--requester', 'alice'], { cwd: dir, env: ENV, prompter: aws.prompter });
    expect(r.code, r.stderr).toBe(0);
    expect(aws.left()).toBe(0);
    const shown = aws.transcript.join('\n');
    expect(shown).toContain(
      [
        'What to grant on aws-prod:',
        '   1) iam statement 1  s3:GetObject, s3:ListBucket on arn:aws:s3:::acme-exports, arn:aws:s3:::acme-exports/*',
        '   2) iam statement 2  dynamodb:GetItem, dynamodb:Query, dynamodb:Describe* on arn:aws:dynamodb:eu-west-1:111122223333:table/orders',
      ].join('\n'),
    );
    expect(shown).toContain('Actions of statement 1:\n   1) s3:GetObject\n   2) s3:ListBucket');
    expect(r.stderr).toContain(
      'Resources of statement 2 (--resources may name narrower ones inside these): arn:aws:dynamodb:eu-west-1:111122223333:table/orders (the only choice)',
    );
    const file = 'access-requests/alice-inc-4320.yaml';
    expect(readFileSync(path.join(dir, file), 'utf8')).toContain(
      [
        'grants:',
        '  - target: aws-prod',
        '    iam:',
        '      actions: [s3:GetObject]',
        '      resources: [arn:aws:s3:::acme-exports/*]',
        '  - target: aws-prod',
        '    iam:',
        '      actions: [dynamodb:GetItem]',
        '      resources: [arn:aws:dynamodb:eu-west-1:111122223333:table/orders]',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain('IAM PutRolePolicy');
    expect(await runCli(['validate', file], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });

    const mysql = scripted(['6', '1', '1,2,3', '2h', 'INC-4321', 'Count the orders stuck in pending for the support review']);
    const m = await runCli(['request', 'new', '--requester', 'bob'], { cwd: dir, env: ENV, prompter: mysql.prompter });
    expect(m.code, m.stderr).toBe(0);
    expect(mysql.transcript.join('\n')).toContain(
      'What to grant on shop-prod:\n   1) table shop.orders  5 column(s)\n   2) table shop.order_items  4 column(s)',
    );
    expect(mysql.transcript.join('\n')).toContain('   5) customer_email  (sensitive)');
    expect(m.stderr).toContain('Privileges on shop.orders: SELECT (the only choice)');
    const mine = 'access-requests/bob-inc-4321.yaml';
    expect(readFileSync(path.join(dir, mine), 'utf8')).toContain(
      '  - target: shop-prod\n    privileges: [SELECT]\n    table: shop.orders\n    columns: [id, status, created_at]\n',
    );
    expect(m.stdout).toMatch(/GRANT SELECT \(`id`, `status`, `created_at`\) ON `shop`\.`orders`/u);
    expect(await runCli(['validate', mine], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
  });

  it('stops with a usage error when input ends, writing nothing', async () => {
    const dir = repo();
    const s = scripted(['2']);
    const r = await runCli(['request', 'new', '--requester', 'alice'], { cwd: dir, env: ENV, prompter: s.prompter });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('input ended before every question was answered');
    expect(existsSync(path.join(dir, 'access-requests/alice-inc-4211-2.yaml'))).toBe(false);
  });

  it('gives up after five answers that will not do', async () => {
    const dir = repo();
    const s = scripted(['9', '9', '9', '9', '9', '2']);
    const r = await runCli(['request', 'new', '--requester', 'alice'], { cwd: dir, env: ENV, prompter: s.prompter });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no usable answer after 5 attempts');
  });
});

describe('request new through a pseudo-terminal', () => {
  const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
  const usable = script.status === 0 && script.stdout.includes('util-linux');
  if (!usable) console.log('skipped: the pseudo-terminal test needs `script` from util-linux; the prompt logic is tested above with injected input');

  it.skipIf(!usable)('asks on a real terminal for what the flags leave open, and writes the file', () => {
    const dir = repo();
    const bin = path.resolve('bin/grantbook.js');
    const command = `node ${bin} request new --requester alice --profile orders-readonly --table public.orders --ticket INC-4212 --duration 1h`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: dir,
      input: '1,2\nInvestigate duplicate charges reported in INC-4212\n',
      encoding: 'utf8',
      env: { ...process.env, ...ENV },
      timeout: 30_000,
    });
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('Columns of public.orders:');
    expect(r.stdout).toContain('5) customer_email  (sensitive)');
    expect(r.stdout).toContain('Decision: ALLOWED by policy, pending approval');
    expect(readFileSync(path.join(dir, 'access-requests/alice-inc-4212.yaml'), 'utf8')).toContain('    columns: [id, status]\n');
  });
});
