import type { PullRequestEvent } from '../event.js';
import { classifyChanges } from './changes.js';
import { headMoved, type CheckDeps, type CheckedPull, type CheckOutcome } from './outcome.js';
import type { CheckPort } from './port.js';

export type { CheckDeps, CheckOutcome } from './outcome.js';

/** The judging half of the check, loaded only when there is something to judge. */
const judging = () => import('./judge-pull.js');

/**
 * The PR check (design §1, invariants 1, 2, 7): read the PR's changes, judge
 * every added request against the base commit's policy and CODEOWNERS and the
 * reviews at the head, write one comment, and fail until every request is
 * valid and approved. Never grants anything. A GitHub failure propagates
 * (GithubError): nothing is assumed about a list that could not be read.
 *
 * This part only triages. Most pull requests in a repository touch no
 * request, and the check runs on every push to each of them: the code that
 * judges (policy loading, schema validators, YAML, CODEOWNERS, rendering) is
 * loaded only once there is something to judge.
 */
export async function runCheck(deps: CheckDeps): Promise<CheckOutcome> {
  const { port, logger } = deps;
  const pull = await withCounts(deps.pull, port);
  if (pull === undefined) return headMoved();
  if (pull.baseRef !== pull.defaultBranch) return (await judging()).refuseOtherBase(deps, pull);

  const files = await logger.group('Pull request files', () => port.listFiles(pull));
  const changes = classifyChanges(
    files.map((f) => ({ filename: f.filename, status: f.status, ...(f.previousFilename !== undefined ? { previousFilename: f.previousFilename } : {}) })),
  );
  if (changes.added.length === 0 && changes.removed.length === 0 && changes.problems.length === 0) {
    logger.info('No access requests are added or removed by this pull request.');
    return { decision: 'nothing-to-do', reasonCodes: [], requests: [] };
  }
  return (await judging()).judgePull(deps, pull, files, changes);
}

/** The counts the lists are held to; undefined when the PR's head is no longer the event's. */
async function withCounts(pull: PullRequestEvent, port: CheckPort): Promise<CheckedPull | undefined> {
  if (pull.commits !== undefined && pull.changedFiles !== undefined) {
    return { ...pull, commits: pull.commits, changedFiles: pull.changedFiles };
  }
  const now = await port.getPull(pull.number);
  if (now.headSha !== pull.headSha) return undefined;
  return { ...pull, commits: now.commits, changedFiles: now.changedFiles };
}
