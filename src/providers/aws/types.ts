/** AWS partitions Grantbook knows the IAM signing region of. */
export const AWS_PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'] as const;
export type AwsPartition = (typeof AWS_PARTITIONS)[number];

/**
 * An AWS account as a target. Settings come from policies/targets.yaml;
 * the credentials never do: `credentialsEnv` names the prefix of the
 * environment variables holding them (`<prefix>_ACCESS_KEY_ID`,
 * `<prefix>_SECRET_ACCESS_KEY`, `<prefix>_SESSION_TOKEN`; `AWS` is what
 * aws-actions/configure-aws-credentials sets).
 */
export interface AwsTarget {
  readonly name: string;
  readonly provider: 'aws';
  readonly description?: string;
  /** 12 digits. */
  readonly accountId: string;
  readonly partition: AwsPartition;
  readonly credentialsEnv: string;
  /** A managed policy ARN of this account set as every role's permissions boundary. */
  readonly permissionsBoundary?: string;
  /**
   * Accounts whose principals may be named in identities (people often live
   * in an identity account and assume roles in workload accounts). Always
   * includes the target's own account.
   */
  readonly principalAccounts: readonly string[];
  /** Role names nobody may be granted or name as their principal (the grantor's own role, break-glass roles). */
  readonly protectedRoles: readonly string[];
}

/**
 * One IAM statement of a request: actions and resource ARNs. Allow only:
 * Grantbook never writes a request's own Deny, NotAction or conditions; the
 * expiry condition is its own and goes on every statement.
 */
export interface AwsStatementSpec {
  readonly kind: 'iam';
  readonly actions: readonly string[];
  readonly resources: readonly string[];
}

/**
 * All grants of one request on one aws target, as the contract's
 * `TargetGrant` carries them. Specs arrive as the ledger or the policy
 * produced them; `checkAwsGrant` accepts only well-formed `iam` statements.
 */
export interface AwsTargetGrant {
  readonly requestId: string;
  readonly target: AwsTarget;
  /** The person's principal ARN (identities `aws:`). */
  readonly principal: string;
  readonly grants: readonly { readonly kind: string }[];
  /** RFC 3339 `Z` instant: the role's trust and every statement stop at it. */
  readonly expiresAt: string;
  readonly held?: readonly { readonly kind: string }[];
}
