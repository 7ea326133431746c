import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  envError,
  writingRuntime
} from "./chunk-OOLK2GI4.js";
import "./chunk-MNAQUSIT.js";
import "./chunk-NFCRMHM7.js";
import {
  githubRevokePort,
  runRevoke
} from "./chunk-C72HBNXD.js";
import {
  githubLedgerStore
} from "./chunk-EHCSI52U.js";
import "./chunk-TNJD4TVH.js";
import "./chunk-7HVOHCB3.js";
import "./chunk-HDAPWPVE.js";
import "./chunk-2L7HMFXM.js";
import {
  getRepo
} from "./chunk-BQG7652W.js";
import "./chunk-2QZJYOXF.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-MAALNFN3.js";
import "./chunk-FSM2IXNC.js";
import "./chunk-TAWV74PJ.js";
import "./chunk-XWXGGLRX.js";
import "./chunk-6YJFBVOG.js";
import "./chunk-W3EMCSNL.js";
import "./chunk-JKSNEYSU.js";
import "./chunk-WZMSLYSW.js";
import "./chunk-WSVCP44B.js";
import "./chunk-NHQQWKM2.js";
import "./chunk-DYIKSZD5.js";
import "./chunk-S2FTDJZ2.js";
import {
  UserError,
  diagnostic
} from "./chunk-BGLQZM7W.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-VTNCT2GJ.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import {
  repoSlug
} from "./chunk-VBI6FCSW.js";
import "./chunk-GOSKQMZY.js";

// src/modes/revoke/index.ts
var REVOKE_EVENTS = ["schedule", "workflow_dispatch", "push"];
var revokeMode = async ({ settings, env, clock, logger }) => {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (!REVOKE_EVENTS.includes(event)) {
    throw new UserError([
      diagnostic("E_EVENT_UNSUPPORTED", `command "revoke" runs on ${REVOKE_EVENTS.join(", ")} events, not on this event`, {
        pointer: "/env/GITHUB_EVENT_NAME"
      })
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
  const [{ attachMonthReport }, { githubFollowUps }] = await Promise.all([import("./attach-report-YVVX74OC.js"), import("./break-glass-reviews-IL4RBZAF.js")]);
  return attachMonthReport(outcome, {
    store,
    branch,
    now: clock.now(),
    env,
    workingDirectory: settings.workingDirectory,
    repository: `${owner}/${name}`,
    logger,
    followUps: githubFollowUps(client, repo)
  });
};
export {
  REVOKE_EVENTS,
  revokeMode
};
