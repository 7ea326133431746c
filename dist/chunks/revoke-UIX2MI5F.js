import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  envError,
  writingRuntime
} from "./chunk-MHX4PU66.js";
import "./chunk-ARYL76HP.js";
import "./chunk-NFCRMHM7.js";
import {
  githubRevokePort,
  runRevoke
} from "./chunk-ZZXXVRJQ.js";
import {
  githubLedgerStore
} from "./chunk-RTHZ27SR.js";
import "./chunk-2G6HT7CF.js";
import "./chunk-5BOHWASI.js";
import "./chunk-ZQNL5AD7.js";
import "./chunk-USF3OWIA.js";
import "./chunk-RZXNVAOA.js";
import "./chunk-WSEKI7JX.js";
import "./chunk-COLKG5UL.js";
import {
  getRepo
} from "./chunk-QWUQNNT5.js";
import "./chunk-2QZJYOXF.js";
import "./chunk-QXQBQRKC.js";
import "./chunk-M3QK5U3J.js";
import "./chunk-PAXVRR7T.js";
import {
  UserError,
  diagnostic
} from "./chunk-ZU6DDO6P.js";
import "./chunk-TR7KTAUS.js";
import "./chunk-GAVMOA7G.js";
import "./chunk-XJTQEBUD.js";
import "./chunk-4M73BQYU.js";
import "./chunk-3GMIPAPT.js";
import {
  repoSlug
} from "./chunk-TEEYRT7Q.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-LFKFPCZ5.js";
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
  const [{ attachMonthReport }, { githubFollowUps }] = await Promise.all([import("./attach-report-ZM52TIB3.js"), import("./break-glass-reviews-23KMGVUZ.js")]);
  return attachMonthReport(outcome, { store, branch, now: clock.now(), env, workingDirectory: settings.workingDirectory, repository: `${owner}/${name}`, logger, followUps: githubFollowUps(client, repo) });
};
export {
  REVOKE_EVENTS,
  revokeMode
};
