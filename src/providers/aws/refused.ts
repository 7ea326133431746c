/**
 * Actions no profile can allow and no request can hold, whatever the
 * profile says: each can escalate beyond the grant (write a policy, a role,
 * a trust, a key policy; run code as another role) or escape the account's
 * control (leave the organization, change account settings). A requested
 * action is refused when it equals one of these or its wildcard could expand
 * to one (`s3:Put*` covers `s3:PutBucketPolicy`). The list is a floor, not
 * the fence: a profile allow-lists what it means to give, and anything it
 * does not name is refused too. docs/aws.md shows this list.
 */
export interface RefusedAction {
  /** `service:Action`, or `service:*` for the whole service; matched case-insensitively. */
  readonly action: string;
  readonly why: string;
}

const whole = (service: string, why: string): RefusedAction => ({ action: `${service}:*`, why });
const each = (actions: readonly string[], why: string): RefusedAction[] => actions.map((action) => ({ action, why }));

export const ALWAYS_REFUSED: readonly RefusedAction[] = [
  whole('iam', 'identities, policies, roles and trust: every write escalates, reads map the account for it'),
  whole('sts', 'new sessions: assume other roles, federation tokens'),
  whole('organizations', 'leave the organization, move accounts, change service control policies'),
  whole('account', 'account settings, contacts, regions'),
  whole('sso', 'permission sets and assignments (IAM Identity Center)'),
  whole('sso-directory', 'Identity Center users and groups'),
  whole('identitystore', 'Identity Center users and groups'),
  whole('cognito-identity', 'credentials from identity pools'),
  whole('ram', 'share resources with other accounts'),
  whole('access-analyzer', 'archive rules that hide findings'),
  whole('cloudtrail', 'stop, delete or redirect the audit trail'),
  whole('config', 'stop the configuration recorder'),
  whole('guardduty', 'disable threat detection, suppress findings'),
  whole('securityhub', 'disable or suppress findings'),
  whole('billing', 'payment and billing settings'),
  whole('aws-portal', 'payment and billing settings'),
  ...each(
    ['kms:PutKeyPolicy', 'kms:CreateGrant', 'kms:CreateKey', 'kms:ScheduleKeyDeletion', 'kms:DisableKey', 'kms:ReplicateKey'],
    'key policy and grant writes, key destruction',
  ),
  ...each(
    [
      's3:PutBucketPolicy',
      's3:DeleteBucketPolicy',
      's3:PutBucketAcl',
      's3:PutObjectAcl',
      's3:PutObjectVersionAcl',
      's3:PutAccessPointPolicy',
      's3:PutMultiRegionAccessPointPolicy',
      's3:PutBucketOwnershipControls',
      's3:PutBucketPublicAccessBlock',
      's3:PutAccountPublicAccessBlock',
      's3:PutReplicationConfiguration',
      's3:PutBucketObjectLockConfiguration',
      's3:BypassGovernanceRetention',
    ],
    'bucket and object policy or ACL writes, public access and replication to elsewhere',
  ),
  ...each(
    [
      'lambda:AddPermission',
      'lambda:CreateFunctionUrlConfig',
      'lambda:UpdateFunctionUrlConfig',
      'lambda:UpdateFunctionCode',
      'lambda:UpdateFunctionConfiguration',
      'lambda:CreateFunction',
      'lambda:AddLayerVersionPermission',
    ],
    "resource policy writes, or code that runs as the function's role",
  ),
  ...each(['sqs:AddPermission', 'sqs:SetQueueAttributes', 'sns:AddPermission', 'sns:SetTopicAttributes'], 'queue and topic policy writes'),
  ...each(['secretsmanager:PutResourcePolicy', 'secretsmanager:DeleteResourcePolicy'], 'secret policy writes'),
  ...each(
    [
      'ecr:SetRepositoryPolicy',
      'ecr:PutRegistryPolicy',
      'glacier:SetVaultAccessPolicy',
      'logs:PutResourcePolicy',
      'events:PutPermission',
      'backup:PutBackupVaultAccessPolicy',
      'es:UpdateDomainConfig',
      'apigateway:UpdateRestApiPolicy',
      'dynamodb:PutResourcePolicy',
    ],
    'resource policy writes',
  ),
  ...each(
    [
      'ssm:SendCommand',
      'ssm:StartSession',
      'ssm:StartAutomationExecution',
      'ec2-instance-connect:SendSSHPublicKey',
      'ec2:RunInstances',
      'ec2:ModifyInstanceAttribute',
      'ec2:AssociateIamInstanceProfile',
      'ec2:ReplaceIamInstanceProfileAssociation',
    ],
    'commands on instances, which run with their instance role',
  ),
  ...each(
    [
      'codebuild:StartBuild',
      'codebuild:UpdateProject',
      'glue:UpdateDevEndpoint',
      'glue:CreateDevEndpoint',
      'cloudformation:CreateStack',
      'cloudformation:UpdateStack',
      'cloudformation:CreateChangeSet',
      'cloudformation:ExecuteChangeSet',
      'datapipeline:PutPipelineDefinition',
      'sagemaker:CreatePresignedNotebookInstanceUrl',
      'ecs:RunTask',
      'ecs:RegisterTaskDefinition',
    ],
    "work that runs as a service's role",
  ),
  ...each(
    ['ec2:ModifySnapshotAttribute', 'ec2:ModifyImageAttribute', 'rds:ModifyDBSnapshotAttribute', 'rds:ModifyDBClusterSnapshotAttribute'],
    'copies of data shared with other accounts',
  ),
];
