import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  schemaRegistry
} from "./chunk-ZWFMTUKX.js";
import {
  FILE_START,
  MAX_DIAGNOSTICS_PER_FILE,
  MAX_NODES_POLICY,
  MAX_NODES_REQUEST,
  POLICY_MAX_BYTES,
  REQUEST_MAX_BYTES,
  joinPointer,
  lazyLocate,
  offsetsAt,
  parseStrictYaml,
  pointerSegments,
  positionAt,
  positionOf
} from "./chunk-TYXZ63QX.js";
import {
  diagnostic,
  failed,
  ok
} from "./chunk-LN4ZPE77.js";
import {
  matches
} from "./chunk-YRJDIPLM.js";

// src/load/paths.ts
var REQUESTS_DIR = "access-requests";
var POLICIES_DIR = "policies";
var TARGETS_PATH = "policies/targets.yaml";
var IDENTITIES_PATH = "policies/identities.yaml";
var SAFE_PATH = /^[A-Za-z0-9._/-]{1,300}$/;
var MAX_DISPLAY = 300;
function displayPath(path) {
  if (SAFE_PATH.test(path)) return path;
  let out = "";
  for (const byte of new TextEncoder().encode(path)) {
    const ch = String.fromCharCode(byte);
    out += byte < 128 && /[A-Za-z0-9._/-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    if (out.length > MAX_DISPLAY) return `${out.slice(0, MAX_DISPLAY)}...`;
  }
  return out;
}
function splitRepoPath(path) {
  if (path.length === 0 || path.length > 1024 || path.includes("\\") || path.includes("\0")) return void 0;
  const parts = path.split("/");
  if (parts.some((p) => p === "" || p === "." || p === "..")) return void 0;
  return parts;
}
var PLACEHOLDERS = /* @__PURE__ */ new Set([`${REQUESTS_DIR}/.gitkeep`, `${REQUESTS_DIR}/README.md`, `${POLICIES_DIR}/.gitkeep`]);
function classifyPath(path) {
  const parts = splitRepoPath(path);
  const top = parts?.[0] ?? path.split("/")[0];
  if ((top === REQUESTS_DIR || top === POLICIES_DIR) && parts?.length === 2 && PLACEHOLDERS.has(`${top}/${parts[1] ?? ""}`)) return { role: "placeholder" };
  if (top === REQUESTS_DIR) {
    const id = parts?.length === 2 ? stem(parts[1]) : void 0;
    return id !== void 0 && matches("requestId", id) ? { role: "request", id } : { role: "bad-request-path" };
  }
  if (top === POLICIES_DIR) {
    if (path === TARGETS_PATH) return { role: "targets" };
    if (path === IDENTITIES_PATH) return { role: "identities" };
    const name = parts?.length === 2 ? stem(parts[1]) : void 0;
    return name !== void 0 && matches("name", name) ? { role: "profile", name } : { role: "bad-policy-path" };
  }
  return { role: "other" };
}
function stem(fileName) {
  if (fileName === void 0 || !fileName.endsWith(".yaml")) return void 0;
  return fileName.slice(0, -".yaml".length);
}

// src/load/schema-text.ts
var DEF_TEXT = {
  login: "a GitHub login (letters, digits and single inner hyphens, at most 39 characters)",
  name: "a name of lowercase letters, digits and inner hyphens (at most 64 characters)",
  requestId: "a request id of lowercase letters, digits and inner hyphens (at most 48 characters)",
  identifier: "a PostgreSQL identifier (lowercase letter or _, then lowercase letters, digits, _ or $; at most 63 bytes)",
  qualifiedTable: "schema.table, each part a PostgreSQL identifier (lowercase, at most 63 bytes)",
  teamSlug: "a GitHub team slug (lowercase letters, digits, - and _, at most 100 characters)",
  repoName: "a GitHub repository name (letters, digits, ., - and _, at most 100 characters; not . or ..)",
  ticket: "a ticket id like INC-4211 (letters and digits, a hyphen, then digits)",
  duration: "a duration like 15m, 2h or 3d",
  privilege: "a privilege name in capitals, like SELECT",
  envName: "an environment variable name (capital letters, digits and _)",
  principal: "a PostgreSQL role name or a GitHub login",
  rowText: "a value of letters, digits, spaces and @ . _ : + / # - (at most 200 characters; no quotes, semicolons or backslashes)",
  instant: "an instant like 2026-05-01T00:00:00Z (UTC, whole seconds)"
};
var WILDCARD_DEFS = /* @__PURE__ */ new Set([
  "identifier",
  "qualifiedTable",
  "teamSlug",
  "repoName",
  "privilege",
  "name",
  "login",
  "principal"
]);
var IDENTIFIER_DEFS = /* @__PURE__ */ new Set(["identifier", "qualifiedTable", "principal"]);
var IDENT_CHARS = /^[a-z_][a-z0-9_$]*$/;
function isOverlongIdentifier(value) {
  const parts = value.split(".");
  return parts.length <= 2 && parts.every((p) => IDENT_CHARS.test(p)) && parts.some((p) => p.length > 63);
}
function closestKey(written, allowed) {
  const w = written.toLowerCase();
  const limit = w.length <= 3 ? 1 : 2;
  let best;
  let bestDistance = limit + 1;
  for (const candidate of allowed) {
    const d = editDistance(w, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit || a.length > 64) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

// src/load/credentials.ts
var CREDENTIAL_KINDS = {
  "github-token": "a GitHub token",
  "aws-access-key": "an AWS access key id",
  "slack-token": "a Slack token",
  "private-key": "a private key",
  jwt: "a JSON Web Token",
  "url-password": "a URL or connection string with an embedded password",
  "secret-assignment": "a password, secret, token or API key assignment"
};
var GITHUB = /gh[pousr]_[A-Za-z0-9]{30}|github_pat_[A-Za-z0-9_]{30}/;
var AWS = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/;
var SLACK = /xox[abposr]-[0-9]{1,32}-[A-Za-z0-9-]{8}/;
var PRIVATE_KEY = /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/;
var JWT = /eyJ[A-Za-z0-9_-]{5,2048}\.[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,8192}/g;
var MAX_JWT_CANDIDATES = 16;
var URL_PASSWORD = /[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s/?#@:]{0,256}:([^\s/?#@]{1,256})@[^\s/?#@]/g;
var ASSIGNMENT = /(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,32}[_.-]){0,4}(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret)["']?(?:\s{0,8}=\s{0,8}|:\s{0,8}(?=["'])|:(?=[^\s]))(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|([^\s"',;&]{1,256}))/gi;
var PLACEHOLDER = /^(?:\*+|x+|X+|\.+|<[^<>]*>|\[[^[\]]*\]|\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|\{\{[^{}]*\}\})$/;
var NOT_SECRET = /* @__PURE__ */ new Set(["true", "false", "yes", "no", "null", "none", "nil", "empty", "redacted", "hidden", "masked", "unset", "required", "optional"]);
var MIN_SECRET_LENGTH = 4;
function isPlaceholder(value) {
  return value.length < MIN_SECRET_LENGTH || PLACEHOLDER.test(value) || NOT_SECRET.has(value.toLowerCase());
}
function isJwtHeader(part) {
  try {
    const header = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof header === "object" && header !== null && typeof header.alg === "string";
  } catch {
    return false;
  }
}
function hasJwt(text) {
  if (!text.includes("eyJ")) return false;
  let seen = 0;
  for (const match of text.matchAll(JWT)) {
    if (isJwtHeader(match[0].slice(0, match[0].indexOf(".")))) return true;
    if (++seen >= MAX_JWT_CANDIDATES) break;
  }
  return false;
}
function hasUrlPassword(text) {
  if (!text.includes("://")) return false;
  for (const match of text.matchAll(URL_PASSWORD)) if (!isPlaceholder(match[1] ?? "")) return true;
  return false;
}
function hasAssignment(text) {
  for (const match of text.matchAll(ASSIGNMENT)) {
    const value = match[1] ?? match[2] ?? match[3] ?? "";
    if (!isPlaceholder(value)) return true;
  }
  return false;
}
var TRIGGER = /gh[pousr]_|github_pat_|AKIA|ASIA|xox[abposr]-|-----BEGIN|eyJ|:\/\/|pass|pwd|secret|token|key/i;
function findCredential(text) {
  if (text.length < 8 || !TRIGGER.test(text)) return void 0;
  if (PRIVATE_KEY.test(text)) return "private-key";
  if (GITHUB.test(text)) return "github-token";
  if (AWS.test(text)) return "aws-access-key";
  if (SLACK.test(text)) return "slack-token";
  if (hasJwt(text)) return "jwt";
  if (hasUrlPassword(text)) return "url-password";
  if (hasAssignment(text)) return "secret-assignment";
  return void 0;
}

// src/load/shown-pointer.ts
function shownPointer(pointer) {
  const names = schemaRegistry().propertyNames;
  const kept = [];
  for (const segment of pointerSegments(pointer) ?? []) {
    if (!(/^(?:0|[1-9][0-9]{0,5})$/.test(segment) || names.has(segment) || matches("name", segment))) break;
    if (findCredential(segment) !== void 0) break;
    kept.push(segment);
  }
  return joinPointer("", ...kept);
}
function fieldLabel(shown) {
  return shown === "" ? "the top level of the file" : `field "${shown.slice(1)}"`;
}

// src/load/schema-errors.ts
function typeName(value) {
  if (value === null) return "an empty value (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "text";
  if (typeof value === "boolean") return "a boolean";
  return Number.isInteger(value) ? "a number" : "a number with a fraction";
}
function defOf(error) {
  const parent = error.parentSchema;
  const pattern = typeof parent?.pattern === "string" ? parent.pattern : void 0;
  return pattern === void 0 ? void 0 : schemaRegistry().patternDef(pattern);
}
function scalarFinding(error) {
  const def = defOf(error);
  const value = error.data;
  const params = error.params;
  switch (error.keyword) {
    case "type": {
      const expected = String(params["type"]);
      const found = typeName(value);
      if (def === "duration") return { code: "E_DURATION_FORMAT", message: `Expected ${DEF_TEXT["duration"]}, found ${found}.`, rank: 0 };
      if (expected === "string") return { code: "E_SCHEMA_EXPECTED_STRING", message: `Expected text, found ${found}.`, rank: 0 };
      if (expected === "boolean") return { code: "E_SCHEMA_EXPECTED_BOOLEAN", message: `Expected true or false, found ${found}.`, rank: 0 };
      if (expected === "integer" || expected === "number") {
        return { code: "E_SCHEMA_EXPECTED_INTEGER", message: `Expected a whole number, found ${found}.`, rank: 0 };
      }
      const want = expected === "object" ? "a mapping (field: value)" : expected === "array" ? "a list" : expected;
      return { code: "E_SCHEMA_TYPE", message: `Expected ${want}, found ${found}.`, rank: 0 };
    }
    case "pattern":
    case "maxLength":
    case "minLength": {
      const text = typeof value === "string" ? value : "";
      if (def !== void 0 && WILDCARD_DEFS.has(def) && text.includes("*")) {
        return { code: "E_WILDCARD", message: `Expected ${DEF_TEXT[def] ?? "an exact name"}; wildcards are not accepted.`, rank: 1 };
      }
      if (def === "duration") return { code: "E_DURATION_FORMAT", message: `Expected ${DEF_TEXT["duration"]}.`, rank: 2 };
      if (def !== void 0 && IDENTIFIER_DEFS.has(def) && isOverlongIdentifier(text)) {
        return { code: "E_IDENTIFIER_TOO_LONG", message: "A PostgreSQL identifier is longer than 63 bytes.", rank: 2 };
      }
      if (error.keyword === "pattern") {
        return { code: "E_SCHEMA_PATTERN", message: `Expected ${def === void 0 ? "the documented format" : DEF_TEXT[def] ?? "the documented format"}.`, rank: 4 };
      }
      const limit = Number(params["limit"]);
      const message = error.keyword === "maxLength" ? `Text is longer than ${limit} characters.` : limit <= 1 ? "Text must not be empty." : `Text is shorter than ${limit} characters.`;
      return { code: "E_SCHEMA_LENGTH", message, rank: 3 };
    }
    case "enum":
    case "const": {
      const allowed = [...new Set((error.keyword === "enum" ? params["allowedValues"] : [params["allowedValue"]]).map(String))];
      return { code: "E_SCHEMA_ENUM", message: `Expected one of: ${allowed.join(", ")}.`, rank: 1 };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const bound = error.keyword.endsWith("inimum") ? "at least" : "at most";
      const strict = error.keyword.startsWith("exclusive") ? " (exclusive)" : "";
      return { code: "E_SCHEMA_RANGE", message: `The number must be ${bound} ${String(params["limit"])}${strict}.`, rank: 1 };
    }
    default:
      return void 0;
  }
}
function findingsFor(ctx, error, at) {
  const params = error.params;
  const show = shownPointer(at);
  const propertyName = error.propertyName;
  if (propertyName !== void 0) {
    const star = propertyName.includes("*");
    return [
      {
        code: star ? "E_WILDCARD" : "E_SCHEMA_NAME_FORMAT",
        message: star ? "A name in this mapping is a wildcard; use exact names." : `A name in this mapping is not ${DEF_TEXT["name"]}.`,
        at: joinPointer(at, propertyName),
        show,
        part: "key"
      }
    ];
  }
  switch (error.keyword) {
    case "propertyNames":
      return [];
    case "additionalProperties": {
      const key = String(params["additionalProperty"]);
      const properties = error.parentSchema?.properties ?? {};
      const allowed = Object.keys(properties);
      const guess = closestKey(key, allowed);
      const hint = guess === void 0 ? "" : ` Did you mean "${guess}"?`;
      return [{ code: "E_SCHEMA_UNKNOWN_FIELD", message: `Unknown field; allowed here: ${allowed.join(", ")}.${hint}`, at: joinPointer(at, key), show, part: "key" }];
    }
    case "required":
      return [{ code: "E_SCHEMA_MISSING_FIELD", message: `Missing required field "${String(params["missingProperty"])}".`, at, show, part: "value" }];
    case "minItems":
    case "maxItems":
    case "minProperties":
    case "maxProperties": {
      const bound = error.keyword.startsWith("min") ? "at least" : "at most";
      return [{ code: "E_SCHEMA_COUNT", message: `Needs ${bound} ${String(params["limit"])} entries.`, at, show, part: "value" }];
    }
    case "uniqueItems": {
      const i = Number(params["i"]);
      const j = Number(params["j"]);
      return [
        {
          code: "E_SCHEMA_DUPLICATE_ITEM",
          message: `Entries ${Math.min(i, j)} and ${Math.max(i, j)} (counting from 0) are the same.`,
          at: joinPointer(at, Math.max(i, j)),
          show,
          part: "value"
        }
      ];
    }
    case "oneOf":
      return oneOfFindings(ctx, error, at);
    default: {
      const scalar = scalarFinding(error);
      if (scalar !== void 0) return [{ ...scalar, at, show, part: "value" }];
      return [{ code: "E_SCHEMA_INVALID", message: `The value does not satisfy the schema (${error.keyword}).`, at, show, part: "value" }];
    }
  }
}
function oneOfFindings(ctx, error, at) {
  const show = shownPointer(at);
  const data = error.data;
  const refs = (Array.isArray(error.schema) ? error.schema : []).map((b) => (b.$ref ?? "").replace("#/$defs/", ""));
  const typed = refs.map((def) => [def, schemaRegistry().branchRule(def)]).flatMap(([def, rule]) => rule !== void 0 && "type" in rule ? [{ def, type: rule.type }] : []);
  if (typed.length > 0 && typed.length === refs.length) return typedOneOfFindings(ctx, data, typed, at);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return [{ code: "E_SCHEMA_TYPE", message: `Expected a mapping (field: value), found ${typeName(data)}.`, at, show, part: "value" }];
  }
  const record = data;
  const keyed = refs.map((def) => [def, schemaRegistry().branchRule(def)]).flatMap(([def, rule]) => rule !== void 0 && "key" in rule ? [{ def, rule }] : []);
  const meant = keyed.filter(({ rule }) => Object.hasOwn(record, rule.key) && (rule.value === void 0 || record[rule.key] === rule.value)).map(({ def }) => def);
  const first = meant[0];
  const branch = meant.length === 1 && first !== void 0 ? schemaRegistry().branch(ctx.kind, first) : void 0;
  if (branch !== void 0) {
    branch(data);
    return findingsOf(ctx, branch.errors ?? [], at);
  }
  const rules = keyed.map(({ rule }) => rule);
  const valueRule = rules.find((r) => r.value !== void 0);
  if (valueRule !== void 0) {
    const values = rules.map((r) => r.value ?? "").join(", ");
    return Object.hasOwn(record, valueRule.key) ? [{ code: "E_SCHEMA_ENUM", message: `Expected one of: ${values}.`, at: joinPointer(at, valueRule.key), show: shownPointer(joinPointer(at, valueRule.key)), part: "value" }] : [{ code: "E_SCHEMA_MISSING_FIELD", message: `Missing required field "${valueRule.key}" (one of: ${values}).`, at, show, part: "value" }];
  }
  const keys = rules.map((r) => r.key).join(", ");
  const message = meant.length === 0 ? `Needs exactly one of: ${keys}; found none.` : `Needs exactly one of: ${keys}; found ${meant.length}.`;
  return [{ code: "E_SCHEMA_ONE_OF", message, at, show, part: "value" }];
}
var TYPE_WORDS = { array: "a list", object: "a mapping (field: value)", integer: "a whole number", string: "text" };
function typedOneOfFindings(ctx, data, typed, at) {
  const own = Array.isArray(data) ? "array" : data !== null && typeof data === "object" ? "object" : typeof data === "number" ? "integer" : typeof data === "string" ? "string" : void 0;
  const meant = typed.find((t) => t.type === own);
  const branch = meant === void 0 ? void 0 : schemaRegistry().branch(ctx.kind, meant.def);
  if (branch !== void 0) {
    branch(data);
    return findingsOf(ctx, branch.errors ?? [], at);
  }
  const expected = typed.map((t) => TYPE_WORDS[t.type]).join(" or ");
  return [{ code: "E_SCHEMA_TYPE", message: `Expected ${expected}, found ${typeName(data)}.`, at, show: shownPointer(at), part: "value" }];
}
function findingsOf(ctx, errors, base) {
  const oneOfAt = errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath);
  const underOneOf = (p) => oneOfAt.some((o) => p === o || p.startsWith(`${o}/`));
  return errors.filter((e) => e.keyword === "oneOf" || !underOneOf(e.instancePath)).flatMap((e) => findingsFor(ctx, e, base + e.instancePath));
}
function schemaDiagnostics(ctx, errors) {
  const findings = findingsOf(ctx, errors, "");
  const bestRank = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.rank !== void 0) bestRank.set(f.at, Math.min(bestRank.get(f.at) ?? f.rank, f.rank));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of findings) {
    if (f.rank !== void 0 && f.rank !== bestRank.get(f.at)) continue;
    const key = `${f.code}\0${f.at}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const hit = offsetsAt(ctx.doc, f.at);
    const offset = f.part === "key" ? hit.key ?? hit.value : hit.value;
    out.push(diagnostic(f.code, f.message, { file: ctx.file, pointer: f.show, position: positionAt(ctx.text, offset) }));
  }
  out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return out.slice(0, MAX_DIAGNOSTICS_PER_FILE);
}

// src/load/utf8.ts
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 128) {
      i += 1;
      continue;
    }
    let need;
    let min;
    if (b0 >= 194 && b0 <= 223) {
      need = 1;
      min = 128;
    } else if (b0 >= 224 && b0 <= 239) {
      need = 2;
      min = 2048;
    } else if (b0 >= 240 && b0 <= 244) {
      need = 3;
      min = 65536;
    } else {
      return i;
    }
    let cp = b0 & 255 >> need + 2;
    for (let k = 1; k <= need; k += 1) {
      const b = bytes[i + k];
      if (b === void 0 || (b & 192) !== 128) return i;
      cp = cp << 6 | b & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
function bytePosition(bytes, offset) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    if (b === 10) {
      line += 1;
      column = 1;
    } else if ((b & 192) !== 128) {
      column += b >= 240 ? 2 : 1;
    }
  }
  return { line, column };
}

// src/load/text.ts
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var SUSPECT = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF]|\r(?!\n)|\uDB40[\uDC00-\uDC7F]/;
var BIDI = /* @__PURE__ */ new Set([1564, 8206, 8207, 8234, 8235, 8236, 8237, 8238, 8294, 8295, 8296, 8297]);
var INVISIBLE = /* @__PURE__ */ new Set([173, 4447, 4448, 6158, 8203, 8204, 8205, 8288, 8289, 8290, 8291, 8292, 12644, 65279, 65440, 65529, 65530, 65531]);
function codePointLabel(cp) {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}
function classify(cp, atFileStart) {
  if (cp === 9) return { code: "E_TEXT_TAB", what: "a tab" };
  if (cp === 0) return { code: "E_TEXT_NUL", what: "a NUL byte" };
  if (cp === 13) return { code: "E_TEXT_LONE_CR", what: "a carriage return not followed by a line feed" };
  if (cp === 65279 && atFileStart) return { code: "E_TEXT_BOM", what: "a byte order mark" };
  if (BIDI.has(cp)) return { code: "E_TEXT_BIDI", what: "a bidirectional control character" };
  if (INVISIBLE.has(cp) || cp >= 917504 && cp <= 917631) return { code: "E_TEXT_INVISIBLE", what: "an invisible character" };
  if (cp === 8232 || cp === 8233) return { code: "E_TEXT_LINE_SEPARATOR", what: "a Unicode line or paragraph separator" };
  return { code: "E_TEXT_CONTROL", what: "a control or non-character code point" };
}
function findSuspects(text, options) {
  if (!SUSPECT.test(text)) return [];
  const all = new RegExp(SUSPECT.source, "g");
  const found = [];
  for (let m = all.exec(text); m !== null && found.length < options.limit; m = all.exec(text)) {
    const codePoint = text.codePointAt(m.index) ?? 0;
    found.push({ index: m.index, codePoint, ...classify(codePoint, options.fileStart && m.index === 0) });
  }
  return found;
}
function scanText(text, file) {
  return findSuspects(text, { fileStart: true, limit: MAX_DIAGNOSTICS_PER_FILE }).map(
    (s) => diagnostic(s.code, `The file contains ${s.what} (${codePointLabel(s.codePoint)}).`, {
      file,
      pointer: "",
      position: positionAt(text, s.index)
    })
  );
}
function decodeText(bytes, file, maxBytes) {
  if (bytes.length > maxBytes) {
    return failed([
      diagnostic("E_FILE_TOO_LARGE", `The file is ${bytes.length} bytes; the limit is ${maxBytes} bytes.`, {
        file,
        pointer: "",
        position: FILE_START
      })
    ]);
  }
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    return failed([
      diagnostic("E_TEXT_ENCODING", `The file is not valid UTF-8 (first bad byte at offset ${at}).`, {
        file,
        pointer: "",
        position: bytePosition(bytes, at)
      })
    ]);
  }
  const problems = scanText(text, file);
  if (problems.length > 0) return failed(problems);
  return ok(text.includes("\r") ? text.replace(/\r\n/g, "\n") : text);
}

// src/load/strings.ts
function visitStrings(value, visit) {
  const walk = (node, path) => {
    if (typeof node === "string") return visit(node, "value", () => joinPointer("", ...path));
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i += 1) if (!walk(node[i] ?? null, [...path, i])) return false;
    } else if (node !== null && typeof node === "object") {
      for (const key of Object.keys(node)) {
        const at = [...path, key];
        if (!visit(key, "key", () => joinPointer("", ...at))) return false;
        if (!walk(node[key] ?? null, at)) return false;
      }
    }
    return true;
  };
  walk(value, []);
}

// src/load/values.ts
function where(ctx, s) {
  return { file: ctx.file, pointer: shownPointer(s.pointer), position: positionOf(ctx.doc, ctx.text, s.pointer, s.part) };
}
function subject(s) {
  const label = fieldLabel(shownPointer(s.pointer));
  return s.part === "key" ? `A key at ${label}` : `The value of ${label}`;
}
function decodedTextDiagnostics(value, ctx) {
  const found = [];
  visitStrings(value, (text, part, pointer) => {
    const [first] = findSuspects(text, { fileStart: false, limit: 1 });
    if (first === void 0) return true;
    const s = { text, part, pointer: pointer() };
    found.push(
      diagnostic(first.code, `${subject(s)} contains ${first.what} (${codePointLabel(first.codePoint)}) once its YAML escapes are decoded.`, where(ctx, s))
    );
    return found.length < MAX_DIAGNOSTICS_PER_FILE;
  });
  return found;
}
function credentialDiagnostics(value, ctx) {
  const found = [];
  visitStrings(value, (text, part, pointer) => {
    const kind = findCredential(text);
    if (kind === void 0) return true;
    const s = { text, part, pointer: pointer() };
    found.push(diagnostic("E_TEXT_CREDENTIAL", `${subject(s)} holds what looks like ${CREDENTIAL_KINDS[kind]}.`, where(ctx, s)));
    return found.length < MAX_DIAGNOSTICS_PER_FILE;
  });
  return found;
}

// src/load/load.ts
function maxBytesFor(kind) {
  return kind === "request" ? REQUEST_MAX_BYTES : POLICY_MAX_BYTES;
}
function maxNodesFor(kind) {
  return kind === "request" ? MAX_NODES_REQUEST : MAX_NODES_POLICY;
}
function loadFile(source, kind) {
  const file = displayPath(source.path);
  const text = decodeText(source.bytes, file, maxBytesFor(kind));
  if (!text.ok) return failed(text.diagnostics);
  const yaml = parseStrictYaml(text.value, file, maxNodesFor(kind));
  if (!yaml.ok) return failed(yaml.diagnostics);
  const ctx = { file, doc: yaml.value.doc, text: text.value };
  const decoded = decodedTextDiagnostics(yaml.value.value, ctx);
  if (decoded.length > 0) return failed(decoded);
  const secrets = kind === "request" ? credentialDiagnostics(yaml.value.value, ctx) : [];
  const validate = schemaRegistry().validator(kind);
  const data = yaml.value.value;
  if (!validate(data)) return failed([...secrets, ...schemaDiagnostics({ kind, ...ctx }, validate.errors ?? [])]);
  if (secrets.length > 0) return failed(secrets);
  return ok({ file, data, locate: lazyLocate(text.value) });
}

export {
  REQUESTS_DIR,
  POLICIES_DIR,
  TARGETS_PATH,
  IDENTITIES_PATH,
  displayPath,
  splitRepoPath,
  classifyPath,
  CREDENTIAL_KINDS,
  findCredential,
  findSuspects,
  loadFile
};
