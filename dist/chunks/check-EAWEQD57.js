import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubCheckPort,
  readPullRequestEvent,
  runCheck
} from "./chunk-BQIQITEP.js";
import "./chunk-OUHR6BYE.js";
import {
  LocalRepo
} from "./chunk-LQXZOIRD.js";
import {
  apiBaseUrl
} from "./chunk-3J7STLE3.js";
import {
  VERSION
} from "./chunk-NFCRMHM7.js";
import "./chunk-3HCKCFSI.js";
import {
  createGithubClient
} from "./chunk-OW3DZ26F.js";
import "./chunk-4UDZ5W5I.js";

// src/modes/check/index.ts
var checkMode = async ({ settings, env, clock, logger }) => {
  const pull = await readPullRequestEvent(env);
  const client = createGithubClient({
    token: settings.token,
    baseUrl: apiBaseUrl(env),
    userAgent: `grantbook/${VERSION}`,
    logger: { warn: (m) => logger.warning(m), debug: (m) => logger.debug(m) }
  });
  const port = githubCheckPort(client, { owner: pull.owner, repo: pull.repo });
  return runCheck({ pull, port, repo: new LocalRepo(settings.workingDirectory), clock, logger });
};
export {
  checkMode
};
