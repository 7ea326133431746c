import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  writingRuntime
} from "./chunk-K4QMGKNY.js";
import {
  githubApplyPort,
  runApply
} from "./chunk-4U4E24FC.js";
import {
  githubLedgerStore
} from "./chunk-5D7XX3HY.js";
import {
  criticalSettingProblems,
  githubDoctorPort
} from "./chunk-KVVUOKPD.js";
import "./chunk-C6JHFQKS.js";
import "./chunk-YKTEU7OD.js";
import "./chunk-PR4YT5HR.js";
import "./chunk-RB4AYY4W.js";
import "./chunk-N46V5LDD.js";
import "./chunk-OTDT5QZI.js";
import "./chunk-Q6P46DRZ.js";
import "./chunk-XYWZTOQT.js";
import "./chunk-2QZJYOXF.js";
import "./chunk-QXQBQRKC.js";
import "./chunk-JFVF4P5F.js";
import "./chunk-UU6O7BQ4.js";
import "./chunk-CF43ZUFR.js";
import "./chunk-GMOQDZXM.js";
import "./chunk-R7PVZMQF.js";
import "./chunk-MYIUTKYF.js";
import "./chunk-NFCRMHM7.js";
import {
  readApplyEvent
} from "./chunk-B4RZVQBH.js";
import {
  LocalRepo
} from "./chunk-G3OGEFXM.js";
import "./chunk-G5MJ354U.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-DG63265F.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-5PK7Z5FH.js";

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
