import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  apiBaseUrl
} from "./chunk-UB5IHBTO.js";
import {
  VERSION
} from "./chunk-NFCRMHM7.js";
import {
  githubCheckPort,
  readPullRequestEvent,
  runCheck
} from "./chunk-NJQXMDGE.js";
import "./chunk-OUHR6BYE.js";
import {
  LocalRepo
} from "./chunk-XZO2M7GK.js";
import {
  createGithubClient
} from "./chunk-VZDZOCKL.js";
import "./chunk-YVEADHPZ.js";

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
