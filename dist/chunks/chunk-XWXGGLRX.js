import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  REQUESTS_DIR,
  classifyPath
} from "./chunk-W3EMCSNL.js";
import {
  LEDGER_CODES
} from "./chunk-BGLQZM7W.js";
import {
  EMPTY_TIP,
  EVENT_VERSION,
  GENESIS_PREV,
  HASH_TRAILER_LENGTH,
  HASH_TRAILER_PREFIX,
  Invalid,
  canonicalJson,
  checkEvent,
  checkKeys,
  fail,
  hex,
  instantMs,
  instantMsBytes,
  integer,
  lineBody,
  object,
  patterned,
  sealLine,
  sha256Hex,
  shape
} from "./chunk-VTNCT2GJ.js";
import {
  formatInstant,
  isFiniteInstant
} from "./chunk-VIPNLK4T.js";
import {
  __commonJS,
  __toESM
} from "./chunk-GOSKQMZY.js";

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
    function plural(ms2, msAbs, n, name2) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name2 + (isPlural ? "s" : "");
    }
  }
});

// src/ledger/layout.ts
var LEDGER_DIR = "audit";
var SEGMENTS_DIR = `${LEDGER_DIR}/segments`;
var CHECKPOINT_PATH = `${LEDGER_DIR}/checkpoint.jsonl`;
var CHECKPOINT_NAME = "checkpoint.jsonl";
var SEGMENTS_NAME = "segments";
var LEDGER_FILE = /^audit\/([0-9]{4}-(?:0[1-9]|1[0-2]))\.jsonl$/;
var MONTH_FILE_NAME = /^[0-9]{4}-(?:0[1-9]|1[0-2])\.jsonl$/;
var SEGMENT_TARGET_BYTES = 256 * 1024;
var SEGMENTS_PER_DIR_SEQ = 1e5;
var SEQ_DIGITS = 12;
var DIR_DIGITS = SEQ_DIGITS - 5;
var SEGMENT_DIR_NAME = /^[0-9]{7}$/;
var SEGMENT_FILE_NAME = /^([0-9]{12})\.jsonl$/;
var SEGMENT_PATH = /^audit\/segments\/([0-9]{7})\/([0-9]{12})\.jsonl$/;
var MAX_SEGMENT_SEQ = 10 ** SEQ_DIGITS - 1;
function segmentDir(firstSeq) {
  return `${SEGMENTS_DIR}/${String(Math.floor(firstSeq / SEGMENTS_PER_DIR_SEQ)).padStart(DIR_DIGITS, "0")}`;
}
function segmentPath(firstSeq) {
  if (!Number.isSafeInteger(firstSeq) || firstSeq < 0 || firstSeq > MAX_SEGMENT_SEQ) throw new RangeError("segment sequence number out of range");
  return `${segmentDir(firstSeq)}/${String(firstSeq).padStart(SEQ_DIGITS, "0")}.jsonl`;
}
function segmentSeq(path2) {
  const m = SEGMENT_PATH.exec(path2);
  if (m === null) return void 0;
  const [, dir = "", name2 = ""] = m;
  return name2.startsWith(dir) ? Number(name2) : void 0;
}
function ledgerPath(at) {
  return `${LEDGER_DIR}/${at.slice(0, 7)}.jsonl`;
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

// src/ledger/canonical-scan.ts
function rawMembers(line) {
  let members2 = 0;
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
    if (c === 58) members2 += 1;
    else if (c === 116 && line.startsWith("true", i)) {
      i += 4;
      continue;
    } else if (!(c === 44 || c === 123 || c === 125 || c === 91 || c === 93 || c >= 48 && c <= 57)) {
      return -1;
    }
    i += 1;
  }
  return members2;
}

// src/ledger/record.ts
var CHECKPOINT_TYPE = "checkpoint";
var RECORD = shape("at", "kept", "kept_events", "open", "open_events", "prev", "seq", "type", "v");
function partDigest(hashes) {
  return sha256Hex(hashes.join(""));
}
function checkCheckpoint(value2) {
  const r = object(value2, "");
  if (r.v !== 2) throw new Invalid("E_LEDGER_VERSION", "/v", "is not 2 (checkpoint records exist from version 2)");
  const members2 = checkKeys(r, RECORD, "", "hash");
  if (r.type !== CHECKPOINT_TYPE) fail("/type", "is not checkpoint");
  integer(r.seq, "", "seq", 1);
  if (typeof r.at !== "string" || instantMs(r.at) === void 0) fail("/at", "is not an RFC 3339 UTC instant (YYYY-MM-DDTHH:MM:SSZ)");
  hex(r.prev, "", "prev", 64);
  hex(r.open, "", "open", 64);
  hex(r.kept, "", "kept", 64);
  integer(r.open_events, "", "open_events", 0);
  integer(r.kept_events, "", "kept_events", 0);
  if (typeof r.hash !== "string" || r.hash.length !== 64) fail("/hash", "is not 64 lowercase hex digits");
  return members2;
}
function encodeCheckpoint(unsealed) {
  const body = canonicalJson({ ...unsealed, type: CHECKPOINT_TYPE, v: 2 });
  const hash = sha256Hex(body);
  return { line: sealLine(body, hash), hash };
}

// src/ledger/slim.ts
var INHERITED = [
  "approvers",
  "duration",
  "expires_at",
  "extends",
  "grantees",
  "grants",
  "pr",
  "profile",
  "reason",
  "request_blob",
  "requester",
  "ticket"
];
function isSlimGranted(value2) {
  if (value2.type !== "granted") return false;
  for (const key2 of INHERITED) if (key2 in value2) return false;
  return true;
}
function expandGranted(slim, intent) {
  const source = intent;
  const keys = [];
  for (const key2 of Object.keys(slim)) if (key2 !== "hash") keys.push(key2);
  for (const key2 of INHERITED) if (source[key2] !== void 0) keys.push(key2);
  keys.sort();
  const out2 = {};
  for (const key2 of keys) out2[key2] = INHERITED_KEYS.has(key2) ? source[key2] : slim[key2];
  if (slim.hash !== void 0) out2.hash = slim.hash;
  return out2;
}
var INHERITED_KEYS = new Set(INHERITED);
function inheritedMembers(intent) {
  const source = intent;
  let count = 0;
  for (const key2 of INHERITED) if (source[key2] !== void 0) count += 1 + members(source[key2]);
  return count;
}
function members(value2) {
  if (typeof value2 !== "object" || value2 === null) return 0;
  let count = 0;
  if (Array.isArray(value2)) {
    for (const item of value2) count += members(item);
    return count;
  }
  for (const item of Object.values(value2)) count += 1 + members(item);
  return count;
}
function slimDraft(draft, intent) {
  if (draft.type !== "granted" || intent?.type !== "intent") return draft;
  const d = draft;
  const i = intent;
  for (const key2 of INHERITED) {
    if (d[key2] === void 0 !== (i[key2] === void 0)) return draft;
    if (d[key2] !== void 0 && canonicalJson(d[key2]) !== canonicalJson(i[key2])) return draft;
  }
  const out2 = { ...d };
  for (const key2 of INHERITED) delete out2[key2];
  return out2;
}

// src/ledger/line.ts
var MAX_LINE_CHARS = 1024 * 1024;
function decodeLine(line, mode = "read", context = {}) {
  const decoded = decodeRecord(line, mode, context);
  if (!decoded.ok) return decoded;
  if (decoded.kind === "checkpoint") return bad("E_LEDGER_EVENT_INVALID", "is a checkpoint record where an event was expected");
  return { ok: true, event: decoded.event };
}
function decodeRecord(line, mode = "read", context = {}) {
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
  let value2 = parsed;
  let kind = "event";
  try {
    const record = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
    if (record?.type === CHECKPOINT_TYPE) {
      kind = "checkpoint";
      parsedMembers = checkCheckpoint(record);
    } else if (record !== void 0 && record.v === 2 && isSlimGranted(record)) {
      const request = patterned(record.request, "", "request", "requestId");
      const intent = context.intentFor?.(request);
      if (intent === void 0)
        throw new Invalid("E_LEDGER_EVENT_INVALID", "", "is a granted event without its grant, and no intent of its request precedes it");
      value2 = expandGranted(record, intent);
      parsedMembers = checkEvent(value2, mode) - inheritedMembers(intent);
    } else {
      parsedMembers = checkEvent(parsed, mode);
    }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, code: error.code, message: `field ${error.pointer || "/"} ${error.what}`, pointer: error.pointer };
    throw error;
  }
  const members2 = rawMembers(line);
  if (members2 < 0 || members2 !== parsedMembers) {
    return bad("E_LEDGER_LINE_FORMAT", "is not in canonical form (whitespace, duplicate keys, or non-canonical escapes or numbers)");
  }
  const sealed = value2;
  if (sha256Hex(lineBody(line)) !== sealed.hash) {
    return bad("E_LEDGER_HASH_MISMATCH", "does not match its recorded hash");
  }
  return kind === "checkpoint" ? { ok: true, kind, record: value2 } : { ok: true, kind, event: value2 };
}
function decodeSealedEvent(line, context = {}) {
  let parsed;
  try {
    parsed = JSON.parse(line);
  } catch {
    return bad("E_LEDGER_LINE_FORMAT", "is not valid JSON");
  }
  return sealedEventOf(parsed, context);
}
function sealedEventOf(parsed, context = {}) {
  try {
    const record = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
    let value2 = parsed;
    if (record !== void 0 && record.v === 2 && isSlimGranted(record)) {
      const intent = context.intentFor?.(patterned(record.request, "", "request", "requestId"));
      if (intent === void 0)
        throw new Invalid("E_LEDGER_EVENT_INVALID", "", "is a granted event without its grant, and no intent of its request precedes it");
      value2 = expandGranted(record, intent);
    }
    checkEvent(value2, "read");
    return { ok: true, kind: "event", event: value2 };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, code: error.code, message: `field ${error.pointer || "/"} ${error.what}`, pointer: error.pointer };
    throw error;
  }
}
function encodeLine(unsealed) {
  const body = canonicalJson(unsealed);
  const hash = sha256Hex(body);
  return { line: sealLine(body, hash), hash };
}
function bad(code, message) {
  return { ok: false, code, message: `the line ${message}` };
}

// src/ledger/checkpoint-file.ts
var SHAPE = /^\{.*"hash":"([0-9a-f]{64})"\}$/;
function readCheckpointFile(text) {
  const lines = [];
  if (text === "") return { lines };
  if (!text.endsWith("\n") || text.includes("\r") || text.charCodeAt(0) === 65279) {
    return {
      lines,
      problem: ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the checkpoint file is not LF-terminated canonical JSON lines", { file: CHECKPOINT_PATH, line: 1 })
    };
  }
  const raw = text.slice(0, -1).split("\n");
  for (const [i, line] of raw.entries()) {
    const where = { file: CHECKPOINT_PATH, line: i + 1 };
    const hash = SHAPE.exec(line)?.[1];
    let parsed;
    try {
      parsed = hash === void 0 ? void 0 : JSON.parse(line);
    } catch {
      parsed = void 0;
    }
    if (hash === void 0 || parsed === void 0 || typeof parsed.seq !== "number" || typeof parsed.request !== "string") {
      return { lines, problem: ledgerDiagnostic("E_LEDGER_CHECKPOINT_MISMATCH", "the line is not an event of the chain", where) };
    }
    if (sha256Hex(lineBody(line)) !== hash)
      return { lines, problem: ledgerDiagnostic("E_LEDGER_CHECKPOINT_MISMATCH", "the line does not match its recorded hash", where) };
    lines.push({ seq: parsed.seq, hash, request: parsed.request, line });
  }
  return { lines };
}
function checkpointFileText(open, kept) {
  const all = [...open, ...kept];
  return all.length === 0 ? "" : `${all.join("\n")}
`;
}
function checkpointEvents(record, lines) {
  const open = lines.slice(0, record.open_events);
  const kept = lines.slice(record.open_events);
  const where = { file: CHECKPOINT_PATH, line: 0 };
  const rising = (part) => part.every((l, i) => i === 0 || l.seq > (part[i - 1]?.seq ?? -1));
  if (open.length !== record.open_events || kept.length !== record.kept_events || !rising(open) || !rising(kept) || lines.some((l) => l.seq >= record.seq) || partDigest(open.map((l) => l.hash)) !== record.open || partDigest(kept.map((l) => l.hash)) !== record.kept) {
    return {
      events: [],
      problem: ledgerDiagnostic(
        "E_LEDGER_CHECKPOINT_MISMATCH",
        "audit/checkpoint.jsonl does not hold the events the newest segment's checkpoint record commits to",
        where
      )
    };
  }
  const ordered = [...lines].sort((a, b) => a.seq - b.seq);
  const intents = /* @__PURE__ */ new Map();
  const events = [];
  for (const l of ordered) {
    const decoded = decodeRecord(l.line, "read", { intentFor: (request) => intents.get(request) });
    if (!decoded.ok || decoded.kind !== "event") {
      return {
        events: [],
        problem: ledgerDiagnostic(
          decoded.ok ? "E_LEDGER_CHECKPOINT_MISMATCH" : decoded.code,
          decoded.ok ? "the file holds a checkpoint record" : decoded.message,
          where
        )
      };
    }
    if (decoded.event.type === "intent") intents.set(decoded.event.request, decoded.event);
    events.push({ event: decoded.event, line: l.line });
  }
  return { events };
}
function fileAgainstRecord(file, record, openHashes, kept) {
  const where = { file: CHECKPOINT_PATH, line: 0 };
  const open = file.slice(0, record.open_events);
  const keptLines = file.slice(record.open_events);
  const chainKept = kept(new Set(keptLines.map((l) => l.request)));
  const sameList = (a, b) => a.length === b.length && a.every((x, i) => x.seq === b[i]?.seq && x.hash === b[i]?.hash);
  if (open.map((e) => e.hash).join("") !== openHashes || partDigest(open.map((e) => e.hash)) !== record.open) {
    return ledgerDiagnostic(
      "E_LEDGER_CHECKPOINT_MISMATCH",
      "the open events audit/checkpoint.jsonl holds are not those the newest checkpoint record commits to",
      where
    );
  }
  if (!sameList(keptLines, chainKept) || partDigest(keptLines.map((e) => e.hash)) !== record.kept || keptLines.length !== record.kept_events) {
    return ledgerDiagnostic(
      "E_LEDGER_CHECKPOINT_MISMATCH",
      "the kept events audit/checkpoint.jsonl holds are not the chain's own, or not the whole state of the requests they belong to",
      where
    );
  }
  return void 0;
}

// src/ledger/bytes.ts
import { hash as digest } from "node:crypto";
var QUOTE = 34;
var COMMA = 44;
var CLOSE_BRACE = 125;
function key(s) {
  const bytes = Uint8Array.from(s, (c) => c.charCodeAt(0));
  const words = new Uint32Array(bytes.length >> 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < words.length; i += 1) words[i] = view.getUint32(4 * i);
  return { bytes, words };
}
function is(dv, b, p, k) {
  const n = k.bytes.length;
  if (p < 0 || p + n > b.length) return false;
  const w = k.words;
  for (let i = 0; i < w.length; i += 1) if (dv.getUint32(p + 4 * i) !== w[i]) return false;
  for (let i = 4 * w.length; i < n; i += 1) if (b[p + i] !== k.bytes[i]) return false;
  return true;
}
function same(x, a, y, c, n) {
  let i = 0;
  for (; i + 4 <= n; i += 4) if (x.getUint32(a + i) !== y.getUint32(c + i)) return false;
  for (; i < n; i += 1) if (x.getUint8(a + i) !== y.getUint8(c + i)) return false;
  return true;
}
var viewA;
var dvA = new DataView(new ArrayBuffer(0));
var viewB;
var dvB = dvA;
function viewOf(b) {
  if (b === viewA) return dvA;
  if (b === viewB) return dvB;
  viewB = viewA;
  dvB = dvA;
  viewA = b;
  dvA = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return dvA;
}
function recall(dv, b, slots, slot, base, k, limit) {
  for (let i = slot; i < slot + 2; i += 1) {
    const o = slots[i];
    if (o >= 0 && base + o < limit && is(dv, b, base + o, k)) return base + o;
  }
  return -1;
}
function remember(slots, slot, offset) {
  if (slots[slot] === offset) return;
  slots[slot + 1] = slots[slot];
  slots[slot] = offset;
}
function find(b, needle, from, before) {
  const i = b.indexOf(needle, from);
  return i === -1 || i >= before ? -1 : i;
}
function locate(dv, b, slots, slot, base, k, needle, from, before) {
  let p = recall(dv, b, slots, slot, base, k, before);
  if (p === -1) p = find(b, needle, from, before);
  if (p !== -1) remember(slots, slot, p - base);
  return p;
}
function back(dv, b, from, limit, k) {
  const first = k.bytes[0];
  for (let p = from - k.bytes.length; p >= limit; p -= 1) if (b[p] === first && is(dv, b, p, k)) return p;
  return -1;
}
function on(dv, b, from, limit, k) {
  const first = k.bytes[0];
  const second = k.bytes[1];
  for (let p = from; p < limit; p += 1) if (b[p] === first && b[p + 1] === second && is(dv, b, p, k)) return p;
  return -1;
}
function value(b, q, limit) {
  const e = b.indexOf(QUOTE, q + 1);
  return e === -1 || e >= limit ? void 0 : b.toString("latin1", q + 1, e);
}
var NAME_SLOTS = 512;
var NAME_MAX = 48;
var nameText = new Array(NAME_SLOTS).fill(void 0);
var nameBytes = new Uint8Array(NAME_SLOTS * NAME_MAX);
var nameLength = new Int16Array(NAME_SLOTS).fill(-1);
var nameView = new DataView(nameBytes.buffer);
function name(dv, b, q, limit) {
  const e = b.indexOf(QUOTE, q + 1);
  if (e === -1 || e >= limit) return void 0;
  const start = q + 1;
  const n = e - start;
  if (n > NAME_MAX) return b.toString("latin1", start, e);
  let h = n;
  let i = 0;
  for (; i + 4 <= n; i += 4) h = Math.imul(h ^ dv.getUint32(start + i), 16777619);
  for (; i < n; i += 1) h = Math.imul(h ^ (b[start + i] ?? 0), 16777619);
  const slot = (h ^ h >>> 15) & NAME_SLOTS - 1;
  if (nameLength[slot] === n && same(dv, start, nameView, slot * NAME_MAX, n)) {
    const held = nameText[slot];
    if (held !== void 0) return held;
  }
  const text = b.toString("latin1", start, e);
  nameText[slot] = text;
  nameLength[slot] = n;
  const to = slot * NAME_MAX;
  i = 0;
  for (; i + 4 <= n; i += 4) nameView.setUint32(to + i, dv.getUint32(start + i));
  for (; i < n; i += 1) nameBytes[to + i] = b[start + i] ?? 0;
  return text;
}
function hashBytes(bytes, start, end) {
  const at = end - HASH_TRAILER_LENGTH;
  const was = bytes[at] ?? COMMA;
  bytes[at] = CLOSE_BRACE;
  try {
    return digest("sha256", new Uint8Array(bytes.buffer, bytes.byteOffset + start, at + 1 - start), "hex");
  } finally {
    bytes[at] = was;
  }
}
function storedHashIs(b, at, hex2) {
  return b.toString("latin1", at, at + 64) === hex2;
}

// src/ledger/chain-scan.ts
var CLOSE = 125;
var CLOSE_LIST = 93;
var ZERO = 48;
var NINE = 57;
var HEX = new Uint8Array(256);
for (const c of "0123456789abcdef") HEX[c.charCodeAt(0)] = 1;
var lastAtBytes = new Uint8Array(32);
var lastAtView = new DataView(lastAtBytes.buffer);
var lastAtLength = -1;
var lastAtMs = 0;
var K = {
  prev: key('"prev":"'),
  request: key('"request":"'),
  seq: key(',"seq":'),
  at: key('"at":"'),
  grantees: key('"grantees":['),
  grants: key('"grants":['),
  pr: key('],"pr":{'),
  what: key(',"what":'),
  verified: key(',"verified":true'),
  v: key(',"v":'),
  type: key(',"type":'),
  extends: key('"extends":"'),
  duration: key(',"duration":"'),
  expiresAt: key(',"expires_at":"'),
  extendsMember: key(',"extends":"'),
  targets: key('"targets":["'),
  target: key('"target":"'),
  alreadyHeld: key('{"already_held":'),
  open: key('"open":"'),
  kept: key('"kept":"'),
  openEvents: key('"open_events":'),
  keptEvents: key('"kept_events":')
};
var NAMES = [
  "activity",
  "intent",
  "granted",
  "revoked",
  "grant_refused",
  "revoke_failed",
  "drift_found",
  "alert",
  "checkpoint"
];
var TYPE_KEYS = NAMES.map((n) => key(n));
function typeAt(dv, b, p, length) {
  for (let i = 0; i < TYPE_KEYS.length; i += 1) {
    const k = TYPE_KEYS[i];
    if (k.bytes.length === length && k.bytes[0] === b[p] && is(dv, b, p, k)) return i;
  }
  return -1;
}
var N = {
  seq: Buffer.from('"seq":'),
  prev: Buffer.from('"prev":"'),
  request: Buffer.from('"request":"'),
  at: Buffer.from('"at":"'),
  grantees: Buffer.from('"grantees":['),
  grants: Buffer.from('"grants":['),
  pr: Buffer.from('],"pr":{'),
  target: Buffer.from('"target":"')
};
var SLOT = { prev: 0, request: 2, seq: 4, at: 6, grantees: 8, grants: 10, pr: 12, target: 14 };
var OFFSETS = NAMES.map(() => new Int32Array(16).fill(-1));
function extendsAfter(dv, b, c, before) {
  if (!is(dv, b, c, K.duration)) return null;
  let q = b.indexOf(QUOTE, c + 13);
  if (q === -1 || q >= before || !is(dv, b, q + 1, K.expiresAt)) return null;
  q = b.indexOf(QUOTE, q + 16);
  if (q === -1 || q >= before) return null;
  if (!is(dv, b, q + 1, K.extendsMember)) return void 0;
  return name(dv, b, q + 12, before) ?? null;
}
var digitsEnd = 0;
function digits(b, from) {
  let v = 0;
  let e = from;
  for (let c = b[e] ?? 0; c >= ZERO && c <= NINE && e - from < 16; c = b[e] ?? 0) {
    v = v * 10 + (c - ZERO);
    e += 1;
  }
  digitsEnd = e;
  return e === from || b[from] === ZERO && e > from + 1 ? Number.NaN : v;
}
var Scanned = class {
  type = "intent";
  v = 2;
  seq = 0;
  hash = "";
  atMs = 0;
  prevAt = 0;
  linked = false;
  request = "";
  slim = false;
  targets = void 0;
  heldMarked = false;
  target = void 0;
  extends = void 0;
  checkpoint = void 0;
  bytes = Buffer.alloc(0);
  atStart = 0;
  atEnd = 0;
  get at() {
    return this.bytes.toString("latin1", this.atStart, this.atEnd);
  }
};
var out = new Scanned();
var targetList = [];
function tailOf(dv, b, start, end) {
  const trailer = end - HASH_TRAILER_LENGTH;
  if (trailer <= start + 1 || end > b.length || b[start] !== 123 || b[trailer] !== COMMA || b[trailer + 2] !== 104 || b[end - 1] !== CLOSE)
    return void 0;
  let vAt = trailer - 6;
  if (b[trailer - 1] === QUOTE) {
    let q = trailer - 2;
    while (q > start && b[q] !== QUOTE) q -= 1;
    if (!is(dv, b, q - 8, K.what)) return void 0;
    vAt = q - 14;
  } else if (b[trailer - 1] === 101 && is(dv, b, trailer - 16, K.verified)) {
    vAt = trailer - 22;
  }
  if (!is(dv, b, vAt, K.v) || b[vAt - 1] !== QUOTE) return void 0;
  const v = (b[vAt + 5] ?? 0) - ZERO;
  if (!(v === 1 || v === 2)) return void 0;
  let typeStart = vAt - 2;
  while (typeStart > start && b[typeStart] !== QUOTE) typeStart -= 1;
  if (!is(dv, b, typeStart - 8, K.type)) return void 0;
  const index = typeAt(dv, b, typeStart + 1, vAt - 2 - typeStart);
  return index === -1 ? void 0 : { v, typeStart, index };
}
function tailType(b, start, end) {
  const tail = tailOf(viewOf(b), b, start, end);
  return tail === void 0 ? void 0 : NAMES[tail.index];
}
function scanLine(b, start, end, hash, prevBytes, prevAt = 0) {
  const dv = viewOf(b);
  const tail = tailOf(dv, b, start, end);
  if (tail === void 0) return void 0;
  const { v, typeStart, index } = tail;
  const type = NAMES[index];
  const memo = OFFSETS[index];
  const p = locate(dv, b, memo, SLOT.prev, start, K.prev, N.prev, start, typeStart);
  if (p === -1 || b[p + 72] !== QUOTE) return void 0;
  let request = "";
  let from = p + 73;
  if (type !== "checkpoint") {
    const r = locate(dv, b, memo, SLOT.request, p, K.request, N.request, from, typeStart);
    if (r === -1) return void 0;
    const id = name(dv, b, r + 10, typeStart);
    if (id === void 0) return void 0;
    request = id;
    from = r + 12 + id.length;
  }
  let s = recall(dv, b, memo, SLOT.seq, from, K.seq, typeStart);
  if (s === -1) {
    s = find(b, N.seq, from, typeStart) - 1;
    if (s < from - 1) return void 0;
  }
  remember(memo, SLOT.seq, s - from);
  const seq = digits(b, s + 7);
  const seqEnd = digitsEnd;
  if (Number.isNaN(seq) || b[seqEnd] !== COMMA) return void 0;
  let linked = prevBytes !== void 0 && prevAt >= 0 && prevAt + 64 <= prevBytes.length;
  if (linked && prevBytes !== void 0) linked = same(dv, p + 8, prevBytes === b ? dv : viewOf(prevBytes), prevAt, 64);
  if (!linked) {
    for (let i = p + 8; i < p + 72; i += 1) if (HEX[b[i] ?? 0] !== 1) return void 0;
  }
  const a = locate(dv, b, memo, SLOT.at, start, K.at, N.at, start, p);
  if (a === -1) return void 0;
  const atStart = a + 6;
  let atEnd = atStart + lastAtLength;
  let atMs = lastAtMs;
  if (!(lastAtLength > 0 && atEnd < p && b[atEnd] === QUOTE && same(dv, atStart, lastAtView, 0, lastAtLength))) {
    atEnd = b.indexOf(QUOTE, atStart);
    if (atEnd === -1 || atEnd >= p) return void 0;
    const ms2 = instantMsBytes(b, atStart, atEnd);
    if (ms2 === void 0) return void 0;
    atMs = ms2;
    const length = atEnd - atStart;
    if (length <= lastAtBytes.length) {
      let i = 0;
      for (; i + 4 <= length; i += 4) lastAtView.setUint32(i, dv.getUint32(atStart + i));
      for (; i < length; i += 1) lastAtBytes[i] = b[atStart + i] ?? 0;
      lastAtLength = length;
      lastAtMs = ms2;
    }
  }
  out.type = type;
  out.v = v;
  out.seq = seq;
  out.hash = hash;
  out.atMs = atMs;
  out.bytes = b;
  out.atStart = atStart;
  out.atEnd = atEnd;
  out.prevAt = p + 8;
  out.linked = linked;
  out.request = request;
  out.slim = false;
  out.targets = void 0;
  out.heldMarked = false;
  out.target = void 0;
  out.extends = void 0;
  out.checkpoint = void 0;
  if (type === "checkpoint") {
    if (v !== 2) return void 0;
    const open = on(dv, b, start, p, K.open);
    const kept = on(dv, b, start, p, K.kept);
    const oe = on(dv, b, start, p, K.openEvents);
    const ke = on(dv, b, start, p, K.keptEvents);
    if (open === -1 || kept === -1 || oe === -1 || ke === -1) return void 0;
    out.checkpoint = {
      open: b.toString("latin1", open + 8, open + 72),
      openEvents: digits(b, oe + 14),
      kept: b.toString("latin1", kept + 8, kept + 72),
      keptEvents: digits(b, ke + 14)
    };
    return out;
  }
  if (type === "intent" || type === "granted") {
    if (b[p - 2] === QUOTE) {
      if (type !== "granted" || v !== 2) return void 0;
      out.slim = true;
      return out;
    }
    const gs = locate(dv, b, memo, SLOT.grantees, a, K.grantees, N.grantees, a, p);
    if (gs === -1) return void 0;
    const g = locate(dv, b, memo, SLOT.grants, gs, K.grants, N.grants, gs, p);
    if (g === -1) return void 0;
    const pr = locate(dv, b, memo, SLOT.pr, g, K.pr, N.pr, g, p);
    if (pr === -1) return void 0;
    const walked = extendsAfter(dv, b, atEnd + 1, gs);
    if (walked !== null) out.extends = walked;
    else {
      const e = back(dv, b, gs, Math.max(a, gs - 160), K.extends);
      if (e !== -1) out.extends = value(b, e + 10, gs);
    }
    const targets = targetList;
    targets.length = 0;
    let heldMarked = is(dv, b, g + N.grants.length, K.alreadyHeld);
    for (let t = locate(dv, b, memo, SLOT.target, g, K.target, N.target, g, pr); t !== -1; ) {
      const target = name(dv, b, t + 9, pr);
      if (target === void 0) return void 0;
      targets.push(target);
      const after = t + 11 + target.length;
      if (b[after] !== CLOSE || b[after + 1] !== COMMA && b[after + 1] !== CLOSE_LIST) return void 0;
      if (b[after + 1] === COMMA && is(dv, b, after + 2, K.alreadyHeld)) heldMarked = true;
      t = b[after + 1] === COMMA ? find(b, N.target, after, pr) : -1;
    }
    out.heldMarked = heldMarked;
    if (targets.length === 0) return void 0;
    out.targets = targets;
  } else if (type === "revoked") {
    const g = on(dv, b, seqEnd, typeStart, K.targets);
    if (g === -1) return void 0;
    const targets = targetList;
    targets.length = 0;
    for (let q = g + 11; b[q] === QUOTE; ) {
      const target = name(dv, b, q, typeStart);
      if (target === void 0) return void 0;
      targets.push(target);
      q += target.length + 2;
      if (b[q] === COMMA) q += 1;
    }
    if (targets.length === 0) return void 0;
    out.targets = targets;
  } else if (type === "revoke_failed" || type === "drift_found") {
    const g = on(dv, b, seqEnd, typeStart, K.target);
    if (g === -1) return void 0;
    out.target = name(dv, b, g + 9, typeStart);
    if (out.target === void 0) return void 0;
  }
  return out;
}
function scannedCheckpoint(f, prev, hash) {
  const c = f.checkpoint ?? { open: "", openEvents: 0, kept: "", keptEvents: 0 };
  return { v: 2, seq: f.seq, type: "checkpoint", at: f.at, prev, hash, open: c.open, open_events: c.openEvents, kept: c.kept, kept_events: c.keptEvents };
}

// src/ledger/held-intents.ts
var HELD_FILES = 4;
var HeldIntents = class {
  constructor(tracker) {
    this.tracker = tracker;
  }
  tracker;
  /** The intents held in each of the last few files' bytes, oldest file first; the current file's is `now`. */
  files = [];
  now = [];
  /** Parsed intents, by request: a slim granted takes its body from the latest. */
  events = /* @__PURE__ */ new Map();
  /**
   * A new file's bytes: those of the file HELD_FILES before are let go (a
   * caller may reuse them for the next file after that), the intents of
   * requests still live cut out of them first (few are).
   */
  nextFile() {
    this.now = [];
    this.files.push(this.now);
    const old = this.files.length > HELD_FILES ? this.files.shift() : void 0;
    if (old !== void 0) this.cut(old);
  }
  /**
   * The current file has been read and its memory will be read into again
   * sooner than HELD_FILES files on (a large file: verify-dir.ts keeps two
   * buffers for them, in turn): its live intents are cut out now.
   */
  letGo() {
    this.cut(this.now);
  }
  /** The live intents of a file's list cut out as text, and its bytes let go. */
  cut(list) {
    for (const h of list) {
      if (h.bytes !== void 0 && this.tracker.intentOf(h.request) === h) h.text = h.bytes.toString("utf8", h.start, h.end);
      h.bytes = void 0;
    }
  }
  /** An intent at bytes[start, end) of the current file. */
  hold(request, bytes, start, end) {
    const held = { request, bytes, start, end, text: void 0 };
    this.now.push(held);
    return held;
  }
  /** The intent a slim granted of `request` takes its body from: the latest of its live state. */
  intentOf(request) {
    const source = this.tracker.intentOf(request);
    if (source === void 0 || source === "") return void 0;
    const cached = this.events.get(request);
    if (cached !== void 0 && cached.source === source) return cached.event;
    const text = typeof source === "string" ? source : source.text ?? source.bytes?.toString("utf8", source.start, source.end);
    if (text === void 0) return void 0;
    const decoded = decodeRecord(text);
    if (!decoded.ok || decoded.kind !== "event" || decoded.event.type !== "intent") return void 0;
    this.parsed(request, source, decoded.event);
    return decoded.event;
  }
  /** An intent already parsed (the reference reader read its line). */
  parsed(request, source, event) {
    if (this.events.size >= 1e4) this.events.clear();
    this.events.set(request, { source, event });
  }
};

// src/ledger/consistency.ts
function checkRecorded(event, where, intent, recordsHeld) {
  const problems = [];
  const at = { file: where.file, line: where.line };
  for (const [i, g] of event.grants.entries()) {
    if (g.already_held === true && !recordsHeld(g.provider)) {
      problems.push(
        ledgerDiagnostic(
          "E_LEDGER_HELD_UNEXPECTED",
          `${event.type} of ${event.request} (seq ${event.seq}): grant ${i} on ${g.provider} target ${g.target} is marked already held, which that provider never records`,
          {
            ...at,
            pointer: `/grants/${i}/already_held`
          }
        )
      );
    }
  }
  if (event.type === "granted" && intent !== void 0 && canonicalJson(intent.grants) !== canonicalJson(event.grants)) {
    problems.push(
      ledgerDiagnostic(
        "E_LEDGER_GRANT_MISMATCH",
        `granted of ${event.request} (seq ${event.seq}): its grants are not those of its intent (seq ${intent.seq})`,
        { ...at, pointer: "/grants" }
      )
    );
  }
  return problems;
}

// src/ledger/tracker.ts
function factsOf(e) {
  const base = { seq: e.seq, hash: e.hash, type: e.type, request: e.request };
  switch (e.type) {
    case "intent":
    case "granted":
      return { ...base, targets: e.grants.map((g) => g.target), ...e.extends !== void 0 ? { extends: e.extends } : {} };
    case "revoked":
      return { ...base, targets: e.targets };
    case "revoke_failed":
    case "drift_found":
      return { ...base, target: e.target };
    case "grant_refused":
    case "activity":
    case "alert":
      return base;
  }
}
var pairKey = (request, target) => `${request}\0${target}`;
var OpenTracker = class {
  requests = /* @__PURE__ */ new Map();
  drift = /* @__PURE__ */ new Map();
  log = [];
  gen = 0;
  add(f, payload) {
    let r = this.requests.get(f.request);
    let drift;
    switch (f.type) {
      case "intent":
      case "granted":
        if (r === void 0 || !r.hasGrant || r.revoked) {
          if (r !== void 0) r.dead = true;
          r = { request: f.request, hasGrant: true, revoked: false, pending: [], dead: false, gen: -1, needed: false };
          this.requests.set(f.request, r);
        }
        for (const t of f.targets ?? (f.type === "granted" ? r.intentTargets ?? [] : [])) if (!r.pending.includes(t)) r.pending.push(t);
        if (f.type === "granted") {
          const target = f.extends !== void 0 && f.extends !== f.request ? this.requests.get(f.extends) : void 0;
          r.extendsState = target !== void 0 && target.hasGrant && !target.revoked ? target : void 0;
        } else {
          r.intent = payload;
          r.intentTargets = f.targets;
        }
        break;
      case "grant_refused":
        if (r === void 0) {
          r = { request: f.request, hasGrant: false, revoked: false, pending: [], dead: false, gen: -1, needed: false };
          this.requests.set(f.request, r);
        }
        break;
      case "revoked":
        if (this.drift.size > 0)
          for (const t of f.targets ?? []) {
            const key2 = pairKey(f.request, t);
            const d = this.drift.get(key2);
            if (d !== void 0) {
              d.open = false;
              this.drift.delete(key2);
            }
          }
        if (r !== void 0 && r.hasGrant && !r.revoked) {
          for (const t of f.targets ?? []) {
            const at = r.pending.indexOf(t);
            if (at !== -1) r.pending.splice(at, 1);
          }
          if (r.pending.length === 0) r.revoked = true;
        }
        break;
      case "drift_found": {
        const key2 = pairKey(f.request, f.target ?? "");
        drift = this.drift.get(key2);
        if (drift === void 0) {
          drift = { open: true };
          this.drift.set(key2, drift);
        }
        break;
      }
      case "revoke_failed":
      case "activity":
      case "alert":
        break;
    }
    if (r !== void 0 || drift !== void 0) this.log.push({ seq: f.seq, hash: f.hash, payload, owner: r, drift });
  }
  isLive(request) {
    const r = this.requests.get(request);
    return r !== void 0 && r.hasGrant && !r.revoked;
  }
  /** The intent a slim `granted` of `request` takes its body from: the latest of its current, unrevoked state. */
  intentOf(request) {
    const r = this.requests.get(request);
    return r !== void 0 && r.hasGrant && !r.revoked ? r.intent : void 0;
  }
  /**
   * The checkpoint's `open` part (record.ts), in sequence order. With
   * `sweepBut`, also what sweep(sweepBut) does, in the same pass: a verify
   * asks at every segment, and a log kept the size of the open business
   * keeps each answer cheap.
   */
  openEntries(sweepBut) {
    const out2 = [];
    this.open(sweepBut, out2);
    return out2;
  }
  /**
   * How many events the open part holds and their hashes concatenated (what
   * the checkpoint's digest is over), in one pass; the entries themselves
   * into `out` when given.
   */
  open(sweepBut, out2) {
    this.gen += 1;
    let count = 0;
    let hashes = "";
    const log = this.log;
    let kept = 0;
    for (const e of log) {
      const o = e.owner;
      const open = o !== void 0 && !o.dead && this.needed(o) || e.drift?.open === true;
      if (open) {
        out2?.push(e);
        count += 1;
        hashes += e.hash;
      }
      if (sweepBut === void 0) continue;
      if (!open && o !== void 0 && !o.dead && !sweepBut.has(o.request)) {
        o.dead = true;
        if (this.requests.get(o.request) === o) this.requests.delete(o.request);
      }
      if (open || o !== void 0 && !o.dead) log[kept++] = e;
    }
    if (sweepBut !== void 0) log.length = kept;
    return { count, hashes };
  }
  /** The `kept` part: every event of the requests in `ids` the open part does not hold. */
  keptEntries(ids) {
    this.gen += 1;
    const out2 = [];
    for (const e of this.log) {
      const o = e.owner;
      if (o !== void 0 && !o.dead && ids.has(o.request) && !this.needed(o) && e.drift?.open !== true) out2.push(e);
    }
    return out2;
  }
  /**
   * Forgets closed states nothing open refers to, but those of requests in
   * `keep`: what a long verify holds stays the size of the open business.
   */
  sweep(keep = /* @__PURE__ */ new Set()) {
    this.gen += 1;
    for (const [id, r] of this.requests) {
      if (keep.has(id) || this.needed(r)) continue;
      r.dead = true;
      this.requests.delete(id);
    }
    this.log = this.log.filter((e) => e.owner !== void 0 && !e.owner.dead || e.drift?.open === true);
  }
  get size() {
    return this.log.length;
  }
  /** Live, or a granted extension of a grant still live (planSweep retires what an extension supersedes). */
  needed(r) {
    if (r.gen !== this.gen) {
      r.gen = this.gen;
      const x = r.extendsState;
      r.needed = r.hasGrant && !r.revoked || x !== void 0 && !x.dead && x.hasGrant && !x.revoked;
    }
    return r.needed;
  }
};

// src/ledger/reader.ts
var MAX_PROBLEMS = 50;
var ChainReader = class {
  constructor(options = {}) {
    this.options = options;
    const start = options.start ?? "genesis";
    if (start === "genesis") {
      this.expectSeq = 0;
      this.expectPrev = GENESIS_PREV;
    } else if (start !== "unanchored") {
      this.expectSeq = start.seq;
      this.expectPrev = start.prev;
    }
  }
  options;
  problems = [];
  moreProblems = 0;
  /** An intent's line, or where it stands in a file's bytes (decoded only when a slim granted needs it). */
  tracker = new OpenTracker();
  intents = new HeldIntents(this.tracker);
  tipSeq = EMPTY_TIP.seq;
  tipHash = EMPTY_TIP.hash;
  /** Events read (checkpoint records not counted). */
  count = 0;
  /** The last record read. */
  get tip() {
    return this.tipSeq < 0 ? EMPTY_TIP : { seq: this.tipSeq, hash: this.tipHash, at: this.lastAt };
  }
  /** The last checkpoint record read, and where. */
  lastCheckpoint;
  expectSeq;
  expectPrev;
  lastAt = Number.NEGATIVE_INFINITY;
  anchorFound = false;
  lastFile;
  /** Parsed intents of open requests, by request: a slim granted takes its body from the latest. */
  checkpointFile;
  keepIds = /* @__PURE__ */ new Set();
  /** Events known before the first record read (a checkpoint's): they seed the open requests. */
  seed(held) {
    for (const { event, line } of held) {
      this.tracker.add(factsOf(event), event.type === "intent" ? line : "");
      if (event.type === "intent") this.intents.parsed(event.request, line, event);
    }
  }
  report(d) {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(d);
    else this.moreProblems += 1;
  }
  /** The newest checkpoint file, to hold against the newest checkpoint record when the chain is read. */
  expectCheckpointFile(lines) {
    this.checkpointFile = lines;
    this.keepIds = new Set(lines.map((l) => l.request));
  }
  /** A file whose records cannot be read: the chain cannot be followed across it. */
  lost() {
    this.expectSeq = void 0;
    this.expectPrev = void 0;
  }
  /**
   * One file's lines. Format rules (so a file has exactly one byte form):
   * every line is one canonical record followed by LF; no blank lines, no
   * CR, no BOM, no empty file. Continues past a break to report the rest.
   */
  file(path2, content, sink) {
    this.lastFile = path2;
    this.intents.nextFile();
    const { bytes, sealed } = content;
    const month = LEDGER_FILE.exec(path2)?.[1];
    const segment = month === void 0 ? segmentSeq(path2) : void 0;
    if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
      this.report(ledgerDiagnostic("E_LEDGER_FILE_ENCODING", "the file starts with a byte order mark", { file: path2, line: 1 }));
      this.lost();
      return;
    }
    if (bytes.length === 0) {
      this.report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the file is empty; ledger files are created with their first record", { file: path2, line: 1 }));
      this.lost();
      return;
    }
    const fast = this.options.depth === "chain" && this.options.window !== true && (sink !== void 0 || this.options.events !== true);
    const hasCr = fast || bytes.indexOf(13) !== -1;
    const where = this.place;
    where.file = path2;
    let start = 0;
    for (let i = 0; start < bytes.length; i += 1) {
      const newline = bytes.indexOf(10, start);
      const last = newline === -1;
      const end = last ? bytes.length : newline;
      const lineStart = start;
      start = last ? bytes.length : newline + 1;
      where.line = i + 1;
      if (end === lineStart) {
        this.report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the line is blank", where));
        this.lost();
        continue;
      }
      if (last) this.report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the last line has no final newline", where));
      if (fast && this.sealedLine(bytes, lineStart, end, where, month, segment, sink, sealed === void 0 ? void 0 : sealed[i] === 1)) continue;
      if (hasCr && bytes.subarray(lineStart, end).includes(13)) {
        this.report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the line contains a carriage return (CRLF line ending?)", where));
        this.lost();
        continue;
      }
      this.line(bytes, lineStart, end, where, month, segment, sink);
    }
    if (content.letGo === true) this.intents.letGo();
  }
  place = { file: "", line: 0 };
  lastAtText;
  /** Where the last line's hash stands in the current file's bytes (-1: not in them; `prevCopy` holds it). */
  prevAt = -1;
  prevBytes;
  prevCopy = Buffer.alloc(64);
  /**
   * The verifier's path for a line where everything holds: its hash, its
   * link, its seq, its date and its place, read at chain depth with nothing
   * but the checks in between. False, with nothing changed, at the first
   * thing that does not hold: line() then reads the line again and names
   * the problem.
   */
  sealedLine(bytes, lineStart, lineEnd, where, month, segment, sink, hashed) {
    const expectPrev = this.expectPrev;
    if (expectPrev === void 0 || hashed === false) return false;
    const hash = hashed === true ? bytes.toString("latin1", lineEnd - 66, lineEnd - 2) : hashBytes(bytes, lineStart, lineEnd);
    if (hashed !== true && !storedHashIs(bytes, lineEnd - 66, hash)) return false;
    const s = this.scan(bytes, lineStart, lineEnd, hash);
    if (s === void 0 || !s.linked || s.seq !== this.expectSeq) return false;
    if (s.slim && this.tracker.intentOf(s.request) === void 0) return false;
    if (this.mayFault(s)) return false;
    const atMs = s.atMs;
    if (!(atMs >= this.lastAt)) return false;
    const isCheckpoint = s.type === "checkpoint";
    if (month !== void 0) {
      if (isCheckpoint || !s.at.startsWith(month)) return false;
    } else if (segment !== void 0) {
      if (where.line === 1 && s.seq !== segment) return false;
      if ((where.line === 1 && segment !== 0) !== isCheckpoint) return false;
    }
    let text;
    let event;
    if (sink !== void 0 && !isCheckpoint) {
      text = bytes.toString("utf8", lineStart, lineEnd);
      const decoded = decodeSealedEvent(text, { intentFor: (request) => this.intents.intentOf(request) });
      if (!decoded.ok || decoded.kind !== "event") return false;
      event = decoded.event;
    }
    const seq = s.seq;
    if (this.options.anchor !== void 0 && seq === this.options.anchor.seq && hash === this.options.anchor.hash) this.anchorFound = true;
    if (isCheckpoint) this.checkpoint(scannedCheckpoint(s, expectPrev, hash), where);
    else {
      this.count += 1;
      if (event?.type === "intent" && text !== void 0) this.intents.parsed(event.request, text, event);
      this.tracker.add(s, s.type !== "intent" ? "" : text ?? this.intents.hold(s.request, bytes, lineStart, lineEnd));
      if (this.count % 5e4 === 0 && this.lastCheckpoint === void 0) this.tracker.sweep(this.keepIds);
      if (event !== void 0 && text !== void 0) sink?.(event, { file: where.file, line: where.line }, text);
    }
    this.expectSeq = seq + 1;
    this.tipSeq = seq;
    this.tipHash = hash;
    this.expectPrev = hash;
    this.prevBytes = bytes;
    this.prevAt = lineEnd - 66;
    this.lastAtText = void 0;
    this.lastAt = atMs;
    return true;
  }
  /** The chain-depth reading of a line whose hash matched, its link compared with the expected one in place. */
  scan(bytes, lineStart, lineEnd, hash) {
    const expectPrev = this.expectPrev;
    if (expectPrev === void 0) return scanLine(bytes, lineStart, lineEnd, hash);
    if (this.prevBytes === bytes && this.prevAt >= 0) return scanLine(bytes, lineStart, lineEnd, hash, bytes, this.prevAt);
    this.prevCopy.write(expectPrev, 0, "latin1");
    return scanLine(bytes, lineStart, lineEnd, hash, this.prevCopy, 0);
  }
  line(bytes, lineStart, lineEnd, where, month, segment, sink) {
    let scanned;
    let hidden = false;
    let hash = "";
    if (this.options.depth === "chain" && sink === void 0 && this.options.events !== true || this.options.window === true) {
      hash = hashBytes(bytes, lineStart, lineEnd);
      if (storedHashIs(bytes, lineEnd - 66, hash)) scanned = this.scan(bytes, lineStart, lineEnd, hash);
      if (scanned !== void 0 && this.options.depth !== "chain") {
        if (!(scanned.slim && this.tracker.intentOf(scanned.request) === void 0)) scanned = void 0;
        else hidden = true;
      }
      if (scanned !== void 0 && !hidden && scanned.slim && this.tracker.intentOf(scanned.request) === void 0) scanned = void 0;
      if (scanned !== void 0 && !hidden && this.mayFault(scanned)) scanned = void 0;
    }
    let facts;
    let record;
    let event;
    let at;
    let seq;
    let prev;
    let line;
    if (scanned !== void 0) {
      ({ at, seq } = scanned);
      prev = scanned.linked && this.expectPrev !== void 0 ? this.expectPrev : bytes.toString("latin1", scanned.prevAt, scanned.prevAt + 64);
      if (scanned.type === "checkpoint") record = scannedCheckpoint(scanned, prev, hash);
      else facts = scanned;
    } else {
      line = bytes.toString("utf8", lineStart, lineEnd);
      const decoded = decodeRecord(line, "read", { intentFor: (request) => this.intents.intentOf(request) });
      if (!decoded.ok) {
        this.report(ledgerDiagnostic(decoded.code, decoded.message, { ...where, ...decoded.pointer !== void 0 ? { pointer: decoded.pointer } : {} }));
        this.lost();
        return;
      }
      if (decoded.kind === "checkpoint") record = decoded.record;
      else {
        event = decoded.event;
        facts = factsOf(event);
        const recordsHeld = this.options.recordsHeld;
        if (recordsHeld !== void 0 && (event.type === "intent" || event.type === "granted")) {
          for (const p of checkRecorded(event, where, event.type === "granted" ? this.intents.intentOf(event.request) : void 0, recordsHeld)) this.report(p);
        }
        if (facts.type === "intent") this.intents.parsed(facts.request, line, event);
      }
      ({ at, seq, prev, hash } = decoded.kind === "checkpoint" ? decoded.record : decoded.event);
    }
    this.link(where, seq, prev, at, month, segment, record !== void 0);
    if (this.options.anchor !== void 0 && seq === this.options.anchor.seq && hash === this.options.anchor.hash) this.anchorFound = true;
    if (record !== void 0) {
      this.checkpoint(record, where);
    } else if (facts !== void 0) {
      this.count += 1;
      if (!hidden) this.tracker.add(facts, facts.type === "intent" ? line ?? this.intents.hold(facts.request, bytes, lineStart, lineEnd) : "");
      if (this.count % 5e4 === 0 && this.lastCheckpoint === void 0) this.tracker.sweep(this.keepIds);
      if (event !== void 0) sink?.(event, { file: where.file, line: where.line }, line ?? bytes.toString("utf8", lineStart, lineEnd));
    }
    this.expectSeq = seq + 1;
    this.tipSeq = seq;
    this.tipHash = hash;
    this.expectPrev = hash;
    this.prevBytes = bytes;
    this.prevAt = lineEnd - 66;
    if (at !== this.lastAtText) {
      this.lastAtText = at;
      this.lastAt = instantMs(at) ?? Number.NaN;
    }
  }
  /**
   * A scanned intent or granted line that consistency.ts could fault, so
   * the reference reader must decode it: one with a part marked already
   * held (the scan saw it open a grant), or a whole granted after its
   * request's intent.
   */
  mayFault(s) {
    if (this.options.recordsHeld === void 0 || s.type !== "intent" && s.type !== "granted") return false;
    if (s.type === "granted" && s.slim) return false;
    if (s.type === "granted" && this.tracker.intentOf(s.request) !== void 0) return true;
    return s.heldMarked;
  }
  /** The link to the record before, and where this record may stand. */
  link(where, seq, prev, at, month, segment, isCheckpoint) {
    if (segment !== void 0 && where.line === 1 && seq !== segment) {
      this.report(ledgerDiagnostic("E_LEDGER_SEGMENT_NAME", `the segment is named for seq ${segment} but opens with seq ${seq}`, where));
    }
    if (this.expectSeq !== void 0 && seq !== this.expectSeq) {
      this.report(ledgerDiagnostic("E_LEDGER_SEQ_GAP", `the record has seq ${seq} where ${this.expectSeq} was expected`, where));
    }
    if (this.expectPrev !== void 0 && prev !== this.expectPrev) {
      this.report(ledgerDiagnostic("E_LEDGER_PREV_MISMATCH", "the record does not link to the hash of the record before it", where));
    }
    if (month !== void 0) {
      if (isCheckpoint)
        this.report(ledgerDiagnostic("E_LEDGER_CHECKPOINT_MISSING", "a checkpoint record stands in a month file; only a segment opens with one", where));
      else if (!at.startsWith(month)) this.report(ledgerDiagnostic("E_LEDGER_FILE_MONTH", "the event is dated outside the month its file is named for", where));
    } else if (segment !== void 0) {
      const opening = where.line === 1 && segment !== 0;
      if (opening && !isCheckpoint) this.report(ledgerDiagnostic("E_LEDGER_CHECKPOINT_MISSING", "the segment does not open with a checkpoint record", where));
      if (!opening && isCheckpoint)
        this.report(ledgerDiagnostic("E_LEDGER_CHECKPOINT_MISSING", "a checkpoint record stands inside a segment; only its first line may be one", where));
    }
    const atMs = at === this.lastAtText ? this.lastAt : instantMs(at) ?? Number.NaN;
    if (atMs < this.lastAt) this.report(ledgerDiagnostic("E_LEDGER_TIME_ORDER", "the record is dated before the record preceding it", where));
  }
  /** A checkpoint record read from genesis must equal the fold so far (the runs trust it instead of the history). */
  checkpoint(record, where) {
    this.lastCheckpoint = { record, file: where.file };
    if (this.options.start !== void 0 && this.options.start !== "genesis") return;
    const { count, hashes } = this.tracker.open(this.keepIds);
    if (count !== record.open_events || sha256Hex(hashes) !== record.open) {
      this.report(
        ledgerDiagnostic(
          "E_LEDGER_CHECKPOINT_MISMATCH",
          `the checkpoint commits to ${record.open_events} open event(s) that are not the ${count} a fresh fold of the chain finds open`,
          where
        )
      );
    }
    if (this.checkpointFile !== void 0) this.pendingFileCheck = { record, where: { file: where.file, line: where.line }, openHashes: hashes };
  }
  pendingFileCheck;
  /** Results: ok, the first break, the tip. */
  finish() {
    this.fileCheck();
    if (this.options.anchor !== void 0 && this.options.anchor.seq >= 0 && !this.anchorFound) {
      this.report(
        ledgerDiagnostic(
          "E_LEDGER_TRUNCATED",
          `the ledger no longer holds event seq ${this.options.anchor.seq} seen before`,
          this.lastFile === void 0 ? {} : { file: this.lastFile }
        )
      );
    }
    const first = this.problems[0];
    return {
      ok: first === void 0,
      tip: this.tip,
      problems: this.problems,
      moreProblems: this.moreProblems,
      ...first === void 0 ? {} : { firstBroken: { file: first.file ?? LEDGER_DIR, line: first.line ?? 0, code: first.code, message: first.message } }
    };
  }
  /**
   * audit/checkpoint.jsonl must be the events the newest checkpoint record
   * commits to: its open part what the fold found open there, its kept part
   * the whole current state of each request it names, each line the chain's
   * own (same sequence number, same hash).
   */
  fileCheck() {
    const file = this.checkpointFile;
    if (file === void 0) return;
    const pending = this.pendingFileCheck;
    const newest = this.lastCheckpoint;
    const where = { file: `${LEDGER_DIR}/checkpoint.jsonl`, line: 0 };
    if (pending === void 0 || newest === void 0 || pending.record !== newest.record) {
      this.report(
        ledgerDiagnostic("E_LEDGER_CHECKPOINT_MISSING", "audit/checkpoint.jsonl is there but the newest segment does not open with a checkpoint record", where)
      );
      return;
    }
    const problem = fileAgainstRecord(file, pending.record, pending.openHashes, (ids) => this.tracker.keptEntries(ids));
    if (problem !== void 0) this.report(problem);
  }
};

// src/ledger/chain.ts
var ChainWriter = class {
  at;
  atMs;
  current;
  constructor(tip, clock) {
    const atMs = Math.max(clock.now(), tip.at);
    if (!isFiniteInstant(atMs)) throw new RangeError("the clock returned a non-finite instant");
    this.at = formatInstant(atMs);
    this.atMs = atMs;
    this.current = tip;
  }
  get tip() {
    return this.current;
  }
  event(draft, options = {}) {
    const seq = this.current.seq + 1;
    const stored = slimDraft(draft, options.intentFor?.(draft.request));
    let line;
    let hash;
    try {
      ({ line, hash } = encodeLine({ ...stored, v: EVENT_VERSION, seq, at: this.at, prev: this.current.hash }));
    } catch (error) {
      const what = error instanceof Error ? error.message : "cannot be serialised";
      throw new LedgerError([ledgerDiagnostic("E_LEDGER_DRAFT_INVALID", `the ${draft.type} event for request ${safeId(draft.request)}: ${what}`)]);
    }
    const decoded = decodeLine(line, "write", { intentFor: (request) => request === draft.request ? options.intentFor?.(request) : void 0 });
    if (!decoded.ok) {
      throw new LedgerError([
        ledgerDiagnostic(
          "E_LEDGER_DRAFT_INVALID",
          `the ${draft.type} event for request ${safeId(draft.request)}: ${decoded.message}`,
          decoded.pointer === void 0 ? {} : { pointer: decoded.pointer }
        )
      ]);
    }
    this.current = { seq, hash, at: this.atMs };
    return { event: decoded.event, line, path: ledgerPath(this.at) };
  }
  checkpoint(part) {
    const seq = this.current.seq + 1;
    const unsealed = { at: this.at, seq, prev: this.current.hash, ...part };
    const { line, hash } = encodeCheckpoint(unsealed);
    this.current = { seq, hash, at: this.atMs };
    return { record: { ...unsealed, v: 2, type: "checkpoint", hash }, line };
  }
};
function safeId(id) {
  return typeof id === "string" && /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/.test(id) ? id : "(invalid id)";
}

// src/ledger/segment-writer.ts
var SegmentWriter = class {
  /**
   * `tracker` holds the open requests (the view); `newest` the segment to
   * append to, if it is still open.
   */
  constructor(tracker, tip, newest, target = SEGMENT_TARGET_BYTES) {
    this.tracker = tracker;
    this.target = target;
    this.tip = tip;
    this.current = newest !== void 0 && newest.bytes < target ? { ...newest } : void 0;
  }
  tracker;
  target;
  current;
  tip;
  /** One commit's drafts, at one instant. `present` lists the request files on the branch (asked only when a segment opens). */
  async batch(drafts, clock, present) {
    const writer = new ChainWriter(this.tip, clock);
    const lines = /* @__PURE__ */ new Map();
    const opened = [];
    const sealed = [];
    let checkpoint;
    const intentFor = (request) => {
      const held = this.tracker.intentOf(request);
      return held?.event.type === "intent" ? held.event : void 0;
    };
    for (const draft of drafts) {
      if (this.current === void 0 || this.current.bytes >= this.target) {
        const firstSeq = writer.tip.seq + 1;
        const path2 = segmentPath(firstSeq);
        opened.push(path2);
        this.current = { path: path2, bytes: 0 };
        lines.set(path2, []);
        if (firstSeq > 0) {
          const ids = await present();
          const openPart = this.tracker.openEntries();
          const keptPart = this.tracker.keptEntries(ids);
          const { line } = writer.checkpoint({
            open: partDigest(openPart.map((e) => e.hash)),
            open_events: openPart.length,
            kept: partDigest(keptPart.map((e) => e.hash)),
            kept_events: keptPart.length
          });
          checkpoint = checkpointFileText(openPart.map(lineOf), keptPart.map(lineOf));
          lines.get(path2)?.push(line);
          this.current.bytes = Buffer.byteLength(line) + 1;
          this.tracker.sweep(ids);
        }
      }
      const s = writer.event(draft, { intentFor });
      this.tracker.add(factsOf(s.event), { event: s.event, line: s.line });
      const list = lines.get(this.current.path) ?? [];
      list.push(s.line);
      lines.set(this.current.path, list);
      this.current.bytes += Buffer.byteLength(s.line) + 1;
      sealed.push(s);
    }
    this.tip = writer.tip;
    return { sealed, lines, opened, ...checkpoint !== void 0 ? { checkpoint } : {} };
  }
};
async function planWrite(store, commitSha, read, drafts, clock, segmentBytes = SEGMENT_TARGET_BYTES) {
  const tracker = new OpenTracker();
  for (const h of read.held) tracker.add(factsOf(h.event), h);
  const writer = new SegmentWriter(tracker, read.chain.tip, read.segment, segmentBytes);
  const batch = await writer.batch(drafts, clock, () => requestIds(store, commitSha));
  const base = read.segment?.path;
  const files = [...batch.lines].map(([path2, added]) => ({
    path: path2,
    content: `${path2 === base ? read.segment?.text ?? "" : ""}${added.join("\n")}
`
  }));
  if (batch.checkpoint !== void 0) files.push({ path: CHECKPOINT_PATH, content: batch.checkpoint });
  return { files, sealed: batch.sealed, opened: batch.opened };
}
var lineOf = (e) => e.payload.line;
async function requestIds(store, commitSha) {
  const ids = /* @__PURE__ */ new Set();
  for (const e of await store.listDir(commitSha, REQUESTS_DIR) ?? []) {
    const role = classifyPath(`${REQUESTS_DIR}/${e.name}`);
    if (role.role === "request") ids.add(role.id);
  }
  return ids;
}

// src/ledger/store.ts
var MAX_LEDGER_FILE_BYTES = 64 * 1024 * 1024;

// src/ledger/view.ts
async function readLedger(store, commitSha, options = {}) {
  const problems = [];
  const entries = await store.listDir(commitSha, LEDGER_DIR);
  if (entries === void 0) return result(problems, [], [], EMPTY_TIP, void 0, 0, options.anchor);
  const months = [];
  let segments;
  let checkpoint;
  for (const e of entries) {
    const path2 = `${LEDGER_DIR}/${e.name}`;
    const want = MONTH_FILE_NAME.test(e.name) || e.name === CHECKPOINT_NAME ? "file" : e.name === SEGMENTS_NAME ? "directory" : void 0;
    if (want === void 0) problems.push(ledgerDiagnostic("E_LEDGER_FILE_NAME", "is not a ledger file name (docs/ledger.md)", { file: path2 }));
    else if (e.kind !== want)
      problems.push(ledgerDiagnostic("E_LEDGER_FILE_TYPE", `is not a ${want === "file" ? "regular file" : "directory"}`, { file: path2 }));
    else if (e.name === SEGMENTS_NAME) segments = e;
    else if (e.name === CHECKPOINT_NAME) checkpoint = e;
    else months.push(e);
  }
  if (segments === void 0) return firstLayout(store, months, checkpoint, problems, options.anchor);
  const listing = await segmentListing(store, commitSha, problems);
  const newest = listing.newest;
  if (newest === void 0) {
    problems.push(ledgerDiagnostic("E_LEDGER_FILE_NAME", "holds no segment", { file: SEGMENTS_DIR }));
    return result(problems, [], [], EMPTY_TIP, void 0, 0, options.anchor);
  }
  let filesRead = 0;
  const text = await readText(store, newest.entry, newest.path, problems);
  filesRead += 1;
  if (text === void 0) return result(problems, [], [], EMPTY_TIP, void 0, filesRead, options.anchor);
  const segment = { path: newest.path, firstSeq: newest.seq, text, bytes: Buffer.byteLength(text) };
  if (newest.seq === 0) {
    if (checkpoint !== void 0)
      problems.push(
        ledgerDiagnostic("E_LEDGER_CHECKPOINT_MISSING", "audit/checkpoint.jsonl is there but the newest segment opens the ledger", { file: CHECKPOINT_PATH })
      );
    const reader2 = new ChainReader({ events: true, ...options.anchor !== void 0 ? { anchor: options.anchor } : {} });
    const held2 = [];
    reader2.file(newest.path, { bytes: Buffer.from(text, "utf8") }, (event, _where, line) => held2.push({ event, line }));
    return finish(reader2, problems, held2, [], segment, filesRead);
  }
  const first = decodeRecord(text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n")));
  if (!first.ok || first.kind !== "checkpoint") {
    problems.push(ledgerDiagnostic("E_LEDGER_CHECKPOINT_MISSING", "the newest segment does not open with a checkpoint record", { file: newest.path, line: 1 }));
    return result(problems, [], [], EMPTY_TIP, segment, filesRead, options.anchor);
  }
  const record = first.record;
  let seeded = [];
  if (checkpoint === void 0) {
    if (record.open_events + record.kept_events > 0)
      problems.push(ledgerDiagnostic("E_LEDGER_CHECKPOINT_MISSING", "audit/checkpoint.jsonl is missing", { file: CHECKPOINT_PATH }));
  } else {
    const cpText = await readText(store, checkpoint, CHECKPOINT_PATH, problems);
    filesRead += 1;
    const parsed = readCheckpointFile(cpText ?? "");
    const decoded = parsed.problem === void 0 ? checkpointEvents(record, parsed.lines) : { events: [], problem: parsed.problem };
    if (decoded.problem !== void 0) problems.push(decoded.problem);
    seeded = decoded.events;
  }
  const anchor = options.anchor;
  let window = [];
  let start = "unanchored";
  let anchorInNewest = anchor;
  if (anchor !== void 0 && anchor.seq >= 0 && anchor.seq < newest.seq) {
    anchorInNewest = void 0;
    const older = await olderSegments(store, commitSha, listing, anchor.seq, problems);
    const reader2 = new ChainReader({ start: "unanchored", window: true, events: true, anchor });
    for (const o of older) {
      const t = await readText(store, o.entry, o.path, problems);
      filesRead += 1;
      if (t === void 0) reader2.lost();
      else reader2.file(o.path, { bytes: Buffer.from(t, "utf8") }, (event) => window.push(event));
    }
    const verdict = reader2.finish();
    problems.push(...verdict.problems);
    if (verdict.tip.seq >= 0) start = { seq: verdict.tip.seq + 1, prev: verdict.tip.hash };
    window = window.filter((e) => e.type === "revoked" || e.type === "drift_found");
  }
  const reader = new ChainReader({ start, events: true, ...anchorInNewest !== void 0 ? { anchor: anchorInNewest } : {} });
  reader.seed(seeded);
  const held = [...seeded];
  reader.file(newest.path, { bytes: Buffer.from(text, "utf8") }, (event, _where, line) => held.push({ event, line }));
  return finish(reader, problems, held, window, segment, filesRead);
}
async function* ledgerFilesFrom(store, commitSha, seq, problems) {
  const entries = await store.listDir(commitSha, LEDGER_DIR) ?? [];
  if (seq === void 0) {
    const months = entries.filter((e) => MONTH_FILE_NAME.test(e.name)).sort((a, b) => a.name < b.name ? -1 : 1);
    for (const m of months) {
      const path2 = `${LEDGER_DIR}/${m.name}`;
      yield { path: path2, text: m.kind === "file" ? await readText(store, m, path2, problems) : void 0 };
    }
  }
  if (!entries.some((e) => e.name === SEGMENTS_NAME && e.kind === "directory")) return;
  const listing = await segmentListing(store, commitSha, problems);
  const newest = listing.newest;
  if (newest === void 0) return;
  const from = seq ?? 0;
  const files = newest.seq <= from ? [newest] : [...await olderSegments(store, commitSha, listing, from, problems), newest];
  for (const f of files) yield { path: f.path, text: await readText(store, f.entry, f.path, problems) };
}
async function segmentListing(store, commitSha, problems) {
  const dirs = (await store.listDir(commitSha, SEGMENTS_DIR) ?? []).filter((d) => {
    if (d.kind === "directory" && SEGMENT_DIR_NAME.test(d.name)) return true;
    problems.push(ledgerDiagnostic("E_LEDGER_FILE_NAME", "is not a segment directory (seven digits)", { file: `${SEGMENTS_DIR}/${d.name}` }));
    return false;
  });
  dirs.sort((a, b) => a.name < b.name ? -1 : 1);
  const last = dirs[dirs.length - 1];
  const files = last === void 0 ? [] : await segmentFiles(store, commitSha, last.name, problems);
  return { dirs, files, ...files.length > 0 ? { newest: files[files.length - 1] } : {} };
}
async function segmentFiles(store, commitSha, dir, problems) {
  const out2 = [];
  for (const e of await store.listDir(commitSha, `${SEGMENTS_DIR}/${dir}`) ?? []) {
    const path2 = `${SEGMENTS_DIR}/${dir}/${e.name}`;
    const m = SEGMENT_FILE_NAME.exec(e.name);
    const seq = m === null ? void 0 : Number(m[1]);
    if (seq === void 0 || e.kind !== "file" || segmentPath(seq) !== path2) {
      problems.push(
        ledgerDiagnostic(
          seq === void 0 ? "E_LEDGER_FILE_NAME" : e.kind !== "file" ? "E_LEDGER_FILE_TYPE" : "E_LEDGER_SEGMENT_NAME",
          "is not a segment of this directory",
          { file: path2 }
        )
      );
      continue;
    }
    out2.push({ seq, path: path2, entry: e });
  }
  return out2.sort((a, b) => a.seq - b.seq);
}
async function olderSegments(store, commitSha, listing, seq, problems) {
  const out2 = [];
  let files = listing.files.slice(0, -1);
  for (let d = listing.dirs.length - 1; d >= 0; d -= 1) {
    for (let i = files.length - 1; i >= 0; i -= 1) {
      const f = files[i];
      if (f === void 0) continue;
      out2.unshift(f);
      if (f.seq <= seq) return out2;
    }
    const dir = listing.dirs[d - 1];
    if (dir === void 0) break;
    files = await segmentFiles(store, commitSha, dir.name, problems);
  }
  return out2;
}
async function readText(store, entry, path2, problems) {
  if (entry.size !== void 0 && entry.size > MAX_LEDGER_FILE_BYTES) {
    problems.push(ledgerDiagnostic("E_LEDGER_FILE_TOO_LARGE", `the file is ${entry.size} bytes; the limit is ${MAX_LEDGER_FILE_BYTES}`, { file: path2 }));
    return void 0;
  }
  try {
    return await store.readBlob(entry.sha);
  } catch (error) {
    if (error instanceof TypeError) {
      problems.push(ledgerDiagnostic("E_LEDGER_FILE_ENCODING", "the file is not valid UTF-8", { file: path2 }));
      return void 0;
    }
    throw error;
  }
}
async function firstLayout(store, months, checkpoint, problems, anchor) {
  if (checkpoint !== void 0)
    problems.push(ledgerDiagnostic("E_LEDGER_CHECKPOINT_MISSING", "audit/checkpoint.jsonl is there but no segment is", { file: CHECKPOINT_PATH }));
  const reader = new ChainReader({ events: true, ...anchor !== void 0 ? { anchor } : {} });
  const held = [];
  months.sort((a, b) => a.name < b.name ? -1 : 1);
  for (const m of months) {
    const path2 = `${LEDGER_DIR}/${m.name}`;
    const text = await readText(store, m, path2, problems);
    if (text === void 0) reader.lost();
    else reader.file(path2, { bytes: Buffer.from(text, "utf8") }, (event, _where, line) => held.push({ event, line }));
  }
  return finish(reader, problems, held, [], void 0, months.length);
}
function finish(reader, problems, held, window, segment, filesRead) {
  const verdict = reader.finish();
  const all = [...problems, ...verdict.problems];
  const events = merge(
    held.map((h) => h.event),
    window
  );
  const first = all[0];
  return {
    chain: {
      ok: first === void 0,
      tip: verdict.tip,
      events,
      problems: all,
      moreProblems: verdict.moreProblems,
      ...first === void 0 ? {} : { firstBroken: { file: first.file ?? LEDGER_DIR, line: first.line ?? 0, code: first.code, message: first.message } }
    },
    held,
    ...segment !== void 0 ? { segment } : {},
    filesRead
  };
}
function result(problems, held, window, tip, segment, filesRead, anchor) {
  const reader = new ChainReader({ start: "unanchored", ...anchor !== void 0 ? { anchor } : {} });
  const read = finish(reader, problems, held, window, segment, filesRead);
  return tip === EMPTY_TIP ? read : { ...read, chain: { ...read.chain, tip } };
}
function merge(a, b) {
  if (b.length === 0) return [...a];
  const bySeq = /* @__PURE__ */ new Map();
  for (const e of [...a, ...b]) bySeq.set(e.seq, e);
  return [...bySeq.values()].sort((x, y) => x.seq - y.seq);
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
    const { chain, read } = await readChain(deps.store, head.commitSha, anchor);
    if (!chain.ok) throw new LedgerError(nonEmpty(chain.problems));
    const view = { commitSha: head.commitSha, events: chain.events, tip: chain.tip };
    const prepared = typeof options.changes === "function" ? await options.changes(view) : options.changes;
    const extra = await extraChanges(deps.store, head.commitSha, prepared.extraChanges ?? []);
    if (prepared.drafts.length === 0 && extra.length === 0) return { commitSha: head.commitSha, events: [], attempts: attempt };
    const plan2 = prepared.drafts.length === 0 ? { files: [], sealed: [] } : await planWrite(deps.store, head.commitSha, read, prepared.drafts, deps.clock, options.segmentBytes);
    const events = plan2.sealed.map((s) => s.event);
    const files = [...plan2.files, ...extra];
    const message = typeof options.message === "function" ? options.message(events) : options.message;
    const commitSha = await deps.store.writeCommit({ parentSha: head.commitSha, baseTreeSha: head.treeSha, files, message });
    if (await deps.store.fastForward(options.branch, commitSha) === "ok") return { commitSha, events, attempts: attempt };
    anchor = chain.tip.seq >= 0 ? chain.tip : anchor;
    if (attempt < maxAttempts) await deps.sleep(Math.floor(deps.random() * Math.min(cap, base * 2 ** (attempt - 1))));
  }
  throw new LedgerError([ledgerDiagnostic("E_LEDGER_COMMIT_CONFLICT", `the branch moved on each of ${maxAttempts} attempts to commit the ledger`)]);
}
async function readChain(store, commitSha, anchor) {
  const read = await readLedger(store, commitSha, anchor === void 0 ? {} : { anchor });
  return { chain: read.chain, read };
}
var SAFE_PATH = /^(?!\.{1,2}(?:\/|$))(?!.*\/\.{1,2}(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
async function extraChanges(store, commitSha, changes) {
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  const listings = /* @__PURE__ */ new Map();
  const present = async (path2) => {
    const slash = path2.lastIndexOf("/");
    const dir = slash === -1 ? "" : path2.slice(0, slash);
    let names = listings.get(dir);
    if (names === void 0) {
      names = store.listDir(commitSha, dir).then((entries) => new Set((entries ?? []).filter((e) => e.kind === "file").map((e) => e.name)));
      listings.set(dir, names);
    }
    return (await names).has(path2.slice(slash + 1));
  };
  for (const change of changes) {
    if (!SAFE_PATH.test(change.path) || change.path.startsWith(`${LEDGER_DIR}/`) || seen.has(change.path)) {
      throw new Error(`refusing a ledger commit change to an unsafe, ledger or duplicate path: ${JSON.stringify(change.path)}`);
    }
    seen.add(change.path);
    if (change.content === null && !await present(change.path)) continue;
    out2.push(change);
  }
  return out2;
}
function nonEmpty(problems) {
  const [first, ...rest] = problems;
  return [first ?? ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the ledger could not be read"), ...rest];
}

// src/ledger/verify-dir.ts
import { isUtf8 } from "node:buffer";
import { closeSync, fstatSync, lstatSync, openSync, readSync, readdirSync } from "node:fs";
import { lstat } from "node:fs/promises";
import path from "node:path";

// src/ledger/read-thread.ts
import { Worker } from "node:worker_threads";
var ReadThread = class {
  worker;
  waiting = /* @__PURE__ */ new Map();
  failed;
  nextId = 0;
  /** `cap`: the largest file read; `keep`: the largest buffer left in a slot for the next file of its turn. */
  constructor(cap, keep) {
    this.worker = new Worker(SOURCE, { eval: true, workerData: { trailer: HASH_TRAILER_LENGTH, cap, keep } });
    this.worker.unref();
    this.worker.on("message", (m) => this.answer(m));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`the ledger read thread stopped (exit code ${code})`)));
  }
  /** The file at `full`, read into `slot` (or memory of its own, left in the slot if small enough to keep). */
  read(full, slot) {
    if (this.failed !== void 0) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { slot, resolve, reject });
      this.worker.postMessage({ id, full, buffer: slot.buffer });
    });
  }
  answer(m) {
    const w = this.waiting.get(m.id);
    if (w === void 0) return;
    this.waiting.delete(m.id);
    if (m.kept === true && m.buffer !== void 0) w.slot.buffer = m.buffer;
    if (m.error !== void 0) w.resolve({ error: Object.assign(new Error(m.error.message), m.error.code !== void 0 ? { code: m.error.code } : {}) });
    else if (m.tooLarge !== void 0) w.resolve({ tooLarge: m.tooLarge });
    else if (m.grew === true) w.resolve({ grew: true });
    else if (m.buffer !== void 0 && m.length !== void 0 && m.sealed !== void 0)
      w.resolve({ bytes: Buffer.from(m.buffer, 0, m.length), utf8: m.utf8 === true, sealed: m.sealed });
    else w.reject(new Error("the ledger read thread answered without the file"));
  }
  fail(error) {
    this.failed ??= error;
    for (const w of this.waiting.values()) w.reject(this.failed);
    this.waiting.clear();
  }
  async close() {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }
};
var SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, fstatSync, openSync, readSync } = require('node:fs');
const { isUtf8 } = require('node:buffer');
const { hash } = require('node:crypto');
const { trailer: TRAILER, cap: CAP, keep: KEEP } = workerData;

function seals(buffer, length) {
  const bytes = Buffer.from(buffer, 0, length);
  // No more lines than bytes: one flag each, the rest left 0.
  const sealed = new Uint8Array(length);
  let start = 0;
  for (let i = 0; start < length; i += 1) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = length;
    const at = end - TRAILER;
    if (at > start && bytes[at] === 0x2c) {
      bytes[at] = 0x7d;
      const digest = hash('sha256', new Uint8Array(buffer, start, at + 1 - start), 'hex');
      bytes[at] = 0x2c;
      if (bytes.toString('latin1', end - 66, end - 2) === digest) sealed[i] = 1;
    }
    start = end + 1;
  }
  return sealed;
}

function read(full, given) {
  const fd = openSync(full, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > CAP) return { tooLarge: size };
    const need = Math.min(size + 1, CAP + 1);
    let buffer = given;
    let kept = false;
    if (buffer === undefined || buffer.byteLength < need) {
      // Room to spare, as segments vary in size; only segment-sized memory is kept for the next files.
      kept = need <= KEEP;
      buffer = new SharedArrayBuffer(kept ? need + (need >> 2) : need);
    }
    const view = new Uint8Array(buffer, 0, need);
    let length = 0;
    for (;;) {
      if (length === need) return { grew: true, buffer, kept };
      const want = need - length;
      const got = readSync(fd, view, length, want, null);
      length += got;
      // A regular file's short read is its end: no second call to learn so.
      if (got === 0 || got < want) break;
    }
    const utf8 = isUtf8(new Uint8Array(buffer, 0, length));
    return { buffer, kept, length, utf8, sealed: seals(buffer, length) };
  } finally {
    closeSync(fd);
  }
}

parentPort.on('message', ({ id, full, buffer }) => {
  let reply;
  try {
    reply = { id, ...read(full, buffer) };
  } catch (error) {
    reply = { id, error: { message: String(error && error.message), code: error && error.code } };
  }
  parentPort.postMessage(reply, reply.sealed ? [reply.sealed.buffer] : []);
});
`;

// src/ledger/verify-dir.ts
async function streamLedgerDir(root, onEvent, options = {}) {
  const depth = options.depth ?? "chain";
  const reader = new ChainReader({
    depth,
    ...options.anchor !== void 0 ? { anchor: options.anchor } : {},
    ...options.recordsHeld !== void 0 ? { recordsHeld: options.recordsHeld } : {}
  });
  const planned = plan(root, reader, options.tail === void 0);
  const files = options.tail === void 0 ? planned.files : planned.files.filter((f) => f !== planned.newestSegment);
  let bytes = 0;
  let done = 0;
  let last = performance.now();
  const batch = [];
  const sink = onEvent === void 0 ? void 0 : options.direct === true ? (event, where) => {
    if (onEvent(event, where) instanceof Promise) throw new TypeError("a direct consumer of ledger events must be synchronous");
  } : (event, where) => void batch.push({ event, where });
  const ring = Array.from({ length: HELD_FILES + 2 }, () => ({}));
  const large = [{}, {}];
  const segmentFiles2 = files.filter((f) => f.segment === true).length;
  const thread = options.readThread ?? segmentFiles2 >= READ_THREAD_FILES ? new ReadThread(MAX_LEDGER_FILE_BYTES, REUSED_BUFFER_MAX) : void 0;
  const readAt = (i) => {
    const f = files[i];
    if (f === void 0) return void 0;
    if (f.notRegular === true) return {};
    const slot = ring[i % ring.length];
    if (thread === void 0 || slot === void 0 || f.segment !== true) return { read: readCapped(f, slot, large[i % 2]) };
    const threaded = thread.read(f.full, slot);
    threaded.catch(() => void 0);
    return { threaded };
  };
  try {
    let next = readAt(0);
    for (let i = 0; i < files.length; i += 1) {
      const f = files[i];
      const current = next;
      await ring[(i + 1) % ring.length]?.released;
      await large[(i + 1) % 2]?.released;
      next = readAt(i + 1);
      done += 1;
      const got = current?.threaded === void 0 ? void 0 : await current.threaded;
      const result2 = got === void 0 ? current?.read : fromThread(got, f);
      if (result2 === void 0) {
        reader.report(ledgerDiagnostic("E_LEDGER_FILE_TYPE", "is not a regular file", { file: f.rel }));
        reader.lost();
        continue;
      }
      if ("error" in result2) throw result2.error;
      if ("problem" in result2) {
        reader.report(result2.problem);
        reader.lost();
        continue;
      }
      const buffer = result2.bytes;
      bytes += buffer.length;
      const sealed = got !== void 0 && "sealed" in got ? got.sealed : void 0;
      if (!(got !== void 0 && "utf8" in got ? got.utf8 : isUtf8(buffer))) {
        reader.report(ledgerDiagnostic("E_LEDGER_FILE_ENCODING", "the file is not valid UTF-8", { file: f.rel }));
        reader.lost();
        continue;
      }
      const inLarge = "inLarge" in result2;
      reader.file(f.rel, { bytes: buffer, ...sealed !== void 0 ? { sealed } : {}, ...inLarge ? { letGo: true } : {} }, sink);
      const holder = inLarge ? large[i % 2] : ring[i % ring.length];
      const handed = options.withBytes?.(f.rel, buffer);
      if (handed instanceof Promise && holder !== void 0) {
        holder.released = handed;
        await new Promise(setImmediate);
      }
      if (onEvent !== void 0) {
        for (const { event, where } of batch) await onEvent(event, where);
        batch.length = 0;
      }
      if (options.onProgress !== void 0 && performance.now() - last >= 1e3) {
        last = performance.now();
        options.onProgress({ files: done, totalFiles: files.length, records: reader.tip.seq + 1, bytes });
      }
    }
    await Promise.all([...ring, ...large].flatMap((r) => r.released === void 0 ? [] : [r.released]));
  } finally {
    await thread?.close();
  }
  let tailFiles = 0;
  if (options.tail !== void 0) {
    for await (const t of options.tail(planned.files.length === 0 ? void 0 : planned.newestSegmentSeq ?? 0)) {
      tailFiles += 1;
      if (t.text === void 0) {
        reader.lost();
        continue;
      }
      const buffer = Buffer.from(t.text, "utf8");
      bytes += buffer.length;
      reader.file(t.path, { bytes: buffer }, sink);
      await options.withBytes?.(t.path, buffer);
      if (onEvent !== void 0) {
        for (const { event, where } of batch) await onEvent(event, where);
        batch.length = 0;
      }
    }
  }
  return { ...reader.finish(), eventCount: reader.count, files: files.length + tailFiles, bytes };
}
async function requestLedgerDir(root, request) {
  const events = [];
  const verdict = await streamLedgerDir(root, (e) => void (e.request === request && events.push(e)), { direct: true });
  return { ...verdict, events };
}
async function readLedgerViewDir(root) {
  return readLedger(localLedgerStore(root), "worktree");
}
function plan(root, reader, checkpointFile) {
  const dir = path.join(root, LEDGER_DIR);
  const entries = listLocal(dir, LEDGER_DIR, reader);
  if (entries === void 0) return { files: [] };
  const months = [];
  const segments = [];
  for (const e of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
    const rel = `${LEDGER_DIR}/${e.name}`;
    const full = path.join(dir, e.name);
    if (MONTH_FILE_NAME.test(e.name)) months.push({ rel, full, ...e.kind === "file" ? {} : { notRegular: true } });
    else if (e.name === CHECKPOINT_NAME && e.kind === "file") {
      if (!checkpointFile) continue;
      const result2 = readCapped({ rel, full });
      if ("error" in result2) throw result2.error;
      if ("problem" in result2) {
        reader.report(result2.problem);
        continue;
      }
      const buffer = result2.bytes;
      const { lines, problem } = readCheckpointFile(isUtf8(buffer) ? buffer.toString("utf8") : "\uFFFD");
      if (problem !== void 0) reader.report(problem);
      reader.expectCheckpointFile(lines);
    } else if (e.name === SEGMENTS_NAME && e.kind === "directory") {
      for (const d of listLocal(full, SEGMENTS_DIR, reader) ?? []) {
        const drel = `${SEGMENTS_DIR}/${d.name}`;
        if (!SEGMENT_DIR_NAME.test(d.name) || d.kind !== "directory") {
          reader.report(ledgerDiagnostic("E_LEDGER_FILE_NAME", "is not a segment directory (seven digits)", { file: drel }));
          continue;
        }
        for (const s of listLocal(path.join(full, d.name), drel, reader) ?? []) {
          const srel = `${drel}/${s.name}`;
          const m = SEGMENT_FILE_NAME.exec(s.name);
          const seq = m === null ? void 0 : Number(m[1]);
          if (seq === void 0) {
            reader.report(ledgerDiagnostic("E_LEDGER_FILE_NAME", "is not a segment file name", { file: srel }));
          } else if (segmentPath(seq) !== srel) {
            reader.report(ledgerDiagnostic("E_LEDGER_SEGMENT_NAME", "the segment is in the directory of other sequence numbers", { file: srel }));
          } else {
            segments.push({
              seq,
              file: { rel: srel, full: path.join(full, d.name, s.name), segment: true, ...s.kind === "file" ? {} : { notRegular: true } }
            });
          }
        }
      }
    } else if (e.kind === "other") {
      reader.report(ledgerDiagnostic("E_LEDGER_FILE_TYPE", "is not a regular file", { file: rel }));
    } else {
      reader.report(ledgerDiagnostic("E_LEDGER_FILE_NAME", "is not a ledger file name (docs/ledger.md)", { file: rel }));
    }
  }
  segments.sort((a, b) => a.seq - b.seq);
  const newest = segments[segments.length - 1];
  return { files: [...months, ...segments.map((s) => s.file)], ...newest !== void 0 ? { newestSegment: newest.file, newestSegmentSeq: newest.seq } : {} };
}
function listLocal(dir, rel, reader) {
  let dirents;
  try {
    if (!lstatSync(dir).isDirectory()) {
      reader?.report(ledgerDiagnostic("E_LEDGER_FILE_TYPE", "is not a directory", { file: rel }));
      return void 0;
    }
    dirents = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  return dirents.map((d) => ({ name: d.name, kind: d.isFile() ? "file" : d.isDirectory() ? "directory" : "other", sha: `${rel}/${d.name}` }));
}
var READ_THREAD_FILES = 16;
var REUSED_BUFFER_MAX = 1024 * 1024;
function fromThread(got, f) {
  if ("error" in got) return { error: got.error };
  if ("tooLarge" in got) return { problem: tooLarge(f, got.tooLarge) };
  if ("grew" in got) return { problem: grew(f) };
  return { bytes: got.bytes };
}
var tooLarge = (f, size) => ledgerDiagnostic("E_LEDGER_FILE_TOO_LARGE", `the file is ${size} bytes; the limit is ${MAX_LEDGER_FILE_BYTES}`, { file: f.rel });
var grew = (f) => ledgerDiagnostic("E_LEDGER_FILE_TOO_LARGE", "the file grew while being read", { file: f.rel });
function readCapped(f, into, large) {
  let fd;
  try {
    fd = openSync(f.full, "r");
  } catch (error) {
    return { error };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_LEDGER_FILE_BYTES) return { problem: tooLarge(f, size) };
    const need = Math.min(size + 1, MAX_LEDGER_FILE_BYTES + 1);
    const slot = need <= REUSED_BUFFER_MAX ? into : large;
    let base = slot?.base;
    if (base === void 0 || base.length < need) {
      base = Buffer.allocUnsafeSlow(slot !== void 0 ? need + (need >> 2) : need);
      if (slot !== void 0) slot.base = base;
    }
    const buffer = base.subarray(0, need);
    for (let length = 0; ; ) {
      if (length === buffer.length) return { problem: grew(f) };
      const want = buffer.length - length;
      const got = readSync(fd, buffer, length, want, null);
      length += got;
      if (got === 0 || got < want) return { bytes: buffer.subarray(0, length), ...slot !== void 0 && slot === large ? { inLarge: true } : {} };
    }
  } catch (error) {
    return { error };
  } finally {
    closeSync(fd);
  }
}
function localLedgerStore(root) {
  return {
    readTip: () => Promise.reject(new Error("a checkout has no branch tip to commit on")),
    listDir: async (_commit, dir) => withSizes(root, listLocal(path.join(root, dir), dir === "" ? "." : dir)),
    async readBlob(rel) {
      const result2 = readCapped({ rel, full: path.join(root, rel) });
      if ("error" in result2) throw result2.error;
      if ("problem" in result2) throw new RangeError(`${rel} is too large`);
      return new TextDecoder("utf-8", { fatal: true }).decode(result2.bytes);
    },
    writeCommit: () => Promise.reject(new Error("a checkout is read, never written, through this store")),
    fastForward: () => Promise.reject(new Error("a checkout is read, never written, through this store"))
  };
}
async function withSizes(root, entries) {
  if (entries === void 0) return void 0;
  return Promise.all(entries.map(async (e) => e.kind === "file" ? { ...e, size: (await lstat(path.join(root, e.sha))).size } : e));
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
  const value2 = (0, import_ms.default)(text);
  if (typeof value2 !== "number" || !Number.isFinite(value2) || value2 <= 0) return void 0;
  return value2;
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
  const knownTargets = /* @__PURE__ */ new Set();
  for (const e of events) {
    let d = drafts.get(e.request);
    if (d === void 0) knownIds.add(e.request);
    switch (e.type) {
      case "intent":
      case "granted": {
        for (const g of e.grants) knownTargets.add(g.target);
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
        knownTargets.add(e.target);
        if (d?.grant === void 0 || d.status === "revoked") break;
        (d.failed ??= /* @__PURE__ */ new Set()).add(e.target);
        d.failures += 1;
        d.lastFailure = { target: e.target, reason: e.reason, at: e.at };
        d.status = "revoke_failed";
        break;
      case "revoked":
        for (const t of e.targets) knownTargets.add(t);
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
        knownTargets.add(e.target);
        break;
      case "alert":
        knownTargets.add(e.target);
        if (e.action === "revoke" && d?.grant !== void 0 && d.status !== "revoked") d.limitRevoke = true;
        break;
    }
  }
  const states = /* @__PURE__ */ new Map();
  for (const [id, d] of drafts) states.set(id, freeze(d));
  return { states, knownIds, knownTargets };
}
function isLive(state) {
  return (state.status === "active" || state.status === "revoke_failed" || state.status === "intended") && state.grant !== void 0;
}
function due(states, now) {
  if (!Number.isFinite(now)) throw new RangeError("due() needs a finite now");
  const out2 = [];
  for (const s of states.values()) {
    if (isLive(s) && !(s.expiresAt > now)) out2.push(s);
  }
  return out2.sort(byExpiry);
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
  const value2 = durationMs(text);
  if (DURATIONS.size < 1e4) DURATIONS.set(text, value2);
  return value2;
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
  const out2 = [];
  for (const s of live) {
    const pending = new Set(s.pending);
    out2.push({
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
  return out2;
}

// src/ledger/event-lines.ts
var FOLLOWED = /* @__PURE__ */ new Set(["intent", "granted", "revoked"]);
var EventLines = class {
  constructor(onEvent, takes) {
    this.onEvent = onEvent;
    this.takes = takes;
  }
  onEvent;
  takes;
  /** The requests whose intent a slim `granted` may take its body from: the live ones (tracker.ts's intentOf, for these events alone). */
  live = /* @__PURE__ */ new Map();
  fileOrder = /* @__PURE__ */ new Map();
  place = { file: "", line: 0 };
  /** The first MAX_PROBLEMS problems, as the chain reader keeps them; `moreProblems` counts the rest. */
  problems = [];
  moreProblems = 0;
  /** A file's bytes, or the next of its lines: a file may come in pieces that end at a line's end, one after the other. */
  file(path2, bytes) {
    const where = this.place;
    if (where.file !== path2) {
      if (this.fileOrder.has(path2)) throw new Error(`${path2} was handed over again after the files that follow it`);
      this.fileOrder.set(path2, this.fileOrder.size);
      where.file = path2;
      where.line = 0;
    }
    let start = 0;
    while (start < bytes.length) {
      let end = bytes.indexOf(10, start);
      if (end === -1) end = bytes.length;
      where.line += 1;
      if (end > start) this.read(bytes, start, end, where);
      start = end + 1;
    }
  }
  /**
   * Where a problem stands among the files read, to tell which of two comes
   * first in the chain; a file never handed over (audit/checkpoint.jsonl,
   * checked at the end, or one the verifier could not read) stands after
   * all.
   */
  position(problem) {
    const order = problem.file === void 0 ? void 0 : this.fileOrder.get(problem.file);
    return order === void 0 ? Number.POSITIVE_INFINITY : order * 2 ** 32 + (problem.line ?? 0);
  }
  /**
   * One line: never a checkpoint record; an event the consumer does not
   * take is not parsed, but for the intents, grants and revocations the
   * intents a slim `granted` takes its body from follow; a line whose tail
   * the scan cannot read is parsed.
   */
  read(bytes, start, end, where) {
    const type = tailType(bytes, start, end);
    if (type === "checkpoint") return;
    const hand = type === void 0 || this.takes === void 0 || this.takes(type, bytes, start, end);
    if (!hand && !FOLLOWED.has(type)) return;
    const event = this.decode(bytes.toString("utf8", start, end), where);
    if (event === void 0) return;
    this.follow(event);
    if (hand) this.onEvent(event, { file: where.file, line: where.line });
  }
  decode(text, where) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.report(ledgerDiagnostic("E_LEDGER_LINE_FORMAT", "the line is not valid JSON", where));
      return void 0;
    }
    if (typeof parsed === "object" && parsed !== null && parsed.type === "checkpoint") return void 0;
    const decoded = sealedEventOf(parsed, { intentFor: (request) => this.live.get(request)?.intent });
    if (decoded.ok && decoded.kind === "event") return decoded.event;
    if (decoded.ok) this.report(ledgerDiagnostic("E_LEDGER_EVENT_INVALID", "the line is not an event", where));
    else this.report(ledgerDiagnostic(decoded.code, decoded.message, { ...where, ...decoded.pointer !== void 0 ? { pointer: decoded.pointer } : {} }));
    return void 0;
  }
  report(problem) {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
    else this.moreProblems += 1;
  }
  /**
   * What fold.ts does to a request's state, as far as its intent goes: an
   * intent or granted of a request not live starts a new state, revoked
   * ends it once every target is revoked.
   */
  follow(event) {
    if (event.type === "intent" || event.type === "granted") {
      let r = this.live.get(event.request);
      if (r === void 0) {
        r = { intent: void 0, pending: [] };
        this.live.set(event.request, r);
      }
      addTargets(r.pending, event);
      if (event.type === "intent") r.intent = event;
    } else if (event.type === "revoked") {
      const r = this.live.get(event.request);
      if (r === void 0) return;
      for (const t of event.targets) removeTarget(r.pending, t);
      if (r.pending.length === 0) this.live.delete(event.request);
    }
  }
};

export {
  HARD_MAX_DURATION_MS,
  durationMs,
  formatDuration,
  LedgerError,
  LEDGER_DIR,
  fold,
  isLive,
  due,
  activeGrants,
  ledgerFilesFrom,
  commitEvents,
  readChain,
  EventLines,
  streamLedgerDir,
  requestLedgerDir,
  readLedgerViewDir
};
