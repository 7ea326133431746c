import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import type { LocalRepo } from '../../git/local-repo.js';
import type { Logger } from '../../logger.js';
import { coverageErrors } from '../../policy/codeowners.js';
import { renderCheckComment, CHECK_COMMENT_MARKER, type CheckReport, type RequestReport } from '../../report/pr-comment.js';
import { parseRequestFile } from '../../request/parse.js';
import type { Clock } from '../../time/clock.js';
import type { ModeResult } from '../../main.js';
import type { PullRequestEvent } from '../event.js';
import { readTrustedConfig } from '../trusted-config.js';
import { classifyChanges, safePath } from './changes.js';
import { judgeRequest, membershipKey, type Judgement } from './judge.js';
import type { CheckPort } from './port.js';

export interface CheckDeps {
  readonly pull: PullRequestEvent;
  readonly port: CheckPort;
  /** Local clone holding the base commit (the workflow checks it out). */
  readonly repo: LocalRepo;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** Membership look-up rounds before giving up; each round only asks what the last one raised. */
const MAX_MEMBERSHIP_ROUNDS = 4;

/**
 * The PR check (design §1, invariants 1, 2, 7): read the PR's changes, judge
 * every added request against the base commit's policy and CODEOWNERS and the
 * reviews at the head, write one comment, and fail until every request is
 * valid and approved. Never grants anything.
 */
export async function runCheck(deps: CheckDeps): Promise<ModeResult> {
  const { pull, port, logger } = deps;
  const base = await deps.repo.resolve(pull.baseSha);
  if (base !== pull.baseSha) {
    return failure('E_CHECKOUT_MISSING_BASE', 'the local checkout does not contain the pull request base commit');
  }

  const files = await logger.group('Pull request files', () => port.listFiles(pull));
  const changes = classifyChanges(files.map((f) => ({ filename: f.filename, status: f.status, ...(f.previousFilename !== undefined ? { previousFilename: f.previousFilename } : {}) })));
  if (changes.added.length === 0 && changes.removed.length === 0 && changes.problems.length === 0) {
    logger.info('No access requests are added or removed by this pull request.');
    return { decision: 'nothing-to-do', reasonCodes: [], requests: [] };
  }

  const config = await logger.group('Trusted policy (base commit)', () => readTrustedConfig(deps.repo, pull.baseSha));
  const problems: Diagnostic[] = [...changes.problems];
  if (!config.policy.ok) problems.push(...config.policy.diagnostics);

  const requests: RequestReport[] = [];
  if (changes.added.length > 0) {
    const [commits, reviews, codeownersApi] = await logger.group('Reviews and commits', () =>
      Promise.all([port.listCommits(pull), port.listReviews(pull), port.codeownersErrors(pull.baseSha)]),
    );
    problems.push(
      ...coverageErrors(config.codeowners, codeownersApi ?? []).filter((d) => d.severity === 'error'),
    );
    const blobs = new Map(files.map((f) => [f.filename, f.sha]));
    for (const path of changes.added) {
      const report = await logger.group(`Request ${safePath(path)}`, async () => {
        const sha = blobs.get(path);
        if (sha === undefined || sha === null) {
          return loadFailure(path, [diagnostic('E_FILE_UNREADABLE', 'GitHub listed no blob for this file', { file: safePath(path) })]);
        }
        const bytes = await port.readBlob(sha);
        const parsed = parseRequestFile({ path, bytes });
        if (!parsed.ok) return loadFailure(path, parsed.diagnostics);
        if (!config.policy.ok) return loadFailure(path, []);
        return (await judgeWithMemberships(deps, { request: parsed.value, policy: config.policy.value, rules: config.codeowners.rules, commits, reviews })).report;
      });
      requests.push(report);
    }
  }

  const report: CheckReport = { headSha: pull.headSha, baseSha: pull.baseSha, problems, requests, relinquished: changes.removed };
  await logger.group('Pull request comment', () => port.upsertComment(pull.number, CHECK_COMMENT_MARKER, renderCheckComment(report)));
  return summarize(report);
}

async function judgeWithMemberships(
  deps: CheckDeps,
  parts: Pick<Parameters<typeof judgeRequest>[0], 'request' | 'policy' | 'rules' | 'commits' | 'reviews'>,
): Promise<Judgement> {
  const memberships = new Map<string, 'active' | 'pending' | 'none'>();
  const now = deps.clock.now();
  for (let round = 0; ; round++) {
    const judgement = judgeRequest({ ...parts, pull: deps.pull, memberships, now });
    if (judgement.missingMemberships.length === 0) return judgement;
    if (round === MAX_MEMBERSHIP_ROUNDS) throw new Error('team membership look-ups did not settle');
    const answers = await Promise.all(
      judgement.missingMemberships.map(async (m) => [membershipKey(m.org, m.slug, m.login), await deps.port.membership(m.org, m.slug, m.login)] as const),
    );
    for (const [key, state] of answers) memberships.set(key, state);
  }
}

function loadFailure(path: string, loadProblems: readonly Diagnostic[]): RequestReport {
  return { path: safePath(path), verdict: 'refused', loadProblems, plans: [] };
}

/** Turns the report into outputs; the step fails unless everything is approved (or only relinquished). */
export function summarize(report: CheckReport): ModeResult {
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
  const ids = [...report.requests.map((r) => r.path), ...report.relinquished];
  const result: ModeResult = {
    decision,
    reasonCodes: [...codes].sort(),
    requests: ids,
    summary: renderCheckComment(report),
  };
  if (decision === 'refused') return { ...result, failure: 'The access request is refused; see the pull request comment for every reason and its fix.' };
  if (decision === 'pending') return { ...result, failure: 'The access request is waiting for approval at the current head commit.' };
  return result;
}

function failure(code: 'E_CHECKOUT_MISSING_BASE', message: string): ModeResult {
  return { decision: 'failed', reasonCodes: [code], requests: [], failure: `${code}: ${message}` };
}
