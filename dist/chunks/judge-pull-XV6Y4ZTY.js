import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  approvalLine,
  viewFootprintLines
} from "./chunk-NIYXUAYH.js";
import {
  failed,
  headMoved
} from "./chunk-OUHR6BYE.js";
import {
  diagnosticLine,
  heldByLiveGrants,
  judgeRequest,
  membershipKey,
  preexisting,
  readTrustedConfig
} from "./chunk-PXOUCG62.js";
import {
  REGULAR_FILE_MODES,
  safePath
} from "./chunk-HKP7UESZ.js";
import {
  coverageErrors,
  parseRequestFile,
  requestIdFromPath,
  usageMarkdown
} from "./chunk-RMGFMFKL.js";
import {
  grantText
} from "./chunk-2L7HMFXM.js";
import "./chunk-BQG7652W.js";
import {
  CHECK_COMMENT_MARKER
} from "./chunk-2QZJYOXF.js";
import {
  GithubError
} from "./chunk-GHM6UMHF.js";
import "./chunk-MAALNFN3.js";
import "./chunk-FSM2IXNC.js";
import {
  codeFence,
  codeSpan,
  escapeMarkdown
} from "./chunk-TAWV74PJ.js";
import {
  fold,
  readChain
} from "./chunk-XWXGGLRX.js";
import {
  planFor
} from "./chunk-6YJFBVOG.js";
import "./chunk-W3EMCSNL.js";
import {
  activeRegistry
} from "./chunk-JKSNEYSU.js";
import "./chunk-WZMSLYSW.js";
import "./chunk-WSVCP44B.js";
import "./chunk-NHQQWKM2.js";
import "./chunk-DYIKSZD5.js";
import "./chunk-S2FTDJZ2.js";
import {
  diagnostic
} from "./chunk-BGLQZM7W.js";
import "./chunk-LFKFPCZ5.js";
import {
  plannedUsage
} from "./chunk-VTNCT2GJ.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import "./chunk-VBI6FCSW.js";
import "./chunk-GOSKQMZY.js";

// src/report/pr-comment.ts
var ICON = { approved: "\u2705", pending: "\u23F3", refused: "\u26D4" };
var WORD = {
  approved: "approved \u2014 merging will grant it",
  pending: "allowed by policy, waiting for approval",
  refused: "refused"
};
function renderCheckComment(report) {
  const out = [CHECK_COMMENT_MARKER, `## Grantbook access check`, ""];
  out.push(`Judged at head ${codeSpan(report.headSha.slice(0, 12))} against policy at base ${codeSpan(report.baseSha.slice(0, 12))}.`);
  if (report.problems.length > 0) {
    out.push("", "### \u26D4 This pull request cannot be accepted", "", ...report.problems.map(diagnosticLine));
  }
  for (const path of report.relinquished) {
    out.push("", `### \u21A9\uFE0F ${codeSpan(path)}: access given up early`, "", "Merging revokes this grant at once; no approval is needed to give access up.");
  }
  for (const request of report.requests) out.push("", ...requestSection(request));
  out.push("", "<sub>Approvals count only at the current head commit; a new push makes them stale. This comment is updated in place.</sub>", "");
  return out.join("\n");
}
function requestSection(r) {
  const lines = [`### ${ICON[r.verdict]} ${codeSpan(r.path)}: ${WORD[r.verdict]}`, ""];
  if (r.loadProblems.length > 0) {
    lines.push("The file could not be read as a request:", "", ...r.loadProblems.map(diagnosticLine));
    return lines;
  }
  const d = r.decision;
  if (d === void 0) {
    lines.push("Not judged: the policy at the base commit does not load (see above).");
    return lines;
  }
  lines.push("| | |", "| --- | --- |");
  if (r.requester !== void 0) lines.push(`| Requester | ${codeSpan(r.requester)} |`);
  lines.push(`| Profile | ${codeSpan(d.profile)}${d.breakGlass ? " (break-glass: a follow-up review issue will be opened)" : ""} |`);
  if (d.window !== void 0) {
    lines.push(`| Duration | ${d.window.duration}, from the moment merge applies it (if applied now: until ${d.window.expiresAt}) |`);
  }
  if (r.ticket !== void 0) lines.push(`| Ticket | ${escapeMarkdown(r.ticket)} |`);
  if (r.reason !== void 0) lines.push(`| Reason | ${escapeMarkdown(r.reason)} |`);
  lines.push(`| Approval rule | ${escapeMarkdown(approvalLine(d))} |`);
  if (r.owners !== void 0) lines.push(`| Code owners | ${ownerList(r.owners)} |`);
  const errors = d.reasons.filter((x) => x.severity === "error");
  const notes = [...d.reasons.filter((x) => x.severity === "warning"), ...r.notes ?? []];
  if (errors.length > 0) lines.push("", "**Refused by policy:**", "", ...errors.map(diagnosticLine));
  if (notes.length > 0) lines.push("", "**Notes for reviewers:**", "", ...notes.map(diagnosticLine));
  if (r.approvals !== void 0) lines.push("", ...approvalLines(r.approvals));
  lines.push("", "**Data footprint:**", "", ...footprintLines(d.footprint));
  for (const { targetGrant, plan } of r.plans) {
    const where = `${codeSpan(targetGrant.target.name)} (${targetGrant.target.provider}) for ${codeSpan(targetGrant.principal)}`;
    if (plan.notes !== void 0 && plan.notes.length > 0) lines.push("", ...plan.notes.map((n) => `- ${escapeMarkdown(n)}`));
    const usage = plannedUsage(targetGrant, activeRegistry());
    if (usage !== void 0)
      lines.push(
        "",
        `**Once granted, ${codeSpan(targetGrant.principal)} uses it on ${codeSpan(targetGrant.target.name)} like this:**`,
        "",
        ...usageMarkdown(usage)
      );
    lines.push("", `**Merge runs on ${where}:**`, "", ...operationBlock(plan.grant));
    lines.push("", `**Revocation runs at expiry:**`, "", ...operationBlock(plan.revoke));
  }
  return lines;
}
function approvalLines(a) {
  const lines = ["**Approvals:**", ""];
  if (a.approvedBy.length === 0) lines.push("- Counted: none yet");
  for (const x of a.approvedBy) lines.push(`- Counted: ${escapeMarkdown(x.login)} (review ${x.reviewId} at ${codeSpan(x.commitId.slice(0, 12))})`);
  for (const m of a.missing) lines.push(`- Still needed: ${escapeMarkdown(m.message)} (${codeSpan(m.code)})`);
  for (const b of a.blockers) lines.push(`- Blocking: ${escapeMarkdown(b.message)}`);
  if (a.unattributedCommits > 0) {
    lines.push(
      `- Note: ${a.unattributedCommits} commit author(s) or committer(s) are not linked to a GitHub account, so they cannot be ruled out as reviewers.`
    );
  }
  if (a.ignored.length > 0) {
    lines.push("", "<details><summary>Reviews that did not count</summary>", "");
    for (const i of a.ignored)
      lines.push(`- review ${i.reviewId} by ${escapeMarkdown(i.login ?? "a deleted account")}: ${escapeMarkdown(i.message)} (${codeSpan(i.code)})`);
    lines.push("", "</details>");
  }
  return lines;
}
function ownerList(owners) {
  if (owners.length === 0) return "none: nobody can approve this file";
  return owners.map((o) => /^[A-Za-z0-9][A-Za-z0-9_./-]*$/.test(o) ? codeSpan(o) : escapeMarkdown(o)).join(", ");
}
function footprintLines(f) {
  const lines = [];
  for (const t of f.entries) {
    lines.push(`- ${footprintLine(t.line)}`);
    if (t.sensitive.length > 0) lines.push(`  - \u26A0\uFE0F sensitive: ${t.sensitive.map(codeSpan).join(", ")}`);
    if (t.narrower !== void 0) lines.push(`  - a narrower grant would do: ${t.narrower.map(codeSpan).join(", ")}`);
    lines.push(...viewFootprintLines(t).map((l) => `  - ${escapeMarkdown(l)}`));
  }
  return lines.length > 0 ? lines : ["- nothing"];
}
function footprintLine(parts) {
  return parts.map((p) => "code" in p ? codeSpan(p.code) : "strong" in p ? `**${escapeMarkdown(p.strong)}**` : escapeMarkdown(p.text)).join("");
}
function operationBlock(ops) {
  const changes = ops.filter((o) => o.readOnly !== true);
  const checks = ops.filter((o) => o.readOnly === true);
  const lines = codeBlock(changes);
  if (checks.length > 0) {
    lines.push(
      "",
      `<details><summary>then ${checks.length} read-back quer${checks.length === 1 ? "y" : "ies"} verify it (change nothing)</summary>`,
      "",
      ...codeBlock(checks),
      "",
      "</details>"
    );
  }
  return lines;
}
function codeBlock(ops) {
  const kind = ops.every((o) => o.kind === "sql") ? "sql" : "http";
  return codeFence([ops.map((o) => `${o.text}${o.body !== void 0 ? ` ${JSON.stringify(o.body)}` : ""}`).join("\n")], kind);
}

// src/modes/check/held.ts
async function heldNotes(path, plans, sight) {
  const github = unseenOnFailure(sight.github, sight.logger);
  const notes = [];
  for (const { targetGrant } of plans) {
    const planner = planFor(targetGrant.target);
    if (planner.seenHeld === void 0) continue;
    const name = targetGrant.target.name;
    let seen;
    let ours;
    try {
      seen = await planner.seenHeld(targetGrant, github);
      if (seen.length === 0) continue;
      ours = await sight.ours();
    } catch (error) {
      sight.logger.warning(`No already-held note for target ${name}: ${failure(error)}`);
      continue;
    }
    if (ours === void 0) continue;
    for (const spec of preexisting(seen, targetGrant.target, targetGrant.principal, ours)) {
      const what = grantText({ target: name, provider: targetGrant.target.provider, principal: targetGrant.principal, spec });
      notes.push(
        diagnostic(
          "E_GRANT_ALREADY_HELD",
          `already held, not through a live Grantbook grant: ${what}. Merging grants nothing for it, and revocation leaves it in place`,
          { file: safePath(path) },
          "warning"
        )
      );
    }
  }
  return notes;
}
function unseenOnFailure(api, logger) {
  const read = async (what, fallback, call) => {
    try {
      return await call();
    } catch (error) {
      const expected = error instanceof GithubError && (error.code === "E_GITHUB_FORBIDDEN" || error.code === "E_GITHUB_NOT_FOUND");
      const message = `The check could not read ${what} (${failure(error)}); no already-held note depends on it.`;
      if (expected) logger.debug(message);
      else logger.warning(message);
      return fallback;
    }
  };
  return {
    getTeamMembership: (org, team, login) => read(`team ${org}/${team}`, void 0, () => api.getTeamMembership(org, team, login)),
    getCollaboratorPermission: (owner, repo, login) => read(`a permission on ${owner}/${repo}`, void 0, () => api.getCollaboratorPermission(owner, repo, login)),
    listDirectCollaborators: (owner, repo) => read(`the collaborators of ${owner}/${repo}`, [], () => api.listDirectCollaborators(owner, repo)),
    listInvitations: (owner, repo) => read(`the invitations of ${owner}/${repo}`, [], () => api.listInvitations(owner, repo))
  };
}
function failure(error) {
  if (error instanceof GithubError) return error.code;
  return error instanceof Error ? `${error.name}: ${error.message}` : "an unexpected error";
}
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
async function liveHoldingsAt(repo, commit) {
  const { chain } = await readChain(ledgerAt(repo), commit);
  return chain.ok ? heldByLiveGrants(fold(chain.events).states) : void 0;
}
function ledgerAt(repo) {
  return {
    listDir: async (commit, dir) => (await repo.listDir(commit, dir))?.map((f) => ({
      name: f.path.slice(f.path.lastIndexOf("/") + 1),
      kind: f.mode === "040000" ? "directory" : REGULAR_FILE_MODES.has(f.mode) ? "file" : "other",
      sha: f.blobSha,
      size: f.size
    })),
    readBlob: async (sha) => decoder.decode(await repo.readBlob(sha))
  };
}

// src/modes/check/judge-pull.ts
var MAX_MEMBERSHIP_ROUNDS = 64;
async function judgePull(deps, pull, files, changes) {
  const { port, logger } = deps;
  if (await deps.repo.resolve(pull.baseSha) !== pull.baseSha) {
    return failed("E_CHECKOUT_MISSING_BASE", "the local checkout does not contain the pull request base commit");
  }
  const config = await logger.group("Trusted policy and CODEOWNERS (base commit)", async () => {
    logger.info(`Reading policies/ and CODEOWNERS at ${pull.baseSha}, never from the pull request head.`);
    return readTrustedConfig(deps.repo, pull.baseSha);
  });
  const problems = [...changes.problems];
  if (!config.policy.ok) problems.push(...config.policy.diagnostics);
  const requests = [];
  if (changes.added.length > 0) {
    const [commits, reviews, codeownersApi] = await logger.group(
      "Reviews and commits",
      () => Promise.all([port.listCommits(pull), port.listReviews(pull.number), port.codeownersErrors(pull.baseSha)])
    );
    if (!isTip(commits, pull.headSha)) return headMoved();
    problems.push(...coverageErrors(config.codeowners, codeownersApi ?? []).filter((d) => d.severity === "error"));
    const blobs = new Map(files.map((f) => [f.filename, f.sha]));
    const memberships = /* @__PURE__ */ new Map();
    let holdings;
    const liveHoldings = () => holdings ??= liveHoldingsAt(deps.repo, pull.baseSha);
    for (const path of changes.added) {
      const shared = { pull, config, commits, reviews, memberships, liveHoldings };
      requests.push(await logger.group(`Request ${safePath(path)}`, () => judgeFile(deps, shared, path, blobs.get(path) ?? null)));
    }
  }
  return publish(deps, pull, { headSha: pull.headSha, baseSha: pull.baseSha, problems, requests, relinquished: changes.removed.map(safePath) });
}
async function refuseOtherBase(deps, pull) {
  const problem = diagnostic("E_PR_BASE_NOT_DEFAULT", "the pull request does not target the default branch; nothing in it is judged", {});
  return publish(deps, pull, { headSha: pull.headSha, baseSha: pull.baseSha, problems: [problem], requests: [], relinquished: [] });
}
async function judgeFile(deps, s, path, sha) {
  if (sha === null) return loadFailure(path, [diagnostic("E_FILE_UNREADABLE", "GitHub listed no blob for this file", { file: safePath(path) })]);
  const parsed = parseRequestFile({ path, bytes: await deps.port.readBlob(sha) });
  if (!parsed.ok) return loadFailure(path, parsed.diagnostics);
  if (!s.config.policy.ok) return loadFailure(path, []);
  const input = {
    request: parsed.value,
    policy: s.config.policy.value,
    rules: s.config.codeowners.rules,
    pull: s.pull,
    commits: s.commits,
    reviews: s.reviews
  };
  const report = (await judgeWithMemberships(deps, input, s.memberships)).report;
  const notes = report.verdict === "refused" ? [] : await heldNotes(path, report.plans, { github: deps.port.access, ours: s.liveHoldings, logger: deps.logger });
  const judged = notes.length === 0 ? report : { ...report, notes };
  deps.logger.info(`${judged.id ?? safePath(path)}: ${judged.verdict}`);
  for (const i of judged.approvals?.ignored ?? []) deps.logger.debug(`review ${i.reviewId} does not count: ${i.code}`);
  return judged;
}
async function publish(deps, pull, report) {
  const body = renderCheckComment(report);
  await deps.logger.group("Pull request comment", () => writeComment(deps, pull.number, body));
  const result = summarize(report, body);
  deps.logger.info(`Decision: ${result.decision}${result.reasonCodes.length > 0 ? ` (${result.reasonCodes.join(", ")})` : ""}`);
  return { ...result, report };
}
function isTip(commits, head) {
  const parents = new Set(commits.flatMap((c) => c.parents));
  const tips = commits.filter((c) => !parents.has(c.sha));
  return tips.length === 1 && tips[0]?.sha === head;
}
async function judgeWithMemberships(deps, parts, memberships) {
  const now = deps.clock.now();
  for (let round = 0; round < MAX_MEMBERSHIP_ROUNDS; round++) {
    const judgement = judgeRequest({ ...parts, memberships, now });
    if (judgement.missingMemberships.length === 0) return judgement;
    const answers = await Promise.all(
      judgement.missingMemberships.map(async (m) => [membershipKey(m.org, m.slug, m.login), await deps.port.membership(m.org, m.slug, m.login)])
    );
    for (const [key, state] of answers) memberships.set(key, state);
  }
  throw new Error("team membership look-ups did not settle");
}
async function writeComment(deps, number, body) {
  try {
    await deps.port.upsertComment(number, CHECK_COMMENT_MARKER, body);
  } catch (error) {
    if (!(error instanceof GithubError) || error.code !== "E_GITHUB_FORBIDDEN") throw error;
    deps.logger.warning("The token may not comment on this pull request; the decision is in the job summary only.");
  }
}
function loadFailure(path, loadProblems) {
  return { path: safePath(path), verdict: "refused", loadProblems, plans: [] };
}
function summarize(report, summary) {
  const codes = new Set(report.problems.map((p) => p.code));
  for (const r of report.requests) {
    for (const d of r.loadProblems) codes.add(d.code);
    for (const d of r.decision?.reasons ?? []) if (d.severity === "error") codes.add(d.code);
    for (const m of r.approvals?.missing ?? []) codes.add(m.code);
    if ((r.approvals?.blockers.length ?? 0) > 0) codes.add("E_APPROVAL_BLOCKED");
  }
  const verdicts = report.requests.map((r) => r.verdict);
  const decision = report.problems.length > 0 || verdicts.includes("refused") ? "refused" : verdicts.includes("pending") ? "pending" : verdicts.length > 0 ? "approved" : "relinquish";
  const ids = [...report.requests.map((r) => r.id ?? requestIdFromPath(r.path) ?? r.path), ...report.relinquished.map((p) => requestIdFromPath(p) ?? p)];
  const result = { decision, reasonCodes: [...codes].sort(), requests: ids, summary };
  if (decision === "refused") return { ...result, failure: "The access request is refused; see the pull request comment for every reason and its fix." };
  if (decision === "pending") return { ...result, failure: "The access request is waiting for approval at the current head commit." };
  return result;
}
export {
  judgePull,
  refuseOtherBase,
  summarize
};
