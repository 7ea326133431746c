import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import { REGULAR_FILE_MODES } from '../../git/local-repo.js';
import type { LocalRepo } from '../../git/local-repo.js';
import type { PullRequest } from '../../github/index.js';
import { coverageErrors } from '../../policy/codeowners-coverage.js';
import { parseRequestFile } from '../../request/parse.js';
import type { AccessRequest } from '../../request/types.js';
import type { PullRequestEvent } from '../event.js';
import { classifyChanges, safePath } from '../check/changes.js';
import { judgeRequest, membershipKey, type Judgement } from '../check/judge.js';
import { readTrustedConfig } from '../trusted-config.js';
import type { Candidate } from './discover.js';
import type { ApplyPort } from './port.js';

/** Membership look-up rounds before giving up; each round only asks what the last raised. */
const MAX_MEMBERSHIP_ROUNDS = 6;

export type Verification =
  | {
      readonly ok: true;
      readonly request: AccessRequest;
      readonly pull: PullRequest;
      readonly judgement: Judgement;
      readonly policy: Parameters<typeof judgeRequest>[0]['policy'];
    }
  | { readonly ok: false; readonly reasons: readonly Diagnostic[]; readonly pull?: PullRequest };

/**
 * Re-verifies one request from scratch (design invariant 3): the merged pull
 * request that brought it, the blob approved at that PR's final head, the
 * policy and CODEOWNERS at the first parent of the commit that landed it, and
 * the reviews and team memberships as they are now. Trusts nothing the check
 * job said. Any doubt is a refusal.
 */
export async function verifyCandidate(input: {
  readonly candidate: Candidate;
  readonly port: ApplyPort;
  readonly repo: LocalRepo;
  readonly owner: string;
  readonly name: string;
  readonly defaultBranch: string;
  readonly now: number;
}): Promise<Verification> {
  const { candidate, port } = input;
  const where = { file: safePath(candidate.path) };
  const refuse = (code: Parameters<typeof diagnostic>[0], message: string, pull?: PullRequest): Verification => ({
    ok: false,
    reasons: [diagnostic(code, message, where)],
    ...(pull !== undefined ? { pull } : {}),
  });

  if (!REGULAR_FILE_MODES.has(candidate.file.mode) || candidate.file.bytes === undefined) {
    return refuse('E_NOT_REGULAR_FILE', 'the request is not a regular file within the size limit; it is not read');
  }
  const parsed = parseRequestFile({ path: candidate.path, bytes: candidate.file.bytes });
  if (!parsed.ok) return { ok: false, reasons: parsed.diagnostics };
  const firstParent = candidate.origin.parent;
  if (firstParent === undefined) return refuse('E_APPLY_ORIGIN_UNKNOWN', 'the commit that added the request has no parent to take policy from');

  const pulls = (await port.pullsForCommit(candidate.origin.sha, true)).filter((p) => p.merged && p.baseRef === input.defaultBranch);
  if (pulls.length === 0) return refuse('E_APPLY_NO_PULL_REQUEST', 'no merged pull request into the default branch brought this request');
  if (pulls.length > 1) return refuse('E_APPLY_PULL_AMBIGUOUS', `${pulls.length} merged pull requests are associated with the commit that added it`);
  const pull = await port.getPull(pulls[0]?.number ?? 0);
  if (pull.author === null || !pull.merged) return refuse('E_APPLY_PULL_UNREADABLE', 'the pull request has no author account or is not merged', pull);

  const files = await port.listFiles(pull);
  const changes = classifyChanges(
    files.map((f) => ({ filename: f.filename, status: f.status, ...(f.previousFilename !== undefined ? { previousFilename: f.previousFilename } : {}) })),
  );
  if (!changes.added.includes(candidate.path)) return refuse('E_APPLY_NOT_IN_PULL', `pull request #${pull.number} does not add this file`, pull);
  if (changes.problems.length > 0) return { ok: false, reasons: changes.problems, pull };

  const atHead = await port.fileAtRef(pull.headSha, candidate.path);
  if (atHead === undefined || atHead.sha !== candidate.file.blobSha) {
    return refuse('E_APPLY_BLOB_MISMATCH', `the file on the default branch is not the blob at pull request #${pull.number}'s final head`, pull);
  }

  const config = await readTrustedConfig(input.repo, firstParent);
  if (!config.policy.ok) return { ok: false, reasons: config.policy.diagnostics, pull };
  const [commits, reviews, codeownersApi] = await Promise.all([port.listCommits(pull), port.listReviews(pull.number), port.codeownersErrors(firstParent)]);
  const ownersProblems = coverageErrors(config.codeowners, codeownersApi ?? []).filter((d) => d.severity === 'error');
  if (ownersProblems.length > 0) return { ok: false, reasons: ownersProblems, pull };

  const event: PullRequestEvent = {
    owner: input.owner,
    repo: input.name,
    number: pull.number,
    author: { login: pull.author.login, id: pull.author.id },
    headSha: pull.headSha,
    baseSha: firstParent,
    baseRef: pull.baseRef,
    defaultBranch: input.defaultBranch,
    commits: pull.commits,
    changedFiles: pull.changedFiles,
  };
  const memberships = new Map<string, 'active' | 'pending' | 'none'>();
  for (let round = 0; ; round++) {
    const judgement = judgeRequest({
      request: parsed.value,
      policy: config.policy.value,
      rules: config.codeowners.rules,
      pull: event,
      commits,
      reviews,
      memberships,
      now: input.now,
    });
    if (judgement.missingMemberships.length === 0) {
      if (judgement.report.verdict !== 'approved') return { ok: false, reasons: refusalReasons(judgement, where), pull };
      return { ok: true, request: parsed.value, pull, judgement, policy: config.policy.value };
    }
    if (round === MAX_MEMBERSHIP_ROUNDS) throw new Error('team membership look-ups did not settle');
    for (const m of judgement.missingMemberships) memberships.set(membershipKey(m.org, m.slug, m.login), await port.membership(m.org, m.slug, m.login));
  }
}

/** Every reason a judgement is not an approval: policy errors, missing approvals, blockers. */
function refusalReasons(j: Judgement, where: { file: string }): Diagnostic[] {
  const reasons: Diagnostic[] = j.decision.reasons.filter((r) => r.severity === 'error');
  for (const m of j.approvals.missing) reasons.push(diagnostic(m.code, m.message, where));
  for (const b of j.approvals.blockers) reasons.push(diagnostic('E_APPROVAL_BLOCKED', b.message, where));
  if (reasons.length === 0) reasons.push(diagnostic('E_APPROVAL_MORE_OWNERS_NEEDED', "the request is not approved at the pull request's final head", where));
  return reasons;
}
