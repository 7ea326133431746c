import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  envError,
  writingRuntime
} from "./chunk-7EUXH52I.js";
import "./chunk-G437JNZT.js";
import "./chunk-NFCRMHM7.js";
import {
  githubRevokePort,
  runRevoke
} from "./chunk-JFE5ZQO7.js";
import {
  githubLedgerStore
} from "./chunk-DMZCF5SQ.js";
import "./chunk-E4TNSYTG.js";
import "./chunk-5BOHWASI.js";
import "./chunk-FSWMPXGF.js";
import "./chunk-ZUQKDKX6.js";
import "./chunk-LHIKYPXT.js";
import "./chunk-2QZJYOXF.js";
import "./chunk-VPG2STOW.js";
import "./chunk-VNVMNACX.js";
import {
  getRepo
} from "./chunk-JOPJBDI5.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-QXQBQRKC.js";
import "./chunk-K3LW5HQW.js";
import "./chunk-TDAZKJOI.js";
import "./chunk-XWN4P45O.js";
import "./chunk-YL65I4XT.js";
import "./chunk-E4IPI53O.js";
import {
  UserError,
  diagnostic
} from "./chunk-HVHTJH4X.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-DDGPPVFZ.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-MWHTK36S.js";
import "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import {
  repoSlug
} from "./chunk-R2VBDOU5.js";
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
  const [{ attachMonthReport }, { githubFollowUps }] = await Promise.all([import("./attach-report-63TYH625.js"), import("./break-glass-reviews-EUBMSKJJ.js")]);
  return attachMonthReport(outcome, { store, branch, now: clock.now(), env, workingDirectory: settings.workingDirectory, repository: `${owner}/${name}`, logger, followUps: githubFollowUps(client, repo) });
};
export {
  REVOKE_EVENTS,
  revokeMode
};
