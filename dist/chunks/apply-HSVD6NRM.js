import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  writingRuntime
} from "./chunk-VN7YC6NI.js";
import {
  githubApplyPort,
  runApply
} from "./chunk-DBDDALCH.js";
import {
  githubLedgerStore
} from "./chunk-3O73QA6Q.js";
import {
  criticalSettingProblems,
  githubDoctorPort
} from "./chunk-3OY25JEK.js";
import "./chunk-LLOQEYS2.js";
import "./chunk-YKTEU7OD.js";
import "./chunk-LP7J72CP.js";
import "./chunk-FF6SP3HD.js";
import "./chunk-AS4RRZQ3.js";
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
  readApplyEvent
} from "./chunk-KAKYDJRN.js";
import {
  LocalRepo
} from "./chunk-3TRUGSTU.js";
import "./chunk-FVPKMSKZ.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-UNPV3QLJ.js";
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
