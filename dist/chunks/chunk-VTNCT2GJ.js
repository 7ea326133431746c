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
  PATTERNS,
  matches,
  patternRegExp
} from "./chunk-VBI6FCSW.js";

// src/ledger/spec-check.ts
var installed;
function installSpecCatalog(catalog) {
  installed = catalog;
}
function specCatalog() {
  if (installed === void 0)
    throw new Error("no spec catalog is installed: the entry point must call installSpecCatalog before reading or writing the ledger");
  return installed;
}

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
function checkAwsGrant(grant2, purpose = "grant") {
  const target = grant2.target;
  const roleName = roleNameOf(grant2.requestId);
  if (roleName.length > MAX_ROLE_NAME) {
    throw new ProviderError("E_AWS_ROLE_NAME_TOO_LONG", "named", `role name would be ${roleName.length} characters (IAM allows ${MAX_ROLE_NAME})`);
  }
  if (!matches("name", target.name)) throw new ProviderError("E_PROVIDER_INVALID_GRANT", "named", "the target name is not a plain name");
  if (!matches("requestId", grant2.requestId)) throw new ProviderError("E_PROVIDER_INVALID_GRANT", target.name, "the request id is not a plain request id");
  const invalid = (what) => new ProviderError("E_PROVIDER_INVALID_GRANT", target.name, `request ${grant2.requestId}: ${what}`);
  if (!ACCOUNT.test(target.accountId)) throw invalid("the target account id is not 12 digits");
  if (target.permissionsBoundary !== void 0 && !boundaryOk(target.permissionsBoundary, target)) {
    throw invalid("the permissions boundary is not a managed policy ARN of the target's account and partition");
  }
  const statements = [];
  if (purpose === "grant") {
    if (parseInstant(grant2.expiresAt) === void 0) throw invalid("expires_at is not an RFC 3339 UTC instant");
    const principal = principalProblem(grant2.principal, target);
    if (principal !== void 0) throw invalid(`${principal.code}: the principal ${principal.message}`);
    if (grant2.grants.length === 0) throw invalid("no statement to grant");
    grant2.grants.forEach((spec, i) => {
      if (!isStatementSpec(spec)) throw invalid(`grant ${i} is not an IAM statement`);
      const [first] = statementProblems(spec, target);
      if (first !== void 0) throw invalid(`${first.code}: grant ${i} ${first.at} ${first.message}`);
      statements.push(spec);
    });
  }
  const ms = parseInstant(grant2.expiresAt);
  const until = ms === void 0 ? grant2.expiresAt : formatInstant(Math.floor(ms / 1e3) * 1e3);
  return { roleName, path: rolePathOf(target), principal: grant2.principal, statements, expiresAt: grant2.expiresAt, until };
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
var EXPIRY_CONDITION_KEY = "aws:CurrentTime";
var beforeExpiry = (expiresAt) => ({ DateLessThan: { [EXPIRY_CONDITION_KEY]: expiresAt } });
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
  let text2 = encodedOrPlain;
  try {
    if (!text2.trimStart().startsWith("{")) text2 = decodeURIComponent(text2);
    return canonical(JSON.parse(text2));
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
var call = (action, body2, why, readOnly = false) => ({
  kind: "http",
  text: `IAM ${action}`,
  body: body2,
  why,
  ...readOnly ? { readOnly: true } : {}
});
function roleArn(target, g) {
  return `arn:${target.partition}:iam::${target.accountId}:role${g.path}${g.roleName}`;
}
function createRoleInput(grant2, g) {
  return {
    RoleName: g.roleName,
    Path: g.path,
    AssumeRolePolicyDocument: trustPolicy(g),
    MaxSessionDuration: String(MAX_SESSION_SECONDS),
    Description: roleDescription(grant2.requestId, g.expiresAt),
    ...grant2.target.permissionsBoundary !== void 0 ? { PermissionsBoundary: grant2.target.permissionsBoundary } : {},
    Tags: JSON.stringify(roleTags(grant2.target, grant2.requestId, g))
  };
}
function grantOperations(grant2, g) {
  const policy = grantPolicy(g);
  if (policySize(policy) > INLINE_POLICY_LIMIT) {
    throw new ProviderError(
      "E_AWS_POLICY_TOO_LARGE",
      grant2.target.name,
      `request ${grant2.requestId}: the inline policy would be ${policySize(policy)} characters (IAM allows ${INLINE_POLICY_LIMIT})`
    );
  }
  const role = { RoleName: g.roleName };
  return [
    call(
      "CreateRole",
      createRoleInput(grant2, g),
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
function planAws(grant2) {
  const g = checkAwsGrant(grant2);
  return { grant: grantOperations(grant2, g), revoke: revokeOperations(g) };
}

// src/ledger/events.ts
var EVENT_VERSION = 2;
var EVENT_VERSIONS = [1, 2];
var GENESIS_PREV = "0".repeat(64);
var EVENT_TYPES = ["intent", "granted", "grant_refused", "revoke_failed", "revoked", "drift_found", "activity", "alert"];
var REVOKE_CAUSES = ["expired", "relinquished", "superseded", "drift", "limit"];
var DRIFT_KINDS = ["unrecorded", "lingering", "missing"];
var ACTIVITY_KINDS = ["baseline", "summary"];
var ACTIVITY_FLAGS = ["counters_reset", "baseline_partial", "shared_principal"];
var ACTIVITY_STATUSES = ["observed", "not_observable"];
var LIMIT_KINDS = ["rows_read", "writes"];
var ALERT_ACTIONS = ["alert", "revoke"];
var BACKSTOP_STATUSES = ["armed", "not_armed"];
var EMPTY_TIP = { seq: -1, hash: GENESIS_PREV, at: Number.NEGATIVE_INFINITY };

// src/ledger/canonical.ts
import { hash as digest } from "node:crypto";
function canonicalJson(value) {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("canonical JSON cannot hold a non-finite number");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => {
      if (item === void 0) throw new TypeError("canonical JSON cannot hold undefined in an array");
      return canonicalJson(item);
    }).join(",")}]`;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value;
    const members = [];
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member !== void 0) members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
    }
    return `{${members.join(",")}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}
function sha256Hex(text2) {
  return digest("sha256", text2, "hex");
}
var HASH_TRAILER_PREFIX = ',"hash":"';
var HASH_TRAILER_LENGTH = HASH_TRAILER_PREFIX.length + 64 + 2;
function sealLine(canonicalBody, hash) {
  return `${canonicalBody.slice(0, -1)}${HASH_TRAILER_PREFIX}${hash}"}`;
}
function lineBody(line) {
  return `${line.slice(0, line.length - HASH_TRAILER_LENGTH)}}`;
}

// src/ledger/validate-kit.ts
var Invalid = class extends Error {
  constructor(code, pointer, what) {
    super(`${pointer || "/"} ${what}`);
    this.code = code;
    this.pointer = pointer;
    this.what = what;
    this.name = "Invalid";
  }
  code;
  pointer;
  what;
};
function fail(pointer, what) {
  throw new Invalid("E_LEDGER_EVENT_INVALID", pointer, what);
}
function shape(...keys) {
  const names = keys.map((k) => k.endsWith("?") ? k.slice(0, -1) : k);
  for (let i = 1; i < names.length; i += 1) {
    if ((names[i - 1] ?? "") >= (names[i] ?? "")) throw new Error(`shape keys out of order at ${names[i]}`);
  }
  return { names, required: keys.map((k) => !k.endsWith("?")) };
}
function object(value, pointer) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(pointer, "is not an object");
  return value;
}
function checkKeys(obj, s, pointer, trailer) {
  let j = 0;
  let members = 0;
  let trailerSeen = false;
  for (const key in obj) {
    members += 1;
    if (trailerSeen) fail(pointer, `has a field after \`${trailer ?? ""}\`; it must be the last field`);
    if (key === trailer) {
      trailerSeen = true;
      continue;
    }
    j = (s.names[j] === key ? j : advance(obj, s, j, key, pointer)) + 1;
  }
  for (; j < s.names.length; j += 1) {
    if (s.required[j] === true) missing(obj, s.names[j] ?? "", pointer);
  }
  if (trailer !== void 0 && !trailerSeen) fail(`${pointer}/${trailer}`, "is missing");
  return members;
}
function advance(obj, s, j, key, pointer) {
  const previous = j > 0 ? s.names[j - 1] ?? "" : "";
  if (key <= previous) fail(pointer, "has fields out of canonical (sorted) order");
  let at2 = j;
  while (at2 < s.names.length && (s.names[at2] ?? "") < key) {
    if (s.required[at2] === true) missing(obj, s.names[at2] ?? "", pointer);
    at2 += 1;
  }
  if (s.names[at2] !== key) fail(pointer, "has a field the format does not define");
  return at2;
}
function missing(obj, name, pointer) {
  if (Object.hasOwn(obj, name)) fail(pointer, "has fields out of canonical (sorted) order");
  fail(`${pointer}/${name}`, "is missing");
}
var at = (base, field) => `${base}/${field}`;
function string(value, base, field, maxLength) {
  if (typeof value !== "string") fail(at(base, field), "is not a string");
  if (value.length === 0 || value.length > maxLength) fail(at(base, field), `is not 1..${maxLength} characters long`);
  return value;
}
var COMPILED = Object.fromEntries(Object.entries(PATTERNS).map(([name, source]) => [name, new RegExp(source)]));
function patterned(value, base, field, name) {
  if (typeof value !== "string" || !COMPILED[name].test(value)) fail(at(base, field), `does not match the ${name} pattern`);
  return value;
}
function regex(value, base, field, re, label) {
  if (typeof value !== "string" || !re.test(value)) fail(at(base, field), `is not ${label}`);
  return value;
}
var HEX_DIGIT = new Uint8Array(65536);
for (const digit of "0123456789abcdef") HEX_DIGIT[digit.charCodeAt(0)] = 1;
function hex(value, base, field, a, b = a) {
  if (typeof value !== "string" || value.length !== a && value.length !== b) fail(at(base, field), `is not ${a} lowercase hex digits`);
  for (let i = 0; i < value.length; i += 1) {
    if (HEX_DIGIT[value.charCodeAt(i)] !== 1) fail(at(base, field), `is not ${a} lowercase hex digits`);
  }
  return value;
}
function integer(value, base, field, min, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max || Object.is(value, -0)) {
    fail(at(base, field), `is not an integer in ${min}..${max}`);
  }
  return value;
}
function oneOf(value, base, field, allowed) {
  if (typeof value !== "string" || !allowed.includes(value)) {
    fail(at(base, field), `is not one of ${allowed.join(", ")}`);
  }
  return value;
}
function array(value, base, field, min, max) {
  if (!Array.isArray(value)) fail(at(base, field), "is not an array");
  if (value.length < min || value.length > max) fail(at(base, field), `does not have ${min}..${max} items`);
  return value;
}
function unique(items, base, field) {
  if (items.length > 16) {
    if (new Set(items).size !== items.length) fail(at(base, field), "has duplicate items");
    return;
  }
  for (let i = 1; i < items.length; i += 1) {
    for (let j = 0; j < i; j += 1) if (items[i] === items[j]) fail(at(base, field), "has duplicate items");
  }
}
var UNSAFE_TEXT = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF]|\uDB40[\uDC00-\uDC7F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function text(value, base, field, maxLength) {
  const s = string(value, base, field, maxLength);
  if (UNSAFE_TEXT.test(s)) fail(at(base, field), "contains a control, invisible or bidirectional character");
  return s;
}
function storableText(value, maxLength) {
  const global = new RegExp(UNSAFE_TEXT.source, "g");
  let s = value.replace(global, "?");
  if (s.length > maxLength) {
    let keep = maxLength - 1;
    if (/[\uD800-\uDBFF]/.test(s.charAt(keep - 1))) keep -= 1;
    s = `${s.slice(0, keep)}\u2026`;
  }
  return s.length === 0 ? "?" : s;
}

// src/ledger/instant-fast.ts
function instantMs(text2) {
  if (text2 === lastText) return lastValue;
  const value = parse(text2);
  lastText = text2;
  lastValue = value;
  return value;
}
var lastText = "";
var lastValue = void 0;
function parse(text2) {
  const n = text2.length;
  if (!(n === 20 || n >= 22 && n <= 24) || text2.charCodeAt(n - 1) !== 90) return parseInstant(text2);
  if (text2.charCodeAt(4) !== 45 || text2.charCodeAt(7) !== 45 || text2.charCodeAt(10) !== 84 || text2.charCodeAt(13) !== 58 || text2.charCodeAt(16) !== 58) {
    return void 0;
  }
  const y = digits(text2, 0, 4);
  const mo = digits(text2, 5, 2);
  const d = digits(text2, 8, 2);
  const h = digits(text2, 11, 2);
  const mi = digits(text2, 14, 2);
  const s = digits(text2, 17, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return void 0;
  if (y < 1e3) return parseInstant(text2);
  let millis = 0;
  if (n > 20) {
    if (text2.charCodeAt(19) !== 46) return void 0;
    const width = n - 21;
    const frac = digits(text2, 20, width);
    if (frac < 0) return void 0;
    millis = width === 1 ? frac * 100 : width === 2 ? frac * 10 : frac;
  }
  return fromFields(y, mo, d, h, mi, s, millis);
}
function fromFields(y, mo, d, h, mi, s, millis) {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return void 0;
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 6e4 + s * 1e3 + millis;
}
function instantMsBytes(b, start, end) {
  const n = end - start;
  if (!(n === 20 || n >= 22 && n <= 24) || b[end - 1] !== 90 || b[start + 4] !== 45 || b[start + 7] !== 45 || b[start + 10] !== 84 || b[start + 13] !== 58 || b[start + 16] !== 58) {
    return instantMs(b.toString("latin1", start, end));
  }
  const y = byteDigits(b, start, 4);
  const mo = byteDigits(b, start + 5, 2);
  const d = byteDigits(b, start + 8, 2);
  const h = byteDigits(b, start + 11, 2);
  const mi = byteDigits(b, start + 14, 2);
  const s = byteDigits(b, start + 17, 2);
  if (y < 1e3 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return instantMs(b.toString("latin1", start, end));
  let millis = 0;
  if (n > 20) {
    if (b[start + 19] !== 46) return void 0;
    const width = n - 21;
    const frac = byteDigits(b, start + 20, width);
    if (frac < 0) return void 0;
    millis = width === 1 ? frac * 100 : width === 2 ? frac * 10 : frac;
  }
  return fromFields(y, mo, d, h, mi, s, millis);
}
function byteDigits(b, start, count) {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const c = (b[i] ?? 0) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}
function digits(text2, start, count) {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const c = text2.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}
function daysInMonth(y, m) {
  if (m === 2) return y % 4 === 0 && y % 100 !== 0 || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
function daysFromCivil(y0, m, d) {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// src/ledger/validate-activity.ts
var ACTIVITY_LIMITS = {
  /** Baseline entries; past this a baseline keeps totals only (flag `baseline_partial`). */
  entries: 1e3,
  statements: 50,
  statementText: 500
};
var STATEMENT_ID = /^-?[0-9]{1,20}$/;
var COUNTERS = shape("calls", "rows", "time_ms");
var ENTRY = shape("calls", "id", "rows", "time_ms");
var STATEMENT = shape("calls", "rows", "text", "time_ms", "withheld?", "writes?");
var OTHERS = shape("calls", "rows", "statements", "time_ms");
function activityBody(e, principal, instant2, reasonCheck) {
  const kind = oneOf(e.kind, "", "kind", ACTIVITY_KINDS);
  patterned(e.target, "", "target", "name");
  oneOf(e.provider, "", "provider", specCatalog().ids);
  regex(e.principal, "", "principal", principal, "a principal name");
  const status = oneOf(e.status, "", "status", ACTIVITY_STATUSES);
  if (e.flags !== void 0) {
    const flags = array(e.flags, "", "flags", 1, ACTIVITY_FLAGS.length);
    for (let i = 0; i < flags.length; i += 1) oneOf(flags[i], "/flags", i, ACTIVITY_FLAGS);
    unique(flags, "", "flags");
  }
  if (status === "not_observable") {
    const members2 = reasonCheck(e.reason, "/reason");
    for (const field of ["since", "entries", "statements", "others", "totals", "flags"]) {
      if (e[field] !== void 0) fail(`/${field}`, "is present in a record that is not observable");
    }
    return members2;
  }
  if (e.reason !== void 0) fail("/reason", "is present in an observable record");
  let members = counters(e.totals, "/totals");
  if (kind === "baseline") {
    if (e.since !== void 0 || e.statements !== void 0 || e.others !== void 0) fail("", "has summary fields in a baseline");
    if (e.entries !== void 0) {
      const entries = array(e.entries, "", "entries", 0, ACTIVITY_LIMITS.entries);
      for (let i = 0; i < entries.length; i += 1) {
        const at2 = `/entries/${i}`;
        const entry = object(entries[i], at2);
        members += checkKeys(entry, ENTRY, at2);
        regex(entry.id, at2, "id", STATEMENT_ID, "a statement id");
        countersOf(entry, at2);
      }
    }
    return members;
  }
  if (e.entries !== void 0) fail("/entries", "is present in a summary");
  instant2(e.since, "", "since");
  const statements = array(e.statements, "", "statements", 0, ACTIVITY_LIMITS.statements);
  for (let i = 0; i < statements.length; i += 1) {
    const at2 = `/statements/${i}`;
    const s = object(statements[i], at2);
    members += checkKeys(s, STATEMENT, at2);
    text(s.text, at2, "text", ACTIVITY_LIMITS.statementText);
    if (s.withheld !== void 0 && s.withheld !== true) fail(`${at2}/withheld`, "is not true");
    if (s.writes !== void 0 && s.writes !== true) fail(`${at2}/writes`, "is not true");
    countersOf(s, at2);
  }
  const others = object(e.others, "/others");
  members += checkKeys(others, OTHERS, "/others");
  countersOf(others, "/others");
  integer(others.statements, "/others", "statements", 0);
  return members;
}
function alertBody(e, principal) {
  patterned(e.target, "", "target", "name");
  regex(e.principal, "", "principal", principal, "a principal name");
  oneOf(e.limit, "", "limit", LIMIT_KINDS);
  integer(e.observed, "", "observed", 0);
  integer(e.allowed, "", "allowed", 0);
  oneOf(e.action, "", "action", ALERT_ACTIONS);
}
function counters(value, pointer) {
  const c = object(value, pointer);
  const members = checkKeys(c, COUNTERS, pointer);
  countersOf(c, pointer);
  return members;
}
function countersOf(c, pointer) {
  integer(c.calls, pointer, "calls", 0);
  integer(c.rows, pointer, "rows", 0);
  integer(c.time_ms, pointer, "time_ms", 0);
}

// src/ledger/validate.ts
var LIMITS = {
  grants: 20,
  grantees: 20,
  approvers: 100,
  reasons: 50,
  columns: 200,
  reasonText: 1e3,
  message: 1e3,
  attempts: 1e3
};
var CODE = /^E_[A-Z0-9_]{1,64}$/;
var RUN_ID = /^[A-Za-z0-9._-]{1,64}$/;
var WORKFLOW_REF = /^[A-Za-z0-9._/@+-]{1,300}$/;
var PRINCIPAL2 = patternRegExp("principal");
var MAX_EXPIRY_TEXT = 64;
var COMMON = ["actor", "at", "prev", "request", "seq", "type", "v"];
var GRANT_BODY = [
  "approvers",
  "duration",
  "expires_at",
  "extends?",
  "grantees",
  "grants",
  "pr",
  "profile",
  "reason?",
  "request_blob",
  "requester",
  "ticket?"
];
var sorted = (keys) => shape(...[...keys].sort((a, b) => a.replace("?", "") < b.replace("?", "") ? -1 : 1));
var EVENT_SHAPES = {
  intent: sorted([...COMMON, ...GRANT_BODY]),
  granted: sorted([...COMMON, ...GRANT_BODY, "applied?", "granted_at"]),
  grant_refused: sorted([...COMMON, "reasons", "pr?"]),
  revoke_failed: sorted([...COMMON, "target", "reason", "attempts"]),
  revoked: sorted([...COMMON, "targets", "verified", "cause", "late_ms?"]),
  drift_found: sorted([...COMMON, "target", "principal?", "what"]),
  activity: sorted([
    ...COMMON,
    "entries?",
    "flags?",
    "kind",
    "others?",
    "principal",
    "provider",
    "reason?",
    "since?",
    "statements?",
    "status",
    "target",
    "totals?"
  ]),
  alert: sorted([...COMMON, "action", "allowed", "limit", "observed", "principal", "target"])
};
var ACTOR = shape("run_id", "sha", "workflow");
var PULL = shape("head_sha", "merge_sha", "number");
var PERSON = shape("id", "login");
var APPROVER = shape("commit_id", "id", "login", "review_id");
var GRANT = shape("already_held?", "principal", "provider", "spec", "target");
var REASON = shape("code", "message");
var APPLIED = shape("backstop?", "object?", "target");
var BACKSTOP = shape("by", "reason?", "status", "until");
var APPLIED_NAME = /^[A-Za-z0-9_.:/@+=,$-]{1,1024}$/;
var BACKSTOP_REASON = /^[a-z][a-z0-9_]{0,63}$/;
function checkEvent(value, mode) {
  const e = object(value, "");
  if (!EVENT_VERSIONS.includes(e.v)) throw new Invalid("E_LEDGER_VERSION", "/v", `is not ${EVENT_VERSIONS.join(" or ")}`);
  const type = oneOf(e.type, "", "type", EVENT_TYPES);
  let members = checkKeys(e, EVENT_SHAPES[type], "", "hash");
  integer(e.seq, "", "seq", 0);
  instant(e.at, "", "at");
  patterned(e.request, "", "request", "requestId");
  members += actor(e.actor);
  hex(e.prev, "", "prev", 64);
  if (typeof e.hash !== "string" || e.hash.length !== 64) fail("/hash", "is not 64 lowercase hex digits");
  return members + body(e, type, mode);
}
function body(e, type, mode) {
  switch (type) {
    case "intent":
    case "granted":
      return grantBody(e, mode);
    case "grant_refused": {
      let members = 0;
      const reasons = array(e.reasons, "", "reasons", 1, LIMITS.reasons);
      for (let i = 0; i < reasons.length; i += 1) members += reason(reasons[i], `/reasons/${i}`);
      if (e.pr !== void 0) members += pull(e.pr, "/pr");
      return members;
    }
    case "revoke_failed": {
      patterned(e.target, "", "target", "name");
      const members = reason(e.reason, "/reason");
      integer(e.attempts, "", "attempts", 1, LIMITS.attempts);
      return members;
    }
    case "revoked": {
      const targets = array(e.targets, "", "targets", 1, LIMITS.grants);
      for (let i = 0; i < targets.length; i += 1) patterned(targets[i], "/targets", i, "name");
      unique(targets, "", "targets");
      if (e.verified !== true) fail("/verified", "is not true");
      oneOf(e.cause, "", "cause", REVOKE_CAUSES);
      if (e.late_ms !== void 0) integer(e.late_ms, "", "late_ms", 0);
      return 0;
    }
    case "drift_found":
      patterned(e.target, "", "target", "name");
      if (e.principal !== void 0) anyPrincipal(e.principal, "");
      oneOf(e.what, "", "what", DRIFT_KINDS);
      return 0;
    case "activity":
      return activityBody(e, PRINCIPAL2, instant, reason);
    case "alert":
      alertBody(e, PRINCIPAL2);
      return 0;
  }
}
var pointers = (name, max) => Array.from({ length: max }, (_, i) => `/${name}/${i}`);
var GRANTEE_AT = pointers("grantees", LIMITS.grantees);
var APPROVER_AT = pointers("approvers", LIMITS.approvers);
var GRANT_AT = pointers("grants", LIMITS.grants);
var GRANT_SPEC_AT = GRANT_AT.map((p) => `${p}/spec`);
function grantBody(e, mode) {
  let members = pull(e.pr, "/pr");
  members += person(e.requester, "/requester");
  const grantees = array(e.grantees, "", "grantees", 1, LIMITS.grantees);
  for (let i = 0; i < grantees.length; i += 1) members += person(grantees[i], GRANTEE_AT[i] ?? `/grantees/${i}`);
  const approvers = array(e.approvers, "", "approvers", 1, LIMITS.approvers);
  for (let i = 0; i < approvers.length; i += 1) members += approver(approvers[i], APPROVER_AT[i] ?? `/approvers/${i}`);
  patterned(e.profile, "", "profile", "name");
  hex(e.request_blob, "", "request_blob", 40, 64);
  const grants = array(e.grants, "", "grants", 1, LIMITS.grants);
  for (let i = 0; i < grants.length; i += 1) members += grant(grants[i], GRANT_AT[i] ?? `/grants/${i}`, GRANT_SPEC_AT[i]);
  patterned(e.duration, "", "duration", "duration");
  if (e.ticket !== void 0) patterned(e.ticket, "", "ticket", "ticket");
  if (e.reason !== void 0) text(e.reason, "", "reason", LIMITS.reasonText);
  if (e.extends !== void 0) patterned(e.extends, "", "extends", "requestId");
  if (e.applied !== void 0) members += applied(e.applied, grants);
  const start = e.type === "granted" ? instant(e.granted_at, "", "granted_at") : void 0;
  const expiresText = text(e.expires_at, "", "expires_at", MAX_EXPIRY_TEXT);
  if (mode === "write") {
    const expires = instant(expiresText, "", "expires_at");
    if (start !== void 0 && expires <= start) fail("/expires_at", "is not after granted_at");
  }
  return members;
}
function instant(value, base, field) {
  const parsed = typeof value === "string" ? instantMs(value) : void 0;
  if (parsed === void 0) fail(`${base}/${field}`, "is not an RFC 3339 UTC instant (YYYY-MM-DDTHH:MM:SSZ)");
  return parsed;
}
function actor(value) {
  const a = object(value, "/actor");
  const members = checkKeys(a, ACTOR, "/actor");
  regex(a.run_id, "/actor", "run_id", RUN_ID, "a workflow run id");
  hex(a.sha, "/actor", "sha", 40, 64);
  regex(a.workflow, "/actor", "workflow", WORKFLOW_REF, "a workflow reference");
  return members;
}
function pull(value, pointer) {
  const p = object(value, pointer);
  const members = checkKeys(p, PULL, pointer);
  hex(p.head_sha, pointer, "head_sha", 40, 64);
  hex(p.merge_sha, pointer, "merge_sha", 40, 64);
  integer(p.number, pointer, "number", 1);
  return members;
}
function person(value, pointer) {
  const p = object(value, pointer);
  const members = checkKeys(p, PERSON, pointer);
  integer(p.id, pointer, "id", 1);
  patterned(p.login, pointer, "login", "login");
  return members;
}
function approver(value, pointer) {
  const p = object(value, pointer);
  const members = checkKeys(p, APPROVER, pointer);
  hex(p.commit_id, pointer, "commit_id", 40, 64);
  integer(p.id, pointer, "id", 1);
  patterned(p.login, pointer, "login", "login");
  integer(p.review_id, pointer, "review_id", 1);
  return members;
}
function reason(value, pointer) {
  const r = object(value, pointer);
  const members = checkKeys(r, REASON, pointer);
  regex(r.code, pointer, "code", CODE, "an error code (E_...)");
  text(r.message, pointer, "message", LIMITS.message);
  return members;
}
function applied(value, grants) {
  const list = array(value, "", "applied", 1, LIMITS.grants);
  const targets = new Set(grants.map((g) => g.target));
  let members = 0;
  for (let i = 0; i < list.length; i += 1) {
    const pointer = `/applied/${i}`;
    const a = object(list[i], pointer);
    members += checkKeys(a, APPLIED, pointer);
    const target = patterned(a.target, pointer, "target", "name");
    if (!targets.has(target)) fail(`${pointer}/target`, "is not a target of the grants");
    if (a.object !== void 0) regex(a.object, pointer, "object", APPLIED_NAME, "a provider object name");
    if (a.backstop !== void 0) members += backstop(a.backstop, `${pointer}/backstop`);
  }
  unique(
    list.map((a) => a.target),
    "",
    "applied"
  );
  return members;
}
function isRecordableBackstop(value) {
  try {
    backstop(JSON.parse(canonicalJson(value)), "/backstop");
    return true;
  } catch (error) {
    if (error instanceof Invalid) return false;
    throw error;
  }
}
function backstop(value, pointer) {
  const b = object(value, pointer);
  const members = checkKeys(b, BACKSTOP, pointer);
  const status = oneOf(b.status, pointer, "status", BACKSTOP_STATUSES);
  regex(b.by, pointer, "by", APPLIED_NAME, "a provider object name");
  instant(b.until, pointer, "until");
  if (status === "not_armed") regex(b.reason, pointer, "reason", BACKSTOP_REASON, "a lowercase token");
  else if (b.reason !== void 0) fail(`${pointer}/reason`, "is present although the backstop is armed");
  return members;
}
function anyPrincipal(value, pointer) {
  const specs = specCatalog();
  const formats = specs.ids.flatMap((id) => specs.principalPattern?.(id) ?? []);
  if (typeof value === "string" && (PRINCIPAL2.test(value) || formats.some((f) => matches(f, value)))) return;
  fail(`${pointer}/principal`, "is not a principal name");
}
var catalogKinds = /* @__PURE__ */ new WeakMap();
function allKinds(specs) {
  let kinds = catalogKinds.get(specs);
  if (kinds === void 0) {
    kinds = [...new Set(specs.ids.flatMap((id) => specs.kinds(id) ?? []))];
    catalogKinds.set(specs, kinds);
  }
  return kinds;
}
function grant(value, pointer, specPointer) {
  const g = object(value, pointer);
  const members = checkKeys(g, GRANT, pointer);
  if (g.already_held !== void 0 && g.already_held !== true) fail(`${pointer}/already_held`, "is not true");
  const specs = specCatalog();
  const provider = oneOf(g.provider, pointer, "provider", specs.ids);
  const format = specs.principalPattern?.(provider);
  if (format === void 0) regex(g.principal, pointer, "principal", PRINCIPAL2, "a principal name");
  else patterned(g.principal, pointer, "principal", format);
  patterned(g.target, pointer, "target", "name");
  const at2 = specPointer ?? `${pointer}/spec`;
  const s = object(g.spec, at2);
  const kind = oneOf(s.kind, at2, "kind", allKinds(specs));
  const validation = specs.spec(provider);
  if (!(specs.kinds(provider) ?? []).includes(kind) || validation === void 0) fail(`${at2}/kind`, "does not belong to the provider");
  return members + validation.validate(s, kind, at2, SPEC_KIT);
}
var SPEC_KIT = {
  fail,
  checkKeys: (obj, keys, pointer) => checkKeys(obj, shapeOf(keys), pointer),
  patterned,
  oneOf,
  array,
  unique,
  integer,
  string
};
var shapesByList = /* @__PURE__ */ new WeakMap();
var shapesByNames = /* @__PURE__ */ new Map();
function shapeOf(keys) {
  let found = shapesByList.get(keys);
  if (found !== void 0) return found;
  const names = keys.join("\0");
  found = shapesByNames.get(names);
  if (found === void 0) {
    found = shape(...keys);
    if (shapesByNames.size < 1e3) shapesByNames.set(names, found);
  }
  shapesByList.set(keys, found);
  return found;
}

// src/providers/applied.ts
function appliedTargets(grants, reported, registry) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const g of grants) {
    const target = g.target.name;
    if (seen.has(target)) continue;
    seen.add(target);
    const object2 = objectOf(g, registry);
    const backstop2 = reported.get(target)?.backstop;
    const entry = {
      target,
      ...object2 !== void 0 && APPLIED_NAME.test(object2) ? { object: object2 } : {},
      ...backstop2 !== void 0 && isRecordableBackstop(backstop2) ? { backstop: backstop2 } : {}
    };
    if (entry.object !== void 0 || entry.backstop !== void 0) out.push(entry);
  }
  return out;
}
function objectOf(g, registry) {
  try {
    return registry.descriptor(g.target.provider)?.usage?.object(g);
  } catch {
    return void 0;
  }
}
function plannedUsage(grant2, registry) {
  const usage = registry.descriptor(grant2.target.provider)?.usage;
  if (usage === void 0) return void 0;
  const steps = usage.steps({
    target: grant2.target.name,
    principal: grant2.principal,
    object: usage.object(grant2),
    expiresAt: grant2.expiresAt,
    grants: grant2.grants
  });
  return steps.length > 0 ? steps : void 0;
}
function recordedUses(event, registry) {
  const out = [];
  for (const a of event.applied ?? []) {
    const parts = event.grants.filter((g) => g.target === a.target);
    const first = parts[0];
    if (first === void 0) continue;
    const descriptor = registry.descriptor(first.provider);
    const steps = a.object !== void 0 && descriptor?.usage !== void 0 ? descriptor.usage.steps({
      target: a.target,
      principal: first.principal,
      object: a.object,
      expiresAt: event.expires_at,
      grants: parts.map((p) => p.spec)
    }) : [];
    const backstop2 = a.backstop === void 0 ? void 0 : descriptor?.describeBackstop?.(a.backstop) ?? neutralBackstop(a.backstop);
    out.push({ target: a.target, provider: first.provider, principal: first.principal, steps, ...backstop2 !== void 0 ? { backstop: backstop2 } : {} });
  }
  return out;
}
function neutralBackstop(b) {
  return b.status === "armed" ? `armed (${b.by} at ${b.until})` : `not armed (${b.reason ?? "no reason recorded"}): access ends at the first revoke run after ${b.until}`;
}

// src/providers/aws/types.ts
var AWS_PARTITIONS = ["aws", "aws-cn", "aws-us-gov"];

// src/providers/aws/usage.ts
var ROLE_ARN = new RegExp(`^arn:(?:${AWS_PARTITIONS.join("|")}):iam::[0-9]{12}:role/(?:[A-Za-z0-9+=.@_-]+/)*([A-Za-z0-9+=.@_-]{1,64})$`, "u");
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
  object: (grant2) => roleArn(grant2.target, { path: rolePathOf(grant2.target), roleName: roleNameOf(grant2.requestId) }),
  steps: (use) => assumeSteps(use.object, use.principal, use.expiresAt)
};
function iamBackstop(until) {
  return { status: "armed", by: EXPIRY_CONDITION_KEY, until };
}
function describeAwsBackstop(b) {
  return b.status === "armed" ? `armed: IAM condition ${b.by} < ${b.until} on the role's trust policy and every statement` : neutralBackstop(b);
}

export {
  installSpecCatalog,
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
  AWS_PARTITIONS,
  EVENT_VERSION,
  GENESIS_PREV,
  EMPTY_TIP,
  canonicalJson,
  sha256Hex,
  HASH_TRAILER_PREFIX,
  HASH_TRAILER_LENGTH,
  sealLine,
  lineBody,
  instantMs,
  instantMsBytes,
  Invalid,
  fail,
  shape,
  object,
  checkKeys,
  patterned,
  hex,
  integer,
  oneOf,
  array,
  unique,
  storableText,
  ACTIVITY_LIMITS,
  LIMITS,
  checkEvent,
  appliedTargets,
  plannedUsage,
  recordedUses,
  awsUsage,
  iamBackstop,
  describeAwsBackstop
};
