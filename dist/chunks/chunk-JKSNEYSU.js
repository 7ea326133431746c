import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubPlanner
} from "./chunk-WZMSLYSW.js";
import {
  GITHUB_REPO_PERMISSIONS
} from "./chunk-WSVCP44B.js";
import {
  COLUMN_PRIVILEGES,
  MYSQL_PRIVILEGES,
  SYSTEM_SCHEMAS,
  describeMysqlBackstop,
  formatAccount,
  mysqlUsage,
  parseAccount,
  planMysql,
  principalRefusal
} from "./chunk-NHQQWKM2.js";
import {
  MASK_NAMES,
  NEVER_GRANTED,
  POSTGRES_PRIVILEGES,
  ROW_LIMITS,
  conditionKind,
  describeMasked,
  describeRows,
  isDangerousPrivilege,
  isPostgresPrivilege,
  isRange,
  isTableLevelOnly,
  maskName,
  maskedFromRaw,
  postgresPlanner,
  rowsFromRaw
} from "./chunk-DYIKSZD5.js";
import {
  joinPointer
} from "./chunk-S2FTDJZ2.js";
import {
  diagnostic
} from "./chunk-BGLQZM7W.js";
import {
  AWS_PARTITIONS,
  LIMITS,
  ROLE_PREFIX,
  actionProblem,
  array,
  awsUsage,
  checkKeys,
  describeAwsBackstop,
  fail,
  globCovers,
  installSpecCatalog,
  instantMs,
  integer,
  object,
  oneOf,
  patterned,
  planAws,
  principalProblem,
  resourceProblem,
  shape,
  statementProblems,
  unique
} from "./chunk-VTNCT2GJ.js";
import {
  parseInstant
} from "./chunk-VIPNLK4T.js";
import {
  PATTERNS
} from "./chunk-VBI6FCSW.js";

// src/shared/never.ts
function assertNever(value, what = "value") {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}

// src/policy/rules/reasons.ts
function fileSite(file) {
  return { file: file.path, pointer: "", locate: file.locate };
}
function escapeToken(token) {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}
function child(site, ...tokens) {
  return { ...site, pointer: site.pointer + tokens.map((t) => `/${escapeToken(t)}`).join("") };
}
var Reasons = class {
  #list = [];
  #errors = 0;
  error(code, message, site) {
    this.#add(code, message, site, "error");
  }
  warn(code, message, site) {
    this.#add(code, message, site, "warning");
  }
  /** Number of errors so far; compare before/after a check to see whether it failed. */
  get errors() {
    return this.#errors;
  }
  get all() {
    return [...this.#list];
  }
  #add(code, message, site, severity) {
    if (severity === "error") this.#errors += 1;
    this.#list.push(diagnostic(code, message, { file: site.file, pointer: site.pointer, position: site.locate(site.pointer) }, severity));
  }
};
function quoteList(items) {
  return items.map((item) => `"${item}"`).join(", ");
}
function sameName(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}

// src/providers/aws/rules.ts
var strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
function readStatement(raw) {
  const o = typeof raw === "object" && raw !== null ? raw : {};
  return { kind: "iam", actions: strings(o["actions"]), resources: strings(o["resources"]) };
}
function readRule(rule) {
  const list = Array.isArray(rule["statements"]) ? rule["statements"] : [];
  return {
    target: typeof rule["target"] === "string" ? rule["target"] : "",
    statements: list.map((s) => {
      const r = readStatement(s);
      return { actions: r.actions, resources: r.resources };
    })
  };
}
function coveringStatement(spec, rule) {
  return rule.statements.find(
    (allowed) => spec.actions.every((a) => allowed.actions.some((p) => globCovers(p, a, true))) && spec.resources.every((r) => allowed.resources.some((p) => globCovers(p, r)))
  );
}
function allowCheck(rule, at, report) {
  const out = [];
  readRule(rule).statements.forEach((s, i) => {
    s.actions.forEach((a, j) => {
      const p = actionProblem(a);
      if (p === void 0) return;
      const code = p.code === "E_POLICY_AWS_ACTION_REFUSED" ? "E_PROFILE_AWS_ACTION_REFUSED" : "E_PROFILE_AWS_PATTERN_INVALID";
      out.push(report(code, `Action ${j} of statement ${i} ${p.message}.`, `${at}/statements/${i}/actions/${j}`));
    });
  });
  return out;
}
function allowTargetCheck(rule, target, at, report) {
  const out = [];
  const foreign = Object.keys(rule).filter((k) => k !== "target" && k !== "statements");
  if (foreign.length > 0 || rule["statements"] === void 0) {
    out.push(report("E_PROFILE_ALLOW_PROVIDER", `Target ${target.name} is an aws target: its rule needs statements, and nothing else.`, at));
  }
  readRule(rule).statements.forEach((s, i) => {
    s.resources.forEach((r, j) => {
      const p = resourceProblem(r, target);
      if (p !== void 0)
        out.push(
          report("E_PROFILE_AWS_PATTERN_INVALID", `Resource ${j} of statement ${i} for ${target.name} ${p.message}.`, `${at}/statements/${i}/resources/${j}`)
        );
    });
  });
  return out;
}
function checkStatement(grant, ctx) {
  const { label, site, reasons } = ctx;
  const before = reasons.errors;
  const shape2 = ctx.target ?? { partition: "aws", accountId: "" };
  for (const p of statementProblems(grant, shape2)) {
    if (ctx.target === void 0 && (p.code === "E_POLICY_AWS_ARN_OTHER_ACCOUNT" || p.code === "E_POLICY_AWS_ARN_OTHER_PARTITION")) continue;
    const at = p.at.split("/");
    reasons.error(p.code, `${label}: ${p.at} ${p.message}`, child(site, "iam", ...at));
  }
  let allowed;
  if (ctx.rule !== void 0 && reasons.errors === before) {
    allowed = coveringStatement(grant, ctx.rule);
    if (allowed === void 0) {
      const actionsOut = grant.actions.filter((a) => !ctx.rule?.statements.some((s) => s.actions.some((p) => globCovers(p, a, true))));
      const resourcesOut = grant.resources.filter((r) => !ctx.rule?.statements.some((s) => s.resources.some((p) => globCovers(p, r))));
      for (const a of actionsOut)
        reasons.error(
          "E_POLICY_AWS_ACTION_NOT_ALLOWED",
          `${label}: action ${a} is not allowed on target "${ctx.rule.target}"`,
          child(site, "iam", "actions", grant.actions.indexOf(a))
        );
      for (const r of resourcesOut)
        reasons.error(
          "E_POLICY_AWS_RESOURCE_NOT_ALLOWED",
          `${label}: resource ${r} is not allowed on target "${ctx.rule.target}"`,
          child(site, "iam", "resources", grant.resources.indexOf(r))
        );
      if (actionsOut.length === 0 && resourcesOut.length === 0) {
        reasons.error(
          "E_POLICY_AWS_ACTION_NOT_ALLOWED",
          `${label}: no single allowed statement on target "${ctx.rule.target}" holds these actions on these resources together; split the statement`,
          child(site, "iam")
        );
      }
    }
  }
  if (ctx.target === void 0 || reasons.errors !== before) return {};
  return { spec: { kind: "iam", actions: [...grant.actions], resources: [...grant.resources] }, ...allowed !== void 0 ? { allowed } : {} };
}
function principalReason(principal, target) {
  const p = principalProblem(principal, target);
  return p === void 0 ? void 0 : `the AWS principal ${p.message}`;
}
function footprint(target, spec, allowed) {
  const rule = allowed;
  const wildActions = spec.actions.filter((a) => a.includes("*"));
  const wildResources = spec.resources.filter((r) => r.includes("*"));
  const notes = [
    `${spec.actions.length} action${spec.actions.length === 1 ? "" : "s"} on ${spec.resources.length} resource${spec.resources.length === 1 ? "" : "s"}` + (wildActions.length + wildResources.length > 0 ? `; wildcards: ${[...wildActions, ...wildResources].join(", ")}` : "; no wildcard"),
    "Allowed only until expires_at (aws:CurrentTime), by AWS itself."
  ];
  const narrower = [];
  if (rule !== void 0) {
    for (const w of wildActions) {
      const inside = rule.actions.filter((a) => !a.includes("*") && globCovers(w, a, true));
      if (inside.length > 0) narrower.push(...inside);
    }
    for (const w of wildResources) {
      const inside = rule.resources.filter((r) => r !== w && globCovers(w, r));
      if (inside.length > 0) narrower.push(...inside);
    }
  }
  return {
    target,
    kind: "iam",
    line: [{ text: "IAM " }, { code: spec.actions.join(", ") }, { text: " on " }, { code: spec.resources.join(", ") }],
    sensitive: [],
    hasSensitive: false,
    ...narrower.length > 0 ? { narrower } : {},
    notes
  };
}

// src/providers/aws/schema.ts
var AWS_TARGET_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["provider", "account_id", "credentials_env"],
  properties: {
    provider: { type: "string", enum: ["aws"] },
    description: { $ref: "#/$defs/description" },
    account_id: { $ref: "#/$defs/awsAccountId" },
    partition: { type: "string", enum: [...AWS_PARTITIONS], description: "Default aws." },
    credentials_env: {
      $ref: "#/$defs/envName",
      description: "Prefix of the environment variables holding the grantor's credentials: <prefix>_ACCESS_KEY_ID, <prefix>_SECRET_ACCESS_KEY and <prefix>_SESSION_TOKEN (AWS: what aws-actions/configure-aws-credentials sets)."
    },
    permissions_boundary: {
      type: "string",
      maxLength: 2048,
      pattern: "^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]{1,512}$",
      description: "A managed policy of this account set as every request role's permissions boundary."
    },
    principal_accounts: {
      type: "array",
      maxItems: 50,
      uniqueItems: true,
      items: { $ref: "#/$defs/awsAccountId" },
      description: "Other accounts whose principals identities may name (an identity account); the target's own always may."
    },
    protected_roles: {
      type: "array",
      maxItems: 100,
      uniqueItems: true,
      items: { type: "string", maxLength: 64, pattern: "^[A-Za-z0-9+=,.@_-]{1,64}$" },
      description: "Role names nobody may name as their principal (the grantor, break-glass roles)."
    }
  }
};
var STATEMENT = {
  type: "object",
  description: "An IAM statement: actions on resources, allowed until the grant expires.",
  additionalProperties: false,
  required: ["actions", "resources"],
  properties: {
    actions: { type: "array", minItems: 1, maxItems: 100, uniqueItems: true, items: { type: "string", minLength: 1, maxLength: 200 } },
    resources: { type: "array", minItems: 1, maxItems: 100, uniqueItems: true, items: { type: "string", minLength: 1, maxLength: 2048 } }
  }
};
var IAM_GRANT_SCHEMA = {
  type: "object",
  description: "IAM statements on an AWS account, through a role of the request's own.",
  additionalProperties: false,
  required: ["target", "iam"],
  properties: { target: { $ref: "#/$defs/name" }, iam: { $ref: "#/$defs/iamStatement" } }
};
var IAM_SPEC_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["iam"],
  properties: { iam: { $ref: "#/$defs/iamStatement" } }
};
var AWS_ALLOW_KEYS = {
  statements: { type: "array", minItems: 1, maxItems: 50, items: { $ref: "#/$defs/iamStatement" } }
};
var ACCOUNT_ID = { type: "string", maxLength: 12, pattern: PATTERNS.awsAccountId };
var AWS_IDENTITY_SCHEMA = {
  type: "string",
  maxLength: 512,
  pattern: PATTERNS.awsPrincipal,
  description: "AWS principal ARN (IAM user, role, or assumed-role session) used on every aws target unless overridden."
};
var AWS_DEFS = {
  request: { iamStatement: STATEMENT },
  profile: { iamStatement: STATEMENT },
  targets: { awsAccountId: ACCOUNT_ID }
};

// src/providers/aws/descriptor.ts
var text = (value) => typeof value === "string" ? value : "";
var strings2 = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
var partitionOf = (value) => AWS_PARTITIONS.find((p) => p === value) ?? "aws";
var FORBIDDEN_RESOURCE = /[^\x21-\x7e]|[$?"'\\{}<>`]/;
var awsDescriptor = {
  id: "aws",
  title: "AWS IAM",
  schema: { target: AWS_TARGET_SCHEMA, allowKeys: AWS_ALLOW_KEYS, defs: AWS_DEFS },
  kinds: [{ name: "iam", requestSchema: IAM_GRANT_SCHEMA, bundleSchema: IAM_SPEC_SCHEMA, read: (raw) => readStatement(raw["iam"]) }],
  // Each grant lives on a role of its own; AWS refuses it after expires_at on its own (the revoke job still deletes it).
  traits: { sharedObjects: false, recordsHeld: false, providerExpiry: true },
  target: (name, raw) => ({
    name,
    provider: "aws",
    ...typeof raw["description"] === "string" ? { description: raw["description"] } : {},
    accountId: text(raw["account_id"]),
    partition: partitionOf(raw["partition"]),
    credentialsEnv: text(raw["credentials_env"]),
    ...typeof raw["permissions_boundary"] === "string" ? { permissionsBoundary: raw["permissions_boundary"] } : {},
    principalAccounts: strings2(raw["principal_accounts"]),
    protectedRoles: strings2(raw["protected_roles"])
  }),
  credential: (target) => ({ field: "credentials_env", env: `${target.credentialsEnv}_ACCESS_KEY_ID` }),
  principal: {
    identityField: "aws",
    identitySchema: AWS_IDENTITY_SCHEMA,
    pattern: "awsPrincipal",
    caseInsensitive: false,
    words: { format: "an AWS principal ARN", missing: "AWS principal ARN" },
    declaredProtected: (principal, target) => {
      const role = /:(?:role(?:\/[^/]+)*|assumed-role)\/([^/]+)(?:\/[^/]+)?$/.exec(principal)?.[1];
      return role !== void 0 && (target.protectedRoles.includes(role) || role.startsWith(ROLE_PREFIX));
    },
    protectedReason: principalReason
  },
  allow: {
    keys: ["statements"],
    check: allowCheck,
    checkTarget: allowTargetCheck,
    read: readRule,
    checkBundleGrant(grant, rule, where) {
      return coveringStatement(grant, rule) !== void 0 ? [] : [
        where.report(
          "E_PROFILE_BUNDLE_NOT_ALLOWED",
          `${where.label}: its IAM statement is not inside one allowed statement by the allow rule for ${where.target}.`,
          where.at
        )
      ];
    }
  },
  checkGrant(grant, ctx) {
    switch (grant.kind) {
      case "iam":
        return checkStatement(grant, ctx);
      default:
        return assertNever(grant.kind, "grant kind");
    }
  },
  duplicate: (grant) => ({
    // Two statements of one request are the same grant only when they say the same thing; overlapping ones are merged by IAM anyway.
    key: JSON.stringify(["iam", [...grant.actions].map((a) => a.toLowerCase()).sort(), [...grant.resources].sort()]),
    text: `IAM statement on ${grant.resources.length} resource${grant.resources.length === 1 ? "" : "s"}`
  }),
  footprint,
  offers(rule) {
    return {
      lines: [],
      offers: readRule(rule).statements.map((s, i) => {
        const n = String(i + 1);
        const where = `${s.actions.join(", ")} on ${s.resources.join(", ")}`;
        return {
          kind: "iam",
          name: n,
          label: `iam statement ${n}`,
          note: where,
          lines: [`iam statement ${n}: ${where}`],
          grant: { iam: { actions: null, resources: null } },
          fields: [
            { path: ["iam", "actions"], label: `Actions of statement ${n}`, many: true, choices: s.actions.map((a) => ({ value: a })) },
            {
              path: ["iam", "resources"],
              label: `Resources of statement ${n} (--resources may name narrower ones inside these)`,
              many: true,
              choices: s.resources.map((r) => ({ value: r }))
            }
          ]
        };
      })
    };
  },
  ledger: {
    validate(s, kind, at, kit) {
      if (kind !== "iam") return kit.fail(`${at}/kind`, "does not belong to the provider");
      const members = kit.checkKeys(s, ["actions", "kind", "resources"], at);
      const actions = kit.array(s["actions"], at, "actions", 1, 100);
      actions.forEach((a, i) => kit.patterned(a, `${at}/actions`, i, "awsAction"));
      kit.unique(actions, at, "actions");
      const resources = kit.array(s["resources"], at, "resources", 1, 100);
      resources.forEach((r, i) => {
        const value = kit.string(r, `${at}/resources`, String(i), 2048);
        if (FORBIDDEN_RESOURCE.test(value)) kit.fail(`${at}/resources/${i}`, "holds characters never written into a policy");
      });
      kit.unique(resources, at, "resources");
      return members;
    }
  },
  describe: (spec, principal, target) => `${target}: ${spec.actions.join(", ")} on ${spec.resources.join(", ")} for ${principal}`,
  // The request's own role is the object; what it is about is its resources.
  resource: (spec) => ["iam", ...[...spec.resources].sort()].join("\0"),
  // The grant is a role the person assumes.
  usage: awsUsage,
  describeBackstop: describeAwsBackstop,
  planner: {
    id: "aws",
    kinds: ["iam"],
    recordsHeld: false,
    plan: planAws
  },
  async connect(target, secret, deps) {
    const { connectAws } = await import("./connect-WD3273N7.js");
    return connectAws(target, secret, deps.env ?? {});
  }
};

// src/providers/github/rules.ts
function checkTeamGrant(grant, env) {
  const { label, site, reasons } = env;
  const at = child(site, "team");
  let wellFormed = true;
  if (grant.role !== "member") {
    reasons.error("E_POLICY_TEAM_ROLE", `${label}: team role must be "member"`, child(site, "role"));
    wellFormed = false;
  }
  if (env.rule !== void 0 && !env.rule.teams.some((team) => sameName(team, grant.team))) {
    reasons.error("E_POLICY_TEAM_NOT_ALLOWED", `${label}: team "${grant.team}" is not allowed on target "${env.rule.target}"`, at);
  }
  if (env.target?.protectedTeams.some((team) => sameName(team, grant.team)) === true) {
    reasons.error("E_POLICY_TEAM_PROTECTED", `${label}: team "${grant.team}" is protected on target "${env.target.name}"`, at);
  }
  const controls = env.controlTeams.get(grant.team.toLowerCase());
  if (controls !== void 0) {
    reasons.error("E_POLICY_TEAM_CONTROL_PLANE", `${label}: team "${grant.team}" is ${controls}`, at);
  }
  if (env.target === void 0 || !wellFormed) return void 0;
  return { kind: "team", org: env.target.org, team: grant.team, role: "member" };
}
function isRepoPermission(permission) {
  return GITHUB_REPO_PERMISSIONS.includes(permission);
}
function checkRepoGrant(grant, env) {
  const { label, site, reasons } = env;
  const at = child(site, "repo");
  const permission = grant.permission;
  const known = isRepoPermission(permission);
  if (permission === "admin") {
    reasons.error("E_POLICY_REPO_ADMIN", `${label}: admin permission on "${grant.repo}" is never granted`, child(site, "permission"));
  } else if (!known) {
    reasons.error("E_POLICY_REPO_PERMISSION_UNKNOWN", `${label}: the permission on "${grant.repo}" is not one Grantbook grants`, child(site, "permission"));
  }
  if (env.rule !== void 0) {
    const allowed = env.rule.repos.find((repo) => sameName(repo.name, grant.repo));
    if (allowed === void 0) {
      reasons.error("E_POLICY_REPO_NOT_ALLOWED", `${label}: repository "${grant.repo}" is not allowed on target "${env.rule.target}"`, at);
    } else if (known && !allowed.permissions.includes(permission)) {
      reasons.error(
        "E_POLICY_REPO_PERMISSION_NOT_ALLOWED",
        `${label}: permission "${permission}" on "${grant.repo}" is not allowed (allowed: ${quoteList(allowed.permissions)})`,
        child(site, "permission")
      );
    }
  }
  const target = env.target;
  if (target === void 0) return void 0;
  const fullName = `${target.org}/${grant.repo}`;
  if (target.protectedRepos.some((repo) => sameName(repo, grant.repo))) {
    reasons.error("E_POLICY_REPO_PROTECTED", `${label}: repository "${fullName}" is protected on target "${target.name}"`, at);
  }
  if (env.controlRepo === void 0) {
    reasons.error("E_POLICY_CONTROL_REPO_UNKNOWN", `${label}: cannot tell whether "${fullName}" is the Grantbook repository`, at);
  } else if (sameName(env.controlRepo, fullName)) {
    reasons.error("E_POLICY_REPO_CONTROL_PLANE", `${label}: "${fullName}" is the Grantbook repository`, at);
  }
  if (!known) return void 0;
  return { kind: "repo", owner: target.org, repo: grant.repo, permission };
}

// src/providers/github/schema.ts
var GITHUB_TARGET_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["provider", "org", "token_env"],
  properties: {
    provider: { type: "string", enum: ["github"] },
    description: { $ref: "#/$defs/description" },
    org: { $ref: "#/$defs/login" },
    token_env: { $ref: "#/$defs/envName", description: "Name of the environment variable holding the token." },
    protected_teams: { type: "array", maxItems: 100, uniqueItems: true, items: { $ref: "#/$defs/teamSlug" } },
    protected_repos: { type: "array", maxItems: 100, uniqueItems: true, items: { $ref: "#/$defs/repoName" } }
  }
};
var TEAM_GRANT_SCHEMA = {
  type: "object",
  description: "Membership of a GitHub team.",
  additionalProperties: false,
  required: ["target", "team", "role"],
  properties: { target: { $ref: "#/$defs/name" }, team: { $ref: "#/$defs/teamSlug" }, role: { $ref: "#/$defs/teamRole" } }
};
var REPO_GRANT_SCHEMA = {
  type: "object",
  description: "Collaborator permission on a GitHub repository.",
  additionalProperties: false,
  required: ["target", "repo", "permission"],
  properties: { target: { $ref: "#/$defs/name" }, repo: { $ref: "#/$defs/repoName" }, permission: { $ref: "#/$defs/repoPermission" } }
};
var TEAM_SPEC_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["team", "role"],
  properties: { team: { $ref: "#/$defs/teamSlug" }, role: { $ref: "#/$defs/teamRole" } }
};
var REPO_SPEC_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["repo", "permission"],
  properties: { repo: { $ref: "#/$defs/repoName" }, permission: { $ref: "#/$defs/repoPermission" } }
};
var GITHUB_ALLOW_KEYS = {
  teams: { type: "array", minItems: 1, maxItems: 100, uniqueItems: true, items: { $ref: "#/$defs/teamSlug" } },
  repos: { type: "array", minItems: 1, maxItems: 100, items: { $ref: "#/$defs/allowedRepo" } }
};
var TEAM_ROLE = { type: "string", enum: ["member"] };
var REPO_PERMISSION = { type: "string", enum: ["pull", "triage", "push", "maintain"] };
var GITHUB_DEFS = {
  request: { teamRole: TEAM_ROLE, repoPermission: REPO_PERMISSION },
  profile: {
    teamRole: TEAM_ROLE,
    repoPermission: REPO_PERMISSION,
    allowedRepo: {
      type: "object",
      additionalProperties: false,
      required: ["name", "permissions"],
      properties: {
        name: { $ref: "#/$defs/repoName" },
        permissions: { type: "array", minItems: 1, maxItems: 4, uniqueItems: true, items: { $ref: "#/$defs/repoPermission" } }
      }
    }
  }
};

// src/providers/github/descriptor.ts
var strings3 = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
var text2 = (value) => typeof value === "string" ? value : "";
function allowCheck2(rule, at, report) {
  const out = [];
  const repoNames = /* @__PURE__ */ new Set();
  readRepos(rule["repos"]).forEach((repo, i) => {
    const key = repo.name.toLowerCase();
    if (repoNames.has(key)) out.push(report("E_PROFILE_DUPLICATE_ENTRY", `Repository ${repo.name} is listed twice.`, `${at}/repos/${i}/name`));
    repoNames.add(key);
  });
  return out;
}
function allowTargetCheck2(rule, target, at, report) {
  const out = [];
  const foreign = Object.keys(rule).filter((k) => k !== "target" && k !== "teams" && k !== "repos");
  if (foreign.length > 0 || rule["teams"] === void 0 && rule["repos"] === void 0) {
    out.push(
      report("E_PROFILE_ALLOW_PROVIDER", `Target ${target.name} is a github target: its rule needs teams and/or repos, and no privileges or tables.`, at)
    );
  }
  const protectedTeams = new Set(target.protectedTeams.map((t) => t.toLowerCase()));
  strings3(rule["teams"]).forEach((team, i) => {
    if (protectedTeams.has(team.toLowerCase()))
      out.push(report("E_PROFILE_ALLOWS_PROTECTED", `Team ${team} is protected on ${target.name}.`, `${at}/teams/${i}`));
  });
  const protectedRepos = new Set(target.protectedRepos.map((r) => r.toLowerCase()));
  readRepos(rule["repos"]).forEach((repo, i) => {
    if (protectedRepos.has(repo.name.toLowerCase())) {
      out.push(report("E_PROFILE_ALLOWS_PROTECTED", `Repository ${repo.name} is protected on ${target.name}.`, `${at}/repos/${i}/name`));
    }
  });
  return out;
}
function readRepos(value) {
  if (!Array.isArray(value)) return [];
  return value.map((r) => {
    const o = typeof r === "object" && r !== null ? r : {};
    return { name: text2(o["name"]), permissions: strings3(o["permissions"]) };
  });
}
function misfits(grant, rule) {
  switch (grant.kind) {
    case "team":
      return rule.teams.includes(grant.team) ? [] : [`team ${grant.team} is not allowed`];
    case "repo": {
      const repo = rule.repos.find((r) => r.name.toLowerCase() === grant.repo.toLowerCase());
      if (repo === void 0) return [`repository ${grant.repo} is not allowed`];
      return repo.permissions.includes(grant.permission) ? [] : [`permission ${grant.permission} on ${grant.repo} is not allowed`];
    }
    default:
      return assertNever(grant, "grant kind");
  }
}
var githubDescriptor = {
  id: "github",
  title: "GitHub",
  schema: { target: GITHUB_TARGET_SCHEMA, allowKeys: GITHUB_ALLOW_KEYS, defs: GITHUB_DEFS },
  kinds: [
    {
      name: "team",
      requestSchema: TEAM_GRANT_SCHEMA,
      bundleSchema: TEAM_SPEC_SCHEMA,
      read: (raw) => ({ kind: "team", team: text2(raw["team"]), role: text2(raw["role"]) })
    },
    {
      name: "repo",
      requestSchema: REPO_GRANT_SCHEMA,
      bundleSchema: REPO_SPEC_SCHEMA,
      read: (raw) => ({ kind: "repo", repo: text2(raw["repo"]), permission: text2(raw["permission"]) })
    }
  ],
  // A team or a repository's collaborators are shared: another live grant may hold the same membership.
  traits: { sharedObjects: true, recordsHeld: true, providerExpiry: false },
  target: (name, raw) => ({
    name,
    provider: "github",
    ...typeof raw["description"] === "string" ? { description: raw["description"] } : {},
    org: text2(raw["org"]),
    tokenEnv: text2(raw["token_env"]),
    protectedTeams: strings3(raw["protected_teams"]),
    protectedRepos: strings3(raw["protected_repos"])
  }),
  credential: (target) => ({ field: "token_env", env: target.tokenEnv }),
  principal: {
    pattern: "login",
    caseInsensitive: true,
    words: { format: "a GitHub login", missing: "GitHub login" },
    declaredProtected: () => false,
    protectedReason: () => void 0
  },
  allow: {
    keys: ["teams", "repos"],
    check: allowCheck2,
    checkTarget: allowTargetCheck2,
    read: (rule) => ({ target: text2(rule["target"]), teams: strings3(rule["teams"]), repos: readRepos(rule["repos"]) }),
    checkBundleGrant(grant, rule, where) {
      const problems = misfits(grant, rule);
      return problems.map(
        (problem) => where.report("E_PROFILE_BUNDLE_NOT_ALLOWED", `${where.label}: ${problem} by the allow rule for ${where.target}.`, where.at)
      );
    }
  },
  checkGrant(grant, ctx) {
    switch (grant.kind) {
      case "team": {
        const spec = checkTeamGrant(grant, ctx);
        return spec === void 0 ? {} : { spec };
      }
      case "repo": {
        const spec = checkRepoGrant(grant, ctx);
        return spec === void 0 ? {} : { spec };
      }
      default:
        return assertNever(grant, "grant kind");
    }
  },
  duplicate(grant) {
    switch (grant.kind) {
      case "team":
        return { key: JSON.stringify(["team", grant.team.toLowerCase()]), text: `team "${grant.team}"` };
      case "repo":
        return { key: JSON.stringify(["repo", grant.repo.toLowerCase()]), text: `repository "${grant.repo}"` };
      default:
        return assertNever(grant, "grant kind");
    }
  },
  offers(rule) {
    const teams = strings3(rule["teams"]).map((team) => ({
      kind: "team",
      name: team,
      label: `team ${team}`,
      note: "membership",
      lines: [`team ${team}: membership`],
      grant: { team, role: "member" },
      fields: []
    }));
    const repos = readRepos(rule["repos"]).map((r) => ({
      kind: "repo",
      name: r.name,
      label: `repository ${r.name}`,
      note: r.permissions.join(", "),
      lines: [`repository ${r.name}: ${r.permissions.join(", ")}`],
      grant: { repo: r.name, permission: null },
      fields: [{ path: ["permission"], label: `Permission on ${r.name}`, many: false, choices: r.permissions.map((p) => ({ value: p })) }]
    }));
    return { lines: [], offers: [...teams, ...repos] };
  },
  footprint(target, spec) {
    const base = { target, kind: spec.kind, sensitive: [], hasSensitive: false, notes: [] };
    switch (spec.kind) {
      case "team":
        return { ...base, line: [{ text: "team membership " }, { code: spec.team }] };
      case "repo":
        return { ...base, line: [{ text: "repository " }, { code: spec.repo }, { text: `: ${spec.permission}` }] };
      default:
        return assertNever(spec, "grant kind");
    }
  },
  ledger: {
    validate(s, kind, at, kit) {
      if (kind === "team") {
        const members = kit.checkKeys(s, ["kind", "org", "role", "team"], at);
        kit.patterned(s["org"], at, "org", "login");
        if (s["role"] !== "member") kit.fail(`${at}/role`, "is not member");
        kit.patterned(s["team"], at, "team", "teamSlug");
        return members;
      }
      if (kind === "repo") {
        const members = kit.checkKeys(s, ["kind", "owner", "permission", "repo"], at);
        kit.patterned(s["owner"], at, "owner", "login");
        kit.oneOf(s["permission"], at, "permission", GITHUB_REPO_PERMISSIONS);
        kit.patterned(s["repo"], at, "repo", "repoName");
        return members;
      }
      return kit.fail(`${at}/kind`, "does not belong to the provider");
    }
  },
  describe(spec, principal, target) {
    switch (spec.kind) {
      case "team":
        return `${target}: ${principal} member of ${spec.org}/${spec.team}`;
      case "repo":
        return `${target}: ${principal} ${spec.permission} on ${spec.owner}/${spec.repo}`;
      default:
        return assertNever(spec, "grant kind");
    }
  },
  audit: {
    describe(spec, principal, target) {
      switch (spec.kind) {
        case "team":
          return `${target}: ${principal} ${spec.role} of ${spec.org}/${spec.team}`;
        case "repo":
          return `${target}: ${principal} ${spec.permission} on ${spec.owner}/${spec.repo}`;
        default:
          return assertNever(spec, "grant kind");
      }
    },
    covers(spec) {
      switch (spec.kind) {
        case "team":
          return { team: `${spec.org}/${spec.team} (${spec.role})` };
        case "repo":
          return { repository: `${spec.owner}/${spec.repo} (${spec.permission})` };
        default:
          return assertNever(spec, "grant kind");
      }
    }
  },
  resource(spec) {
    switch (spec.kind) {
      case "team":
        return ["team", spec.org.toLowerCase(), spec.team.toLowerCase()].join("\0");
      case "repo":
        return ["repo", spec.owner.toLowerCase(), spec.repo.toLowerCase()].join("\0");
      default:
        return assertNever(spec, "grant kind");
    }
  },
  planner: githubPlanner,
  async connect(target, secret, deps) {
    if (deps.githubAccess === void 0) throw new Error("github targets need the GitHub port (ConnectDeps.githubAccess)");
    const { createGithubProvider } = await import("./provider-FCNP3GFP.js");
    return createGithubProvider(target, deps.githubAccess(secret, target));
  }
};

// src/providers/mysql/rules.ts
var NEVER_GRANTED2 = /* @__PURE__ */ new Set([
  "ALL",
  "ALL_PRIVILEGES",
  "SUPER",
  "FILE",
  "PROCESS",
  "SHUTDOWN",
  "CREATE_USER",
  "EVENT",
  "TRIGGER",
  "ALTER_ROUTINE",
  "CREATE_ROUTINE",
  "EXECUTE",
  "CREATE",
  "DROP",
  "ALTER",
  "INDEX",
  "CREATE_VIEW",
  "CREATE_TEMPORARY_TABLES",
  "LOCK_TABLES",
  "RELOAD",
  "PROXY",
  "USAGE"
]);
function isNeverGranted(privilege) {
  return NEVER_GRANTED2.has(privilege) || privilege.includes("GRANT") || privilege.includes("ADMIN") || privilege.startsWith("REPLICATION");
}
function isMysqlPrivilege(privilege) {
  return MYSQL_PRIVILEGES.includes(privilege);
}
var strings4 = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
var text3 = (value) => typeof value === "string" ? value : "";
function readMysqlGrant(raw) {
  return {
    kind: "table",
    privileges: strings4(raw["privileges"]),
    table: text3(raw["table"]),
    ...raw["columns"] !== void 0 ? { columns: strings4(raw["columns"]) } : {},
    ...raw["rows"] !== void 0 ? { rows: raw["rows"] } : {},
    ...raw["masked"] !== void 0 ? { masked: raw["masked"] } : {}
  };
}
function databaseRefusal(database, target) {
  const lower = database.toLowerCase();
  if (SYSTEM_SCHEMAS.includes(lower)) return `"${database}" is a server schema`;
  if (lower === target.metadataDatabase.toLowerCase()) return `"${database}" is the grantor's own database`;
  if (!target.databases.includes(database)) return `database "${database}" is not one target "${target.name}" lists`;
  return void 0;
}
var KEYS = ["privileges", "tables"];
function tablesOf(rule) {
  return Array.isArray(rule["tables"]) ? rule["tables"] : [];
}
function checkMysqlRule(rule, at, report) {
  const out = [];
  strings4(rule["privileges"]).forEach((privilege, p) => {
    if (isNeverGranted(privilege))
      out.push(report("E_PROFILE_DANGEROUS_PRIVILEGE", `Privilege ${privilege} is never allowed in a profile.`, `${at}/privileges/${p}`));
    else if (!isMysqlPrivilege(privilege))
      out.push(report("E_PROFILE_UNKNOWN_PRIVILEGE", `Privilege ${privilege} is not a MySQL table privilege Grantbook grants.`, `${at}/privileges/${p}`));
  });
  const seen = /* @__PURE__ */ new Set();
  tablesOf(rule).forEach((table, t) => {
    const tat = `${at}/tables/${t}`;
    const name = text3(table.name);
    if (seen.has(name)) out.push(report("E_PROFILE_DUPLICATE_ENTRY", `Table ${name} is listed twice.`, `${tat}/name`));
    seen.add(name);
    if (table.columns === void 0 && table.all_columns !== true) {
      out.push(report("E_PROFILE_TABLE_COLUMNS", `Table ${name} lists no columns and does not set all_columns: true.`, tat));
    }
    const columns = new Set(strings4(table.columns));
    strings4(table.sensitive).forEach((column, c) => {
      if (table.columns !== void 0 && !columns.has(column)) {
        out.push(report("E_PROFILE_SENSITIVE_NOT_COLUMN", `Sensitive column ${column} is not in the columns of ${name}.`, `${tat}/sensitive/${c}`));
      }
    });
    if (table.rows !== void 0 || table.masks !== void 0) {
      out.push(report("E_PROFILE_ALLOW_PROVIDER", `Table ${name}: row filters and masks are PostgreSQL's; a mysql target grants columns only.`, tat));
    }
  });
  return out;
}
function checkMysqlRuleTarget(rule, target, at, report) {
  const out = [];
  const foreign = Object.keys(rule).filter((k) => k !== "target" && !KEYS.includes(k));
  if (foreign.length > 0 || rule["privileges"] === void 0 || rule["tables"] === void 0) {
    out.push(report("E_PROFILE_ALLOW_PROVIDER", `Target ${target.name} is a mysql target: its rule needs privileges and tables, and no teams or repos.`, at));
  }
  tablesOf(rule).forEach((table, t) => {
    const tat = `${at}/tables/${t}`;
    const name = text3(table.name);
    const refusal = databaseRefusal(name.split(".")[0] ?? "", target);
    if (refusal !== void 0)
      out.push(report("E_PROFILE_ALLOWS_PROTECTED", `Table ${name}: ${refusal}; it is never grantable on ${target.name}.`, `${tat}/name`));
  });
  return out;
}
function readMysqlRule(rule) {
  return {
    target: text3(rule["target"]),
    // Unknown or refused privileges are load errors; never pass them on.
    privileges: strings4(rule["privileges"]).filter(isMysqlPrivilege),
    tables: tablesOf(rule).map((t) => ({
      name: text3(t.name),
      columns: strings4(t.columns),
      allColumns: t.all_columns === true,
      sensitive: strings4(t.sensitive)
    }))
  };
}
function checkMysqlBundleGrant(grant, rule, where) {
  const problems = [];
  const table = rule.tables.find((t) => t.name === grant.table);
  if (table === void 0) problems.push(`table ${grant.table} is not allowed`);
  else {
    problems.push(...grant.privileges.filter((p) => !rule.privileges.includes(p)).map((p) => `privilege ${p} is not allowed`));
    if (grant.columns === void 0) {
      if (!table.allColumns) problems.push(`the whole of ${grant.table} is not allowed (name columns)`);
    } else if (!table.allColumns) {
      problems.push(...grant.columns.filter((c) => !table.columns.includes(c)).map((c) => `column ${c} of ${grant.table} is not allowed`));
    }
  }
  return problems.map((problem) => where.report("E_PROFILE_BUNDLE_NOT_ALLOWED", `${where.label}: ${problem} by the allow rule for ${where.target}.`, where.at));
}
function checkMysqlGrant(grant, ctx) {
  const { label, site, reasons, rule, target } = ctx;
  const privileges = [];
  grant.privileges.forEach((privilege, k) => {
    const at = child(site, "privileges", k);
    if (isNeverGranted(privilege)) return reasons.error("E_POLICY_PRIVILEGE_DANGEROUS", `${label}: privilege "${privilege}" is never granted`, at);
    if (!isMysqlPrivilege(privilege))
      return reasons.error("E_POLICY_PRIVILEGE_UNKNOWN", `${label}: "${privilege}" is not a MySQL table privilege Grantbook grants`, at);
    privileges.push(privilege);
    if (rule !== void 0 && !rule.privileges.includes(privilege)) {
      reasons.error(
        "E_POLICY_PRIVILEGE_NOT_ALLOWED",
        `${label}: privilege "${privilege}" is not allowed on target "${rule.target}" (allowed: ${quoteList(rule.privileges)})`,
        at
      );
    }
    if (grant.columns !== void 0 && !COLUMN_PRIVILEGES.has(privilege)) {
      reasons.error(
        "E_POLICY_PRIVILEGE_TABLE_LEVEL",
        `${label}: "${privilege}" cannot be limited to columns; request it in a separate grant without columns`,
        at
      );
    }
    return void 0;
  });
  const [database = "", table = "", ...rest] = grant.table.split(".");
  if (database === "" || table === "" || rest.length > 0) {
    reasons.error("E_POLICY_TABLE_INVALID", `${label}: the table is not written as database.table`, child(site, "table"));
  } else if (target !== void 0) {
    const refusal = databaseRefusal(database, target);
    if (refusal !== void 0) {
      const code = SYSTEM_SCHEMAS.includes(database.toLowerCase()) || database.toLowerCase() === target.metadataDatabase.toLowerCase() ? "E_POLICY_TABLE_SYSTEM" : "E_POLICY_TABLE_NOT_ALLOWED";
      reasons.error(code, `${label}: table "${grant.table}": ${refusal}`, child(site, "table"));
    }
  }
  if (grant.rows !== void 0)
    reasons.error("E_POLICY_ROWS_NOT_ALLOWED", `${label}: row filters are not available on a mysql target (grant columns instead)`, child(site, "rows"));
  if (grant.masked !== void 0)
    reasons.error("E_POLICY_MASK_NOT_ALLOWED", `${label}: masks are not available on a mysql target (grant columns instead)`, child(site, "masked"));
  const allowed = rule === void 0 ? void 0 : checkAllowed(grant, ctx, rule);
  if (allowed !== void 0 && ctx.sensitive !== void 0) checkSensitive(grant, ctx, allowed, ctx.sensitive);
  const wellFormed = privileges.length === grant.privileges.length && database !== "" && table !== "" && rest.length === 0 && grant.rows === void 0 && grant.masked === void 0;
  if (!wellFormed) return allowed === void 0 ? {} : { allowed };
  const spec = { kind: "table", privileges, database, table, ...grant.columns !== void 0 ? { columns: [...grant.columns] } : {} };
  return allowed === void 0 ? { spec } : { spec, allowed };
}
function checkAllowed(grant, ctx, rule) {
  const { label, site, reasons } = ctx;
  const allowed = rule.tables.find((t) => t.name === grant.table);
  if (allowed === void 0) {
    reasons.error("E_POLICY_TABLE_NOT_ALLOWED", `${label}: table "${grant.table}" is not allowed on target "${rule.target}"`, child(site, "table"));
    return void 0;
  }
  if (grant.columns === void 0) {
    if (!allowed.allColumns) {
      reasons.error(
        "E_POLICY_WHOLE_TABLE_NOT_ALLOWED",
        `${label}: table "${grant.table}" may only be granted by column (allowed: ${quoteList(allowed.columns)})`,
        site
      );
    }
    return allowed;
  }
  if (allowed.allColumns) return allowed;
  grant.columns.forEach((column, k) => {
    if (!allowed.columns.includes(column))
      reasons.error("E_POLICY_COLUMN_NOT_ALLOWED", `${label}: column "${column}" of "${grant.table}" is not allowed`, child(site, "columns", k));
  });
  return allowed;
}
function sensitiveTouched(columns, allowed) {
  return columns === void 0 ? [...allowed.sensitive] : columns.filter((c) => allowed.sensitive.includes(c));
}
function checkSensitive(grant, ctx, allowed, mode) {
  const { label, site, reasons } = ctx;
  const touched = sensitiveTouched(grant.columns, allowed);
  if (touched.length === 0) return;
  if (mode === "flag")
    return reasons.warn("E_POLICY_SENSITIVE_COLUMN_FLAGGED", `${label}: touches sensitive columns ${quoteList(touched)} of "${grant.table}"`, site);
  if (grant.columns === void 0) {
    return reasons.error(
      "E_POLICY_SENSITIVE_COLUMN_REFUSED",
      `${label}: the whole table "${grant.table}" includes sensitive columns ${quoteList(touched)}`,
      site
    );
  }
  grant.columns.forEach((column, k) => {
    if (touched.includes(column))
      reasons.error("E_POLICY_SENSITIVE_COLUMN_REFUSED", `${label}: column "${column}" of "${grant.table}" is sensitive`, child(site, "columns", k));
  });
  return void 0;
}
function mysqlFootprint(target, spec, allowed) {
  const name = `${spec.database}.${spec.table}`;
  const columns = spec.columns === void 0 ? [{ strong: "all columns" }] : spec.columns.flatMap((c, i) => i === 0 ? [{ code: c }] : [{ text: ", " }, { code: c }]);
  return {
    target,
    kind: spec.kind,
    line: [{ code: target }, { text: " " }, { code: name }, { text: `: ${spec.privileges.join(", ")} on ` }, ...columns],
    sensitive: allowed === void 0 ? [] : sensitiveTouched(spec.columns, allowed),
    hasSensitive: true,
    notes: ["Used after `SET ROLE` in each session (the plan names the role); ends inside the server at expiry where event_scheduler is ON."]
  };
}

// src/providers/mysql/schema.ts
var MYSQL_TARGET_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["provider", "connection_env", "grantor", "databases"],
  properties: {
    provider: { type: "string", enum: ["mysql"] },
    description: { $ref: "#/$defs/description" },
    connection_env: { $ref: "#/$defs/envName", description: "Name of the environment variable holding the grantor's URL (mysql://user:password@host:port/)." },
    grantor: { $ref: "#/$defs/mysqlAccount", description: "The account Grantbook connects as (user@host); never grantable." },
    databases: {
      type: "array",
      description: "The databases grants on this target may name (MySQL's schemas).",
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
      items: { $ref: "#/$defs/identifier" }
    },
    metadata_database: { $ref: "#/$defs/identifier", description: "The grantor's own database (tag table, expiry events); default grantbook." },
    protected_accounts: { type: "array", maxItems: 100, uniqueItems: true, items: { $ref: "#/$defs/mysqlAccount" } }
  }
};
var MYSQL_IDENTITY_SCHEMA = {
  type: "string",
  maxLength: 300,
  pattern: PATTERNS.mysqlAccount,
  description: "MySQL/MariaDB account (user@host) used on every mysql target unless overridden."
};
var MYSQL_DEFS = {
  targets: { mysqlAccount: { type: "string", maxLength: 300, pattern: PATTERNS.mysqlAccount } }
};

// src/providers/table-kind.ts
var TABLE_GRANT_SCHEMA = {
  type: "object",
  description: "Privileges on a database table, optionally limited to columns.",
  additionalProperties: false,
  required: ["target", "privileges", "table"],
  properties: {
    target: {
      $ref: "#/$defs/name"
    },
    privileges: {
      $ref: "#/$defs/privileges"
    },
    table: {
      $ref: "#/$defs/qualifiedTable"
    },
    columns: {
      $ref: "#/$defs/columns"
    },
    rows: {
      $ref: "#/$defs/rows"
    },
    masked: {
      $ref: "#/$defs/masked"
    }
  }
};
var TABLE_SPEC_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["privileges", "table"],
  properties: {
    privileges: {
      type: "array",
      minItems: 1,
      maxItems: 6,
      uniqueItems: true,
      items: {
        $ref: "#/$defs/privilege"
      }
    },
    table: {
      $ref: "#/$defs/qualifiedTable"
    },
    columns: {
      $ref: "#/$defs/columns"
    }
  }
};
var TABLE_ALLOW_KEYS = {
  privileges: {
    type: "array",
    minItems: 1,
    maxItems: 16,
    uniqueItems: true,
    items: {
      $ref: "#/$defs/privilege"
    }
  },
  tables: {
    type: "array",
    minItems: 1,
    maxItems: 200,
    items: {
      $ref: "#/$defs/allowedTable"
    }
  }
};

// src/providers/table-offers.ts
var strings5 = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
function tableOffers(rule, sensitive) {
  const privileges = strings5(rule["privileges"]);
  const tables = Array.isArray(rule["tables"]) ? rule["tables"] : [];
  return {
    lines: privileges.length > 0 ? [`privileges: ${privileges.join(", ")}`] : [],
    offers: tables.map((t) => tableOffer(t, privileges, sensitive))
  };
}
function tableOffer(t, privileges, sensitive) {
  const columns = t.columns ?? [];
  const marked = new Set(t.sensitive ?? []);
  const whole = t.all_columns === true;
  const refused = sensitive === "refuse" ? columns.filter((c) => marked.has(c)) : [];
  const choices = columns.filter((c) => !refused.includes(c)).map((c) => marked.has(c) ? { value: c, note: "(sensitive)", sensitive: true } : { value: c });
  const mark = sensitive === "refuse" ? " (sensitive: refused)" : " (sensitive)";
  const listed = columns.map((c) => `${c}${marked.has(c) ? mark : ""}`);
  const lines = [`table ${t.name}: ${listed.join(", ")}${whole ? `${listed.length > 0 ? "; " : ""}or the whole table` : ""}`];
  if (t.rows !== void 0) {
    const on = Object.entries(t.rows.columns).map(([column, kind]) => `${column} (${kind === "range" ? "a time range" : "values"})`);
    lines.push(`  rows: filter on ${on.join(", ")}${t.rows.required === true ? "; a filter is required" : ""}`);
  }
  if (t.masks !== void 0) {
    const required = Object.entries(t.masks.required ?? {}).map(([column, masks]) => `${column} only as ${masks.map(maskName).join(" or ")}`);
    const allowed = (t.masks.allowed ?? MASK_NAMES).map(maskName);
    lines.push(`  masks: ${allowed.join(", ")}${required.length > 0 ? `; ${required.join(", ")}` : ""}`);
  }
  return {
    kind: "table",
    name: t.name,
    label: `table ${t.name}`,
    note: `${columns.length} column(s)${whole ? " or the whole table" : ""}`,
    lines,
    grant: { privileges: null, table: t.name, columns: null },
    fields: [
      {
        path: ["columns"],
        label: `Columns of ${t.name}`,
        many: true,
        choices,
        ...whole ? { omit: { value: "(whole table)", note: "every column, now and later" } } : {},
        ...refused.length > 0 ? { refused: { values: refused, why: "sensitive; this profile refuses sensitive columns" } } : {}
      },
      { path: ["privileges"], label: `Privileges on ${t.name}`, many: true, choices: privileges.map((p) => ({ value: p })), upperCase: true }
    ]
  };
}

// src/providers/mysql/descriptor.ts
var DEFAULT_METADATA_DATABASE = "grantbook";
var MAX_COLUMNS = 200;
var strings6 = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
var text4 = (value) => typeof value === "string" ? value : "";
var TABLE_SPEC_KEYS = ["columns?", "database", "kind", "privileges", "table"];
function protectedReason(principal, target) {
  const account = parseAccount(principal);
  const grantor = parseAccount(target.grantor);
  if (account === void 0 || grantor === void 0) return void 0;
  return principalRefusal(account, grantor, target);
}
var mysqlDescriptor = {
  id: "mysql",
  title: "MySQL/MariaDB",
  schema: { target: MYSQL_TARGET_SCHEMA, allowKeys: TABLE_ALLOW_KEYS, defs: MYSQL_DEFS },
  kinds: [{ name: "table", requestSchema: TABLE_GRANT_SCHEMA, bundleSchema: TABLE_SPEC_SCHEMA, read: readMysqlGrant }],
  // Grants live on a per-request role of the tool's own; the server's event ends them at expiry where event_scheduler is ON.
  traits: { sharedObjects: false, recordsHeld: false, providerExpiry: true },
  target: (name, raw) => ({
    name,
    provider: "mysql",
    ...typeof raw["description"] === "string" ? { description: raw["description"] } : {},
    connectionEnv: text4(raw["connection_env"]),
    grantor: text4(raw["grantor"]),
    databases: strings6(raw["databases"]),
    metadataDatabase: typeof raw["metadata_database"] === "string" ? raw["metadata_database"] : DEFAULT_METADATA_DATABASE,
    protectedAccounts: strings6(raw["protected_accounts"])
  }),
  credential: (target) => ({ field: "connection_env", env: target.connectionEnv }),
  principal: {
    identityField: "mysql",
    identitySchema: MYSQL_IDENTITY_SCHEMA,
    pattern: "mysqlAccount",
    caseInsensitive: false,
    words: { format: "a MySQL account (user@host)", missing: "MySQL/MariaDB account" },
    declaredProtected: (principal, target) => principal === target.grantor || target.protectedAccounts.includes(principal),
    protectedReason
  },
  allow: {
    keys: ["privileges", "tables"],
    check: checkMysqlRule,
    checkTarget: checkMysqlRuleTarget,
    read: readMysqlRule,
    checkBundleGrant: checkMysqlBundleGrant
  },
  checkGrant: checkMysqlGrant,
  duplicate: (grant) => ({ key: JSON.stringify(["table", grant.table]), privileges: grant.privileges, text: `"${grant.table}"` }),
  // `allowed` is what checkMysqlGrant returned: the profile's entry for the table.
  footprint: (target, spec, allowed) => mysqlFootprint(target, spec, allowed),
  // Rows and masks are PostgreSQL's: a MySQL rule never declares them (checkMysqlRule), so none are offered.
  offers: tableOffers,
  ledger: {
    validate(s, kind, at, kit) {
      if (kind !== "table") return kit.fail(`${at}/kind`, "does not belong to the provider");
      const members = kit.checkKeys(s, TABLE_SPEC_KEYS, at);
      const privileges = kit.array(s["privileges"], at, "privileges", 1, MYSQL_PRIVILEGES.length);
      for (let i = 0; i < privileges.length; i += 1) kit.oneOf(privileges[i], `${at}/privileges`, i, MYSQL_PRIVILEGES);
      kit.unique(privileges, at, "privileges");
      kit.patterned(s["database"], at, "database", "identifier");
      kit.patterned(s["table"], at, "table", "identifier");
      if (s["columns"] !== void 0) {
        const columns = kit.array(s["columns"], at, "columns", 1, MAX_COLUMNS);
        for (let i = 0; i < columns.length; i += 1) kit.patterned(columns[i], `${at}/columns`, i, "identifier");
        kit.unique(columns, at, "columns");
      }
      return members;
    }
  },
  describe: (s, principal, target) => `${target}: ${s.privileges.join(", ")}${s.columns !== void 0 ? ` (${s.columns.join(", ")})` : ""} ON ${s.database}.${s.table} to ${formatPrincipal(principal)}`,
  audit: {
    describe: (s, principal, target) => `${target}: ${s.privileges.join(", ")} ${s.columns !== void 0 ? `(${s.columns.join(", ")})` : "(all columns)"} ON ${s.database}.${s.table} to ${formatPrincipal(principal)}`,
    covers: (s) => ({ table: { name: `${s.database}.${s.table}`, columns: s.columns, privileges: s.privileges } }),
    ruleTables: (raw) => readMysqlRule(raw).tables
  },
  // Database and table names compare exactly (case-sensitive table names on Linux servers).
  resource: (s) => ["table", s.database, s.table].join("\0"),
  // A granted role is used only once the session activates it (SET ROLE).
  usage: mysqlUsage,
  describeBackstop: describeMysqlBackstop,
  planner: { id: "mysql", kinds: ["table"], recordsHeld: false, plan: planMysql },
  async connect(target, secret, deps) {
    const { createMysqlProvider } = await import("./provider-FNFPUEM7.js");
    return createMysqlProvider(target, { connectionUrl: secret, ...deps.onStatement !== void 0 ? { onStatement: deps.onStatement } : {} });
  }
};
function formatPrincipal(principal) {
  const account = parseAccount(principal);
  return account === void 0 ? "an account" : formatAccount(account);
}

// src/ledger/validate-view.ts
var VALUES = shape("column", "values");
var RANGE = shape("column", "from", "to");
var MASKED = shape("column", "mask");
function viewSpecMembers(s, at) {
  let members = 0;
  if (s.rows !== void 0) {
    const rows = array(s.rows, at, "rows", 1, ROW_LIMITS.conditions);
    const columns = [];
    for (let i = 0; i < rows.length; i += 1) {
      const p = `${at}/rows/${i}`;
      const c = object(rows[i], p);
      members += checkKeys(c, Object.hasOwn(c, "values") ? VALUES : RANGE, p);
      columns.push(patterned(c.column, p, "column", "identifier"));
      if (c.values !== void 0) {
        const values = array(c.values, p, "values", 1, ROW_LIMITS.values);
        for (let k = 0; k < values.length; k += 1) {
          if (typeof values[k] === "number") integer(values[k], `${p}/values`, String(k), 0);
          else patterned(values[k], `${p}/values`, k, "rowText");
        }
        unique(values, p, "values");
      } else {
        const from = instantMs(patterned(c.from, p, "from", "instant"));
        const to = instantMs(patterned(c.to, p, "to", "instant"));
        if (from === void 0 || to === void 0 || from >= to) fail(`${p}/to`, "is not an instant after from");
      }
    }
    unique(columns, at, "rows");
  }
  if (s.masked !== void 0) {
    const masked = array(s.masked, at, "masked", 1, ROW_LIMITS.masked);
    const columns = [];
    for (let i = 0; i < masked.length; i += 1) {
      const p = `${at}/masked/${i}`;
      const m = object(masked[i], p);
      members += checkKeys(m, MASKED, p);
      columns.push(patterned(m.column, p, "column", "identifier"));
      oneOf(m.mask, p, "mask", MASK_NAMES);
    }
    unique(columns, at, "masked");
  }
  return members;
}

// src/providers/postgres/view-allow.ts
var ALL_MASKS = MASK_NAMES;
function toAllowedRows(raw) {
  return {
    columns: new Map(Object.entries(raw.columns)),
    required: raw.required === true,
    count: raw.count ?? "estimate"
  };
}
function toAllowedMasks(raw) {
  const unique2 = (names) => [...new Set(names.map(maskName))];
  return {
    allowed: raw.allowed === void 0 ? ALL_MASKS : unique2(raw.allowed),
    required: new Map(Object.entries(raw.required ?? {}).map(([column, masks]) => [column, unique2(masks)]))
  };
}

// src/providers/postgres/allow.ts
var KEYS2 = ["privileges", "tables"];
function parts(rule) {
  const privileges = Array.isArray(rule["privileges"]) ? rule["privileges"].filter((p) => typeof p === "string") : [];
  const tables = Array.isArray(rule["tables"]) ? rule["tables"] : [];
  return { privileges, tables };
}
function checkPostgresRuleTarget(rule, target, at, report) {
  const foreign = Object.keys(rule).filter((k) => k !== "target" && !KEYS2.includes(k));
  if (foreign.length > 0 || rule["privileges"] === void 0 || rule["tables"] === void 0) {
    return [report("E_PROFILE_ALLOW_PROVIDER", `Target ${target.name} is a postgres target: its rule needs privileges and tables, and no teams or repos.`, at)];
  }
  return [];
}
function checkPostgresRule(rule, at, report) {
  const out = [];
  const { privileges, tables } = parts(rule);
  privileges.forEach((privilege, p) => {
    if (NEVER_GRANTED.has(privilege)) {
      out.push(report("E_PROFILE_DANGEROUS_PRIVILEGE", `Privilege ${privilege} is never allowed in a profile.`, `${at}/privileges/${p}`));
    } else if (!isPostgresPrivilege(privilege)) {
      out.push(report("E_PROFILE_UNKNOWN_PRIVILEGE", `Privilege ${privilege} is not a PostgreSQL table privilege.`, `${at}/privileges/${p}`));
    }
  });
  const tableNames = /* @__PURE__ */ new Set();
  tables.forEach((table, t) => {
    const tat = `${at}/tables/${t}`;
    if (tableNames.has(table.name)) out.push(report("E_PROFILE_DUPLICATE_ENTRY", `Table ${table.name} is listed twice.`, `${tat}/name`));
    tableNames.add(table.name);
    if (table.columns === void 0 && table.all_columns !== true) {
      out.push(report("E_PROFILE_TABLE_COLUMNS", `Table ${table.name} lists no columns and does not set all_columns: true.`, tat));
    }
    const columns = new Set(table.columns ?? []);
    (table.sensitive ?? []).forEach((column, c) => {
      if (table.columns !== void 0 && !columns.has(column)) {
        out.push(
          report("E_PROFILE_SENSITIVE_NOT_COLUMN", `Sensitive column ${column} is not in the columns of ${table.name}.`, joinPointer(tat, "sensitive", c))
        );
      }
    });
    out.push(...maskRuleChecks(table, tat, report));
  });
  return out;
}
function maskRuleChecks(table, at, report) {
  const out = [];
  const required = table.masks?.required ?? {};
  const allowed = new Set((table.masks?.allowed ?? MASK_NAMES).map(maskName));
  const columns = table.columns === void 0 ? void 0 : new Set(table.columns);
  for (const [column, masks] of Object.entries(required)) {
    const where = joinPointer(at, "masks", "required", column);
    if (columns !== void 0 && !columns.has(column)) {
      out.push(report("E_PROFILE_MASK_NOT_COLUMN", `Column ${column} must be masked but is not in the columns of ${table.name}.`, where));
    }
    masks.forEach((mask, m) => {
      if (!allowed.has(maskName(mask))) {
        out.push(
          report(
            "E_PROFILE_MASK_NOT_ALLOWED",
            `Column ${column} of ${table.name} requires mask ${maskName(mask)}, which masks.allowed does not allow.`,
            joinPointer(where, m)
          )
        );
      }
    });
  }
  return out;
}
function readPostgresRule(rule) {
  const { privileges, tables } = parts(rule);
  return {
    target: typeof rule["target"] === "string" ? rule["target"] : "",
    // Unknown or dangerous privileges are load errors; never pass them on.
    privileges: privileges.filter(isPostgresPrivilege),
    tables: tables.map((t) => ({
      name: t.name,
      columns: [...t.columns ?? []],
      allColumns: t.all_columns === true,
      sensitive: [...t.sensitive ?? []],
      ...t.rows !== void 0 ? { rows: toAllowedRows(t.rows) } : {},
      ...t.masks !== void 0 ? { masks: toAllowedMasks(t.masks) } : {}
    }))
  };
}
function checkPostgresBundleGrant(grant, rule, where) {
  const out = [];
  const problems = [];
  const table = rule.tables.find((t) => t.name === grant.table);
  if (table === void 0) {
    problems.push(`table ${grant.table} is not allowed`);
  } else {
    problems.push(...grant.privileges.filter((p) => !rule.privileges.includes(p)).map((p) => `privilege ${p} is not allowed`));
    if (grant.columns === void 0) {
      if (!table.allColumns) problems.push(`the whole of ${grant.table} is not allowed (name columns)`);
    } else if (!table.allColumns) {
      problems.push(...grant.columns.filter((c) => !table.columns.includes(c)).map((c) => `column ${c} of ${grant.table} is not allowed`));
    }
  }
  for (const problem of problems) {
    out.push(where.report("E_PROFILE_BUNDLE_NOT_ALLOWED", `${where.label}: ${problem} by the allow rule for ${where.target}.`, where.at));
  }
  const clear = grant.columns ?? table?.columns ?? [];
  const masked = [...table?.masks?.required.keys() ?? []].filter((c) => grant.columns === void 0 || clear.includes(c));
  if (table?.rows?.required === true || masked.length > 0) {
    const why = table?.rows?.required === true ? "its rows must be filtered" : `${masked.join(", ")} must be masked`;
    out.push(where.report("E_PROFILE_BUNDLE_NEEDS_VIEW", `${where.label}: ${grant.table} cannot be granted by a bundle (${why}).`, where.at));
  }
  return out;
}

// src/providers/postgres/footprint-view.ts
function viewFootprint(spec, allowed, sensitiveInClear) {
  const out = {};
  if (spec.rows !== void 0 && spec.rows.length > 0) out.rows = { filter: describeRows(spec.rows), count: allowed?.rows?.count ?? "estimate" };
  if (spec.masked !== void 0 && spec.masked.length > 0) out.masked = [...spec.masked];
  const maskable = spec.privileges.every((p) => p === "SELECT");
  if (maskable && sensitiveInClear.length > 0) {
    const allowedMasks = allowed?.masks?.allowed ?? ALL_MASKS;
    const proposed = sensitiveInClear.flatMap((column) => {
      const mask = proposeMask(column, allowedMasks);
      return mask === void 0 ? [] : [{ column, mask }];
    });
    if (proposed.length > 0) out.proposedMasks = proposed;
  }
  return out;
}
function proposeMask(column, allowed) {
  const preferred = /e_?mail/.test(column) ? ["domain", "hash", "null"] : /card|pan\b|iban|account|phone|mobile|ssn|tax|passport|licen[cs]e/.test(column) ? ["last4", "hash", "null"] : ["hash", "null"];
  return preferred.find((m) => allowed.includes(m));
}

// src/providers/postgres/table-footprint.ts
function tableEntry(target, spec, allowed) {
  const masked = spec.masked ?? [];
  const sensitiveSet = (allowed?.sensitive ?? []).filter((c) => !masked.some((m) => m.column === c));
  const columns = spec.columns;
  const sensitive = columns === void 0 ? [...sensitiveSet] : columns.filter((c) => sensitiveSet.includes(c));
  const entry = {
    target,
    table: `${spec.schema}.${spec.table}`,
    privileges: [...spec.privileges],
    columns: columns === void 0 ? "all" : [...columns],
    sensitive,
    ...viewFootprint(spec, allowed, sensitive)
  };
  const narrower = narrowerColumns(spec, columns, sensitive, allowed);
  return narrower === void 0 ? entry : { ...entry, narrower };
}
function narrowerColumns(spec, columns, sensitive, allowed) {
  if (spec.privileges.some(isTableLevelOnly)) return void 0;
  if (columns !== void 0) {
    if (sensitive.length === 0) return void 0;
    const rest2 = columns.filter((c) => !sensitive.includes(c));
    return rest2.length > 0 ? rest2 : void 0;
  }
  const rest = (allowed?.columns ?? []).filter((c) => !sensitive.includes(c));
  return rest.length > 0 ? rest : void 0;
}

// src/providers/postgres/footprint.ts
function postgresFootprint(target, spec, allowed) {
  const t = tableEntry(target, spec, allowed);
  const columns = t.columns === "all" ? [{ strong: "all columns" }] : t.columns.flatMap((c, i) => i === 0 ? [{ code: c }] : [{ text: ", " }, { code: c }]);
  const notes = [];
  if (t.masked !== void 0) notes.push(`masked: ${describeMasked(t.masked)}`);
  if (t.proposedMasks !== void 0) notes.push(`sensitive columns read in clear could be masked instead: ${describeMasked(t.proposedMasks)}`);
  return {
    target,
    kind: spec.kind,
    line: [{ code: target }, { text: " " }, { code: t.table }, { text: `: ${t.privileges.join(", ")} on ` }, ...columns],
    sensitive: t.sensitive,
    hasSensitive: true,
    ...t.narrower !== void 0 ? { narrower: t.narrower } : {},
    ...t.rows !== void 0 ? { rowFilter: { object: t.table, filter: t.rows.filter, exact: t.rows.count === "exact" } } : {},
    notes
  };
}

// src/providers/postgres/rules-view.ts
function isViewGrant(grant) {
  return grant.rows !== void 0 || grant.masked !== void 0;
}
function checkViewGrant(grant, label, site, allowed, reasons) {
  const rows = grant.rows ?? [];
  const masked = grant.masked ?? [];
  if (isViewGrant(grant)) checkViewShape(grant, label, site, reasons);
  rows.forEach((condition) => {
    const at = child(site, "rows", condition.column);
    if (isRange(condition)) {
      const from = parseInstant(condition.from);
      const to = parseInstant(condition.to);
      if (from === void 0 || to === void 0 || from >= to) {
        reasons.error("E_POLICY_ROWS_RANGE_INVALID", `${label}: the range on "${condition.column}" does not run from an earlier to a later instant`, at);
      }
    }
  });
  if (allowed !== void 0) checkAllowedRows(grant, label, site, allowed, reasons);
  const allowedMasks = allowed?.masks?.allowed ?? ALL_MASKS;
  masked.forEach((m) => {
    if (allowed !== void 0 && !allowedMasks.includes(m.mask)) {
      reasons.error(
        "E_POLICY_MASK_NOT_ALLOWED",
        `${label}: mask "${m.mask}" is not allowed on "${grant.table}" (allowed: ${quoteList(allowedMasks)})`,
        child(site, "masked", m.column)
      );
    }
  });
  if (allowed !== void 0) checkRequiredMasks(grant, label, site, allowed, masked, reasons);
}
function checkViewShape(grant, label, site, reasons) {
  grant.privileges.forEach((privilege, k) => {
    if (privilege !== "SELECT") {
      reasons.error(
        "E_POLICY_VIEW_SELECT_ONLY",
        `${label}: "${privilege}" cannot go through a view with rows or masked; only SELECT can`,
        child(site, "privileges", k)
      );
    }
  });
  const columns = grant.columns;
  if (columns === void 0) {
    reasons.error("E_POLICY_VIEW_COLUMNS_REQUIRED", `${label}: rows and masked need the columns listed under columns`, site);
    return;
  }
  for (const m of grant.masked ?? []) {
    if (!columns.includes(m.column)) {
      reasons.error(
        "E_POLICY_MASK_NOT_GRANTED",
        `${label}: masked column "${m.column}" is not among the columns of the grant`,
        child(site, "masked", m.column)
      );
    }
  }
}
function checkAllowedRows(grant, label, site, allowed, reasons) {
  const rows = grant.rows ?? [];
  const rule = allowed.rows;
  if (rule === void 0) {
    if (rows.length > 0) reasons.error("E_POLICY_ROWS_NOT_ALLOWED", `${label}: the profile allows no row filter on "${grant.table}"`, child(site, "rows"));
    return;
  }
  if (rule.required && rows.length === 0) {
    reasons.error(
      "E_POLICY_ROWS_REQUIRED",
      `${label}: "${grant.table}" may only be granted with a row filter (on ${quoteList([...rule.columns.keys()])})`,
      site
    );
  }
  for (const condition of rows) {
    const at = child(site, "rows", condition.column);
    const kind = rule.columns.get(condition.column);
    if (kind === void 0) {
      reasons.error(
        "E_POLICY_ROWS_COLUMN_NOT_ALLOWED",
        `${label}: rows of "${grant.table}" cannot be filtered on "${condition.column}" (allowed: ${quoteList([...rule.columns.keys()])})`,
        at
      );
    } else if (kind !== conditionKind(condition)) {
      const want = kind === "range" ? "a time range {from, to}" : "a list of values";
      reasons.error("E_POLICY_ROWS_KIND_MISMATCH", `${label}: "${condition.column}" of "${grant.table}" is filtered with ${want}`, at);
    }
  }
}
function checkRequiredMasks(grant, label, site, allowed, masked, reasons) {
  for (const [column, masks] of allowed.masks?.required ?? /* @__PURE__ */ new Map()) {
    const k = grant.columns?.indexOf(column) ?? -1;
    if (grant.columns !== void 0 && k < 0) continue;
    const mask = masked.find((m) => m.column === column)?.mask;
    if (mask !== void 0 && masks.includes(mask)) continue;
    const how = mask === void 0 ? "in clear" : `through mask "${mask}"`;
    reasons.error(
      "E_POLICY_MASK_REQUIRED",
      `${label}: column "${column}" of "${grant.table}" would be read ${how}; the profile requires it masked as ${masks.length === 1 ? `"${masks[0] ?? ""}"` : `one of ${quoteList(masks)}`}`,
      k >= 0 ? child(site, "columns", k) : site
    );
  }
}
var ViewNames = class {
  #seen = /* @__PURE__ */ new Map();
  check(target, grant, label, site, reasons) {
    if (!isViewGrant(grant)) return;
    const name = grant.table.slice(grant.table.indexOf(".") + 1);
    const key = JSON.stringify([target, name]);
    const earlier = this.#seen.get(key);
    if (earlier !== void 0 && earlier !== grant.table) {
      reasons.error(
        "E_POLICY_VIEW_NAME_CLASH",
        `${label}: its view would be named "${name}" like the view of "${earlier}" on target "${target}"`,
        child(site, "table")
      );
      return;
    }
    this.#seen.set(key, grant.table);
  }
};

// src/providers/postgres/rules.ts
function checkTableGrant(grant, label, site, env, reasons) {
  const privileges = checkPrivileges(grant, label, site, env.rule, reasons);
  const [schema, table, ...rest] = grant.table.split(".");
  let name;
  if (schema === void 0 || table === void 0 || schema === "" || table === "" || rest.length > 0) {
    reasons.error("E_POLICY_TABLE_INVALID", `${label}: the table is not written as schema.table`, child(site, "table"));
  } else if (schema.startsWith("pg_") || schema === "information_schema") {
    reasons.error("E_POLICY_TABLE_SYSTEM", `${label}: table "${grant.table}" is in system schema "${schema}"`, child(site, "table"));
  } else {
    name = { schema, table };
  }
  const allowed = env.rule === void 0 ? void 0 : checkAllowedTable(grant, label, site, env.rule, reasons);
  if (allowed !== void 0 && env.sensitiveColumns !== void 0) {
    checkSensitive2(grant, label, site, allowed, env.sensitiveColumns, reasons);
  }
  checkViewGrant(grant, label, site, allowed, reasons);
  if (privileges === void 0 || name === void 0) return allowed === void 0 ? {} : { allowed };
  const spec = {
    kind: "table",
    privileges,
    ...name,
    ...grant.columns !== void 0 ? { columns: [...grant.columns] } : {},
    ...grant.rows !== void 0 ? { rows: grant.rows } : {},
    ...grant.masked !== void 0 ? { masked: grant.masked } : {}
  };
  return allowed === void 0 ? { spec } : { spec, allowed };
}
function checkPrivileges(grant, label, site, rule, reasons) {
  const known = [];
  grant.privileges.forEach((privilege, k) => {
    const at = child(site, "privileges", k);
    if (isDangerousPrivilege(privilege)) {
      reasons.error("E_POLICY_PRIVILEGE_DANGEROUS", `${label}: privilege "${privilege}" is never granted`, at);
      return;
    }
    if (!isPostgresPrivilege(privilege)) {
      reasons.error("E_POLICY_PRIVILEGE_UNKNOWN", `${label}: "${privilege}" is not a table privilege Grantbook grants`, at);
      return;
    }
    known.push(privilege);
    if (rule !== void 0 && !rule.privileges.includes(privilege)) {
      reasons.error(
        "E_POLICY_PRIVILEGE_NOT_ALLOWED",
        `${label}: privilege "${privilege}" is not allowed on target "${rule.target}" (allowed: ${quoteList(rule.privileges)})`,
        at
      );
    }
    if (grant.columns !== void 0 && isTableLevelOnly(privilege)) {
      reasons.error(
        "E_POLICY_PRIVILEGE_TABLE_LEVEL",
        `${label}: "${privilege}" cannot be limited to columns; request it in a separate grant without columns`,
        at
      );
    }
  });
  return known.length === grant.privileges.length ? known : void 0;
}
function checkAllowedTable(grant, label, site, rule, reasons) {
  const allowed = rule.tables.find((t) => t.name === grant.table);
  if (allowed === void 0) {
    reasons.error("E_POLICY_TABLE_NOT_ALLOWED", `${label}: table "${grant.table}" is not allowed on target "${rule.target}"`, child(site, "table"));
    return void 0;
  }
  if (grant.columns === void 0) {
    if (!allowed.allColumns) {
      reasons.error(
        "E_POLICY_WHOLE_TABLE_NOT_ALLOWED",
        `${label}: table "${grant.table}" may only be granted by column (allowed: ${quoteList(allowed.columns)})`,
        site
      );
    }
    return allowed;
  }
  if (allowed.allColumns) return allowed;
  grant.columns.forEach((column, k) => {
    if (!allowed.columns.includes(column)) {
      reasons.error("E_POLICY_COLUMN_NOT_ALLOWED", `${label}: column "${column}" of "${grant.table}" is not allowed`, child(site, "columns", k));
    }
  });
  return allowed;
}
function sensitiveTouched2(columns, allowed, masked = []) {
  const clear = (column) => !masked.some((m) => m.column === column);
  if (columns === void 0) return allowed.sensitive.filter(clear);
  return columns.filter((column) => allowed.sensitive.includes(column) && clear(column));
}
function checkSensitive2(grant, label, site, allowed, mode, reasons) {
  const touched = sensitiveTouched2(grant.columns, allowed, grant.masked);
  if (touched.length === 0) return;
  if (mode === "flag") {
    reasons.warn("E_POLICY_SENSITIVE_COLUMN_FLAGGED", `${label}: touches sensitive columns ${quoteList(touched)} of "${grant.table}"`, site);
    return;
  }
  const columns = grant.columns;
  if (columns === void 0) {
    reasons.error("E_POLICY_SENSITIVE_COLUMN_REFUSED", `${label}: the whole table "${grant.table}" includes sensitive columns ${quoteList(touched)}`, site);
    return;
  }
  columns.forEach((column, k) => {
    if (!touched.includes(column)) return;
    reasons.error("E_POLICY_SENSITIVE_COLUMN_REFUSED", `${label}: column "${column}" of "${grant.table}" is sensitive`, child(site, "columns", k));
  });
}

// src/providers/postgres/schema.ts
var POSTGRES_TARGET_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["provider", "connection_env", "grantor_role"],
  properties: {
    provider: {
      type: "string",
      enum: ["postgres"]
    },
    description: {
      $ref: "#/$defs/description"
    },
    connection_env: {
      $ref: "#/$defs/envName",
      description: "Name of the environment variable holding the connection string."
    },
    grantor_role: {
      $ref: "#/$defs/identifier",
      description: "The role Grantbook connects as; never grantable."
    },
    protected_roles: {
      type: "array",
      maxItems: 100,
      uniqueItems: true,
      items: {
        $ref: "#/$defs/identifier"
      }
    }
  }
};
var POSTGRES_IDENTITY_SCHEMA = {
  $ref: "#/$defs/identifier",
  description: "PostgreSQL login role used on every postgres target unless overridden."
};
var POSTGRES_DEFS = {
  request: {
    privileges: {
      type: "array",
      minItems: 1,
      maxItems: 6,
      uniqueItems: true,
      items: {
        $ref: "#/$defs/privilege"
      }
    },
    columns: {
      type: "array",
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      items: {
        $ref: "#/$defs/identifier"
      }
    },
    rows: {
      type: "object",
      description: "Row filter (SELECT only, with columns): only rows matching every condition are visible. Per column either a list of values (equal to one of them) or a time range {from, to} (from included, to excluded). Columns must be allowed by the profile's rows.columns. The grant is then a view in a schema of its own; the check comment names it.",
      minProperties: 1,
      maxProperties: 8,
      propertyNames: {
        $ref: "#/$defs/identifier"
      },
      additionalProperties: {
        oneOf: [
          {
            $ref: "#/$defs/rowValues"
          },
          {
            $ref: "#/$defs/rowRange"
          }
        ]
      }
    },
    rowValues: {
      type: "array",
      description: "The column equals one of these values.",
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
      items: {
        oneOf: [
          {
            $ref: "#/$defs/rowInteger"
          },
          {
            $ref: "#/$defs/rowText"
          }
        ]
      }
    },
    rowInteger: {
      type: "integer",
      minimum: 0,
      maximum: 9007199254740991,
      description: 'A whole number 0 or more; write other numbers as text ("-1").'
    },
    rowText: {
      type: "string",
      maxLength: 200,
      pattern: "^[A-Za-z0-9@._:+/# -]{1,200}$"
    },
    rowRange: {
      type: "object",
      description: "A time range on a timestamp column: from included, to excluded.",
      additionalProperties: false,
      required: ["from", "to"],
      properties: {
        from: {
          $ref: "#/$defs/instant"
        },
        to: {
          $ref: "#/$defs/instant"
        }
      }
    },
    instant: {
      type: "string",
      maxLength: 32,
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"
    },
    masked: {
      type: "object",
      description: "Granted columns shown through a mask instead of in clear: hash (keyed, stable within this request, different in any other), last4 (the last four characters), domain (of an e-mail address), null (always empty).",
      minProperties: 1,
      maxProperties: 200,
      propertyNames: {
        $ref: "#/$defs/identifier"
      },
      additionalProperties: {
        $ref: "#/$defs/maskName"
      }
    },
    maskName: {
      enum: ["hash", "last4", "domain", "null", null]
    }
  },
  profile: {
    columns: {
      type: "array",
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      items: {
        $ref: "#/$defs/identifier"
      }
    },
    allowedTable: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          $ref: "#/$defs/qualifiedTable"
        },
        columns: {
          $ref: "#/$defs/columns"
        },
        all_columns: {
          type: "boolean"
        },
        sensitive: {
          type: "array",
          minItems: 1,
          maxItems: 200,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/identifier"
          }
        },
        rows: {
          $ref: "#/$defs/rowRule"
        },
        masks: {
          $ref: "#/$defs/maskRule"
        }
      }
    },
    rowRule: {
      type: "object",
      description: "Row filters a request may put on this table. Without this entry a request may not filter rows here.",
      additionalProperties: false,
      required: ["columns"],
      properties: {
        columns: {
          type: "object",
          description: "Columns a filter may use: values (equal to one of a list) or range (a time range on a timestamp column).",
          minProperties: 1,
          maxProperties: 50,
          propertyNames: {
            $ref: "#/$defs/identifier"
          },
          additionalProperties: {
            type: "string",
            enum: ["values", "range"]
          }
        },
        required: {
          type: "boolean",
          description: "true: a grant on this table without a row filter is refused."
        },
        count: {
          type: "string",
          enum: ["estimate", "exact"],
          description: "How the rows a filter admits are counted with credentials (grantbook plan --count, apply): estimate (default) from the planner's statistics, exact with count(*)."
        }
      }
    },
    maskRule: {
      type: "object",
      description: "Masks on this table's columns.",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        allowed: {
          type: "array",
          minItems: 1,
          maxItems: 4,
          uniqueItems: true,
          items: {
            $ref: "#/$defs/maskName"
          },
          description: "Masks a request may use here; default: all of them."
        },
        required: {
          type: "object",
          description: "Columns that are never read in clear, each with the masks it may be read through.",
          minProperties: 1,
          maxProperties: 200,
          propertyNames: {
            $ref: "#/$defs/identifier"
          },
          additionalProperties: {
            type: "array",
            minItems: 1,
            maxItems: 4,
            uniqueItems: true,
            items: {
              $ref: "#/$defs/maskName"
            }
          }
        }
      }
    },
    maskName: {
      enum: ["hash", "last4", "domain", "null", null]
    }
  }
};

// src/providers/postgres/descriptor.ts
var BOOTSTRAP_ROLE = "postgres";
var BUILTIN_ROLE_PREFIX = "pg_";
var strings7 = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
var text5 = (value) => typeof value === "string" ? value : "";
function readTableGrant(raw) {
  const rows = raw["rows"];
  const masked = raw["masked"];
  return {
    kind: "table",
    privileges: strings7(raw["privileges"]),
    table: text5(raw["table"]),
    ...raw["columns"] !== void 0 ? { columns: strings7(raw["columns"]) } : {},
    // The request schema checked both shapes; bundles carry neither.
    ...rows !== void 0 ? { rows: rowsFromRaw(rows) } : {},
    ...masked !== void 0 ? { masked: maskedFromRaw(masked) } : {}
  };
}
function protectedReason2(principal, target) {
  const name = principal.toLowerCase();
  if (name === target.grantorRole.toLowerCase()) return "the target's grantor role";
  if (target.protectedRoles.some((role) => role.toLowerCase() === name)) return "one of the target's protected roles";
  if (name === BOOTSTRAP_ROLE) return "the bootstrap superuser";
  if (name.startsWith(BUILTIN_ROLE_PREFIX)) return "a built-in pg_* role";
  return void 0;
}
var TABLE_SPEC_KEYS2 = ["columns?", "kind", "masked?", "privileges", "rows?", "schema", "table"];
var postgresDescriptor = {
  id: "postgres",
  title: "PostgreSQL",
  schema: { target: POSTGRES_TARGET_SCHEMA, allowKeys: TABLE_ALLOW_KEYS, defs: POSTGRES_DEFS },
  kinds: [{ name: "table", requestSchema: TABLE_GRANT_SCHEMA, bundleSchema: TABLE_SPEC_SCHEMA, read: readTableGrant }],
  // Grants live on a per-request role of the tool's own: nothing shared, nothing held before.
  traits: { sharedObjects: false, recordsHeld: false, providerExpiry: false },
  target: (name, raw) => ({
    name,
    provider: "postgres",
    ...typeof raw["description"] === "string" ? { description: raw["description"] } : {},
    connectionEnv: text5(raw["connection_env"]),
    grantorRole: text5(raw["grantor_role"]),
    protectedRoles: strings7(raw["protected_roles"])
  }),
  credential: (target) => ({ field: "connection_env", env: target.connectionEnv }),
  principal: {
    identityField: "postgres",
    identitySchema: POSTGRES_IDENTITY_SCHEMA,
    pattern: "identifier",
    caseInsensitive: false,
    words: { format: "a PostgreSQL role name", missing: "PostgreSQL login role" },
    declaredProtected: (principal, target) => principal === target.grantorRole || target.protectedRoles.includes(principal),
    protectedReason: protectedReason2
  },
  allow: {
    keys: ["privileges", "tables"],
    check: checkPostgresRule,
    checkTarget: checkPostgresRuleTarget,
    read: readPostgresRule,
    checkBundleGrant: checkPostgresBundleGrant
  },
  checkGrant(grant, ctx) {
    const env = {
      ...ctx.rule !== void 0 ? { rule: ctx.rule } : {},
      ...ctx.sensitive !== void 0 ? { sensitiveColumns: ctx.sensitive } : {}
    };
    const result = checkTableGrant(grant, ctx.label, ctx.site, env, ctx.reasons);
    return result;
  },
  duplicate: (grant) => ({ key: JSON.stringify(["table", grant.table]), privileges: grant.privileges, text: `"${grant.table}"` }),
  checkTogether(grants, target, reasons) {
    const names = new ViewNames();
    for (const { grant, label, site } of grants) if (isViewGrant(grant)) names.check(target, grant, label, site, reasons);
  },
  // `allowed` is what checkTableGrant returned: the profile's entry for the table.
  footprint: (target, spec, allowed) => postgresFootprint(target, spec, allowed),
  offers: tableOffers,
  ledger: {
    validate(s, kind, at, kit) {
      if (kind !== "table") return kit.fail(`${at}/kind`, "does not belong to the provider");
      const members = kit.checkKeys(s, TABLE_SPEC_KEYS2, at);
      const privileges = kit.array(s["privileges"], at, "privileges", 1, POSTGRES_PRIVILEGES.length);
      for (let i = 0; i < privileges.length; i += 1) kit.oneOf(privileges[i], `${at}/privileges`, i, POSTGRES_PRIVILEGES);
      kit.unique(privileges, at, "privileges");
      kit.patterned(s["schema"], at, "schema", "identifier");
      kit.patterned(s["table"], at, "table", "identifier");
      if (s["columns"] !== void 0) {
        const columns = kit.array(s["columns"], at, "columns", 1, LIMITS.columns);
        for (let i = 0; i < columns.length; i += 1) kit.patterned(columns[i], `${at}/columns`, i, "identifier");
        kit.unique(columns, at, "columns");
      }
      return members + viewSpecMembers(s, at);
    }
  },
  describe: (s, principal, target) => `${target}: ${s.privileges.join(", ")}${s.columns !== void 0 ? ` (${s.columns.join(", ")})` : ""} ON ${s.schema}.${s.table} to ${principal}`,
  audit: {
    describe: (s, principal, target) => `${target}: ${s.privileges.join(", ")} ${s.columns !== void 0 ? `(${s.columns.join(", ")})` : "(all columns)"} ON ${s.schema}.${s.table} to ${principal}`,
    covers: (s) => ({ table: { name: `${s.schema}.${s.table}`, columns: s.columns, privileges: s.privileges } }),
    ruleTables: (raw) => readPostgresRule(raw).tables
  },
  resource: (s) => ["table", s.schema, s.table].join("\0"),
  planner: postgresPlanner,
  async connect(target, secret, deps) {
    const { createPostgresProvider } = await import("./provider-NTWHRSAM.js");
    return createPostgresProvider(target, { connectionString: secret, ...deps.onStatement !== void 0 ? { onStatement: deps.onStatement } : {} });
  }
};

// src/providers/builtin.ts
var BUILTIN_DESCRIPTORS = [postgresDescriptor, githubDescriptor, mysqlDescriptor, awsDescriptor];

// src/providers/catalog.ts
var ID = /^[a-z][a-z0-9-]{0,31}$/;
var KIND = /^[a-z][a-z0-9_]{0,31}$/;
function createRegistry(descriptors) {
  const byId = /* @__PURE__ */ new Map();
  const kindSchemas = /* @__PURE__ */ new Map();
  for (const d of descriptors) {
    if (!ID.test(d.id)) throw new Error(`provider id ${JSON.stringify(d.id)} is not [a-z][a-z0-9-]{0,31}`);
    if (byId.has(d.id)) throw new Error(`provider ${d.id} is registered twice`);
    byId.set(d.id, d);
    for (const kind of d.kinds) {
      if (!KIND.test(kind.name) || kind.name === "bundle" || kind.name === "target")
        throw new Error(`provider ${d.id}: grant kind ${JSON.stringify(kind.name)} is not allowed`);
      const shape2 = JSON.stringify([kind.requestSchema, kind.bundleSchema]);
      const earlier = kindSchemas.get(kind.name);
      if (earlier !== void 0 && earlier !== shape2) throw new Error(`grant kind ${kind.name} is declared with different schemas by two providers`);
      kindSchemas.set(kind.name, shape2);
    }
  }
  const ids = [...byId.keys()].sort();
  const kindNames = [...kindSchemas.keys()].sort();
  const kindsById = new Map([...byId].map(([id, d]) => [id, Object.freeze(d.kinds.map((k) => k.name))]));
  return {
    ids,
    descriptors: [...descriptors],
    kindNames,
    descriptor: (id) => byId.get(id),
    rules: (id) => byId.get(id),
    kinds: (id) => kindsById.get(id),
    spec: (id) => byId.get(id)?.ledger,
    principalPattern: (id) => byId.get(id)?.principal.pattern
  };
}
var builtin;
function builtinRegistry() {
  builtin ??= createRegistry(BUILTIN_DESCRIPTORS);
  return builtin;
}
var active;
function installRegistry(registry) {
  active = registry;
  installSpecCatalog(registry);
}
function activeRegistry() {
  return active ?? builtinRegistry();
}

export {
  fileSite,
  child,
  Reasons,
  quoteList,
  sameName,
  createRegistry,
  builtinRegistry,
  installRegistry,
  activeRegistry
};
