import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  envError,
  writingRuntime
} from "./chunk-KGW2YUGY.js";
import "./chunk-FH6LKIA2.js";
import "./chunk-NFCRMHM7.js";
import {
  githubRevokePort,
  runRevoke
} from "./chunk-LF3X3E3G.js";
import {
  githubLedgerStore
} from "./chunk-5D7XX3HY.js";
import "./chunk-WXESXTR4.js";
import "./chunk-3J77L7YN.js";
import "./chunk-GJ4YY4NL.js";
import "./chunk-6VT22RYA.js";
import "./chunk-ZYJJIHXJ.js";
import "./chunk-XJQOL2XJ.js";
import "./chunk-TGRWST2E.js";
import "./chunk-5V2O6EF4.js";
import {
  getRepo
} from "./chunk-G5MJ354U.js";
import "./chunk-KUSN3L3J.js";
import "./chunk-Y2TWMYKU.js";
import "./chunk-B3YWB57C.js";
import "./chunk-JSFPGRJS.js";
import {
  UserError,
  diagnostic
} from "./chunk-YWGZNDYS.js";
import "./chunk-5Q3PUQVV.js";
import "./chunk-4SCUCTNN.js";
import "./chunk-SJYRLPT4.js";
import "./chunk-4M73BQYU.js";
import "./chunk-64Z7YTAL.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-LFKFPCZ5.js";
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
  const [{ attachMonthReport }, { githubFollowUps }] = await Promise.all([import("./attach-report-2KU6ZQCS.js"), import("./break-glass-reviews-KRROMARV.js")]);
  return attachMonthReport(outcome, { store, branch, now: clock.now(), env, workingDirectory: settings.workingDirectory, repository: `${owner}/${name}`, logger, followUps: githubFollowUps(client, repo) });
};
export {
  REVOKE_EVENTS,
  revokeMode
};
