import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubCheckPort,
  readPullRequestEvent,
  runCheck
} from "./chunk-TEJHKLMZ.js";
import "./chunk-OUHR6BYE.js";
import {
  LocalRepo
} from "./chunk-TY3JMGUI.js";
import {
  apiBaseUrl
} from "./chunk-EXNELCV5.js";
import {
  VERSION
} from "./chunk-NFCRMHM7.js";
import {
  createGithubClient
} from "./chunk-6FK23ATU.js";
import "./chunk-VMWWHYX7.js";
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
