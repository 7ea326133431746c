import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  classifyPath,
  displayPath,
  loadFile
} from "./chunk-XTO7TVYV.js";
import {
  codeSpan
} from "./chunk-KUSN3L3J.js";
import {
  EMPTY_TIP,
  EVENT_VERSION,
  Invalid,
  activeRegistry,
  checkEvent,
  instantMs
} from "./chunk-RPGQDWBV.js";
import {
  FILE_START
} from "./chunk-TYXZ63QX.js";
import {
  LEDGER_CODES,
  diagnostic
} from "./chunk-LN4ZPE77.js";
import {
  formatInstant,
  isFiniteInstant
} from "./chunk-VIPNLK4T.js";
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
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
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
function sha256Hex(text) {
  return digest("sha256", text, "hex");
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
  const body = canonicalJson(unsealed);
  const hash = sha256Hex(body);
  return { line: sealLine(body, hash), hash };
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
function ledgerPath(at) {
  return `${LEDGER_DIR}/${at.slice(0, 7)}.jsonl`;
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
  for (const [f, { path: path2, text }] of ordered.entries()) {
    const month = LEDGER_FILE.exec(path2)?.[1];
    if (month === void 0 || ordered[f + 1]?.path === path2) {
      report(ledgerDiagnostic("E_LEDGER_FILE_NAME", "is not a ledger file name (audit/YYYY-MM.jsonl), or is listed twice", { file: path2 }));
      continue;
    }
    if (text === void 0) {
      report(ledgerDiagnostic("E_LEDGER_FILE_TYPE", "is not a regular file", { file: path2 }));
      continue;
    }
    if (text.charCodeAt(0) === 65279) {
      report(ledgerDiagnostic("E_LEDGER_FILE_ENCODING", "the file starts with a byte order mark", { file: path2, line: 1 }));
      continue;
    }
    if (text.length === 0) {
      report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the file is empty; month files are created with their first event", { file: path2, line: 1 }));
      continue;
    }
    const hasCr = text.includes("\r");
    const at = (line) => ({ file: path2, line });
    let start = 0;
    for (let i = 0; start < text.length; i += 1) {
      const newline = text.indexOf("\n", start);
      const last = newline === -1;
      const line = text.slice(start, last ? text.length : newline);
      start = last ? text.length : newline + 1;
      if (line.length === 0) {
        report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the line is blank", at(i + 1)));
        expectSeq = expectPrev = void 0;
        continue;
      }
      if (hasCr && line.includes("\r")) {
        report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the line contains a carriage return (CRLF line ending?)", at(i + 1)));
        expectSeq = expectPrev = void 0;
        continue;
      }
      if (last) {
        report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the last line has no final newline", at(i + 1)));
      }
      const decoded = decodeLine(line);
      if (!decoded.ok) {
        report(ledgerDiagnostic(decoded.code, decoded.message, { ...at(i + 1), ...decoded.pointer !== void 0 ? { pointer: decoded.pointer } : {} }));
        expectSeq = expectPrev = void 0;
        continue;
      }
      const e = decoded.event;
      if (expectSeq !== void 0 && e.seq !== expectSeq) {
        report(ledgerDiagnostic("E_LEDGER_SEQ_GAP", `the event has seq ${e.seq} where ${expectSeq} was expected`, at(i + 1)));
      }
      if (expectPrev !== void 0 && e.prev !== expectPrev) {
        report(ledgerDiagnostic("E_LEDGER_PREV_MISMATCH", "the event does not link to the hash of the event before it", at(i + 1)));
      }
      if (!e.at.startsWith(month)) {
        report(ledgerDiagnostic("E_LEDGER_FILE_MONTH", "the event is dated outside the month its file is named for", at(i + 1)));
      }
      const atMs = instantMs(e.at) ?? Number.NaN;
      if (atMs < lastAt) report(ledgerDiagnostic("E_LEDGER_TIME_ORDER", "the event is dated before the event preceding it", at(i + 1)));
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
  const at = formatInstant(atMs);
  const sealed = [];
  let seq = tip.seq;
  let prev = tip.hash;
  for (const draft of drafts) {
    seq += 1;
    let line;
    let hash;
    try {
      ({ line, hash } = encodeLine({ ...draft, v: EVENT_VERSION, seq, at, prev }));
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
    sealed.push({ event: decoded.event, line, path: ledgerPath(at) });
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
    const text = await store.readFile(commitSha, path2);
    files.push({ path: path2, text });
    if (text !== void 0) texts.set(path2, text);
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
function isDuration(text) {
  return DURATION_RE.test(text);
}
function durationMs(text) {
  if (!isDuration(text)) return void 0;
  const value = (0, import_ms.default)(text);
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
function cachedDurationMs(text) {
  if (DURATIONS.has(text)) return DURATIONS.get(text);
  const value = durationMs(text);
  if (DURATIONS.size < 1e4) DURATIONS.set(text, value);
  return value;
}
function fresh(request, seq) {
  return { request, status: "refused", expiresAt: Number.NaN, pending: [], failures: 0, seq };
}
function addTargets(pending, e) {
  for (const g of e.grants) if (!pending.includes(g.target)) pending.push(g.target);
}
function removeTarget(pending, target) {
  const at = pending.indexOf(target);
  if (at !== -1) pending.splice(at, 1);
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
      out.push(report("E_PROFILE_APPROVAL_GROUP", `Approver group ${i} needs ${group.min} approvals but lists ${group.users.length} users.`, `/approvals/groups/${i}`));
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
      out.push(report("E_PROFILE_BUNDLE_NOT_ALLOWED", `Bundle ${name} uses target ${bundle.target}, which has no allow rule in this profile.`, `/bundles/${name}/target`));
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
  HARD_MAX_DURATION_MS,
  durationMs,
  formatDuration,
  profileRuleChecks,
  readProfile,
  LedgerError,
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
