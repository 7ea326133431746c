/**
 * The shared provider conformance suite, run on the aws provider against the
 * IAM stand-in through the real SDK, the ledger's drift sweep included. The
 * suite's harness speaks the contract's default spec shape; the aws grants
 * pass through `unknown` to it.
 */
import { afterAll } from 'vitest';
import type { Target } from '../../../src/policy/types.js';
import type { Provider } from '../../../src/providers/contract.js';
import { GRANT_POLICY } from '../../../src/providers/aws/documents.js';
import type { AwsStatementSpec, AwsTarget } from '../../../src/providers/aws/types.js';
import { IamStandIn } from '../../support/aws/index.js';
import { awsProvider, awsTarget, exportsGrant } from '../../support/aws/harness.js';
import { describeProviderConformance, type PreexistingAccess } from '../conformance.js';

let standIn: IamStandIn | undefined;
afterAll(async () => {
  await standIn?.stop();
});

describeProviderConformance<Target>('aws', async () => {
  const iam = await IamStandIn.start();
  standIn = iam;
  const target: AwsTarget = awsTarget(iam);
  const provider = awsProvider(iam, target);
  return {
    provider: provider as unknown as Provider,
    target,
    grantFor: (requestId) => exportsGrant(target, requestId),
    // The next write succeeds, then the connection drops on every attempt of the one after (the SDK retries 3 times).
    failAfterFirstChange: () => iam.inject({ action: 'write', after: 1, times: 3, effect: { kind: 'reset' } }),
    preexisting: [teamRole(iam, target)],
  };
});

/**
 * The person already holds the same statements through a role of the team,
 * made by an administrator outside Grantbook's path. Read straight from the
 * stand-in's account: untouched by the grant, its revocation and the sweeps.
 */
function teamRole(iam: IamStandIn, target: AwsTarget): PreexistingAccess<Target> {
  const name = 'exports-readers';
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:user/alice' }, Action: 'sts:AssumeRole' }],
  });
  const statements = exportsGrant(target, 'x').grants as readonly AwsStatementSpec[];
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: statements.map((s) => ({ Effect: 'Allow', Action: s.actions, Resource: s.resources })) });
  return {
    name: 'a team role outside the path, trusted by the person, with the same statements',
    async arrange(requestId) {
      iam.roles.set(name, {
        name,
        path: '/teams/',
        id: 'AROATEAMROLE0000001',
        created: new Date().toISOString(),
        trust,
        description: undefined,
        maxSessionDuration: 3600,
        boundary: undefined,
        tags: new Map([['team', 'payments']]),
        policies: new Map([[GRANT_POLICY, policy]]),
        attached: new Set(),
        hiddenFor: 0,
      });
      return exportsGrant(target, requestId);
    },
    intact: async () => {
      const role = iam.roles.get(name);
      return (
        role !== undefined &&
        role.path === '/teams/' &&
        role.trust === trust &&
        role.policies.size === 1 &&
        role.policies.get(GRANT_POLICY) === policy &&
        role.tags.get('team') === 'payments'
      );
    },
    cleanup: async () => {
      iam.roles.delete(name);
    },
  };
}
