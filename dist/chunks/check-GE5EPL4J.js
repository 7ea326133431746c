import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubEndpoint
} from "./chunk-MNAQUSIT.js";
import {
  VERSION
} from "./chunk-NFCRMHM7.js";
import {
  githubCheckPort,
  runCheck
} from "./chunk-WRYDYBOP.js";
import {
  readPullRequestEvent
} from "./chunk-4HC73HWZ.js";
import "./chunk-OUHR6BYE.js";
import {
  LocalRepo
} from "./chunk-HKP7UESZ.js";
import {
  createGithubClient
} from "./chunk-BQG7652W.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-BGLQZM7W.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-4O4M6HYO.js";
import "./chunk-VBI6FCSW.js";
import "./chunk-GOSKQMZY.js";

// src/modes/check/index.ts
var checkMode = async ({ settings, env, clock, logger }) => {
  const pull = await readPullRequestEvent(env);
  const endpoint = githubEndpoint(env);
  const options = {
    ...endpoint,
    userAgent: `grantbook/${VERSION}`,
    logger: { warn: (m) => logger.warning(m), debug: (m) => logger.debug(m) }
  };
  const client = createGithubClient({ ...options, token: settings.token });
  const members = settings.membersToken === "" ? client : createGithubClient({ ...options, token: settings.membersToken });
  const port = githubCheckPort(client, { owner: pull.owner, repo: pull.repo }, members);
  return runCheck({ pull, port, repo: new LocalRepo(settings.workingDirectory), clock, logger });
};
export {
  checkMode
};
