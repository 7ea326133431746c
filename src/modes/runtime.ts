import { diagnostic, UserError } from '../diagnostics.js';
import { createGithubAccessApi, createGithubClient, type GithubClient } from '../github/index.js';
import type { Logger } from '../logger.js';
import type { Target } from '../policy/types.js';
import type { Provider } from '../providers/contract.js';
import { connect } from '../providers/registry.js';
import { VERSION } from '../version.js';
import { githubEndpoint } from './api-url.js';

const RUN_ID = /^[0-9]{1,20}$/;
const WORKFLOW_REF = /^[A-Za-z0-9._/@+-]{1,300}$/;

/** What apply and revoke need from the runner to change things: GitHub, providers, and who is acting. */
export interface WritingRuntime {
  readonly client: GithubClient;
  /** Reads team membership: the members-token input's client, or `client`. */
  readonly members: GithubClient;
  /** The workflow run recorded on every ledger event (GITHUB_WORKFLOW_REF, never the display name). */
  readonly actor: { readonly run_id: string; readonly workflow: string };
  /** Connects a target's provider with the credential its environment variable holds. */
  connectTarget: (target: Target) => Promise<Provider>;
}

export function writingRuntime(token: string, env: NodeJS.ProcessEnv, logger: Logger, membersToken = ''): WritingRuntime {
  const runId = env.GITHUB_RUN_ID ?? '';
  if (!RUN_ID.test(runId)) throw envError('GITHUB_RUN_ID', 'is missing or not a run id');
  const workflow = env.GITHUB_WORKFLOW_REF ?? '';
  if (!WORKFLOW_REF.test(workflow)) throw envError('GITHUB_WORKFLOW_REF', 'is missing or malformed');
  const { baseUrl, proxy } = githubEndpoint(env);
  const githubLogger = { warn: (m: string) => logger.warning(m), debug: (m: string) => logger.debug(m) };
  const client = createGithubClient({ token, baseUrl, proxy, userAgent: `grantbook/${VERSION}`, logger: githubLogger });
  const members =
    membersToken === '' ? client : createGithubClient({ token: membersToken, baseUrl, proxy, userAgent: `grantbook/${VERSION}`, logger: githubLogger });
  const accessClients = new Map<string, GithubClient>();
  return {
    client,
    members,
    actor: { run_id: runId, workflow },
    connectTarget: (target) =>
      connect(target, env, {
        githubAccess: (providerToken) => {
          // One client per token: the provider's writes are spaced per token.
          const c = accessClients.get(providerToken) ?? createGithubClient({ token: providerToken, baseUrl, proxy, userAgent: `grantbook/${VERSION}` });
          accessClients.set(providerToken, c);
          return createGithubAccessApi(c);
        },
        onStatement: (op) => logger.debug(`${op.kind}: ${op.text}`),
      }),
  };
}

export function envError(name: string, what: string): UserError {
  return new UserError([diagnostic('E_EVENT_INVALID', `${name} ${what}`, { pointer: `/env/${name}` })]);
}
