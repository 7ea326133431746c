import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubCheckPort,
  readPullRequestEvent,
  runCheck
} from "./chunk-AVBEI4HY.js";
import "./chunk-OUHR6BYE.js";
import {
  LocalRepo
} from "./chunk-FG2R77LB.js";
import {
  githubEndpoint
} from "./chunk-ZMG4HTLD.js";
import {
  VERSION
} from "./chunk-NFCRMHM7.js";
import {
  createGithubClient
} from "./chunk-GDSQA4X7.js";
import "./chunk-JMHI5WPZ.js";
import "./chunk-KXBBXHLM.js";
import "./chunk-HY45JNMC.js";

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
