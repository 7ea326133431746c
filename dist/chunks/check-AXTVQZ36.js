import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubEndpoint
} from "./chunk-BRPIIQYF.js";
import {
  VERSION
} from "./chunk-NFCRMHM7.js";
import {
  githubCheckPort,
  readPullRequestEvent,
  runCheck
} from "./chunk-S72RZI6O.js";
import "./chunk-OUHR6BYE.js";
import {
  LocalRepo
} from "./chunk-KDIWIDKQ.js";
import {
  createGithubClient
} from "./chunk-Z3E2GYFP.js";
import "./chunk-GHM6UMHF.js";
import "./chunk-LN4ZPE77.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-QW3YBL2B.js";
import "./chunk-GHKPMBRE.js";
import "./chunk-5PK7Z5FH.js";

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
