import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-NFCRMHM7.js";
import {
  readProfile
} from "./chunk-2L7HMFXM.js";
import {
  verifyOnThread
} from "./chunk-OTEGZEV7.js";
import {
  EventLines,
  durationMs,
  ledgerFilesFrom,
  streamLedgerDir
} from "./chunk-XWXGGLRX.js";
import {
  recordsHeld
} from "./chunk-6YJFBVOG.js";
import {
  POLICIES_DIR,
  REQUESTS_DIR,
  classifyPath,
  displayPath,
  splitRepoPath
} from "./chunk-W3EMCSNL.js";
import {
  activeRegistry
} from "./chunk-JKSNEYSU.js";
import {
  FILE_START,
  MAX_REPO_DEPTH,
  MAX_REPO_FILES,
  POLICY_MAX_BYTES,
  REQUEST_MAX_BYTES
} from "./chunk-S2FTDJZ2.js";
import {
  diagnostic,
  failed,
  ok
} from "./chunk-BGLQZM7W.js";
import {
  instantMs
} from "./chunk-VTNCT2GJ.js";
import {
  formatInstant,
  parseInstant
} from "./chunk-VIPNLK4T.js";

// src/load/fs.ts
import { constants } from "node:fs";
import { lstat, open, readdir } from "node:fs/promises";
import { join } from "node:path";
function problem(code, message, path2) {
  return diagnostic(code, message, { file: displayPath(path2), pointer: "", position: FILE_START });
}
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" && /^[A-Z0-9_]{1,32}$/.test(code) ? code : "unknown error";
}
function maxBytesForPath(path2) {
  return path2.startsWith(`${REQUESTS_DIR}/`) ? REQUEST_MAX_BYTES : POLICY_MAX_BYTES;
}
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
async function readCapped(absolute, before, maxBytes, path2) {
  const handle = await open(absolute, OPEN_FLAGS);
  try {
    const after = await handle.stat();
    if (!after.isFile() || after.ino !== before.ino || after.dev !== before.dev) {
      return failed([problem("E_NOT_REGULAR_FILE", "The file changed while it was being opened.", path2)]);
    }
    const buffer = new Uint8Array(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) {
      return failed([problem("E_FILE_TOO_LARGE", `The file is larger than ${maxBytes} bytes.`, path2)]);
    }
    return ok(buffer.slice(0, length));
  } finally {
    await handle.close();
  }
}
async function readRepoFile(root, path2, maxBytes = maxBytesForPath(path2)) {
  const parts = splitRepoPath(path2);
  if (parts === void 0) return failed([problem("E_FILE_UNREADABLE", "The path is not a clean repository-relative path.", path2)]);
  try {
    for (let i = 1; i < parts.length; i += 1) {
      const dir = await lstat(join(root, ...parts.slice(0, i)));
      if (!dir.isDirectory()) return failed([problem("E_NOT_REGULAR_FILE", "A directory on the path is a symbolic link or not a directory.", path2)]);
    }
    const absolute = join(root, ...parts);
    const stats = await lstat(absolute);
    if (!stats.isFile()) return failed([problem("E_NOT_REGULAR_FILE", "The path is a symbolic link or not a regular file.", path2)]);
    if (stats.size > maxBytes) {
      return failed([problem("E_FILE_TOO_LARGE", `The file is ${stats.size} bytes; the limit is ${maxBytes} bytes.`, path2)]);
    }
    const bytes = await readCapped(absolute, stats, maxBytes, path2);
    return bytes.ok ? ok({ path: path2, bytes: bytes.value }) : failed(bytes.diagnostics);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP" || code === "EMLINK") return failed([problem("E_NOT_REGULAR_FILE", "The path is a symbolic link.", path2)]);
    return failed([problem("E_FILE_UNREADABLE", `The file could not be read (${code}).`, path2)]);
  }
}
async function listRepoFiles(root) {
  const paths = [];
  const diagnostics = [];
  const walk = async (rel, depth) => {
    if (depth > MAX_REPO_DEPTH) {
      diagnostics.push(problem("E_REPO_TOO_MANY_FILES", `Directories nest deeper than ${MAX_REPO_DEPTH} levels.`, rel));
      return false;
    }
    const entries = await readdir(join(root, rel), { withFileTypes: true });
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!await walk(child, depth + 1)) return false;
      } else if (entry.isFile()) {
        paths.push(child);
        if (paths.length > MAX_REPO_FILES) {
          diagnostics.push(problem("E_REPO_TOO_MANY_FILES", `More than ${MAX_REPO_FILES} files.`, rel));
          return false;
        }
      } else {
        diagnostics.push(problem("E_NOT_REGULAR_FILE", "The path is a symbolic link or not a regular file.", child));
      }
    }
    return true;
  };
  for (const top of [REQUESTS_DIR, POLICIES_DIR]) {
    let stats;
    try {
      stats = await lstat(join(root, top));
    } catch (error) {
      if (errorCode(error) === "ENOENT") continue;
      diagnostics.push(problem("E_FILE_UNREADABLE", `The directory could not be read (${errorCode(error)}).`, top));
      continue;
    }
    if (!stats.isDirectory()) {
      diagnostics.push(problem("E_NOT_REGULAR_FILE", "The directory is a symbolic link or not a directory.", top));
      continue;
    }
    if (!await walk(top, 1)) break;
  }
  return { paths, diagnostics };
}
async function collectRepoFiles(root) {
  const listing = await listRepoFiles(root);
  const files = [];
  const diagnostics = [...listing.diagnostics];
  for (const path2 of listing.paths) {
    const read = await readRepoFile(root, path2);
    if (read.ok) files.push(read.value);
    else diagnostics.push(...read.diagnostics);
  }
  return { files, diagnostics };
}

// src/audit-view/profiles.ts
function tableKey(target, schemaTable) {
  return `${target}\0${schemaTable}`;
}
function profileFact(profile) {
  const sensitive = /* @__PURE__ */ new Map();
  const columns = /* @__PURE__ */ new Map();
  const views = activeRegistry().descriptors.flatMap((d) => d.audit?.ruleTables !== void 0 ? [d.audit] : []);
  for (const rule of profile.allow) {
    for (const view of views) {
      const tables = view.ruleTables?.(rule.raw) ?? [];
      for (const table of tables) {
        sensitive.set(tableKey(rule.target, table.name), table.sensitive);
        columns.set(tableKey(rule.target, table.name), table.columns);
      }
      if (tables.length > 0) break;
    }
  }
  return { breakGlass: profile.breakGlass, sensitive, columns };
}
async function readProfileFacts(root) {
  const listing = await listRepoFiles(root);
  const profiles = /* @__PURE__ */ new Map();
  const problems = [];
  for (const path2 of listing.paths) {
    const role = classifyPath(path2);
    if (role.role !== "profile") continue;
    const read = await readRepoFile(root, path2);
    const profile = read.ok ? readProfile(read.value).profile : void 0;
    if (profile === void 0) {
      problems.push(
        diagnostic(
          "E_AUDIT_PROFILE_UNREADABLE",
          "the profile could not be read; its grants show break-glass and sensitive columns as unknown",
          { file: path2 },
          "warning"
        )
      );
      continue;
    }
    profiles.set(profile.name, profileFact(profile));
  }
  return { profiles, problems };
}

// src/modes/revoke/heartbeat.ts
var DEFAULT_SCHEDULE_MINUTES = 30;
var MINUTE = 6e4;
function heartbeatWarning(lastSweep, now, scheduleMinutes = DEFAULT_SCHEDULE_MINUTES) {
  if (!Number.isFinite(now)) throw new RangeError("heartbeatWarning needs a finite now");
  if (!(Number.isFinite(scheduleMinutes) && scheduleMinutes > 0)) throw new RangeError("scheduleMinutes must be a positive number");
  const limit = 2 * scheduleMinutes * MINUTE;
  if (lastSweep === void 0) return "no completed revoke sweep is known: expiry may not be enforced; check the access-revoke workflow";
  const at = typeof lastSweep === "number" ? lastSweep : parseInstant(lastSweep);
  if (at === void 0 || !Number.isFinite(at)) return "the last revoke sweep time is unreadable: expiry may not be enforced; check the access-revoke workflow";
  const age = now - at;
  if (age <= limit) return void 0;
  return `the last revoke sweep completed at ${formatInstant(at)}, ${describeAge(age)} ago (more than twice the ${scheduleMinutes}-minute schedule): expired access may still be in place; check the access-revoke workflow`;
}
function describeAge(ms) {
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}

// src/audit-view/ledger-stream.ts
function checkoutLedger(root, options = {}) {
  const { later, verifyThread } = options;
  return async (onEvent, takes) => {
    const lines = new EventLines(onEvent, takes);
    const withBytes = (file, bytes) => lines.file(file, bytes);
    const listing = [];
    let verdict;
    if (verifyThread !== void 0 && later === void 0) {
      verdict = await verifyOnThread(verifyThread, { root }, withBytes);
    } else {
      verdict = await streamLedgerDir(root, void 0, {
        recordsHeld,
        withBytes,
        ...later !== void 0 ? { tail: (fromSeq) => ledgerFilesFrom(later.store, later.commitSha, fromSeq, listing) } : {}
      });
    }
    const chainProblems = [...listing, ...verdict.problems];
    const problems = [...chainProblems, ...lines.problems];
    const chainFirst = verdict.firstBroken ?? (chainProblems[0] === void 0 ? void 0 : breakOf(chainProblems[0]));
    const eventFirst = lines.problems[0] === void 0 ? void 0 : breakOf(lines.problems[0]);
    const firstBroken = chainFirst === void 0 || eventFirst !== void 0 && lines.position(eventFirst) < lines.position(chainFirst) ? eventFirst : chainFirst;
    return {
      ok: problems.length === 0,
      events: verdict.eventCount,
      ...verdict.tip.seq >= 0 ? { tip: { seq: verdict.tip.seq, hash: verdict.tip.hash } } : {},
      ...firstBroken !== void 0 ? { firstBroken } : {},
      problems
    };
  };
}
var breakOf = (p) => ({ file: p.file ?? "audit", line: p.line ?? 0, code: p.code, message: p.message });
function describeBreak(verdict) {
  const first = verdict.firstBroken ?? verdict.problems[0];
  if (first === void 0) return "the chain does not verify";
  return `${first.file ?? "audit"}:${first.line ?? 0} ${first.code} ${first.message}`;
}

// src/audit-view/output.ts
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, readSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
var CHUNK = 4 * 1024 * 1024;
var PendingFile = class _PendingFile {
  constructor(target) {
    this.target = target;
    const dir = path.dirname(target);
    this.temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.partial`);
    this.fd = openSync(this.temporary, "wx", 420);
  }
  target;
  fd;
  buffer;
  used = 0;
  closed = false;
  temporary;
  /** A spool in the system's temporary directory, for output that goes to stdout once it may be shown. */
  static spool() {
    return new _PendingFile(path.join(tmpdir(), `grantbook-audit-${process.pid}-${randomBytes(6).toString("hex")}.out`));
  }
  write(text) {
    if (this.closed) return;
    const most = text.length * 3;
    const buffer = this.buffer ??= Buffer.allocUnsafeSlow(CHUNK);
    if (this.used + most > buffer.length) this.flush();
    if (most > buffer.length) {
      this.writeAll(Buffer.from(text, "utf8"));
      return;
    }
    this.used += buffer.write(text, this.used, "utf8");
  }
  /** Flushes, syncs and renames into place; when that fails, the temporary file is removed before the error goes on. */
  commit() {
    try {
      this.finish();
      renameSync(this.temporary, this.target);
    } catch (error) {
      this.abort();
      throw error;
    }
  }
  /** Flushes and closes, then hands the text to `out` in chunks that end at a newline (each without it), and removes the spool. */
  drainTo(out) {
    this.finish();
    const fd = openSync(this.temporary, "r");
    try {
      const chunk = Buffer.alloc(1024 * 1024);
      let carry = Buffer.alloc(0);
      for (; ; ) {
        const n = readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        const data = Buffer.concat([carry, chunk.subarray(0, n)]);
        const cut = data.lastIndexOf(10);
        if (cut === -1) {
          carry = data;
          continue;
        }
        out(data.subarray(0, cut).toString("utf8"));
        carry = Buffer.from(data.subarray(cut + 1));
      }
      if (carry.length > 0) out(carry.toString("utf8"));
    } finally {
      closeSync(fd);
      unlinkSync(this.temporary);
    }
  }
  abort() {
    if (!this.closed) {
      this.closed = true;
      this.buffer = void 0;
      closeSync(this.fd);
    }
    try {
      unlinkSync(this.temporary);
    } catch {
    }
  }
  flush() {
    if (this.used === 0 || this.buffer === void 0) return;
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
  /** Short writes (rare, on a full disk) go on from where they stopped. */
  writeAll(bytes) {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
  }
  finish() {
    if (this.closed) throw new Error("the output file is already closed");
    this.flush();
    this.buffer = void 0;
    fsyncSync(this.fd);
    this.closed = true;
    closeSync(this.fd);
  }
};

// src/audit-view/period.ts
var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
var MONTH = /^(\d{4})-(\d{2})$/;
function parsePeriod(since, until, now) {
  const from = since === void 0 ? Number.NEGATIVE_INFINITY : bound(since, "start");
  const to = until === void 0 ? now : bound(until, "end");
  if (from === void 0) return bad("--since", "is not a date (YYYY-MM-DD), a month (YYYY-MM) or an RFC 3339 instant in UTC");
  if (to === void 0) return bad("--until", "is not a date (YYYY-MM-DD), a month (YYYY-MM) or an RFC 3339 instant in UTC");
  if (!(from < to)) return bad("--since", `must be before ${until === void 0 ? "now" : "--until"}`);
  return { ok: true, period: { since: from, until: to } };
}
function bound(text, side) {
  const day = DAY.exec(text);
  if (day !== null) {
    const start = parseInstant(`${text}T00:00:00Z`);
    if (start === void 0) return void 0;
    return side === "start" ? start : start + 864e5;
  }
  const month = MONTH.exec(text);
  if (month !== null) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    if (m < 1 || m > 12 || y < 100) return void 0;
    return Date.UTC(y, side === "start" ? m - 1 : m, 1);
  }
  return parseInstant(text);
}
function bad(option, what) {
  return { ok: false, problem: diagnostic("E_AUDIT_PERIOD_INVALID", `${option} ${what}`, { pointer: `/options/${option.slice(2)}` }) };
}
function describePeriod(period) {
  return { since: Number.isFinite(period.since) ? formatInstant(period.since) : null, until: formatInstant(period.until) };
}
function monthToDate(now) {
  const d = new Date(now);
  return { since: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), until: now };
}

// src/audit-view/report-html.ts
import { hash } from "node:crypto";

// src/audit-view/describe.ts
function describeGrant(g) {
  const descriptor = activeRegistry().descriptor(g.provider);
  return descriptor?.audit?.describe(g.spec, g.principal, g.target) ?? descriptor?.describe(g.spec, g.principal, g.target) ?? `${g.target}: ${g.principal} ${g.spec.kind}`;
}
function coverOf(g) {
  return activeRegistry().descriptor(g.provider)?.audit?.covers(g.spec) ?? {};
}
function grantParts(grants) {
  const parts = { targets: [], principals: [], tables: [], columns: [], privileges: [], teams: [], repositories: [] };
  for (const g of grants) {
    if (!parts.targets.includes(g.target)) parts.targets.push(g.target);
    const principal = `${g.target}:${g.principal}`;
    if (!parts.principals.includes(principal)) parts.principals.push(principal);
    const cover = coverOf(g);
    if (cover.table !== void 0) {
      const table = `${g.target}:${cover.table.name}`;
      parts.tables.push(table);
      parts.columns.push(`${table}(${cover.table.columns !== void 0 ? cover.table.columns.join(", ") : "all columns"})`);
      parts.privileges.push(`${table} ${cover.table.privileges.join(", ")}`);
    }
    if (cover.team !== void 0) parts.teams.push(`${g.target}:${cover.team}`);
    if (cover.repository !== void 0) parts.repositories.push(`${g.target}:${cover.repository}`);
  }
  return parts;
}
function breakGlassOf(profile, facts) {
  return facts.profiles.get(profile)?.breakGlass ?? null;
}
function sensitiveColumns(row, facts) {
  const fact = facts.profiles.get(row.grant.profile);
  if (fact === void 0) return null;
  const out = [];
  for (const g of row.grant.grants) {
    const table = coverOf(g).table;
    if (table === void 0) continue;
    const sensitive = fact.sensitive.get(tableKey(g.target, table.name)) ?? [];
    for (const c of sensitive) {
      if (table.columns === void 0 || table.columns.includes(c)) out.push(`${g.target}:${table.name}.${c}`);
    }
  }
  return out;
}
function humanDuration(ms) {
  if (!Number.isFinite(ms)) return "";
  let s = Math.round(ms / 1e3);
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts = [d > 0 ? `${d} d` : "", h > 0 ? `${h} h` : "", m > 0 ? `${m} min` : "", s > 0 ? `${s} s` : ""].filter((p) => p !== "");
  return parts.length === 0 ? "0 s" : parts.join(" ");
}
function alertText(a) {
  const what = a.limit === "rows_read" ? "rows read" : "writes";
  return `${a.target} ${a.principal}: ${what} ${a.observed} > ${a.allowed} (${a.action === "revoke" ? "revoked early" : "alert"}) at ${a.at}`;
}
function spotText(s) {
  return `${s.file}:${s.line} (seq ${s.seq})`;
}
function activityStatus(row) {
  if (row.activity.length === 0) return "none recorded";
  const blind = row.activity.filter((a) => a.status !== "observed").map((a) => `${a.target} ${a.reason?.code ?? "unknown"}`);
  if (blind.length === row.activity.length) return `not observable (${blind.join("; ")})`;
  return blind.length === 0 ? "observed" : `observed; not observable on ${blind.join("; ")}`;
}
function activityTotals(row) {
  let calls = 0;
  let rows = 0;
  let timeMs = 0;
  let writes = 0;
  const flags = [];
  for (const a of row.activity) {
    calls += a.totals?.calls ?? 0;
    rows += a.totals?.rows ?? 0;
    timeMs += a.totals?.time_ms ?? 0;
    writes += a.writeStatements;
    for (const f of a.flags ?? []) if (!flags.includes(f)) flags.push(f);
  }
  return { calls, rows, timeMs, writes, flags };
}

// src/audit-view/grant-rows.ts
var SUMMARY_MEMBER = Buffer.from('"kind":"summary"');
function foldTakes(type, bytes, lineStart, lineEnd) {
  return type !== "activity" || bytes.subarray(lineStart, lineEnd).indexOf(SUMMARY_MEMBER) !== -1;
}
var DRIFT_HOLD_MS = 2 * 36e5;
var GrantRowFolder = class {
  constructor(period, sinks) {
    this.period = period;
    this.sinks = sinks;
  }
  period;
  sinks;
  open = /* @__PURE__ */ new Map();
  /** Revoked grants in the order they were revoked, written from `written` on as the ledger's time passes them. */
  closing = [];
  written = 0;
  /** `YYYY-MM` of the month file being read; never a prefix of an instant until the first event. */
  month = "\0";
  file = "";
  monthFirstSeq = 0;
  /** Where the current event stands, when the reader says so. */
  where;
  /**
   * The next event in chain order, with the file and line it stands at when
   * known (else worked out from a month file's seqs): the folder may be
   * given only the events foldTakes takes.
   */
  add(e, where) {
    if (this.written < this.closing.length) this.writeRevoked(instantOr(e.at, Number.NaN));
    this.where = where;
    if (where === void 0) this.track(e);
    const current = this.open.get(e.request);
    let d = current !== void 0 && e.type !== "drift_found" && endedBefore(current, e) ? void 0 : current;
    switch (e.type) {
      case "intent":
      case "granted": {
        if (e.type === "granted" && e.extends !== void 0 && e.extends !== e.request) {
          const older = this.open.get(e.extends);
          if (older !== void 0 && !endedBefore(older, e)) older.supersededBy = e.request;
        }
        const expiresMs = effectiveExpiry(e);
        if (d === void 0 || d.status === "revoked") {
          if (current?.status === "revoked") this.open.delete(e.request);
          if (!(instantOr(e.at, Number.NaN) < this.period.until)) return;
          d = {
            request: e.request,
            status: e.type === "granted" ? "active" : "intended",
            grant: e,
            expiresMs,
            pending: [],
            failures: 0,
            alerts: [],
            activity: [],
            drift: 0,
            granted: this.spot(e)
          };
          this.open.set(e.request, d);
        } else {
          const confirms = e.type === "granted" && d.grant.type === "intent";
          d.expiresMs = confirms ? expiresMs : earlier(d.expiresMs, expiresMs);
          if (e.type === "granted" || d.grant.type === "intent") {
            d.grant = e;
            d.granted = this.spot(e);
          }
          if (d.status === "intended" && e.type === "granted") d.status = "active";
        }
        for (const g of e.grants) if (!d.pending.includes(g.target)) d.pending.push(g.target);
        break;
      }
      case "grant_refused":
        if (d !== void 0) d.refusal = e.reasons;
        else if (this.inPeriod(e.at))
          this.sinks.refusal?.({ request: e.request, at: e.at, reasons: e.reasons, ...e.pr !== void 0 ? { pr: e.pr } : {}, spot: this.spot(e) });
        break;
      case "revoke_failed":
        if (d === void 0 || d.status === "revoked") break;
        (d.failed ??= /* @__PURE__ */ new Set()).add(e.target);
        d.failures += 1;
        d.lastFailure = { target: e.target, reason: e.reason, at: e.at };
        d.status = "revoke_failed";
        break;
      case "revoked":
        if (d === void 0 || d.status === "revoked") break;
        if (e.late_ms !== void 0) d.lateMs = Math.max(d.lateMs ?? 0, e.late_ms);
        for (const t of e.targets) {
          const at = d.pending.indexOf(t);
          if (at !== -1) d.pending.splice(at, 1);
          d.failed?.delete(t);
        }
        if (d.pending.length === 0) {
          d.status = "revoked";
          d.cause = e.cause;
          d.revokedAt = e.at;
          d.revoked = this.spot(e);
          d.closingAt = e.at;
          d.closingMs = instantOr(e.at, Number.NEGATIVE_INFINITY);
          this.closing.push(d);
        } else if ((d.failed?.size ?? 0) === 0 && d.status === "revoke_failed") {
          d.status = d.grant.type === "granted" ? "active" : "intended";
        }
        break;
      case "activity":
        if (d !== void 0 && e.kind === "summary") d.activity.push(activityFact(e));
        break;
      case "alert": {
        const fact = {
          at: e.at,
          target: e.target,
          principal: e.principal,
          limit: e.limit,
          observed: e.observed,
          allowed: e.allowed,
          action: e.action
        };
        if (d !== void 0) d.alerts.push(fact);
        if (this.inPeriod(e.at)) this.sinks.alert?.({ ...fact, request: e.request, spot: this.spot(e) });
        break;
      }
      case "drift_found":
        if (d !== void 0) d.drift += 1;
        if (this.inPeriod(e.at))
          this.sinks.drift?.({
            request: e.request,
            at: e.at,
            target: e.target,
            ...e.principal !== void 0 ? { principal: e.principal } : {},
            what: e.what,
            spot: this.spot(e),
            onRow: d !== void 0 && this.shown(d)
          });
        break;
    }
  }
  /** The end of the ledger: everything still held is emitted, live grants last, in the order they started. */
  end() {
    this.writeRevoked(Number.POSITIVE_INFINITY);
    for (const d of this.open.values()) this.emit(d, false);
    this.open.clear();
  }
  /** Grants held right now: live ones, and those revoked less than DRIFT_HOLD_MS ago (of ledger time). */
  get held() {
    let replaced = 0;
    for (let i = this.written; i < this.closing.length; i += 1) {
      const d = this.closing[i];
      if (d !== void 0 && this.open.get(d.request) !== d) replaced += 1;
    }
    return this.open.size + replaced;
  }
  /** Writes the revoked grants the ledger's time (`atMs`) is more than DRIFT_HOLD_MS past, in the order they were revoked. */
  writeRevoked(atMs) {
    const closing = this.closing;
    while (this.written < closing.length) {
      const d = closing[this.written];
      if (!(atMs - (d.closingMs ?? Number.NEGATIVE_INFINITY) > DRIFT_HOLD_MS)) break;
      closing[this.written] = void 0;
      this.written += 1;
      this.emit(d);
    }
    if (this.written > 1024 && this.written * 2 > closing.length) {
      this.closing = closing.slice(this.written);
      this.written = 0;
    }
  }
  emit(d, remove = true) {
    if (remove && this.open.get(d.request) === d) this.open.delete(d.request);
    const startMs = startOf(d.grant);
    const revokedMs = d.revokedAt === void 0 ? void 0 : instantMs(d.revokedAt);
    if (this.overlaps(d, startMs, revokedMs)) this.sinks.row(freeze(d, startMs, revokedMs));
  }
  /** Whether the grant's row is in the export. */
  shown(d) {
    return this.overlaps(d, startOf(d.grant), d.revokedAt === void 0 ? void 0 : instantMs(d.revokedAt));
  }
  /** Its access overlapped [since, until); an unreadable start counts as overlapping (shown, never hidden). */
  overlaps(d, startMs, revokedMs) {
    const endMs = d.status === "revoked" ? revokedMs ?? Number.POSITIVE_INFINITY : Number.POSITIVE_INFINITY;
    return !(startMs >= this.period.until) && endMs > this.period.since;
  }
  inPeriod(at) {
    const ms = instantOr(at, Number.NaN);
    return !(ms < this.period.since) && !(ms >= this.period.until);
  }
  /**
   * Chain order is file order and a month file holds consecutive seqs, so an
   * event's line is its seq minus the seq of its month's first event.
   */
  track(e) {
    if (e.at.startsWith(this.month)) return;
    this.month = e.at.slice(0, 7);
    this.file = `audit/${this.month}.jsonl`;
    this.monthFirstSeq = e.seq;
  }
  /** Made only for the events a row or a list keeps. */
  spot(e) {
    return {
      seq: e.seq,
      hash: e.hash,
      file: this.where?.file ?? this.file,
      line: this.where?.line ?? e.seq - this.monthFirstSeq + 1,
      at: e.at,
      runId: e.actor.run_id,
      workflow: e.actor.workflow,
      sha: e.actor.sha
    };
  }
};
function endedBefore(d, e) {
  return d.status === "revoked" && d.closingAt !== e.at;
}
function freeze(d, startMs, revokedMs) {
  const row = {
    request: d.request,
    status: d.status,
    grant: d.grant,
    startMs,
    expiresMs: d.expiresMs,
    failures: d.failures,
    alerts: d.alerts,
    activity: d.activity,
    drift: d.drift,
    granted: d.granted
  };
  if (d.revokedAt !== void 0) row.revokedAt = d.revokedAt;
  if (revokedMs !== void 0) row.revokedMs = revokedMs;
  if (d.cause !== void 0) row.cause = d.cause;
  if (d.lateMs !== void 0) row.lateMs = d.lateMs;
  if (d.lastFailure !== void 0) row.lastFailure = d.lastFailure;
  if (d.refusal !== void 0) row.refusal = d.refusal;
  if (d.supersededBy !== void 0) row.supersededBy = d.supersededBy;
  if (d.revoked !== void 0) row.revoked = d.revoked;
  return row;
}
function activityFact(e) {
  let writeStatements = 0;
  for (const s of e.statements ?? []) if (s.writes === true) writeStatements += 1;
  return {
    target: e.target,
    principal: e.principal,
    status: e.status,
    ...e.reason !== void 0 ? { reason: e.reason } : {},
    ...e.totals !== void 0 ? { totals: e.totals } : {},
    ...e.flags !== void 0 ? { flags: e.flags } : {},
    writeStatements
  };
}
function startOf(e) {
  return instantOr(e.type === "granted" ? e.granted_at : e.at, Number.NaN);
}
function effectiveExpiry(e) {
  const recorded = instantMs(e.expires_at);
  const start = instantMs(e.type === "granted" ? e.granted_at : e.at);
  const length = cachedDuration(e.duration);
  if (recorded === void 0 || start === void 0 || length === void 0) return Number.NaN;
  return Math.min(recorded, start + length);
}
var DURATIONS = /* @__PURE__ */ new Map();
function cachedDuration(text) {
  if (DURATIONS.has(text)) return DURATIONS.get(text);
  const value = durationMs(text);
  if (DURATIONS.size < 1e4) DURATIONS.set(text, value);
  return value;
}
function earlier(a, b) {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  return Math.min(a, b);
}
function instantOr(text, fallback) {
  return instantMs(text) ?? fallback;
}

// src/audit-view/report-client.ts
var REPORT_SCRIPT = String.raw`
(function () {
  'use strict';
  var MAX_BARS = 4000;
  var MAX_ROWS = 2000;
  function byId(id) { return document.getElementById(id); }
  var grants = JSON.parse(byId('grants-data').textContent);
  var meta = JSON.parse(byId('report-meta').textContent);
  var interval = meta.intervalMs;
  var now = meta.now;

  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        var v = props[k];
        if (v === null || v === undefined) return;
        if (k === 'text') node.textContent = String(v);
        else if (k === 'cls') node.className = v;
        else node.setAttribute(k, String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function when(ms) {
    if (ms === null || ms === undefined) return '';
    var d = new Date(ms);
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ' UTC';
  }
  function day(ms) { var d = new Date(ms); return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()); }
  function dur(ms) {
    if (ms === null || ms === undefined || !isFinite(ms)) return '';
    var s = Math.round(ms / 1000), out = [];
    var d = Math.floor(s / 86400); s -= d * 86400;
    var h = Math.floor(s / 3600); s -= h * 3600;
    var m = Math.floor(s / 60); s -= m * 60;
    if (d) out.push(d + ' d');
    if (h) out.push(h + ' h');
    if (m) out.push(m + ' min');
    if (s && !d) out.push(s + ' s');
    return out.length ? out.join(' ') : '0 s';
  }
  function uniq(list) { var seen = {}, out = []; list.forEach(function (x) { if (!Object.prototype.hasOwnProperty.call(seen, x)) { seen[x] = 1; out.push(x); } }); return out.sort(); }
  function table(caption, heads, rows, numeric) {
    var head = el('tr', null, heads.map(function (h) { return el('th', { scope: 'col', text: h }); }));
    var body = rows.map(function (r) {
      return el('tr', null, r.map(function (c, i) { return el('td', { cls: numeric && numeric.indexOf(i) >= 0 ? 'num' : null }, [c === null || c === undefined ? '' : c]); }));
    });
    return el('div', { cls: 'scroll', tabindex: '0', role: 'region', 'aria-label': caption }, [el('table', null, [el('caption', { text: caption }), el('thead', null, [head]), el('tbody', null, body)])]);
  }
  function empty(text) { return el('p', { cls: 'note', text: text }); }

  /* Filters */
  var person = byId('f-person'), target = byId('f-target'), profile = byId('f-profile'), group = byId('f-group');
  function fill(select, values) { values.forEach(function (v) { select.appendChild(el('option', { value: v, text: v })); }); }
  fill(person, uniq(grants.map(function (g) { return g.p; })));
  fill(target, uniq([].concat.apply([], grants.map(function (g) { return g.tg; })).concat(meta.alerts.map(function (a) { return a.target; }), meta.drift.map(function (d) { return d.target; }))));
  fill(profile, uniq(grants.map(function (g) { return g.pf; })));
  function matches(g) {
    return (person.value === '' || g.p === person.value) && (target.value === '' || g.tg.indexOf(target.value) >= 0) && (profile.value === '' || g.pf === profile.value);
  }
  function endOf(g) { return g.e !== null ? g.e : Math.max(now, g.s === null ? now : g.s); }
  function lateBy(g) {
    if (g.st === 'revoked') return g.lt === null ? 0 : g.lt;
    if (g.x === null) return Infinity;
    return Math.max(0, now - g.x);
  }

  /* Timeline: one bar per grant per lane; by person that is one bar per grant. */
  function renderTimeline(shown) {
    var lanesNode = clear(byId('lanes'));
    var t0 = meta.since, t1 = meta.until;
    if (t0 === null) {
      t0 = t1;
      shown.forEach(function (g) { if (g.s !== null && g.s < t0) t0 = g.s; });
    }
    if (!(t1 > t0)) t1 = t0 + 3600000;
    var span = t1 - t0;
    var axis = el('div', { cls: 'axis', 'aria-hidden': 'true' });
    // Days when the period is long, hours when it is a few days or less.
    for (var i = 0; i <= 4; i += 1) axis.appendChild(el('span', { text: span > 4 * 86400000 ? day(t0 + (span * i) / 4) : when(t0 + (span * i) / 4) }));
    lanesNode.appendChild(axis);
    var byPerson = group.value !== 'target';
    var lanes = {}, order = [];
    shown.forEach(function (g) {
      var keys = byPerson ? [g.p] : g.tg;
      keys.forEach(function (k) {
        if (!Object.prototype.hasOwnProperty.call(lanes, k)) { lanes[k] = []; order.push(k); }
        lanes[k].push(g);
      });
    });
    order.sort();
    var drawn = 0, skipped = 0;
    order.forEach(function (k) {
      var track = el('div', { cls: 'track', role: 'list', 'aria-label': (byPerson ? 'Grants of ' : 'Grants on ') + k });
      // Overlapping grants of one lane go on rows of their own, so no bar hides another.
      var rowEnds = [];
      lanes[k].sort(function (a, b) { return (a.s === null ? t0 : a.s) - (b.s === null ? t0 : b.s); });
      lanes[k].forEach(function (g) {
        if (drawn >= MAX_BARS) { skipped += 1; return; }
        drawn += 1;
        var s = g.s === null ? t0 : Math.max(g.s, t0);
        var e = Math.min(endOf(g), t1);
        var row = 0;
        while (row < rowEnds.length && rowEnds[row] > s) row += 1;
        rowEnds[row] = e + span / 400;
        var live = g.st !== 'revoked';
        var late = lateBy(g) > interval;
        var cls = 'bar' + (live ? ' live' : '') + (g.bg === 1 ? ' bg' : '') + (late ? ' late' : '');
        var label = g.id + ': ' + g.p + ' on ' + g.tg.join(', ') + ', ' + when(g.s) + ' to ' + (live ? 'still live' : when(g.e)) +
          (g.bg === 1 ? ', break-glass' : '') + (late ? ', revoked late' : '');
        var bar = el('div', { cls: cls, role: 'listitem', 'data-request': g.id, title: label, 'aria-label': label });
        bar.style.left = ((s - t0) / span) * 100 + '%';
        bar.style.width = Math.max(0, ((e - s) / span) * 100) + '%';
        bar.style.top = 0.2 + row * 1.4 + 'rem';
        track.appendChild(bar);
      });
      track.style.height = 0.4 + Math.max(1, rowEnds.length) * 1.4 + 'rem';
      lanesNode.appendChild(el('div', { cls: 'lane' }, [el('div', { cls: 'lane-label', text: k }), track]));
    });
    if (order.length === 0) lanesNode.appendChild(empty('No grant matches the filters.'));
    byId('timeline-note').textContent = skipped > 0 ? skipped + ' bar(s) not drawn (more than ' + MAX_BARS + '): narrow the filters or the period; the export lists every grant.' : '';
  }

  function renderLateness(shown) {
    var expired = shown.filter(function (g) { return g.st === 'revoked' && g.c === 'expired'; });
    var counts = meta.buckets.map(function () { return 0; });
    expired.forEach(function (g) {
      var late = g.lt === null ? 0 : g.lt;
      for (var i = 0; i < meta.buckets.length; i += 1) if (late <= meta.buckets[i].max) { counts[i] += 1; break; }
    });
    var most = Math.max.apply(null, counts.concat([1]));
    var dist = clear(byId('late-dist'));
    dist.appendChild(table('Grants that ended by expiry, by how late the verified revocation came (' + expired.length + ')', ['Lateness', 'Grants', ''],
      meta.buckets.map(function (b, i) { return [b.label, counts[i], el('span', { cls: 'dist', 'data-width': counts[i] })]; }), [1]));
    Array.prototype.forEach.call(dist.querySelectorAll('.dist'), function (bar) { bar.style.width = (Number(bar.getAttribute('data-width')) / most) * 12 + 'rem'; });
    var late = shown.filter(function (g) { return lateBy(g) > interval; }).sort(function (a, b) { return lateBy(b) - lateBy(a); });
    var list = clear(byId('late-list'));
    if (late.length === 0) { list.appendChild(empty('No grant in view was revoked, or is overdue, by more than one schedule interval (' + dur(interval) + ').')); return; }
    list.appendChild(table('Revoked (or still live) more than one schedule interval (' + dur(interval) + ') after expiry: ' + late.length, ['Request', 'Person', 'Targets', 'Expired', 'Revoked', 'Late by', 'Cause', 'Failed attempts'],
      late.slice(0, MAX_ROWS).map(function (g) {
        return [g.id, g.p, g.tg.join(', '), g.x === null ? 'unreadable' : when(g.x), g.st === 'revoked' ? when(g.e) : el('span', { cls: 'bad', text: 'still live' }), lateBy(g) === Infinity ? 'unknown' : dur(lateBy(g)), g.c || g.st, g.f];
      }), [7]));
  }

  function followUp(id) {
    if (meta.followUps === null) return 'issue "Break-glass review: ' + id + '" (not looked up)';
    var f = Object.prototype.hasOwnProperty.call(meta.followUps, id) ? meta.followUps[id] : null;
    if (f === null) return 'not looked up (too many uses)';
    if (f.found === true) return el('span', { cls: f.state === 'open' ? 'bad' : null, text: 'issue #' + f.number + ', ' + (f.state === 'open' ? 'still open' : 'closed') });
    if (f.found === false) return el('span', { cls: 'bad', text: 'no review issue found' });
    return 'could not be read (' + f.unread + ')';
  }
  function renderBreakGlass(shown) {
    var uses = shown.filter(function (g) { return g.bg === 1; });
    var node = clear(byId('bg-list'));
    if (uses.length === 0) node.appendChild(empty('No break-glass grant in view.'));
    else node.appendChild(table('Break-glass uses: ' + uses.length, ['Request', 'Person', 'What', 'From', 'Until', 'Activity', 'Alerts', 'Follow-up review', 'Pull request'],
      uses.slice(0, MAX_ROWS).map(function (g) {
        return [g.id, g.p, g.wh.join('; '), when(g.s), g.st === 'revoked' ? when(g.e) : 'still live', g.ac === null ? g.ao : g.ac[1] + ' row(s), ' + g.ac[0] + ' call(s), ' + g.ac[2] + ' writing statement(s)', g.al, followUp(g.id), '#' + g.pr];
      }), [6]));
    var unknown = shown.filter(function (g) { return g.bg === null; }).length;
    if (unknown > 0) node.appendChild(el('p', { cls: 'bad', text: unknown + ' grant(s) belong to profiles that cannot be read at this checkout: whether they were break-glass is unknown.' }));
  }

  function renderRefused(shown, filtered) {
    var node = clear(byId('refused-list'));
    if (meta.refusals.length === 0) node.appendChild(empty('No request was refused at apply in this period.'));
    else node.appendChild(table('Refused at apply: ' + meta.refusals.length + (filtered ? ' (a refusal records no person or profile: not filtered)' : ''), ['Request', 'At', 'Codes', 'Pull request', 'Ledger'],
      meta.refusals.slice(0, MAX_ROWS).map(function (r) { return [r.id, r.at, r.codes.join(', '), r.pr === null ? 'none' : '#' + r.pr, r.gl]; })));
    var interrupted = shown.filter(function (g) { return g.rf !== null || g.st === 'intended'; });
    if (interrupted.length > 0) node.appendChild(table('Interrupted applies (an intent recorded, the grant not confirmed): ' + interrupted.length, ['Request', 'Person', 'Status', 'Codes', 'Ledger'],
      interrupted.map(function (g) { return [g.id, g.p, g.st, (g.rf || []).join(', '), g.gl]; })));
  }

  function renderAlerts(shown, personOrProfile) {
    var ids = {};
    shown.forEach(function (g) { ids[g.id] = 1; });
    function keep(a) {
      if (target.value !== '' && a.target !== target.value) return false;
      return !personOrProfile || Object.prototype.hasOwnProperty.call(ids, a.id);
    }
    var alerts = meta.alerts.filter(keep), drift = meta.drift.filter(keep);
    var node = clear(byId('alert-list'));
    if (alerts.length === 0) node.appendChild(empty('No limit alert in view.'));
    else node.appendChild(table('Limit alerts: ' + alerts.length, ['Request', 'At', 'Target', 'Principal', 'Limit', 'Observed', 'Allowed', 'Action'],
      alerts.slice(0, MAX_ROWS).map(function (a) { return [a.id, a.at, a.target, a.principal, a.limit, a.observed, a.allowed, a.action === 'revoke' ? 'revoked early' : 'alert']; }), [5, 6]));
    var dnode = clear(byId('drift-list'));
    if (drift.length === 0) dnode.appendChild(empty('No drift found in view.'));
    else dnode.appendChild(table('Drift found by revoke runs: ' + drift.length, ['Request', 'At', 'Target', 'Principal', 'What', 'Ledger'],
      drift.slice(0, MAX_ROWS).map(function (d) { return [d.id, d.at, d.target, d.principal || '', d.what, d.gl]; })));
  }

  function renderGrants(shown) {
    var node = clear(byId('grant-table'));
    if (shown.length === 0) { node.appendChild(empty('No grant matches the filters.')); return; }
    node.appendChild(table('Grants: ' + shown.length + (shown.length > MAX_ROWS ? ' (the first ' + MAX_ROWS + ' listed; the export has all)' : ''),
      ['Request', 'Person', 'Profile', 'What', 'Sensitive', 'From', 'Expires', 'Ended', 'Status', 'Late by', 'Approvers', 'PR', 'Ticket', 'Reason', 'Alerts', 'Activity', 'Ledger'],
      shown.slice(0, MAX_ROWS).map(function (g) {
        return [g.id, g.p, g.pf + (g.bg === 1 ? ' (break-glass)' : ''), g.wh.join('; '), g.sn === null ? 'unknown' : g.sn.join(', '), when(g.s), g.x === null ? 'unreadable' : when(g.x),
          g.st === 'revoked' ? when(g.e) : '', g.st === 'revoked' ? 'revoked (' + g.c + ')' + (g.sb ? ', superseded by ' + g.sb : '') : g.st, g.st === 'revoked' ? dur(g.lt) : '',
          g.ap.join(', '), '#' + g.pr, g.tk || '', g.rs || '', g.al, g.ac === null ? g.ao : g.ac[1] + ' row(s) / ' + g.ac[0] + ' call(s)', g.gl];
      }), [14]));
  }

  function render() {
    var shown = grants.filter(matches);
    var personOrProfile = person.value !== '' || profile.value !== '';
    byId('shown').textContent = 'Showing ' + shown.length + ' of ' + grants.length + ' grant(s)' + (personOrProfile || target.value !== '' ? ' (filtered)' : '') + '.';
    renderTimeline(shown);
    renderLateness(shown);
    renderBreakGlass(shown);
    renderRefused(shown, personOrProfile || target.value !== '');
    renderAlerts(shown, personOrProfile);
    renderGrants(shown);
  }
  [person, target, profile, group].forEach(function (s) { s.addEventListener('change', render); });
  byId('f-reset').addEventListener('click', function () { person.value = ''; target.value = ''; profile.value = ''; group.value = 'person'; render(); person.focus(); });
  byId('filter-form').addEventListener('submit', function (e) { e.preventDefault(); });
  document.documentElement.classList.add('js');
  render();
})();
`;

// src/audit-view/report-model.ts
var finite = (n) => n !== void 0 && Number.isFinite(n) ? n : null;
function reportGrant(row, facts) {
  const bg = breakGlassOf(row.grant.profile, facts);
  const totals = activityTotals(row);
  const targets = [];
  for (const g of row.grant.grants) if (!targets.includes(g.target)) targets.push(g.target);
  return {
    id: row.request,
    p: row.grant.grantees.map((g) => g.login).join(", "),
    rq: row.grant.requester.login,
    pf: row.grant.profile,
    bg: bg === null ? null : bg ? 1 : 0,
    tg: targets,
    wh: row.grant.grants.map(describeGrant),
    sn: sensitiveColumns(row, facts),
    s: finite(row.startMs),
    x: finite(row.expiresMs),
    e: row.status === "revoked" ? finite(row.revokedMs) : null,
    st: row.status,
    c: row.cause ?? null,
    lt: row.lateMs ?? null,
    f: row.failures,
    pr: row.grant.pr.number,
    ap: row.grant.approvers.map((a) => a.login),
    tk: row.grant.ticket ?? null,
    rs: row.grant.reason ?? null,
    al: row.alerts.length,
    ac: row.activity.length === 0 ? null : [totals.calls, totals.rows, totals.writes],
    ao: activityStatus(row),
    dr: row.drift,
    sb: row.supersededBy ?? null,
    gl: spotText(row.granted),
    rf: row.refusal === void 0 ? null : row.refusal.map((r) => r.code)
  };
}
var LATENESS_BUCKETS = [
  { label: "on time", max: 0 },
  { label: "up to 1 min", max: 6e4 },
  { label: "1 to 5 min", max: 5 * 6e4 },
  { label: "5 to 15 min", max: 15 * 6e4 },
  { label: "15 to 30 min", max: 30 * 6e4 },
  { label: "30 to 60 min", max: 60 * 6e4 },
  { label: "1 to 4 h", max: 4 * 36e5 },
  { label: "more than 4 h", max: Number.MAX_SAFE_INTEGER }
];
function reportRefusal(f) {
  return { id: f.request, at: f.at, codes: f.reasons.map((r) => r.code), pr: f.pr?.number ?? null, gl: spotText(f.spot) };
}
function reportAlert(f) {
  return { id: f.request, at: f.at, target: f.target, principal: f.principal, limit: f.limit, observed: f.observed, allowed: f.allowed, action: f.action };
}
function reportDrift(f) {
  return { id: f.request, at: f.at, target: f.target, principal: f.principal ?? null, what: f.what, gl: spotText(f.spot) };
}
var HeadlineTally = class {
  constructor(intervalMs, now) {
    this.intervalMs = intervalMs;
    this.now = now;
  }
  intervalMs;
  now;
  figures = {
    grants: 0,
    people: 0,
    targets: 0,
    breakGlass: 0,
    breakGlassUnknown: 0,
    live: 0,
    revoked: 0,
    revokedLate: 0,
    maxLateMs: 0,
    overdue: 0,
    withFailures: 0,
    interrupted: 0,
    refused: 0,
    alerts: 0,
    drift: 0
  };
  people = /* @__PURE__ */ new Set();
  targets = /* @__PURE__ */ new Set();
  /** `grantees`: the grant's, as recorded (`g.p` is their logins joined for the page). */
  grant(g, grantees) {
    const f = this.figures;
    f.grants += 1;
    for (const p of grantees) this.people.add(p.login);
    for (const t of g.tg) this.targets.add(t);
    f.people = this.people.size;
    f.targets = this.targets.size;
    if (g.bg === 1) f.breakGlass += 1;
    if (g.bg === null) f.breakGlassUnknown += 1;
    if (g.st === "revoked") {
      f.revoked += 1;
      if ((g.lt ?? 0) > this.intervalMs) f.revokedLate += 1;
      f.maxLateMs = Math.max(f.maxLateMs, g.lt ?? 0);
    } else {
      f.live += 1;
      if (g.x === null || this.now - g.x > this.intervalMs) f.overdue += 1;
    }
    if (g.f > 0) f.withFailures += 1;
    if (g.rf !== null || g.st === "intended") f.interrupted += 1;
  }
};

// src/audit-view/report-style.ts
var REPORT_CSS = `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1a1a1a;--muted:#555555;--line:#c8c8c8;--panel:#f4f5f7;--bar:#2f6db5;--bar-fg:#ffffff;--live:#1d7a3e;--bg-bar:#b3261e;--late:#8a5300;--ok:#1d7a3e;--bad:#b3261e;--focus:#0b57d0}
@media (prefers-color-scheme:dark){:root{--bg:#121416;--fg:#e8e8e8;--muted:#b0b0b0;--line:#4a4d52;--panel:#1d2024;--bar:#7aa7e0;--bar-fg:#0b0c0e;--live:#6cc58a;--bg-bar:#ff8a80;--late:#f2b45c;--ok:#6cc58a;--bad:#ff8a80;--focus:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0;padding:1rem 1.25rem 3rem;background:var(--bg);color:var(--fg);font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}
h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
p{margin:.4rem 0;max-width:70rem}
.muted{color:var(--muted)}
.skip{position:absolute;left:-999rem}
.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.4rem .6rem;z-index:10}
a{color:var(--focus)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.verdict{padding:.6rem .8rem;border:2px solid var(--ok);border-radius:.4rem;background:var(--panel)}
.verdict strong{color:var(--ok)}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.6rem;margin:.6rem 0;padding:0}
.figures div{background:var(--panel);border:1px solid var(--line);border-radius:.4rem;padding:.5rem .7rem}
.figures dt{font-size:.85rem;color:var(--muted)}
.figures dd{margin:0;font-size:1.4rem;font-weight:600}
form.filters{display:flex;flex-wrap:wrap;gap:.8rem 1.2rem;align-items:flex-end;background:var(--panel);border:1px solid var(--line);border-radius:.4rem;padding:.7rem .8rem}
form.filters label{display:flex;flex-direction:column;font-size:.9rem;gap:.2rem}
select,button{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:.3rem;padding:.3rem .5rem;min-height:2.2rem;max-width:100%}
button{cursor:pointer}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.4rem 0 .8rem;padding:0;list-style:none;font-size:.9rem}
.legend .bar{position:relative;top:auto;display:inline-block;width:2.2rem;height:1rem;vertical-align:middle;margin-right:.3rem}
.axis{display:flex;justify-content:space-between;font-size:.8rem;color:var(--muted);margin-left:var(--label-w,12rem)}
.lanes{--label-w:12rem}
.lane{display:flex;align-items:stretch;border-top:1px solid var(--line);min-height:1.9rem;break-inside:avoid}
.lane-label{flex:0 0 var(--label-w);padding:.2rem .5rem .2rem 0;overflow-wrap:anywhere;font-size:.9rem}
.track{position:relative;flex:1 1 auto;min-width:8rem;min-height:1.6rem;margin:.15rem 0}
.bar{position:absolute;top:.2rem;height:1.1rem;min-width:3px;background:var(--bar);border-radius:2px}
.bar.live{background:repeating-linear-gradient(135deg,var(--live) 0 .35rem,transparent .35rem .6rem);border:2px solid var(--live)}
.bar.bg{background:var(--bg-bar);border:3px double var(--fg)}
.bar.bg::before{content:"!";position:absolute;left:.15rem;top:-.15rem;font-weight:700;color:var(--bar-fg)}
.bar.late{box-shadow:0 0 0 2px var(--late)}
.note{font-size:.9rem;color:var(--muted)}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.9rem;min-width:40rem}
caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border:1px solid var(--line);padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:var(--panel)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr{break-inside:avoid}
.dist{display:inline-block;height:.8rem;background:var(--late);vertical-align:middle}
.bad{color:var(--bad);font-weight:600}
@media (max-width:40rem){.lanes{--label-w:6.5rem}.axis{margin-left:6.5rem}}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#333;--line:#999;--panel:#fff;--bar:#444;--live:#000;--bg-bar:#000;--late:#000;--ok:#000;--bad:#000}
body{padding:0;font-size:10pt}
form.filters,.skip,noscript{display:none}
h2{break-after:avoid}
section{break-inside:auto}
.bar{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.scroll{overflow:visible}
table{min-width:0;width:100%}
}
`;

// src/audit-view/report-html.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
function jsonForScript(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var sha256 = (text) => `'sha256-${hash("sha256", text, "base64")}'`;
var CSP = `default-src 'none'; script-src ${sha256(REPORT_SCRIPT)}; style-src ${sha256(REPORT_CSS)}; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;
async function writeReport(source, sink, options) {
  const tally = new HeadlineTally(options.intervalMs, options.now);
  const refusals = [];
  const alerts = [];
  const drift = [];
  const period = describePeriod(options.period);
  const title = `Access report${options.repository !== void 0 ? ` for ${options.repository}` : ""}`;
  sink.write(
    [
      "<!doctype html>",
      '<html lang="en">',
      "<head>",
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
      '<meta name="referrer" content="no-referrer">',
      `<title>${escapeHtml(title)}</title>`,
      `<style>${REPORT_CSS}</style>`,
      "</head>",
      "<body>",
      '<a class="skip" href="#filters">Skip to the filters</a>',
      "<header>",
      `<h1>${escapeHtml(title)}</h1>`,
      `<p>Period: <strong>${escapeHtml(period.since ?? "the first ledger event")}</strong> to <strong>${escapeHtml(period.until)}</strong> (UTC, end excluded). A grant is in the period when its access overlapped it.</p>`,
      `<p class="muted">Generated ${escapeHtml(formatInstant(options.now))} by grantbook ${escapeHtml(VERSION)} from the ledger under audit/${options.ledgerRef !== void 0 ? ` at commit <span class="mono">${escapeHtml(options.ledgerRef)}</span>` : ""}. Late means revoked more than one schedule interval (${escapeHtml(humanDuration(options.intervalMs))}) after expiry.</p>`,
      "</header>",
      '<script type="application/json" id="grants-data">['
    ].join("\n")
  );
  let first = true;
  const breakGlass = [];
  const folder = new GrantRowFolder(options.period, {
    row(row) {
      const g = reportGrant(row, options.facts);
      tally.grant(g, row.grant.grantees);
      if (g.bg === 1) breakGlass.push(g.id);
      sink.write(`${first ? "\n" : ",\n"}${jsonForScript(g)}`);
      first = false;
    },
    refusal: (f) => void refusals.push(reportRefusal(f)),
    alert: (f) => void alerts.push(reportAlert(f)),
    drift: (f) => void drift.push(reportDrift(f))
  });
  const verdict = await source((e, where) => folder.add(e, where), foldTakes);
  folder.end();
  const figures = tally.figures;
  figures.refused = refusals.length;
  figures.alerts = alerts.length;
  figures.drift = drift.length;
  const followUps = verdict.ok && options.followUps !== void 0 ? Object.fromEntries(await options.followUps(breakGlass)) : null;
  const meta = {
    since: Number.isFinite(options.period.since) ? options.period.since : null,
    until: options.period.until,
    now: options.now,
    intervalMs: options.intervalMs,
    buckets: LATENESS_BUCKETS,
    refusals,
    alerts,
    drift,
    followUps
  };
  sink.write(`
]</script>
<script type="application/json" id="report-meta">${jsonForScript(meta)}</script>
`);
  sink.write(body(verdict, figures, options));
  sink.write(`<script>${REPORT_SCRIPT}</script>
</body>
</html>
`);
  return { verdict, headline: figures };
}
function body(verdict, f, options) {
  const figure = (label, value) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(String(value))}</dd></div>`;
  const tip = verdict.tip;
  const problems = options.facts.problems.map(
    (p) => `<li><span class="mono">${escapeHtml(p.file ?? "policies/")}</span> ${escapeHtml(p.code)}: ${escapeHtml(p.message)}</li>`
  );
  return [
    "<main>",
    '<section id="chain" aria-labelledby="chain-h">',
    '<h2 id="chain-h">Ledger verification</h2>',
    `<p class="verdict"><strong>The hash chain verifies.</strong> ${verdict.events} event(s)${tip !== void 0 ? `, seq 0 to ${tip.seq}; the last event's hash is <span class="mono">${escapeHtml(tip.hash)}</span>` : ""}. Every event's sha256, its link to the event before it, the sequence numbers and the month files were recomputed before anything was written; a ledger that does not verify gets no report.</p>`,
    '<p class="muted">To check the chain without this tool, see docs/audit-evidence.md in the Grantbook repository: the hash rule takes a few lines of any language.</p>',
    "</section>",
    '<section id="headline" aria-labelledby="headline-h">',
    '<h2 id="headline-h">The period at a glance</h2>',
    '<dl class="figures">',
    figure("Grants", f.grants),
    figure("People", f.people),
    figure("Targets", f.targets),
    figure("Still live at the end", f.live),
    figure("Revoked", f.revoked),
    figure("Revoked late", f.revokedLate),
    figure("Most late revocation", humanDuration(f.maxLateMs)),
    figure("Live and overdue", f.overdue),
    figure("Break-glass uses", f.breakGlass),
    figure("Failed revocation attempts (grants)", f.withFailures),
    figure("Refused at apply", f.refused),
    figure("Interrupted applies", f.interrupted),
    figure("Limit alerts", f.alerts),
    figure("Drift findings", f.drift),
    "</dl>",
    '<p class="note">These figures cover the whole period; the sections below follow the filters. Break-glass and sensitive columns come from the profiles under policies/ at this checkout: the ledger records the profile name, not these properties.</p>',
    ...problems.length > 0 ? ['<ul class="bad">', ...problems, "</ul>"] : [],
    "</section>",
    `<noscript><p class="bad">The timeline, the tables and the filters are drawn by the page's own script, which is turned off: the figures above are what can be shown without it.</p></noscript>`,
    '<section id="filters" aria-labelledby="filters-h">',
    '<h2 id="filters-h">Filters</h2>',
    '<form class="filters" id="filter-form">',
    '<label for="f-person">Person<select id="f-person"><option value="">All people</option></select></label>',
    '<label for="f-target">Target<select id="f-target"><option value="">All targets</option></select></label>',
    '<label for="f-profile">Profile<select id="f-profile"><option value="">All profiles</option></select></label>',
    '<label for="f-group">Timeline lanes<select id="f-group"><option value="person">by person</option><option value="target">by target</option></select></label>',
    '<button type="button" id="f-reset">Show everything</button>',
    "</form>",
    '<p id="shown" role="status" aria-live="polite"></p>',
    "</section>",
    '<section id="timeline" aria-labelledby="timeline-h">',
    '<h2 id="timeline-h">Timeline: who had what, when</h2>',
    '<ul class="legend" aria-label="Legend">',
    '<li><span class="bar" aria-hidden="true"></span>granted, then revoked</li>',
    '<li><span class="bar live" aria-hidden="true"></span>still live at the end of the ledger (hatched)</li>',
    '<li><span class="bar bg" aria-hidden="true"></span>break-glass (marked "!")</li>',
    '<li><span class="bar late" aria-hidden="true"></span>revoked late (outlined)</li>',
    "</ul>",
    '<p class="note">Each bar is also a row of the Grants table below, which screen readers and keyboards reach more easily.</p>',
    '<div id="lanes" class="lanes"></div>',
    '<p id="timeline-note" class="note"></p>',
    "</section>",
    '<section id="lateness" aria-labelledby="lateness-h">',
    '<h2 id="lateness-h">Revocation lateness</h2>',
    '<div id="late-dist"></div>',
    '<div id="late-list"></div>',
    "</section>",
    '<section id="breakglass" aria-labelledby="breakglass-h">',
    '<h2 id="breakglass-h">Break-glass uses and their follow-up reviews</h2>',
    '<p class="note">Every break-glass grant opens one follow-up review issue titled "Break-glass review: &lt;request&gt;" (labels grantbook, break-glass). Its state lives on GitHub, not in the ledger: it is shown when the report was made with access to the repository (--repo and a token), as it stood then.</p>',
    '<div id="bg-list"></div>',
    "</section>",
    '<section id="refused" aria-labelledby="refused-h">',
    '<h2 id="refused-h">Refused and held-back requests</h2>',
    '<div id="refused-list"></div>',
    `<p class="note">Requests held back while the repository's settings were unsafe are not in the ledger by design: nothing was granted or recorded, one issue ("Grantbook apply is holding grants back") named the settings, and a re-run after the fix grants them.</p>`,
    "</section>",
    '<section id="alerts" aria-labelledby="alerts-h">',
    '<h2 id="alerts-h">Alerts and drift</h2>',
    '<div id="alert-list"></div>',
    '<div id="drift-list"></div>',
    "</section>",
    '<section id="grants" aria-labelledby="grants-h">',
    '<h2 id="grants-h">Grants</h2>',
    '<div id="grant-table"></div>',
    "</section>",
    "</main>",
    ""
  ].join("\n");
}

export {
  readRepoFile,
  collectRepoFiles,
  readProfileFacts,
  DEFAULT_SCHEDULE_MINUTES,
  heartbeatWarning,
  checkoutLedger,
  describeBreak,
  PendingFile,
  parsePeriod,
  describePeriod,
  monthToDate,
  describeGrant,
  grantParts,
  breakGlassOf,
  sensitiveColumns,
  humanDuration,
  alertText,
  spotText,
  activityStatus,
  activityTotals,
  foldTakes,
  GrantRowFolder,
  writeReport
};
