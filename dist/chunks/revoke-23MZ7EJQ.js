import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  envError,
  writingRuntime
} from "./chunk-HDCBJNKM.js";
import "./chunk-BRPIIQYF.js";
import "./chunk-NFCRMHM7.js";
import {
  githubRevokePort,
  runRevoke
} from "./chunk-ZFOEJKAM.js";
import {
  githubLedgerStore
} from "./chunk-7LENNZWW.js";
import "./chunk-24PIUGG5.js";
import "./chunk-3J77L7YN.js";
import "./chunk-SGE2DGLI.js";
import "./chunk-ZMGBPUXQ.js";
import "./chunk-7II2YAIR.js";
import "./chunk-M7342IVA.js";
import "./chunk-XTO7TVYV.js";
import {
  getRepo
} from "./chunk-Z3E2GYFP.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-KUSN3L3J.js";
import "./chunk-RPGQDWBV.js";
import "./chunk-TYXZ63QX.js";
import {
  UserError,
  diagnostic
} from "./chunk-LN4ZPE77.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-LIJIYEF3.js";
import "./chunk-WT4JMY5I.js";
import "./chunk-BK43TA2C.js";
import "./chunk-YPQWQKWJ.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-CHWKIGL4.js";
import "./chunk-QW3YBL2B.js";
import {
  repoSlug
} from "./chunk-GHKPMBRE.js";
import "./chunk-5PK7Z5FH.js";

// src/modes/revoke/index.ts
var REVOKE_EVENTS = ["schedule", "workflow_dispatch", "push"];
var revokeMode = async ({ settings, env, clock, logger }) => {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (!REVOKE_EVENTS.includes(event)) {
    throw new UserError([
      diagnostic("E_EVENT_UNSUPPORTED", `command "revoke" runs on ${REVOKE_EVENTS.join(", ")} events, not on this event`, { pointer: "/env/GITHUB_EVENT_NAME" })
    ]);
  }
  const [owner = "", name = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (repoSlug(`${owner}/${name}`) === void 0) throw envError("GITHUB_REPOSITORY", "is not owner/name");
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
  const [{ attachMonthReport }, { githubFollowUps }] = await Promise.all([import("./attach-report-JHTJXZ6A.js"), import("./break-glass-reviews-3KFOMBQ5.js")]);
  return attachMonthReport(outcome, { store, branch, now: clock.now(), env, workingDirectory: settings.workingDirectory, repository: `${owner}/${name}`, logger, followUps: githubFollowUps(client, repo) });
};
export {
  REVOKE_EVENTS,
  revokeMode
};
