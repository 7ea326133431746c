import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  apiBaseUrl
} from "./chunk-KZRPP3VP.js";
import {
  VERSION
} from "./chunk-NFCRMHM7.js";
import {
  githubCheckPort,
  readPullRequestEvent,
  runCheck
} from "./chunk-L5RLJTF4.js";
import "./chunk-OUHR6BYE.js";
import {
  LocalRepo
} from "./chunk-NMVUQEOP.js";
import {
  createGithubClient
} from "./chunk-APU6PP26.js";
import "./chunk-WLDJ6PRB.js";

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
