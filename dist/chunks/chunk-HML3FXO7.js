import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  MASK_NAMES,
  ROW_LIMITS,
  formatInstant,
  isFiniteInstant,
  maskName,
  parseInstant
} from "./chunk-XYWZTOQT.js";
import {
  codeSpan
} from "./chunk-KUSN3L3J.js";
import {
  FILE_START,
  classifyPath,
  displayPath,
  joinPointer,
  loadFile
} from "./chunk-S4F5WRY7.js";
import {
  GITHUB_REPO_PERMISSIONS,
  POSTGRES_PRIVILEGES,
  PROVIDER_IDS
} from "./chunk-GMOQDZXM.js";
import {
  PATTERNS
} from "./chunk-YRJDIPLM.js";
import {
  LEDGER_CODES,
  diagnostic
} from "./chunk-LN4ZPE77.js";
import {
  __commonJS,
  __toESM
} from "./chunk-5PK7Z5FH.js";

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var w = d * 7;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse2(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse2(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d) {
        return Math.round(ms2 / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms2 / h) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms2 / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d) {
        return plural(ms2, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural(ms2, msAbs, h, "hour");
      }
      if (msAbs >= m) {
        return plural(ms2, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// src/ledger/events.ts
var EVENT_VERSION = 1;
var GENESIS_PREV = "0".repeat(64);
var EVENT_TYPES = ["intent", "granted", "grant_refused", "revoke_failed", "revoked", "drift_found", "activity", "alert"];
var REVOKE_CAUSES = ["expired", "relinquished", "superseded", "drift", "limit"];
var DRIFT_KINDS = ["unrecorded", "lingering", "missing"];
var ACTIVITY_KINDS = ["baseline", "summary"];
var ACTIVITY_FLAGS = ["counters_reset", "baseline_partial", "shared_principal"];
var ACTIVITY_STATUSES = ["observed", "not_observable"];
var LIMIT_KINDS = ["rows_read", "writes"];
var ALERT_ACTIONS = ["alert", "revoke"];
var EMPTY_TIP = { seq: -1, hash: GENESIS_PREV, at: Number.NEGATIVE_INFINITY };

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
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return void 0;
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 6e4 + s * 1e3 + millis;
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

// src/ledger/canonical-scan.ts
function rawMembers(line) {
  let members = 0;
  const n = line.length;
  let backslash = line.indexOf("\\");
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 34) {
      let close = line.indexOf('"', i + 1);
      while (backslash !== -1 && backslash < close) {
        const e = line.charCodeAt(backslash + 1);
        if (e !== 34 && e !== 92 && e !== 110) return -1;
        const after = backslash + 2;
        if (close < after) close = line.indexOf('"', after);
        backslash = line.indexOf("\\", after);
      }
      if (close === -1) return -1;
      i = close + 1;
      continue;
    }
    if (c === 58) members += 1;
    else if (c === 116 && line.startsWith("true", i)) {
      i += 4;
      continue;
    } else if (!(c === 44 || c === 123 || c === 125 || c === 91 || c === 93 || c >= 48 && c <= 57)) {
      return -1;
    }
    i += 1;
  }
  return members;
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
var COMPILED = Object.fromEntries(
  Object.entries(PATTERNS).map(([name, source]) => [name, new RegExp(source)])
);
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
  oneOf(e.provider, "", "provider", PROVIDER_IDS);
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

// src/ledger/validate-view.ts
var VALUES = shape("column", "values");
var RANGE = shape("column", "from", "to");
var MASKED = shape("column", "mask");
function viewSpecMembers(s, at2) {
  let members = 0;
  if (s.rows !== void 0) {
    const rows = array(s.rows, at2, "rows", 1, ROW_LIMITS.conditions);
    const columns = [];
    for (let i = 0; i < rows.length; i += 1) {
      const p = `${at2}/rows/${i}`;
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
    unique(columns, at2, "rows");
  }
  if (s.masked !== void 0) {
    const masked = array(s.masked, at2, "masked", 1, ROW_LIMITS.masked);
    const columns = [];
    for (let i = 0; i < masked.length; i += 1) {
      const p = `${at2}/masked/${i}`;
      const m = object(masked[i], p);
      members += checkKeys(m, MASKED, p);
      columns.push(patterned(m.column, p, "column", "identifier"));
      oneOf(m.mask, p, "mask", MASK_NAMES);
    }
    unique(columns, at2, "masked");
  }
  return members;
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
var PRINCIPAL = /^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
var MAX_EXPIRY_TEXT = 64;
var COMMON = ["actor", "at", "prev", "request", "seq", "type", "v"];
var GRANT_BODY = ["approvers", "duration", "expires_at", "extends?", "grantees", "grants", "pr", "profile", "reason?", "request_blob", "requester", "ticket?"];
var sorted = (keys) => shape(...[...keys].sort((a, b) => a.replace("?", "") < b.replace("?", "") ? -1 : 1));
var EVENT_SHAPES = {
  intent: sorted([...COMMON, ...GRANT_BODY]),
  granted: sorted([...COMMON, ...GRANT_BODY, "granted_at"]),
  grant_refused: sorted([...COMMON, "reasons", "pr?"]),
  revoke_failed: sorted([...COMMON, "target", "reason", "attempts"]),
  revoked: sorted([...COMMON, "targets", "verified", "cause", "late_ms?"]),
  drift_found: sorted([...COMMON, "target", "principal?", "what"]),
  activity: sorted([...COMMON, "entries?", "flags?", "kind", "others?", "principal", "provider", "reason?", "since?", "statements?", "status", "target", "totals?"]),
  alert: sorted([...COMMON, "action", "allowed", "limit", "observed", "principal", "target"])
};
var ACTOR = shape("run_id", "sha", "workflow");
var PULL = shape("head_sha", "merge_sha", "number");
var PERSON = shape("id", "login");
var APPROVER = shape("commit_id", "id", "login", "review_id");
var GRANT = shape("already_held?", "principal", "provider", "spec", "target");
var TABLE_SPEC = shape("columns?", "kind", "masked?", "privileges", "rows?", "schema", "table");
var TEAM_SPEC = shape("kind", "org", "role", "team");
var REPO_SPEC = shape("kind", "owner", "permission", "repo");
var REASON = shape("code", "message");
var GRANT_KINDS = ["table", "team", "repo"];
function checkEvent(value, mode) {
  const e = object(value, "");
  if (e.v !== EVENT_VERSION) throw new Invalid("E_LEDGER_VERSION", "/v", `is not ${EVENT_VERSION}`);
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
      if (e.principal !== void 0) regex(e.principal, "", "principal", PRINCIPAL, "a principal name");
      oneOf(e.what, "", "what", DRIFT_KINDS);
      return 0;
    case "activity":
      return activityBody(e, PRINCIPAL, instant, reason);
    case "alert":
      alertBody(e, PRINCIPAL);
      return 0;
  }
}
function grantBody(e, mode) {
  let members = pull(e.pr, "/pr");
  members += person(e.requester, "/requester");
  const grantees = array(e.grantees, "", "grantees", 1, LIMITS.grantees);
  for (let i = 0; i < grantees.length; i += 1) members += person(grantees[i], `/grantees/${i}`);
  const approvers = array(e.approvers, "", "approvers", 1, LIMITS.approvers);
  for (let i = 0; i < approvers.length; i += 1) members += approver(approvers[i], `/approvers/${i}`);
  patterned(e.profile, "", "profile", "name");
  hex(e.request_blob, "", "request_blob", 40, 64);
  const grants = array(e.grants, "", "grants", 1, LIMITS.grants);
  for (let i = 0; i < grants.length; i += 1) members += grant(grants[i], `/grants/${i}`);
  patterned(e.duration, "", "duration", "duration");
  if (e.ticket !== void 0) patterned(e.ticket, "", "ticket", "ticket");
  if (e.reason !== void 0) text(e.reason, "", "reason", LIMITS.reasonText);
  if (e.extends !== void 0) patterned(e.extends, "", "extends", "requestId");
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
function grant(value, pointer) {
  const g = object(value, pointer);
  const members = checkKeys(g, GRANT, pointer);
  if (g.already_held !== void 0 && g.already_held !== true) fail(`${pointer}/already_held`, "is not true");
  regex(g.principal, pointer, "principal", PRINCIPAL, "a principal name");
  const provider = oneOf(g.provider, pointer, "provider", PROVIDER_IDS);
  patterned(g.target, pointer, "target", "name");
  const at2 = `${pointer}/spec`;
  const s = object(g.spec, at2);
  const kind = oneOf(s.kind, at2, "kind", GRANT_KINDS);
  if (kind === "table" !== (provider === "postgres")) fail(`${at2}/kind`, "does not belong to the provider");
  return members + spec(s, kind, at2);
}
function spec(s, kind, at2) {
  if (kind === "table") {
    const members2 = checkKeys(s, TABLE_SPEC, at2);
    const privileges = array(s.privileges, at2, "privileges", 1, POSTGRES_PRIVILEGES.length);
    for (let i = 0; i < privileges.length; i += 1) oneOf(privileges[i], `${at2}/privileges`, i, POSTGRES_PRIVILEGES);
    unique(privileges, at2, "privileges");
    patterned(s.schema, at2, "schema", "identifier");
    patterned(s.table, at2, "table", "identifier");
    if (s.columns !== void 0) {
      const columns = array(s.columns, at2, "columns", 1, LIMITS.columns);
      for (let i = 0; i < columns.length; i += 1) patterned(columns[i], `${at2}/columns`, i, "identifier");
      unique(columns, at2, "columns");
    }
    return members2 + viewSpecMembers(s, at2);
  }
  if (kind === "team") {
    const members2 = checkKeys(s, TEAM_SPEC, at2);
    patterned(s.org, at2, "org", "login");
    if (s.role !== "member") fail(`${at2}/role`, "is not member");
    patterned(s.team, at2, "team", "teamSlug");
    return members2;
  }
  const members = checkKeys(s, REPO_SPEC, at2);
  patterned(s.owner, at2, "owner", "login");
  oneOf(s.permission, at2, "permission", GITHUB_REPO_PERMISSIONS);
  patterned(s.repo, at2, "repo", "repoName");
  return members;
}

// src/ledger/line.ts
var MAX_LINE_CHARS = 1024 * 1024;
function decodeLine(line, mode = "read") {
  if (line.length > MAX_LINE_CHARS) return bad("E_LEDGER_LINE_FORMAT", `is longer than ${MAX_LINE_CHARS} characters`);
  if (line.length <= HASH_TRAILER_LENGTH || line.charCodeAt(0) !== 123 || line.lastIndexOf(HASH_TRAILER_PREFIX) !== line.length - HASH_TRAILER_LENGTH) {
    return bad("E_LEDGER_LINE_FORMAT", 'is not a JSON event ending in its "hash" field');
  }
  let parsed;
  try {
    parsed = JSON.parse(line);
  } catch {
    return bad("E_LEDGER_LINE_FORMAT", "is not valid JSON");
  }
  let parsedMembers;
  try {
    parsedMembers = checkEvent(parsed, mode);
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, code: error.code, message: `field ${error.pointer || "/"} ${error.what}`, pointer: error.pointer };
    throw error;
  }
  const event = parsed;
  const members = rawMembers(line);
  if (members < 0 || members !== parsedMembers) {
    return bad("E_LEDGER_LINE_FORMAT", "is not in canonical form (whitespace, duplicate keys, or non-canonical escapes or numbers)");
  }
  if (sha256Hex(lineBody(line)) !== event.hash) {
    return bad("E_LEDGER_HASH_MISMATCH", "does not match its recorded hash");
  }
  return { ok: true, event };
}
function encodeLine(unsealed) {
  const body2 = canonicalJson(unsealed);
  const hash = sha256Hex(body2);
  return { line: sealLine(body2, hash), hash };
}
function bad(code, message) {
  return { ok: false, code, message: `the line ${message}` };
}

// src/ledger/problem.ts
function ledgerDiagnostic(code, message, where = {}) {
  return {
    code,
    severity: "error",
    message,
    fix: LEDGER_CODES[code].fix,
    ...where.file !== void 0 ? { file: where.file } : {},
    ...where.line !== void 0 ? { line: where.line, column: 1 } : {},
    ...where.pointer !== void 0 ? { pointer: where.pointer } : {}
  };
}
var LedgerError = class extends Error {
  code;
  diagnostics;
  constructor(diagnostics) {
    const first = diagnostics[0];
    const where = first.file === void 0 ? "" : `${first.file}:${first.line ?? 0}: `;
    super(`${where}${first.code} ${first.message}`);
    this.name = "LedgerError";
    this.code = first.code;
    this.diagnostics = diagnostics;
  }
};

// src/ledger/chain.ts
var LEDGER_DIR = "audit";
var LEDGER_FILE = /^audit\/([0-9]{4}-(?:0[1-9]|1[0-2]))\.jsonl$/;
var MAX_PROBLEMS = 50;
function ledgerPath(at2) {
  return `${LEDGER_DIR}/${at2.slice(0, 7)}.jsonl`;
}
function verifyChain(files, options = {}) {
  const problems = [];
  let more = 0;
  const report = (d) => {
    if (problems.length < MAX_PROBLEMS) problems.push(d);
    else more += 1;
  };
  const events = [];
  let expectSeq = 0;
  let expectPrev = EMPTY_TIP.hash;
  let lastAt = EMPTY_TIP.at;
  let anchorFound = false;
  const ordered = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const [f, { path: path2, text: text2 }] of ordered.entries()) {
    const month = LEDGER_FILE.exec(path2)?.[1];
    if (month === void 0 || ordered[f + 1]?.path === path2) {
      report(ledgerDiagnostic("E_LEDGER_FILE_NAME", "is not a ledger file name (audit/YYYY-MM.jsonl), or is listed twice", { file: path2 }));
      continue;
    }
    if (text2 === void 0) {
      report(ledgerDiagnostic("E_LEDGER_FILE_TYPE", "is not a regular file", { file: path2 }));
      continue;
    }
    if (text2.charCodeAt(0) === 65279) {
      report(ledgerDiagnostic("E_LEDGER_FILE_ENCODING", "the file starts with a byte order mark", { file: path2, line: 1 }));
      continue;
    }
    if (text2.length === 0) {
      report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the file is empty; month files are created with their first event", { file: path2, line: 1 }));
      continue;
    }
    const hasCr = text2.includes("\r");
    const at2 = (line) => ({ file: path2, line });
    let start = 0;
    for (let i = 0; start < text2.length; i += 1) {
      const newline = text2.indexOf("\n", start);
      const last = newline === -1;
      const line = text2.slice(start, last ? text2.length : newline);
      start = last ? text2.length : newline + 1;
      if (line.length === 0) {
        report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the line is blank", at2(i + 1)));
        expectSeq = expectPrev = void 0;
        continue;
      }
      if (hasCr && line.includes("\r")) {
        report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the line contains a carriage return (CRLF line ending?)", at2(i + 1)));
        expectSeq = expectPrev = void 0;
        continue;
      }
      if (last) {
        report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the last line has no final newline", at2(i + 1)));
      }
      const decoded = decodeLine(line);
      if (!decoded.ok) {
        report(ledgerDiagnostic(decoded.code, decoded.message, { ...at2(i + 1), ...decoded.pointer !== void 0 ? { pointer: decoded.pointer } : {} }));
        expectSeq = expectPrev = void 0;
        continue;
      }
      const e = decoded.event;
      if (expectSeq !== void 0 && e.seq !== expectSeq) {
        report(ledgerDiagnostic("E_LEDGER_SEQ_GAP", `the event has seq ${e.seq} where ${expectSeq} was expected`, at2(i + 1)));
      }
      if (expectPrev !== void 0 && e.prev !== expectPrev) {
        report(ledgerDiagnostic("E_LEDGER_PREV_MISMATCH", "the event does not link to the hash of the event before it", at2(i + 1)));
      }
      if (!e.at.startsWith(month)) {
        report(ledgerDiagnostic("E_LEDGER_FILE_MONTH", "the event is dated outside the month its file is named for", at2(i + 1)));
      }
      const atMs = instantMs(e.at) ?? Number.NaN;
      if (atMs < lastAt) report(ledgerDiagnostic("E_LEDGER_TIME_ORDER", "the event is dated before the event preceding it", at2(i + 1)));
      if (options.anchor !== void 0 && e.seq === options.anchor.seq && e.hash === options.anchor.hash) anchorFound = true;
      events.push(e);
      expectSeq = e.seq + 1;
      expectPrev = e.hash;
      lastAt = atMs;
    }
  }
  if (options.anchor !== void 0 && options.anchor.seq >= 0 && !anchorFound) {
    const last = ordered[ordered.length - 1]?.path;
    report(ledgerDiagnostic("E_LEDGER_TRUNCATED", `the ledger no longer holds event seq ${options.anchor.seq} seen before`, last === void 0 ? {} : { file: last }));
  }
  const lastEvent = events[events.length - 1];
  const tip = lastEvent === void 0 ? EMPTY_TIP : { seq: lastEvent.seq, hash: lastEvent.hash, at: lastAt };
  const first = problems[0];
  return {
    ok: first === void 0,
    events,
    tip,
    problems,
    moreProblems: more,
    ...first === void 0 ? {} : { firstBroken: { file: first.file ?? LEDGER_DIR, line: first.line ?? 0, code: first.code, message: first.message } }
  };
}
function appendEvents(tip, drafts, clock) {
  const atMs = Math.max(clock.now(), tip.at);
  if (!isFiniteInstant(atMs)) throw new RangeError("the clock returned a non-finite instant");
  const at2 = formatInstant(atMs);
  const sealed = [];
  let seq = tip.seq;
  let prev = tip.hash;
  for (const draft of drafts) {
    seq += 1;
    let line;
    let hash;
    try {
      ({ line, hash } = encodeLine({ ...draft, v: EVENT_VERSION, seq, at: at2, prev }));
    } catch (error) {
      const what = error instanceof Error ? error.message : "cannot be serialised";
      throw new LedgerError([ledgerDiagnostic("E_LEDGER_DRAFT_INVALID", `the ${draft.type} event for request ${safeId(draft.request)}: ${what}`)]);
    }
    const decoded = decodeLine(line, "write");
    if (!decoded.ok) {
      throw new LedgerError([
        ledgerDiagnostic("E_LEDGER_DRAFT_INVALID", `the ${draft.type} event for request ${safeId(draft.request)}: ${decoded.message}`, decoded.pointer === void 0 ? {} : { pointer: decoded.pointer })
      ]);
    }
    sealed.push({ event: decoded.event, line, path: ledgerPath(at2) });
    prev = hash;
  }
  return sealed;
}
function safeId(id) {
  return typeof id === "string" && /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/.test(id) ? id : "(invalid id)";
}

// src/ledger/commit.ts
var DEFAULT_MAX_ATTEMPTS = 8;
async function commitEvents(deps, options) {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const base = options.baseDelayMs ?? 250;
  const cap = options.maxDelayMs ?? 8e3;
  let anchor = options.anchor;
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const head = await deps.store.readTip(options.branch);
    const { chain, texts } = await readChain(deps.store, head.commitSha, anchor);
    if (!chain.ok) throw new LedgerError(nonEmpty(chain.problems));
    const view = { commitSha: head.commitSha, events: chain.events, tip: chain.tip };
    const prepared = typeof options.changes === "function" ? await options.changes(view) : options.changes;
    const extra = await extraChanges(deps.store, head.commitSha, prepared.extraChanges ?? []);
    if (prepared.drafts.length === 0 && extra.length === 0) return { commitSha: head.commitSha, events: [], attempts: attempt };
    const sealed = appendEvents(chain.tip, prepared.drafts, deps.clock);
    const events = sealed.map((s) => s.event);
    const files = [...ledgerChanges(sealed, texts), ...extra];
    const message = typeof options.message === "function" ? options.message(events) : options.message;
    const commitSha = await deps.store.writeCommit({ parentSha: head.commitSha, baseTreeSha: head.treeSha, files, message });
    if (await deps.store.fastForward(options.branch, commitSha) === "ok") return { commitSha, events, attempts: attempt };
    anchor = chain.tip.seq >= 0 ? chain.tip : anchor;
    if (attempt < maxAttempts) await deps.sleep(Math.floor(deps.random() * Math.min(cap, base * 2 ** (attempt - 1))));
  }
  throw new LedgerError([
    ledgerDiagnostic("E_LEDGER_COMMIT_CONFLICT", `the branch moved on each of ${maxAttempts} attempts to commit the ledger`)
  ]);
}
async function readChain(store, commitSha, anchor) {
  const paths = await store.listLedgerFiles(commitSha);
  const files = [];
  const texts = /* @__PURE__ */ new Map();
  for (const path2 of paths) {
    const text2 = await store.readFile(commitSha, path2);
    files.push({ path: path2, text: text2 });
    if (text2 !== void 0) texts.set(path2, text2);
  }
  return { chain: verifyChain(files, anchor === void 0 ? {} : { anchor }), texts };
}
function ledgerChanges(sealed, texts) {
  const byPath = /* @__PURE__ */ new Map();
  for (const s of sealed) {
    const lines = byPath.get(s.path) ?? [];
    lines.push(s.line);
    byPath.set(s.path, lines);
  }
  return [...byPath].map(([path2, lines]) => ({ path: path2, content: `${texts.get(path2) ?? ""}${lines.join("\n")}
` }));
}
var SAFE_PATH = /^(?!\.{1,2}(?:\/|$))(?!.*\/\.{1,2}(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
async function extraChanges(store, commitSha, changes) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const change of changes) {
    if (!SAFE_PATH.test(change.path) || change.path.startsWith(`${LEDGER_DIR}/`) || seen.has(change.path)) {
      throw new Error(`refusing a ledger commit change to an unsafe, ledger or duplicate path: ${JSON.stringify(change.path)}`);
    }
    seen.add(change.path);
    if (change.content === null && await store.readFile(commitSha, change.path) === void 0) continue;
    out.push(change);
  }
  return out;
}
function nonEmpty(problems) {
  const [first, ...rest] = problems;
  return [first ?? ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the ledger could not be read"), ...rest];
}

// src/time/duration.ts
var import_ms = __toESM(require_ms(), 1);
var DURATION_PATTERN = "^[1-9][0-9]{0,3}[mhd]$";
var DURATION_RE = new RegExp(DURATION_PATTERN);
var HARD_MAX_DURATION_MS = 90 * 24 * 60 * 60 * 1e3;
function isDuration(text2) {
  return DURATION_RE.test(text2);
}
function durationMs(text2) {
  if (!isDuration(text2)) return void 0;
  const value = (0, import_ms.default)(text2);
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return void 0;
  return value;
}
function formatDuration(milliseconds) {
  const minute = 6e4;
  const hour = 60 * minute;
  const day = 24 * hour;
  if (milliseconds % day === 0) return `${milliseconds / day}d`;
  if (milliseconds % hour === 0) return `${milliseconds / hour}h`;
  return `${Math.round(milliseconds / minute)}m`;
}

// src/ledger/fold.ts
function fold(events) {
  const drafts = /* @__PURE__ */ new Map();
  const knownIds = /* @__PURE__ */ new Set();
  for (const e of events) {
    let d = drafts.get(e.request);
    if (d === void 0) knownIds.add(e.request);
    switch (e.type) {
      case "intent":
      case "granted": {
        const expiresAt = effectiveExpiry(e);
        if (d === void 0 || d.grant === void 0 || d.status === "revoked") {
          d = fresh(e.request, e.seq);
          addTargets(d.pending, e);
          d.grant = e;
          d.expiresAt = expiresAt;
          d.status = e.type === "granted" ? "active" : "intended";
          drafts.set(e.request, d);
        } else {
          const confirms = e.type === "granted" && d.grant.type === "intent";
          d.expiresAt = confirms ? expiresAt : earlier(d.expiresAt, expiresAt);
          if (e.type === "granted" || d.grant.type === "intent") d.grant = e;
          addTargets(d.pending, e);
          if (d.status === "intended" && e.type === "granted") d.status = "active";
        }
        break;
      }
      case "grant_refused":
        if (d === void 0) {
          d = fresh(e.request, e.seq);
          drafts.set(e.request, d);
        }
        d.refusal = e.reasons;
        break;
      case "revoke_failed":
        if (d?.grant === void 0 || d.status === "revoked") break;
        (d.failed ??= /* @__PURE__ */ new Set()).add(e.target);
        d.failures += 1;
        d.lastFailure = { target: e.target, reason: e.reason, at: e.at };
        d.status = "revoke_failed";
        break;
      case "revoked":
        if (d?.grant === void 0 || d.status === "revoked") break;
        for (const t of e.targets) {
          removeTarget(d.pending, t);
          d.failed?.delete(t);
        }
        if (d.pending.length === 0) {
          d.status = "revoked";
          d.cause = e.cause;
          d.revokedAt = e.at;
        } else if ((d.failed?.size ?? 0) === 0 && d.status === "revoke_failed") {
          d.status = d.grant.type === "granted" ? "active" : "intended";
        }
        break;
      case "drift_found":
      case "activity":
        break;
      case "alert":
        if (e.action === "revoke" && d?.grant !== void 0 && d.status !== "revoked") d.limitRevoke = true;
        break;
    }
  }
  const states = /* @__PURE__ */ new Map();
  for (const [id, d] of drafts) states.set(id, freeze(d));
  return { states, knownIds };
}
function isLive(state) {
  return (state.status === "active" || state.status === "revoke_failed" || state.status === "intended") && state.grant !== void 0;
}
function due(states, now) {
  if (!Number.isFinite(now)) throw new RangeError("due() needs a finite now");
  const out = [];
  for (const s of states.values()) {
    if (isLive(s) && !(s.expiresAt > now)) out.push(s);
  }
  return out.sort(byExpiry);
}
function byExpiry(a, b) {
  const ka = Number.isNaN(a.expiresAt) ? Number.NEGATIVE_INFINITY : a.expiresAt;
  const kb = Number.isNaN(b.expiresAt) ? Number.NEGATIVE_INFINITY : b.expiresAt;
  return ka < kb ? -1 : ka > kb ? 1 : a.seq - b.seq;
}
function effectiveExpiry(e) {
  const recorded = instantMs(e.expires_at);
  const start = instantMs(e.type === "granted" ? e.granted_at : e.at);
  const length = cachedDurationMs(e.duration);
  if (recorded === void 0 || start === void 0 || length === void 0) return Number.NaN;
  return Math.min(recorded, start + length);
}
var DURATIONS = /* @__PURE__ */ new Map();
function cachedDurationMs(text2) {
  if (DURATIONS.has(text2)) return DURATIONS.get(text2);
  const value = durationMs(text2);
  if (DURATIONS.size < 1e4) DURATIONS.set(text2, value);
  return value;
}
function fresh(request, seq) {
  return { request, status: "refused", expiresAt: Number.NaN, pending: [], failures: 0, seq };
}
function addTargets(pending, e) {
  for (const g of e.grants) if (!pending.includes(g.target)) pending.push(g.target);
}
function removeTarget(pending, target) {
  const at2 = pending.indexOf(target);
  if (at2 !== -1) pending.splice(at2, 1);
}
function earlier(a, b) {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  return Math.min(a, b);
}
function freeze(d) {
  const s = {
    request: d.request,
    status: d.status,
    expiresAt: d.expiresAt,
    pending: d.pending,
    failures: d.failures,
    seq: d.seq
  };
  if (d.grant !== void 0) s.grant = d.grant;
  if (d.lastFailure !== void 0) s.lastFailure = d.lastFailure;
  if (d.cause !== void 0) s.cause = d.cause;
  if (d.revokedAt !== void 0) s.revokedAt = d.revokedAt;
  if (d.refusal !== void 0) s.refusal = d.refusal;
  if (d.limitRevoke === true && d.status !== "revoked") s.limitRevoke = true;
  return s;
}

// src/ledger/status.ts
function activeGrants(states, now) {
  const live = [];
  for (const s of states.values()) if (isLive(s)) live.push(s);
  live.sort(byExpiry);
  const out = [];
  for (const s of live) {
    const pending = new Set(s.pending);
    out.push({
      request: s.request,
      status: s.status,
      requester: s.grant.requester.login,
      profile: s.grant.profile,
      targets: s.pending,
      principals: [...new Set(s.grant.grants.filter((g) => pending.has(g.target)).map((g) => g.principal))],
      expiresAt: s.grant.expires_at,
      remainingMs: Number.isNaN(s.expiresAt) ? Number.NEGATIVE_INFINITY : s.expiresAt - now,
      failures: s.failures
    });
  }
  return out;
}

// src/ledger/verify-dir.ts
import { lstat, open, readdir } from "node:fs/promises";
import path from "node:path";
var MAX_LEDGER_FILE_BYTES = 64 * 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
async function verifyLedgerDir(root, options = {}) {
  const dir = path.join(root, LEDGER_DIR);
  let names;
  try {
    const stat = await lstat(dir);
    if (!stat.isDirectory()) return withProblems([ledgerDiagnostic("E_LEDGER_FILE_TYPE", "is not a directory", { file: LEDGER_DIR })]);
    names = await readdir(dir);
  } catch (error) {
    if (error.code === "ENOENT") return verifyChain([], options);
    throw error;
  }
  const files = [];
  const early = [];
  for (const name of names.sort()) {
    const rel = `${LEDGER_DIR}/${name}`;
    const full = path.join(dir, name);
    const stat = await lstat(full);
    if (!stat.isFile()) {
      files.push({ path: rel, text: void 0 });
      continue;
    }
    if (stat.size > MAX_LEDGER_FILE_BYTES) {
      early.push(ledgerDiagnostic("E_LEDGER_FILE_TOO_LARGE", `the file is ${stat.size} bytes; the limit is ${MAX_LEDGER_FILE_BYTES}`, { file: rel }));
      continue;
    }
    const bytes = await readCapped(full);
    if (bytes === void 0) {
      early.push(ledgerDiagnostic("E_LEDGER_FILE_TOO_LARGE", `the file grew past ${MAX_LEDGER_FILE_BYTES} bytes while being read`, { file: rel }));
      continue;
    }
    try {
      files.push({ path: rel, text: decoder.decode(bytes) });
    } catch {
      early.push(ledgerDiagnostic("E_LEDGER_FILE_ENCODING", "the file is not valid UTF-8", { file: rel }));
    }
  }
  const result = verifyChain(files, options);
  return early.length === 0 ? result : withProblems(early, result);
}
async function readCapped(file) {
  const handle = await open(file, "r");
  try {
    const chunks = [];
    let length = 0;
    for (; ; ) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, MAX_LEDGER_FILE_BYTES + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > MAX_LEDGER_FILE_BYTES) return void 0;
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}
function withProblems(early, result = verifyChain([])) {
  const problems = [...early, ...result.problems];
  const first = problems[0];
  return {
    ...result,
    ok: false,
    problems,
    ...first === void 0 ? {} : { firstBroken: { file: first.file ?? LEDGER_DIR, line: first.line ?? 0, code: first.code, message: first.message } }
  };
}

// src/ledger/consistency.ts
function checkRecorded(events, recordsHeld) {
  const problems = [];
  const intents = /* @__PURE__ */ new Map();
  const lines = /* @__PURE__ */ new Map();
  for (const e of events) {
    const file = ledgerPath(e.at);
    const line = (lines.get(file) ?? 0) + 1;
    lines.set(file, line);
    if (e.type !== "intent" && e.type !== "granted") continue;
    const where = { file, line };
    for (const [i, g] of e.grants.entries()) {
      if (g.already_held === true && !recordsHeld(g.provider)) {
        problems.push(
          ledgerDiagnostic("E_LEDGER_HELD_UNEXPECTED", `${e.type} of ${e.request} (seq ${e.seq}): grant ${i} on ${g.provider} target ${g.target} is marked already held, which that provider never records`, {
            ...where,
            pointer: `/grants/${i}/already_held`
          })
        );
      }
    }
    if (e.type === "intent") {
      if (!intents.has(e.request)) intents.set(e.request, e);
      continue;
    }
    const intent = intents.get(e.request);
    if (intent !== void 0 && canonicalJson(intent.grants) !== canonicalJson(e.grants)) {
      problems.push(
        ledgerDiagnostic("E_LEDGER_GRANT_MISMATCH", `granted of ${e.request} (seq ${e.seq}): its grants are not those of its intent (seq ${intent.seq})`, { ...where, pointer: "/grants" })
      );
    }
  }
  return problems;
}

// src/load/report.ts
function reporter(file, locate) {
  return (code, message, pointer) => diagnostic(code, message, { file, pointer, position: locate(pointer) ?? FILE_START });
}
function fileDiagnostic(code, message, file) {
  return diagnostic(code, message, { file, pointer: "", position: FILE_START });
}

// src/policy/load-bundles.ts
function misfits(spec2, rule) {
  if ("table" in spec2) {
    const table = (rule.tables ?? []).find((t) => t.name === spec2.table);
    if (table === void 0) return [`table ${spec2.table} is not allowed`];
    const allowedPrivileges = new Set(rule.privileges ?? []);
    const out = spec2.privileges.filter((p) => !allowedPrivileges.has(p)).map((p) => `privilege ${p} is not allowed`);
    if (spec2.columns === void 0) {
      if (table.all_columns !== true) out.push(`the whole of ${spec2.table} is not allowed (name columns)`);
    } else if (table.all_columns !== true) {
      const allowedColumns = new Set(table.columns ?? []);
      out.push(...spec2.columns.filter((c) => !allowedColumns.has(c)).map((c) => `column ${c} of ${spec2.table} is not allowed`));
    }
    return out;
  }
  if ("team" in spec2) return (rule.teams ?? []).includes(spec2.team) ? [] : [`team ${spec2.team} is not allowed`];
  const repo = (rule.repos ?? []).find((r) => r.name.toLowerCase() === spec2.repo.toLowerCase());
  if (repo === void 0) return [`repository ${spec2.repo} is not allowed`];
  return repo.permissions.includes(spec2.permission) ? [] : [`permission ${spec2.permission} on ${spec2.repo} is not allowed`];
}
function bundleChecks(raw, report) {
  const out = [];
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    const at2 = `/bundles/${name}`;
    const rule = raw.allow.find((r) => r.target === bundle.target);
    if (rule === void 0) {
      out.push(report("E_PROFILE_BUNDLE_NOT_ALLOWED", `Bundle ${name} uses target ${bundle.target}, which has no allow rule in this profile.`, `${at2}/target`));
      continue;
    }
    bundle.grants.forEach((spec2, i) => {
      for (const problem of misfits(spec2, rule)) {
        out.push(report("E_PROFILE_BUNDLE_NOT_ALLOWED", `Bundle ${name} grant ${i}: ${problem} by the allow rule for ${bundle.target}.`, `${at2}/grants/${i}`));
      }
    });
  }
  return out;
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
var DANGEROUS_PRIVILEGES = /* @__PURE__ */ new Set([
  "CREATE",
  "ALL",
  "ALL_PRIVILEGES",
  "USAGE",
  "TEMP",
  "TEMPORARY",
  "CONNECT",
  "EXECUTE",
  "MAINTAIN",
  "TRIGGER",
  "SET",
  "ALTER_SYSTEM"
]);
var BREAK_GLASS_MAX_MS = 4 * 60 * 60 * 1e3;
var TABLE_PRIVILEGES = new Set(POSTGRES_PRIVILEGES);
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
      out.push(report("E_PROFILE_APPROVAL_GROUP", `Approver group ${i} needs ${group.min} approvals but lists ${group.users.length} users.`, `/approvals/groups/${i}`));
    }
  });
  return out;
}
function allowChecks(raw, report) {
  const out = [];
  const targets = /* @__PURE__ */ new Set();
  raw.allow.forEach((rule, r) => {
    const at2 = `/allow/${r}`;
    if (targets.has(rule.target)) out.push(report("E_PROFILE_DUPLICATE_TARGET", `Two allow rules name target "${rule.target}".`, `${at2}/target`));
    targets.add(rule.target);
    (rule.privileges ?? []).forEach((privilege, p) => {
      if (DANGEROUS_PRIVILEGES.has(privilege)) {
        out.push(report("E_PROFILE_DANGEROUS_PRIVILEGE", `Privilege ${privilege} is never allowed in a profile.`, `${at2}/privileges/${p}`));
      } else if (!TABLE_PRIVILEGES.has(privilege)) {
        out.push(report("E_PROFILE_UNKNOWN_PRIVILEGE", `Privilege ${privilege} is not a PostgreSQL table privilege.`, `${at2}/privileges/${p}`));
      }
    });
    const tableNames = /* @__PURE__ */ new Set();
    (rule.tables ?? []).forEach((table, t) => {
      const tat = `${at2}/tables/${t}`;
      if (tableNames.has(table.name)) out.push(report("E_PROFILE_DUPLICATE_ENTRY", `Table ${table.name} is listed twice.`, `${tat}/name`));
      tableNames.add(table.name);
      if (table.columns === void 0 && table.all_columns !== true) {
        out.push(report("E_PROFILE_TABLE_COLUMNS", `Table ${table.name} lists no columns and does not set all_columns: true.`, tat));
      }
      const columns = new Set(table.columns ?? []);
      (table.sensitive ?? []).forEach((column, c) => {
        if (table.columns !== void 0 && !columns.has(column)) {
          out.push(report("E_PROFILE_SENSITIVE_NOT_COLUMN", `Sensitive column ${column} is not in the columns of ${table.name}.`, joinPointer(tat, "sensitive", c)));
        }
      });
    });
    const repoNames = /* @__PURE__ */ new Set();
    (rule.repos ?? []).forEach((repo, i) => {
      const key = repo.name.toLowerCase();
      if (repoNames.has(key)) out.push(report("E_PROFILE_DUPLICATE_ENTRY", `Repository ${repo.name} is listed twice.`, `${at2}/repos/${i}/name`));
      repoNames.add(key);
    });
  });
  return out;
}
function profileChecks(raw, report) {
  return [...headerChecks(raw, report), ...durationChecks(raw, report), ...allowChecks(raw, report)];
}

// src/policy/load-profile-views.ts
function viewRuleChecks(raw, report) {
  const out = [];
  raw.allow.forEach((rule, r) => {
    (rule.tables ?? []).forEach((table, t) => out.push(...tableChecks(table, `/allow/${r}/tables/${t}`, report)));
  });
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    const rule = raw.allow.find((r) => r.target === bundle.target);
    bundle.grants.forEach((spec2, i) => {
      if (!("table" in spec2)) return;
      const table = (rule?.tables ?? []).find((t) => t.name === spec2.table);
      const clear = spec2.columns ?? table?.columns ?? [];
      const masked = Object.keys(table?.masks?.required ?? {}).filter((c) => spec2.columns === void 0 || clear.includes(c));
      if (table?.rows?.required === true || masked.length > 0) {
        const why = table?.rows?.required === true ? "its rows must be filtered" : `${masked.join(", ")} must be masked`;
        out.push(report("E_PROFILE_BUNDLE_NEEDS_VIEW", `Bundle ${name} grant ${i}: ${spec2.table} cannot be granted by a bundle (${why}).`, `/bundles/${name}/grants/${i}`));
      }
    });
  }
  return out;
}
function tableChecks(table, at2, report) {
  const out = [];
  const required = table.masks?.required ?? {};
  const allowed = new Set((table.masks?.allowed ?? MASK_NAMES).map(maskName));
  const columns = table.columns === void 0 ? void 0 : new Set(table.columns);
  for (const [column, masks] of Object.entries(required)) {
    const where = joinPointer(at2, "masks", "required", column);
    if (columns !== void 0 && !columns.has(column)) {
      out.push(report("E_PROFILE_MASK_NOT_COLUMN", `Column ${column} must be masked but is not in the columns of ${table.name}.`, where));
    }
    masks.forEach((mask, m) => {
      if (!allowed.has(maskName(mask))) {
        out.push(report("E_PROFILE_MASK_NOT_ALLOWED", `Column ${column} of ${table.name} requires mask ${maskName(mask)}, which masks.allowed does not allow.`, joinPointer(where, m)));
      }
    });
  }
  return out;
}

// src/policy/view-allow.ts
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

// src/policy/load-profile.ts
var DEFAULT_MAX_GRANTS = 5;
var DEFAULT_REASON_MIN = 1;
var DEFAULT_REASON_MAX = 1e3;
function isTablePrivilege(p) {
  return POSTGRES_PRIVILEGES.includes(p);
}
function toGroup(raw) {
  return "team" in raw ? { team: raw.team, users: [], min: raw.min } : { users: [...raw.users], min: raw.min };
}
function toRule(raw) {
  return {
    target: raw.target,
    // Unknown or dangerous privileges are load errors; never pass them on.
    privileges: (raw.privileges ?? []).filter(isTablePrivilege),
    tables: (raw.tables ?? []).map((t) => ({
      name: t.name,
      columns: [...t.columns ?? []],
      allColumns: t.all_columns === true,
      sensitive: [...t.sensitive ?? []],
      ...t.rows !== void 0 ? { rows: toAllowedRows(t.rows) } : {},
      ...t.masks !== void 0 ? { masks: toAllowedMasks(t.masks) } : {}
    })),
    teams: [...raw.teams ?? []],
    repos: (raw.repos ?? []).map((r) => ({ name: r.name, permissions: [...r.permissions] }))
  };
}
function toBundleGrant(raw) {
  if ("table" in raw) {
    return { kind: "table", privileges: [...raw.privileges], table: raw.table, ...raw.columns !== void 0 ? { columns: [...raw.columns] } : {} };
  }
  if ("team" in raw) return { kind: "team", team: raw.team, role: raw.role };
  return { kind: "repo", repo: raw.repo, permission: raw.permission };
}
function toLimits(raw) {
  return {
    ...raw.rows_read !== void 0 ? { rowsRead: raw.rows_read } : {},
    ...raw.read_only !== void 0 ? { readOnly: raw.read_only } : {},
    onExceed: raw.on_exceed ?? "alert"
  };
}
function toProfile(raw, path2, locate) {
  return {
    name: raw.name,
    path: path2,
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
    allow: raw.allow.map(toRule),
    bundles: new Map(
      Object.entries(raw.bundles ?? {}).map(([name, b]) => [name, { target: b.target, grants: b.grants.map(toBundleGrant) }])
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
    diagnostics: [...pathProblems, ...nameProblems, ...profileChecks(raw, report), ...viewRuleChecks(raw, report), ...bundleChecks(raw, report)]
  };
}

// src/report/grant-text.ts
function grantText(g) {
  const s = g.spec;
  if (s.kind === "table") return `${g.target}: ${s.privileges.join(", ")}${s.columns !== void 0 ? ` (${s.columns.join(", ")})` : ""} ON ${s.schema}.${s.table} to ${g.principal}`;
  if (s.kind === "team") return `${g.target}: ${g.principal} member of ${s.org}/${s.team}`;
  return `${g.target}: ${g.principal} ${s.permission} on ${s.owner}/${s.repo}`;
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
  reporter,
  fileDiagnostic,
  HARD_MAX_DURATION_MS,
  durationMs,
  formatDuration,
  ALL_MASKS,
  readProfile,
  LedgerError,
  storableText,
  instantMs,
  ACTIVITY_LIMITS,
  LIMITS,
  LEDGER_DIR,
  fold,
  isLive,
  due,
  activeGrants,
  commitEvents,
  readChain,
  MAX_LEDGER_FILE_BYTES,
  verifyLedgerDir,
  checkRecorded,
  grantText,
  heldNote,
  grantedText
};
