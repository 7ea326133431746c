import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  headMoved
} from "./chunk-OUHR6BYE.js";
import {
  classifyChanges
} from "./chunk-KDIWIDKQ.js";
import {
  createGithubAccessApi,
  getBlob,
  getCodeownersErrors,
  getPull,
  getTeamMembership,
  listPullCommits,
  listPullFiles,
  listPullReviews,
  upsertCommentByMarker
} from "./chunk-Z3E2GYFP.js";
import {
  UserError,
  diagnostic
} from "./chunk-LN4ZPE77.js";

// src/modes/event.ts
import { readFile } from "node:fs/promises";
var PULL_REQUEST_EVENTS = ["pull_request", "pull_request_review"];
var SHA = /^[0-9a-f]{40}$/;
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
var REPO_PART = /^[A-Za-z0-9_.-]{1,100}$/;
var BRANCH = /^[\w./-]{1,255}$/;
async function readPullRequestEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  if (!PULL_REQUEST_EVENTS.includes(name)) {
    throw new UserError([
      diagnostic(
        "E_EVENT_UNSUPPORTED",
        `command "check" runs on ${PULL_REQUEST_EVENTS.join(" or ")} events, not on this event`,
        { pointer: "/env/GITHUB_EVENT_NAME" }
      )
    ]);
  }
  const path = env.GITHUB_EVENT_PATH;
  if (path === void 0 || path === "") throw eventError("GITHUB_EVENT_PATH is not set");
  let payload;
  try {
    payload = JSON.parse(await readFile(path, "utf8"));
  } catch {
    throw eventError("the event payload is not readable JSON");
  }
  return parsePullRequestPayload(payload, env.GITHUB_REPOSITORY);
}
function parsePullRequestPayload(payload, repository) {
  const pr = field(payload, "pull_request");
  const parts = (repository ?? "").split("/");
  const [owner = "", repo = ""] = parts.length === 2 ? parts : [];
  const user = field(pr, "user");
  const event = {
    owner,
    repo,
    number: integer(field(pr, "number"), "pull_request.number"),
    author: { login: text(field(user, "login"), LOGIN, "pull_request.user.login"), id: integer(field(user, "id"), "pull_request.user.id") },
    headSha: text(field(field(pr, "head"), "sha"), SHA, "pull_request.head.sha"),
    baseSha: text(field(field(pr, "base"), "sha"), SHA, "pull_request.base.sha"),
    baseRef: text(field(field(pr, "base"), "ref"), BRANCH, "pull_request.base.ref"),
    defaultBranch: text(field(field(field(pr, "base"), "repo"), "default_branch"), BRANCH, "pull_request.base.repo.default_branch"),
    commits: optionalInteger(field(pr, "commits"), "pull_request.commits"),
    changedFiles: optionalInteger(field(pr, "changed_files"), "pull_request.changed_files")
  };
  if (!REPO_PART.test(owner) || !REPO_PART.test(repo)) throw eventError("GITHUB_REPOSITORY is not owner/name");
  return event;
}
function field(value, key) {
  return typeof value === "object" && value !== null && Object.hasOwn(value, key) ? value[key] : void 0;
}
function integer(value, name) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) throw eventError(`${name} is missing or not a whole number`);
  return value;
}
function optionalInteger(value, name) {
  return value === void 0 ? void 0 : integer(value, name);
}
function text(value, pattern, name) {
  if (typeof value !== "string" || !pattern.test(value)) throw eventError(`${name} is missing or malformed`);
  return value;
}
function eventError(message) {
  return new UserError([diagnostic("E_EVENT_INVALID", message, { pointer: "/env/GITHUB_EVENT_PATH" })]);
}

// src/modes/check/port.ts
function githubCheckPort(client, repo, members = client) {
  return {
    getPull: async (number) => {
      const pr = await getPull(client, repo, number);
      return { headSha: pr.headSha, commits: pr.commits, changedFiles: pr.changedFiles };
    },
    listFiles: (pull) => listPullFiles(client, repo, pull),
    listCommits: (pull) => listPullCommits(client, repo, pull),
    listReviews: (number) => listPullReviews(client, repo, number),
    readBlob: async (sha) => (await getBlob(client, repo, sha)).bytes,
    codeownersErrors: (sha) => getCodeownersErrors(client, repo, sha),
    membership: async (org, team, login) => (await getTeamMembership(members, org, team, login))?.state ?? "none",
    // Team memberships through the token that may read them, like the approvals above.
    access: { ...createGithubAccessApi(client), getTeamMembership: (org, team, login) => getTeamMembership(members, org, team, login) },
    upsertComment: async (issueNumber, marker, body) => {
      await upsertCommentByMarker(client, repo, issueNumber, marker, body);
    }
  };
}

// src/modes/check/run.ts
var judging = () => import("./judge-pull-SZ7YSZBK.js");
async function runCheck(deps) {
  const { port, logger } = deps;
  const pull = await withCounts(deps.pull, port);
  if (pull === void 0) return headMoved();
  if (pull.baseRef !== pull.defaultBranch) return (await judging()).refuseOtherBase(deps, pull);
  const files = await logger.group("Pull request files", () => port.listFiles(pull));
  const changes = classifyChanges(files.map((f) => ({ filename: f.filename, status: f.status, ...f.previousFilename !== void 0 ? { previousFilename: f.previousFilename } : {} })));
  if (changes.added.length === 0 && changes.removed.length === 0 && changes.problems.length === 0) {
    logger.info("No access requests are added or removed by this pull request.");
    return { decision: "nothing-to-do", reasonCodes: [], requests: [] };
  }
  return (await judging()).judgePull(deps, pull, files, changes);
}
async function withCounts(pull, port) {
  if (pull.commits !== void 0 && pull.changedFiles !== void 0) {
    return { ...pull, commits: pull.commits, changedFiles: pull.changedFiles };
  }
  const now = await port.getPull(pull.number);
  if (now.headSha !== pull.headSha) return void 0;
  return { ...pull, commits: now.commits, changedFiles: now.changedFiles };
}

export {
  readPullRequestEvent,
  parsePullRequestPayload,
  githubCheckPort,
  runCheck
};
