import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  writingRuntime
} from "./chunk-MHX4PU66.js";
import "./chunk-ARYL76HP.js";
import "./chunk-NFCRMHM7.js";
import {
  githubApplyPort,
  runApply
} from "./chunk-EJ4JDPIS.js";
import "./chunk-YFP3E3EG.js";
import {
  readApplyEvent
} from "./chunk-CAXF7NCW.js";
import {
  LocalRepo
} from "./chunk-747JNYT6.js";
import {
  githubLedgerStore
} from "./chunk-RTHZ27SR.js";
import {
  criticalSettingProblems,
  githubDoctorPort
} from "./chunk-GSUGEZLC.js";
import "./chunk-JYMYKSMS.js";
import "./chunk-ZQNL5AD7.js";
import "./chunk-USF3OWIA.js";
import "./chunk-RZXNVAOA.js";
import "./chunk-WSEKI7JX.js";
import "./chunk-COLKG5UL.js";
import "./chunk-QWUQNNT5.js";
import "./chunk-2QZJYOXF.js";
import "./chunk-YKTEU7OD.js";
import "./chunk-QXQBQRKC.js";
import "./chunk-BTUW2W7A.js";
import "./chunk-DJFWHSM6.js";
import "./chunk-M3QK5U3J.js";
import "./chunk-PAXVRR7T.js";
import "./chunk-ZU6DDO6P.js";
import "./chunk-TR7KTAUS.js";
import "./chunk-GAVMOA7G.js";
import "./chunk-XJTQEBUD.js";
import "./chunk-4M73BQYU.js";
import "./chunk-3GMIPAPT.js";
import "./chunk-TEEYRT7Q.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-LFKFPCZ5.js";
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
