import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  windowBetween
} from "./chunk-EHCSI52U.js";
import {
  NOT_SWEPT_WHY,
  commitMessage,
  failureIssueTitle,
  renderFailureIssue,
  renderResolvedIssue,
  renderRevokedComment,
  renderSummary
} from "./chunk-TNJD4TVH.js";
import {
  alertIssueTitle,
  renderActivity,
  renderAlertIssue
} from "./chunk-7HVOHCB3.js";
import {
  readProfile
} from "./chunk-2L7HMFXM.js";
import {
  createIssue,
  findIssueByMarker,
  getFileAtRef,
  listDirectory,
  updateIssue,
  upsertCommentByMarker
} from "./chunk-BQG7652W.js";
import {
  alertMarker,
  failureMarker,
  revokedMarker
} from "./chunk-2QZJYOXF.js";
import {
  readTargets
} from "./chunk-MAALNFN3.js";
import {
  LedgerError,
  commitEvents,
  due,
  fold,
  isLive,
  readChain
} from "./chunk-XWXGGLRX.js";
import {
  POLICIES_DIR,
  REQUESTS_DIR,
  TARGETS_PATH
} from "./chunk-W3EMCSNL.js";
import {
  activeRegistry
} from "./chunk-JKSNEYSU.js";
import {
  POLICY_MAX_BYTES
} from "./chunk-S2FTDJZ2.js";
import {
  UserError
} from "./chunk-BGLQZM7W.js";
import {
  ACTIVITY_LIMITS,
  LIMITS,
  storableText
} from "./chunk-VTNCT2GJ.js";
import {
  formatInstant,
  parseInstant
} from "./chunk-VIPNLK4T.js";
import {
  ProviderError,
  RevokeNotVerified,
  describeError
} from "./chunk-F3R5FBMV.js";
import {
  matches
} from "./chunk-VBI6FCSW.js";

// src/modes/revoke/port.ts
function githubRevokePort(client, repo) {
  return {
    async readFile(commitSha, path, maxBytes) {
      const file = await getFileAtRef(client, repo, commitSha, path, { maxBytes });
      if (file === void 0) return { kind: "absent" };
      if (file.kind !== "file" && file.kind !== "executable") return { kind: "not-regular" };
      return file.bytes === void 0 ? { kind: "too-large" } : { kind: "file", bytes: file.bytes };
    },
    async requestIds(commitSha) {
      const entries = await listDirectory(client, repo, commitSha, REQUESTS_DIR) ?? [];
      const ids = /* @__PURE__ */ new Set();
      for (const e of entries) {
        if (e.kind !== "file" && e.kind !== "executable") continue;
        const id = requestIdOf(e.path);
        if (id !== void 0) ids.add(id);
      }
      return ids;
    },
    findIssue: (marker) => findIssueByMarker(client, repo, marker, { state: "open" }),
    createIssue: (issue) => createIssue(client, repo, issue),
    updateIssue: (number, update) => updateIssue(client, repo, number, update),
    upsertComment: async (issueNumber, marker, body) => {
      await upsertCommentByMarker(client, repo, issueNumber, marker, body);
    }
  };
}
function requestIdOf(path) {
  const prefix = `${REQUESTS_DIR}/`;
  if (!path.startsWith(prefix) || !path.endsWith(".yaml")) return void 0;
  const id = path.slice(prefix.length, -".yaml".length);
  return matches("requestId", id) ? id : void 0;
}

// src/modes/revoke/activity-issues.ts
async function raiseAlerts(deps, folded, recorded, notes) {
  const errors = [];
  const byRequest = /* @__PURE__ */ new Map();
  for (const e of recorded) if (e.type === "alert") byRequest.set(e.request, [...byRequest.get(e.request) ?? [], e]);
  for (const [request, alerts] of byRequest) {
    const marker = alertMarker(request);
    try {
      const body = renderAlertIssue(request, folded.states.get(request)?.grant?.pr.number, alerts, marker);
      const existing = await deps.github.findIssue(marker);
      if (existing === void 0) {
        const issue = await deps.github.createIssue({ title: alertIssueTitle(request), body, labels: ["grantbook", "activity-alert"] });
        deps.logger.warning(`Opened issue #${issue.number}: ${request} crossed a limit of its profile.`);
      } else {
        await deps.github.updateIssue(existing.number, { body, state: "open" });
      }
    } catch (error) {
      const text = `E_ACTIVITY_LIMIT_EXCEEDED the alert issue for ${request} could not be written (${error instanceof Error ? error.message : String(error)}); the alert is in the ledger.`;
      notes.push(text);
      deps.logger.error(text);
      errors.push(text);
    }
  }
  return errors;
}

// src/activity/statement-text.ts
var PLANNABLE = /* @__PURE__ */ new Set(["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH", "VALUES", "TABLE"]);
var WRITE_WORDS = /* @__PURE__ */ new Set(["INSERT", "UPDATE", "DELETE", "MERGE", "TRUNCATE"]);
var WRITE_LEADERS = /* @__PURE__ */ new Set(["CREATE", "ALTER", "DROP", "TRUNCATE", "GRANT", "REVOKE", "COMMENT", "REFRESH", "REINDEX", "CLUSTER", "IMPORT", "SECURITY"]);
function describeStatement(raw) {
  if (raw === void 0 || raw.length === 0) return { text: "statement (text unavailable)", withheld: true };
  const scan = scanStatement(raw);
  const lead = scan.words[0]?.word;
  const first = lead !== void 0 && scan.stripped.toUpperCase().startsWith(lead) ? lead : void 0;
  const writes = isWrite(scan);
  const label = first !== void 0 && /^[A-Z]{1,20}$/.test(first) ? first : "unrecognized";
  if (scan.literal || scan.broken || first === void 0 || !PLANNABLE.has(first) || scan.stripped.length === 0) {
    return { text: `${label} statement (text withheld)`, withheld: true, ...writes ? { writes: true } : {} };
  }
  return { text: storableText(scan.stripped, ACTIVITY_LIMITS.statementText), ...writes ? { writes: true } : {} };
}
function isWrite(scan) {
  const [first] = scan.words;
  if (first === void 0) return false;
  if (WRITE_LEADERS.has(first.word)) return true;
  if (first.word === "COPY") return scan.words.some((w) => w.depth === 0 && w.word === "FROM");
  for (let i = 0; i < scan.words.length; i += 1) {
    const w = scan.words[i]?.word ?? "";
    if (!WRITE_WORDS.has(w)) continue;
    const before = scan.words[i - 1]?.word;
    if (w === "UPDATE" && (before === "FOR" || before === "KEY")) continue;
    return true;
  }
  return false;
}
var IDENT_START = /[A-Za-z_\u0080-\uFFFF]/;
var IDENT_PART = /[A-Za-z0-9_$\u0080-\uFFFF]/;
function scanStatement(raw) {
  const words = [];
  let out = "";
  let literal = false;
  let broken = false;
  let depth = 0;
  let i = 0;
  const space = () => {
    if (out.length > 0 && !out.endsWith(" ")) out += " ";
  };
  while (i < raw.length) {
    const c = raw.charAt(i);
    const next = raw.charAt(i + 1);
    if (c === "-" && next === "-") {
      const end = raw.indexOf("\n", i);
      i = end === -1 ? raw.length : end + 1;
      space();
    } else if (c === "/" && next === "*") {
      let nest = 1;
      i += 2;
      while (i < raw.length && nest > 0) {
        if (raw.startsWith("/*", i)) {
          nest += 1;
          i += 2;
        } else if (raw.startsWith("*/", i)) {
          nest -= 1;
          i += 2;
        } else i += 1;
      }
      if (nest > 0) broken = true;
      space();
    } else if (c === "'") {
      literal = true;
      i += 1;
    } else if (c === '"') {
      const end = raw.indexOf('"', i + 1);
      if (end === -1) {
        broken = true;
        break;
      }
      if (!/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(raw.slice(i + 1, end))) literal = true;
      out += raw.slice(i, end + 1);
      i = end + 1;
    } else if (c === "$") {
      let j = i + 1;
      while (j < raw.length && /[0-9]/.test(raw.charAt(j))) j += 1;
      if (j === i + 1) literal = true;
      out += raw.slice(i, j);
      i = Math.max(j, i + 1);
    } else if (/[0-9]/.test(c) || c === "." && /[0-9]/.test(next)) {
      literal = true;
      out += c;
      i += 1;
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < raw.length && IDENT_PART.test(raw.charAt(j))) j += 1;
      const word = raw.slice(i, j);
      words.push({ word: word.toUpperCase(), depth });
      out += word;
      i = j;
    } else if (/\s/.test(c)) {
      space();
      i += 1;
    } else {
      if (c === "(") depth += 1;
      if (c === ")") depth = Math.max(0, depth - 1);
      out += c;
      i += 1;
    }
  }
  return { words, stripped: out.trim(), literal, broken };
}

// src/activity/summary.ts
var SUMMARY_TOP = 20;
function summaryBody(window, since, top = SUMMARY_TOP) {
  if (!window.observable) return { status: "not_observable", reason: window.reason };
  if (since === void 0) return { status: "not_observable", reason: { code: "E_ACTIVITY_NO_BASELINE", message: "the baseline has no time" } };
  const described = window.statements.map((s) => ({ delta: s, description: describeStatement(s.text) }));
  described.sort(
    (a, b) => b.delta.rows - a.delta.rows || b.delta.calls - a.delta.calls || cmp(a.description.text, b.description.text) || cmp(a.delta.id, b.delta.id)
  );
  const shown = described.slice(0, top);
  const rest = described.slice(top);
  const statements = shown.map(({ delta, description }) => ({
    text: description.text,
    calls: delta.calls,
    rows: delta.rows,
    time_ms: delta.time_ms,
    ...description.withheld === true ? { withheld: true } : {},
    ...description.writes === true ? { writes: true } : {}
  }));
  const others = rest.reduce(
    (t, { delta }) => ({ statements: t.statements + 1, calls: t.calls + delta.calls, rows: t.rows + delta.rows, time_ms: t.time_ms + delta.time_ms }),
    { statements: 0, calls: 0, rows: 0, time_ms: 0 }
  );
  return { status: "observed", since, statements, others, totals: window.totals, ...window.flags.length > 0 ? { flags: [...window.flags] } : {} };
}
function usage(statements) {
  let rowsRead = 0;
  let writeCalls = 0;
  for (const s of statements) {
    if (describeStatement(s.text).writes === true) writeCalls += s.calls;
    else rowsRead += s.rows;
  }
  return { rowsRead, writeCalls };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/activity/limits.ts
function checkLimits(window, limits) {
  if (!window.observable) return [];
  const { rowsRead, writeCalls } = usage(window.statements);
  const estimated = window.flags.includes("baseline_partial");
  const rows = estimated ? window.totals.rows : rowsRead;
  const out = [];
  if (limits.rowsRead !== void 0 && rows > limits.rowsRead) out.push({ limit: "rows_read", observed: rows, allowed: limits.rowsRead, estimated });
  if (limits.readOnly === true && writeCalls > 0) out.push({ limit: "writes", observed: writeCalls, allowed: 0, estimated });
  return out;
}

// src/activity/ledger.ts
var key = (target, principal) => `${target}\0${principal}`;
function activityIndex(events) {
  const baselines = /* @__PURE__ */ new Map();
  const summaries = /* @__PURE__ */ new Map();
  const alerts = /* @__PURE__ */ new Map();
  for (const e of events) {
    if (e.type === "activity") {
      if (e.kind === "baseline") {
        const m = baselines.get(e.request) ?? /* @__PURE__ */ new Map();
        m.set(key(e.target, e.principal), e);
        baselines.set(e.request, m);
      } else {
        const s = summaries.get(e.request) ?? /* @__PURE__ */ new Set();
        s.add(key(e.target, e.principal));
        summaries.set(e.request, s);
      }
    } else if (e.type === "alert") {
      const s = alerts.get(e.request) ?? /* @__PURE__ */ new Set();
      s.add(`${key(e.target, e.principal)}\0${e.limit}`);
      alerts.set(e.request, s);
    }
  }
  return (request) => ({
    baseline: (target, principal) => baselines.get(request)?.get(key(target, principal)),
    summarized: (target, principal) => summaries.get(request)?.has(key(target, principal)) ?? false,
    alerted: (target, principal, limit) => alerts.get(request)?.has(`${key(target, principal)}\0${limit}`) ?? false
  });
}

// src/modes/revoke/activity.ts
async function watchLimits(deps, due2) {
  const index = activityIndex(deps.events);
  const alerts = [];
  const limitRevoke = /* @__PURE__ */ new Set();
  const notes = [];
  const profiles = /* @__PURE__ */ new Map();
  const reader = cachedReader(deps);
  for (const state of deps.folded.states.values()) {
    if (!isLive(state) || due2.has(state.request) || state.limitRevoke === true) continue;
    const record = index(state.request);
    const watched = pairs(state).filter((p) => record.baseline(p.target, p.principal)?.status === "observed");
    if (watched.length === 0) continue;
    const profile = state.grant.profile;
    if (!profiles.has(profile)) profiles.set(profile, profileLimits(deps, profile));
    const limits = await profiles.get(profile);
    if (limits === void 0) continue;
    if ("unreadable" in limits) {
      notes.push(`E_ACTIVITY_PROFILE_UNREADABLE limits of ${state.request} were not checked: ${limits.unreadable}`);
      continue;
    }
    for (const p of watched) {
      const current = await reader(p.target, p.principal);
      for (const b of checkLimits(windowBetween(record.baseline(p.target, p.principal), current), limits)) {
        if (record.alerted(p.target, p.principal, b.limit)) continue;
        const action = b.estimated ? "alert" : limits.onExceed;
        alerts.push({
          type: "alert",
          request: state.request,
          actor: deps.actor,
          target: p.target,
          principal: p.principal,
          limit: b.limit,
          observed: b.observed,
          allowed: b.allowed,
          action
        });
        if (action === "revoke") limitRevoke.add(state.request);
        deps.logger.warning(
          `E_ACTIVITY_LIMIT_EXCEEDED ${state.request} on ${p.target}: ${b.limit} ${b.observed}${b.estimated ? " (upper bound)" : ""} > ${b.allowed} (${action}).`
        );
      }
    }
  }
  for (const n of notes) deps.logger.warning(n);
  return { alerts, limitRevoke, notes, index };
}
async function summarizeActivity(deps, index, outcomes) {
  const out = /* @__PURE__ */ new Map();
  const holders = outcomes.length === 0 ? /* @__PURE__ */ new Map() : liveHolders(deps.folded);
  const reader = cachedReader(deps);
  for (const o of outcomes) {
    if (o.item.source === "drift") continue;
    const record = index(o.item.request);
    const state = deps.folded.states.get(o.item.request);
    const revoked = new Set(o.results.filter((r) => r.status === "revoked").map((r) => r.target));
    const drafts = [];
    for (const work of o.item.targets) {
      if (!revoked.has(work.target)) continue;
      const provider = state?.grant?.grants.find((g) => g.target === work.target)?.provider;
      if (provider === void 0) continue;
      for (const { principal } of work.principals) {
        if (record.summarized(work.target, principal)) continue;
        const baseline = record.baseline(work.target, principal);
        const current = await reader(work.target, principal);
        const body = summaryBody(windowBetween(baseline, current), baseline?.at);
        const shared = (holders.get(pairKey(work.target, principal)) ?? 0) > (state !== void 0 && isLive(state) ? 1 : 0);
        const flags = body.status === "observed" && shared ? withFlag(body.flags, "shared_principal") : body.flags;
        drafts.push({
          type: "activity",
          request: o.item.request,
          actor: deps.actor,
          kind: "summary",
          target: work.target,
          provider,
          principal,
          ...body,
          ...flags !== void 0 ? { flags } : {}
        });
      }
    }
    if (drafts.length > 0) out.set(o.item.request, drafts);
  }
  return out;
}
async function read(deps, target, principal) {
  const handle = deps.targets.handle(target);
  if (handle.state !== "ready")
    return { observable: false, reason: { code: "E_ACTIVITY_READ_FAILED", message: `target ${target} was not reachable this run` } };
  const source = handle.provider.activity;
  if (source === void 0) {
    return {
      observable: false,
      reason: { code: "E_ACTIVITY_NOT_SUPPORTED", message: `the ${handle.target.provider} provider exposes no record of a grantee's use` }
    };
  }
  try {
    return await source.readActivity(principal, { withText: true });
  } catch {
    return { observable: false, reason: { code: "E_ACTIVITY_READ_FAILED", message: `reading the activity of ${principal} on ${target} failed` } };
  }
}
async function profileLimits(deps, name) {
  const path = `${POLICIES_DIR}/${name}.yaml`;
  try {
    const file = await deps.github.readFile(deps.commitSha, path, POLICY_MAX_BYTES);
    if (file.kind !== "file") return { unreadable: `${path} is ${file.kind === "absent" ? "missing" : "not a readable regular file"}` };
    const read2 = readProfile({ path, bytes: file.bytes });
    const problem = read2.diagnostics.find((d) => d.severity === "error");
    if (read2.profile === void 0 || problem !== void 0) return { unreadable: `${path} is invalid (${problem?.code ?? "unknown"})` };
    return read2.profile.limits;
  } catch (error) {
    return { unreadable: `${path} could not be read (${error instanceof Error ? error.name : "error"})` };
  }
}
function pairs(state) {
  const pending = new Set(state.pending);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const g of state.grant.grants) {
    const key2 = `${g.target}\0${g.principal}`;
    if (!pending.has(g.target) || seen.has(key2)) continue;
    seen.add(key2);
    out.push({ target: g.target, principal: g.principal });
  }
  return out;
}
var pairKey = (target, principal) => `${target}\0${principal}`;
function liveHolders(folded) {
  const out = /* @__PURE__ */ new Map();
  for (const s of folded.states.values()) {
    if (!isLive(s)) continue;
    for (const key2 of new Set(s.grant.grants.map((g) => pairKey(g.target, g.principal)))) out.set(key2, (out.get(key2) ?? 0) + 1);
  }
  return out;
}
var TARGET_WIDE = /* @__PURE__ */ new Set([
  "E_ACTIVITY_EXTENSION_MISSING",
  "E_ACTIVITY_NOT_LOADED",
  "E_ACTIVITY_NO_PRIVILEGE",
  "E_ACTIVITY_NOT_SUPPORTED",
  "E_ACTIVITY_READ_FAILED"
]);
function cachedReader(deps) {
  const known = /* @__PURE__ */ new Map();
  return async (target, principal) => {
    const cached = known.get(target);
    if (cached !== void 0) return cached;
    const snapshot = await read(deps, target, principal);
    if (!snapshot.observable && TARGET_WIDE.has(snapshot.reason.code)) known.set(target, snapshot);
    return snapshot;
  };
}
function withFlag(flags, flag) {
  return [.../* @__PURE__ */ new Set([...flags ?? [], flag])].sort();
}

// src/modes/revoke/drift.ts
function targetWork(s, target) {
  const byPrincipal = /* @__PURE__ */ new Map();
  for (const g of s.grant?.grants ?? []) {
    if (g.target !== target) continue;
    const work = byPrincipal.get(g.principal) ?? { specs: [], held: [] };
    work.specs.push(g.spec);
    if (g.already_held === true) work.held.push(g.spec);
    byPrincipal.set(g.principal, work);
  }
  return {
    target,
    principals: [...byPrincipal].map(([principal, w]) => w.held.length > 0 ? { principal, specs: w.specs, held: w.held } : { principal, specs: w.specs })
  };
}
function openDrift(events) {
  const open = /* @__PURE__ */ new Set();
  for (const e of events) {
    if (e.type === "drift_found") open.add(pairKey2(e.request, e.target));
    else if (e.type === "revoked") for (const t of e.targets) open.delete(pairKey2(e.request, t));
  }
  return open;
}
var pairKey2 = (request, target) => `${request}\0${target}`;
function driftItems(input) {
  const { folded } = input;
  const open = openDrift(input.events);
  const byRequest = /* @__PURE__ */ new Map();
  const unresolved = [];
  const missing = [];
  for (const [target, list] of input.managed) {
    const listed = /* @__PURE__ */ new Set();
    for (const m of list) {
      listed.add(m.requestId);
      const s = folded.states.get(m.requestId);
      if (s !== void 0 && isLive(s) && s.pending.includes(target)) continue;
      const what = s?.grant === void 0 ? "unrecorded" : "lingering";
      const known = s === void 0 ? void 0 : targetWork(s, target);
      const principal = m.principal ?? (known?.principals.length === 1 ? known.principals[0]?.principal : void 0);
      const recorded = open.has(pairKey2(m.requestId, target));
      if (principal === void 0) {
        unresolved.push({ request: m.requestId, target, what, recorded });
        continue;
      }
      const work = known?.principals.find((p) => p.principal === principal) ?? { principal, specs: [] };
      const entry = byRequest.get(m.requestId) ?? { first: m, what, targets: [], hadFailures: (s?.failures ?? 0) > 0 };
      entry.targets.push({ target, principals: [work] });
      entry.hadFailures ||= recorded;
      byRequest.set(m.requestId, entry);
    }
    for (const s of folded.states.values()) {
      if (s.status !== "intended" && isLive(s) && s.pending.includes(target) && !listed.has(s.request)) missing.push({ request: s.request, target });
    }
  }
  const items = [...byRequest].map(([request, e]) => ({
    request,
    source: "drift",
    cause: "drift",
    drift: e.what,
    targets: e.targets,
    expiresAt: e.first.expiresAt === void 0 ? Number.NaN : parseInstant(e.first.expiresAt) ?? Number.NaN,
    expiresText: e.first.expiresAt ?? "",
    hadFailures: e.hadFailures,
    order: -1
  }));
  return { items, missing, unresolved };
}

// src/modes/revoke/drafts.ts
var MAX_DELETIONS = 200;
function ledgerChanges(input) {
  let lastDeleted = /* @__PURE__ */ new Set();
  const changes = (view) => {
    const unchanged = view.tip.seq === input.snapshot.tip.seq && view.tip.hash === input.snapshot.tip.hash;
    const folded = unchanged ? input.snapshot.folded : fold(view.events);
    const since = recordedSince(view, input.snapshot.tip.seq);
    const open = openDrift(view.events);
    const drafts = [];
    const deletions = [];
    const deleted = /* @__PURE__ */ new Set();
    const remove = (id) => {
      if (deleted.has(id) || deleted.size >= (input.maxDeletions ?? MAX_DELETIONS)) return;
      deleted.add(id);
      deletions.push({ path: requestPath(id), content: null });
    };
    const alerts = input.activity?.alerts ?? [];
    if (alerts.length > 0) {
      const index = activityIndex(view.events);
      drafts.push(...alerts.filter((a) => !index(a.request).alerted(a.target, a.principal, a.limit)));
    }
    for (const outcome of input.outcomes) {
      const drafted = outcome.item.source === "drift" ? driftDrafts(outcome, input.actor, since, open) : grantDrafts(outcome, input.actor, folded, open, input.activity?.summaries.get(outcome.item.request));
      drafts.push(...drafted.drafts);
      if (drafted.fullyRevoked) remove(outcome.item.request);
    }
    for (const id of input.leftovers ?? []) if (folded.states.get(id)?.status === "revoked") remove(id);
    for (const u of input.unresolved) {
      const key2 = pairKey2(u.request, u.target);
      if (open.has(key2) || since.drift.has(key2)) continue;
      drafts.push({ type: "drift_found", request: u.request, actor: input.actor, target: u.target, what: u.what });
    }
    lastDeleted = deleted;
    return { drafts, extraChanges: deletions };
  };
  return { changes, deleted: () => lastDeleted };
}
function requestPath(request) {
  return `${REQUESTS_DIR}/${request}.yaml`;
}
function grantDrafts(outcome, actor, folded, open, activity = []) {
  const { item } = outcome;
  const state = folded.states.get(item.request);
  const pending = new Set(state !== void 0 && isLive(state) ? state.pending : []);
  const drafts = [];
  for (const f of outcome.foundPresent) {
    if (!pending.has(f.target) || open.has(pairKey2(item.request, f.target))) continue;
    drafts.push({ type: "drift_found", request: item.request, actor, target: f.target, principal: f.principal, what: "unrecorded" });
  }
  const revoked = outcome.results.filter((r) => r.status === "revoked" && pending.has(r.target)).map((r) => r.target);
  if (revoked.length > 0) {
    const late = lateMs(item.expiresAt, outcome.verifiedAt);
    drafts.push({
      type: "revoked",
      request: item.request,
      actor,
      targets: revoked,
      verified: true,
      cause: item.cause,
      ...late !== void 0 ? { late_ms: late } : {}
    });
    drafts.push(...activity.filter((a) => a.type === "activity" && revoked.includes(a.target)));
  }
  for (const r of outcome.results) {
    if (r.status !== "failed" || !pending.has(r.target)) continue;
    drafts.push({ type: "revoke_failed", request: item.request, actor, target: r.target, reason: r.failure.reason, attempts: r.attempts });
  }
  const fullyRevoked = revoked.length > 0 && [...pending].every((t) => revoked.includes(t));
  return { drafts, fullyRevoked };
}
function driftDrafts(outcome, actor, since, open) {
  const { item } = outcome;
  const drafts = [];
  const handled = (target) => since.revoked.has(pairKey2(item.request, target));
  for (const work of item.targets) {
    const key2 = pairKey2(item.request, work.target);
    if (handled(work.target) || open.has(key2) || since.drift.has(key2)) continue;
    const principal = work.principals.length === 1 ? work.principals[0]?.principal : void 0;
    drafts.push({
      type: "drift_found",
      request: item.request,
      actor,
      target: work.target,
      what: item.drift ?? "unrecorded",
      ...principal !== void 0 ? { principal } : {}
    });
  }
  const revoked = outcome.results.filter((r) => r.status === "revoked" && !handled(r.target)).map((r) => r.target);
  if (revoked.length > 0) drafts.push({ type: "revoked", request: item.request, actor, targets: revoked, verified: true, cause: "drift" });
  for (const r of outcome.results) {
    if (r.status !== "failed" || handled(r.target)) continue;
    drafts.push({ type: "revoke_failed", request: item.request, actor, target: r.target, reason: r.failure.reason, attempts: r.attempts });
  }
  return { drafts, fullyRevoked: false };
}
function recordedSince(view, seq) {
  const revoked = /* @__PURE__ */ new Set();
  const drift = /* @__PURE__ */ new Set();
  for (let i = view.events.length - 1; i >= 0; i -= 1) {
    const e = view.events[i];
    if (e === void 0 || e.seq <= seq) break;
    if (e.type === "revoked") for (const t of e.targets) revoked.add(pairKey2(e.request, t));
    else if (e.type === "drift_found") drift.add(pairKey2(e.request, e.target));
  }
  return { revoked, drift };
}
function lateMs(expiresAt, verifiedAt) {
  if (verifiedAt === void 0 || !Number.isFinite(expiresAt) || verifiedAt <= expiresAt) return void 0;
  return Math.round(verifiedAt - expiresAt);
}

// src/modes/revoke/reason.ts
var CODE = /^E_[A-Z0-9_]{1,64}$/;
var CREDENTIAL_MISSING = "E_PROVIDER_CREDENTIAL_MISSING";
var MAX_DETAILS = 20;
function failureOf(error) {
  if (error instanceof UserError) {
    const first = error.diagnostics[0];
    return failure(first?.code ?? "E_REVOKE_PROVIDER_ERROR", first?.message ?? error.message, []);
  }
  const code = error?.code;
  const details = error instanceof ProviderError ? error.details : [];
  if (typeof code === "string" && CODE.test(code) && error instanceof Error) return failure(code, describeError(error), details);
  return failure("E_REVOKE_PROVIDER_ERROR", describeError(error), details);
}
function sweepFailure(code, message2, details = []) {
  return failure(code, message2, details);
}
function failure(code, message2, details) {
  const kept = details.slice(0, MAX_DETAILS).map((d) => storableText(d, 300));
  if (details.length > MAX_DETAILS) kept.push(`\u2026 and ${details.length - MAX_DETAILS} more`);
  return { reason: { code, message: storableText(message2, LIMITS.message) }, details: kept };
}
var PERMANENT = /* @__PURE__ */ new Set([
  "E_PROVIDER_INVALID_GRANT",
  "E_PROVIDER_KIND_UNSUPPORTED",
  "E_PROVIDER_CREDENTIAL_MISSING",
  "E_PROVIDER_UNKNOWN",
  "E_PG_ROLE_FOREIGN",
  "E_PG_ROLE_CONFLICT",
  "E_PG_ROLE_NAME_TOO_LONG",
  "E_PG_PRINCIPAL_UNSAFE",
  "E_PG_GRANTOR_MISMATCH",
  "E_PG_GRANTOR_UNSAFE",
  "E_PG_VERSION_UNSUPPORTED",
  "E_MYSQL_PRINCIPAL_UNSAFE",
  "E_MYSQL_REFUSED",
  "E_MYSQL_ROLE_FOREIGN",
  "E_MYSQL_GRANTOR_MISMATCH"
]);
function isPermanent(error) {
  if (error instanceof UserError) return true;
  return error instanceof ProviderError && !(error instanceof RevokeNotVerified) && PERMANENT.has(error.code);
}
function isOutage(error) {
  return !(error instanceof ProviderError) && !(error instanceof UserError);
}

// src/modes/revoke/retry.ts
var DEFAULT_RETRY = { attempts: 3, baseDelayMs: 2e3, maxDelayMs: 3e4 };
function backoffMs(policy, attempt) {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}
async function withRetry(policy, sleep, fn, stop = () => false) {
  const attempts = Math.max(1, Math.floor(policy.attempts));
  let last;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      return { ok: true, value: await fn(), attempts: attempt };
    } catch (error) {
      last = error;
      if (stop(error)) return { ok: false, error, attempts: attempt };
      if (attempt < attempts) await sleep(backoffMs(policy, attempt));
    }
  }
  return { ok: false, error: last, attempts };
}

// src/modes/revoke/execute.ts
var BREAKER_THRESHOLD = 3;
async function executeSweep(items, deps) {
  const outages = /* @__PURE__ */ new Map();
  const outcomes = [];
  for (const item of items) {
    const results = [];
    const foundPresent = [];
    let verifiedAt;
    for (const work of item.targets) {
      const result2 = await revokeTarget(item, work, deps, outages, foundPresent);
      if (result2.status === "revoked") verifiedAt = deps.clock.now();
      results.push(result2);
      log(deps.logger, item, result2);
    }
    outcomes.push({ item, results, foundPresent, ...verifiedAt !== void 0 ? { verifiedAt } : {} });
  }
  return outcomes;
}
async function revokeTarget(item, work, deps, outages, foundPresent) {
  const target = work.target;
  const handle = deps.targets.handle(target);
  if (handle.state === "busy") return { status: "skipped", target, why: "another revoke run holds the target lock" };
  if (handle.state === "unavailable") return { status: "failed", target, failure: handle.failure, attempts: handle.attempts };
  if (handle.lock !== void 0 && !handle.lock.held) return { status: "skipped", target, why: "the target lock was lost during the run" };
  if (work.principals.length === 0) {
    const failure2 = sweepFailure("E_REVOKE_DRIFT_UNRESOLVED", `request ${item.request}: the ledger names no principal on target ${target}`);
    return { status: "failed", target, failure: failure2, attempts: 1 };
  }
  const tripped = (outages.get(target) ?? 0) >= BREAKER_THRESHOLD;
  const policy = tripped ? { ...deps.retry, attempts: 1 } : deps.retry;
  let attempts = 0;
  for (const principal of work.principals) {
    const grant = targetGrant(item, handle, principal);
    if (item.source === "intent") {
      const seen = await handle.provider.inspect(grant).catch(() => void 0);
      if (seen !== void 0 && !seen.absent) foundPresent.push({ target, principal: principal.principal });
    }
    const done = await withRetry(policy, deps.sleep, () => revokeVerified(handle.provider, grant), isPermanent);
    attempts = Math.max(attempts, done.attempts);
    if (!done.ok) {
      outages.set(target, isOutage(done.error) ? (outages.get(target) ?? 0) + 1 : 0);
      return { status: "failed", target, failure: failureOf(done.error), attempts: done.attempts };
    }
  }
  outages.set(target, 0);
  return { status: "revoked", target, attempts };
}
async function revokeVerified(provider, grant) {
  await provider.revoke(grant);
  const seen = await provider.inspect(grant);
  if (!seen.absent) throw new RevokeNotVerified(grant.target.name, grant.requestId, seen, ["the read-back after revoke still finds the grant"]);
}
function targetGrant(item, handle, p) {
  const grant = { requestId: item.request, target: handle.target, principal: p.principal, grants: p.specs, expiresAt: item.expiresText };
  return p.held === void 0 || p.held.length === 0 ? grant : { ...grant, held: p.held };
}
function log(logger, item, r) {
  const what = `${item.request} on ${r.target} (${item.cause})`;
  if (r.status === "revoked") logger.info(`Revoked ${what}; verified by read-back.`);
  else if (r.status === "skipped") logger.info(`Skipped ${what}: ${r.why}.`);
  else logger.error(`Revocation of ${what} failed after ${r.attempts} attempt(s): ${r.failure.reason.code} ${r.failure.reason.message}`);
}

// src/modes/revoke/issues.ts
var ISSUE_LABELS = ["grantbook"];
function issueWork(outcomes, unresolved, at, runId) {
  const failing = /* @__PURE__ */ new Map();
  const add = (request, pr, f) => {
    const entry = failing.get(request) ?? { ...pr !== void 0 ? { pr } : {}, failures: [] };
    entry.failures.push(f);
    failing.set(request, entry);
  };
  const resolved = /* @__PURE__ */ new Set();
  for (const o of outcomes) {
    for (const r of o.results) {
      if (r.status !== "failed") continue;
      add(o.item.request, o.item.pr, {
        target: r.target,
        code: r.failure.reason.code,
        message: r.failure.reason.message,
        attempts: r.attempts,
        details: r.failure.details
      });
    }
    const done = o.results.length > 0 && o.results.every((r) => r.status === "revoked");
    if (done && o.item.hadFailures) resolved.add(o.item.request);
  }
  for (const u of unresolved) {
    add(u.request, void 0, {
      target: u.target,
      code: "E_REVOKE_DRIFT_UNRESOLVED",
      message: `the provider holds a Grantbook-tagged grant (${u.what}) for this request whose grantee cannot be determined`,
      attempts: 1,
      details: []
    });
  }
  for (const id of failing.keys()) resolved.delete(id);
  return {
    failing: [...failing].map(([request, e]) => ({ request, ...e.pr !== void 0 ? { pr: e.pr } : {}, failures: e.failures, at, runId })),
    resolved: [...resolved]
  };
}
async function upkeepIssues(port, work, at, logger) {
  const opened = [];
  const updated = [];
  const closed = [];
  const errors = [];
  for (const f of work.failing) {
    try {
      const body = renderFailureIssue(f);
      const existing = await port.findIssue(failureMarker(f.request));
      if (existing === void 0) {
        const issue = await port.createIssue({ title: failureIssueTitle(f.request), body, labels: [...ISSUE_LABELS] });
        opened.push(issue.number);
        logger.warning(`Opened issue #${issue.number} for the failing revocation of ${f.request}.`);
      } else {
        await port.updateIssue(existing.number, { body, state: "open" });
        updated.push(existing.number);
        logger.warning(`Updated issue #${existing.number} for the failing revocation of ${f.request}.`);
      }
    } catch (error) {
      errors.push(`issue for ${f.request}: ${message(error)}`);
    }
  }
  for (const request of work.resolved) {
    try {
      const existing = await port.findIssue(failureMarker(request));
      if (existing === void 0) continue;
      await port.updateIssue(existing.number, { body: renderResolvedIssue(request, at, existing.body), state: "closed" });
      closed.push(existing.number);
      logger.info(`Closed issue #${existing.number}: the revocation of ${request} is verified.`);
    } catch (error) {
      errors.push(`closing the issue of ${request}: ${message(error)}`);
    }
  }
  for (const e of errors) logger.error(`E_REVOKE_ISSUE_FAILED ${e}`);
  return { opened, updated, closed, errors };
}
function message(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/modes/revoke/plan.ts
var STALE_INTENT_MS = 60 * 60 * 1e3;
function planSweep(input) {
  const { folded, now } = input;
  const expired = new Set(due(folded.states, now).map((s) => s.request));
  const extendedBy = extensions(folded.states);
  const tagExpired = expiredByTag(input.managed, now);
  const causes = /* @__PURE__ */ new Map();
  for (const s of folded.states.values()) {
    if (!isLive(s)) continue;
    const cause = causeOf(s, input, expired, extendedBy, tagExpired);
    if (cause !== void 0) causes.set(s.request, cause);
  }
  const items = [];
  const deferred = [];
  const holders = sharedHolders(folded.states, causes, input.sharedProviders);
  for (const [request, cause] of causes) {
    const s = folded.states.get(request);
    if (s === void 0 || !isLive(s)) continue;
    const targets = [];
    for (const target of s.pending) {
      const work = targetWork(s, target);
      const heldBy = holders.size === 0 ? void 0 : heldElsewhere(holders, s, work);
      if (heldBy !== void 0) deferred.push({ request, target, heldBy });
      else targets.push(work);
    }
    if (targets.length === 0) continue;
    items.push({
      request,
      // Only an intent: whether the provider holds it is unknown until read back.
      source: s.grant.type === "intent" ? "intent" : "ledger",
      cause,
      targets,
      expiresAt: s.expiresAt,
      expiresText: s.grant.expires_at,
      pr: s.grant.pr.number,
      hadFailures: s.failures > 0,
      order: s.seq
    });
  }
  const drift = driftItems(input);
  items.push(...drift.items);
  items.sort(mostOverdueFirst);
  const leftovers = [...folded.states.values()].filter((s) => s.status === "revoked" && s.refusal === void 0 && input.present.has(s.request)).sort((a, b) => a.seq - b.seq).map((s) => s.request);
  return { items, deferred, missing: drift.missing, unresolved: drift.unresolved, leftovers };
}
function causeOf(s, input, expired, extendedBy, tagExpired) {
  if (expired.has(s.request) || tagExpired.has(s.request)) return "expired";
  if (s.limitRevoke === true || input.limitBreached?.has(s.request) === true) return "limit";
  if (extendedBy.has(s.request)) return "superseded";
  if (!input.present.has(s.request)) return "relinquished";
  if (s.grant.type === "intent") {
    if (s.refusal !== void 0) return "drift";
    const at = parseInstant(s.grant.at);
    if (at === void 0 || input.now - at >= input.staleIntentMs) return "drift";
  }
  return void 0;
}
function extensions(states) {
  const out = /* @__PURE__ */ new Map();
  for (const s of states.values()) {
    const g = s.grant;
    if (g?.type === "granted" && g.extends !== void 0 && g.extends !== s.request) out.set(g.extends, s.request);
  }
  return out;
}
function expiredByTag(managed, now) {
  const out = /* @__PURE__ */ new Set();
  for (const list of managed.values()) {
    for (const m of list) {
      const at = m.expiresAt === void 0 ? void 0 : parseInstant(m.expiresAt);
      if (at === void 0 || at <= now) out.add(m.requestId);
    }
  }
  return out;
}
var exactPartKey = (target, principal, spec) => `${target}\0${principal}\0${JSON.stringify(spec)}`;
function sharedHolders(states, causes, shared) {
  const out = /* @__PURE__ */ new Map();
  if (shared.size === 0) return out;
  for (const s of states.values()) {
    if (!isLive(s) || causes.has(s.request)) continue;
    const pending = new Set(s.pending);
    for (const g of s.grant.grants) {
      if (!shared.has(g.provider) || !pending.has(g.target) || g.already_held === true) continue;
      const key2 = exactPartKey(g.target, g.principal, g.spec);
      out.set(key2, [...out.get(key2) ?? [], s.request]);
    }
  }
  return out;
}
function heldElsewhere(holders, s, work) {
  const provider = s.grant.grants.find((g) => g.target === work.target)?.provider;
  if (provider === void 0 || work.principals.length === 0) return void 0;
  let common;
  for (const p of work.principals) {
    for (const spec of p.specs) {
      if (p.held?.includes(spec) === true) continue;
      const held = holders.get(exactPartKey(work.target, p.principal, spec));
      if (held === void 0) return void 0;
      common = common === void 0 ? new Set(held) : new Set(held.filter((id) => common?.has(id)));
      if (common.size === 0) return void 0;
    }
  }
  return common === void 0 ? void 0 : [...common].sort()[0];
}
function mostOverdueFirst(a, b) {
  const ka = Number.isNaN(a.expiresAt) ? Number.NEGATIVE_INFINITY : a.expiresAt;
  const kb = Number.isNaN(b.expiresAt) ? Number.NEGATIVE_INFINITY : b.expiresAt;
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.order !== b.order) return a.order - b.order;
  return a.request < b.request ? -1 : a.request > b.request ? 1 : 0;
}

// src/modes/revoke/targets-file.ts
async function readTargets2(port, commitSha, providers = activeRegistry()) {
  const file = await port.readFile(commitSha, TARGETS_PATH, POLICY_MAX_BYTES);
  if (file.kind !== "file") {
    const what = file.kind === "absent" ? "is missing" : file.kind === "too-large" ? `is over the ${POLICY_MAX_BYTES}-byte limit` : "is not a regular file";
    return { unreadable: sweepFailure("E_REVOKE_TARGETS_UNREADABLE", `${TARGETS_PATH} ${what} at ${commitSha}`) };
  }
  const read2 = readTargets({ path: TARGETS_PATH, bytes: file.bytes }, providers);
  if (read2.ok) return read2.value.targets;
  const first = read2.diagnostics[0];
  return {
    unreadable: sweepFailure(
      "E_REVOKE_TARGETS_UNREADABLE",
      `${TARGETS_PATH} is invalid at ${commitSha}${first === void 0 ? "" : `: ${first.code} ${first.message}`}`,
      read2.diagnostics.slice(1).map((d) => `${d.code} ${d.message}`)
    )
  };
}

// src/modes/revoke/targets.ts
async function openTargets(targets, deps) {
  const handles = /* @__PURE__ */ new Map();
  const providers = [];
  const managed = /* @__PURE__ */ new Map();
  const problems = [];
  const busy = [];
  const unreadable = "unreadable" in targets ? targets.unreadable : void 0;
  if (unreadable !== void 0) problems.push({ target: TARGETS_PATH, failure: unreadable });
  for (const target of "unreadable" in targets ? [] : targets.values()) {
    const handle = await openOne(target, deps, providers);
    handles.set(target.name, handle);
    if (handle.state === "busy") {
      busy.push(target.name);
      deps.logger.info(`Target ${target.name}: another revoke run holds its lock and is sweeping it; skipped by this run.`);
      continue;
    }
    if (handle.state === "unavailable") {
      problems.push({ target: target.name, failure: handle.failure });
      if (handle.failure.reason.code === CREDENTIAL_MISSING)
        deps.logger.info(`Target ${target.name}: no credentials in this job's environment; the ledger decides whether it needed a sweep.`);
      else deps.logger.error(`Target ${target.name}: ${handle.failure.reason.code} ${handle.failure.reason.message}`);
      continue;
    }
    if (!handle.provider.listsManaged) continue;
    const listed = await withRetry(deps.retry, deps.sleep, () => handle.provider.listManaged(target), isPermanent);
    if (listed.ok) {
      managed.set(target.name, listed.value);
    } else {
      const cause = failureOf(listed.error);
      const failure2 = sweepFailure("E_REVOKE_DRIFT_CHECK_FAILED", `target ${target.name}: could not list its grants: ${cause.reason.message}`, cause.details);
      problems.push({ target: target.name, failure: failure2 });
      deps.logger.error(`Target ${target.name}: ${failure2.reason.message}`);
    }
  }
  return {
    managed,
    problems,
    busy,
    handle(name) {
      const known = handles.get(name);
      if (known !== void 0) return known;
      if (unreadable !== void 0) return { state: "unavailable", failure: unreadable, attempts: 1 };
      return {
        state: "unavailable",
        failure: sweepFailure("E_REVOKE_TARGET_UNKNOWN", `target ${name} is not declared in policies/targets.yaml on the default branch`),
        attempts: 1
      };
    },
    async close() {
      await Promise.allSettled(providers.splice(0).map((p) => p.close()));
    }
  };
}
async function openOne(target, deps, providers) {
  let provider;
  try {
    provider = await deps.connect(target);
  } catch (error) {
    return { state: "unavailable", failure: failureOf(error), attempts: 1 };
  }
  providers.push(provider);
  const singleFlight = provider.singleFlight?.bind(provider);
  if (singleFlight === void 0) return { state: "ready", target, provider };
  const locked = await withRetry(deps.retry, deps.sleep, singleFlight, isPermanent);
  if (!locked.ok) {
    const cause = failureOf(locked.error);
    const failure2 = sweepFailure("E_REVOKE_TARGET_UNREACHABLE", `target ${target.name}: ${cause.reason.message}`, cause.details);
    return { state: "unavailable", failure: failure2, attempts: locked.attempts };
  }
  if (locked.value === void 0) return { state: "busy" };
  return { state: "ready", target, provider, lock: locked.value };
}

// src/modes/revoke/unconfigured.ts
function settleUnconfigured(problems, history) {
  if (history === void 0) return { problems, notSwept: [] };
  const kept = [];
  const notSwept = [];
  for (const p of problems) {
    if (p.failure.reason.code === CREDENTIAL_MISSING && !history.has(p.target)) {
      notSwept.push({ target: p.target, reason: p.failure.reason });
    } else {
      kept.push(p);
    }
  }
  return { problems: kept, notSwept };
}

// src/modes/revoke/run.ts
function sharedProviders(registry) {
  return new Set(registry.descriptors.filter((d) => d.traits.sharedObjects).map((d) => d.id));
}
async function runRevoke(deps) {
  const { logger } = deps;
  const timer = deps.timer ?? (() => performance.now());
  const retry = deps.retry ?? DEFAULT_RETRY;
  const spent = { ledgerMs: 0, providerMs: 0, githubMs: 0 };
  const timed = async (phase, fn) => {
    const start = timer();
    try {
      return await fn();
    } finally {
      spent[phase] += timer() - start;
    }
  };
  const started = timer();
  const configTip = await timed("githubMs", () => deps.store.readTip(deps.branch));
  const targetsFile = await timed("githubMs", () => logger.group("Targets (default branch tip)", () => readTargets2(deps.github, configTip.commitSha)));
  const targets = await timed(
    "providerMs",
    () => logger.group(
      "Connect targets, take single-flight locks, list managed grants",
      () => openTargets(targetsFile, { connect: deps.connect, retry, sleep: deps.sleep, logger })
    )
  );
  try {
    const tip = await timed("githubMs", () => deps.store.readTip(deps.branch));
    const [{ chain }, present] = await Promise.all([
      timed("ledgerMs", () => readChain(deps.store, tip.commitSha)),
      timed("githubMs", () => deps.github.requestIds(tip.commitSha))
    ]);
    if (!chain.ok)
      logger.error(`The ledger at ${tip.commitSha} is broken (${chain.problems[0]?.code ?? "unknown"}); revoking from the events that read, writing nothing.`);
    const actor = { ...deps.actor, sha: tip.commitSha };
    const sweepInput = (folded, limitBreached) => planSweep({
      events: chain.events,
      folded,
      now: deps.clock.now(),
      present,
      managed: targets.managed,
      staleIntentMs: deps.staleIntentMs ?? STALE_INTENT_MS,
      sharedProviders: sharedProviders(deps.providers ?? activeRegistry()),
      ...limitBreached !== void 0 ? { limitBreached } : {}
    });
    const plan = await timed("ledgerMs", async () => {
      const folded = fold(chain.events);
      return { folded, plan: sweepInput(folded) };
    });
    const settled = settleUnconfigured(targets.problems, chain.ok ? plan.folded.knownTargets : void 0);
    for (const n of settled.notSwept) logger.warning(`Target ${n.target} not swept: no credentials (${n.reason.code} ${n.reason.message}); ${NOT_SWEPT_WHY}.`);
    for (const p of settled.problems) {
      if (p.failure.reason.code !== CREDENTIAL_MISSING) continue;
      const why = chain.ok ? "the ledger records grants or drift on it, so it must be swept" : "the ledger did not read whole, so it may record grants on it";
      logger.error(`Target ${p.target}: ${p.failure.reason.code} ${p.failure.reason.message}; ${why}.`);
    }
    const watch = await timed(
      "providerMs",
      () => logger.group(
        "Activity: limits during the window",
        () => watchLimits(
          { events: chain.events, folded: plan.folded, targets, github: deps.github, commitSha: tip.commitSha, actor, logger },
          new Set(plan.plan.items.map((i) => i.request))
        )
      )
    );
    if (watch.limitRevoke.size > 0) plan.plan = sweepInput(plan.folded, watch.limitRevoke);
    logger.info(`${plan.plan.items.length} grant(s) due at ${formatInstant(deps.clock.now())}; ${plan.plan.unresolved.length} unresolved drift.`);
    const outcomes = await timed(
      "providerMs",
      () => logger.group("Revoke and verify", () => executeSweep(plan.plan.items, { targets, clock: deps.clock, sleep: deps.sleep, retry, logger }))
    );
    const summaries = await timed(
      "providerMs",
      () => logger.group("Activity records", () => summarizeActivity({ folded: plan.folded, targets, actor, logger }, watch.index, outcomes))
    );
    const activity = { summaries, alerts: watch.alerts };
    const notes = [...watch.notes];
    let commit;
    let ledgerFailure;
    if (!chain.ok) {
      ledgerFailure = `${chain.problems[0]?.code ?? "E_LEDGER_LINE_FORMAT"} the ledger is broken; revocations ran but were not recorded`;
    } else if (outcomes.length === 0 && watch.alerts.length === 0 && plan.plan.leftovers.length === 0 && plan.plan.unresolved.every((u) => u.recorded)) {
      logger.info("Nothing to record: the ledger is unchanged.");
    } else {
      try {
        commit = await timed(
          "ledgerMs",
          () => logger.group("Ledger commit", () => commitOnce(deps, actor, outcomes, plan.plan, { tip: chain.tip, folded: plan.folded }, activity))
        );
      } catch (error) {
        if (!(error instanceof LedgerError)) throw error;
        ledgerFailure = error.message;
        logger.error(error.message);
      }
    }
    if (ledgerFailure !== void 0) notes.push(`The ledger was not written: ${ledgerFailure}. The next run revokes (idempotently) and records again.`);
    await timed("providerMs", () => targets.close());
    const lastSweep = formatInstant(deps.clock.now());
    const lateByRequest = new Map(outcomes.map((o) => [o.item.request, o.item.source === "drift" ? void 0 : lateMs(o.item.expiresAt, o.verifiedAt)]));
    const work = issueWork(outcomes, plan.plan.unresolved, lastSweep, deps.actor.run_id);
    const issues = await timed("githubMs", () => logger.group("Issues", () => upkeepIssues(deps.github, work, lastSweep, logger)));
    const removed = new Set([...commit?.deleted ?? []].filter((id) => present.has(id)));
    await timed("githubMs", () => logger.group("Pull request notes", () => notifyPulls(deps, outcomes, commit, lateByRequest, removed, lastSweep)));
    const alertErrors = await timed("githubMs", () => logger.group("Alert issues", () => raiseAlerts(deps, plan.folded, commit?.events ?? [], notes)));
    const alerted = [...new Set((commit?.events ?? []).flatMap((e) => e.type === "alert" ? [e.request] : []))];
    if (alerted.length > 0)
      notes.push(
        `E_ACTIVITY_LIMIT_EXCEEDED: ${alerted.length} request(s) crossed a limit of their profile (${alerted.slice(0, 20).join(", ")}); an issue was opened for each.`
      );
    const summary = renderSummary({
      lastSweep,
      branch: deps.branch,
      tip: tip.commitSha,
      plan: plan.plan,
      outcomes,
      lateByRequest,
      problems: settled.problems,
      notSwept: settled.notSwept,
      busy: targets.busy,
      notes,
      ...commit !== void 0 ? { commit: commit.sha } : {}
    });
    const timings = { ...spent, totalMs: timer() - started };
    const allIssues = alertErrors.length === 0 ? issues : { ...issues, errors: [...issues.errors, ...alertErrors] };
    return {
      ...result(plan.plan, outcomes, { problems: settled.problems, busy: targets.busy }, allIssues, ledgerFailure),
      summary,
      lastSweep,
      plan: plan.plan,
      outcomes,
      issues: allIssues,
      timings,
      notSwept: settled.notSwept,
      ...commit !== void 0 ? { commit } : {}
    };
  } finally {
    await targets.close();
  }
}
async function commitOnce(deps, actor, outcomes, plan, snapshot, activity) {
  const { changes, deleted } = ledgerChanges({ outcomes, unresolved: plan.unresolved, leftovers: plan.leftovers, actor, snapshot, activity });
  const result2 = await commitEvents(
    { store: deps.store, clock: deps.clock, sleep: deps.sleep, random: deps.random ?? Math.random },
    {
      branch: deps.branch,
      changes,
      anchor: snapshot.tip,
      message: (events) => {
        const revoked = events.flatMap((e) => e.type === "revoked" ? [e.request] : []);
        const failed = events.flatMap((e) => e.type === "revoke_failed" ? [e.request] : []);
        return commitMessage(
          [...new Set(revoked)],
          [...new Set(failed)],
          events.filter((e) => e.type === "drift_found").length,
          deleted().size,
          events.filter((e) => e.type === "alert").length
        );
      }
    }
  );
  if (result2.events.length === 0) {
    deps.logger.info("Nothing to record: the ledger is unchanged.");
    return void 0;
  }
  deps.logger.info(`Recorded ${result2.events.length} event(s) in ${result2.commitSha}.`);
  return { sha: result2.commitSha, events: result2.events, deleted: deleted() };
}
async function notifyPulls(deps, outcomes, commit, late, removed, at) {
  if (commit === void 0) return;
  const recorded = new Set(commit.events.flatMap((e) => e.type === "revoked" ? [e.request] : []));
  for (const o of outcomes) {
    const pr = o.item.pr;
    if (pr === void 0 || o.item.source === "drift" || !recorded.has(o.item.request)) continue;
    if (!o.results.every((r) => r.status === "revoked")) continue;
    try {
      const used = commit.events.filter((e) => e.type === "activity" && e.kind === "summary" && e.request === o.item.request);
      const body = `${renderRevokedComment(o, late.get(o.item.request), at, commit.sha, removed.has(o.item.request))}
${renderActivity(used.flatMap((e) => e.type === "activity" ? [e] : []))}`;
      await deps.github.upsertComment(pr, revokedMarker(o.item.request), body);
    } catch (error) {
      deps.logger.warning(`Could not comment on #${pr} about ${o.item.request}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
function result(plan, outcomes, targets, issues, ledgerFailure) {
  const codes = /* @__PURE__ */ new Set();
  const requests = /* @__PURE__ */ new Set();
  let revoked = 0;
  let skipped = 0;
  for (const o of outcomes) {
    for (const r of o.results) {
      if (r.status === "failed") codes.add(r.failure.reason.code);
      if (r.status === "revoked") revoked += 1;
      if (r.status === "skipped") skipped += 1;
      if (r.status !== "skipped") requests.add(o.item.request);
    }
  }
  for (const u of plan.unresolved) {
    codes.add("E_REVOKE_DRIFT_UNRESOLVED");
    requests.add(u.request);
  }
  for (const p of targets.problems) codes.add(p.failure.reason.code);
  if (issues.errors.length > 0) codes.add("E_REVOKE_ISSUE_FAILED");
  if (ledgerFailure !== void 0) codes.add(ledgerFailure.split(" ")[0] ?? "E_LEDGER_LINE_FORMAT");
  const reasonCodes = [...codes].sort();
  const base = { reasonCodes, requests: [...requests] };
  if (reasonCodes.length > 0) {
    const failedCount = outcomes.reduce((n, o) => n + o.results.filter((r) => r.status === "failed").length, 0);
    const parts = [
      failedCount > 0 ? `${failedCount} revocation(s) failed and are retried on the next run` : void 0,
      plan.unresolved.length > 0 ? `${plan.unresolved.length} drifted grant(s) need a person` : void 0,
      targets.problems.length > 0 ? `${targets.problems.length} target(s) could not be reached or checked` : void 0,
      ledgerFailure !== void 0 ? "the ledger was not written" : void 0,
      issues.errors.length > 0 ? "failure issues could not be updated" : void 0
    ].filter((p) => p !== void 0);
    return { ...base, decision: "failed", failure: `Revocation is not complete: ${parts.join("; ")} (codes: ${reasonCodes.join(", ")}). See the job summary.` };
  }
  if (revoked > 0) return { ...base, decision: "revoked" };
  if (skipped > 0 || targets.busy.length > 0) return { ...base, decision: "skipped" };
  return { ...base, decision: "nothing-due" };
}

export {
  githubRevokePort,
  runRevoke
};
