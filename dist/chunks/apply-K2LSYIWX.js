import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  writingRuntime
} from "./chunk-7EUXH52I.js";
import "./chunk-G437JNZT.js";
import "./chunk-NFCRMHM7.js";
import {
  githubApplyPort,
  runApply
} from "./chunk-YKHOTGTK.js";
import {
  githubLedgerStore
} from "./chunk-DMZCF5SQ.js";
import "./chunk-BTUW2W7A.js";
import "./chunk-DJFWHSM6.js";
import "./chunk-TVN4UJWB.js";
import {
  readApplyEvent
} from "./chunk-LQDTHTL2.js";
import {
  LocalRepo
} from "./chunk-RMFLARUN.js";
import {
  criticalSettingProblems,
  githubDoctorPort
} from "./chunk-7EK3NQGG.js";
import "./chunk-FSWMPXGF.js";
import "./chunk-DWBQTEBM.js";
import "./chunk-ZUQKDKX6.js";
import "./chunk-LHIKYPXT.js";
import "./chunk-2QZJYOXF.js";
import "./chunk-VPG2STOW.js";
import "./chunk-VNVMNACX.js";
import "./chunk-JOPJBDI5.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-YKTEU7OD.js";
import "./chunk-QXQBQRKC.js";
import "./chunk-K3LW5HQW.js";
import "./chunk-TDAZKJOI.js";
import "./chunk-XWN4P45O.js";
import "./chunk-YL65I4XT.js";
import "./chunk-E4IPI53O.js";
import "./chunk-HVHTJH4X.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-DDGPPVFZ.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-MWHTK36S.js";
import "./chunk-F3R5FBMV.js";
import "./chunk-4O4M6HYO.js";
import "./chunk-R2VBDOU5.js";
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
