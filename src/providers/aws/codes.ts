import type { CodeInfo } from '../../shared/codes/code-info.js';

/** Stable codes of the aws provider. Never rename or reuse one. */
export const AWS_CODES = {
  E_AWS_ACTION_INVALID: {
    summary: 'An IAM action is not `service:Action` (letters and digits, at most one `*`, at the end of the action name).',
    fix: 'Write each action as IAM spells it, e.g. `s3:GetObject` or `dynamodb:Describe*`; a bare `*` or a wildcard in the service is never accepted.',
  },
  E_AWS_ACTION_REFUSED: {
    summary: 'An IAM action can escalate or escape (iam:*, sts:*, organizations:*, account:*, policy and role writes, key policy writes...), or its wildcard covers one.',
    fix: 'These are never granted (docs/aws.md, "Always refused"). Name the exact actions needed; a wildcard such as `s3:Put*` covers `s3:PutBucketPolicy` and is refused for that reason.',
  },
  E_AWS_ARN_INVALID: {
    summary: 'A resource ARN is malformed or holds characters Grantbook never writes into a policy (`$`, `?`, quotes, spaces, braces, control characters).',
    fix: 'Write the full ARN, `arn:<partition>:<service>:<region>:<account>:<resource>`, without policy variables; `*` only in the resource part, or `*` alone where the profile allows it.',
  },
  E_AWS_ARN_OTHER_ACCOUNT: {
    summary: "A resource ARN names another account than the target's, or a wildcard account.",
    fix: 'A grant on an aws target only reaches that account: declare a target for the other account and request it there.',
  },
  E_AWS_ARN_OTHER_PARTITION: {
    summary: "An ARN names another partition than the target's (`aws`, `aws-cn`, `aws-us-gov`).",
    fix: "Use the target's partition in every ARN, or declare a target in the other partition.",
  },
  E_AWS_PRINCIPAL_INVALID: {
    summary: "The person's AWS principal is not an IAM user, role or assumed-role ARN of an allowed account in the target's partition, or is an account root, a wildcard or a protected role.",
    fix: "Set the person's `aws` identity to their own user or role ARN, e.g. `arn:aws:iam::111122223333:user/alice`, in an account listed in the target's `principal_accounts`.",
  },
  E_AWS_ROLE_NAME_TOO_LONG: {
    summary: "The per-request role name `grantbook-<request id>` would exceed IAM's 64-character limit.",
    fix: 'Use a request id (file name) of at most 54 characters.',
  },
  E_AWS_NAME_INVALID: {
    summary: 'A request id, target name, account id or expiry reached the aws provider outside its strict pattern.',
    fix: 'This is a bug: names are validated before planning. Report it with the request id.',
  },
  E_AWS_ROLE_FOREIGN: {
    summary: 'A role with the name Grantbook would use exists outside its path or tagged for another request or target.',
    fix: 'Grantbook never adopts or deletes a role it did not make. Rename or delete that role, or use another request id.',
  },
  E_AWS_ROLE_REVOKING: {
    summary: "The request's role carries the session-revocation deny: its revocation has started, so it is not granted again.",
    fix: 'Let the revoke run finish (it retries every run), then file a new request.',
  },
  E_AWS_POLICY_TOO_LARGE: {
    summary: "The request's statements exceed IAM's 10,240-character limit for a role's inline policies.",
    fix: 'Ask for fewer actions or resources, or use wildcards the profile allows (`s3:Get*`, `arn:aws:s3:::exports/2026/*`).',
  },
  E_AWS_NOT_CONSISTENT: {
    summary: 'IAM did not show a change within the bounded wait for its eventual consistency.',
    fix: 'Re-run: apply and revoke converge. If it persists, check the IAM service health and the grantor\'s permissions.',
  },
  E_AWS_CALL_FAILED: {
    summary: 'An IAM call failed after the SDK\'s retries (access denied, a limit, an outage).',
    fix: "Read the IAM error code in the message: AccessDenied means the grantor's policy lacks the action (docs/aws.md, \"The grantor\"); LimitExceeded means the account's role quota is reached.",
  },
} as const satisfies Record<string, CodeInfo>;

export type AwsCode = keyof typeof AWS_CODES;
