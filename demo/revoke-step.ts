import { createGithubAccessApi } from '../src/github/index.js';
import { githubLedgerStore } from '../src/github/ledger-store.js';
import { memoryLogger } from '../test/support/logger.js';
import { githubRevokePort } from '../src/modes/revoke/port.js';
import { runRevoke } from '../src/modes/revoke/run.js';
import { connect } from '../src/providers/registry.js';
import type { Clock } from '../src/time/clock.js';
import type { DemoWorld } from './world.js';

/** One scheduled revoke run against the world, at the clock's time. */
export async function revokeSweep(world: DemoWorld, clock: Clock) {
  const repo = { owner: world.gh.owner, repo: world.gh.repo };
  return runRevoke({
    store: githubLedgerStore(world.client, repo),
    github: githubRevokePort(world.client, repo),
    connect: (target) => connect(target, world.env, { githubAccess: () => createGithubAccessApi(world.client) }),
    branch: 'main',
    actor: { run_id: '2', workflow: `${repo.owner}/${repo.repo}/.github/workflows/access-revoke.yml@refs/heads/main` },
    clock,
    sleep: async () => undefined,
    logger: memoryLogger(),
  });
}
