import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  UserError,
  diagnostic
} from "./chunk-BGLQZM7W.js";

// src/modes/event.ts
import { readFile } from "node:fs/promises";
var PULL_REQUEST_EVENTS = ["pull_request", "pull_request_review"];
var APPLY_EVENTS = ["push", "workflow_dispatch"];
var SHA = /^[0-9a-f]{40}$/;
var ZERO_SHA = /^0{40}$/;
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
var REPO_PART = /^[A-Za-z0-9_.-]{1,100}$/;
var BRANCH = /^[\w./-]{1,255}$/;
var BRANCH_REF = /^refs\/heads\/[\w./-]{1,255}$/;
async function readPullRequestEvent(env) {
  const { payload } = await readEvent(env, "check", PULL_REQUEST_EVENTS);
  return parsePullRequestPayload(payload, env.GITHUB_REPOSITORY);
}
async function readApplyEvent(env) {
  const { name, payload } = await readEvent(env, "apply", APPLY_EVENTS);
  return parseApplyPayload(name, payload, env);
}
async function readEvent(env, command, accepted) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  if (!isOneOf(name, accepted)) {
    throw new UserError([
      diagnostic("E_EVENT_UNSUPPORTED", `command "${command}" runs on ${accepted.join(" or ")} events, not on this event`, {
        pointer: "/env/GITHUB_EVENT_NAME"
      })
    ]);
  }
  const path = env.GITHUB_EVENT_PATH;
  if (path === void 0 || path === "") throw eventError("GITHUB_EVENT_PATH is not set");
  try {
    return { name, payload: JSON.parse(await readFile(path, "utf8")) };
  } catch {
    throw eventError("the event payload is not readable JSON");
  }
}
function parsePullRequestPayload(payload, repository) {
  const pr = field(payload, "pull_request");
  const user = field(pr, "user");
  const event = {
    number: integer(field(pr, "number"), "pull_request.number"),
    author: { login: text(field(user, "login"), LOGIN, "pull_request.user.login"), id: integer(field(user, "id"), "pull_request.user.id") },
    headSha: text(field(field(pr, "head"), "sha"), SHA, "pull_request.head.sha"),
    baseSha: text(field(field(pr, "base"), "sha"), SHA, "pull_request.base.sha"),
    baseRef: text(field(field(pr, "base"), "ref"), BRANCH, "pull_request.base.ref"),
    defaultBranch: text(field(field(field(pr, "base"), "repo"), "default_branch"), BRANCH, "pull_request.base.repo.default_branch"),
    commits: optionalInteger(field(pr, "commits"), "pull_request.commits"),
    changedFiles: optionalInteger(field(pr, "changed_files"), "pull_request.changed_files")
  };
  return { ...repositoryOf(repository), ...event };
}
function parseApplyPayload(kind, payload, env) {
  const { owner, repo } = repositoryOf(env.GITHUB_REPOSITORY);
  const defaultBranch = text(field(field(payload, "repository"), "default_branch"), BRANCH, "repository.default_branch");
  const ref = text(field(payload, "ref"), BRANCH_REF, "ref");
  if (ref !== `refs/heads/${defaultBranch}`) {
    throw new UserError([
      diagnostic("E_EVENT_UNSUPPORTED", 'command "apply" runs only for the default branch; this run is for another branch', {
        pointer: "/env/GITHUB_EVENT_PATH"
      })
    ]);
  }
  if (kind === "workflow_dispatch") {
    return { kind, owner, repo, defaultBranch, tip: text(env.GITHUB_SHA, SHA, "GITHUB_SHA") };
  }
  const tip = text(field(payload, "after"), SHA, "after");
  const before = text(field(payload, "before"), SHA, "before");
  return { kind, owner, repo, defaultBranch, tip, ...ZERO_SHA.test(before) ? {} : { before } };
}
function repositoryOf(repository) {
  const parts = (repository ?? "").split("/");
  const [owner = "", repo = ""] = parts.length === 2 ? parts : [];
  if (!REPO_PART.test(owner) || !REPO_PART.test(repo)) throw eventError("GITHUB_REPOSITORY is not owner/name");
  return { owner, repo };
}
function isOneOf(name, accepted) {
  return accepted.includes(name);
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

export {
  readPullRequestEvent,
  readApplyEvent,
  parsePullRequestPayload
};
