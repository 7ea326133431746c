import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  writingRuntime
} from "./chunk-AOXX2DRV.js";
import "./chunk-B77KMSAR.js";
import "./chunk-NFCRMHM7.js";
import {
  githubApplyPort,
  runApply
} from "./chunk-MEHYBLBA.js";
import {
  githubLedgerStore
} from "./chunk-VDIAGZK3.js";
import "./chunk-BTUW2W7A.js";
import "./chunk-DJFWHSM6.js";
import "./chunk-EL3FHXO6.js";
import {
  readApplyEvent
} from "./chunk-RMV2ZX5B.js";
import {
  LocalRepo
} from "./chunk-UQWL74WP.js";
import {
  criticalSettingProblems,
  githubDoctorPort
} from "./chunk-MRHEVGM6.js";
import "./chunk-GVYROVAB.js";
import "./chunk-MN5223JG.js";
import "./chunk-2QZJYOXF.js";
import "./chunk-DNUBJ5AY.js";
import "./chunk-FBECCOKI.js";
import "./chunk-VQBBQGSD.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-UQUMUP2J.js";
import "./chunk-PN4RRNTF.js";
import "./chunk-YKTEU7OD.js";
import "./chunk-QXQBQRKC.js";
import "./chunk-ZGMOUK5Q.js";
import "./chunk-E5NKCGHK.js";
import "./chunk-4FT3WSKY.js";
import "./chunk-KCNKZND4.js";
import "./chunk-YZP4AFQ7.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-T3GD2M3G.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-H5CX54HR.js";
import "./chunk-66E5ZUC6.js";
import "./chunk-2WSWAY2E.js";
import "./chunk-3Z32XSCR.js";
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
