import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  headMoved
} from "./chunk-OUHR6BYE.js";
import {
  classifyChanges
} from "./chunk-HKP7UESZ.js";
import {
  createGithubAccessApi,
  getBlob,
  getCodeownersErrors,
  getPull,
  getTeamMembership,
  listPullCommits,
  listPullFiles,
  listPullReviews,
  upsertCommentByMarker
} from "./chunk-BQG7652W.js";

// src/modes/check/port.ts
function githubCheckPort(client, repo, members = client) {
  return {
    getPull: async (number) => {
      const pr = await getPull(client, repo, number);
      return { headSha: pr.headSha, commits: pr.commits, changedFiles: pr.changedFiles };
    },
    listFiles: (pull) => listPullFiles(client, repo, pull),
    listCommits: (pull) => listPullCommits(client, repo, pull),
    listReviews: (number) => listPullReviews(client, repo, number),
    readBlob: async (sha) => (await getBlob(client, repo, sha)).bytes,
    codeownersErrors: (sha) => getCodeownersErrors(client, repo, sha),
    membership: async (org, team, login) => (await getTeamMembership(members, org, team, login))?.state ?? "none",
    // Team memberships through the token that may read them, like the approvals above.
    access: { ...createGithubAccessApi(client), getTeamMembership: (org, team, login) => getTeamMembership(members, org, team, login) },
    upsertComment: async (issueNumber, marker, body) => {
      await upsertCommentByMarker(client, repo, issueNumber, marker, body);
    }
  };
}

// src/modes/check/run.ts
var judging = () => import("./judge-pull-XV6Y4ZTY.js");
async function runCheck(deps) {
  const { port, logger } = deps;
  const pull = await withCounts(deps.pull, port);
  if (pull === void 0) return headMoved();
  if (pull.baseRef !== pull.defaultBranch) return (await judging()).refuseOtherBase(deps, pull);
  const files = await logger.group("Pull request files", () => port.listFiles(pull));
  const changes = classifyChanges(
    files.map((f) => ({ filename: f.filename, status: f.status, ...f.previousFilename !== void 0 ? { previousFilename: f.previousFilename } : {} }))
  );
  if (changes.added.length === 0 && changes.removed.length === 0 && changes.problems.length === 0) {
    logger.info("No access requests are added or removed by this pull request.");
    return { decision: "nothing-to-do", reasonCodes: [], requests: [] };
  }
  return (await judging()).judgePull(deps, pull, files, changes);
}
async function withCounts(pull, port) {
  if (pull.commits !== void 0 && pull.changedFiles !== void 0) {
    return { ...pull, commits: pull.commits, changedFiles: pull.changedFiles };
  }
  const now = await port.getPull(pull.number);
  if (now.headSha !== pull.headSha) return void 0;
  return { ...pull, commits: now.commits, changedFiles: now.changedFiles };
}

export {
  githubCheckPort,
  runCheck
};
