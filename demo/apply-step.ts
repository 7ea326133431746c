import { LocalRepo } from '../src/git/local-repo.js';
import { createGithubAccessApi } from '../src/github/index.js';
import { githubLedgerStore } from '../src/github/ledger-store.js';
import { memoryLogger } from '../test/support/logger.js';
import { githubApplyPort } from '../src/modes/apply/port.js';
import { runApply } from '../src/modes/apply/run.js';
import { criticalSettingProblems, githubDoctorPort } from '../src/modes/doctor/index.js';
import type { LedgerStore } from '../src/ledger/index.js';
import type { Provider } from '../src/providers/contract.js';
import { connect } from '../src/providers/registry.js';
import type { fixedClock } from '../test/support/clock.js';
import type { DemoWorld } from './world.js';

/** Wrappers tests use to stop a run at a chosen point, as a crash would. */
export interface ApplyStepFaults {
  readonly store?: (store: LedgerStore) => LedgerStore;
  readonly provider?: (provider: Provider) => Provider;
}

/** The apply job for a push to main: `before..after` are the pushed commits. */
export async function applyMerged(
  world: DemoWorld,
  push: { before: string; after: string; clock: ReturnType<typeof fixedClock> },
  faults: ApplyStepFaults = {},
): Promise<{ decision: string; expiresAt: string; outcomes: readonly { id: string; outcome: string; codes: readonly string[] }[] }> {
  await world.checkout();
  const repoRef = { owner: world.gh.owner, repo: world.gh.repo };
  const outcome = await runApply({
    event: { kind: 'push', owner: world.gh.owner, repo: world.gh.repo, defaultBranch: 'main', tip: push.after, before: push.before },
    port: githubApplyPort(world.client, repoRef),
    store: (faults.store ?? ((s) => s))(githubLedgerStore(world.client, repoRef)),
    repo: new LocalRepo(world.clone),
    connect: async (target) => (faults.provider ?? ((p) => p))(await connect(target, world.env, { githubAccess: () => createGithubAccessApi(world.client) })),
    actor: { run_id: '1', workflow: `${world.gh.owner}/${world.gh.repo}/.github/workflows/access-apply.yml@refs/heads/main` },
    clock: push.clock,
    sleep: async () => undefined,
    random: () => 0.5,
    logger: memoryLogger(),
    unsafeSettings: () => criticalSettingProblems(githubDoctorPort(world.client, repoRef), { ...repoRef, defaultBranch: 'main' }),
  });
  return {
    decision: outcome.decision,
    expiresAt: outcome.applied[0]?.expiresAt ?? '',
    outcomes: outcome.applied.map((a) => ({ id: a.id, outcome: a.outcome, codes: a.reasons.map((r) => r.code) })),
  };
}
