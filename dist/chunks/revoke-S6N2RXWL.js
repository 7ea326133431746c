import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubRevokePort,
  runRevoke
} from "./chunk-Z255QD4E.js";
import "./chunk-3J77L7YN.js";
import {
  envError,
  writingRuntime
} from "./chunk-DYCAYBDH.js";
import {
  githubLedgerStore
} from "./chunk-7R33W2JM.js";
import "./chunk-CHPILE3P.js";
import "./chunk-VEIOEW4E.js";
import "./chunk-4BRGHA6Q.js";
import "./chunk-KUSN3L3J.js";
import "./chunk-VBT43YI3.js";
import "./chunk-EXNELCV5.js";
import "./chunk-NFCRMHM7.js";
import {
  getRepo
} from "./chunk-6FK23ATU.js";
import {
  UserError,
  diagnostic
} from "./chunk-VMWWHYX7.js";
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
