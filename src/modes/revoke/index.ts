import { repoSlug } from '../../shared/patterns.js';
import { diagnostic, UserError } from '../../diagnostics.js';
import { getRepo } from '../../github/index.js';
import { githubLedgerStore } from '../../github/ledger-store.js';
import type { ModeRunner } from '../types.js';
import { envError, writingRuntime } from '../runtime.js';
import { githubRevokePort } from './port.js';
import { runRevoke } from './run.js';

/** Events `revoke` runs on: the schedule, by hand, and right after apply on a push to the default branch. */
export const REVOKE_EVENTS = ['schedule', 'workflow_dispatch', 'push'] as const;

/**
 * `command: revoke`, wired to the real world. Whatever event started it, the
 * sweep works on the default branch as the API reports it, never on the
 * ref of the event (a manual run may be started from any branch).
 */
export const revokeMode: ModeRunner = async ({ settings, env, clock, logger }) => {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (!(REVOKE_EVENTS as readonly string[]).includes(event)) {
    throw new UserError([
      diagnostic('E_EVENT_UNSUPPORTED', `command "revoke" runs on ${REVOKE_EVENTS.join(', ')} events, not on this event`, {
        pointer: '/env/GITHUB_EVENT_NAME',
      }),
    ]);
  }
  const [owner = '', name = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (repoSlug(`${owner}/${name}`) === undefined) throw envError('GITHUB_REPOSITORY', 'is not owner/name');
  const runtime = writingRuntime(settings.token, env, logger);
  const client = runtime.client;
  const repo = { owner, repo: name };
  const branch = (await getRepo(client, repo)).defaultBranch;
  const store = githubLedgerStore(client, repo);
  const outcome = await runRevoke({
    store,
    github: githubRevokePort(client, repo),
    connect: runtime.connectTarget,
    branch,
    actor: runtime.actor,
    clock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    logger,
  });
  if (!settings.report) return outcome;
  // Loaded only when asked for: the report pulls in the profile reader and the page.
  const [{ attachMonthReport }, { githubFollowUps }] = await Promise.all([import('./attach-report.js'), import('../../audit/break-glass-reviews.js')]);
  return attachMonthReport(outcome, {
    store,
    branch,
    now: clock.now(),
    env,
    workingDirectory: settings.workingDirectory,
    repository: `${owner}/${name}`,
    logger,
    followUps: githubFollowUps(client, repo),
  });
};
