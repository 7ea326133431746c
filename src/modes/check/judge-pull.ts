import type { MembershipState } from '../../approvals/types.js';
import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import { GithubError, type PullCommit, type PullFile, type Review } from '../../github/index.js';
import type { ModeResult } from '../types.js';
import { coverageErrors } from '../../policy/codeowners-coverage.js';
import { CHECK_COMMENT_MARKER } from '../../report/markers.js';
import { renderCheckComment, type CheckReport, type RequestReport } from '../../report/pr-comment.js';
import { parseRequestFile, requestIdFromPath } from '../../request/parse.js';
import { readTrustedConfig, type TrustedConfig } from '../trusted-config.js';
import { safePath, type PullChanges } from './changes.js';
import { heldNotes, liveHoldingsAt } from './held.js';
import { judgeRequest, membershipKey, type Judgement, type JudgeInput } from './judge.js';
import { failed, headMoved, type CheckDeps, type CheckedPull, type CheckOutcome } from './outcome.js';

/** Safety stop for the membership fixed point; each round must add an answer, so it is never reached honestly. */
const MAX_MEMBERSHIP_ROUNDS = 64;

/**
 * Judges a pull request that adds or removes request files (runCheck has
 * triaged it): reads the trusted configuration at the base commit, judges
 * each added request, writes the one comment.
 */
export async function judgePull(deps: CheckDeps, pull: CheckedPull, files: readonly PullFile[], changes: PullChanges): Promise<CheckOutcome> {
  const { port, logger } = deps;
  if ((await deps.repo.resolve(pull.baseSha)) !== pull.baseSha) {
    return failed('E_CHECKOUT_MISSING_BASE', 'the local checkout does not contain the pull request base commit');
  }
  const config = await logger.group('Trusted policy and CODEOWNERS (base commit)', async () => {
    logger.info(`Reading policies/ and CODEOWNERS at ${pull.baseSha}, never from the pull request head.`);
    return readTrustedConfig(deps.repo, pull.baseSha);
  });
  const problems: Diagnostic[] = [...changes.problems];
  if (!config.policy.ok) problems.push(...config.policy.diagnostics);

  const requests: RequestReport[] = [];
  if (changes.added.length > 0) {
    // Read after the file list: if the head moved in between, the commits show it.
    const [commits, reviews, codeownersApi] = await logger.group('Reviews and commits', () =>
      Promise.all([port.listCommits(pull), port.listReviews(pull.number), port.codeownersErrors(pull.baseSha)]),
    );
    if (!isTip(commits, pull.headSha)) return headMoved();
    problems.push(...coverageErrors(config.codeowners, codeownersApi ?? []).filter((d) => d.severity === 'error'));
    const blobs = new Map(files.map((f) => [f.filename, f.sha]));
    const memberships = new Map<string, MembershipState>();
    let holdings: Promise<ReadonlySet<string> | undefined> | undefined;
    const liveHoldings = () => (holdings ??= liveHoldingsAt(deps.repo, pull.baseSha));
    for (const path of changes.added) {
      const shared = { pull, config, commits, reviews, memberships, liveHoldings };
      requests.push(await logger.group(`Request ${safePath(path)}`, () => judgeFile(deps, shared, path, blobs.get(path) ?? null)));
    }
  }

  return publish(deps, pull, { headSha: pull.headSha, baseSha: pull.baseSha, problems, requests, relinquished: changes.removed.map(safePath) });
}

/** Anyone who can push a branch controls its policy: judging against it would mean nothing. */
export async function refuseOtherBase(deps: CheckDeps, pull: CheckedPull): Promise<CheckOutcome> {
  const problem = diagnostic('E_PR_BASE_NOT_DEFAULT', 'the pull request does not target the default branch; nothing in it is judged', {});
  return publish(deps, pull, { headSha: pull.headSha, baseSha: pull.baseSha, problems: [problem], requests: [], relinquished: [] });
}

interface Shared {
  readonly pull: CheckedPull;
  readonly config: TrustedConfig;
  readonly commits: readonly PullCommit[];
  readonly reviews: readonly Review[];
  /** Membership answers, shared by every request of the pull request. */
  readonly memberships: Map<string, MembershipState>;
  /** What live Grantbook grants hold (ledger at the base commit), read once and only if a note needs it. */
  readonly liveHoldings: () => Promise<ReadonlySet<string> | undefined>;
}

/** One added request file: its blob at the head (by the SHA the file list named), parsed and judged. */
async function judgeFile(deps: CheckDeps, s: Shared, path: string, sha: string | null): Promise<RequestReport> {
  if (sha === null) return loadFailure(path, [diagnostic('E_FILE_UNREADABLE', 'GitHub listed no blob for this file', { file: safePath(path) })]);
  const parsed = parseRequestFile({ path, bytes: await deps.port.readBlob(sha) });
  if (!parsed.ok) return loadFailure(path, parsed.diagnostics);
  if (!s.config.policy.ok) return loadFailure(path, []);
  const input = {
    request: parsed.value,
    policy: s.config.policy.value,
    rules: s.config.codeowners.rules,
    pull: s.pull,
    commits: s.commits,
    reviews: s.reviews,
  };
  const report = (await judgeWithMemberships(deps, input, s.memberships)).report;
  // A refused request changes nothing either way: no note about it.
  const notes =
    report.verdict === 'refused' ? [] : await heldNotes(path, report.plans, { github: deps.port.access, ours: s.liveHoldings, logger: deps.logger });
  const judged = notes.length === 0 ? report : { ...report, notes };
  deps.logger.info(`${judged.id ?? safePath(path)}: ${judged.verdict}`);
  for (const i of judged.approvals?.ignored ?? []) deps.logger.debug(`review ${i.reviewId} does not count: ${i.code}`);
  return judged;
}

/** Writes the one comment and turns the report into outputs. */
async function publish(deps: CheckDeps, pull: CheckedPull, report: CheckReport): Promise<CheckOutcome> {
  const body = renderCheckComment(report);
  await deps.logger.group('Pull request comment', () => writeComment(deps, pull.number, body));
  const result = summarize(report, body);
  deps.logger.info(`Decision: ${result.decision}${result.reasonCodes.length > 0 ? ` (${result.reasonCodes.join(', ')})` : ''}`);
  return { ...result, report };
}

/**
 * True when `head` is the one commit of the list no other listed commit
 * builds on. Ordering is not relied on (commit dates are the committer's to
 * set); a push on top of `head` or a force-push away from it both fail.
 */
function isTip(commits: readonly PullCommit[], head: string): boolean {
  const parents = new Set(commits.flatMap((c) => c.parents));
  const tips = commits.filter((c) => !parents.has(c.sha));
  return tips.length === 1 && tips[0]?.sha === head;
}

/**
 * Judges until the decision needs no team membership it does not know yet:
 * each round looks up the memberships the last one asked for.
 */
async function judgeWithMemberships(
  deps: CheckDeps,
  parts: Omit<JudgeInput, 'memberships' | 'now'>,
  memberships: Map<string, MembershipState>,
): Promise<Judgement> {
  const now = deps.clock.now();
  for (let round = 0; round < MAX_MEMBERSHIP_ROUNDS; round++) {
    const judgement = judgeRequest({ ...parts, memberships, now });
    if (judgement.missingMemberships.length === 0) return judgement;
    const answers = await Promise.all(
      judgement.missingMemberships.map(async (m) => [membershipKey(m.org, m.slug, m.login), await deps.port.membership(m.org, m.slug, m.login)] as const),
    );
    for (const [key, state] of answers) memberships.set(key, state);
  }
  throw new Error('team membership look-ups did not settle');
}

/**
 * The comment is how people see the decision, not the decision itself (the
 * step's status is). A token that may not comment (a pull request from a fork
 * gets a read-only one) leaves the job summary as the record; any other
 * failure to write fails the run.
 */
async function writeComment(deps: CheckDeps, number: number, body: string): Promise<void> {
  try {
    await deps.port.upsertComment(number, CHECK_COMMENT_MARKER, body);
  } catch (error) {
    if (!(error instanceof GithubError) || error.code !== 'E_GITHUB_FORBIDDEN') throw error;
    deps.logger.warning('The token may not comment on this pull request; the decision is in the job summary only.');
  }
}

function loadFailure(path: string, loadProblems: readonly Diagnostic[]): RequestReport {
  return { path: safePath(path), verdict: 'refused', loadProblems, plans: [] };
}

/** Turns the report into outputs; the step fails unless everything is approved (or only relinquished). */
export function summarize(report: CheckReport, summary: string): ModeResult {
  const codes = new Set<string>(report.problems.map((p) => p.code));
  for (const r of report.requests) {
    for (const d of r.loadProblems) codes.add(d.code);
    for (const d of r.decision?.reasons ?? []) if (d.severity === 'error') codes.add(d.code);
    for (const m of r.approvals?.missing ?? []) codes.add(m.code);
    if ((r.approvals?.blockers.length ?? 0) > 0) codes.add('E_APPROVAL_BLOCKED');
  }
  const verdicts = report.requests.map((r) => r.verdict);
  const decision =
    report.problems.length > 0 || verdicts.includes('refused')
      ? 'refused'
      : verdicts.includes('pending')
        ? 'pending'
        : verdicts.length > 0
          ? 'approved'
          : 'relinquish';
  const ids = [...report.requests.map((r) => r.id ?? requestIdFromPath(r.path) ?? r.path), ...report.relinquished.map((p) => requestIdFromPath(p) ?? p)];
  const result: ModeResult = { decision, reasonCodes: [...codes].sort(), requests: ids, summary };
  if (decision === 'refused') return { ...result, failure: 'The access request is refused; see the pull request comment for every reason and its fix.' };
  if (decision === 'pending') return { ...result, failure: 'The access request is waiting for approval at the current head commit.' };
  return result;
}
