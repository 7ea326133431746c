import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerGrant } from '../../../src/ledger/index.js';
import { appliedTargets } from '../../../src/providers/applied.js';
import { applyRequest } from '../../../src/providers/apply.js';
import { builtinRegistry } from '../../../src/providers/catalog.js';
import type { TargetGrant } from '../../../src/providers/contract.js';
import type { AwsProvider } from '../../../src/providers/aws/provider.js';
import type { AwsTarget } from '../../../src/providers/aws/types.js';
import { renderStory } from '../../../src/report/audit-story.js';
import { IamStandIn } from '../../support/aws/index.js';
import { ALICE, awsProvider, awsTarget, EXPIRES, exportsGrant } from '../../support/aws/harness.js';
import { grantedDraft, sealBatches, T0 } from '../../ledger/fixtures.js';

/**
 * What apply records of an AWS grant, made on the IAM stand-in: the ARN of
 * the role IAM created (what the person assumes) and the expiry condition IAM
 * holds on it (the backstop, always armed); `audit show` says both from the
 * ledger alone.
 */
let iam: IamStandIn;
let target: AwsTarget;
let provider: AwsProvider;

beforeAll(async () => {
  iam = await IamStandIn.start();
  target = awsTarget(iam);
  provider = awsProvider(iam, target);
});
afterAll(async () => {
  await provider.close();
  await iam.stop();
});

describe('aws: the granted event records the role and the IAM condition', () => {
  it('records the role ARN IAM gave and the condition it holds, and audit show tells how to assume it', async () => {
    const g = exportsGrant(target, 'alice-applied-1') as unknown as TargetGrant;
    const result = await applyRequest(new Map([[target.name, provider]]), [g]);
    if (!result.ok) throw new Error('the grant failed');
    const applied = appliedTargets([g], result.reported, builtinRegistry());

    const role = iam.roles.get('grantbook-alice-applied-1');
    if (role === undefined) throw new Error('no role');
    const arn = `arn:aws:iam::${iam.accountId}:role${role.path}${role.name}`;
    const trust = JSON.parse(role.trust) as { Statement: { Condition: { DateLessThan: Record<string, string> } }[] };
    const condition = trust.Statement[0]?.Condition.DateLessThan ?? {};
    expect(applied).toEqual([{ target: target.name, object: arn, backstop: { status: 'armed', by: 'aws:CurrentTime', until: condition['aws:CurrentTime'] } }]);
    expect(condition).toEqual({ 'aws:CurrentTime': EXPIRES });

    const grants: LedgerGrant[] = g.grants.map((spec) => ({ target: target.name, provider: 'aws', principal: ALICE, spec }));
    const [sealed] = sealBatches([{ at: T0, drafts: [grantedDraft('alice-applied-1', T0, 2, { grants, applied, expires_at: EXPIRES })] }]);
    if (sealed === undefined) throw new Error('nothing sealed');
    const story = renderStory('alice-applied-1', [sealed.event]);
    expect(story).toContain(`- expiry backstop: armed: IAM condition aws:CurrentTime < ${EXPIRES} on the role's trust policy and every statement`);
    expect(story).toContain(`      aws sts assume-role --role-arn ${arn} --role-session-name alice --duration-seconds ${role.maxSessionDuration}`);
    expect(story).toContain(`      duration_seconds = ${role.maxSessionDuration}`);
    await provider.revoke(g as never);
  });
});
