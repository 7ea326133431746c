import { evaluateApprovals } from '../../approvals/evaluate.js';
import type { ApprovalDecision, MembershipState, Person, PullRequestFacts, Review } from '../../approvals/types.js';
import { hasErrors } from '../../diagnostics.js';
import type { PullCommit, Review as GithubReview } from '../../github/index.js';
import { planRequest } from '../../plan/request-plan.js';
import { ownersOf, type CodeownersRule, type Owner } from '../../policy/codeowners.js';
import type { Decision } from '../../policy/decision.js';
import { evaluate } from '../../policy/evaluate.js';
import type { PolicySet } from '../../policy/types.js';
import { planFor } from '../../providers/planners.js';
import type { AccessRequest } from '../../request/types.js';
import type { RequestReport } from '../../report/pr-comment.js';
import type { PullRequestEvent } from '../event.js';

/** Team membership answers gathered so far, keyed `org/slug/login` (lowercase). */
export type MembershipTable = ReadonlyMap<string, MembershipState>;
export const membershipKey = (org: string, slug: string, login: string) => `${org}/${slug}/${login}`.toLowerCase();

/** Everything the pure judgement of one request needs. */
export interface JudgeInput {
  readonly request: AccessRequest;
  readonly policy: PolicySet;
  readonly rules: readonly CodeownersRule[];
  readonly pull: PullRequestEvent;
  readonly commits: readonly PullCommit[];
  readonly reviews: readonly GithubReview[];
  readonly memberships: MembershipTable;
  readonly now: number;
}

export interface Judgement {
  readonly report: RequestReport;
  readonly decision: Decision;
  readonly approvals: ApprovalDecision;
  /** Membership look-ups the judgement asked for that are not in the table yet. */
  readonly missingMemberships: readonly { org: string; slug: string; login: string }[];
}

/**
 * Policy and approvals for one request, pure. Membership questions it could
 * not answer from the table are returned, so the caller can fetch exactly
 * those and judge again: a fixed point, reached when a judgement asked
 * nothing new, and then every answer it used was a real one.
 *
 * While a question is open it is answered `active`, the answer that ends a
 * search soonest: a reviewer is an owner through the first owning team, so
 * only that team is asked; only if the real answer is no does the next round
 * ask the next team. Assuming `none` instead would ask every team of every
 * reviewer at once. Either way the final judgement never rests on a guess.
 */
export function judgeRequest(input: JudgeInput): Judgement {
  const { request, policy, pull } = input;
  const org = pull.owner.toLowerCase();
  const missing = new Map<string, { org: string; slug: string; login: string }>();
  const lookup = (o: string, slug: string, login: string): MembershipState => {
    const key = membershipKey(o, slug, login);
    const known = input.memberships.get(key);
    if (known !== undefined) return known;
    missing.set(key, { org: o.toLowerCase(), slug: slug.toLowerCase(), login: login.toLowerCase() });
    return 'active';
  };

  const profile = policy.profiles.get(request.profile);
  const identity = policy.identities.find((i) => sameLogin(i.login, request.requester));
  const requester = identity?.login ?? request.requester;
  // Teams matter only when the profile does not name the requester directly.
  const requesterTeams = new Set<string>();
  if (profile !== undefined && !profile.requesters.users.some((u) => sameLogin(u, requester))) {
    for (const team of profile.requesters.teams) {
      if (lookup(org, team, requester) === 'active') requesterTeams.add(team);
    }
  }
  const decision = evaluate(request, policy, {
    now: input.now,
    author: pull.author,
    requesterTeams,
    controlRepo: `${pull.owner}/${pull.repo}`,
  });

  const grantees: Person[] = [identity !== undefined ? { login: identity.login, id: identity.id } : { login: request.requester, id: -1 }];
  const owners = ownersOf(input.rules, request.path).owners;
  const approvals = evaluateApprovals({
    pr: pullFacts(pull, input.commits),
    reviews: input.reviews.map(toReview),
    grantees,
    owners,
    membership: lookup,
    rule: decision.approvals,
    org,
  });

  const plans = planRequest(decision, policy, planFor);
  const verdict = decision.outcome !== 'allowed' || hasErrors(decision.reasons) ? 'refused' : approvals.satisfied ? 'approved' : 'pending';
  const report: RequestReport = {
    path: request.path,
    id: request.id,
    verdict,
    loadProblems: [],
    decision,
    approvals,
    owners: owners.map(ownerName),
    plans,
    requester: request.requester,
    ...(request.reason !== undefined ? { reason: request.reason } : {}),
    ...(request.ticket !== undefined ? { ticket: request.ticket } : {}),
  };
  return { report, decision, approvals, missingMemberships: [...missing.values()] };
}

const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** How an owner is shown: without `@`, so the comment never mentions (notifies) anyone. */
function ownerName(owner: Owner): string {
  if (owner.kind === 'user') return owner.login;
  if (owner.kind === 'team') return `${owner.org}/${owner.slug}`;
  return 'an e-mail address (not matched to an account)';
}

function pullFacts(pull: PullRequestEvent, commits: readonly PullCommit[]): PullRequestFacts {
  const committers: { login?: string; id?: number }[] = [];
  for (const c of commits) {
    for (const a of [c.author, c.committer]) {
      // GitHub's own web-flow committer signs merges made in the UI; it is not a person.
      if (a === null) committers.push({});
      else if (a.type !== 'Bot' && a.login !== 'web-flow') committers.push({ login: a.login, id: a.id });
    }
  }
  return { number: pull.number, author: pull.author, headSha: pull.headSha, committers };
}

function toReview(r: GithubReview): Review {
  return {
    id: r.id,
    user: r.user === null ? null : { login: r.user.login, id: r.user.id, type: r.user.type },
    state: r.state,
    commitId: r.commitId,
    submittedAt: r.submittedAt,
  };
}
