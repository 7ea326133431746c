import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  writingRuntime
} from "./chunk-HDCBJNKM.js";
import "./chunk-BRPIIQYF.js";
import "./chunk-NFCRMHM7.js";
import {
  githubApplyPort,
  runApply
} from "./chunk-5ONXA6MV.js";
import {
  githubLedgerStore
} from "./chunk-7LENNZWW.js";
import "./chunk-74UTHVZA.js";
import {
  LocalRepo
} from "./chunk-KDIWIDKQ.js";
import {
  criticalSettingProblems,
  githubDoctorPort
} from "./chunk-54GJS5EK.js";
import "./chunk-45YV4C44.js";
import "./chunk-SGE2DGLI.js";
import "./chunk-ZMGBPUXQ.js";
import "./chunk-7II2YAIR.js";
import "./chunk-M7342IVA.js";
import "./chunk-XTO7TVYV.js";
import "./chunk-Z3E2GYFP.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-YKTEU7OD.js";
import "./chunk-KUSN3L3J.js";
import "./chunk-BTUW2W7A.js";
import "./chunk-DJFWHSM6.js";
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
import "./chunk-GHKPMBRE.js";
import "./chunk-5PK7Z5FH.js";

// src/modes/apply/event.ts
import { readFile } from "node:fs/promises";
var APPLY_EVENTS = ["push", "workflow_dispatch"];
var SHA = /^[0-9a-f]{40}$/;
var ZERO_SHA = /^0{40}$/;
var BRANCH = /^[\w./-]{1,255}$/;
var REPO_PART = /^[A-Za-z0-9_.-]{1,100}$/;
async function readApplyEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  if (!APPLY_EVENTS.includes(name)) {
    throw new UserError([
      diagnostic("E_EVENT_UNSUPPORTED", `command "apply" runs on ${APPLY_EVENTS.join(" or ")} events, not on this event`, {
        pointer: "/env/GITHUB_EVENT_NAME"
      })
    ]);
  }
  const path = env.GITHUB_EVENT_PATH;
  if (path === void 0 || path === "") throw eventError("GITHUB_EVENT_PATH is not set");
  let payload;
  try {
    payload = JSON.parse(await readFile(path, "utf8"));
  } catch {
    throw eventError("the event payload is not readable JSON");
  }
  return parseApplyPayload(name, payload, env);
}
function parseApplyPayload(kind, payload, env) {
  const parts = (env.GITHUB_REPOSITORY ?? "").split("/");
  const [owner = "", repo = ""] = parts.length === 2 ? parts : [];
  if (!REPO_PART.test(owner) || !REPO_PART.test(repo)) throw eventError("GITHUB_REPOSITORY is not owner/name");
  const defaultBranch = text(field(field(payload, "repository"), "default_branch"), BRANCH, "repository.default_branch");
  const ref = text(field(payload, "ref"), /^refs\/heads\/[\w./-]{1,255}$/, "ref");
  if (ref !== `refs/heads/${defaultBranch}`) {
    throw new UserError([
      diagnostic("E_EVENT_UNSUPPORTED", 'command "apply" runs only for the default branch; this run is for another branch', { pointer: "/env/GITHUB_EVENT_PATH" })
    ]);
  }
  if (kind === "workflow_dispatch") {
    return { kind, owner, repo, defaultBranch, tip: text(env.GITHUB_SHA, SHA, "GITHUB_SHA") };
  }
  const tip = text(field(payload, "after"), SHA, "after");
  const before = text(field(payload, "before"), SHA, "before");
  return { kind, owner, repo, defaultBranch, tip, ...ZERO_SHA.test(before) ? {} : { before } };
}
function field(value, key) {
  return typeof value === "object" && value !== null && Object.hasOwn(value, key) ? value[key] : void 0;
}
function text(value, pattern, name) {
  if (typeof value !== "string" || !pattern.test(value)) throw eventError(`${name} is missing or malformed`);
  return value;
}
function eventError(message) {
  return new UserError([diagnostic("E_EVENT_INVALID", message, { pointer: "/env/GITHUB_EVENT_PATH" })]);
}

// src/modes/apply/index.ts
var applyMode = async ({ settings, env, clock, logger }) => {
  const event = await readApplyEvent(env);
  const runtime = writingRuntime(settings.token, env, logger, settings.membersToken);
  const repo = { owner: event.owner, repo: event.repo };
  return runApply({
    event,
    port: githubApplyPort(runtime.client, repo, runtime.members),
    store: githubLedgerStore(runtime.client, repo),
    repo: new LocalRepo(settings.workingDirectory),
    connect: runtime.connectTarget,
    actor: runtime.actor,
    clock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    logger,
    unsafeSettings: () => criticalSettingProblems(githubDoctorPort(runtime.client, repo), {
      ...repo,
      defaultBranch: event.defaultBranch,
      environment: settings.applyEnvironment,
      revokeWorkflow: settings.revokeWorkflow
    })
  });
};
export {
  applyMode
};
