import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubRevokePort,
  runRevoke
} from "./chunk-SVU6W6GT.js";
import "./chunk-3J77L7YN.js";
import {
  envError,
  writingRuntime
} from "./chunk-3XDJLYB5.js";
import {
  githubLedgerStore
} from "./chunk-B5TG5NTY.js";
import "./chunk-DGOSLRQT.js";
import "./chunk-VEIOEW4E.js";
import "./chunk-ZPY7KZLP.js";
import "./chunk-KUSN3L3J.js";
import "./chunk-VBT43YI3.js";
import "./chunk-TKD3F2HD.js";
import "./chunk-NFCRMHM7.js";
import {
  getRepo
} from "./chunk-R5TA2JIR.js";
import {
  UserError,
  diagnostic
} from "./chunk-NG7SZJQV.js";
import "./chunk-N2WTYMJO.js";

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
