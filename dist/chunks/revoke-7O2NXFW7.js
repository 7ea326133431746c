import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  envError,
  writingRuntime
} from "./chunk-ZURB4U3U.js";
import "./chunk-HPKHUBVR.js";
import "./chunk-NFCRMHM7.js";
import {
  githubRevokePort,
  runRevoke
} from "./chunk-UOGR6EKD.js";
import {
  githubLedgerStore
} from "./chunk-GSI7PQWQ.js";
import "./chunk-XQC3IOGH.js";
import "./chunk-3J77L7YN.js";
import "./chunk-WPNU5ZCI.js";
import "./chunk-O7IAPCXI.js";
import "./chunk-FITPXSPV.js";
import "./chunk-BKTARVVB.js";
import {
  getRepo
} from "./chunk-IB3BN344.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-BS47VORI.js";
import "./chunk-ZTSFBPCG.js";
import "./chunk-KUSN3L3J.js";
import "./chunk-MMC2FQGJ.js";
import "./chunk-NI62UIX6.js";
import "./chunk-QUAZBESQ.js";
import "./chunk-JRPSVW4E.js";
import "./chunk-T7TGAZWT.js";
import {
  UserError,
  diagnostic
} from "./chunk-EQEE6SOH.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-FRFUBUQN.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-UW4VTLKY.js";
import "./chunk-66E5ZUC6.js";
import "./chunk-HGGOSOXK.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-GOSKQMZY.js";

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
  const [{ attachMonthReport }, { githubFollowUps }] = await Promise.all([import("./attach-report-XNUME33B.js"), import("./break-glass-reviews-4JOK5Y2U.js")]);
  return attachMonthReport(outcome, { store, branch, now: clock.now(), env, workingDirectory: settings.workingDirectory, repository: `${owner}/${name}`, logger, followUps: githubFollowUps(client, repo) });
};
export {
  REVOKE_EVENTS,
  revokeMode
};
