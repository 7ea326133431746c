import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  formatInstant,
  parseInstant
} from "./chunk-VIPNLK4T.js";
import {
  ProviderError
} from "./chunk-F3R5FBMV.js";
import {
  matches
} from "./chunk-VBI6FCSW.js";

// src/providers/aws/glob.ts
var same = (s) => s;
var lower = (s) => s.toLowerCase();
function reachesBothEnds(a, b, step) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [[0, 0]];
  const width = b.length + 1;
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    const [i, j] = next;
    const key = i * width + j;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === a.length && j === b.length) return true;
    for (const [di, dj] of step(a[i], b[j])) stack.push([i + di, j + dj]);
  }
  return false;
}
var meetStep = (ca, cb) => {
  const out = [];
  if (ca === "*") out.push([1, 0]);
  if (cb === "*") out.push([0, 1]);
  if (ca === void 0 || cb === void 0) return out;
  if (ca !== "*" && cb !== "*" && ca === cb) out.push([1, 1]);
  else if (ca !== "*" && cb === "*") out.push([1, 0]);
  else if (ca === "*" && cb !== "*") out.push([0, 1]);
  return out;
};
var coverStep = (co, cn) => {
  if (co === "*")
    return cn !== void 0 ? [
      [1, 0],
      [0, 1]
    ] : [[1, 0]];
  return co !== void 0 && cn !== void 0 && cn !== "*" && co === cn ? [[1, 1]] : [];
};
function globsMeet(a, b, caseInsensitive = false) {
  const fold = caseInsensitive ? lower : same;
  return reachesBothEnds(fold(a), fold(b), meetStep);
}
function globCovers(outer, inner, caseInsensitive = false) {
  const fold = caseInsensitive ? lower : same;
  return reachesBothEnds(fold(outer), fold(inner), coverStep);
}

// src/providers/aws/refused.ts
var whole = (service, why) => ({ action: `${service}:*`, why });
var each = (actions, why) => actions.map((action) => ({ action, why }));
var ALWAYS_REFUSED = [
  whole("iam", "identities, policies, roles and trust: every write escalates, reads map the account for it"),
  whole("sts", "new sessions: assume other roles, federation tokens"),
  whole("organizations", "leave the organization, move accounts, change service control policies"),
  whole("account", "account settings, contacts, regions"),
  whole("sso", "permission sets and assignments (IAM Identity Center)"),
  whole("sso-directory", "Identity Center users and groups"),
  whole("identitystore", "Identity Center users and groups"),
  whole("cognito-identity", "credentials from identity pools"),
  whole("ram", "share resources with other accounts"),
  whole("access-analyzer", "archive rules that hide findings"),
  whole("cloudtrail", "stop, delete or redirect the audit trail"),
  whole("config", "stop the configuration recorder"),
  whole("guardduty", "disable threat detection, suppress findings"),
  whole("securityhub", "disable or suppress findings"),
  whole("billing", "payment and billing settings"),
  whole("aws-portal", "payment and billing settings"),
  ...each(
    ["kms:PutKeyPolicy", "kms:CreateGrant", "kms:CreateKey", "kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:ReplicateKey"],
    "key policy and grant writes, key destruction"
  ),
  ...each(
    [
      "s3:PutBucketPolicy",
      "s3:DeleteBucketPolicy",
      "s3:PutBucketAcl",
      "s3:PutObjectAcl",
      "s3:PutObjectVersionAcl",
      "s3:PutAccessPointPolicy",
      "s3:PutMultiRegionAccessPointPolicy",
      "s3:PutBucketOwnershipControls",
      "s3:PutBucketPublicAccessBlock",
      "s3:PutAccountPublicAccessBlock",
      "s3:PutReplicationConfiguration",
      "s3:PutBucketObjectLockConfiguration",
      "s3:BypassGovernanceRetention"
    ],
    "bucket and object policy or ACL writes, public access and replication to elsewhere"
  ),
  ...each(
    [
      "lambda:AddPermission",
      "lambda:CreateFunctionUrlConfig",
      "lambda:UpdateFunctionUrlConfig",
      "lambda:UpdateFunctionCode",
      "lambda:UpdateFunctionConfiguration",
      "lambda:CreateFunction",
      "lambda:AddLayerVersionPermission"
    ],
    "resource policy writes, or code that runs as the function's role"
  ),
  ...each(["sqs:AddPermission", "sqs:SetQueueAttributes", "sns:AddPermission", "sns:SetTopicAttributes"], "queue and topic policy writes"),
  ...each(["secretsmanager:PutResourcePolicy", "secretsmanager:DeleteResourcePolicy"], "secret policy writes"),
  ...each(
    [
      "ecr:SetRepositoryPolicy",
      "ecr:PutRegistryPolicy",
      "glacier:SetVaultAccessPolicy",
      "logs:PutResourcePolicy",
      "events:PutPermission",
      "backup:PutBackupVaultAccessPolicy",
      "es:UpdateDomainConfig",
      "apigateway:UpdateRestApiPolicy",
      "dynamodb:PutResourcePolicy"
    ],
    "resource policy writes"
  ),
  ...each(
    [
      "ssm:SendCommand",
      "ssm:StartSession",
      "ssm:StartAutomationExecution",
      "ec2-instance-connect:SendSSHPublicKey",
      "ec2:RunInstances",
      "ec2:ModifyInstanceAttribute",
      "ec2:AssociateIamInstanceProfile",
      "ec2:ReplaceIamInstanceProfileAssociation"
    ],
    "commands on instances, which run with their instance role"
  ),
  ...each(
    [
      "codebuild:StartBuild",
      "codebuild:UpdateProject",
      "glue:UpdateDevEndpoint",
      "glue:CreateDevEndpoint",
      "cloudformation:CreateStack",
      "cloudformation:UpdateStack",
      "cloudformation:CreateChangeSet",
      "cloudformation:ExecuteChangeSet",
      "datapipeline:PutPipelineDefinition",
      "sagemaker:CreatePresignedNotebookInstanceUrl",
      "ecs:RunTask",
      "ecs:RegisterTaskDefinition"
    ],
    "work that runs as a service's role"
  ),
  ...each(
    ["ec2:ModifySnapshotAttribute", "ec2:ModifyImageAttribute", "rds:ModifyDBSnapshotAttribute", "rds:ModifyDBClusterSnapshotAttribute"],
    "copies of data shared with other accounts"
  )
];

// src/providers/aws/check.ts
var ACTION = /^[a-z0-9-]{1,64}:(?:[A-Za-z0-9]{1,128}\*?|\*)$/;
var ARN_FORBIDDEN = /[^\x21-\x7e]|[$?"'\\{}<>`]/;
var SERVICE = /^[a-z0-9-]{1,64}$/;
var REGION = /^(?:[a-z0-9-]{0,32}|\*)$/;
var ACCOUNT = /^[0-9]{12}$/;
var IAM_NAME = "[A-Za-z0-9+=.@_-]";
var PRINCIPAL = new RegExp(`^arn:([a-z-]+):iam::([0-9]{12}):(user|role)((?:/${IAM_NAME}{1,64})*)/(${IAM_NAME}{1,64})$`);
var SESSION_PRINCIPAL = new RegExp(`^arn:([a-z-]+):sts::([0-9]{12}):assumed-role/(${IAM_NAME}{1,64})/(${IAM_NAME}{2,64})$`);
var MAX_ARN_LENGTH = 2048;
var MAX_ACTIONS = 100;
var MAX_RESOURCES = 100;
var ROLE_PREFIX = "grantbook-";
var MAX_ROLE_NAME = 64;
function refusedBy(action) {
  return ALWAYS_REFUSED.filter((r) => globsMeet(action, r.action, true));
}
function actionProblem(action) {
  if (!ACTION.test(action)) {
    return { code: "E_POLICY_AWS_ACTION_INVALID", message: "is not `service:Action` with at most one `*` at the end of the action name" };
  }
  const [first] = refusedBy(action);
  if (first !== void 0) {
    const which = first.action.toLowerCase() === action.toLowerCase() ? "is" : `covers ${first.action}, which is`;
    return { code: "E_POLICY_AWS_ACTION_REFUSED", message: `${which} always refused (${first.why})` };
  }
  return void 0;
}
function splitArn(arn) {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return void 0;
  const [, partition = "", service = "", region = "", account = ""] = parts;
  return { partition, service, region, account, resource: parts.slice(5).join(":") };
}
function resourceProblem(resource, target) {
  if (resource === "*") return void 0;
  if (resource.length > MAX_ARN_LENGTH || ARN_FORBIDDEN.test(resource)) {
    return { code: "E_POLICY_AWS_ARN_INVALID", message: "holds characters never written into a policy, or is too long" };
  }
  const arn = splitArn(resource);
  if (arn === void 0) return { code: "E_POLICY_AWS_ARN_INVALID", message: "is not `arn:<partition>:<service>:<region>:<account>:<resource>`" };
  if (arn.partition !== target.partition) {
    return { code: "E_POLICY_AWS_ARN_OTHER_PARTITION", message: `is not in the target's partition ${target.partition}` };
  }
  if (!SERVICE.test(arn.service) || !REGION.test(arn.region) || arn.resource === "") {
    return { code: "E_POLICY_AWS_ARN_INVALID", message: "has a malformed service, region or resource part" };
  }
  if (arn.account !== "" && arn.account !== target.accountId) {
    const wildcard = arn.account.includes("*") ? "a wildcard account" : ACCOUNT.test(arn.account) ? "another account" : "an account that is not 12 digits";
    return { code: "E_POLICY_AWS_ARN_OTHER_ACCOUNT", message: `names ${wildcard}, not the target's ${target.accountId}` };
  }
  return void 0;
}
function statementProblems(spec, target) {
  const problems = [];
  if (spec.actions.length === 0 || spec.actions.length > MAX_ACTIONS) {
    problems.push({ at: "actions", code: "E_POLICY_AWS_ACTION_INVALID", message: `must hold 1 to ${MAX_ACTIONS} actions` });
  }
  if (spec.resources.length === 0 || spec.resources.length > MAX_RESOURCES) {
    problems.push({ at: "resources", code: "E_POLICY_AWS_ARN_INVALID", message: `must hold 1 to ${MAX_RESOURCES} resources` });
  }
  spec.actions.forEach((a, i) => {
    const p = actionProblem(a);
    if (p !== void 0) problems.push({ at: `actions/${i}`, ...p });
  });
  spec.resources.forEach((r, i) => {
    const p = resourceProblem(r, target);
    if (p !== void 0) problems.push({ at: `resources/${i}`, ...p });
  });
  return problems;
}
function principalProblem(principal, target) {
  const user = PRINCIPAL.exec(principal);
  const session = user === null ? SESSION_PRINCIPAL.exec(principal) : null;
  const m = user ?? session;
  if (m === null || principal.length > 512) {
    return { code: "E_POLICY_PRINCIPAL_PROTECTED", message: "is not an IAM user, role or assumed-role session ARN (an account root or a wildcard never is)" };
  }
  const partition = m[1] ?? "";
  const account = m[2] ?? "";
  if (partition !== target.partition) return { code: "E_POLICY_PRINCIPAL_PROTECTED", message: `is not in the target's partition ${target.partition}` };
  if (account !== target.accountId && !target.principalAccounts.includes(account)) {
    return { code: "E_POLICY_PRINCIPAL_PROTECTED", message: "is in an account the target's principal_accounts does not list" };
  }
  const role = user !== null ? user[3] === "role" ? user[5] : void 0 : session?.[3];
  if (role !== void 0 && (role.startsWith(ROLE_PREFIX) || target.protectedRoles.includes(role))) {
    return { code: "E_POLICY_PRINCIPAL_PROTECTED", message: "is a protected role or a role of this tool" };
  }
  return void 0;
}
function roleNameOf(requestId) {
  return `${ROLE_PREFIX}${requestId}`;
}
function rolePathOf(target) {
  return `/grantbook/${target.name}/`;
}
var BOUNDARY = /^arn:([a-z-]+):iam::([0-9]{12}):policy\/[A-Za-z0-9+=,.@_/-]{1,512}$/;
function boundaryOk(arn, target) {
  const m = BOUNDARY.exec(arn);
  return m !== null && m[1] === target.partition && m[2] === target.accountId;
}
function isStatementSpec(spec) {
  const s = spec;
  return spec.kind === "iam" && Array.isArray(s.actions) && s.actions.every((a) => typeof a === "string") && Array.isArray(s.resources) && s.resources.every((r) => typeof r === "string");
}
function checkAwsGrant(grant, purpose = "grant") {
  const target = grant.target;
  const roleName = roleNameOf(grant.requestId);
  if (roleName.length > MAX_ROLE_NAME) {
    throw new ProviderError("E_AWS_ROLE_NAME_TOO_LONG", "named", `role name would be ${roleName.length} characters (IAM allows ${MAX_ROLE_NAME})`);
  }
  if (!matches("name", target.name)) throw new ProviderError("E_PROVIDER_INVALID_GRANT", "named", "the target name is not a plain name");
  if (!matches("requestId", grant.requestId)) throw new ProviderError("E_PROVIDER_INVALID_GRANT", target.name, "the request id is not a plain request id");
  const invalid = (what) => new ProviderError("E_PROVIDER_INVALID_GRANT", target.name, `request ${grant.requestId}: ${what}`);
  if (!ACCOUNT.test(target.accountId)) throw invalid("the target account id is not 12 digits");
  if (target.permissionsBoundary !== void 0 && !boundaryOk(target.permissionsBoundary, target)) {
    throw invalid("the permissions boundary is not a managed policy ARN of the target's account and partition");
  }
  const statements = [];
  if (purpose === "grant") {
    if (parseInstant(grant.expiresAt) === void 0) throw invalid("expires_at is not an RFC 3339 UTC instant");
    const principal = principalProblem(grant.principal, target);
    if (principal !== void 0) throw invalid(`${principal.code}: the principal ${principal.message}`);
    if (grant.grants.length === 0) throw invalid("no statement to grant");
    grant.grants.forEach((spec, i) => {
      if (!isStatementSpec(spec)) throw invalid(`grant ${i} is not an IAM statement`);
      const [first] = statementProblems(spec, target);
      if (first !== void 0) throw invalid(`${first.code}: grant ${i} ${first.at} ${first.message}`);
      statements.push(spec);
    });
  }
  const ms = parseInstant(grant.expiresAt);
  const until = ms === void 0 ? grant.expiresAt : formatInstant(Math.floor(ms / 1e3) * 1e3);
  return { roleName, path: rolePathOf(target), principal: grant.principal, statements, expiresAt: grant.expiresAt, until };
}

// src/providers/aws/documents.ts
var GRANT_POLICY = "grantbook-grant";
var REVOKE_POLICY = "AWSRevokeOlderSessions";
var MAX_SESSION_SECONDS = 3600;
var INLINE_POLICY_LIMIT = 10240;
var TAG_KEYS = {
  request: "grantbook:request",
  target: "grantbook:target",
  expiresAt: "grantbook:expires-at",
  principal: "grantbook:principal"
};
var VERSION = "2012-10-17";
var beforeExpiry = (expiresAt) => ({ DateLessThan: { "aws:CurrentTime": expiresAt } });
function trustPolicy(g) {
  return JSON.stringify({
    Version: VERSION,
    Statement: [
      {
        Sid: "GrantbookAssumeUntilExpiry",
        Effect: "Allow",
        Principal: { AWS: g.principal },
        Action: "sts:AssumeRole",
        Condition: beforeExpiry(g.until)
      }
    ]
  });
}
function grantPolicy(g) {
  return JSON.stringify({
    Version: VERSION,
    Statement: g.statements.map((s, i) => ({
      Sid: `Grant${i + 1}`,
      Effect: "Allow",
      Action: [...s.actions],
      Resource: [...s.resources],
      Condition: beforeExpiry(g.until)
    }))
  });
}
function revokeSessionsPolicy(before) {
  return JSON.stringify({
    Version: VERSION,
    Statement: [{ Effect: "Deny", Action: ["*"], Resource: ["*"], Condition: { DateLessThan: { "aws:TokenIssueTime": before } } }]
  });
}
var REVOKE_TIME_PLACEHOLDER = "{revoke_time}";
function roleTags(target, requestId, g) {
  return [
    { Key: TAG_KEYS.request, Value: requestId },
    { Key: TAG_KEYS.target, Value: target.name },
    { Key: TAG_KEYS.expiresAt, Value: g.expiresAt },
    { Key: TAG_KEYS.principal, Value: g.principal }
  ];
}
function roleDescription(requestId, expiresAt) {
  return `Grantbook request ${requestId}, until ${expiresAt}`;
}
function policySize(doc) {
  return doc.replace(/\s/g, "").length;
}
function canonicalDocument(encodedOrPlain) {
  if (encodedOrPlain === void 0) return void 0;
  let text = encodedOrPlain;
  try {
    if (!text.trimStart().startsWith("{")) text = decodeURIComponent(text);
    return canonical(JSON.parse(text));
  } catch {
    return void 0;
  }
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// src/providers/aws/plan.ts
var call = (action, body, why, readOnly = false) => ({
  kind: "http",
  text: `IAM ${action}`,
  body,
  why,
  ...readOnly ? { readOnly: true } : {}
});
function roleArn(target, g) {
  return `arn:${target.partition}:iam::${target.accountId}:role${g.path}${g.roleName}`;
}
function createRoleInput(grant, g) {
  return {
    RoleName: g.roleName,
    Path: g.path,
    AssumeRolePolicyDocument: trustPolicy(g),
    MaxSessionDuration: String(MAX_SESSION_SECONDS),
    Description: roleDescription(grant.requestId, g.expiresAt),
    ...grant.target.permissionsBoundary !== void 0 ? { PermissionsBoundary: grant.target.permissionsBoundary } : {},
    Tags: JSON.stringify(roleTags(grant.target, grant.requestId, g))
  };
}
function grantOperations(grant, g) {
  const policy = grantPolicy(g);
  if (policySize(policy) > INLINE_POLICY_LIMIT) {
    throw new ProviderError(
      "E_AWS_POLICY_TOO_LARGE",
      grant.target.name,
      `request ${grant.requestId}: the inline policy would be ${policySize(policy)} characters (IAM allows ${INLINE_POLICY_LIMIT})`
    );
  }
  const role = { RoleName: g.roleName };
  return [
    call(
      "CreateRole",
      createRoleInput(grant, g),
      "Creates the request's own role, tagged in the same call (no untagged moment): only the grantee may assume it, only before expires_at, for sessions of at most an hour. If it exists already (a re-run), its trust, session length and tags are set again instead."
    ),
    call(
      "PutRolePolicy",
      { ...role, PolicyName: GRANT_POLICY, PolicyDocument: policy },
      "The request's statements, each allowed only before expires_at: AWS refuses them afterwards even if no revoke runs."
    ),
    call("GetRole", role, "Read-back: path, trust, session length, boundary and tags as planned (repeated while IAM catches up).", true),
    call("ListRolePolicies", role, "Read-back: exactly one inline policy.", true),
    call("GetRolePolicy", { ...role, PolicyName: GRANT_POLICY }, "Read-back: the policy as planned.", true),
    call("ListAttachedRolePolicies", role, "Read-back: no managed policy attached.", true)
  ];
}
function revokeOperations(g) {
  const role = { RoleName: g.roleName };
  return [
    call("GetRole", role, "Finds the role and checks it is this request's (path and tags); none: nothing to revoke.", true),
    call(
      "PutRolePolicy",
      { ...role, PolicyName: REVOKE_POLICY, PolicyDocument: revokeSessionsPolicy(REVOKE_TIME_PLACEHOLDER) },
      "First ends live sessions: everything is denied to tokens issued before the revoke run (the time is filled in then)."
    ),
    call("ListRolePolicies", role, "Lists the role's inline policies.", true),
    call("DeleteRolePolicy", { ...role, PolicyName: GRANT_POLICY }, "Deletes the request's statements (and any other inline policy but the deny)."),
    call("ListAttachedRolePolicies", role, "Lists managed policies attached to the role (Grantbook attaches none).", true),
    call("DetachRolePolicy", { ...role, PolicyArn: "{each attached policy}" }, "Detaches each, so the role can be deleted."),
    call("DeleteRolePolicy", { ...role, PolicyName: REVOKE_POLICY }, "Deletes the deny last, right before the role."),
    call("DeleteRole", role, "Deletes the role."),
    call("GetRole", role, "Read-back until IAM answers NoSuchEntity.", true)
  ];
}
function sessionName(principal) {
  const last = principal.split("/").at(-1) ?? "";
  const name = last.replace(/[^A-Za-z0-9+=,.@_-]/g, "").slice(0, 64);
  return name.length >= 2 ? name : "grantbook";
}
function planAws(grant) {
  const g = checkAwsGrant(grant);
  return { grant: grantOperations(grant, g), revoke: revokeOperations(g) };
}

// src/providers/aws/usage.ts
var ROLE_ARN = /^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:role\/(?:[A-Za-z0-9+=.@_-]+\/)*([A-Za-z0-9+=.@_-]{1,64})$/u;
var EXPIRY_CONDITION_KEY = "aws:CurrentTime";
function assumeSteps(arn, principal, expiresAt) {
  const name = ROLE_ARN.exec(arn)?.[1];
  if (name === void 0) return [];
  const session = sessionName(principal);
  return [
    {
      say: `Assume the role as ${principal} (until ${expiresAt}; a session lasts at most ${MAX_SESSION_SECONDS / 60} minutes, then assume it again):`,
      code: [`aws sts assume-role --role-arn ${arn} --role-session-name ${session} --duration-seconds ${MAX_SESSION_SECONDS}`]
    },
    {
      say: `Or add this profile to ~/.aws/config and pass --profile ${name}; source_profile names the profile holding your own credentials (on an instance or in a container, credential_source in its place):`,
      code: [
        `[profile ${name}]`,
        `role_arn = ${arn}`,
        "source_profile = default",
        "; credential_source = Environment | Ec2InstanceMetadata | EcsContainer  (in place of source_profile)",
        `role_session_name = ${session}`,
        `duration_seconds = ${MAX_SESSION_SECONDS}`
      ]
    }
  ];
}
var awsUsage = {
  object: (grant) => roleArn(grant.target, { path: rolePathOf(grant.target), roleName: roleNameOf(grant.requestId) }),
  steps: (use) => assumeSteps(use.object, use.principal, use.expiresAt)
};
function iamBackstop(until) {
  return { status: "armed", by: EXPIRY_CONDITION_KEY, until };
}
function describeAwsBackstop(b) {
  return b.status === "armed" ? `armed: IAM condition ${b.by} < ${b.until} on the role's trust policy and every statement` : `not armed (${b.reason ?? "no reason recorded"}): access ends at the first revoke run after ${b.until}`;
}

export {
  globCovers,
  ROLE_PREFIX,
  actionProblem,
  resourceProblem,
  statementProblems,
  principalProblem,
  rolePathOf,
  checkAwsGrant,
  GRANT_POLICY,
  REVOKE_POLICY,
  MAX_SESSION_SECONDS,
  TAG_KEYS,
  trustPolicy,
  grantPolicy,
  revokeSessionsPolicy,
  roleTags,
  roleDescription,
  canonicalDocument,
  planAws,
  awsUsage,
  iamBackstop,
  describeAwsBackstop
};
