import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubRevokePort,
  runRevoke
} from "./chunk-W4MPI77E.js";
import "./chunk-3J77L7YN.js";
import "./chunk-KUSN3L3J.js";
import {
  envError,
  writingRuntime
} from "./chunk-URZCVVW3.js";
import {
  githubLedgerStore
} from "./chunk-GL2NJVF5.js";
import "./chunk-646OLU43.js";
import "./chunk-HCFYSXNE.js";
import "./chunk-P4XOUM72.js";
import "./chunk-ZMG4HTLD.js";
import "./chunk-NFCRMHM7.js";
import {
  getRepo
} from "./chunk-GDSQA4X7.js";
import "./chunk-JMHI5WPZ.js";
import {
  UserError,
  diagnostic
} from "./chunk-KXBBXHLM.js";
import "./chunk-HY45JNMC.js";

// src/modes/revoke/index.ts
var REVOKE_EVENTS = ["schedule", "workflow_dispatch", "push"];
var REPO_PART = /^[A-Za-z0-9_.-]{1,100}$/;
var revokeMode = async ({ settings, env, clock, logger }) => {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (!REVOKE_EVENTS.includes(event)) {
    throw new UserError([
      diagnostic("E_EVENT_UNSUPPORTED", `command "revoke" runs on ${REVOKE_EVENTS.join(", ")} events, not on this event`, { pointer: "/env/GITHUB_EVENT_NAME" })
    ]);
  }
  const [owner = "", name = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!REPO_PART.test(owner) || !REPO_PART.test(name)) throw envError("GITHUB_REPOSITORY", "is not owner/name");
  const runtime = writingRuntime(settings.token, env, logger);
  const client = runtime.client;
  const repo = { owner, repo: name };
  const branch = (await getRepo(client, repo)).defaultBranch;
  return runRevoke({
    store: githubLedgerStore(client, repo),
    github: githubRevokePort(client, repo),
    connect: runtime.connectTarget,
    branch,
    actor: runtime.actor,
    clock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    logger
  });
};
export {
  REVOKE_EVENTS,
  revokeMode
};
