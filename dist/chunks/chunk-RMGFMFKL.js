import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  anyProviderOf,
  fileDiagnostic,
  kindOf,
  kindOfProvider,
  plainCopy,
  profileRuleChecks,
  readProfile,
  reporter
} from "./chunk-2L7HMFXM.js";
import {
  readTargets
} from "./chunk-MAALNFN3.js";
import {
  loadFile
} from "./chunk-FSM2IXNC.js";
import {
  codeFence,
  codeSpan,
  escapeMarkdown
} from "./chunk-TAWV74PJ.js";
import {
  HARD_MAX_DURATION_MS,
  durationMs,
  formatDuration
} from "./chunk-XWXGGLRX.js";
import {
  IDENTITIES_PATH,
  TARGETS_PATH,
  classifyPath,
  displayPath
} from "./chunk-W3EMCSNL.js";
import {
  Reasons,
  child,
  fileSite,
  quoteList,
  sameName
} from "./chunk-JKSNEYSU.js";
import {
  FILE_START
} from "./chunk-S2FTDJZ2.js";
import {
  diagnostic,
  failed,
  hasErrors,
  ok
} from "./chunk-BGLQZM7W.js";
import {
  addDuration,
  formatInstant,
  isFiniteInstant
} from "./chunk-VIPNLK4T.js";
import {
  matches
} from "./chunk-VBI6FCSW.js";

// src/policy/codeowners-pattern.ts
var ANY = { kind: "any" };
var ONE = { kind: "segment", re: /^[^/]+$/u };
function compilePattern(raw) {
  if (raw.startsWith("!") || raw.startsWith("\\!")) return { ok: false, problem: "negation" };
  if (raw.startsWith("\\#")) return { ok: false, problem: "escaped-comment" };
  if (raw.includes("[") || raw.includes("]")) return { ok: false, problem: "char-range" };
  if (raw === "" || raw === "/" || raw.includes("#") || raw.includes("***")) return { ok: false, problem: "malformed" };
  let segs = raw.split("/");
  if (segs[0] === "") {
    segs = segs.slice(1);
  } else if (segs.length === 1 || segs.length === 2 && segs[1] === "") {
    if (segs[0] !== "**") segs = ["**", ...segs];
  }
  if (segs.length > 1 && segs[segs.length - 1] === "") segs[segs.length - 1] = "**";
  const elements = [];
  const last = segs.length - 1;
  for (const [i, seg] of segs.entries()) {
    if (seg === "") return { ok: false, problem: "malformed" };
    if (seg === "**") {
      if (i === last) elements.push(ONE, ANY);
      else elements.push(ANY);
      continue;
    }
    if (seg === "*") {
      elements.push(ONE);
      continue;
    }
    const re = segmentRegExp(seg);
    if (re === void 0) return { ok: false, problem: "malformed" };
    elements.push({ kind: "segment", re });
    if (i === last) elements.push(ANY);
  }
  return { ok: true, pattern: { elements } };
}
function segmentRegExp(seg) {
  let source = "";
  for (let i = 0; i < seg.length; i++) {
    const ch = seg.charAt(i);
    if (ch === "\\") {
      i++;
      if (i >= seg.length) return void 0;
      source += escapeRegExp(seg.charAt(i));
    } else if (ch === "*") {
      source += "[^/]*";
    } else if (ch === "?") {
      source += "[^/]";
    } else {
      source += escapeRegExp(ch);
    }
  }
  return new RegExp(`^${source}$`, "u");
}
function escapeRegExp(ch) {
  return /[\\^$.*+?()[\]{}|/]/u.test(ch) ? `\\${ch}` : ch;
}
function pathSegments(path) {
  const segs = path.split("/");
  return segs.some((s) => s === "") ? void 0 : segs;
}
function matchSegments(pattern, segs) {
  const n = segs.length;
  let reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (const el of pattern.elements) {
    const next = new Uint8Array(n + 1);
    if (el.kind === "any") {
      const first = reach.indexOf(1);
      if (first < 0) return false;
      next.fill(1, first);
    } else {
      for (let j = 0; j < n; j++) {
        const seg = segs[j];
        if (reach[j] === 1 && (seg === null || seg !== void 0 && el.re.test(seg))) next[j + 1] = 1;
      }
    }
    reach = next;
  }
  return reach[n] === 1;
}
function matchesPath(pattern, path) {
  const segs = pathSegments(path);
  return segs !== void 0 && matchSegments(pattern, segs);
}
function mayMatchUnder(pattern, prefix) {
  const dir = pathSegments(prefix.replace(/\/+$/u, ""));
  if (dir === void 0) return true;
  const maxTail = pattern.elements.length + 1;
  for (let tail = 1; tail <= maxTail; tail++) {
    if (matchSegments(pattern, [...dir, ...new Array(tail).fill(null)])) return true;
  }
  return false;
}
function compileLoosely(raw) {
  const loose = raw.replace(/^\\?!/u, "").replace(/^\\#/u, "#").replace(/\[[^\]/]*\]/gu, "*").replace(/[[\]]/gu, "*");
  if (loose.startsWith("#")) {
    const result2 = compilePattern(`?${loose.slice(1)}`);
    return result2.ok ? result2.pattern : void 0;
  }
  const result = compilePattern(loose);
  return result.ok ? result.pattern : void 0;
}

// src/policy/codeowners-coverage.ts
var CRITICAL_PREFIXES = ["access-requests/", "policies/", ".github/"];
var SAFE_KIND = /^[A-Za-z][A-Za-z ]{0,59}$/u;
var SAFE_PREFIX = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*\/?$/u;
function coverageErrors(file, apiErrors, criticalPrefixes = CRITICAL_PREFIXES) {
  if (!file.loaded) return file.diagnostics.filter((d) => d.severity === "error");
  const errorLines = /* @__PURE__ */ new Map();
  for (const bad of file.invalid) errorLines.set(bad.line, { pattern: bad.loose ?? null });
  for (const err of apiErrors) {
    const known = errorLines.get(err.line);
    const rule = file.rules.find((r) => r.line === err.line);
    const samePath = err.path === void 0 || err.path === file.path;
    const pattern = !samePath ? null : known !== void 0 ? known.pattern : rule !== void 0 ? rule.matcher : null;
    errorLines.set(err.line, { pattern, kind: err.kind });
  }
  const out = [];
  for (const line of [...errorLines.keys()].sort((a, b) => a - b)) {
    const entry = errorLines.get(line);
    if (entry === void 0) continue;
    const pattern = entry.pattern;
    const covered = criticalPrefixes.filter((prefix) => pattern === null || mayMatchUnder(pattern, prefix));
    const kind = entry.kind !== void 0 && SAFE_KIND.test(entry.kind) ? ` (${entry.kind})` : "";
    const where = { file: file.path, position: { line, column: 1 } };
    if (covered.length > 0) {
      const names = covered.filter((p) => SAFE_PREFIX.test(p));
      const what = pattern === null ? "may cover any path" : `could cover ${names.join(", ")}`;
      out.push(diagnostic("E_CODEOWNERS_CRITICAL_LINE_ERROR", `CODEOWNERS line ${line} has an error${kind} and ${what}.`, where));
    } else {
      out.push(diagnostic("E_CODEOWNERS_LINE_ERROR", `CODEOWNERS line ${line} has an error${kind}.`, where, "warning"));
    }
  }
  return out;
}

// src/request/parse.ts
function requestIdFromPath(path) {
  const role = classifyPath(path);
  return role.role === "request" ? role.id : void 0;
}
function filenameDiagnostic(path) {
  return diagnostic("E_REQUEST_FILENAME", "Request files must be access-requests/<id>.yaml directly under access-requests/ (lowercase id, .yaml extension).", {
    file: displayPath(path),
    pointer: "",
    position: FILE_START
  });
}
function toGrant(raw) {
  if ("bundle" in raw && typeof raw.bundle === "string") return { kind: "bundle", target: raw.target, bundle: raw.bundle };
  const fields = {};
  for (const [key, value] of Object.entries(raw)) if (key !== "target") fields[key] = plainCopy(value);
  return { kind: "grant", target: raw.target, raw: fields };
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

// src/report/usage-text.ts
function usageMarkdown(steps) {
  const lines = [];
  for (const step of steps) {
    lines.push(`- ${escapeMarkdown(step.say)}`);
    if (step.code !== void 0 && step.code.length > 0) lines.push("", ...codeFence(step.code.map((l) => l.replace(/[\r\n]/g, " "))).map((l) => `  ${l}`));
  }
  return lines;
}
function usageText(steps, indent = "") {
  const lines = [];
  for (const step of steps) {
    lines.push(`${indent}- ${step.say}`);
    for (const code of step.code ?? []) lines.push(`${indent}    ${code}`);
  }
  return lines;
}
function recordedUsesMarkdown(uses) {
  const lines = [];
  for (const u of uses) {
    if (u.steps.length > 0) lines.push("", `**How to use it on ${codeSpan(u.target)}:**`, "", ...usageMarkdown(u.steps));
    if (u.backstop !== void 0) lines.push("", `Expiry backstop on ${codeSpan(u.target)}: ${escapeMarkdown(u.backstop)}.`);
  }
  return lines.join("\n").replace(/\n+$/u, "");
}

// src/policy/codeowners-line.ts
var EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/u;
var HIDDEN = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
function hasHiddenCharacters(line) {
  return HIDDEN.test(line);
}
var isSpace = (ch) => ch === " " || ch === "	";
function tokenize(line) {
  const tokens = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && isSpace(line.charAt(i))) i++;
    if (i >= line.length || line.charAt(i) === "#") break;
    const start = i;
    const inPattern = tokens.length === 0;
    while (i < line.length && !isSpace(line.charAt(i))) {
      i += inPattern && line.charAt(i) === "\\" && i + 1 < line.length ? 2 : 1;
    }
    tokens.push({ text: line.slice(start, i), column: start + 1 });
  }
  const [pattern, ...owners] = tokens;
  return pattern === void 0 ? { kind: "blank" } : { kind: "rule", pattern, owners };
}
function parseOwner(text) {
  if (text.startsWith("@")) {
    const body = text.slice(1);
    const slash = body.indexOf("/");
    if (slash < 0) return matches("login", body) ? { kind: "user", login: body } : void 0;
    const org = body.slice(0, slash);
    const slug = body.slice(slash + 1).toLowerCase();
    return matches("login", org) && matches("teamSlug", slug) ? { kind: "team", org: org.toLowerCase(), slug } : void 0;
  }
  return text.length <= 254 && EMAIL.test(text) ? { kind: "email", email: text } : void 0;
}
function ownerKey(owner) {
  switch (owner.kind) {
    case "user":
      return `user:${owner.login.toLowerCase()}`;
    case "team":
      return `team:${owner.org}/${owner.slug}`;
    case "email":
      return `email:${owner.email.toLowerCase()}`;
  }
}

// src/policy/codeowners.ts
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var CODEOWNERS_MAX_BYTES = 3e6;
function selectCodeowners(read) {
  for (const path of CODEOWNERS_LOCATIONS) {
    const content = read(path);
    if (content !== void 0) return { path, content };
  }
  return void 0;
}
function loadCodeowners(read) {
  const found = selectCodeowners(read);
  if (found === void 0) {
    const path = CODEOWNERS_LOCATIONS[0];
    return unloaded(path, diagnostic("E_CODEOWNERS_MISSING", "No CODEOWNERS file found; nobody can approve requests.", { file: path }));
  }
  return parseCodeowners(found.content, found.path);
}
var PROBLEM_CODES = {
  negation: "E_CODEOWNERS_NEGATION",
  "char-range": "E_CODEOWNERS_CHAR_RANGE",
  "escaped-comment": "E_CODEOWNERS_ESCAPED_COMMENT",
  malformed: "E_CODEOWNERS_BAD_PATTERN"
};
var PROBLEM_MESSAGES = {
  negation: "Negated pattern (`!`) is not supported by GitHub; the line is skipped.",
  "char-range": "Character range (`[ ]`) is not supported by GitHub; the line is skipped.",
  "escaped-comment": "An escaped leading `#` is not supported by GitHub; the line is skipped.",
  malformed: "Malformed pattern; the line is skipped."
};
function parseCodeowners(content, path) {
  const size = typeof content === "string" ? new TextEncoder().encode(content).length : content.length;
  if (size >= CODEOWNERS_MAX_BYTES) {
    return unloaded(
      path,
      diagnostic("E_CODEOWNERS_TOO_LARGE", `CODEOWNERS is ${size} bytes; GitHub ignores files of ${CODEOWNERS_MAX_BYTES} bytes or more.`, {
        file: path
      })
    );
  }
  let text;
  if (typeof content === "string") {
    text = content.startsWith("\uFEFF") ? content.slice(1) : content;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(content);
    } catch {
      return unloaded(path, diagnostic("E_CODEOWNERS_ENCODING", "CODEOWNERS is not valid UTF-8.", { file: path }));
    }
  }
  const rules = [];
  const invalid = [];
  const diagnostics = [];
  const lines = text.split("\n");
  for (const [index, rawLine] of lines.entries()) {
    const line = index + 1;
    const body = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (hasHiddenCharacters(body)) {
      invalid.push({ line });
      diagnostics.push(
        diagnostic("E_CODEOWNERS_ENCODING", "Line contains control, bidirectional or zero-width characters; the line is skipped.", {
          file: path,
          position: { line, column: 1 }
        })
      );
      continue;
    }
    const tokens = tokenize(body);
    if (tokens.kind === "blank") continue;
    const at = (column) => ({ file: path, position: { line, column } });
    const compiled = compilePattern(tokens.pattern.text);
    if (!compiled.ok) {
      const loose = compileLoosely(tokens.pattern.text);
      invalid.push(loose === void 0 ? { line } : { line, loose });
      diagnostics.push(diagnostic(PROBLEM_CODES[compiled.problem], PROBLEM_MESSAGES[compiled.problem], at(tokens.pattern.column)));
      continue;
    }
    const owners = [];
    const seen = /* @__PURE__ */ new Set();
    let badOwner;
    for (const [ordinal, token] of tokens.owners.entries()) {
      const owner = parseOwner(token.text);
      if (owner === void 0) {
        badOwner = ordinal;
        diagnostics.push(
          diagnostic(
            "E_CODEOWNERS_BAD_OWNER",
            `Owner ${ordinal + 1} on this line is not @login, @org/team-slug or an email address; the line is skipped.`,
            at(token.column)
          )
        );
        break;
      }
      const key = ownerKey(owner);
      if (!seen.has(key)) {
        seen.add(key);
        owners.push(owner);
      }
    }
    if (badOwner !== void 0) {
      invalid.push({ line, loose: compiled.pattern });
      continue;
    }
    rules.push({ line, pattern: tokens.pattern.text, matcher: compiled.pattern, owners });
  }
  return { path, loaded: true, rules, invalid, diagnostics };
}
function ownersOf(rules, path) {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule !== void 0 && matchesPath(rule.matcher, path)) return { owners: rule.owners, line: rule.line };
  }
  return { owners: [], line: void 0 };
}
function unloaded(path, d) {
  return { path, loaded: false, rules: [], invalid: [], diagnostics: [d] };
}

// src/policy/load-identities.ts
function identityChecks(raw, fields, report) {
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
    for (const field of fields) {
      const principal = identity[field];
      if (typeof principal !== "string") continue;
      const key = `${field}\0${principal}`;
      const firstRole = roles.get(key);
      if (firstRole !== void 0) {
        out.push(report("E_IDENTITY_DUPLICATE_PRINCIPAL", `Identities ${firstRole} and ${i} have the same ${field} role.`, `${at}/${field}`));
      } else {
        roles.set(key, i);
      }
    }
  });
  return out;
}
function identityFields(providers) {
  const fields = /* @__PURE__ */ new Set();
  for (const id of providers.ids) {
    const field = providers.rules(id)?.principal.identityField;
    if (field !== void 0) fields.add(field);
  }
  return [...fields].sort();
}
function toIdentity(raw, fields) {
  const principals = /* @__PURE__ */ new Map();
  for (const field of fields) {
    const value = raw[field];
    if (typeof value === "string") principals.set(field, value);
  }
  return { login: raw.login, id: raw.id, principals, targets: new Map(Object.entries(raw.targets ?? {})) };
}
function readIdentities(file, providers) {
  const loaded = loadFile(file, "identities");
  if (!loaded.ok) return { diagnostics: loaded.diagnostics };
  const report = reporter(loaded.value.file, loaded.value.locate);
  const raw = loaded.value.data;
  const fields = identityFields(providers);
  return { raw, identities: raw.identities.map((i) => toIdentity(i, fields)), report, diagnostics: identityChecks(raw, fields, report) };
}

// src/policy/load-cross.ts
function profileTargetChecks(raw, targets, providers, report) {
  const out = [];
  const providerOf = (name) => {
    const target = targets.get(name);
    return target === void 0 ? void 0 : providers.rules(target.provider);
  };
  raw.allow.forEach((rule, r) => {
    const target = targets.get(rule.target);
    if (target === void 0) {
      out.push(report("E_PROFILE_UNKNOWN_TARGET", `Target ${rule.target} is not defined in policies/targets.yaml.`, `/allow/${r}/target`));
    } else {
      out.push(...providerOf(rule.target)?.allow.checkTarget(rule, target, `/allow/${r}`, report) ?? []);
    }
  });
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    const target = targets.get(bundle.target);
    if (target === void 0) {
      out.push(report("E_PROFILE_UNKNOWN_TARGET", `Target ${bundle.target} is not defined in policies/targets.yaml.`, `/bundles/${name}/target`));
      continue;
    }
    const provider = providerOf(bundle.target);
    bundle.grants.forEach((spec, i) => {
      const kind = kindOf(spec, providers);
      if (kind === void 0 || provider === void 0 || kindOfProvider(provider, kind) !== void 0) return;
      const wants = anyProviderOf(kind, providers)?.id ?? kind;
      out.push(
        report(
          "E_PROFILE_BUNDLE_PROVIDER",
          `Bundle ${name} grant ${i} needs a ${wants} target; ${target.name} is ${target.provider}.`,
          `/bundles/${name}/grants/${i}`
        )
      );
    });
  }
  out.push(...profileRuleChecks(raw, providerOf, providers, report));
  return out;
}
function identityTargetChecks(raw, targets, providers, report) {
  const out = [];
  const taken = /* @__PURE__ */ new Map();
  raw.identities.forEach((identity, i) => {
    const at = `/identities/${i}`;
    const overrides = identity.targets ?? {};
    for (const [name, principal] of Object.entries(overrides)) {
      const target = targets.get(name);
      const pointer = `${at}/targets/${name}`;
      const rules = target === void 0 ? void 0 : providers.rules(target.provider);
      if (target === void 0 || rules === void 0) {
        out.push(report("E_IDENTITY_UNKNOWN_TARGET", `Target ${name} is not defined in policies/targets.yaml.`, pointer));
      } else if (!matches(rules.principal.pattern, principal)) {
        out.push(report("E_IDENTITY_PRINCIPAL_FORMAT", `The principal for ${name} is not ${rules.principal.words.format}.`, pointer));
      }
    }
    for (const target of targets.values()) {
      const rules = providers.rules(target.provider);
      if (rules === void 0) continue;
      const { identityField, caseInsensitive } = rules.principal;
      const override = Object.hasOwn(overrides, target.name) ? overrides[target.name] : void 0;
      const fallback = identityField === void 0 ? identity.login : identity[identityField];
      const named = override ?? (typeof fallback === "string" ? fallback : void 0);
      if (named === void 0) continue;
      const principal = caseInsensitive ? named.toLowerCase() : named;
      const pointer = override !== void 0 ? `${at}/targets/${target.name}` : `${at}/${identityField ?? "login"}`;
      if (rules.principal.declaredProtected(principal, target)) {
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
function loadPolicySet(files, providers) {
  const diagnostics = [];
  let targets;
  let identities;
  let sawTargets = false;
  const profileReads = [];
  for (const file of files) {
    const role = classifyPath(file.path).role;
    if (role === "targets") {
      sawTargets = true;
      const read = readTargets(file, providers);
      if (read.ok) targets = read.value.targets;
      else diagnostics.push(...read.diagnostics);
    } else if (role === "identities") {
      identities = readIdentities(file, providers);
      diagnostics.push(...identities.diagnostics);
    } else if (role === "profile") {
      const read = readProfile(file);
      profileReads.push(read);
      diagnostics.push(...read.diagnostics);
    } else {
      diagnostics.push(
        fileDiagnostic(
          "E_POLICY_FILENAME",
          "Only policies/<profile>.yaml, policies/targets.yaml and policies/identities.yaml belong in policies/.",
          displayPath(file.path)
        )
      );
    }
  }
  if (!sawTargets) diagnostics.push(fileDiagnostic("E_POLICY_TARGETS_MISSING", "policies/targets.yaml is missing.", TARGETS_PATH));
  if (identities === void 0) diagnostics.push(fileDiagnostic("E_POLICY_IDENTITIES_MISSING", "policies/identities.yaml is missing.", IDENTITIES_PATH));
  if (targets !== void 0) {
    for (const read of profileReads) {
      if (read.raw !== void 0 && read.report !== void 0) diagnostics.push(...profileTargetChecks(read.raw, targets, providers, read.report));
    }
    if (identities?.raw !== void 0 && identities.report !== void 0) {
      diagnostics.push(...identityTargetChecks(identities.raw, targets, providers, identities.report));
    }
  }
  const profiles = /* @__PURE__ */ new Map();
  for (const read of profileReads) if (read.profile !== void 0) profiles.set(read.profile.name, read.profile);
  const people = identities?.identities;
  if (hasErrors(diagnostics) || targets === void 0 || people === void 0) return failed(diagnostics);
  return ok({ profiles, targets, identities: people, providers }, diagnostics);
}

// src/plan/request-plan.ts
function planRequest(decision, policy, plannerFor) {
  if (decision.outcome !== "allowed" || decision.window === void 0) return [];
  return groupByTarget(decision, policy, decision.window.expiresAt).map((targetGrant) => ({
    targetGrant,
    plan: plannerFor(targetGrant.target).plan(targetGrant)
  }));
}
function groupByTarget(decision, policy, expiresAt) {
  const byTarget = /* @__PURE__ */ new Map();
  for (const grant of decision.grants) {
    const target = policy.targets.get(grant.target);
    if (target === void 0) throw new Error(`allowed decision names an unknown target: ${grant.target}`);
    const existing = byTarget.get(grant.target);
    if (existing !== void 0 && existing.principal !== grant.principal) {
      throw new Error(`allowed decision has two principals on target ${grant.target}`);
    }
    byTarget.set(grant.target, {
      requestId: decision.requestId,
      target,
      principal: grant.principal,
      grants: [...existing?.grants ?? [], grant.spec],
      expiresAt
    });
  }
  return [...byTarget.values()];
}

// src/policy/footprint.ts
function footprint(grants) {
  const entries = grants.map(({ target, spec, rules, allowed }) => rules.footprint(target, spec, allowed));
  return { entries };
}

// src/policy/rules/duration.ts
function checkDuration(request, profile, now, reasons, site) {
  const chosen = chooseDuration(request, profile, reasons, site);
  if (chosen === void 0) return void 0;
  const before = reasons.errors;
  const { text, at } = chosen;
  const milliseconds = durationMs(text);
  if (milliseconds === void 0) {
    reasons.error("E_POLICY_DURATION_INVALID", `${chosen.what} is not a valid duration`, at);
    return void 0;
  }
  if (profile !== void 0) {
    const max = durationMs(profile.duration.max);
    if (max === void 0) {
      reasons.error("E_POLICY_PROFILE_INVALID", `profile "${profile.name}" has an unusable duration.max`, child(fileSite(profile), "duration", "max"));
    } else if (milliseconds > max) {
      reasons.error("E_POLICY_DURATION_TOO_LONG", `duration "${text}" is longer than the maximum ${formatDuration(max)} of profile "${profile.name}"`, at);
    }
  }
  if (milliseconds > HARD_MAX_DURATION_MS) {
    reasons.error("E_POLICY_DURATION_OVER_HARD_MAX", `duration "${text}" is longer than the hard limit ${formatDuration(HARD_MAX_DURATION_MS)}`, at);
  }
  const end = addDuration(now, milliseconds);
  if (!isFiniteInstant(now) || end === void 0) {
    reasons.error("E_POLICY_INSTANT_NOT_FINITE", `the window of duration "${text}" has no finite start or end`, at);
    return void 0;
  }
  if (profile === void 0 || reasons.errors !== before) return void 0;
  return { duration: text, durationMs: milliseconds, startsAt: formatInstant(now), expiresAt: formatInstant(end) };
}
function chooseDuration(request, profile, reasons, site) {
  if (request.duration !== void 0) return { text: request.duration, at: child(site, "duration"), what: "the duration" };
  if (profile === void 0) return void 0;
  if (profile.duration.default !== void 0) {
    return {
      text: profile.duration.default,
      at: child(fileSite(profile), "duration", "default"),
      what: `the default duration of profile "${profile.name}"`
    };
  }
  reasons.error("E_POLICY_DURATION_REQUIRED", `profile "${profile.name}" has no default duration; the request must set one`, site);
  return void 0;
}

// src/policy/rules/control-plane.ts
function controlPlaneTeams(policy) {
  const teams = /* @__PURE__ */ new Map();
  for (const profile of policy.profiles.values()) {
    for (const group of profile.approvals.groups) {
      if (group.team !== void 0 && !teams.has(group.team.toLowerCase())) {
        teams.set(group.team.toLowerCase(), `an approver group of profile "${profile.name}"`);
      }
    }
    for (const team of profile.requesters.teams) {
      if (!teams.has(team.toLowerCase())) teams.set(team.toLowerCase(), `a requester team of profile "${profile.name}"`);
    }
  }
  return teams;
}

// src/policy/rules/duplicates.ts
var DuplicateGrants = class {
  #seen = /* @__PURE__ */ new Map();
  check(target, key, label, site, reasons) {
    const id = JSON.stringify([target, key.key]);
    const earlier = this.#seen.get(id) ?? [];
    for (const seen of earlier) {
      if (key.privileges === void 0 || seen.privileges === void 0) {
        reasons.error("E_POLICY_GRANT_DUPLICATE", `${label}: repeats ${seen.label} (${key.text} on target "${target}")`, site);
        break;
      }
      const overlap = key.privileges.filter((p) => seen.privileges?.includes(p) === true);
      if (overlap.length > 0) {
        reasons.error("E_POLICY_GRANT_DUPLICATE", `${label}: ${quoteList(overlap)} on ${key.text} is also asked for by ${seen.label}`, site);
        break;
      }
    }
    this.#seen.set(id, [...earlier, { label, ...key.privileges !== void 0 ? { privileges: key.privileges } : {} }]);
  }
};

// src/policy/rules/expand.ts
function expandGrant(grant, index, profile, requestSite, reasons) {
  const site = child(requestSite, "grants", index);
  if (grant.kind !== "bundle") {
    return { items: [{ index, target: grant.target, raw: grant.raw, site, label: `grants/${index}` }], count: 1 };
  }
  const unusable = { items: [], count: 1 };
  if (profile === void 0) return unusable;
  const bundle = profile.bundles.get(grant.bundle);
  if (bundle === void 0) {
    reasons.error("E_POLICY_BUNDLE_UNKNOWN", `grants/${index}: profile "${profile.name}" has no bundle "${grant.bundle}"`, child(site, "bundle"));
    return unusable;
  }
  if (bundle.target !== grant.target) {
    reasons.error(
      "E_POLICY_BUNDLE_TARGET_MISMATCH",
      `grants/${index}: bundle "${grant.bundle}" is for target "${bundle.target}", not "${grant.target}"`,
      child(site, "target")
    );
    return unusable;
  }
  const bundleSite = child(fileSite(profile), "bundles", grant.bundle, "grants");
  if (bundle.grants.length === 0) {
    reasons.error("E_POLICY_PROFILE_INVALID", `bundle "${grant.bundle}" of profile "${profile.name}" has no grants`, bundleSite);
    return unusable;
  }
  const items = bundle.grants.map((inner, j) => ({
    index,
    target: grant.target,
    raw: inner.raw,
    site: child(bundleSite, j),
    label: `grants/${index} (bundle "${grant.bundle}" grant ${j})`
  }));
  return { items, count: items.length };
}

// src/policy/rules/principal.ts
function principalFor(identity, target, rules) {
  const override = identity.targets.get(target.name);
  if (override !== void 0) return override;
  const field = rules.principal.identityField;
  return field === void 0 ? identity.login : identity.principals.get(field);
}
function checkPrincipal(identity, target, rules, reasons, site) {
  const principal = principalFor(identity, target, rules);
  if (principal === void 0) {
    reasons.error("E_POLICY_PRINCIPAL_MISSING", `"${identity.login}" has no ${rules.principal.words.missing} for target "${target.name}"`, site);
    return void 0;
  }
  const why = rules.principal.protectedReason(principal, target);
  if (why !== void 0) {
    reasons.error("E_POLICY_PRINCIPAL_PROTECTED", `principal "${principal}" of "${identity.login}" on target "${target.name}" is ${why}`, site);
    return void 0;
  }
  return principal;
}

// src/policy/rules/grants.ts
function checkGrants(input) {
  const { request, policy, profile, identity, reasons, site } = input;
  const providers = policy.providers;
  const duplicates = new DuplicateGrants();
  const together = /* @__PURE__ */ new Map();
  const principals = /* @__PURE__ */ new Map();
  const ruleValues = /* @__PURE__ */ new Map();
  const controlTeams = controlPlaneTeams(policy);
  const resolved = [];
  const requested = [];
  let count = 0;
  let checked = 0;
  request.grants.forEach((grant, index) => {
    const grantBefore = reasons.errors;
    checkTarget(grant.target, index, input);
    const expansion = expandGrant(grant, index, profile, site, reasons);
    const targetOk = reasons.errors === grantBefore;
    count += expansion.count;
    for (const item of expansion.items) {
      const kind = kindOf(item.raw, providers);
      const checker = kind === void 0 ? void 0 : providerFor(item, kind, policy, input);
      if (kind === void 0 || checker === void 0) continue;
      checked += 1;
      const before = reasons.errors;
      const { rules, target, fits } = checker;
      const reader = kindOfProvider(rules, kind);
      if (reader === void 0) continue;
      const written = reader.read(item.raw);
      duplicates.check(item.target, rules.duplicate(written), item.label, item.site, reasons);
      const key = JSON.stringify([rules.id, item.target]);
      const group = together.get(key) ?? { rules, target: item.target, items: [] };
      group.items.push({ grant: written, label: item.label, site: item.site });
      together.set(key, group);
      const rule = fits ? ruleValue(item.target, rules, profile, ruleValues) : void 0;
      const result = rules.checkGrant(written, {
        ...fits && target !== void 0 ? { target } : {},
        ...rule !== void 0 ? { rule } : {},
        ...profile !== void 0 ? { sensitive: profile.sensitiveColumns } : {},
        controlTeams,
        controlRepo: input.facts.controlRepo,
        label: item.label,
        site: item.site,
        reasons
      });
      if (!fits || target === void 0) continue;
      let principal;
      if (identity !== void 0) {
        if (!principals.has(target.name)) {
          principals.set(target.name, checkPrincipal(identity, target, rules, reasons, child(site, "grants", item.index, "target")));
        }
        principal = principals.get(target.name);
      }
      if (result.spec === void 0) continue;
      requested.push({ target: target.name, spec: result.spec, rules, ...result.allowed !== void 0 ? { allowed: result.allowed } : {} });
      if (principal !== void 0 && targetOk && reasons.errors === before) {
        resolved.push({ index: item.index, target: target.name, provider: target.provider, principal, spec: result.spec });
      }
    }
  });
  for (const group of together.values()) group.rules.checkTogether?.(group.items, group.target, reasons);
  return { resolved, requested, count, checked };
}
function providerFor(item, kind, policy, { reasons }) {
  const target = policy.targets.get(item.target);
  const own = target === void 0 ? void 0 : policy.providers.rules(target.provider);
  if (own !== void 0 && kindOfProvider(own, kind) !== void 0) return { rules: own, target, fits: true };
  if (target !== void 0) {
    reasons.error(
      "E_POLICY_GRANT_KIND_MISMATCH",
      `${item.label}: a ${kind} grant does not fit target "${target.name}" (provider ${target.provider})`,
      item.site
    );
  }
  const any = anyProviderOf(kind, policy.providers);
  return any === void 0 ? void 0 : { rules: any, fits: false };
}
function ruleValue(target, rules, profile, cache) {
  if (cache.has(target)) return cache.get(target);
  const rule = profile?.allow.find((r) => r.target === target);
  const value = rule === void 0 ? void 0 : rules.allow.read(rule.raw);
  cache.set(target, value);
  return value;
}
function checkTarget(name, index, { policy, profile, reasons, site }) {
  const at = child(site, "grants", index, "target");
  if (!policy.targets.has(name)) {
    reasons.error("E_POLICY_TARGET_UNKNOWN", `grants/${index}: target "${name}" is not declared in policies/targets.yaml`, at);
  } else if (profile !== void 0 && !profile.allow.some((rule) => rule.target === name)) {
    reasons.error("E_POLICY_TARGET_NOT_ALLOWED", `grants/${index}: profile "${profile.name}" does not allow target "${name}"`, at);
  }
}

// src/policy/rules/request.ts
function checkExtends(request, reasons, site) {
  const earlier = request.extends;
  if (earlier === void 0) return;
  const at = child(site, "extends");
  if (earlier === request.id) {
    reasons.error("E_POLICY_EXTENDS_SELF", `request "${request.id}" cannot extend itself`, at);
    return;
  }
  reasons.warn("E_POLICY_EXTENDS_NEEDS_APPROVAL", `extends "${earlier}": needs fresh approval; the ledger will link the two requests`, at);
}
function checkGrantCount(count, profile, reasons, site) {
  if (count <= profile.maxGrants) return;
  reasons.error(
    "E_POLICY_TOO_MANY_GRANTS",
    `${count} grants (after expanding bundles) exceed the ${profile.maxGrants} allowed by profile "${profile.name}"`,
    child(site, "grants")
  );
}
function noteBreakGlass(profile, reasons, site) {
  if (!profile.breakGlass) return;
  reasons.warn(
    "E_POLICY_BREAK_GLASS",
    `profile "${profile.name}" is an emergency (break-glass) profile; a follow-up review issue will be opened`,
    child(site, "profile")
  );
}

// src/policy/rules/requester.ts
function checkRequester(request, policy, profile, facts, reasons, site) {
  const at = child(site, "requester");
  const identity = policy.identities.find((i) => sameName(i.login, request.requester));
  if (identity === void 0) {
    reasons.error("E_POLICY_REQUESTER_UNKNOWN", `requester "${request.requester}" is not listed in policies/identities.yaml`, at);
  }
  checkAuthor(request, identity, facts, reasons, at);
  if (profile !== void 0) checkMayUse(identity?.login ?? request.requester, profile, facts, reasons, at);
  return identity;
}
function checkAuthor(request, identity, facts, reasons, at) {
  const author = facts.author;
  if (author === void 0) return;
  if (identity === void 0) {
    if (!sameName(author.login, request.requester)) {
      reasons.error("E_POLICY_REQUESTER_NOT_AUTHOR", `requester "${request.requester}" is not the pull request author "${author.login}"`, at);
    }
    return;
  }
  if (author.id !== identity.id) {
    reasons.error(
      "E_POLICY_REQUESTER_NOT_AUTHOR",
      `requester "${identity.login}" (id ${identity.id}) is not the pull request author "${author.login}" (id ${author.id})`,
      at
    );
  } else if (!sameName(author.login, identity.login)) {
    reasons.error(
      "E_POLICY_IDENTITY_LOGIN_STALE",
      `pull request author "${author.login}" has the id of "${identity.login}" (id ${identity.id}) in policies/identities.yaml`,
      at
    );
  }
}
function checkMayUse(login, profile, facts, reasons, at) {
  if (profile.requesters.users.some((user) => sameName(user, login))) return;
  const teams = profile.requesters.teams;
  if (teams.length > 0 && facts.requesterTeams === void 0) {
    reasons.error(
      "E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED",
      `"${login}" may use profile "${profile.name}" only through team membership, which was not verified`,
      at
    );
    return;
  }
  const member = facts.requesterTeams;
  if (member !== void 0 && teams.some((team) => [...member].some((m) => sameName(m, team)))) return;
  reasons.error("E_POLICY_REQUESTER_NOT_ALLOWED", `"${login}" may not use profile "${profile.name}"`, at);
}

// src/policy/rules/text.ts
function checkTicket(request, profile, reasons, site) {
  const ticket = request.ticket;
  if (ticket === void 0) {
    if (profile.ticket.required) {
      reasons.error("E_POLICY_TICKET_REQUIRED", `profile "${profile.name}" requires a ticket`, site);
    }
    return;
  }
  const pattern = profile.ticket.pattern;
  if (pattern === void 0) return;
  let re;
  try {
    re = new RegExp(pattern, "u");
  } catch {
    reasons.error(
      "E_POLICY_PROFILE_INVALID",
      `the ticket pattern of profile "${profile.name}" is not a valid regular expression`,
      child(fileSite(profile), "ticket", "pattern")
    );
    return;
  }
  if (!re.test(ticket)) {
    reasons.error("E_POLICY_TICKET_MISMATCH", `ticket "${ticket}" does not match the ticket pattern of profile "${profile.name}"`, child(site, "ticket"));
  }
}
function checkReason(request, profile, reasons, site) {
  const reason = request.reason;
  if (reason === void 0) {
    if (profile.reason.required) {
      reasons.error("E_POLICY_REASON_REQUIRED", `profile "${profile.name}" requires a reason`, site);
    }
    return;
  }
  const length = [...reason].length;
  const at = child(site, "reason");
  if (length < profile.reason.minLength) {
    reasons.error(
      "E_POLICY_REASON_TOO_SHORT",
      `the reason has ${length} characters; profile "${profile.name}" asks for at least ${profile.reason.minLength}`,
      at
    );
  }
  if (length > profile.reason.maxLength) {
    reasons.error("E_POLICY_REASON_TOO_LONG", `the reason has ${length} characters; profile "${profile.name}" allows at most ${profile.reason.maxLength}`, at);
  }
}

// src/policy/evaluate.ts
var UNSATISFIABLE_APPROVALS = {
  min: Number.MAX_SAFE_INTEGER,
  groups: []
};
function evaluate(request, policy, facts) {
  const reasons = new Reasons();
  const site = fileSite(request);
  const profile = policy.profiles.get(request.profile);
  if (profile === void 0) {
    reasons.error("E_POLICY_PROFILE_UNKNOWN", `profile "${request.profile}" is not defined under policies/`, child(site, "profile"));
  }
  const identity = checkRequester(request, policy, profile, facts, reasons, site);
  const grants = checkGrants({ request, policy, profile, identity, facts, reasons, site });
  const window = checkDuration(request, profile, facts.now, reasons, site);
  if (profile !== void 0) {
    checkTicket(request, profile, reasons, site);
    checkReason(request, profile, reasons, site);
    checkGrantCount(grants.count, profile, reasons, site);
    noteBreakGlass(profile, reasons, site);
  }
  checkExtends(request, reasons, site);
  const all = reasons.all;
  const outcome = hasErrors(all) ? "refused" : "allowed";
  const complete = grants.resolved.length === grants.checked && grants.checked === grants.count && window !== void 0;
  if (outcome === "allowed" && !complete) {
    throw new Error("policy evaluation lost a grant or the window without a reason");
  }
  return {
    requestId: request.id,
    path: request.path,
    profile: request.profile,
    outcome,
    reasons: all,
    grants: grants.resolved,
    ...window !== void 0 ? { window } : {},
    footprint: footprint(grants.requested),
    approvals: profile === void 0 ? UNSATISFIABLE_APPROVALS : { min: profile.approvals.min, groups: profile.approvals.groups },
    breakGlass: profile?.breakGlass ?? false
  };
}

export {
  mayMatchUnder,
  coverageErrors,
  usageMarkdown,
  usageText,
  recordedUsesMarkdown,
  requestIdFromPath,
  parseRequestFile,
  CODEOWNERS_LOCATIONS,
  CODEOWNERS_MAX_BYTES,
  loadCodeowners,
  parseCodeowners,
  ownersOf,
  loadPolicySet,
  planRequest,
  groupByTarget,
  evaluate
};
