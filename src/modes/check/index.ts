import { createGithubClient } from '../../github/index.js';
import { LocalRepo } from '../../git/local-repo.js';
import type { ModeRunner } from '../types.js';
import { VERSION } from '../../version.js';
import { githubEndpoint } from '../api-url.js';
import { readPullRequestEvent } from '../event.js';
import { githubCheckPort } from './port.js';
import { runCheck } from './run.js';

/** `command: check`, wired to the real world. */
export const checkMode: ModeRunner = async ({ settings, env, clock, logger }) => {
  const pull = await readPullRequestEvent(env);
  const endpoint = githubEndpoint(env);
  const options = {
    ...endpoint,
    userAgent: `grantbook/${VERSION}`,
    logger: { warn: (m: string) => logger.warning(m), debug: (m: string) => logger.debug(m) },
  };
  const client = createGithubClient({ ...options, token: settings.token });
  // Team look-ups may use their own token: the one credential of the check job that can read members.
  const members = settings.membersToken === '' ? client : createGithubClient({ ...options, token: settings.membersToken });
  const port = githubCheckPort(client, { owner: pull.owner, repo: pull.repo }, members);
  return runCheck({ pull, port, repo: new LocalRepo(settings.workingDirectory), clock, logger });
};
