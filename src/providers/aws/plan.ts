import type { Operation, Plan } from '../contract.js';
import { checkAwsGrant, type CheckedAwsGrant } from './check.js';
import {
  GRANT_POLICY,
  grantPolicy,
  INLINE_POLICY_LIMIT,
  MAX_SESSION_SECONDS,
  policySize,
  REVOKE_POLICY,
  REVOKE_TIME_PLACEHOLDER,
  revokeSessionsPolicy,
  roleDescription,
  roleTags,
  trustPolicy,
} from './documents.js';

import { ProviderError } from '../errors.js';
import type { AwsTarget, AwsTargetGrant } from './types.js';

/**
 * IAM calls as the PR shows them: `IAM <Action>` and the call's parameters,
 * documents as the exact strings sent. The provider makes these calls in
 * this order (a read-back repeated while IAM catches up is one step).
 */
const call = (action: string, body: Readonly<Record<string, string>>, why: string, readOnly = false): Operation => ({
  kind: 'http',
  text: `IAM ${action}`,
  body,
  why,
  ...(readOnly ? { readOnly: true } : {}),
});

/** `arn:<partition>:iam::<account>:role<path><name>`. */
export function roleArn(target: Pick<AwsTarget, 'partition' | 'accountId'>, g: Pick<CheckedAwsGrant, 'path' | 'roleName'>): string {
  return `arn:${target.partition}:iam::${target.accountId}:role${g.path}${g.roleName}`;
}

/** The CreateRole parameters, also what the read-back expects. */
export function createRoleInput(grant: AwsTargetGrant, g: CheckedAwsGrant): Record<string, string> {
  return {
    RoleName: g.roleName,
    Path: g.path,
    AssumeRolePolicyDocument: trustPolicy(g),
    MaxSessionDuration: String(MAX_SESSION_SECONDS),
    Description: roleDescription(grant.requestId, g.expiresAt),
    ...(grant.target.permissionsBoundary !== undefined ? { PermissionsBoundary: grant.target.permissionsBoundary } : {}),
    Tags: JSON.stringify(roleTags(grant.target, grant.requestId, g)),
  };
}

export function grantOperations(grant: AwsTargetGrant, g: CheckedAwsGrant): readonly Operation[] {
  const policy = grantPolicy(g);
  if (policySize(policy) > INLINE_POLICY_LIMIT) {
    throw new ProviderError(
      'E_AWS_POLICY_TOO_LARGE',
      grant.target.name,
      `request ${grant.requestId}: the inline policy would be ${policySize(policy)} characters (IAM allows ${INLINE_POLICY_LIMIT})`,
    );
  }
  const role = { RoleName: g.roleName };
  return [
    call(
      'CreateRole',
      createRoleInput(grant, g),
      "Creates the request's own role, tagged in the same call (no untagged moment): only the grantee may assume it, only before expires_at, for sessions of at most an hour. If it exists already (a re-run), its trust, session length and tags are set again instead.",
    ),
    call(
      'PutRolePolicy',
      { ...role, PolicyName: GRANT_POLICY, PolicyDocument: policy },
      "The request's statements, each allowed only before expires_at: AWS refuses them afterwards even if no revoke runs.",
    ),
    call('GetRole', role, 'Read-back: path, trust, session length, boundary and tags as planned (repeated while IAM catches up).', true),
    call('ListRolePolicies', role, 'Read-back: exactly one inline policy.', true),
    call('GetRolePolicy', { ...role, PolicyName: GRANT_POLICY }, 'Read-back: the policy as planned.', true),
    call('ListAttachedRolePolicies', role, 'Read-back: no managed policy attached.', true),
  ];
}

export function revokeOperations(g: CheckedAwsGrant): readonly Operation[] {
  const role = { RoleName: g.roleName };
  return [
    call('GetRole', role, "Finds the role and checks it is this request's (path and tags); none: nothing to revoke.", true),
    call(
      'PutRolePolicy',
      { ...role, PolicyName: REVOKE_POLICY, PolicyDocument: revokeSessionsPolicy(REVOKE_TIME_PLACEHOLDER) },
      'First ends live sessions: everything is denied to tokens issued before the revoke run (the time is filled in then).',
    ),
    call('ListRolePolicies', role, "Lists the role's inline policies.", true),
    call('DeleteRolePolicy', { ...role, PolicyName: GRANT_POLICY }, "Deletes the request's statements (and any other inline policy but the deny)."),
    call('ListAttachedRolePolicies', role, 'Lists managed policies attached to the role (Grantbook attaches none).', true),
    call('DetachRolePolicy', { ...role, PolicyArn: '{each attached policy}' }, 'Detaches each, so the role can be deleted.'),
    call('DeleteRolePolicy', { ...role, PolicyName: REVOKE_POLICY }, 'Deletes the deny last, right before the role.'),
    call('DeleteRole', role, 'Deletes the role.'),
    call('GetRole', role, 'Read-back until IAM answers NoSuchEntity.', true),
  ];
}

/** A session name from the principal's own name: CloudTrail then shows who assumed the role. */
export function sessionName(principal: string): string {
  const last = principal.split('/').at(-1) ?? '';
  const name = last.replace(/[^A-Za-z0-9+=,.@_-]/g, '').slice(0, 64);
  return name.length >= 2 ? name : 'grantbook';
}

export function planAws(grant: AwsTargetGrant): Plan {
  const g = checkAwsGrant(grant);
  // How the person uses the grant is the descriptor's `usage` (usage.ts), shown in its own section.
  return { grant: grantOperations(grant, g), revoke: revokeOperations(g) };
}
