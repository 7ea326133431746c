import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubRevokePort,
  runRevoke
} from "./chunk-M6AAEVO6.js";
import "./chunk-3J77L7YN.js";
import {
  envError,
  writingRuntime
} from "./chunk-XX2XYUZY.js";
import {
  githubLedgerStore
} from "./chunk-OJOSBUIR.js";
import "./chunk-CQQCETB2.js";
import "./chunk-3563HW7G.js";
import "./chunk-3J7STLE3.js";
import "./chunk-C3EBB5MO.js";
import "./chunk-KUSN3L3J.js";
import "./chunk-P5UGTNGS.js";
import "./chunk-JK7OSIUG.js";
import "./chunk-NFCRMHM7.js";
import {
  UserError,
  diagnostic
} from "./chunk-3HCKCFSI.js";
import {
  getRepo
} from "./chunk-OW3DZ26F.js";
import "./chunk-4UDZ5W5I.js";

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
  const store = githubLedgerStore(client, repo);
  const outcome = await runRevoke({
    store,
    github: githubRevokePort(client, repo),
    connect: runtime.connectTarget,
    branch,
    actor: runtime.actor,
    clock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    logger
  });
  if (!settings.report) return outcome;
  const [{ attachMonthReport }, { githubFollowUps }] = await Promise.all([import("./attach-report-BKMSKJLQ.js"), import("./break-glass-reviews-MBW3RDSP.js")]);
  return attachMonthReport(outcome, { store, branch, now: clock.now(), env, workingDirectory: settings.workingDirectory, repository: `${owner}/${name}`, logger, followUps: githubFollowUps(client, repo) });
};
export {
  REVOKE_EVENTS,
  revokeMode
};
