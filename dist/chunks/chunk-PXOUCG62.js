import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  REGULAR_FILE_MODES
} from "./chunk-HKP7UESZ.js";
import {
  CODEOWNERS_LOCATIONS,
  CODEOWNERS_MAX_BYTES,
  evaluate,
  loadCodeowners,
  loadPolicySet,
  ownersOf,
  planRequest
} from "./chunk-RMGFMFKL.js";
import {
  codeSpan,
  escapeMarkdown
} from "./chunk-TAWV74PJ.js";
import {
  isLive
} from "./chunk-XWXGGLRX.js";
import {
  planFor
} from "./chunk-6YJFBVOG.js";
import {
  displayPath
} from "./chunk-W3EMCSNL.js";
import {
  activeRegistry
} from "./chunk-JKSNEYSU.js";
import {
  FILE_START,
  POLICY_MAX_BYTES
} from "./chunk-S2FTDJZ2.js";
import {
  diagnostic,
  failed,
  hasErrors
} from "./chunk-BGLQZM7W.js";
import {
  matches
} from "./chunk-VBI6FCSW.js";

// src/modes/trusted-config.ts
async function readTrustedConfig(repo, commit, providers = activeRegistry()) {
  const policyFiles = await repo.readFiles(commit, ["policies/"], POLICY_MAX_BYTES);
  const problems = [];
  const sources = [];
  for (const file of policyFiles) {
    const source = asSource(file, POLICY_MAX_BYTES, problems);
    if (source !== void 0) sources.push(source);
  }
  const loaded = loadPolicySet(sources, providers);
  const policy = problems.length > 0 ? failed([...problems, ...loaded.ok ? [] : loaded.diagnostics]) : loaded;
  const ownersFiles = await repo.readFiles(commit, [...CODEOWNERS_LOCATIONS], CODEOWNERS_MAX_BYTES + 1);
  const byPath = new Map(ownersFiles.map((f) => [f.path, f]));
  const codeowners = loadCodeowners((path) => {
    const file = byPath.get(path);
    if (file === void 0) return void 0;
    if (!REGULAR_FILE_MODES.has(file.mode) || file.bytes === void 0) return new Uint8Array(CODEOWNERS_MAX_BYTES + 1);
    return file.bytes;
  });
  return { commit, policy, codeowners };
}
function asSource(file, maxBytes, problems) {
  if (!REGULAR_FILE_MODES.has(file.mode)) {
    problems.push(diagnostic("E_NOT_REGULAR_FILE", "not a regular file in git (symlink, submodule or directory); it is not read", where(file)));
    return void 0;
  }
  if (file.bytes === void 0 || file.size > maxBytes) {
    problems.push(diagnostic("E_FILE_TOO_LARGE", `file is over the ${maxBytes}-byte limit`, where(file)));
    return void 0;
  }
  return { path: file.path, bytes: file.bytes };
}
function where(file) {
  return { file: displayPath(file.path), position: FILE_START, pointer: "" };
}

// src/approvals/evaluate.ts
var SHA = /^[0-9a-f]{7,64}$/u;
var DECISIVE = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
var who = (login) => login !== void 0 && matches("login", login) ? `@${login}` : "The reviewer";
var sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
var plural = (n, word) => `${n} more ${word}${n === 1 ? "" : "s"}`;
function evaluateApprovals(input) {
  const { pr, reviews, grantees, owners, membership, rule } = input;
  assertCount(rule.min, "rule.min");
  for (const g of rule.groups) assertCount(g.min, "group.min");
  const org = input.org.toLowerCase();
  const standing = /* @__PURE__ */ new Map();
  for (const r of reviews) {
    if (r.user !== null && DECISIVE.has(r.state)) standing.set(r.user.id, r);
  }
  const ownerStatus = (u) => {
    let pending = false;
    for (const o of owners) {
      if (o.kind === "user" && sameLogin(o.login, u.login)) return "owner";
      if (o.kind === "team") {
        const state = membership(o.org.toLowerCase(), o.slug.toLowerCase(), u.login);
        if (state === "active") return "owner";
        if (state === "pending") pending = true;
      }
    }
    return pending ? "pending" : "no";
  };
  const groupsOf = (u) => rule.groups.flatMap((g, i) => inGroup(g, u, org, membership) ? [i] : []);
  const isAuthor = (u) => u.id === pr.author.id || sameLogin(u.login, pr.author.login);
  const isGrantee = (u) => grantees.some((g) => g.id === u.id || sameLogin(g.login, u.login));
  const isCommitter = (u) => pr.committers.some((c) => c.id !== void 0 ? c.id === u.id : c.login !== void 0 && sameLogin(c.login, u.login));
  const approvedBy = [];
  const ignored = [];
  const blockers = [];
  const ignore = (r, code, message) => ignored.push({ reviewId: r.id, login: r.user?.login ?? null, code, message });
  for (const r of reviews) {
    const u = r.user;
    if (u === null || !Number.isSafeInteger(u.id)) {
      ignore(r, "E_APPROVAL_NO_USER", "The review has no user (deleted account).");
      continue;
    }
    const name = who(u.login);
    if (u.type !== "User") {
      ignore(r, "E_APPROVAL_NOT_HUMAN", `${name} is not a user account (bot or app).`);
      continue;
    }
    const isStanding = standing.get(u.id) === r;
    switch (r.state) {
      case "PENDING":
        ignore(r, "E_APPROVAL_PENDING_REVIEW", `${name}'s review is pending, not submitted.`);
        continue;
      case "COMMENTED":
        ignore(r, "E_APPROVAL_COMMENT_ONLY", `${name} commented without approving.`);
        continue;
      case "DISMISSED":
        ignore(r, "E_APPROVAL_DISMISSED", `${name}'s review was dismissed.`);
        continue;
      case "CHANGES_REQUESTED": {
        const blocking = isStanding && (ownerStatus(u) === "owner" || groupsOf(u).length > 0);
        const note = !isStanding ? "superseded by a later review" : blocking ? "blocking" : "not a code owner or approver; not blocking";
        ignore(r, "E_APPROVAL_CHANGES_REQUESTED", `${name} requested changes (${note}).`);
        if (blocking) {
          blockers.push({ reviewId: r.id, login: u.login, id: u.id, commitId: r.commitId, message: `${name} requested changes.` });
        }
        continue;
      }
      case "APPROVED":
        break;
      default:
        ignore(r, "E_APPROVAL_UNKNOWN_STATE", `${name}'s review has a state Grantbook does not recognise.`);
        continue;
    }
    if (!isStanding) {
      ignore(r, "E_APPROVAL_SUPERSEDED", `${name} submitted a later review that replaces this approval.`);
    } else if (isAuthor(u)) {
      ignore(r, "E_APPROVAL_SELF", `${name} is the pull request author.`);
    } else if (isGrantee(u)) {
      ignore(r, "E_APPROVAL_GRANTEE", `${name} receives access through this request.`);
    } else if (isCommitter(u)) {
      ignore(r, "E_APPROVAL_COMMITTER", `${name} authored or committed a commit of this pull request.`);
    } else if (ownerStatus(u) === "pending") {
      ignore(r, "E_APPROVAL_OWNER_MEMBERSHIP_PENDING", `${name}'s membership of an owning team is pending, not active.`);
    } else if (ownerStatus(u) === "no") {
      ignore(r, "E_APPROVAL_NOT_OWNER", `${name} is not a code owner of the request file.`);
    } else if (r.commitId === null || r.commitId !== pr.headSha) {
      const at = r.commitId !== null && SHA.test(r.commitId) ? ` (${r.commitId.slice(0, 7)})` : "";
      ignore(r, "E_APPROVAL_STALE", `${name} approved an earlier commit${at}, not the current head.`);
    } else {
      approvedBy.push({ login: u.login, id: u.id, reviewId: r.id, commitId: r.commitId, groups: groupsOf(u) });
    }
  }
  const missing = missingApprovals(input, approvedBy);
  return {
    satisfied: missing.length === 0 && blockers.length === 0,
    approvedBy,
    ignored,
    missing,
    blockers,
    unattributedCommits: pr.committers.filter((c) => c.id === void 0 && c.login === void 0).length
  };
}
function missingApprovals(input, approvedBy) {
  const missing = [];
  if (!input.owners.some((o) => o.kind !== "email")) {
    missing.push({
      code: "E_APPROVAL_NO_OWNERS",
      needed: 0,
      message: "The request file has no code owner who can be matched to an account, so nobody can approve it."
    });
  }
  const short = input.rule.min - approvedBy.length;
  if (short > 0) {
    missing.push({ code: "E_APPROVAL_MORE_OWNERS_NEEDED", needed: short, message: `${plural(short, "approval")} from a code owner.` });
  }
  input.rule.groups.forEach((g, index) => {
    const have = approvedBy.filter((a) => a.groups.includes(index)).length;
    const needed = g.min - have;
    if (needed > 0) {
      missing.push({ code: "E_APPROVAL_GROUP_NEEDED", needed, group: index, message: `${needed} more from ${groupLabel(g)}.` });
    }
  });
  return missing;
}
function inGroup(g, u, org, membership) {
  if (g.team !== void 0 && membership(org, g.team.toLowerCase(), u.login) === "active") return true;
  return g.users.some((login) => sameLogin(login, u.login));
}
function groupLabel(g) {
  if (g.team !== void 0) return `team ${g.team}`;
  const names = g.users.map((u) => who(u));
  return names.length === 1 ? names[0] ?? "" : `one of ${names.join(", ")}`;
}
function assertCount(n, what) {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a positive integer`);
}

// src/modes/check/judge.ts
var membershipKey = (org, slug, login) => `${org}/${slug}/${login}`.toLowerCase();
function judgeRequest(input) {
  const { request, policy, pull } = input;
  const org = pull.owner.toLowerCase();
  const missing = /* @__PURE__ */ new Map();
  const lookup = (o, slug, login) => {
    const key = membershipKey(o, slug, login);
    const known = input.memberships.get(key);
    if (known !== void 0) return known;
    missing.set(key, { org: o.toLowerCase(), slug: slug.toLowerCase(), login: login.toLowerCase() });
    return "active";
  };
  const profile = policy.profiles.get(request.profile);
  const identity = policy.identities.find((i) => sameLogin2(i.login, request.requester));
  const requester = identity?.login ?? request.requester;
  const requesterTeams = /* @__PURE__ */ new Set();
  if (profile !== void 0 && !profile.requesters.users.some((u) => sameLogin2(u, requester))) {
    for (const team of profile.requesters.teams) {
      if (lookup(org, team, requester) === "active") requesterTeams.add(team);
    }
  }
  const decision = evaluate(request, policy, {
    now: input.now,
    author: pull.author,
    requesterTeams,
    controlRepo: `${pull.owner}/${pull.repo}`
  });
  const grantees = [identity !== void 0 ? { login: identity.login, id: identity.id } : { login: request.requester, id: -1 }];
  const owners = ownersOf(input.rules, request.path).owners;
  const approvals = evaluateApprovals({
    pr: pullFacts(pull, input.commits),
    reviews: input.reviews.map(toReview),
    grantees,
    owners,
    membership: lookup,
    rule: decision.approvals,
    org
  });
  const plans = planRequest(decision, policy, planFor);
  const verdict = decision.outcome !== "allowed" || hasErrors(decision.reasons) ? "refused" : approvals.satisfied ? "approved" : "pending";
  const report = {
    path: request.path,
    id: request.id,
    verdict,
    loadProblems: [],
    decision,
    approvals,
    owners: owners.map(ownerName),
    plans,
    requester: request.requester,
    ...request.reason !== void 0 ? { reason: request.reason } : {},
    ...request.ticket !== void 0 ? { ticket: request.ticket } : {}
  };
  return { report, decision, approvals, missingMemberships: [...missing.values()] };
}
var sameLogin2 = (a, b) => a.toLowerCase() === b.toLowerCase();
function ownerName(owner) {
  if (owner.kind === "user") return owner.login;
  if (owner.kind === "team") return `${owner.org}/${owner.slug}`;
  return "an e-mail address (not matched to an account)";
}
function pullFacts(pull, commits) {
  const committers = [];
  for (const c of commits) {
    for (const a of [c.author, c.committer]) {
      if (a === null) committers.push({});
      else if (a.type !== "Bot" && a.login !== "web-flow") committers.push({ login: a.login, id: a.id });
    }
  }
  return { number: pull.number, author: pull.author, headSha: pull.headSha, committers };
}
function toReview(r) {
  return {
    id: r.id,
    user: r.user === null ? null : { login: r.user.login, id: r.user.id, type: r.user.type },
    state: r.state,
    commitId: r.commitId,
    submittedAt: r.submittedAt
  };
}

// src/report/diagnostic-text.ts
function diagnosticLine(d) {
  const where2 = d.line !== void 0 ? ` (line ${d.line}${d.pointer !== void 0 ? `, ${d.pointer}` : ""})` : "";
  return `- ${codeSpan(d.code)} ${escapeMarkdown(d.message)}${escapeMarkdown(where2)}. Fix: ${escapeMarkdown(d.fix)}`;
}
function reasonLine(d) {
  return `- ${codeSpan(d.code)} ${escapeMarkdown(d.message)}`;
}
function reasonWithFixLines(d) {
  return `${reasonLine(d)}
  Fix: ${escapeMarkdown(d.fix)}`;
}

// src/modes/held.ts
function resourceKey(target, provider, principal, spec, registry) {
  const descriptor = registry.descriptor(provider);
  if (descriptor === void 0) throw new Error(`no provider ${provider} in the registry`);
  const who2 = descriptor.principal.caseInsensitive ? principal.toLowerCase() : principal;
  return [target, who2, descriptor.resource(spec)].join("\0");
}
function heldByLiveGrants(states, registry = activeRegistry()) {
  const out = /* @__PURE__ */ new Set();
  for (const s of states.values()) {
    if (!isLive(s)) continue;
    for (const g of s.grant.grants) if (g.already_held !== true) out.add(resourceKey(g.target, g.provider, g.principal, g.spec, registry));
  }
  return out;
}
function preexisting(observed, target, principal, ours, registry = activeRegistry()) {
  return observed.filter((spec) => !ours.has(resourceKey(target.name, target.provider, principal, spec, registry)));
}

export {
  diagnosticLine,
  reasonLine,
  reasonWithFixLines,
  readTrustedConfig,
  heldByLiveGrants,
  preexisting,
  membershipKey,
  judgeRequest
};
