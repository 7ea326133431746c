import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubEndpoint
} from "./chunk-MNAQUSIT.js";
import {
  VERSION
} from "./chunk-NFCRMHM7.js";
import {
  connect
} from "./chunk-HDAPWPVE.js";
import {
  createGithubAccessApi,
  createGithubClient
} from "./chunk-BQG7652W.js";
import {
  UserError,
  diagnostic
} from "./chunk-BGLQZM7W.js";

// src/modes/runtime.ts
var RUN_ID = /^[0-9]{1,20}$/;
var WORKFLOW_REF = /^[A-Za-z0-9._/@+-]{1,300}$/;
function writingRuntime(token, env, logger, membersToken = "") {
  const runId = env.GITHUB_RUN_ID ?? "";
  if (!RUN_ID.test(runId)) throw envError("GITHUB_RUN_ID", "is missing or not a run id");
  const workflow = env.GITHUB_WORKFLOW_REF ?? "";
  if (!WORKFLOW_REF.test(workflow)) throw envError("GITHUB_WORKFLOW_REF", "is missing or malformed");
  const { baseUrl, proxy } = githubEndpoint(env);
  const githubLogger = { warn: (m) => logger.warning(m), debug: (m) => logger.debug(m) };
  const client = createGithubClient({ token, baseUrl, proxy, userAgent: `grantbook/${VERSION}`, logger: githubLogger });
  const members = membersToken === "" ? client : createGithubClient({ token: membersToken, baseUrl, proxy, userAgent: `grantbook/${VERSION}`, logger: githubLogger });
  const accessClients = /* @__PURE__ */ new Map();
  return {
    client,
    members,
    actor: { run_id: runId, workflow },
    connectTarget: (target) => connect(target, env, {
      githubAccess: (providerToken) => {
        const c = accessClients.get(providerToken) ?? createGithubClient({ token: providerToken, baseUrl, proxy, userAgent: `grantbook/${VERSION}` });
        accessClients.set(providerToken, c);
        return createGithubAccessApi(c);
      },
      onStatement: (op) => logger.debug(`${op.kind}: ${op.text}`)
    })
  };
}
function envError(name, what) {
  return new UserError([diagnostic("E_EVENT_INVALID", `${name} ${what}`, { pointer: `/env/${name}` })]);
}

export {
  writingRuntime,
  envError
};
