import { LocalRepo } from '../../git/local-repo.js';
import { githubLedgerStore } from '../../github/ledger-store.js';
import type { ModeRunner } from '../types.js';
import { criticalSettingProblems, githubDoctorPort } from '../doctor/index.js';
import { writingRuntime } from '../runtime.js';
import { readApplyEvent } from '../event.js';
import { githubApplyPort } from './port.js';
import { runApply } from './run.js';

/** `command: apply`, wired to the real world. */
export const applyMode: ModeRunner = async ({ settings, env, clock, logger }) => {
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
    unsafeSettings: () =>
      criticalSettingProblems(githubDoctorPort(runtime.client, repo), {
        ...repo,
        defaultBranch: event.defaultBranch,
        environment: settings.applyEnvironment,
        revokeWorkflow: settings.revokeWorkflow,
      }),
  });
};
