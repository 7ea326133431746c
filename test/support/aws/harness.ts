/** An aws target and provider wired to an IAM stand-in, for tests and benchmarks. */
import { createAwsProvider, type AwsProvider, type AwsProviderOptions } from '../../../src/providers/aws/provider.js';
import type { AwsStatementSpec, AwsTarget, AwsTargetGrant } from '../../../src/providers/aws/types.js';
import { STANDIN_CREDENTIALS, type IamStandIn } from './index.js';

export const ALICE = 'arn:aws:iam::111122223333:user/alice';
export const EXPIRES = '2030-01-01T00:00:00Z';

export function awsTarget(iam: Pick<IamStandIn, 'accountId'>, overrides: Partial<AwsTarget> = {}): AwsTarget {
  return {
    name: 'aws-prod',
    provider: 'aws',
    accountId: iam.accountId,
    partition: 'aws',
    credentialsEnv: 'AWS',
    principalAccounts: [],
    protectedRoles: ['grantbook-grantor'],
    ...overrides,
  };
}

/** The provider on the stand-in: real SDK, real signing; waits for consistency shortened (the stand-in's lag counts requests, not time). */
export function awsProvider(iam: IamStandIn, target: AwsTarget, options: Partial<AwsProviderOptions> = {}): AwsProvider {
  return createAwsProvider(target, {
    credentials: STANDIN_CREDENTIALS,
    endpoint: iam.url,
    maxAttempts: 3,
    consistency: { attempts: 6, firstDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
}

/** Two statements, as a request of an on-call engineer might ask. */
export function exportsGrant(target: AwsTarget, requestId: string, principal = ALICE, expiresAt = EXPIRES): AwsTargetGrant {
  const grants: AwsStatementSpec[] = [
    { kind: 'iam', actions: ['s3:GetObject', 's3:ListBucket'], resources: ['arn:aws:s3:::exports', 'arn:aws:s3:::exports/2026/*'] },
    { kind: 'iam', actions: ['dynamodb:GetItem'], resources: [`arn:aws:dynamodb:eu-west-1:${target.accountId}:table/orders`] },
  ];
  return { requestId, target, principal, expiresAt, grants };
}
