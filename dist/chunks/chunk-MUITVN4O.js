import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  baselineBody
} from "./chunk-EHCSI52U.js";
import {
  isHeld
} from "./chunk-BTUW2W7A.js";
import {
  notObservable
} from "./chunk-DJFWHSM6.js";
import {
  heldByLiveGrants,
  judgeRequest,
  membershipKey,
  preexisting,
  readTrustedConfig,
  reasonLine,
  reasonWithFixLines
} from "./chunk-PXOUCG62.js";
import {
  REGULAR_FILE_MODES,
  classifyChanges,
  safePath
} from "./chunk-HKP7UESZ.js";
import {
  coverageErrors,
  groupByTarget,
  parseRequestFile,
  recordedUsesMarkdown
} from "./chunk-RMGFMFKL.js";
import {
  grantedText,
  readProfile
} from "./chunk-2L7HMFXM.js";
import {
  createIssue,
  findIssueByMarker,
  getCodeownersErrors,
  getFileAtRef,
  getPull,
  getTeamMembership,
  listPullCommits,
  listPullFiles,
  listPullReviews,
  listPullsForCommit,
  updateIssue,
  upsertCommentByMarker
} from "./chunk-BQG7652W.js";
import {
  SETTINGS_MARKER,
  applyMarker,
  breakGlassMarker
} from "./chunk-2QZJYOXF.js";
import {
  GithubError
} from "./chunk-GHM6UMHF.js";
import {
  parseTargetsFile
} from "./chunk-MAALNFN3.js";
import {
  codeSpan,
  escapeMarkdown,
  pathText
} from "./chunk-TAWV74PJ.js";
import {
  commitEvents,
  durationMs,
  fold,
  isLive,
  readChain
} from "./chunk-XWXGGLRX.js";
import {
  POLICIES_DIR,
  TARGETS_PATH,
  classifyPath
} from "./chunk-W3EMCSNL.js";
import {
  activeRegistry
} from "./chunk-JKSNEYSU.js";
import {
  POLICY_MAX_BYTES,
  REQUEST_MAX_BYTES
} from "./chunk-S2FTDJZ2.js";
import {
  diagnostic
} from "./chunk-BGLQZM7W.js";
import {
  LIMITS,
  appliedTargets,
  recordedUses,
  storableText
} from "./chunk-VTNCT2GJ.js";
import {
  addDuration,
  formatInstant,
  parseInstant
} from "./chunk-VIPNLK4T.js";
import {
  ProviderError,
  describeError
} from "./chunk-F3R5FBMV.js";

// src/modes/apply/port.ts
var POLL = { attempts: 5, delayMs: 2e3 };
function githubApplyPort(client, repo, members = client) {
  return {
    pullsForCommit: (sha, poll) => listPullsForCommit(client, repo, sha, poll ? POLL : { attempts: 0, delayMs: 0 }),
    getPull: (number) => getPull(client, repo, number),
    listFiles: (pull) => listPullFiles(client, repo, pull),
    listCommits: (pull) => listPullCommits(client, repo, pull),
    listReviews: (number) => listPullReviews(client, repo, number),
    fileAtRef: (commitSha, path) => getFileAtRef(client, repo, commitSha, path, { maxBytes: REQUEST_MAX_BYTES }),
    codeownersErrors: (sha) => getCodeownersErrors(client, repo, sha),
    membership: async (org, team, login) => (await getTeamMembership(members, org, team, login))?.state ?? "none",
    upsertComment: async (issueNumber, marker, body) => {
      await upsertCommentByMarker(client, repo, issueNumber, marker, body);
    },
    raiseIssue: async (marker, issue) => {
      const open = await findIssueByMarker(client, repo, marker);
      if (open === void 0) return (await createIssue(client, repo, issue)).number;
      if (open.body !== issue.body) await updateIssue(client, repo, open.number, { body: issue.body });
      return open.number;
    }
  };
}

// src/providers/apply.ts
function failureOf(target, error) {
  return error instanceof ProviderError ? { target, code: error.code, reason: describeError(error) } : { target, reason: describeError(error) };
}
async function applyRequest(providers, grants) {
  const steps = [];
  for (const grant of grants) {
    const provider = providers.get(grant.target.name);
    if (provider === void 0) {
      const error = new ProviderError("E_PROVIDER_TARGET_MISSING", grant.target.name, `no provider connected for request ${grant.requestId}`);
      return { ok: false, failure: failureOf(grant.target.name, error), compensated: [], error };
    }
    try {
      provider.plan(grant);
    } catch (error) {
      return { ok: false, failure: failureOf(grant.target.name, error), compensated: [], error };
    }
    steps.push({ provider, grant });
  }
  const touched = [];
  const reported = /* @__PURE__ */ new Map();
  for (const step of steps) {
    touched.push(step);
    try {
      const report = await step.provider.grant(step.grant);
      if (report !== void 0) reported.set(step.grant.target.name, report);
    } catch (error) {
      const compensated = [];
      for (const done of touched.reverse()) {
        const target = done.grant.target.name;
        try {
          await done.provider.revoke(done.grant);
          compensated.push({ target, status: "revoked" });
        } catch (revokeError) {
          compensated.push({ status: "revoke_failed", ...failureOf(target, revokeError) });
        }
      }
      return { ok: false, failure: failureOf(step.grant.target.name, error), compensated, error };
    }
  }
  return { ok: true, applied: steps.map((s) => s.grant.target.name), reported };
}

// src/modes/apply/activity-baseline.ts
async function readBaselines(request, actor, providers, grants, logger) {
  const drafts = [];
  for (const g of grants) {
    const provider = providers.get(g.target.name);
    const source = provider?.activity;
    if (source === void 0) continue;
    const snapshot = await source.readActivity(g.principal, { withText: false }).catch(() => notObservable("E_ACTIVITY_READ_FAILED", `reading the activity of ${g.principal} on ${g.target.name} failed`));
    if (!snapshot.observable) {
      logger.info(`${request}: activity on ${g.target.name} is not observable (${snapshot.reason.code}); no baseline recorded.`);
      continue;
    }
    drafts.push({
      type: "activity",
      request,
      actor,
      kind: "baseline",
      target: g.target.name,
      provider: g.target.provider,
      principal: g.principal,
      ...baselineBody(snapshot)
    });
  }
  return drafts;
}

// src/report/rollback-text.ts
function rollbackText(r) {
  const left = r.targets.filter((t) => t.status === "not_rolled_back");
  const lines = r.targets.map((t) => `- ${codeSpan(t.target)}: ${statusText(t)}`);
  const outcome = left.length === 0 ? "Nothing of this request is in effect." : `${left.length === 1 ? "One target" : `${left.length} targets`} could not be rolled back and may still hold what was applied there. The revoke job removes it on its next run and retries on every run until the provider confirms it is gone; it opens an issue if it cannot.`;
  return [
    `Granting ${codeSpan(r.id)} (${pathText(r.path)}) failed on ${codeSpan(r.failed.target)}: ${escapeMarkdown(r.failed.reason)}`,
    "",
    "What apply did with each target:",
    "",
    ...lines,
    "",
    `${outcome} Nothing was recorded as granted; once the cause is fixed, open a new request under a new file name (ids are never reused).`
  ].join("\n");
}
function statusText(t) {
  switch (t.status) {
    case "rolled_back":
      return "rolled back (revoked, verified by reading the provider back)";
    case "not_rolled_back":
      return `**not rolled back**: ${escapeMarkdown(t.reason)}`;
    case "untouched":
      return "not attempted, nothing was changed";
  }
}

// src/report/apply-text.ts
function applySummary(applied) {
  const line = (a) => `- ${codeSpan(a.id)}: ${a.outcome}${a.expiresAt !== void 0 ? ` until ${a.expiresAt}` : ""}${a.reasons.length > 0 ? ` (${a.reasons.map((r) => r.code).join(", ")})` : ""}`;
  return ["## Grantbook apply", "", ...applied.length === 0 ? ["No new request landed with this push."] : applied.map(line), ""].join("\n");
}
function applyBody(id, text) {
  return `${applyMarker(id)}
${text}`;
}
function grantedComment(id, expiresAt, grants, admitted = [], uses = []) {
  return applyBody(id, grantedBody(id, expiresAt, grants, admitted, uses));
}
function grantedBody(id, expiresAt, grants, admitted = [], uses = []) {
  const rows = admitted.length === 0 ? "" : `

Rows the row filters admit now:
${admitted.map((r) => `- ${codeSpan(r.table)} on ${codeSpan(r.target)}: ${escapeMarkdown(r.figure)}`).join("\n")}`;
  const use = recordedUsesMarkdown(uses);
  return `${grantedText(id, expiresAt, grants)}${rows}${use === "" ? "" : `
${use}`}`;
}
function refusedText(id, path, reasons) {
  const marker = applyMarker(id);
  const body = `${marker}
Nothing was granted for ${codeSpan(id)} (${pathText(path)}):

${reasons.map(reasonLine).join("\n")}`;
  return { marker, title: `Access request ${id} was refused at apply`, body };
}
function idReusedIssue(id, path) {
  const marker = applyMarker(id);
  const body = `${marker}
The file ${pathText(path)} landed under an id the ledger already holds. Nothing was granted. Add the request again under a new file name.`;
  return { marker, title: `Access request ${id} reuses an id`, body };
}
function heldUnavailableComment(id, path, reason) {
  return `${applyMarker(id)}
Not granted yet: ${codeSpan(id)} (${pathText(path)}) waits for the next apply run.

${reasonLine(reason)}`;
}
function grantFailedText(report) {
  const marker = applyMarker(report.id);
  const left = report.targets.filter((t) => t.status === "not_rolled_back");
  const title = left.length > 0 ? `Access request ${report.id} failed at apply and was not fully rolled back` : `Access request ${report.id} failed at apply`;
  return { marker, title, body: `${marker}
${rollbackText(report)}` };
}
function interruptedText(id) {
  return {
    title: `Access request ${id} was interrupted at apply`,
    text: `Nothing stays granted for ${codeSpan(id)}: the apply run that started granting it was interrupted (\`E_APPLY_INTERRUPTED\`). Open a new request under a new file name to get the access.`
  };
}
function breakGlassReviewIssue(id, pull, expiresAt) {
  const marker = breakGlassMarker(id);
  const body = `${marker}
Emergency access ${codeSpan(id)} was granted from pull request #${pull} until ${expiresAt}. Review what it was used for and whether the emergency profile is still right.`;
  return { marker, title: `Break-glass review: ${id}`, body };
}
function heldBackIssue(ids, problems) {
  const body = [
    SETTINGS_MARKER,
    `Nothing was granted for ${ids.map(codeSpan).join(", ")}: a setting the review process depends on is unsafe or cannot be read.`,
    "",
    ...problems.map(reasonWithFixLines),
    "",
    "After fixing them (`npx grantbook doctor --repo owner/name` shows the state), re-run the apply job for the same push: it grants what was held back."
  ].join("\n");
  return { marker: SETTINGS_MARKER, title: "Grantbook apply is holding grants back: repository settings are unsafe", body };
}

// src/modes/apply/admitted.ts
async function admittedRowLines(decision, providers, grants, logger) {
  const lines = [];
  for (const g of grants) {
    const filters = decision.footprint.entries.flatMap((t) => t.target === g.target.name && t.rowFilter !== void 0 ? [t.rowFilter] : []);
    const provider = providers.get(g.target.name);
    const counter = provider?.rowCounter;
    if (filters.length === 0 || counter === void 0) continue;
    const exact = new Set(filters.filter((f) => f.exact).map((f) => f.object));
    const counts = await counter.countAdmitted(g, exact).catch(() => []);
    for (const f of filters) {
      const c = counts.find((x) => x.table === f.object)?.count;
      const figure = c === void 0 || c.rows === null ? `not counted${c?.note !== void 0 ? ` (${c.note})` : ""}` : `${c.exact ? "" : "about "}${c.rows}${c.exact ? "" : " (estimate)"}`;
      lines.push({ table: f.object, target: g.target.name, figure });
    }
  }
  for (const l of lines) logger.info(`rows admitted: ${l.table} on ${l.target}: ${l.figure}`);
  return lines;
}

// src/modes/apply/discover.ts
var REQUESTS_PREFIX = "access-requests/";
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
var DEFAULT_WALK_LIMIT = 500;
var FirstParentChain = class {
  constructor(repo, tip, limit) {
    this.repo = repo;
    this.tip = tip;
    this.limit = limit;
  }
  repo;
  tip;
  limit;
  links = [];
  ended = false;
  async at(depth) {
    while (this.links.length <= depth && !this.ended && this.links.length < this.limit) {
      const last = this.links[this.links.length - 1];
      const sha = last === void 0 ? this.tip : last.parent;
      if (sha === void 0) {
        this.ended = true;
        break;
      }
      const [parent] = await this.repo.parents(sha);
      this.links.push({ sha, parent, depth: this.links.length });
    }
    return this.links[depth];
  }
  /** Depth of a commit already walked, or undefined. */
  depthOf(sha) {
    return this.links.find((l) => l.sha === sha)?.depth;
  }
  /** Request paths a link added relative to its first parent. */
  async added(link) {
    return this.repo.addedPaths(link.parent ?? EMPTY_TREE, link.sha, REQUESTS_PREFIX);
  }
};
async function discoverRequests(input) {
  const { chain, logger } = input;
  const pushed = await pushedAdds(chain, input.before, logger);
  const atTip = await input.repo.readFiles(chain.tip, [REQUESTS_PREFIX], REQUEST_MAX_BYTES);
  const present = new Set(atTip.map((f) => f.path));
  for (const path of pushed.keys()) {
    if (!present.has(path)) logger.info(`${safePath(path)} was added and removed again by the pushed commits; nothing to apply.`);
  }
  const candidates = [];
  const misnamed = [];
  const wanted = /* @__PURE__ */ new Map();
  for (const file of atTip) {
    const role = classifyPath(file.path);
    const origin = pushed.get(file.path);
    if (role.role === "placeholder") continue;
    if (role.role !== "request") {
      if (origin !== void 0) misnamed.push(file.path);
      continue;
    }
    if (origin !== void 0) candidates.push({ path: file.path, id: role.id, origin, file, pushed: true });
    else if (!input.knownIds.has(role.id)) wanted.set(file.path, { id: role.id, file });
  }
  const unlocated = [];
  if (wanted.size > 0) {
    logger.info(`${wanted.size} request file(s) at the tip are not in the ledger; finding the commits that added them.`);
    const found = await locate(chain, new Set(wanted.keys()));
    for (const [path, { id, file }] of wanted) {
      const origin = found.get(path);
      if (origin === void 0) unlocated.push({ path, id });
      else candidates.push({ path, id, origin, file, pushed: false });
    }
  }
  candidates.sort((a, b) => b.origin.depth - a.origin.depth || (a.path < b.path ? -1 : 1));
  return { candidates, misnamed, unlocated };
}
async function pushedAdds(chain, before, logger) {
  const adds = /* @__PURE__ */ new Map();
  if (before === void 0) return adds;
  for (let depth = 0; ; depth += 1) {
    const link = await chain.at(depth);
    if (link === void 0) {
      logger.warning(
        "The commit before the push is not in the first-parent history of the pushed tip (force push or shallow checkout); only unrecorded request files are applied."
      );
      return /* @__PURE__ */ new Map();
    }
    if (link.sha === before) return adds;
    for (const path of await chain.added(link)) if (!adds.has(path)) adds.set(path, link);
  }
}
async function locate(chain, paths) {
  const found = /* @__PURE__ */ new Map();
  for (let depth = 0; found.size < paths.size; depth += 1) {
    const link = await chain.at(depth);
    if (link === void 0) break;
    for (const path of await chain.added(link)) if (paths.has(path) && !found.has(path)) found.set(path, link);
  }
  return found;
}

// src/modes/apply/observe.ts
async function observeHeld(providers, grants, states) {
  const ours = heldByLiveGrants(states);
  const out = [];
  for (const tg of grants) {
    const provider = providers.get(tg.target.name);
    if (provider === void 0) throw new Error(`no provider connected for target ${tg.target.name}`);
    const held = preexisting(await provider.held(tg), tg.target, tg.principal, ours);
    out.push(held.length === 0 ? tg : { ...tg, held });
  }
  return out;
}
function ledgerGrants(grants, observed) {
  return grants.map((g) => {
    const unit = observed.find((tg) => tg.target.name === g.target && tg.principal === g.principal);
    const held = unit !== void 0 && isHeld(unit, g.spec);
    return held ? { ...g, already_held: true } : { ...g };
  });
}

// src/modes/apply/repair.ts
function interruptedIntents(folded) {
  const out = [];
  for (const s of folded.states.values()) {
    if (s.status === "intended" && s.refusal === void 0 && s.grant?.type === "intent") out.push(s.grant);
  }
  return out.sort((a, b) => a.seq - b.seq);
}
async function repairInterrupted(deps, intents) {
  if (intents.length === 0) return [];
  const targets = await trustedTargets(deps.repo, deps.tip);
  const providers = /* @__PURE__ */ new Map();
  const out = [];
  try {
    for (const intent of intents) {
      out.push(await repairOne(deps, intent, targets, providers));
    }
  } finally {
    await Promise.all([...providers.values()].map((p) => p.close().catch(() => void 0)));
  }
  return out;
}
async function repairOne(deps, intent, targets, providers) {
  const id = intent.request;
  const unverified = (error) => {
    const message = storableText(`the interrupted grant of ${id} could not be read back: ${describeError(error)}`, LIMITS.message);
    deps.logger.error(`${id}: ${message}`);
    return { id, outcome: "unverified", reasons: [diagnostic("E_APPLY_REPAIR_UNVERIFIED", message)] };
  };
  if (typeof targets === "string") return unverified(new Error(targets));
  let held;
  try {
    held = await holdsEverything(intent, targets, providers, deps.connect);
  } catch (error) {
    return unverified(error);
  }
  const expires = parseInstant(intent.expires_at);
  const at = parseInstant(intent.at);
  if (held && expires !== void 0 && at !== void 0 && expires > Math.max(at, deps.now)) {
    const { v: _v, seq: _seq, at: _at, prev: _prev, hash: _hash, type: _type, actor: _actor, ...body } = intent;
    const applied = appliedTargets(targetGrants(intent, targets), /* @__PURE__ */ new Map(), activeRegistry());
    await deps.record(`Grant ${id} until ${intent.expires_at} (completing an interrupted run)`, [
      { ...body, type: "granted", actor: deps.actor, granted_at: intent.at, ...applied.length > 0 ? { applied } : {} }
    ]);
    const uses = recordedUses({ grants: intent.grants, expires_at: intent.expires_at, applied }, activeRegistry());
    await deps.tellPull(intent.pr.number, id, grantedBody(id, intent.expires_at, intent.grants, [], uses));
    if (await isBreakGlass(deps.repo, deps.tip, intent.profile)) await deps.breakGlassReview(id, intent.pr.number, intent.expires_at);
    deps.logger.info(`${id}: an interrupted apply had granted it; recorded as granted until ${intent.expires_at}.`);
    return { id, outcome: "completed", expiresAt: intent.expires_at };
  }
  const why = held ? "its time ran out before the grant was recorded" : "an earlier apply run stopped before it was fully granted";
  const reasons = [diagnostic("E_APPLY_INTERRUPTED", `${id}: ${why}; what was applied is revoked by the next revoke run`)];
  await deps.record(`Abandon interrupted grant of ${id}`, [
    { type: "grant_refused", request: id, actor: deps.actor, reasons: reasons.map((r) => ({ code: r.code, message: r.message })), pr: intent.pr }
  ]);
  const { title, text } = interruptedText(id);
  await deps.raiseIssue(id, title, text);
  await deps.tellPull(intent.pr.number, id, text).catch((error) => deps.logger.warning(`${id}: the pull request comment failed (${describeError(error)}); the issue says it.`));
  deps.logger.error(`${id}: interrupted before it was fully granted; abandoned (E_APPLY_INTERRUPTED).`);
  return { id, outcome: "abandoned", reasons };
}
async function holdsEverything(intent, targets, providers, connect) {
  for (const grant of targetGrants(intent, targets)) {
    const name = grant.target.name;
    let provider = providers.get(name);
    if (provider === void 0) {
      provider = await connect(grant.target);
      providers.set(name, provider);
    }
    if (!(await provider.inspect(grant)).present) return false;
  }
  return true;
}
function targetGrants(intent, targets) {
  const units = /* @__PURE__ */ new Map();
  for (const g of intent.grants) {
    const target = targets.get(g.target);
    if (target === void 0) throw new Error(`target ${g.target} is no longer declared in ${TARGETS_PATH}`);
    const key = `${g.target}\0${g.principal}`;
    const unit = units.get(key) ?? { target, principal: g.principal, grants: [], held: [] };
    unit.grants.push(g.spec);
    if (g.already_held === true) unit.held.push(g.spec);
    units.set(key, unit);
  }
  return [...units.values()].map((u) => ({
    requestId: intent.request,
    target: u.target,
    principal: u.principal,
    grants: u.grants,
    expiresAt: intent.expires_at,
    ...u.held.length > 0 ? { held: u.held } : {}
  }));
}
async function trustedTargets(repo, tip, providers = activeRegistry()) {
  const [file] = await repo.readFiles(tip, [TARGETS_PATH], POLICY_MAX_BYTES);
  if (file?.bytes === void 0 || !REGULAR_FILE_MODES.has(file.mode)) return `${TARGETS_PATH} is missing, too large or not a regular file at ${tip}`;
  const read = parseTargetsFile({ path: TARGETS_PATH, bytes: file.bytes }, providers);
  return read.ok ? read.value : `${TARGETS_PATH} is invalid at ${tip}`;
}
async function isBreakGlass(repo, tip, profile) {
  const path = `${POLICIES_DIR}/${profile}.yaml`;
  const [file] = await repo.readFiles(tip, [path], POLICY_MAX_BYTES);
  if (file?.bytes === void 0 || !REGULAR_FILE_MODES.has(file.mode)) return true;
  return readProfile({ path, bytes: file.bytes }).profile?.breakGlass ?? true;
}

// src/modes/apply/run-ledger.ts
var RunLedger = class {
  constructor(deps, branch, initial) {
    this.deps = deps;
    this.branch = branch;
    this.folded = initial;
  }
  deps;
  branch;
  folded;
  events = [];
  get current() {
    this.folded ??= fold(this.events);
    return this.folded;
  }
  async record(message, drafts) {
    let base = [];
    const result = await commitEvents(this.deps, {
      branch: this.branch,
      // The function form sees the tip each attempt builds on, the last one included.
      changes: (view) => {
        base = view.events;
        return { drafts };
      },
      message: `grantbook: ${message}`
    });
    this.events = [...base, ...result.events];
    this.folded = void 0;
  }
};

// src/modes/apply/settings-gate.ts
function settingsGate(check, logger) {
  let answer;
  return () => answer ??= logger.group("Repository settings", async () => {
    const problems = await check();
    for (const p of problems) logger.error(`${p.code} ${p.message}`);
    if (problems.length === 0) logger.info("Branch protection, CODEOWNERS, the apply environment and the revoke workflow are as the security model needs.");
    return problems;
  });
}
async function reportHeldBack(port, ids, problems) {
  const issue = heldBackIssue(ids, problems);
  await port.raiseIssue(issue.marker, { title: issue.title, body: issue.body, labels: ["grantbook"] });
}

// src/modes/apply/verify.ts
var MAX_MEMBERSHIP_ROUNDS = 6;
async function verifyCandidate(input) {
  const { candidate, port } = input;
  const where = { file: safePath(candidate.path) };
  const refuse = (code, message, pull2) => ({
    ok: false,
    reasons: [diagnostic(code, message, where)],
    ...pull2 !== void 0 ? { pull: pull2 } : {}
  });
  if (!REGULAR_FILE_MODES.has(candidate.file.mode) || candidate.file.bytes === void 0) {
    return refuse("E_NOT_REGULAR_FILE", "the request is not a regular file within the size limit; it is not read");
  }
  const parsed = parseRequestFile({ path: candidate.path, bytes: candidate.file.bytes });
  if (!parsed.ok) return { ok: false, reasons: parsed.diagnostics };
  const firstParent = candidate.origin.parent;
  if (firstParent === void 0) return refuse("E_APPLY_ORIGIN_UNKNOWN", "the commit that added the request has no parent to take policy from");
  const pulls = (await port.pullsForCommit(candidate.origin.sha, true)).filter((p) => p.merged && p.baseRef === input.defaultBranch);
  if (pulls.length === 0) return refuse("E_APPLY_NO_PULL_REQUEST", "no merged pull request into the default branch brought this request");
  if (pulls.length > 1) return refuse("E_APPLY_PULL_AMBIGUOUS", `${pulls.length} merged pull requests are associated with the commit that added it`);
  const pull = await port.getPull(pulls[0]?.number ?? 0);
  if (pull.author === null || !pull.merged) return refuse("E_APPLY_PULL_UNREADABLE", "the pull request has no author account or is not merged", pull);
  const files = await port.listFiles(pull);
  const changes = classifyChanges(
    files.map((f) => ({ filename: f.filename, status: f.status, ...f.previousFilename !== void 0 ? { previousFilename: f.previousFilename } : {} }))
  );
  if (!changes.added.includes(candidate.path)) return refuse("E_APPLY_NOT_IN_PULL", `pull request #${pull.number} does not add this file`, pull);
  if (changes.problems.length > 0) return { ok: false, reasons: changes.problems, pull };
  const atHead = await port.fileAtRef(pull.headSha, candidate.path);
  if (atHead === void 0 || atHead.sha !== candidate.file.blobSha) {
    return refuse("E_APPLY_BLOB_MISMATCH", `the file on the default branch is not the blob at pull request #${pull.number}'s final head`, pull);
  }
  const config = await readTrustedConfig(input.repo, firstParent);
  if (!config.policy.ok) return { ok: false, reasons: config.policy.diagnostics, pull };
  const [commits, reviews, codeownersApi] = await Promise.all([port.listCommits(pull), port.listReviews(pull.number), port.codeownersErrors(firstParent)]);
  const ownersProblems = coverageErrors(config.codeowners, codeownersApi ?? []).filter((d) => d.severity === "error");
  if (ownersProblems.length > 0) return { ok: false, reasons: ownersProblems, pull };
  const event = {
    owner: input.owner,
    repo: input.name,
    number: pull.number,
    author: { login: pull.author.login, id: pull.author.id },
    headSha: pull.headSha,
    baseSha: firstParent,
    baseRef: pull.baseRef,
    defaultBranch: input.defaultBranch,
    commits: pull.commits,
    changedFiles: pull.changedFiles
  };
  const memberships = /* @__PURE__ */ new Map();
  for (let round = 0; ; round++) {
    const judgement = judgeRequest({
      request: parsed.value,
      policy: config.policy.value,
      rules: config.codeowners.rules,
      pull: event,
      commits,
      reviews,
      memberships,
      now: input.now
    });
    if (judgement.missingMemberships.length === 0) {
      if (judgement.report.verdict !== "approved") return { ok: false, reasons: refusalReasons(judgement, where), pull };
      return { ok: true, request: parsed.value, pull, judgement, policy: config.policy.value };
    }
    if (round === MAX_MEMBERSHIP_ROUNDS) throw new Error("team membership look-ups did not settle");
    for (const m of judgement.missingMemberships) memberships.set(membershipKey(m.org, m.slug, m.login), await port.membership(m.org, m.slug, m.login));
  }
}
function refusalReasons(j, where) {
  const reasons = j.decision.reasons.filter((r) => r.severity === "error");
  for (const m of j.approvals.missing) reasons.push(diagnostic(m.code, m.message, where));
  for (const b of j.approvals.blockers) reasons.push(diagnostic("E_APPROVAL_BLOCKED", b.message, where));
  if (reasons.length === 0) reasons.push(diagnostic("E_APPROVAL_MORE_OWNERS_NEEDED", "the request is not approved at the pull request's final head", where));
  return reasons;
}

// src/modes/apply/run.ts
async function runApply(deps) {
  const { event, logger } = deps;
  const tip = await deps.store.readTip(event.defaultBranch);
  const { chain } = await readChain(deps.store, tip.commitSha);
  if (!chain.ok) throw new Error("the ledger chain does not verify; run `grantbook audit verify`");
  const folded = fold(chain.events);
  const ledger = new RunLedger({ store: deps.store, clock: deps.clock, sleep: deps.sleep, random: deps.random }, event.defaultBranch, folded);
  const actor = { ...deps.actor, sha: event.tip };
  const interrupted = interruptedIntents(folded);
  const repaired = interrupted.length === 0 ? [] : await logger.group(
    "Interrupted earlier runs",
    () => repairInterrupted(
      {
        repo: deps.repo,
        tip: event.tip,
        connect: deps.connect,
        actor,
        now: deps.clock.now(),
        logger,
        record: (message, drafts) => ledger.record(message, drafts),
        tellPull: (pull, id, text) => deps.port.upsertComment(pull, applyMarker(id), applyBody(id, text)),
        raiseIssue: async (id, title, text) => {
          await deps.port.raiseIssue(applyMarker(id), { title, body: applyBody(id, text), labels: ["grantbook"] });
        },
        breakGlassReview: (id, pull, expiresAt) => raiseBreakGlassReview(deps.port, id, pull, expiresAt)
      },
      interrupted
    )
  );
  const history = new FirstParentChain(deps.repo, event.tip, DEFAULT_WALK_LIMIT);
  const discovery = await logger.group(
    "Requests landed by this push",
    () => discoverRequests({ repo: deps.repo, chain: history, before: event.before, knownIds: folded.knownIds, logger })
  );
  const applied = repaired.map(asApplied);
  const unsafeSettings = settingsGate(deps.unsafeSettings, logger);
  const heldBack = [];
  for (const candidate of discovery.candidates) {
    if (ledger.current.knownIds.has(candidate.id)) {
      if (repaired.some((r) => r.id === candidate.id)) continue;
      const recorded = ledger.current.states.get(candidate.id)?.grant?.request_blob;
      if (recorded === void 0 || recorded === candidate.file.blobSha) {
        logger.info(`${candidate.id}: already in the ledger; nothing to do.`);
        continue;
      }
      const reasons = [diagnostic("E_APPLY_ID_REUSED", `request id ${candidate.id} was used before; nothing was granted`, { file: safePath(candidate.path) })];
      logger.error(`${candidate.id}: refused (E_APPLY_ID_REUSED)`);
      const issue = idReusedIssue(candidate.id, safePath(candidate.path));
      await deps.port.raiseIssue(issue.marker, { title: issue.title, body: issue.body, labels: ["grantbook"] });
      applied.push({ id: candidate.id, outcome: "refused", reasons });
      continue;
    }
    const unsafe = await unsafeSettings();
    if (unsafe.length > 0) {
      heldBack.push(candidate.id);
      applied.push({ id: candidate.id, outcome: "refused", reasons: unsafe });
      continue;
    }
    applied.push(await logger.group(`Request ${candidate.id}`, () => applyOne(deps, ledger, candidate)));
  }
  if (heldBack.length > 0) await reportHeldBack(deps.port, heldBack, await unsafeSettings());
  const granted = applied.filter((a) => a.outcome === "granted");
  const bad = applied.filter((a) => a.outcome !== "granted");
  const reasonCodes = [...new Set(bad.flatMap((a) => a.reasons.map((r) => r.code)))].sort();
  const decision = bad.length > 0 ? bad.some((a) => a.outcome === "failed") ? "failed" : "refused" : granted.length > 0 ? "granted" : "nothing-to-do";
  const summary = applySummary(applied);
  const result = { decision, reasonCodes, requests: applied.map((a) => a.id), summary, applied };
  return bad.length > 0 ? { ...result, failure: `${bad.length} request(s) were not granted; see the job summary, the ledger and the issue opened for each.` } : result;
}
async function applyOne(deps, ledger, candidate) {
  const now = deps.clock.now();
  const verified = await verifyCandidate({
    candidate,
    port: deps.port,
    repo: deps.repo,
    owner: deps.event.owner,
    name: deps.event.repo,
    defaultBranch: deps.event.defaultBranch,
    now
  });
  const actor = { ...deps.actor, sha: deps.event.tip };
  const refusal = verified.ok ? extendsProblem(verified.request, verified.policy, ledger.current.states, candidate.path) : void 0;
  if (verified.ok && refusal !== void 0) {
    const reasons = [refusal];
    await ledger.record(`Refuse ${candidate.id}`, [refusedDraft(candidate.id, actor, reasons, verified.pull)]);
    await notifyRefusal(deps, candidate, reasons, verified.pull.number);
    return { id: candidate.id, outcome: "refused", reasons };
  }
  if (!verified.ok) {
    deps.logger.error(`${candidate.id}: refused (${verified.reasons.map((r) => r.code).join(", ")})`);
    await ledger.record(`Refuse ${candidate.id}`, [refusedDraft(candidate.id, actor, verified.reasons, verified.pull)]);
    await notifyRefusal(deps, candidate, verified.reasons, verified.pull?.number);
    return { id: candidate.id, outcome: "refused", reasons: verified.reasons };
  }
  const { judgement, request, pull, policy } = verified;
  const decision = judgement.decision;
  const duration = decision.window?.duration;
  const length = duration === void 0 ? void 0 : durationMs(duration);
  const expires = length === void 0 ? void 0 : addDuration(now, length);
  if (duration === void 0 || expires === void 0) throw new Error("an approved decision without a finite window");
  const expiresAt = formatInstant(expires);
  const targetGrants2 = groupByTarget(decision, policy, expiresAt);
  const identity = policy.identities.find((i) => i.login.toLowerCase() === request.requester.toLowerCase());
  if (identity === void 0) throw new Error("an approved decision for an unknown requester");
  const body = {
    pr: { number: pull.number, head_sha: pull.headSha, merge_sha: pull.mergeCommitSha ?? candidate.origin.sha },
    requester: { login: identity.login, id: identity.id },
    grantees: [{ login: identity.login, id: identity.id }],
    approvers: judgement.approvals.approvedBy.map((a) => ({ login: a.login, id: a.id, review_id: a.reviewId, commit_id: a.commitId })),
    profile: decision.profile,
    request_blob: candidate.file.blobSha,
    expires_at: expiresAt,
    duration,
    ...request.ticket !== void 0 ? { ticket: request.ticket } : {},
    ...request.reason !== void 0 ? { reason: storableText(request.reason, LIMITS.reasonText) } : {},
    ...request.extends !== void 0 ? { extends: request.extends } : {}
  };
  const providers = /* @__PURE__ */ new Map();
  try {
    for (const tg of targetGrants2) if (!providers.has(tg.target.name)) providers.set(tg.target.name, await deps.connect(tg.target));
    let observed;
    try {
      observed = await observeHeld(providers, targetGrants2, ledger.current.states);
    } catch (error) {
      return await heldUnreadable(deps, ledger, { candidate, actor, pull, login: identity.login }, error);
    }
    const grants = ledgerGrants(
      decision.grants.map((g) => ({ target: g.target, provider: g.provider, principal: g.principal, spec: g.spec })),
      observed
    );
    const unit = { candidate, actor, pull, breakGlass: decision.breakGlass, decision, body: { ...body, grants }, grantedAt: now };
    return await grantObserved(deps, ledger, unit, providers, observed);
  } finally {
    await Promise.all([...providers.values()].map((p) => p.close().catch(() => void 0)));
  }
}
async function grantObserved(deps, ledger, u, providers, observed) {
  const { candidate, actor, pull, body } = u;
  const expiresAt = body.expires_at;
  await ledger.record(`Intent to grant ${candidate.id}`, [{ type: "intent", request: candidate.id, actor, ...body }]);
  const baselines = await readBaselines(candidate.id, actor, providers, observed, deps.logger);
  const result = await applyRequest(providers, observed);
  const admitted = result.ok ? await admittedRowLines(u.decision, providers, observed, deps.logger) : [];
  if (!result.ok) return grantFailed(deps, ledger, u, observed, result);
  const applied = appliedTargets(observed, result.reported, activeRegistry());
  await ledger.record(`Grant ${candidate.id} until ${expiresAt}`, [
    { type: "granted", request: candidate.id, actor, ...body, granted_at: formatInstant(u.grantedAt), ...applied.length > 0 ? { applied } : {} },
    ...baselines
  ]);
  const uses = recordedUses({ grants: body.grants, expires_at: expiresAt, applied }, activeRegistry());
  await deps.port.upsertComment(pull.number, applyMarker(candidate.id), grantedComment(candidate.id, expiresAt, body.grants, admitted, uses));
  if (u.breakGlass) await raiseBreakGlassReview(deps.port, candidate.id, pull.number, expiresAt);
  deps.logger.info(`${candidate.id}: granted until ${expiresAt}.`);
  return { id: candidate.id, outcome: "granted", expiresAt, reasons: [] };
}
async function grantFailed(deps, ledger, u, observed, result) {
  const { candidate, actor, pull } = u;
  const file = safePath(candidate.path);
  const targets = rollbackStatuses(observed, result);
  const left = targets.filter((t) => t.status === "not_rolled_back");
  const failed = { target: result.failure.target, reason: storableText(result.failure.reason, LIMITS.message) };
  const leftReason = (t) => storableText(`target ${t.target} was not rolled back and may still hold the grant: ${t.reason}`, LIMITS.message);
  const reasons = [
    diagnostic("E_APPLY_PROVIDER_FAILED", storableText(`granting on target ${failed.target} failed: ${failed.reason}`, LIMITS.message), { file }),
    ...left.map((t) => diagnostic("E_APPLY_ROLLBACK_FAILED", leftReason(t), { file }))
  ];
  deps.logger.error(`${candidate.id}: granting on ${failed.target} failed (E_APPLY_PROVIDER_FAILED): ${failed.reason}`);
  for (const t of targets) {
    if (t.status === "not_rolled_back") deps.logger.error(`${candidate.id}: ${t.target} was not rolled back (E_APPLY_ROLLBACK_FAILED): ${t.reason}`);
    else deps.logger.info(`${candidate.id}: ${t.target} ${t.status === "rolled_back" ? "rolled back, verified" : "not attempted"}.`);
  }
  await ledger.record(`Grant of ${candidate.id} failed`, [
    refusedDraft(candidate.id, actor, reasons, pull),
    ...left.map((t) => ({
      type: "revoke_failed",
      request: candidate.id,
      actor,
      target: t.target,
      reason: { code: "E_APPLY_ROLLBACK_FAILED", message: leftReason(t) },
      attempts: 1
    }))
  ]);
  const text = grantFailedText({ id: candidate.id, path: file, failed, targets });
  await deps.port.upsertComment(pull.number, text.marker, text.body);
  await deps.port.raiseIssue(text.marker, { title: text.title, body: text.body, labels: ["grantbook"] });
  return { id: candidate.id, outcome: "failed", reasons };
}
function rollbackStatuses(observed, result) {
  const out = [];
  for (const g of observed) {
    const target = g.target.name;
    if (out.some((t) => t.target === target)) continue;
    const done = result.compensated.find((c) => c.target === target);
    if (done === void 0) out.push({ target, status: "untouched" });
    else if (done.status === "revoked") out.push({ target, status: "rolled_back" });
    else out.push({ target, status: "not_rolled_back", reason: storableText(done.reason, LIMITS.message) });
  }
  return out;
}
async function raiseBreakGlassReview(port, id, pull, expiresAt) {
  const issue = breakGlassReviewIssue(id, pull, expiresAt);
  await port.raiseIssue(issue.marker, { title: issue.title, body: issue.body, labels: ["grantbook", "break-glass"] });
}
function asApplied(r) {
  if (r.outcome === "completed") return { id: r.id, outcome: "granted", expiresAt: r.expiresAt, reasons: [] };
  return { id: r.id, outcome: r.outcome === "abandoned" ? "refused" : "failed", reasons: r.reasons };
}
function refusedDraft(id, actor, reasons, pull) {
  return {
    type: "grant_refused",
    request: id,
    actor,
    reasons: reasons.slice(0, 20).map((r) => ({ code: r.code, message: storableText(r.message, LIMITS.message) })),
    ...pull !== void 0 ? { pr: { number: pull.number, head_sha: pull.headSha, merge_sha: pull.mergeCommitSha ?? actor.sha } } : {}
  };
}
var TRANSIENT = /* @__PURE__ */ new Set(["E_GITHUB_UNAVAILABLE", "E_GITHUB_RATE_LIMITED", "E_GITHUB_LIST_TRUNCATED", "E_GITHUB_LIST_INCONSISTENT"]);
async function heldUnreadable(deps, ledger, r, error) {
  const { candidate } = r;
  const file = safePath(candidate.path);
  if (error instanceof ProviderError) {
    const reasons = [diagnostic(error.code, storableText(error.message, LIMITS.message), { file })];
    await ledger.record(`Refuse ${candidate.id}`, [refusedDraft(candidate.id, r.actor, reasons, r.pull)]);
    await notifyRefusal(deps, candidate, reasons, r.pull.number);
    return { id: candidate.id, outcome: "failed", reasons };
  }
  if (!(error instanceof GithubError)) throw error;
  if (!TRANSIENT.has(error.code)) {
    const reasons = [diagnostic("E_APPLY_HELD_UNREADABLE", `GitHub refused to say what ${r.login} already holds (${error.code})`, { file })];
    await ledger.record(`Grant of ${candidate.id} failed`, [refusedDraft(candidate.id, r.actor, reasons, r.pull)]);
    await notifyRefusal(deps, candidate, reasons, r.pull.number);
    return { id: candidate.id, outcome: "failed", reasons };
  }
  const message = `GitHub could not say for now what ${r.login} already holds (${error.code}); nothing was granted or recorded, and the next apply run tries again`;
  const reason = diagnostic("E_APPLY_HELD_UNAVAILABLE", message, { file });
  deps.logger.error(`${candidate.id}: not granted yet (E_APPLY_HELD_UNAVAILABLE, ${error.code}); the next apply run tries again.`);
  await deps.port.upsertComment(r.pull.number, applyMarker(candidate.id), heldUnavailableComment(candidate.id, file, reason));
  return { id: candidate.id, outcome: "failed", reasons: [reason] };
}
async function notifyRefusal(deps, candidate, reasons, pullNumber) {
  const text = refusedText(candidate.id, safePath(candidate.path), reasons);
  if (pullNumber !== void 0) await deps.port.upsertComment(pullNumber, text.marker, text.body);
  await deps.port.raiseIssue(text.marker, { title: text.title, body: text.body, labels: ["grantbook"] });
}
function extendsProblem(request, policy, states, path) {
  if (request.extends === void 0) return void 0;
  const identity = policy.identities.find((i) => i.login.toLowerCase() === request.requester.toLowerCase());
  const earlier = states.get(request.extends);
  const ok = identity !== void 0 && earlier !== void 0 && isLive(earlier) && earlier.grant.requester.id === identity.id;
  return ok ? void 0 : diagnostic("E_APPLY_EXTENDS_UNKNOWN", `extends ${request.extends}, which is not a live grant of the requester`, { file: safePath(path) });
}

export {
  githubApplyPort,
  runApply
};
