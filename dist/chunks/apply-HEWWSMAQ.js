import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  writingRuntime
} from "./chunk-OOLK2GI4.js";
import "./chunk-MNAQUSIT.js";
import "./chunk-NFCRMHM7.js";
import {
  githubApplyPort,
  runApply
} from "./chunk-MUITVN4O.js";
import {
  readApplyEvent
} from "./chunk-4HC73HWZ.js";
import {
  githubLedgerStore
} from "./chunk-EHCSI52U.js";
import "./chunk-BTUW2W7A.js";
import "./chunk-DJFWHSM6.js";
import "./chunk-PXOUCG62.js";
import {
  LocalRepo
} from "./chunk-HKP7UESZ.js";
import {
  criticalSettingProblems,
  githubDoctorPort
} from "./chunk-LGHTZQN6.js";
import "./chunk-HDAPWPVE.js";
import "./chunk-RMGFMFKL.js";
import "./chunk-2L7HMFXM.js";
import "./chunk-BQG7652W.js";
import "./chunk-2QZJYOXF.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-MAALNFN3.js";
import "./chunk-FSM2IXNC.js";
import "./chunk-YKTEU7OD.js";
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
import "./chunk-BGLQZM7W.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-VTNCT2GJ.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import "./chunk-VBI6FCSW.js";
import "./chunk-GOSKQMZY.js";

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
