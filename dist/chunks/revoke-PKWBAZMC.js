import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubRevokePort,
  runRevoke
} from "./chunk-BHAETU7R.js";
import "./chunk-3J77L7YN.js";
import {
  envError,
  writingRuntime
} from "./chunk-RCKIZWM5.js";
import {
  githubLedgerStore
} from "./chunk-3EKU2FEJ.js";
import "./chunk-5R4QD3W7.js";
import "./chunk-Y2WPC2TZ.js";
import "./chunk-IBMSKCDH.js";
import "./chunk-KUSN3L3J.js";
import "./chunk-PSGPTP2V.js";
import "./chunk-52ICTFOU.js";
import "./chunk-5T2GWAV7.js";
import "./chunk-VZJM54PG.js";
import "./chunk-NFCRMHM7.js";
import {
  getRepo
} from "./chunk-SGVTRNRT.js";
import "./chunk-GHM6UMHF.js";
import {
  UserError,
  diagnostic
} from "./chunk-3ETSHYY4.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-YFULMQM6.js";
import "./chunk-5PK7Z5FH.js";

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
