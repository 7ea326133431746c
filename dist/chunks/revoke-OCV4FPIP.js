import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  envError,
  writingRuntime
} from "./chunk-VN7YC6NI.js";
import {
  githubRevokePort,
  runRevoke
} from "./chunk-O2UTRMTB.js";
import {
  githubLedgerStore
} from "./chunk-3O73QA6Q.js";
import "./chunk-BDNNSGN4.js";
import "./chunk-5BOHWASI.js";
import "./chunk-LLOQEYS2.js";
import "./chunk-LP7J72CP.js";
import "./chunk-RXYW7PFG.js";
import "./chunk-76WY7Z3C.js";
import "./chunk-2QZJYOXF.js";
import "./chunk-QXQBQRKC.js";
import "./chunk-FLIRSDYE.js";
import "./chunk-5AWDABZF.js";
import "./chunk-J4PDBTUW.js";
import "./chunk-R7PVZMQF.js";
import "./chunk-TYSCDZXT.js";
import "./chunk-NFCRMHM7.js";
import {
  getRepo
} from "./chunk-FVPKMSKZ.js";
import "./chunk-GHM6UMHF.js";
import {
  UserError,
  diagnostic
} from "./chunk-UNPV3QLJ.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-3GMIPAPT.js";
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
  const [{ attachMonthReport }, { githubFollowUps }] = await Promise.all([import("./attach-report-A7K2GTDH.js"), import("./break-glass-reviews-YGHL6QB5.js")]);
  return attachMonthReport(outcome, { store, branch, now: clock.now(), env, workingDirectory: settings.workingDirectory, repository: `${owner}/${name}`, logger, followUps: githubFollowUps(client, repo) });
};
export {
  REVOKE_EVENTS,
  revokeMode
};
