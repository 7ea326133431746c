import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubCheckPort,
  readPullRequestEvent,
  runCheck
} from "./chunk-JDI2LYLE.js";
import "./chunk-OUHR6BYE.js";
import {
  LocalRepo
} from "./chunk-O7SQRAPA.js";
import {
  apiBaseUrl
} from "./chunk-TKD3F2HD.js";
import {
  VERSION
} from "./chunk-NFCRMHM7.js";
import {
  createGithubClient
} from "./chunk-R5TA2JIR.js";
import "./chunk-NG7SZJQV.js";
import "./chunk-N2WTYMJO.js";

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
