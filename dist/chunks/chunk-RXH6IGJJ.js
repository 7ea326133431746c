import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  FILE_START,
  IDENTITIES_PATH,
  TARGETS_PATH,
  classifyPath,
  displayPath,
  fileDiagnostic,
  loadFile,
  matches,
  readProfile,
  readTargets,
  reporter
} from "./chunk-JK7OSIUG.js";
import {
  diagnostic,
  failed,
  hasErrors,
  ok
} from "./chunk-3HCKCFSI.js";

// src/request/parse.ts
function requestIdFromPath(path) {
  const role = classifyPath(path);
  return role.role === "request" ? role.id : void 0;
}
function filenameDiagnostic(path) {
  return diagnostic(
    "E_REQUEST_FILENAME",
    "Request files must be access-requests/<id>.yaml directly under access-requests/ (lowercase id, .yaml extension).",
    { file: displayPath(path), pointer: "", position: FILE_START }
  );
}
function toGrant(raw) {
  if ("table" in raw) {
    return {
      kind: "table",
      target: raw.target,
      privileges: [...raw.privileges],
      table: raw.table,
      ...raw.columns !== void 0 ? { columns: [...raw.columns] } : {}
    };
  }
  if ("team" in raw) return { kind: "team", target: raw.target, team: raw.team, role: raw.role };
  if ("repo" in raw) return { kind: "repo", target: raw.target, repo: raw.repo, permission: raw.permission };
  return { kind: "bundle", target: raw.target, bundle: raw.bundle };
}
function toRequest(id, path, raw, locate) {
  return {
    id,
    path,
    requester: raw.requester,
    profile: raw.profile,
    ...raw.duration !== void 0 ? { duration: raw.duration } : {},
    ...raw.reason !== void 0 ? { reason: raw.reason } : {},
    ...raw.ticket !== void 0 ? { ticket: raw.ticket } : {},
    ...raw.extends !== void 0 ? { extends: raw.extends } : {},
    grants: raw.grants.map(toGrant),
    locate
  };
}
function parseRequestFile(file) {
  const id = requestIdFromPath(file.path);
  const loaded = loadFile(file, "request");
  const problems = [...id === void 0 ? [filenameDiagnostic(file.path)] : [], ...loaded.ok ? [] : loaded.diagnostics];
  if (!loaded.ok || id === void 0) return failed(problems);
  return ok(toRequest(id, file.path, loaded.value.data, loaded.value.locate));
}

// src/policy/load-identities.ts
function identityChecks(raw, report) {
  const out = [];
  const logins = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  const roles = /* @__PURE__ */ new Map();
  raw.identities.forEach((identity, i) => {
    const at = `/identities/${i}`;
    const login = identity.login.toLowerCase();
    const firstLogin = logins.get(login);
    if (firstLogin !== void 0) out.push(report("E_IDENTITY_DUPLICATE_LOGIN", `Identities ${firstLogin} and ${i} have the same login.`, `${at}/login`));
    else logins.set(login, i);
    const firstId = ids.get(identity.id);
    if (firstId !== void 0) out.push(report("E_IDENTITY_DUPLICATE_ID", `Identities ${firstId} and ${i} have the same id.`, `${at}/id`));
    else ids.set(identity.id, i);
    if (identity.postgres !== void 0) {
      const firstRole = roles.get(identity.postgres);
      if (firstRole !== void 0) {
        out.push(report("E_IDENTITY_DUPLICATE_PRINCIPAL", `Identities ${firstRole} and ${i} have the same postgres role.`, `${at}/postgres`));
      } else {
        roles.set(identity.postgres, i);
      }
    }
  });
  return out;
}
function toIdentity(raw) {
  return {
    login: raw.login,
    id: raw.id,
    ...raw.postgres !== void 0 ? { postgres: raw.postgres } : {},
    targets: new Map(Object.entries(raw.targets ?? {}))
  };
}
function readIdentities(file) {
  const loaded = loadFile(file, "identities");
  if (!loaded.ok) return { diagnostics: loaded.diagnostics };
  const report = reporter(loaded.value.file, loaded.value.locate);
  const raw = loaded.value.data;
  return { raw, identities: raw.identities.map(toIdentity), report, diagnostics: identityChecks(raw, report) };
}

// src/policy/load-cross.ts
function ruleKeys(rule) {
  return ["privileges", "tables", "teams", "repos"].filter((k) => rule[k] !== void 0);
}
function allowRuleChecks(rule, target, at, report) {
  const out = [];
  const keys = ruleKeys(rule);
  if (target.provider === "postgres") {
    const foreign2 = keys.filter((k) => k === "teams" || k === "repos");
    if (foreign2.length > 0 || rule.privileges === void 0 || rule.tables === void 0) {
      out.push(report("E_PROFILE_ALLOW_PROVIDER", `Target ${target.name} is a postgres target: its rule needs privileges and tables, and no teams or repos.`, at));
    }
    return out;
  }
  const foreign = keys.filter((k) => k === "privileges" || k === "tables");
  if (foreign.length > 0 || rule.teams === void 0 && rule.repos === void 0) {
    out.push(report("E_PROFILE_ALLOW_PROVIDER", `Target ${target.name} is a github target: its rule needs teams and/or repos, and no privileges or tables.`, at));
  }
  const protectedTeams = new Set(target.protectedTeams.map((t) => t.toLowerCase()));
  (rule.teams ?? []).forEach((team, i) => {
    if (protectedTeams.has(team.toLowerCase())) out.push(report("E_PROFILE_ALLOWS_PROTECTED", `Team ${team} is protected on ${target.name}.`, `${at}/teams/${i}`));
  });
  const protectedRepos = new Set(target.protectedRepos.map((r) => r.toLowerCase()));
  (rule.repos ?? []).forEach((repo, i) => {
    if (protectedRepos.has(repo.name.toLowerCase())) {
      out.push(report("E_PROFILE_ALLOWS_PROTECTED", `Repository ${repo.name} is protected on ${target.name}.`, `${at}/repos/${i}/name`));
    }
  });
  return out;
}
function profileTargetChecks(raw, targets, report) {
  const out = [];
  raw.allow.forEach((rule, r) => {
    const target = targets.get(rule.target);
    if (target === void 0) {
      out.push(report("E_PROFILE_UNKNOWN_TARGET", `Target ${rule.target} is not defined in policies/targets.yaml.`, `/allow/${r}/target`));
    } else {
      out.push(...allowRuleChecks(rule, target, `/allow/${r}`, report));
    }
  });
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    const target = targets.get(bundle.target);
    if (target === void 0) {
      out.push(report("E_PROFILE_UNKNOWN_TARGET", `Target ${bundle.target} is not defined in policies/targets.yaml.`, `/bundles/${name}/target`));
      continue;
    }
    bundle.grants.forEach((spec, i) => {
      const wants = "table" in spec ? "postgres" : "github";
      if (wants !== target.provider) {
        out.push(report("E_PROFILE_BUNDLE_PROVIDER", `Bundle ${name} grant ${i} needs a ${wants} target; ${target.name} is ${target.provider}.`, `/bundles/${name}/grants/${i}`));
      }
    });
  }
  return out;
}
function identityTargetChecks(raw, targets, report) {
  const out = [];
  const taken = /* @__PURE__ */ new Map();
  raw.identities.forEach((identity, i) => {
    const at = `/identities/${i}`;
    const overrides = identity.targets ?? {};
    for (const [name, principal] of Object.entries(overrides)) {
      const target = targets.get(name);
      const pointer = `${at}/targets/${name}`;
      if (target === void 0) {
        out.push(report("E_IDENTITY_UNKNOWN_TARGET", `Target ${name} is not defined in policies/targets.yaml.`, pointer));
      } else if (!matches(target.provider === "postgres" ? "identifier" : "login", principal)) {
        out.push(report("E_IDENTITY_PRINCIPAL_FORMAT", `The principal for ${name} is not a ${target.provider === "postgres" ? "PostgreSQL role name" : "GitHub login"}.`, pointer));
      }
    }
    for (const target of targets.values()) {
      const override = Object.hasOwn(overrides, target.name) ? overrides[target.name] : void 0;
      const principal = target.provider === "postgres" ? override ?? identity.postgres : (override ?? identity.login).toLowerCase();
      if (principal === void 0) continue;
      const pointer = override !== void 0 ? `${at}/targets/${target.name}` : target.provider === "postgres" ? `${at}/postgres` : `${at}/login`;
      if (target.provider === "postgres" && (principal === target.grantorRole || target.protectedRoles.includes(principal))) {
        out.push(report("E_IDENTITY_PROTECTED_PRINCIPAL", `Identity ${i} maps to the grantor or a protected role of ${target.name}.`, pointer));
      }
      const key = `${target.name}\0${principal}`;
      const first = taken.get(key);
      if (first === void 0) {
        taken.set(key, { index: i, viaOverride: override !== void 0 });
      } else if (override !== void 0 || first.viaOverride) {
        out.push(report("E_IDENTITY_DUPLICATE_PRINCIPAL", `Identities ${first.index} and ${i} map to the same principal on ${target.name}.`, pointer));
      }
    }
  });
  return out;
}

// src/policy/load-set.ts
function loadPolicySet(files) {
  const diagnostics = [];
  let targets;
  let identities;
  let sawTargets = false;
  const profileReads = [];
  for (const file of files) {
    const role = classifyPath(file.path).role;
    if (role === "targets") {
      sawTargets = true;
      const read = readTargets(file);
      if (read.ok) targets = read.value.targets;
      else diagnostics.push(...read.diagnostics);
    } else if (role === "identities") {
      identities = readIdentities(file);
      diagnostics.push(...identities.diagnostics);
    } else if (role === "profile") {
      const read = readProfile(file);
      profileReads.push(read);
      diagnostics.push(...read.diagnostics);
    } else {
      diagnostics.push(
        fileDiagnostic("E_POLICY_FILENAME", "Only policies/<profile>.yaml, policies/targets.yaml and policies/identities.yaml belong in policies/.", displayPath(file.path))
      );
    }
  }
  if (!sawTargets) diagnostics.push(fileDiagnostic("E_POLICY_TARGETS_MISSING", "policies/targets.yaml is missing.", TARGETS_PATH));
  if (identities === void 0) diagnostics.push(fileDiagnostic("E_POLICY_IDENTITIES_MISSING", "policies/identities.yaml is missing.", IDENTITIES_PATH));
  if (targets !== void 0) {
    for (const read of profileReads) {
      if (read.raw !== void 0 && read.report !== void 0) diagnostics.push(...profileTargetChecks(read.raw, targets, read.report));
    }
    if (identities?.raw !== void 0 && identities.report !== void 0) {
      diagnostics.push(...identityTargetChecks(identities.raw, targets, identities.report));
    }
  }
  const profiles = /* @__PURE__ */ new Map();
  for (const read of profileReads) if (read.profile !== void 0) profiles.set(read.profile.name, read.profile);
  const people = identities?.identities;
  if (hasErrors(diagnostics) || targets === void 0 || people === void 0) return failed(diagnostics);
  return ok({ profiles, targets, identities: people }, diagnostics);
}

export {
  requestIdFromPath,
  parseRequestFile,
  loadPolicySet
};
