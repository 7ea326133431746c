import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  apiBaseUrl
} from "./chunk-HB5WQD6E.js";
import {
  VERSION
} from "./chunk-NFCRMHM7.js";
import {
  githubCheckPort,
  readPullRequestEvent,
  runCheck
} from "./chunk-KUTHKOZO.js";
import "./chunk-OUHR6BYE.js";
import {
  LocalRepo
} from "./chunk-OOSOO6AX.js";
import {
  createGithubClient
} from "./chunk-3K57DFW3.js";
import "./chunk-A6N3WHGL.js";
import "./chunk-7Y243W6Z.js";

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
