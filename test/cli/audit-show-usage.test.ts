import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppliedTarget, EventDraft, LedgerGrant } from '../../src/ledger/index.js';
import { requestRoleName } from '../../src/providers/mysql/names.js';
import { grantedDraft, HOUR, revokedDraft, sealBatches, T0, toFiles } from '../ledger/fixtures.js';
import { runCli } from '../support/cli.js';

/**
 * `grantbook audit show` says, from the ledger alone, whether each target
 * ends the grant by itself (the expiry backstop recorded at grant time) and,
 * while the grant is live, how the person uses it: MariaDB's SET ROLE, AWS's
 * assume-role command and profile.
 */
const ALICE_ARN = 'arn:aws:iam::111122223333:user/alice';
const ROLE_ARN = 'arn:aws:iam::111122223333:role/grantbook/aws-prod/grantbook-alice-shop-1';
const EXPIRES = '2025-02-01T00:00:00Z';
const mysqlGrant = (principal: string): LedgerGrant => ({
  target: 'shop-prod',
  provider: 'mysql',
  principal,
  spec: { kind: 'table', privileges: ['SELECT'], database: 'shop', table: 'orders', columns: ['id', 'status'] } as unknown as LedgerGrant['spec'],
});
const awsGrant: LedgerGrant = {
  target: 'aws-prod',
  provider: 'aws',
  principal: ALICE_ARN,
  spec: { kind: 'iam', actions: ['s3:GetObject'], resources: ['arn:aws:s3:::exports/*'] } as unknown as LedgerGrant['spec'],
};
const role1 = requestRoleName('shop-prod', 'alice-shop-1');
const role2 = requestRoleName('shop-prod', 'bob-shop-2');
const live: AppliedTarget[] = [
  { target: 'shop-prod', object: role1, backstop: { status: 'armed', by: `grantbook.${role1}`, until: EXPIRES } },
  { target: 'aws-prod', object: ROLE_ARN, backstop: { status: 'armed', by: 'aws:CurrentTime', until: EXPIRES } },
];
const offApplied: AppliedTarget[] = [
  { target: 'shop-prod', object: role2, backstop: { status: 'not_armed', by: `grantbook.${role2}`, until: EXPIRES, reason: 'event_scheduler_off' } },
];
const drafts: EventDraft[] = [
  grantedDraft('alice-shop-1', T0, 2, { grants: [mysqlGrant('alice@%'), awsGrant], applied: live }),
  grantedDraft('bob-shop-2', T0, 2, { grants: [mysqlGrant('bob@%')], applied: offApplied }),
  // Written before `applied` existed: nothing to say, and nothing is guessed.
  grantedDraft('carol-shop-3', T0, 2, { grants: [mysqlGrant('carol@%')] }),
];
const events = sealBatches([
  { at: T0, drafts },
  { at: T0 + 2 * HOUR, drafts: [revokedDraft('bob-shop-2', ['shop-prod'])] },
]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'grantbook-audit-usage-'));
  await mkdir(path.join(dir, 'audit'));
  for (const f of toFiles(events)) await writeFile(path.join(dir, f.path), f.text ?? '');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function show(id: string): Promise<string> {
  const { code, stdout, stderr } = await runCli(['audit', 'show', id], { cwd: dir });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}

describe('grantbook audit show: backstop and usage per target', () => {
  it('a live grant on MariaDB and AWS: both backstops armed, the SET ROLE statement, the assume-role command and the profile', async () => {
    const out = await show('alice-shop-1');
    const section = out.slice(out.indexOf('## On each target'), out.indexOf('## Timeline'));
    expect(section.split('\n')).toEqual([
      '## On each target',
      '',
      'shop-prod (mysql, alice@%):',
      `- expiry backstop: armed (MySQL event grantbook.${role1} at ${EXPIRES})`,
      `- how to use it until ${EXPIRES}:`,
      '  - alice@% activates the role in each session before using the grant (MariaDB activates granted roles only this way; MySQL 8 too, unless the server sets activate_all_roles_on_login):',
      `      SET ROLE \`${role1}\`;`,
      '',
      `aws-prod (aws, ${ALICE_ARN}):`,
      `- expiry backstop: armed: IAM condition aws:CurrentTime < ${EXPIRES} on the role's trust policy and every statement`,
      `- how to use it until ${EXPIRES}:`,
      `  - Assume the role as ${ALICE_ARN} (until ${EXPIRES}; a session lasts at most 60 minutes, then assume it again):`,
      `      aws sts assume-role --role-arn ${ROLE_ARN} --role-session-name alice --duration-seconds 3600`,
      '  - Or add this profile to ~/.aws/config and pass --profile grantbook-alice-shop-1; source_profile names the profile holding your own credentials (on an instance or in a container, credential_source in its place):',
      '      [profile grantbook-alice-shop-1]',
      `      role_arn = ${ROLE_ARN}`,
      '      source_profile = default',
      '      ; credential_source = Environment | Ec2InstanceMetadata | EcsContainer  (in place of source_profile)',
      '      role_session_name = alice',
      '      duration_seconds = 3600',
      '',
      '',
    ]);
  });

  it('a grant made while event_scheduler was OFF says the backstop was not armed and why; once revoked, no usage', async () => {
    const out = await show('bob-shop-2');
    expect(out).toContain(
      `shop-prod (mysql, bob@%):\n- expiry backstop: not armed: event_scheduler is OFF (the MySQL event grantbook.${role2} will not run; access ends at the first revoke run after ${EXPIRES})\n`,
    );
    expect(out).not.toContain('SET ROLE');
    expect(out).not.toContain('how to use it');
  });

  it('a grant recorded without `applied` gets no such section', async () => {
    const out = await show('carol-shop-3');
    expect(out).not.toContain('## On each target');
    expect(out).toContain('granted at');
  });

  it('--json carries the recorded applied entries as they are', async () => {
    const { stdout } = await runCli(['audit', 'show', 'alice-shop-1', '--json'], { cwd: dir });
    const parsed = JSON.parse(stdout) as { events: { type: string; applied?: unknown }[] };
    expect(parsed.events.find((e) => e.type === 'granted')?.applied).toEqual(live);
  });
});
