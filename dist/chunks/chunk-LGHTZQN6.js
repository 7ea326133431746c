import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  CODEOWNERS_LOCATIONS,
  CODEOWNERS_MAX_BYTES,
  coverageErrors,
  mayMatchUnder,
  ownersOf,
  parseCodeowners
} from "./chunk-RMGFMFKL.js";
import {
  readProfile
} from "./chunk-2L7HMFXM.js";
import {
  PER_PAGE,
  checkName,
  checkRepo,
  collectPages,
  getBlob,
  getCodeownersErrors,
  getFileAtRef,
  getRef,
  isTeamVisible,
  listDirectory
} from "./chunk-BQG7652W.js";
import {
  GithubError,
  call,
  callOrNotFound,
  githubMessage,
  statusOf,
  toGithubError
} from "./chunk-GHM6UMHF.js";
import {
  DEFAULT_ENVIRONMENT,
  DEFAULT_REVOKE_WORKFLOW,
  REQUIRED_CHECK
} from "./chunk-YKTEU7OD.js";
import {
  classifyPath
} from "./chunk-W3EMCSNL.js";
import {
  require_dist
} from "./chunk-S2FTDJZ2.js";
import {
  DOCTOR_CODES,
  diagnostic
} from "./chunk-BGLQZM7W.js";
import {
  __toESM
} from "./chunk-GOSKQMZY.js";

// src/github/settings.ts
var PROTECTION = "GET /repos/{owner}/{repo}/branches/{branch}/protection";
var BRANCH_RULES = "GET /repos/{owner}/{repo}/rules/branches/{branch}";
var RULESET = "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}";
var WORKFLOW_PERMISSIONS = "GET /repos/{owner}/{repo}/actions/permissions/workflow";
var ENVIRONMENT = "GET /repos/{owner}/{repo}/environments/{environment_name}";
var BRANCH_POLICIES = "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies";
var WORKFLOW = "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}";
var ENVIRONMENT_NAME = /^[A-Za-z0-9._-]{1,255}$/;
var WORKFLOW_FILE = /^[A-Za-z0-9._-]{1,100}\.ya?ml$/;
function checkEnvironmentName(name) {
  if (!ENVIRONMENT_NAME.test(name)) throw new GithubError("E_GITHUB_INVALID_NAME", "not a valid environment name");
  return name;
}
function checkWorkflowFile(file) {
  if (!WORKFLOW_FILE.test(file)) throw new GithubError("E_GITHUB_INVALID_NAME", "not a valid workflow file name");
  return file;
}
function checkBranch(branch) {
  checkName("ref", `heads/${branch}`);
  return branch;
}
async function getBranchProtection(client, repo, branch) {
  const params = { ...checkRepo(repo), branch: checkBranch(branch) };
  let data;
  try {
    ({ data } = await client.octokit.request(PROTECTION, params));
  } catch (error) {
    if (statusOf(error) === 404 && /branch not protected/i.test(githubMessage(error))) return { kind: "unprotected" };
    throw toGithubError(PROTECTION, error);
  }
  const r = data.required_pull_request_reviews;
  const bypass = r?.bypass_pull_request_allowances;
  return {
    kind: "protected",
    reviews: r === void 0 ? void 0 : {
      codeOwnerReview: r.require_code_owner_reviews === true,
      dismissStale: r.dismiss_stale_reviews === true,
      lastPushApproval: r.require_last_push_approval === true
    },
    // Absent means not enforced: fail closed.
    enforceAdmins: data.enforce_admins?.enabled === true,
    allowances: { people: (bypass?.users?.length ?? 0) + (bypass?.teams?.length ?? 0), apps: bypass?.apps?.length ?? 0 },
    requiredChecks: [.../* @__PURE__ */ new Set([...data.required_status_checks?.contexts ?? [], ...(data.required_status_checks?.checks ?? []).map((c) => c.context)])]
  };
}
async function getBranchRules(client, repo, branch) {
  const params = { ...checkRepo(repo), branch: checkBranch(branch), per_page: PER_PAGE };
  const rules = await call(
    BRANCH_RULES,
    () => collectPages(client.octokit.paginate.iterator(BRANCH_RULES, params), {
      operation: BRANCH_RULES,
      key: (r) => `${r.ruleset_id ?? "?"}/${r.type}`,
      probe: async (page) => (await client.octokit.request(BRANCH_RULES, { ...params, page })).data.length
    })
  );
  return rules.map((r) => {
    const p = r.type === "pull_request" && "parameters" in r ? r.parameters : void 0;
    const pullRequest = r.type !== "pull_request" ? void 0 : {
      codeOwnerReview: p?.require_code_owner_review === true,
      dismissStale: p?.dismiss_stale_reviews_on_push === true,
      lastPushApproval: p?.require_last_push_approval === true
    };
    const checks = r.type === "required_status_checks" && "parameters" in r ? r.parameters?.required_status_checks.map((c) => c.context) : void 0;
    return { type: r.type, rulesetId: r.ruleset_id, pullRequest, requiredChecks: checks };
  });
}
async function getRulesetBypassActors(client, repo, rulesetId) {
  if (!Number.isSafeInteger(rulesetId) || rulesetId <= 0) throw new GithubError("E_GITHUB_UNEXPECTED_RESPONSE", "ruleset id is not a positive integer");
  const params = { ...checkRepo(repo), ruleset_id: rulesetId, includes_parents: true };
  const { data } = await call(RULESET, () => client.octokit.request(RULESET, params));
  return data.bypass_actors?.map((a) => a.actor_type);
}
async function getWorkflowPermissions(client, repo) {
  const { data } = await call(WORKFLOW_PERMISSIONS, () => client.octokit.request(WORKFLOW_PERMISSIONS, { ...checkRepo(repo) }));
  return { canApprovePullRequestReviews: data.can_approve_pull_request_reviews !== false };
}
async function getEnvironment(client, repo, name) {
  const params = { ...checkRepo(repo), environment_name: checkEnvironmentName(name) };
  const res = await callOrNotFound(ENVIRONMENT, () => client.octokit.request(ENVIRONMENT, params));
  if (res === void 0) return void 0;
  const rules = res.data.protection_rules ?? [];
  const policy = res.data.deployment_branch_policy ?? null;
  let waitTimer = 0;
  for (const rule of rules) {
    if (rule.type === "wait_timer" && "wait_timer" in rule && typeof rule.wait_timer === "number") waitTimer = Math.max(waitTimer, rule.wait_timer);
  }
  return {
    requiredReviewers: rules.some((r) => r.type === "required_reviewers"),
    waitTimer,
    branchPolicy: policy === null ? null : { protectedBranches: policy.protected_branches === true, customBranchPolicies: policy.custom_branch_policies === true }
  };
}
var MAX_POLICY_PAGES = 20;
async function listDeploymentBranchPolicies(client, repo, name) {
  const params = { ...checkRepo(repo), environment_name: checkEnvironmentName(name), per_page: PER_PAGE };
  const out = [];
  for (let page = 1; page <= MAX_POLICY_PAGES; page++) {
    const { data } = await call(BRANCH_POLICIES, () => client.octokit.request(BRANCH_POLICIES, { ...params, page }));
    for (const p of data.branch_policies) {
      if (typeof p.name !== "string") throw new GithubError("E_GITHUB_UNEXPECTED_RESPONSE", `${BRANCH_POLICIES}: a rule without a name`);
      out.push({ name: p.name, type: p.type === "branch" ? "branch" : "tag" });
    }
    if (out.length >= data.total_count || data.branch_policies.length === 0) {
      if (out.length !== data.total_count) {
        throw new GithubError("E_GITHUB_LIST_TRUNCATED", `${BRANCH_POLICIES}: listed ${out.length} rules where GitHub counts ${data.total_count}`);
      }
      return out;
    }
  }
  throw new GithubError("E_GITHUB_LIST_TRUNCATED", `${BRANCH_POLICIES}: more than ${MAX_POLICY_PAGES} pages`);
}
async function getWorkflowState(client, repo, file) {
  const params = { ...checkRepo(repo), workflow_id: checkWorkflowFile(file) };
  const res = await callOrNotFound(WORKFLOW, () => client.octokit.request(WORKFLOW, params));
  return res?.data.state;
}

// src/modes/doctor/port.ts
function githubDoctorPort(client, repo) {
  return {
    branchProtection: (branch) => getBranchProtection(client, repo, branch),
    branchRules: (branch) => getBranchRules(client, repo, branch),
    rulesetBypassActors: (id) => getRulesetBypassActors(client, repo, id),
    workflowPermissions: () => getWorkflowPermissions(client, repo),
    environment: (name) => getEnvironment(client, repo, name),
    deploymentBranchPolicies: (name) => listDeploymentBranchPolicies(client, repo, name),
    workflowState: (file) => getWorkflowState(client, repo, file),
    codeowners: async (branch) => {
      const tip = await getRef(client, repo, `heads/${branch}`);
      if (tip === void 0) throw new GithubError("E_GITHUB_NOT_FOUND", "the default branch does not exist", { status: 404 });
      for (const path of CODEOWNERS_LOCATIONS) {
        const found = await getFileAtRef(client, repo, tip, path, { maxBytes: CODEOWNERS_MAX_BYTES });
        if (found === void 0) continue;
        const regular = found.kind === "file" || found.kind === "executable";
        const errors = await getCodeownersErrors(client, repo, tip) ?? [];
        return {
          file: { path, bytes: regular ? found.bytes : void 0 },
          errors: errors.map((e) => ({ line: e.line, column: e.column, kind: e.kind, path: e.path }))
        };
      }
      return { file: void 0, errors: [] };
    }
  };
}

// src/modes/doctor/finding.ts
var CHECK_IDS = [
  "branch-protection",
  "code-owner-review",
  "dismiss-stale-approvals",
  "last-push-approval",
  "no-bypass",
  "actions-cannot-approve",
  "codeowners-valid",
  "codeowners-coverage",
  "apply-environment",
  "revoke-workflow"
];
var WARNINGS = /* @__PURE__ */ new Set(["E_DOCTOR_APP_BYPASS", "E_DOCTOR_ENVIRONMENT_WAITS", "E_DOCTOR_CHECK_NOT_REQUIRED"]);
function finding(code, message, fix = DOCTOR_CODES[code].fix) {
  return { code, severity: WARNINGS.has(code) ? "warning" : "critical", message, fix };
}
function result(id, title, findings, skipped) {
  return skipped === void 0 ? { id, title, findings } : { id, title, findings, skipped };
}
function cannotVerify(what, failure) {
  const status = failure.status === void 0 ? "an error" : String(failure.status);
  return finding(
    "E_DOCTOR_CANNOT_VERIFY",
    `cannot verify ${what}: ${failure.operation} answered ${status}`,
    `Give the apply job, and doctor, a token that may read it: the Grantbook GitHub App's (README, "Tokens"), or any GitHub App or fine-grained token with "Administration: read", "Actions: read" and "Environments: read" on the repository, or a classic token (repo scope) of a repository admin. The workflow GITHUB_TOKEN cannot read these settings.`
  );
}
var BRANCH = /^[A-Za-z0-9._/-]{1,200}$/;
function namesOf(s) {
  const plain2 = BRANCH.test(s.defaultBranch);
  return {
    repo: `${s.owner}/${s.repo}`,
    branch: plain2 ? `"${s.defaultBranch}"` : "the default branch",
    branchPath: plain2 ? encodeURIComponent(s.defaultBranch) : "{branch}",
    environment: s.environment.name,
    workflow: s.revokeWorkflow.file
  };
}

// src/modes/doctor/branch.ts
function branchChecks(s, n) {
  const sources = [];
  const unread = [];
  if (s.classic.ok) {
    const c = s.classic.value;
    if (c.kind === "protected" && c.reviews !== void 0) {
      sources.push({ source: "classic", ...c.reviews, bypass: { ok: true, value: classicBypass(c.enforceAdmins, c.allowances) } });
    }
  } else unread.push({ what: `the branch protection of ${n.branch}`, failure: s.classic });
  if (s.rulesets.ok) sources.push(...s.rulesets.value);
  else unread.push({ what: `the rulesets of ${n.branch}`, failure: s.rulesets });
  const cannot = () => unread.map((u) => cannotVerify(u.what, u.failure));
  const protectFix = `Settings \u2192 Branches \u2192 Add branch protection rule for ${n.branch}: "Require a pull request before merging" with "Require review from Code Owners", "Dismiss stale pull request approvals when new commits are pushed", "Require approval of the most recent reviewable push", and "Do not allow bypassing the above settings" (API: PUT /repos/${n.repo}/branches/${n.branchPath}/protection; or a ruleset with a pull_request rule targeting the default branch).`;
  const title = {
    protection: `pull request reviews are required on ${n.branch}`,
    codeOwnerReview: "code owner review is required",
    dismissStale: "stale approvals are dismissed on new commits",
    lastPushApproval: "the most recent push must be approved by someone else",
    bypass: "nobody may bypass the review requirement"
  };
  if (sources.length === 0) {
    const findings = unread.length > 0 ? cannot() : [finding("E_DOCTOR_NO_BRANCH_PROTECTION", `${n.branch} does not require pull request reviews`, protectFix)];
    const skipped = "no review requirement to inspect";
    return [
      result("branch-protection", title.protection, findings),
      result("code-owner-review", title.codeOwnerReview, [], skipped),
      result("dismiss-stale-approvals", title.dismissStale, [], skipped),
      result("last-push-approval", title.lastPushApproval, [], skipped),
      result("no-bypass", title.bypass, [], skipped)
    ];
  }
  const settingFix = (label, field) => `Settings \u2192 Branches \u2192 the rule for ${n.branch} \u2192 tick "${label}" (API: PUT /repos/${n.repo}/branches/${n.branchPath}/protection with required_pull_request_reviews.${field} = true; in a ruleset, the pull_request rule's parameter of the same meaning).`;
  const property = (p, code, message, label, field) => {
    if (sources.some((x) => x[p])) return [];
    return unread.length > 0 ? cannot() : [finding(code, message, settingFix(label, field))];
  };
  return [
    result("branch-protection", title.protection, []),
    result(
      "code-owner-review",
      title.codeOwnerReview,
      property(
        "codeOwnerReview",
        "E_DOCTOR_CODE_OWNER_REVIEW_OFF",
        `merging into ${n.branch} does not require a code owner's review`,
        "Require review from Code Owners",
        "require_code_owner_reviews"
      )
    ),
    result(
      "dismiss-stale-approvals",
      title.dismissStale,
      property(
        "dismissStale",
        "E_DOCTOR_STALE_APPROVALS_KEPT",
        `approvals on pull requests into ${n.branch} survive new commits`,
        "Dismiss stale pull request approvals when new commits are pushed",
        "dismiss_stale_reviews"
      )
    ),
    result(
      "last-push-approval",
      title.lastPushApproval,
      property(
        "lastPushApproval",
        "E_DOCTOR_LAST_PUSH_APPROVAL_OFF",
        `the most recent push to a pull request into ${n.branch} need not be approved by someone else`,
        "Require approval of the most recent reviewable push",
        "require_last_push_approval"
      )
    ),
    result("no-bypass", title.bypass, bypassFindings(sources, unread.length > 0 ? cannot() : [], n))
  ];
}
function classicBypass(enforceAdmins, allowances) {
  if (!enforceAdmins || allowances.people > 0) return "people";
  return allowances.apps > 0 ? "apps" : "none";
}
function bypassFindings(sources, cannot, n) {
  const properties = ["codeOwnerReview", "dismissStale", "lastPushApproval"];
  let apps = false;
  let people = false;
  const unreadBypass = [];
  for (const p of properties) {
    const carriers = sources.filter((x) => x[p]);
    if (carriers.length === 0) continue;
    const known = carriers.flatMap((x) => x.bypass.ok ? [x.bypass.value] : []);
    if (known.includes("none")) continue;
    if (known.includes("apps")) {
      apps = true;
      continue;
    }
    const unread = carriers.flatMap((x) => x.bypass.ok ? [] : [cannotVerify(`who may bypass ${x.source}`, x.bypass)]);
    if (unread.length > 0 || cannot.length > 0) unreadBypass.push(...unread, ...cannot);
    else people = true;
  }
  if (people) {
    return [
      finding(
        "E_DOCTOR_ADMINS_BYPASS",
        `administrators or named people may bypass the review requirements of ${n.branch}`,
        `Settings \u2192 Branches \u2192 the rule for ${n.branch} \u2192 tick "Do not allow bypassing the above settings" and empty "Allow specified actors to bypass required pull requests" (API: POST /repos/${n.repo}/branches/${n.branchPath}/protection/enforce_admins); in a ruleset, remove every bypass actor but the ledger-committing App.`
      )
    ];
  }
  if (unreadBypass.length > 0) return dedupe(unreadBypass);
  if (apps) {
    return [
      finding(
        "E_DOCTOR_APP_BYPASS",
        `a GitHub App may bypass the review requirement of ${n.branch}`,
        `Settings \u2192 Branches (or Rules \u2192 Rulesets) for ${n.branch}: make sure the only App allowed to bypass is the one that commits the ledger.`
      )
    ];
  }
  return [];
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.code}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/modes/doctor/codeowners.ts
var GUARDED_PATHS = ["access-requests/", "policies/", ".github/", "audit/"];
var PROBES = {
  "access-requests/": ["access-requests/example.yaml"],
  "policies/": ["policies/targets.yaml", "policies/identities.yaml", "policies/example.yaml"],
  ".github/": [".github/CODEOWNERS", ".github/workflows/access-apply.yml", ".github/workflows/access-revoke.yml"],
  "audit/": ["audit/2026-01.jsonl"]
};
var TITLE_VALID = "CODEOWNERS on the default branch is present and valid";
var TITLE_COVERAGE = `CODEOWNERS gives an owner to ${GUARDED_PATHS.join(", ")}`;
function codeownersChecks(s, n) {
  if (!s.codeowners.ok) {
    return [
      result("codeowners-valid", TITLE_VALID, [cannotVerify(`CODEOWNERS on ${n.branch}`, s.codeowners)]),
      result("codeowners-coverage", TITLE_COVERAGE, [], "CODEOWNERS could not be read")
    ];
  }
  const { file, errors } = s.codeowners.value;
  const invalid = (message) => [
    result("codeowners-valid", TITLE_VALID, [finding("E_DOCTOR_CODEOWNERS_INVALID", message, fixFor(".github/CODEOWNERS", n))]),
    result("codeowners-coverage", TITLE_COVERAGE, [], "no usable CODEOWNERS")
  ];
  if (file === void 0) return invalid(`${n.branch} has no CODEOWNERS file (.github/, the root or docs/)`);
  const parsed = parseCodeowners(file.bytes ?? new Uint8Array(CODEOWNERS_MAX_BYTES + 1), file.path);
  if (!parsed.loaded) {
    const code = parsed.diagnostics[0]?.code ?? "E_CODEOWNERS_MISSING";
    return invalid(`${file.path} on ${n.branch} is not usable (${code}: not UTF-8, too large, or not a regular file)`);
  }
  const lineErrors = coverageErrors(parsed, errors, GUARDED_PATHS).filter((d) => d.severity === "error");
  const valid = lineErrors.map((d) => finding("E_DOCTOR_CODEOWNERS_INVALID", `${d.message} (${d.code})`, fixFor(file.path, n)));
  return [result("codeowners-valid", TITLE_VALID, valid), result("codeowners-coverage", TITLE_COVERAGE, coverage(parsed, file.path, n))];
}
function coverage(file, path, n) {
  const out = [];
  for (const prefix of GUARDED_PATHS) {
    const probed = PROBES[prefix].every((p) => ownersOf(file.rules, p).owners.length > 0);
    const last = [...file.rules].reverse().find((r) => mayMatchUnder(r.matcher, prefix));
    if (probed && last !== void 0 && last.owners.length > 0) continue;
    out.push(
      finding(
        "E_DOCTOR_CODEOWNERS_UNCOVERED",
        `${path} on ${n.branch} leaves files under ${prefix} without an owner`,
        `Add a line \`/${prefix} @<org>/<security-team>\` to ${path} on ${n.branch}, after every broader line (the last matching line wins), and merge it through a reviewed pull request.`
      )
    );
  }
  return out;
}
function fixFor(path, n) {
  return `Fix ${path} on ${n.branch} so that it exists and every line is valid; GitHub lists the problems on the file's page and at GET /repos/${n.repo}/codeowners/errors. Owners must be @login, @org/team (with write access) or an email of a user.`;
}

// src/modes/doctor/settings.ts
function actionsCheck(s, n) {
  const title = "GitHub Actions cannot approve pull requests";
  if (!s.actions.ok) return result("actions-cannot-approve", title, [cannotVerify("whether GitHub Actions may approve pull requests", s.actions)]);
  if (!s.actions.value.canApprovePullRequestReviews) return result("actions-cannot-approve", title, []);
  return result("actions-cannot-approve", title, [
    finding(
      "E_DOCTOR_ACTIONS_CAN_APPROVE",
      `GitHub Actions may approve pull requests in ${n.repo}`,
      `Settings \u2192 Actions \u2192 General \u2192 Workflow permissions \u2192 untick "Allow GitHub Actions to create and approve pull requests" (API: PUT /repos/${n.repo}/actions/permissions/workflow with {"can_approve_pull_request_reviews": false}).`
    )
  ]);
}
function environmentCheck(s, n, defaultBranch) {
  const title = `environment "${n.environment}" exists and only ${n.branch} may use it`;
  const env = s.environment.settings;
  if (!env.ok) return result("apply-environment", title, [cannotVerify(`environment "${n.environment}"`, env)]);
  if (env.value === void 0) {
    return result("apply-environment", title, [
      finding(
        "E_DOCTOR_ENVIRONMENT_MISSING",
        `environment "${n.environment}" does not exist in ${n.repo} (or the token cannot see it)`,
        `Settings \u2192 Environments \u2192 New environment "${n.environment}" \u2192 Deployment branches and tags \u2192 "Protected branches only" (API: PUT /repos/${n.repo}/environments/${n.environment} with {"deployment_branch_policy": {"protected_branches": true, "custom_branch_policies": false}}), and keep the provider credentials in its secrets; or pass --environment with the name the apply workflow uses.`
      )
    ]);
  }
  return result("apply-environment", title, [...limitFindings(env.value, n, defaultBranch), ...waitFindings(env.value, n)]);
}
function limitFindings(env, n, defaultBranch) {
  const notLimited = (why) => [
    finding(
      "E_DOCTOR_ENVIRONMENT_NOT_LIMITED",
      `environment "${n.environment}" ${why}`,
      `Settings \u2192 Environments \u2192 "${n.environment}" \u2192 Deployment branches and tags \u2192 "Selected branches and tags" with the single branch rule ${n.branch} (API: PUT /repos/${n.repo}/environments/${n.environment} with {"deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true}}, then POST /repos/${n.repo}/environments/${n.environment}/deployment-branch-policies with {"name": "${n.branch}", "type": "branch"}).`
    )
  ];
  const policy = env.branchPolicy;
  if (policy === null) return notLimited("lets every branch deploy");
  if (policy.protectedBranches) return notLimited(`lets every protected branch deploy, not only ${n.branch}`);
  if (!policy.customBranchPolicies) return notLimited("has no deployment branch rule in effect");
  const rules = env.customPolicies;
  if (rules === void 0) return notLimited("has custom deployment branch rules that were not read");
  if (!rules.ok) return [cannotVerify(`the deployment branch rules of environment "${n.environment}"`, rules)];
  const others = rules.value.filter((r) => !(r.type === "branch" && r.name === defaultBranch));
  if (rules.value.length === 0) return notLimited('has "Selected branches" without any rule');
  if (others.length > 0) return notLimited(`lets ${others.length} branch or tag rule(s) other than exactly ${n.branch} deploy`);
  return [];
}
function waitFindings(env, n) {
  if (!env.requiredReviewers && env.waitTimer === 0) return [];
  const what = [env.requiredReviewers ? "required reviewers" : "", env.waitTimer > 0 ? `a ${env.waitTimer}-minute wait timer` : ""].filter((x) => x !== "").join(" and ");
  return [
    finding(
      "E_DOCTOR_ENVIRONMENT_WAITS",
      `environment "${n.environment}" has ${what}: every job using it waits, scheduled revocation included if it shares the environment`,
      `Revocation must never wait: run the revoke workflow in an environment without reviewers or wait timer, or remove them from "${n.environment}" (Settings \u2192 Environments).`
    )
  ];
}
function revokeWorkflowCheck(s, n) {
  const title = `the revoke workflow ${n.workflow} is enabled`;
  const state = s.revokeWorkflow.state;
  if (!state.ok) return result("revoke-workflow", title, [cannotVerify(`the state of workflow ${n.workflow}`, state)]);
  if (state.value === "active") return result("revoke-workflow", title, []);
  const fix = state.value === void 0 ? `Commit .github/workflows/${n.workflow} (copied from Grantbook's access-revoke.yml) to ${n.branch}, or pass --revoke-workflow with the file name your revoke workflow has.` : `Actions \u2192 the workflow ${n.workflow} \u2192 "Enable workflow" (API: PUT /repos/${n.repo}/actions/workflows/${n.workflow}/enable). GitHub disables scheduled workflows after 60 days without repository activity: watch for it.`;
  const said = state.value === void 0 ? "does not exist (or the token cannot see it)" : `is ${SAFE_STATE.test(state.value) ? state.value : "not active"}`;
  return result("revoke-workflow", title, [
    finding("E_DOCTOR_REVOKE_WORKFLOW_INACTIVE", `workflow ${n.workflow} ${said}: grants would not be revoked on schedule`, fix)
  ]);
}
var SAFE_STATE = /^[a-z_]{1,40}$/;

// src/modes/doctor/checks.ts
function diagnoseSettings(s) {
  const names = namesOf(s);
  return [
    ...branchChecks(s, names),
    actionsCheck(s, names),
    ...codeownersChecks(s, names),
    environmentCheck(s, names, s.defaultBranch),
    revokeWorkflowCheck(s, names)
  ];
}
function allFindings(results) {
  return results.flatMap((r) => r.findings);
}
function criticalFindings(results) {
  return allFindings(results).filter((f) => f.severity === "critical");
}

// src/modes/doctor/read.ts
async function readSettings(port, t) {
  const [classic, rulesets, actions, codeowners, environment, workflow] = await Promise.all([
    attempt("GET /repos/{owner}/{repo}/branches/{branch}/protection", () => port.branchProtection(t.defaultBranch)),
    attempt("GET /repos/{owner}/{repo}/rules/branches/{branch}", () => readRulesets(port, t.defaultBranch)),
    attempt("GET /repos/{owner}/{repo}/actions/permissions/workflow", () => port.workflowPermissions()),
    attempt("CODEOWNERS and GET /repos/{owner}/{repo}/codeowners/errors", () => port.codeowners(t.defaultBranch)),
    attempt("GET /repos/{owner}/{repo}/environments/{environment_name}", () => readEnvironment(port, t.environment)),
    attempt("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}", () => port.workflowState(t.revokeWorkflow))
  ]);
  return {
    owner: t.owner,
    repo: t.repo,
    defaultBranch: t.defaultBranch,
    classic,
    rulesets,
    actions,
    codeowners,
    environment: { name: t.environment, settings: environment },
    revokeWorkflow: { file: t.revokeWorkflow, state: workflow }
  };
}
async function readRulesets(port, branch) {
  const rules = await port.branchRules(branch);
  const bypassById = /* @__PURE__ */ new Map();
  const out = [];
  for (const rule of rules) {
    if (rule.pullRequest === void 0) continue;
    const id = rule.rulesetId;
    let bypass;
    if (id === void 0) {
      bypass = { ok: false, status: void 0, operation: "a ruleset rule without ruleset_id" };
    } else {
      const pending = bypassById.get(id) ?? attempt("GET /repos/{owner}/{repo}/rulesets/{ruleset_id}", async () => bypassOf(await port.rulesetBypassActors(id)));
      bypassById.set(id, pending);
      bypass = await pending;
    }
    out.push({ source: id === void 0 ? "a ruleset" : `ruleset ${id}`, ...rule.pullRequest, bypass });
  }
  return out;
}
function bypassOf(actors) {
  if (actors === void 0) throw new GithubError("E_GITHUB_FORBIDDEN", "the ruleset bypass list is not shown to this token", { status: 403 });
  if (actors.length === 0) return "none";
  return actors.every((a) => a === "Integration") ? "apps" : "people";
}
async function readEnvironment(port, name) {
  const env = await port.environment(name);
  if (env === void 0) return void 0;
  const custom = env.branchPolicy !== null && !env.branchPolicy.protectedBranches && env.branchPolicy.customBranchPolicies;
  const customPolicies = custom ? await attempt("GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies", () => port.deploymentBranchPolicies(name)) : void 0;
  return { ...env, customPolicies };
}
async function attempt(operation, read) {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (error instanceof GithubError && (error.code === "E_GITHUB_FORBIDDEN" || error.code === "E_GITHUB_NOT_FOUND")) {
      return { ok: false, status: error.status, operation };
    }
    throw error;
  }
}

// src/modes/doctor/workflows.ts
var import_yaml = __toESM(require_dist(), 1);
var isDict = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (v) => typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
var COMMANDS = /* @__PURE__ */ new Set(["check", "apply", "revoke"]);
var WORKFLOW_TOKEN = /^\$\{\{\s*(?:github\.token|secrets\.GITHUB_TOKEN)\s*\}\}$/;
var STEP_TOKEN = /^\$\{\{\s*steps\.([A-Za-z_][A-Za-z0-9_-]*)\.outputs\.token\s*\}\}$/;
var APP_TOKEN_ACTION = /^actions\/create-github-app-token@/;
function describeWorkflows(files) {
  const jobs = [];
  const unreadable = [];
  for (const file of files) {
    let doc;
    try {
      doc = (0, import_yaml.parse)(file.text);
    } catch {
      unreadable.push(file.path);
      continue;
    }
    if (!isDict(doc) || !isDict(doc.jobs)) {
      unreadable.push(file.path);
      continue;
    }
    const trigger = pullRequestTrigger(doc.on);
    for (const [id, job2] of Object.entries(doc.jobs)) {
      if (!isDict(job2)) continue;
      jobs.push({
        workflow: file.path,
        id,
        checkName: checkName2(id, job2),
        onPullRequest: trigger.on,
        pathFilter: trigger.pathFilter,
        grantbook: grantbookSteps(job2)
      });
    }
  }
  return { jobs, unreadable };
}
function pullRequestTrigger(on) {
  const events = ["pull_request", "pull_request_target"];
  if (typeof on === "string") return { on: events.includes(on), pathFilter: false };
  if (Array.isArray(on)) return { on: on.some((e) => typeof e === "string" && events.includes(e)), pathFilter: false };
  if (!isDict(on)) return { on: false, pathFilter: false };
  const present = events.filter((e) => e in on);
  const filtered = present.some((e) => {
    const spec = on[e];
    return isDict(spec) && ("paths" in spec || "paths-ignore" in spec);
  });
  return { on: present.length > 0, pathFilter: filtered };
}
function checkName2(id, job2) {
  if ("uses" in job2) return void 0;
  if (isDict(job2.strategy) && "matrix" in job2.strategy) return void 0;
  if (!("name" in job2)) return id;
  const name = str(job2.name);
  return name === void 0 || name.includes("${{") ? void 0 : name;
}
function grantbookSteps(job2) {
  const steps = Array.isArray(job2.steps) ? job2.steps.filter(isDict) : [];
  const out = [];
  for (const step of steps) {
    const uses = str(step.uses) ?? "";
    const inputs = isDict(step.with) ? step.with : {};
    const command = str(inputs.command)?.trim() ?? "";
    const ours = uses === "./" || /^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]*grantbook[A-Za-z0-9_.-]*$/i.test(uses.split("@")[0] ?? "");
    if (!ours || !COMMANDS.has(command)) continue;
    const raw = str(inputs["members-token"])?.trim() || str(inputs["github-token"])?.trim() || "${{ github.token }}";
    out.push({ command, membersToken: tokenSource(raw, steps) });
  }
  return out;
}
function tokenSource(expression, steps) {
  if (WORKFLOW_TOKEN.test(expression)) return { kind: "workflow-token" };
  const id = STEP_TOKEN.exec(expression)?.[1];
  const step = id === void 0 ? void 0 : steps.find((s) => str(s.id) === id);
  if (id === void 0 || step === void 0 || !APP_TOKEN_ACTION.test(str(step.uses) ?? "")) return { kind: "other" };
  const inputs = isDict(step.with) ? step.with : {};
  const limited = Object.keys(inputs).some((k) => k.startsWith("permission-"));
  const members = str(inputs["permission-members"])?.trim();
  if (members === "read" || members === "write") return { kind: "app", step: id, members };
  return { kind: "app", step: id, members: limited ? "none" : "unrestricted" };
}

// src/modes/doctor/adoption.ts
var WORKFLOW_MAX_BYTES = 512 * 1024;
var PROFILE_MAX_BYTES = 256 * 1024;
function githubAdoptionPort(client, repo) {
  return {
    filesUnder: async (branch, dir, maxBytes) => {
      const tip = await getRef(client, repo, `heads/${branch}`);
      if (tip === void 0) throw new GithubError("E_GITHUB_NOT_FOUND", "the default branch does not exist", { status: 404 });
      const entries = await listDirectory(client, repo, tip, dir) ?? [];
      const files = [];
      for (const e of entries) {
        if (e.kind !== "file" || e.size === void 0 || e.size > maxBytes) continue;
        files.push({ path: e.path, bytes: (await getBlob(client, repo, e.sha)).bytes });
      }
      return files;
    },
    teamVisible: (org, slug) => isTeamVisible(client, org, slug)
  };
}
async function readAdoption(settings, port, t, codeowners) {
  const [requiredChecks, workflows, profiles] = await Promise.all([
    attempt("GET .../branches/{branch}/protection and .../rules/branches/{branch}", async () => {
      const [classic, rules] = await Promise.all([settings.branchProtection(t.defaultBranch), settings.branchRules(t.defaultBranch)]);
      const names = [...classic.kind === "protected" ? classic.requiredChecks : [], ...rules.flatMap((r) => r.requiredChecks ?? [])];
      return [...new Set(names)];
    }),
    attempt("the workflows under .github/workflows/ on the default branch", async () => {
      const files = await port.filesUnder(t.defaultBranch, ".github/workflows", WORKFLOW_MAX_BYTES);
      const decoder = new TextDecoder("utf-8", { fatal: true });
      const texts = [];
      const unreadable = [];
      for (const f of files.filter((x) => /\.ya?ml$/.test(x.path))) {
        try {
          texts.push({ path: f.path, text: decoder.decode(f.bytes) });
        } catch {
          unreadable.push(f.path);
        }
      }
      const facts = describeWorkflows(texts);
      return { jobs: facts.jobs, unreadable: [...unreadable, ...facts.unreadable] };
    }),
    attempt("the profiles under policies/ on the default branch", () => port.filesUnder(t.defaultBranch, "policies", PROFILE_MAX_BYTES))
  ]);
  const teams = codeowners.ok ? profiles.ok ? await visibility(port, namedTeams(t.owner, codeowners.value, profiles.value)) : profiles : codeowners;
  return { requiredChecks, workflows, teams };
}
function namedTeams(owner, codeowners, profiles) {
  const teams = /* @__PURE__ */ new Map();
  const add = (org, slug, where) => {
    const key = `${org}/${slug}`.toLowerCase();
    const team = teams.get(key) ?? { org: org.toLowerCase(), slug: slug.toLowerCase(), namedIn: /* @__PURE__ */ new Set() };
    team.namedIn.add(where);
    teams.set(key, team);
  };
  const file = codeowners.file;
  if (file?.bytes !== void 0) {
    const parsed = parseCodeowners(file.bytes, file.path);
    for (const rule of parsed.rules) for (const o of rule.owners) if (o.kind === "team") add(o.org, o.slug, file.path);
  }
  for (const source of profiles) {
    if (classifyPath(source.path).role !== "profile") continue;
    const profile = readProfile(source).profile;
    if (profile === void 0) continue;
    for (const slug of profile.requesters.teams) add(owner, slug, source.path);
    for (const g of profile.approvals.groups) if (g.team !== void 0) add(owner, g.team, source.path);
  }
  return teams;
}
async function visibility(port, teams) {
  const out = [];
  for (const t of [...teams.values()].sort((a, b) => `${a.org}/${a.slug}`.localeCompare(`${b.org}/${b.slug}`))) {
    out.push({ org: t.org, slug: t.slug, namedIn: [...t.namedIn].sort(), visible: await port.teamVisible(t.org, t.slug) });
  }
  return { ok: true, value: out };
}

// src/modes/doctor/adoption-checks.ts
function diagnoseAdoption(s, n) {
  return [requiredCheck(s, n), teamVisibility(s), jobTokens(s)];
}
var show = (name) => /^[\w .()/:-]{1,100}$/.test(name) ? `"${name}"` : "a required check with an unusual name";
var plain = (text) => /^[A-Za-z0-9_./-]{1,200}$/.test(text) ? text : "<unusual name>";
var job = (j) => `job "${plain(j.id)}" of ${plain(j.workflow)}`;
function requiredCheck(s, n) {
  const title = `every required status check is reported by a job that runs on every pull request, and Grantbook's check is one of them`;
  if (!s.requiredChecks.ok) return result("required-check", title, [cannotVerify(`the required status checks of ${n.branch}`, s.requiredChecks)]);
  if (!s.workflows.ok) return result("required-check", title, [cannotVerify(`the workflows on ${n.branch}`, s.workflows)]);
  const onPull = s.workflows.value.jobs.filter((j) => j.onPullRequest);
  const unnamed = onPull.some((j) => j.checkName === void 0);
  const findings = [];
  for (const name of s.requiredChecks.value) {
    const reporters = onPull.filter((j) => j.checkName === name);
    if (reporters.length === 0) {
      findings.push(
        finding(
          "E_DOCTOR_REQUIRED_CHECK_UNREPORTED",
          `${n.branch} requires the status check ${show(name)}, and no job of a pull_request workflow on it has that name` + (unnamed ? " (jobs with computed names, matrices or called workflows were not matched)" : ""),
          `Settings \u2192 Branches \u2192 the rule for ${n.branch} \u2192 "Require status checks to pass": require ${show(REQUIRED_CHECK)}, the check job's name, and remove ${show(name)} unless another app reports it. GitHub names a job's check run after the job's \`name:\`, else its id, never after the workflow.`
        )
      );
    } else if (reporters.every((j) => j.pathFilter)) {
      findings.push(
        finding(
          "E_DOCTOR_REQUIRED_CHECK_FILTERED",
          `the required status check ${show(name)} comes only from ${reporters.map(job).join(", ")}, whose pull_request trigger has a path filter: pull requests outside the filter wait for it forever`,
          `Remove \`paths:\`/\`paths-ignore:\` from the pull_request trigger of ${[...new Set(reporters.map((j) => plain(j.workflow)))].join(", ")}.`
        )
      );
    }
  }
  const checkJobs = s.workflows.value.jobs.filter((j) => j.grantbook.some((g) => g.command === "check"));
  const required = new Set(s.requiredChecks.value);
  if (checkJobs.length === 0) {
    findings.push(
      finding(
        "E_DOCTOR_CHECK_NOT_REQUIRED",
        `no workflow on ${n.branch} runs Grantbook's check (command: check)`,
        `Add .github/workflows/access-check.yml as \`grantbook init\` writes it, and require ${show(REQUIRED_CHECK)}.`
      )
    );
  } else if (!checkJobs.some((j) => j.checkName !== void 0 && required.has(j.checkName))) {
    const names = checkJobs.map((j) => j.checkName).filter((x) => x !== void 0);
    findings.push(
      finding(
        "E_DOCTOR_CHECK_NOT_REQUIRED",
        `Grantbook's check (${checkJobs.map(job).join(", ")}) is not a required status check of ${n.branch}`,
        `Settings \u2192 Branches \u2192 the rule for ${n.branch} \u2192 "Require status checks to pass" \u2192 add ${names.length > 0 ? names.map(show).join(" or ") : show(REQUIRED_CHECK)}.`
      )
    );
  }
  return result("required-check", title, findings);
}
function teamVisibility(s) {
  const title = "every team CODEOWNERS and the profiles name is visible to this token";
  if (!s.teams.ok) return result("team-visibility", title, [cannotVerify("the teams named by CODEOWNERS and the profiles", s.teams)]);
  if (s.teams.value.length === 0) return result("team-visibility", title, [], "no team is named");
  const findings = s.teams.value.filter((t) => !t.visible).map(
    (t) => finding(
      "E_DOCTOR_TEAM_NOT_VISIBLE",
      `team ${t.org}/${t.slug} (named in ${t.namedIn.join(", ")}) is not visible to this token: GitHub answers 404 for it`,
      `Create the team or fix its slug in ${t.namedIn.join(", ")}; if it exists, the tokens that read it need the organization permission "Members: read" (GitHub App or fine-grained token: Organization permissions \u2192 Members \u2192 Read-only; classic token: read:org). Run doctor with such a token too.`
    )
  );
  return result("team-visibility", title, findings);
}
function jobTokens(s) {
  const title = "Grantbook's check and apply steps read team membership with a token that can see teams";
  if (!s.workflows.ok) return result("job-tokens", title, [cannotVerify("the workflows on the default branch", s.workflows)]);
  if (s.teams.ok && s.teams.value.length === 0) return result("job-tokens", title, [], "no team is named");
  const findings = [];
  for (const j of s.workflows.value.jobs) {
    for (const step of j.grantbook) {
      if (step.command === "revoke") continue;
      const token = step.membersToken;
      const input = step.command === "check" ? "members-token" : "github-token";
      if (token.kind === "workflow-token") {
        findings.push(
          finding(
            "E_DOCTOR_JOB_CANNOT_READ_TEAMS",
            `the ${step.command} step of ${job(j)} reads team membership with the workflow GITHUB_TOKEN, which can never see a team`,
            `Pass \`${input}: \${{ steps.<id>.outputs.token }}\` from an actions/create-github-app-token step with \`permission-members: read\` (see README, "Tokens").`
          )
        );
      } else if (token.kind === "app" && token.members === "none") {
        findings.push(
          finding(
            "E_DOCTOR_JOB_CANNOT_READ_TEAMS",
            `the token step "${plain(token.step)}" of ${job(j)} limits its token with permission-* inputs that leave out members`,
            `Add \`permission-members: read\` to step "${plain(token.step)}" (and the App's Organization permissions \u2192 Members \u2192 Read-only).`
          )
        );
      }
    }
  }
  return result("job-tokens", title, findings);
}

// src/modes/doctor/index.ts
function findingDiagnostic(f) {
  const d = diagnostic(f.code, f.message, { pointer: "" }, f.severity === "critical" ? "error" : "warning");
  return { ...d, fix: f.fix };
}
async function criticalSettingProblems(port, target) {
  const snapshot = await readSettings(port, {
    ...target,
    environment: target.environment ?? DEFAULT_ENVIRONMENT,
    revokeWorkflow: target.revokeWorkflow ?? DEFAULT_REVOKE_WORKFLOW
  });
  return criticalFindings(diagnoseSettings(snapshot)).map(findingDiagnostic);
}

export {
  CHECK_IDS,
  namesOf,
  diagnoseSettings,
  allFindings,
  readSettings,
  githubAdoptionPort,
  readAdoption,
  diagnoseAdoption,
  checkEnvironmentName,
  checkWorkflowFile,
  githubDoctorPort,
  criticalSettingProblems
};
