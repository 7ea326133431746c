import { createGithubClient } from '../../github/index.js';
import { LocalRepo } from '../../git/local-repo.js';
import type { ModeRunner } from '../types.js';
import { VERSION } from '../../version.js';
import { apiBaseUrl } from '../api-url.js';
import { readPullRequestEvent } from '../event.js';
import { githubCheckPort } from './port.js';
import { runCheck } from './run.js';

/** `command: check`, wired to the real world. */
export const checkMode: ModeRunner = async ({ settings, env, clock, logger }) => {
  const pull = await readPullRequestEvent(env);
  const client = createGithubClient({
    token: settings.token,
    baseUrl: apiBaseUrl(env),
    userAgent: `grantbook/${VERSION}`,
    logger: { warn: (m) => logger.warning(m), debug: (m) => logger.debug(m) },
  });
  const port = githubCheckPort(client, { owner: pull.owner, repo: pull.repo });
  return runCheck({ pull, port, repo: new LocalRepo(settings.workingDirectory), clock, logger });
};
