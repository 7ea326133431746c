import { diagnostic, UserError } from '../../diagnostics.js';
import { LocalRepo } from '../../git/local-repo.js';
import { createGithubAccessApi, createGithubClient, type GithubClient } from '../../github/index.js';
import { githubLedgerStore } from '../../github/ledger-store.js';
import type { ModeRunner } from '../../main.js';
import { connect } from '../../providers/registry.js';
import { VERSION } from '../../version.js';
import { apiBaseUrl } from '../api-url.js';
import { readApplyEvent } from './event.js';
import { githubApplyPort } from './port.js';
import { runApply } from './run.js';

const RUN_ID = /^[0-9]{1,20}$/;
const WORKFLOW_REF = /^[A-Za-z0-9._/@+-]{1,300}$/;

/** `command: apply`, wired to the real world. */
export const applyMode: ModeRunner = async ({ settings, env, clock, logger }) => {
  const event = await readApplyEvent(env);
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
  const accessClients = new Map<string, GithubClient>();
  const repoRef = { owner: event.owner, repo: event.repo };
  return runApply({
    event,
    port: githubApplyPort(client, repoRef),
    store: githubLedgerStore(client, repoRef),
    repo: new LocalRepo(settings.workingDirectory),
    connect: (target) =>
      connect(target, env, {
        githubAccess: (token) => {
          const c = accessClients.get(token) ?? createGithubClient({ token, baseUrl, userAgent: `grantbook/${VERSION}` });
          accessClients.set(token, c);
          return createGithubAccessApi(c);
        },
        onStatement: (op) => logger.debug(`${op.kind}: ${op.text}`),
      }),
    actor: { run_id: runId, workflow },
    clock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    logger,
  });
};

function envError(name: string, what: string): UserError {
  return new UserError([diagnostic('E_EVENT_INVALID', `${name} ${what}`, { pointer: `/env/${name}` })]);
}
