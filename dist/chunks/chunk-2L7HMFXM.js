import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  loadFile
} from "./chunk-FSM2IXNC.js";
import {
  codeSpan
} from "./chunk-TAWV74PJ.js";
import {
  HARD_MAX_DURATION_MS,
  durationMs
} from "./chunk-XWXGGLRX.js";
import {
  classifyPath,
  displayPath
} from "./chunk-W3EMCSNL.js";
import {
  activeRegistry
} from "./chunk-JKSNEYSU.js";
import {
  FILE_START
} from "./chunk-S2FTDJZ2.js";
import {
  diagnostic
} from "./chunk-BGLQZM7W.js";

// src/load/plain.ts
function plainCopy(value) {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainCopy(v)]));
}
function plainObject(value) {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainCopy(v)]));
}

// src/load/report.ts
function reporter(file, locate) {
  return (code, message, pointer) => diagnostic(code, message, { file, pointer, position: locate(pointer) ?? FILE_START });
}
function fileDiagnostic(code, message, file) {
  return diagnostic(code, message, { file, pointer: "", position: FILE_START });
}

// src/policy/kinds.ts
function kindOf(raw, catalog) {
  return catalog.kindNames.find((kind) => Object.hasOwn(raw, kind));
}
function kindOfProvider(rules, kind) {
  return rules.kinds.find((k) => k.name === kind);
}
function anyProviderOf(kind, catalog) {
  for (const id of catalog.ids) {
    const rules = catalog.rules(id);
    if (rules !== void 0 && kindOfProvider(rules, kind) !== void 0) return rules;
  }
  return void 0;
}

// src/policy/load-ticket.ts
function ticketPatternProblem(pattern) {
  if (compileTicketPattern(pattern) === void 0) return "invalid";
  if (!pattern.startsWith("^") || !endsWithUnescapedDollar(pattern) || hasTopLevelAlternation(pattern)) return "unanchored";
  return void 0;
}
function compileTicketPattern(pattern) {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return void 0;
  }
}
function endsWithUnescapedDollar(pattern) {
  if (!pattern.endsWith("$")) return false;
  let backslashes = 0;
  for (let i = pattern.length - 2; i >= 0 && pattern[i] === "\\"; i -= 1) backslashes += 1;
  return backslashes % 2 === 0;
}
function hasTopLevelAlternation(pattern) {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === "\\") {
      i += 1;
    } else if (inClass) {
      if (ch === "]") inClass = false;
    } else if (ch === "[") {
      inClass = true;
    } else if (ch === "(") {
      depth += 1;
    } else if (ch === ")") {
      depth -= 1;
    } else if (ch === "|" && depth === 0) {
      return true;
    }
  }
  return false;
}

// src/policy/load-profile-checks.ts
var BREAK_GLASS_MAX_MS = 4 * 60 * 60 * 1e3;
function durationChecks(raw, report) {
  const out = [];
  const max = durationMs(raw.duration.max);
  const dflt = raw.duration.default === void 0 ? void 0 : durationMs(raw.duration.default);
  if (max !== void 0 && max > HARD_MAX_DURATION_MS) {
    out.push(report("E_PROFILE_DURATION_TOO_LONG", "duration.max is longer than 90 days.", "/duration/max"));
  }
  if (max !== void 0 && dflt !== void 0 && dflt > max) {
    out.push(report("E_PROFILE_DURATION_DEFAULT", "duration.default is longer than duration.max.", "/duration/default"));
  }
  if (raw.break_glass === true && max !== void 0 && max > BREAK_GLASS_MAX_MS) {
    out.push(report("E_PROFILE_BREAK_GLASS_DURATION", "A break-glass profile has duration.max longer than 4h.", "/duration/max"));
  }
  return out;
}
function headerChecks(raw, report) {
  const out = [];
  if ((raw.requesters.users ?? []).length === 0 && (raw.requesters.teams ?? []).length === 0) {
    out.push(report("E_PROFILE_REQUESTERS_EMPTY", "requesters lists no users and no teams.", "/requesters"));
  }
  const pattern = raw.ticket.pattern;
  const problem = pattern === void 0 ? void 0 : ticketPatternProblem(pattern);
  if (problem === "invalid") out.push(report("E_PROFILE_TICKET_PATTERN_INVALID", "ticket.pattern is not a valid regular expression.", "/ticket/pattern"));
  if (problem === "unanchored") {
    out.push(report("E_PROFILE_TICKET_PATTERN_ANCHOR", "ticket.pattern must match the whole ticket: '^...$' with no top-level '|'.", "/ticket/pattern"));
  }
  const minLength = raw.reason.min_length ?? 1;
  const maxLength = raw.reason.max_length ?? 1e3;
  if (minLength > maxLength) out.push(report("E_PROFILE_REASON_LENGTH", "reason.min_length is greater than reason.max_length.", "/reason/min_length"));
  (raw.approvals.groups ?? []).forEach((group, i) => {
    if ("users" in group && group.users.length < group.min) {
      out.push(
        report("E_PROFILE_APPROVAL_GROUP", `Approver group ${i} needs ${group.min} approvals but lists ${group.users.length} users.`, `/approvals/groups/${i}`)
      );
    }
  });
  return out;
}
function allowChecks(raw, report) {
  const out = [];
  const targets = /* @__PURE__ */ new Set();
  raw.allow.forEach((rule, r) => {
    const at = `/allow/${r}`;
    if (targets.has(rule.target)) out.push(report("E_PROFILE_DUPLICATE_TARGET", `Two allow rules name target "${rule.target}".`, `${at}/target`));
    targets.add(rule.target);
  });
  return out;
}
function bundleTargetChecks(raw, report) {
  const out = [];
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    if (!raw.allow.some((r) => r.target === bundle.target)) {
      out.push(
        report(
          "E_PROFILE_BUNDLE_NOT_ALLOWED",
          `Bundle ${name} uses target ${bundle.target}, which has no allow rule in this profile.`,
          `/bundles/${name}/target`
        )
      );
    }
  }
  return out;
}
function profileChecks(raw, report) {
  return [...headerChecks(raw, report), ...durationChecks(raw, report), ...allowChecks(raw, report), ...bundleTargetChecks(raw, report)];
}
function profileRuleChecks(raw, providerOf, catalog, report) {
  const out = [];
  raw.allow.forEach((rule, r) => {
    out.push(...providerOf(rule.target)?.allow.check(rule, `/allow/${r}`, report) ?? []);
  });
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    const rule = raw.allow.find((r) => r.target === bundle.target);
    const provider = providerOf(bundle.target);
    if (rule === void 0 || provider === void 0) continue;
    const value = provider.allow.read(rule);
    bundle.grants.forEach((spec, i) => {
      const kindName = kindOf(spec, catalog);
      const kind = kindName === void 0 ? void 0 : kindOfProvider(provider, kindName);
      if (kind === void 0) return;
      const where = { label: `Bundle ${name} grant ${i}`, target: bundle.target, at: `/bundles/${name}/grants/${i}`, report };
      out.push(...provider.allow.checkBundleGrant(kind.read(spec), value, where));
    });
  }
  return out;
}

// src/policy/load-profile.ts
var DEFAULT_MAX_GRANTS = 5;
var DEFAULT_REASON_MIN = 1;
var DEFAULT_REASON_MAX = 1e3;
function toGroup(raw) {
  return "team" in raw ? { team: raw.team, users: [], min: raw.min } : { users: [...raw.users], min: raw.min };
}
function toLimits(raw) {
  return {
    ...raw.rows_read !== void 0 ? { rowsRead: raw.rows_read } : {},
    ...raw.read_only !== void 0 ? { readOnly: raw.read_only } : {},
    onExceed: raw.on_exceed ?? "alert"
  };
}
function toProfile(raw, path, locate) {
  return {
    name: raw.name,
    path,
    ...raw.description !== void 0 ? { description: raw.description } : {},
    requesters: { users: [...raw.requesters.users ?? []], teams: [...raw.requesters.teams ?? []] },
    approvals: { min: raw.approvals.min, groups: (raw.approvals.groups ?? []).map(toGroup) },
    duration: { ...raw.duration.default !== void 0 ? { default: raw.duration.default } : {}, max: raw.duration.max },
    ticket: { required: raw.ticket.required, ...raw.ticket.pattern !== void 0 ? { pattern: raw.ticket.pattern } : {} },
    reason: {
      required: raw.reason.required,
      minLength: raw.reason.min_length ?? DEFAULT_REASON_MIN,
      maxLength: raw.reason.max_length ?? DEFAULT_REASON_MAX
    },
    maxGrants: raw.max_grants ?? DEFAULT_MAX_GRANTS,
    sensitiveColumns: raw.sensitive_columns,
    breakGlass: raw.break_glass ?? false,
    ...raw.limits !== void 0 ? { limits: toLimits(raw.limits) } : {},
    allow: raw.allow.map((rule) => ({ target: rule.target, raw: plainObject(rule) })),
    bundles: new Map(
      Object.entries(raw.bundles ?? {}).map(([name, b]) => [name, { target: b.target, grants: b.grants.map((g) => ({ raw: plainObject(g) })) }])
    ),
    locate
  };
}
function readProfile(file) {
  const role = classifyPath(file.path);
  const shown = displayPath(file.path);
  const pathProblems = role.role === "profile" ? [] : [fileDiagnostic("E_POLICY_FILENAME", "Profiles must be policies/<name>.yaml (lowercase name, .yaml extension, no subdirectories).", shown)];
  const loaded = loadFile(file, "profile");
  if (!loaded.ok) return { path: file.path, diagnostics: [...pathProblems, ...loaded.diagnostics] };
  const { data: raw, locate } = loaded.value;
  const report = reporter(shown, locate);
  const nameProblems = role.role === "profile" && role.name !== raw.name ? [report("E_PROFILE_NAME_MISMATCH", `The profile is named ${raw.name} but its file is ${role.name}.yaml.`, "/name")] : [];
  return {
    path: file.path,
    raw,
    profile: toProfile(raw, file.path, locate),
    report,
    diagnostics: [...pathProblems, ...nameProblems, ...profileChecks(raw, report)]
  };
}

// src/report/grant-text.ts
function grantText(g, registry = activeRegistry()) {
  const descriptor = g.provider !== void 0 ? registry.descriptor(g.provider) : registry.descriptors.find((d) => d.kinds.some((k) => k.name === g.spec.kind));
  return descriptor === void 0 ? `${g.target}: ${g.principal} ${g.spec.kind}` : descriptor.describe(g.spec, g.principal, g.target);
}
function heldNote(grants, when) {
  const held = grants.filter((g) => g.already_held === true);
  if (held.length === 0) return "";
  const list = held.map((g) => `- ${codeSpan(grantText(g))}`).join("\n");
  const head = when === "granted" ? "Already held before this grant, not given by Grantbook: nothing was granted for it, and revocation leaves it in place." : "Left in place: held before the grant, not given by Grantbook.";
  return `

${head}

${list}`;
}
function grantedText(id, expiresAt, grants) {
  return `Granted \`${id}\` until ${expiresAt}. It is revoked automatically then; delete the request file in a pull request to give it up earlier.${heldNote(grants, "granted")}`;
}

export {
  plainCopy,
  reporter,
  fileDiagnostic,
  kindOf,
  kindOfProvider,
  anyProviderOf,
  profileRuleChecks,
  readProfile,
  grantText,
  heldNote,
  grantedText
};
