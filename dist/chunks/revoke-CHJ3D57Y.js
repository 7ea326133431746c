import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  envError,
  writingRuntime
} from "./chunk-IZBVMQRE.js";
import "./chunk-BRPIIQYF.js";
import "./chunk-NFCRMHM7.js";
import {
  githubRevokePort,
  runRevoke
} from "./chunk-U3Y4M3KJ.js";
import {
  githubLedgerStore
} from "./chunk-5D7XX3HY.js";
import "./chunk-E5GCZW4U.js";
import "./chunk-3J77L7YN.js";
import "./chunk-DHUGOEZS.js";
import "./chunk-4JGD4SEW.js";
import "./chunk-LUYLQTKQ.js";
import "./chunk-HLRX6CIS.js";
import "./chunk-2IS3MROQ.js";
import "./chunk-ZWFMTUKX.js";
import {
  getRepo
} from "./chunk-G5MJ354U.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-KUSN3L3J.js";
import "./chunk-Q3FFLMDU.js";
import "./chunk-CHRPGCSH.js";
import "./chunk-TYXZ63QX.js";
import {
  UserError,
  diagnostic
} from "./chunk-LN4ZPE77.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-HWR3SQBC.js";
import "./chunk-LH5SSG73.js";
import "./chunk-VNHDUT7F.js";
import "./chunk-FUNTORUL.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-CHWKIGL4.js";
import "./chunk-YRJDIPLM.js";
import "./chunk-QW3YBL2B.js";
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
  const [{ attachMonthReport }, { githubFollowUps }] = await Promise.all([import("./attach-report-3TYSATHG.js"), import("./break-glass-reviews-KRROMARV.js")]);
  return attachMonthReport(outcome, { store, branch, now: clock.now(), env, workingDirectory: settings.workingDirectory, repository: `${owner}/${name}`, logger, followUps: githubFollowUps(client, repo) });
};
export {
  REVOKE_EVENTS,
  revokeMode
};
