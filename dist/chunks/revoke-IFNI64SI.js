import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  envError,
  writingRuntime
} from "./chunk-AOXX2DRV.js";
import "./chunk-B77KMSAR.js";
import "./chunk-NFCRMHM7.js";
import {
  githubRevokePort,
  runRevoke
} from "./chunk-MDYZZA2Y.js";
import {
  githubLedgerStore
} from "./chunk-VDIAGZK3.js";
import "./chunk-FCG556CX.js";
import "./chunk-5BOHWASI.js";
import "./chunk-MN5223JG.js";
import "./chunk-2QZJYOXF.js";
import "./chunk-DNUBJ5AY.js";
import "./chunk-FBECCOKI.js";
import {
  getRepo
} from "./chunk-VQBBQGSD.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-UQUMUP2J.js";
import "./chunk-PN4RRNTF.js";
import "./chunk-QXQBQRKC.js";
import "./chunk-ZGMOUK5Q.js";
import "./chunk-E5NKCGHK.js";
import "./chunk-4FT3WSKY.js";
import "./chunk-KCNKZND4.js";
import {
  UserError,
  diagnostic
} from "./chunk-YZP4AFQ7.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-T3GD2M3G.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-H5CX54HR.js";
import "./chunk-66E5ZUC6.js";
import "./chunk-2WSWAY2E.js";
import {
  repoSlug
} from "./chunk-3Z32XSCR.js";
import "./chunk-GOSKQMZY.js";

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
  const [{ attachMonthReport }, { githubFollowUps }] = await Promise.all([import("./attach-report-EGG5FDLU.js"), import("./break-glass-reviews-BE3IAQVM.js")]);
  return attachMonthReport(outcome, { store, branch, now: clock.now(), env, workingDirectory: settings.workingDirectory, repository: `${owner}/${name}`, logger, followUps: githubFollowUps(client, repo) });
};
export {
  REVOKE_EVENTS,
  revokeMode
};
