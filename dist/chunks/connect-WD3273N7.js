import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  GRANT_POLICY,
  MAX_SESSION_SECONDS,
  REVOKE_POLICY,
  ROLE_PREFIX,
  TAG_KEYS,
  canonicalDocument,
  checkAwsGrant,
  grantPolicy,
  iamBackstop,
  planAws,
  revokeSessionsPolicy,
  roleDescription,
  rolePathOf,
  roleTags,
  trustPolicy
} from "./chunk-VTNCT2GJ.js";
import {
  parseInstant
} from "./chunk-VIPNLK4T.js";
import {
  ProviderError,
  RevokeNotVerified
} from "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import {
  matches
} from "./chunk-VBI6FCSW.js";
import {
  IamCallError
} from "./chunk-QPRLXCAH.js";
import "./chunk-GOSKQMZY.js";

// src/providers/aws/managed.ts
function managedGrantOf(target, name, tags) {
  if (!name.startsWith(ROLE_PREFIX)) return void 0;
  const requestId = name.slice(ROLE_PREFIX.length);
  if (!matches("requestId", requestId)) return void 0;
  const tag = (key) => tags.find((t) => t.Key === key)?.Value;
  const expiresAt = tag(TAG_KEYS.expiresAt);
  const principal = tag(TAG_KEYS.principal);
  if (tag(TAG_KEYS.request) !== requestId || tag(TAG_KEYS.target) !== target || expiresAt === void 0 || parseInstant(expiresAt) === void 0) {
    return { target, requestId };
  }
  return principal === void 0 ? { target, requestId, expiresAt } : { target, requestId, principal, expiresAt };
}
function trustedPrincipal(encoded) {
  if (encoded === void 0) return void 0;
  try {
    const doc = JSON.parse(encoded.trimStart().startsWith("{") ? encoded : decodeURIComponent(encoded));
    const statements = Array.isArray(doc.Statement) ? doc.Statement : [];
    const named = statements.flatMap((st) => {
      const aws = st.Principal?.AWS;
      return typeof aws === "string" ? [aws] : Array.isArray(aws) ? aws : [];
    });
    const [only] = named;
    return named.length === 1 && typeof only === "string" && /^arn:[a-z-]+:(?:iam|sts)::[0-9]{12}:[A-Za-z0-9+=.@_/-]{1,512}$/.test(only) ? only : void 0;
  } catch {
    return void 0;
  }
}
async function listManagedRoles(api, target) {
  const path = rolePathOf(target);
  const roles = await api.listRoles(path);
  const found = [];
  for (const role of roles.filter((r) => r.path === path)) {
    const tags = await api.listRoleTags(role.name);
    if (tags === void 0) continue;
    const grant = managedGrantOf(target.name, role.name, tags);
    if (grant === void 0) continue;
    if (grant.principal !== void 0) {
      found.push(grant);
      continue;
    }
    const trusted = trustedPrincipal((await api.getRole(role.name))?.trust);
    found.push(trusted === void 0 ? grant : { ...grant, principal: trusted });
  }
  return found.sort((a, b) => a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0);
}

// src/providers/aws/readback.ts
async function readRole(api, name) {
  const role = await api.getRole(name);
  if (role === void 0) return void 0;
  const names = await api.listRolePolicies(name);
  if (names === void 0) return void 0;
  const policies = /* @__PURE__ */ new Map();
  for (const policy of names) {
    const doc = await api.getRolePolicy(name, policy);
    if (doc !== void 0) policies.set(policy, doc);
  }
  const attached = await api.listAttachedRolePolicies(name);
  if (attached === void 0) return void 0;
  return {
    path: role.path,
    trust: role.trust,
    maxSessionDuration: role.maxSessionDuration,
    boundary: role.boundary,
    tags: role.tags,
    policies,
    attached
  };
}

// src/providers/aws/provider.ts
var IAM_REGION = { aws: "us-east-1", "aws-cn": "cn-north-1", "aws-us-gov": "us-gov-west-1" };
var DEFAULT_CONSISTENCY = { attempts: 8, firstDelayMs: 250, maxDelayMs: 4e3 };
function createAwsProvider(target, options) {
  const wait = options.consistency ?? DEFAULT_CONSISTENCY;
  const absentReads = options.absentReads ?? 3;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  let port;
  const iam = () => {
    port ??= import("./sdk-GYORH33D.js").then(
      ({ createSdkIam }) => createSdkIam({
        region: IAM_REGION[target.partition],
        credentials: options.credentials,
        ...options.endpoint !== void 0 ? { endpoint: options.endpoint } : {},
        ...options.maxAttempts !== void 0 ? { maxAttempts: options.maxAttempts } : {}
      })
    );
    return port;
  };
  const delay = (attempt) => Math.min(wait.maxDelayMs, wait.firstDelayMs * 2 ** attempt);
  async function whileInvisible(what, step) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await step();
      } catch (error) {
        if (!(error instanceof IamCallError && error.code === "NoSuchEntity")) throw callFailed(error);
        if (attempt + 1 >= wait.attempts)
          throw new ProviderError("E_AWS_NOT_CONSISTENT", target.name, `${what}: IAM still answers NoSuchEntity after ${wait.attempts} attempts`);
        await sleep(delay(attempt));
      }
    }
  }
  const callFailed = (error) => error instanceof IamCallError ? new ProviderError("E_AWS_CALL_FAILED", target.name, error.message) : error;
  async function calling(step) {
    try {
      return await step();
    } catch (error) {
      throw callFailed(error);
    }
  }
  async function visible(api, g) {
    return whileInvisible(`role ${g.roleName}`, async () => {
      const role = await api.getRole(g.roleName);
      if (role === void 0) throw new IamCallError("GetRole", "NoSuchEntity");
      return role;
    });
  }
  function assertOurs(grant2, g, state) {
    const tag = (key) => state.tags.find((t) => t.Key === key)?.Value;
    const request = tag("grantbook:request");
    const named = tag("grantbook:target");
    if (state.path !== g.path || request !== void 0 && request !== grant2.requestId || named !== void 0 && named !== target.name) {
      throw new ProviderError("E_AWS_ROLE_FOREIGN", target.name, `role ${g.roleName} exists outside ${g.path} or is tagged for another request or target`);
    }
  }
  async function grant(grant2) {
    planAws(grant2);
    const g = checkAwsGrant(grant2);
    const api = await iam();
    const created = await calling(
      () => api.createRole({
        RoleName: g.roleName,
        Path: g.path,
        AssumeRolePolicyDocument: trustPolicy(g),
        MaxSessionDuration: MAX_SESSION_SECONDS,
        Description: roleDescription(grant2.requestId, g.expiresAt),
        ...target.permissionsBoundary !== void 0 ? { PermissionsBoundary: target.permissionsBoundary } : {},
        Tags: roleTags(target, grant2.requestId, g)
      })
    );
    if (created === "exists") {
      const role = await visible(api, g);
      assertOurs(grant2, g, role);
      const policies = await whileInvisible(`policies of ${g.roleName}`, async () => await api.listRolePolicies(g.roleName) ?? missing("ListRolePolicies"));
      if (policies.includes(REVOKE_POLICY)) {
        throw new ProviderError("E_AWS_ROLE_REVOKING", target.name, `role ${g.roleName} carries ${REVOKE_POLICY}: its revocation has started`);
      }
      await whileInvisible("UpdateAssumeRolePolicy", () => api.updateAssumeRolePolicy(g.roleName, trustPolicy(g)));
      await whileInvisible("UpdateRole", () => api.updateRole(g.roleName, MAX_SESSION_SECONDS, roleDescription(grant2.requestId, g.expiresAt)));
      await whileInvisible("TagRole", () => api.tagRole(g.roleName, roleTags(target, grant2.requestId, g)));
      const boundary = target.permissionsBoundary;
      if (boundary !== void 0 && role.boundary !== boundary) {
        await whileInvisible("PutRolePermissionsBoundary", () => api.putRolePermissionsBoundary(g.roleName, boundary));
      }
    }
    await whileInvisible("PutRolePolicy", () => api.putRolePolicy(g.roleName, GRANT_POLICY, grantPolicy(g)));
    let state;
    let last;
    for (let attempt = 0; attempt < wait.attempts; attempt++) {
      if (attempt > 0) await sleep(delay(attempt - 1));
      state = await calling(() => readRole(api, g.roleName));
      last = judge(grant2, g, state);
      if (last.present) return { backstop: iamBackstop(g.until) };
    }
    const code = state === void 0 ? "E_AWS_NOT_CONSISTENT" : "E_PROVIDER_GRANT_NOT_VERIFIED";
    throw new ProviderError(code, target.name, `grant of request ${grant2.requestId} did not read back as planned`, last?.details ?? []);
  }
  function judge(grant2, g, state) {
    if (state === void 0) return { present: false, absent: true, details: [`role ${g.roleName} does not exist`] };
    const expected = expectedState(grant2, g);
    const wrong = differences(state, expected);
    return { present: wrong.length === 0, absent: false, details: wrong.length === 0 ? [`role ${g.roleName} as planned`] : wrong };
  }
  function expectedState(grant2, g) {
    return {
      path: g.path,
      trust: trustPolicy(g),
      maxSessionDuration: MAX_SESSION_SECONDS,
      boundary: target.permissionsBoundary,
      tags: roleTags(target, grant2.requestId, g),
      policies: /* @__PURE__ */ new Map([[GRANT_POLICY, grantPolicy(g)]]),
      attached: []
    };
  }
  async function revoke(grant2) {
    const g = checkAwsGrant(grant2, "revoke");
    const api = await iam();
    const role = await calling(() => confirmRole(api, g));
    if (role === void 0) return;
    assertOurs(grant2, g, role);
    const problems = [];
    const attempt = async (what, step) => {
      try {
        await whileInvisible(what, step);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    };
    const before = new Date(Math.ceil((now() + 1) / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
    await calling(() => api.putRolePolicy(g.roleName, REVOKE_POLICY, revokeSessionsPolicy(before)));
    const policies = await calling(() => api.listRolePolicies(g.roleName)) ?? [];
    for (const name of policies.filter((p) => p !== REVOKE_POLICY)) await attempt(`DeleteRolePolicy ${name}`, () => api.deleteRolePolicy(g.roleName, name));
    const attached = await calling(() => api.listAttachedRolePolicies(g.roleName)) ?? [];
    for (const arn of attached) await attempt("DetachRolePolicy", () => api.detachRolePolicy(g.roleName, arn));
    if (problems.length === 0) {
      await calling(() => api.deleteRolePolicy(g.roleName, REVOKE_POLICY));
      await calling(() => api.deleteRole(g.roleName));
    }
    let inspection = judge(grant2, g, await calling(() => readRole(api, g.roleName)));
    for (let i = 0; !inspection.absent && problems.length === 0 && i < wait.attempts; i++) {
      await sleep(delay(i));
      inspection = judge(grant2, g, await calling(() => readRole(api, g.roleName)));
    }
    if (!inspection.absent || problems.length > 0) throw new RevokeNotVerified(target.name, grant2.requestId, inspection, problems);
  }
  async function confirmRole(api, g) {
    for (let i = 0; i < absentReads; i++) {
      if (i > 0) await sleep(delay(i - 1));
      const role = await api.getRole(g.roleName);
      if (role !== void 0) return role;
    }
    return void 0;
  }
  return {
    id: "aws",
    kinds: ["iam"],
    recordsHeld: false,
    listsManaged: true,
    plan: planAws,
    // Grants live on the request's own role: what the person holds from elsewhere is never touched.
    held: async () => [],
    grant,
    revoke,
    async inspect(grant2) {
      const g = checkAwsGrant(grant2, "revoke");
      const api = await iam();
      const state = await calling(() => readRole(api, g.roleName));
      if (grant2.grants.length === 0 && state !== void 0) return { present: false, absent: false, details: [`role ${g.roleName} exists`] };
      const planned = grant2.grants.length === 0 ? g : checkAwsGrant(grant2);
      return judge(grant2, planned, state);
    },
    listManaged: async (t) => calling(async () => listManagedRoles(await iam(), t)),
    async close() {
      const open = port;
      port = void 0;
      if (open !== void 0) (await open).close();
    }
  };
}
function missing(action) {
  throw new IamCallError(action, "NoSuchEntity");
}
function differences(state, expected) {
  const out = [];
  if (state.path !== expected.path) out.push("path differs");
  if (canonicalDocument(state.trust) !== canonicalDocument(expected.trust)) out.push("trust policy differs from the plan");
  if (state.maxSessionDuration !== expected.maxSessionDuration) out.push(`MaxSessionDuration is ${state.maxSessionDuration ?? "unset"}`);
  if (state.boundary !== expected.boundary) out.push("permissions boundary differs from the target");
  for (const t of expected.tags) if (!state.tags.some((s) => s.Key === t.Key && s.Value === t.Value)) out.push(`tag ${t.Key} missing or different`);
  if (state.policies.has(REVOKE_POLICY)) out.push(`${REVOKE_POLICY} present: revocation begun`);
  for (const name of state.policies.keys()) if (!expected.policies.has(name) && name !== REVOKE_POLICY) out.push(`unexpected inline policy ${safeName(name)}`);
  for (const [name, doc] of expected.policies) {
    const seen = state.policies.get(name);
    if (seen === void 0) out.push(`inline policy ${name} missing`);
    else if (canonicalDocument(seen) !== canonicalDocument(doc)) out.push(`inline policy ${name} differs from the plan`);
  }
  if (state.attached.length > 0) out.push(`${state.attached.length} managed policies attached`);
  return out;
}
function safeName(name) {
  return /^[\w+=,.@-]{1,128}$/.test(name) ? name : "(unprintable name)";
}

// src/providers/aws/connect.ts
function connectAws(target, accessKeyId, env) {
  const secretName = `${target.credentialsEnv}_SECRET_ACCESS_KEY`;
  const secretAccessKey = env[secretName];
  if (secretAccessKey === void 0 || secretAccessKey === "") {
    throw new ProviderError("E_PROVIDER_CREDENTIAL_MISSING", target.name, `environment variable ${secretName} is not set or empty`);
  }
  const sessionToken = env[`${target.credentialsEnv}_SESSION_TOKEN`];
  return createAwsProvider(target, {
    credentials: { accessKeyId, secretAccessKey, ...sessionToken !== void 0 && sessionToken !== "" ? { sessionToken } : {} }
  });
}
export {
  connectAws
};
