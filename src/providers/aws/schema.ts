import type { JsonSchema } from '../../shared/provider-shapes.js';
import { PATTERNS } from '../../shared/patterns.js';
import { AWS_PARTITIONS } from './types.js';

/** targets.yaml: one AWS account, reached with credentials from the environment. */
export const AWS_TARGET_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['provider', 'account_id', 'credentials_env'],
  properties: {
    provider: { type: 'string', enum: ['aws'] },
    description: { $ref: '#/$defs/description' },
    account_id: { $ref: '#/$defs/awsAccountId' },
    partition: { type: 'string', enum: [...AWS_PARTITIONS], description: 'Default aws.' },
    credentials_env: {
      $ref: '#/$defs/envName',
      description:
        "Prefix of the environment variables holding the grantor's credentials: <prefix>_ACCESS_KEY_ID, <prefix>_SECRET_ACCESS_KEY and <prefix>_SESSION_TOKEN (AWS: what aws-actions/configure-aws-credentials sets).",
    },
    permissions_boundary: {
      type: 'string',
      maxLength: 2048,
      pattern: '^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]{1,512}$',
      description: "A managed policy of this account set as every request role's permissions boundary.",
    },
    principal_accounts: {
      type: 'array',
      maxItems: 50,
      uniqueItems: true,
      items: { $ref: '#/$defs/awsAccountId' },
      description: "Other accounts whose principals identities may name (an identity account); the target's own always may.",
    },
    protected_roles: {
      type: 'array',
      maxItems: 100,
      uniqueItems: true,
      items: { type: 'string', maxLength: 64, pattern: '^[A-Za-z0-9+=,.@_-]{1,64}$' },
      description: 'Role names nobody may name as their principal (the grantor, break-glass roles).',
    },
  },
} as const satisfies JsonSchema;

const STATEMENT = {
  type: 'object',
  description: 'An IAM statement: actions on resources, allowed until the grant expires.',
  additionalProperties: false,
  required: ['actions', 'resources'],
  properties: {
    actions: { type: 'array', minItems: 1, maxItems: 100, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 200 } },
    resources: { type: 'array', minItems: 1, maxItems: 100, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 2048 } },
  },
} as const satisfies JsonSchema;

export const IAM_GRANT_SCHEMA = {
  type: 'object',
  description: "IAM statements on an AWS account, through a role of the request's own.",
  additionalProperties: false,
  required: ['target', 'iam'],
  properties: { target: { $ref: '#/$defs/name' }, iam: { $ref: '#/$defs/iamStatement' } },
} as const satisfies JsonSchema;

export const IAM_SPEC_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['iam'],
  properties: { iam: { $ref: '#/$defs/iamStatement' } },
} as const satisfies JsonSchema;

/** A profile's rule for an aws target: statements a request's statement must fall inside, one of them whole. */
export const AWS_ALLOW_KEYS = {
  statements: { type: 'array', minItems: 1, maxItems: 50, items: { $ref: '#/$defs/iamStatement' } },
} as const satisfies { readonly [key: string]: JsonSchema };

const ACCOUNT_ID = { type: 'string', maxLength: 12, pattern: PATTERNS.awsAccountId } as const satisfies JsonSchema;

export const AWS_IDENTITY_SCHEMA = {
  type: 'string',
  maxLength: 512,
  pattern: PATTERNS.awsPrincipal,
  description: 'AWS principal ARN (IAM user, role, or assumed-role session) used on every aws target unless overridden.',
} as const satisfies JsonSchema;

export const AWS_DEFS = {
  request: { iamStatement: STATEMENT },
  profile: { iamStatement: STATEMENT },
  targets: { awsAccountId: ACCOUNT_ID },
} as const;
