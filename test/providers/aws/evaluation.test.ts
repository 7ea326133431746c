/**
 * The backstop, proved by an independent IAM policy evaluator
 * (@cloud-copilot/iam-simulate, a development dependency only: AGPL, never
 * bundled) over the documents the provider really wrote to the stand-in:
 * each granted statement is allowed before expires_at and denied after it,
 * nothing else is allowed at any time, only the person may assume the role
 * and only before expiry, and sessions issued before a revocation are
 * denied everything once it starts.
 */
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRANT_POLICY, REVOKE_POLICY } from '../../../src/providers/aws/documents.js';
import type { AwsProvider } from '../../../src/providers/aws/provider.js';
import type { AwsStatementSpec, AwsTarget, AwsTargetGrant } from '../../../src/providers/aws/types.js';
import { IamStandIn } from '../../support/aws/index.js';
import { ALICE, awsProvider, awsTarget, exportsGrant } from '../../support/aws/harness.js';

let iam: IamStandIn;
let target: AwsTarget;
let provider: AwsProvider;
let grant: AwsTargetGrant;
let written: { trust: unknown; policy: unknown; roleArn: string };

const EXPIRES = '2027-03-01T12:00:00Z';
const BEFORE = '2027-03-01T11:59:59Z';
const AFTER = '2027-03-01T12:00:01Z';
const SESSION = (role: string): string => `arn:aws:sts::111122223333:assumed-role/${role}/alice`;

type Outcome = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

async function evaluate(input: {
  action: string;
  resource: string;
  identityPolicies: { name: string; policy: unknown }[];
  context: Record<string, string>;
  principal?: string;
  resourcePolicy?: unknown;
}): Promise<Outcome> {
  const simulation: Simulation = {
    request: {
      principal: input.principal ?? SESSION(`grantbook-${grant.requestId}`),
      action: input.action,
      resource: { resource: input.resource, accountId: target.accountId },
      contextVariables: input.context,
    },
    identityPolicies: input.identityPolicies,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    ...(input.resourcePolicy !== undefined ? { resourcePolicy: input.resourcePolicy } : {}),
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') throw new Error(`simulation refused its input: ${result.errors.message}`);
  return result.overallResult;
}

/** A concrete resource inside a pattern: each `*` becomes a plain name. */
const inside = (pattern: string): string => pattern.replace(/\*/g, 'q1-report.csv');

beforeAll(async () => {
  iam = await IamStandIn.start();
  target = awsTarget(iam);
  provider = awsProvider(iam, target);
  grant = exportsGrant(target, 'aws-eval-1', ALICE, EXPIRES);
  await provider.grant(grant);
  const role = iam.roles.get(`grantbook-${grant.requestId}`);
  if (role === undefined) throw new Error('the grant wrote no role');
  written = {
    trust: JSON.parse(role.trust) as unknown,
    policy: JSON.parse(role.policies.get(GRANT_POLICY) ?? 'null') as unknown,
    roleArn: `arn:aws:iam::${iam.accountId}:role${role.path}${role.name}`,
  };
});
afterAll(async () => {
  await provider.close();
  await iam.stop();
});

const statements = (): readonly AwsStatementSpec[] => grant.grants as readonly AwsStatementSpec[];

describe('policy evaluation of the documents the provider wrote', () => {
  it('allows every granted action on every granted resource before expiry, and denies each after', async () => {
    let checked = 0;
    for (const s of statements()) {
      for (const action of s.actions) {
        for (const resource of s.resources) {
          // s3:GetObject applies to objects, s3:ListBucket to the bucket: evaluate the pairs IAM would see.
          if (action === 's3:GetObject' && !resource.includes('/')) continue;
          if (action === 's3:ListBucket' && resource.includes('/')) continue;
          const policies = [{ name: GRANT_POLICY, policy: written.policy }];
          expect(
            await evaluate({ action, resource: inside(resource), identityPolicies: policies, context: { 'aws:CurrentTime': BEFORE } }),
            `${action} before`,
          ).toBe('Allowed');
          expect(
            await evaluate({ action, resource: inside(resource), identityPolicies: policies, context: { 'aws:CurrentTime': AFTER } }),
            `${action} after`,
          ).toBe('ImplicitlyDenied');
          checked += 1;
        }
      }
    }
    expect(checked).toBe(3);
  });

  it('allows nothing else, before or after expiry', async () => {
    const others: [string, string][] = [
      ['s3:PutObject', 'arn:aws:s3:::exports/2026/q1-report.csv'],
      ['s3:DeleteObject', 'arn:aws:s3:::exports/2026/q1-report.csv'],
      ['s3:GetObject', 'arn:aws:s3:::exports/2025/q1-report.csv'],
      ['s3:GetObject', 'arn:aws:s3:::exports-private/2026/q1-report.csv'],
      ['s3:PutBucketPolicy', 'arn:aws:s3:::exports'],
      ['dynamodb:PutItem', `arn:aws:dynamodb:eu-west-1:${target.accountId}:table/orders`],
      ['dynamodb:GetItem', `arn:aws:dynamodb:eu-west-1:${target.accountId}:table/customers`],
      ['dynamodb:GetItem', `arn:aws:dynamodb:us-east-1:${target.accountId}:table/orders`],
      ['iam:CreateRole', `arn:aws:iam::${target.accountId}:role/x`],
      ['iam:PutRolePolicy', written.roleArn],
      ['sts:AssumeRole', `arn:aws:iam::${target.accountId}:role/admin`],
    ];
    for (const [action, resource] of others) {
      for (const at of [BEFORE, AFTER]) {
        expect(
          await evaluate({ action, resource, identityPolicies: [{ name: GRANT_POLICY, policy: written.policy }], context: { 'aws:CurrentTime': at } }),
          `${action} on ${resource} at ${at}`,
        ).toBe('ImplicitlyDenied');
      }
    }
  });

  it('the trust lets only the person assume the role, and only before expiry', async () => {
    // The caller's own identity policy may allow any AssumeRole: the role's trust decides.
    const callerMayAssume = [{ name: 'caller', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] } }];
    const assume = (principal: string, at: string): Promise<Outcome> =>
      evaluate({
        principal,
        action: 'sts:AssumeRole',
        resource: written.roleArn,
        identityPolicies: callerMayAssume,
        resourcePolicy: written.trust,
        context: { 'aws:CurrentTime': at },
      });
    expect(await assume(ALICE, BEFORE)).toBe('Allowed');
    expect(await assume(ALICE, AFTER)).toBe('ImplicitlyDenied');
    expect(await assume('arn:aws:iam::111122223333:user/bob', BEFORE)).toBe('ImplicitlyDenied');
    expect(await assume('arn:aws:iam::111122223333:role/alice', BEFORE)).toBe('ImplicitlyDenied');
  });

  it('once revocation starts, sessions issued before it are denied everything; later ones find the statements deleted', async () => {
    const g = exportsGrant(target, 'aws-eval-2', ALICE, EXPIRES);
    await provider.grant(g);
    // Stop the revoke right after its first change, to read the deny as AWS would apply it.
    iam.inject({ action: 'DeleteRolePolicy', times: 6, effect: { kind: 'status', status: 503 } });
    await expect(provider.revoke(g)).rejects.toThrow();
    const role = iam.roles.get(`grantbook-${g.requestId}`);
    const deny = JSON.parse(role?.policies.get(REVOKE_POLICY) ?? 'null') as { Statement: { Condition: { DateLessThan: { 'aws:TokenIssueTime': string } } }[] };
    const cut = deny.Statement[0]?.Condition.DateLessThan['aws:TokenIssueTime'] ?? '';
    const cutMs = Date.parse(cut);
    const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
    const policies = [
      { name: GRANT_POLICY, policy: JSON.parse(role?.policies.get(GRANT_POLICY) ?? 'null') as unknown },
      { name: REVOKE_POLICY, policy: deny },
    ];
    const session = (issued: string): Promise<Outcome> =>
      evaluate({
        principal: SESSION(`grantbook-${g.requestId}`),
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::exports/2026/q1-report.csv',
        identityPolicies: policies,
        context: { 'aws:CurrentTime': iso(cutMs + 1000), 'aws:TokenIssueTime': issued },
      });
    expect(await session(iso(cutMs - 60_000))).toBe('ExplicitlyDenied');
    expect(await session(iso(cutMs - 1000))).toBe('ExplicitlyDenied');
    iam.clearFaults();
    await provider.revoke(g);
    expect(iam.roles.has(`grantbook-${g.requestId}`)).toBe(false);
  });
});
