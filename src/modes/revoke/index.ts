import { diagnostic, UserError } from '../../diagnostics.js';
import { createGithubAccessApi, createGithubClient, getRepo, type GithubClient } from '../../github/index.js';
import { githubLedgerStore } from '../../github/ledger-store.js';
import type { ModeRunner } from '../../main.js';
import { connect } from '../../providers/registry.js';
import { VERSION } from '../../version.js';
import { apiBaseUrl } from '../api-url.js';
import { githubRevokePort } from './port.js';
import { runRevoke } from './run.js';

/** Events `revoke` runs on: the schedule, by hand, and right after apply on a push to the default branch. */
export const REVOKE_EVENTS = ['schedule', 'workflow_dispatch', 'push'] as const;

const REPO_PART = /^[A-Za-z0-9_.-]{1,100}$/;
const RUN_ID = /^[0-9]{1,20}$/;
const WORKFLOW_REF = /^[A-Za-z0-9._/@+-]{1,300}$/;

/**
 * `command: revoke`, wired to the real world. Whatever event started it, the
 * sweep works on the default branch as the API reports it, never on the
 * ref of the event (a manual run may be started from any branch).
 */
export const revokeMode: ModeRunner = async ({ settings, env, clock, logger }) => {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (!(REVOKE_EVENTS as readonly string[]).includes(event)) {
    throw new UserError([
      diagnostic('E_EVENT_UNSUPPORTED', `command "revoke" runs on ${REVOKE_EVENTS.join(', ')} events, not on this event`, { pointer: '/env/GITHUB_EVENT_NAME' }),
    ]);
  }
  const [owner = '', name = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!REPO_PART.test(owner) || !REPO_PART.test(name)) throw envError('GITHUB_REPOSITORY', 'is not owner/name');
  const runId = env.GITHUB_RUN_ID ?? '';
  if (!RUN_ID.test(runId)) throw envError('GITHUB_RUN_ID', 'is missing or not a run id');
  const workflow = env.GITHUB_WORKFLOW_REF ?? '';
  if (!WORKFLOW_REF.test(workflow)) throw envError('GITHUB_WORKFLOW_REF', 'is missing or malformed');

  const baseUrl = apiBaseUrl(env);
  const client = createGithubClient({
    token: settings.token,
    baseUrl,
    userAgent: `grantbook/${VERSION}`,
    logger: { warn: (m) => logger.warning(m), debug: (m) => logger.debug(m) },
  });
  const repo = { owner, repo: name };
  const branch = (await getRepo(client, repo)).defaultBranch;
  const accessClients = new Map<string, GithubClient>();
  return runRevoke({
    store: githubLedgerStore(client, repo),
    github: githubRevokePort(client, repo),
    connect: (target) =>
      connect(target, env, {
        githubAccess: (token) => {
          // One client per token: the provider's writes are spaced per token.
          const c = accessClients.get(token) ?? createGithubClient({ token, baseUrl, userAgent: `grantbook/${VERSION}` });
          accessClients.set(token, c);
          return createGithubAccessApi(c);
        },
        onStatement: (op) => logger.debug(`${op.kind}: ${op.text}`),
      }),
    branch,
    actor: { run_id: runId, workflow },
    clock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    logger,
  });
};

function envError(name: string, what: string): UserError {
  return new UserError([diagnostic('E_EVENT_INVALID', `${name} ${what}`, { pointer: `/env/${name}` })]);
}
