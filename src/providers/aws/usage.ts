import type { RecordedBackstop } from '../../ledger/events.js';
import type { GrantUse, UsageCapability, UsageStep } from '../descriptor.js';
import { roleNameOf, rolePathOf } from './check.js';
import { neutralBackstop } from '../applied.js';
import { EXPIRY_CONDITION_KEY, MAX_SESSION_SECONDS } from './documents.js';
import { roleArn, sessionName } from './plan.js';
import { AWS_PARTITIONS, type AwsStatementSpec, type AwsTarget, type AwsTargetGrant } from './types.js';

/**
 * How the person uses an AWS grant: assume the request's role, by the CLI
 * or through a profile. The role ARN is what apply records (`applied[].object`),
 * so `audit show` says it from the ledger alone. The session length asked
 * for is the role's MaxSessionDuration, the one the provider sets.
 */

/** A request role's ARN as this provider names it (documents.ts, check.ts). */
const ROLE_ARN = new RegExp(`^arn:(?:${AWS_PARTITIONS.join('|')}):iam::[0-9]{12}:role/(?:[A-Za-z0-9+=.@_-]+/)*([A-Za-z0-9+=.@_-]{1,64})$`, 'u');

function assumeSteps(arn: string, principal: string, expiresAt: string): readonly UsageStep[] {
  const name = ROLE_ARN.exec(arn)?.[1];
  if (name === undefined) return [];
  const session = sessionName(principal);
  return [
    {
      say: `Assume the role as ${principal} (until ${expiresAt}; a session lasts at most ${MAX_SESSION_SECONDS / 60} minutes, then assume it again):`,
      code: [`aws sts assume-role --role-arn ${arn} --role-session-name ${session} --duration-seconds ${MAX_SESSION_SECONDS}`],
    },
    {
      say: `Or add this profile to ~/.aws/config and pass --profile ${name}; source_profile names the profile holding your own credentials (on an instance or in a container, credential_source in its place):`,
      code: [
        `[profile ${name}]`,
        `role_arn = ${arn}`,
        'source_profile = default',
        '; credential_source = Environment | Ec2InstanceMetadata | EcsContainer  (in place of source_profile)',
        `role_session_name = ${session}`,
        `duration_seconds = ${MAX_SESSION_SECONDS}`,
      ],
    },
  ];
}

export const awsUsage: UsageCapability<AwsTarget, AwsStatementSpec> = {
  object: (grant: AwsTargetGrant) => roleArn(grant.target, { path: rolePathOf(grant.target), roleName: roleNameOf(grant.requestId) }),
  steps: (use: GrantUse<AwsStatementSpec>) => assumeSteps(use.object, use.principal, use.expiresAt),
};

/** What the grant records: IAM refuses the role and its statements from `until` on, whatever runs or not. */
export function iamBackstop(until: string): RecordedBackstop {
  return { status: 'armed', by: EXPIRY_CONDITION_KEY, until };
}

export function describeAwsBackstop(b: RecordedBackstop): string {
  return b.status === 'armed' ? `armed: IAM condition ${b.by} < ${b.until} on the role's trust policy and every statement` : neutralBackstop(b);
}
