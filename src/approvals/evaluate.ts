import { matches } from '../shared/patterns.js';
import type { ErrorCode } from '../shared/codes/index.js';
import type { ApproverGroup } from '../policy/types.js';
import type { ApprovalDecision, ApprovalInput, Blocker, CountedApproval, IgnoredReview, MissingApproval, Review, ReviewState } from './types.js';

type Reviewer = { readonly login: string; readonly id: number; readonly type: string };

const SHA = /^[0-9a-f]{7,64}$/u;

/**
 * A review that decides a reviewer's standing. COMMENTED and PENDING leave the
 * previous decision in place; a dismissal (GitHub turns the dismissed review
 * itself into DISMISSED) clears it.
 */
const DECISIVE: ReadonlySet<ReviewState> = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/** Names a reviewer in a message only when the login is well formed. */
const who = (login: string | undefined): string => (login !== undefined && matches('login', login) ? `@${login}` : 'The reviewer');
const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const plural = (n: number, word: string): string => `${n} more ${word}${n === 1 ? '' : 's'}`;

/**
 * Which reviews count towards a request (design invariant 2). Pure: every fact
 * about the world, team membership included, is in `input`.
 *
 * A standing CHANGES_REQUESTED blocks whatever commit it was given on, as on
 * GitHub, where a change request keeps blocking until it is dismissed or the
 * same reviewer approves (pushes only make approvals stale, never change
 * requests). It blocks when it comes from a code owner of the request path or a
 * member of one of the profile's approver groups; other people's change
 * requests are listed as ignored, not blocking.
 */
export function evaluateApprovals(input: ApprovalInput): ApprovalDecision {
  const { pr, reviews, grantees, owners, membership, rule } = input;
  assertCount(rule.min, 'rule.min');
  for (const g of rule.groups) assertCount(g.min, 'group.min');
  const org = input.org.toLowerCase();

  // The latest decisive review of each person, by numeric id (logins can change).
  const standing = new Map<number, Review>();
  for (const r of reviews) {
    if (r.user !== null && DECISIVE.has(r.state)) standing.set(r.user.id, r);
  }

  const ownerStatus = (u: Reviewer): 'owner' | 'pending' | 'no' => {
    let pending = false;
    for (const o of owners) {
      if (o.kind === 'user' && sameLogin(o.login, u.login)) return 'owner';
      if (o.kind === 'team') {
        const state = membership(o.org.toLowerCase(), o.slug.toLowerCase(), u.login);
        if (state === 'active') return 'owner';
        if (state === 'pending') pending = true;
      }
      // Email owners are not resolved here: the caller maps them to user owners or they never match.
    }
    return pending ? 'pending' : 'no';
  };
  const groupsOf = (u: Reviewer): number[] => rule.groups.flatMap((g, i) => (inGroup(g, u, org, membership) ? [i] : []));
  // Matching either id or login only ever excludes more people.
  const isAuthor = (u: Reviewer) => u.id === pr.author.id || sameLogin(u.login, pr.author.login);
  const isGrantee = (u: Reviewer) => grantees.some((g) => g.id === u.id || sameLogin(g.login, u.login));
  const isCommitter = (u: Reviewer) => pr.committers.some((c) => (c.id !== undefined ? c.id === u.id : c.login !== undefined && sameLogin(c.login, u.login)));

  const approvedBy: CountedApproval[] = [];
  const ignored: IgnoredReview[] = [];
  const blockers: Blocker[] = [];
  const ignore = (r: Review, code: ErrorCode, message: string) => ignored.push({ reviewId: r.id, login: r.user?.login ?? null, code, message });

  for (const r of reviews) {
    const u = r.user;
    if (u === null || !Number.isSafeInteger(u.id)) {
      ignore(r, 'E_APPROVAL_NO_USER', 'The review has no user (deleted account).');
      continue;
    }
    const name = who(u.login);
    if (u.type !== 'User') {
      ignore(r, 'E_APPROVAL_NOT_HUMAN', `${name} is not a user account (bot or app).`);
      continue;
    }
    const isStanding = standing.get(u.id) === r;
    switch (r.state) {
      case 'PENDING':
        ignore(r, 'E_APPROVAL_PENDING_REVIEW', `${name}'s review is pending, not submitted.`);
        continue;
      case 'COMMENTED':
        ignore(r, 'E_APPROVAL_COMMENT_ONLY', `${name} commented without approving.`);
        continue;
      case 'DISMISSED':
        ignore(r, 'E_APPROVAL_DISMISSED', `${name}'s review was dismissed.`);
        continue;
      case 'CHANGES_REQUESTED': {
        const blocking = isStanding && (ownerStatus(u) === 'owner' || groupsOf(u).length > 0);
        const note = !isStanding ? 'superseded by a later review' : blocking ? 'blocking' : 'not a code owner or approver; not blocking';
        ignore(r, 'E_APPROVAL_CHANGES_REQUESTED', `${name} requested changes (${note}).`);
        if (blocking) {
          blockers.push({ reviewId: r.id, login: u.login, id: u.id, commitId: r.commitId, message: `${name} requested changes.` });
        }
        continue;
      }
      case 'APPROVED':
        break;
      default:
        // A state this version does not know must never be read as an approval.
        ignore(r, 'E_APPROVAL_UNKNOWN_STATE', `${name}'s review has a state Grantbook does not recognise.`);
        continue;
    }
    if (!isStanding) {
      ignore(r, 'E_APPROVAL_SUPERSEDED', `${name} submitted a later review that replaces this approval.`);
    } else if (isAuthor(u)) {
      ignore(r, 'E_APPROVAL_SELF', `${name} is the pull request author.`);
    } else if (isGrantee(u)) {
      ignore(r, 'E_APPROVAL_GRANTEE', `${name} receives access through this request.`);
    } else if (isCommitter(u)) {
      ignore(r, 'E_APPROVAL_COMMITTER', `${name} authored or committed a commit of this pull request.`);
    } else if (ownerStatus(u) === 'pending') {
      ignore(r, 'E_APPROVAL_OWNER_MEMBERSHIP_PENDING', `${name}'s membership of an owning team is pending, not active.`);
    } else if (ownerStatus(u) === 'no') {
      ignore(r, 'E_APPROVAL_NOT_OWNER', `${name} is not a code owner of the request file.`);
    } else if (r.commitId === null || r.commitId !== pr.headSha) {
      const at = r.commitId !== null && SHA.test(r.commitId) ? ` (${r.commitId.slice(0, 7)})` : '';
      ignore(r, 'E_APPROVAL_STALE', `${name} approved an earlier commit${at}, not the current head.`);
    } else {
      approvedBy.push({ login: u.login, id: u.id, reviewId: r.id, commitId: r.commitId, groups: groupsOf(u) });
    }
  }

  const missing = missingApprovals(input, approvedBy);
  return {
    satisfied: missing.length === 0 && blockers.length === 0,
    approvedBy,
    ignored,
    missing,
    blockers,
    unattributedCommits: pr.committers.filter((c) => c.id === undefined && c.login === undefined).length,
  };
}

function missingApprovals(input: ApprovalInput, approvedBy: readonly CountedApproval[]): MissingApproval[] {
  const missing: MissingApproval[] = [];
  if (!input.owners.some((o) => o.kind !== 'email')) {
    missing.push({
      code: 'E_APPROVAL_NO_OWNERS',
      needed: 0,
      message: 'The request file has no code owner who can be matched to an account, so nobody can approve it.',
    });
  }
  const short = input.rule.min - approvedBy.length;
  if (short > 0) {
    missing.push({ code: 'E_APPROVAL_MORE_OWNERS_NEEDED', needed: short, message: `${plural(short, 'approval')} from a code owner.` });
  }
  input.rule.groups.forEach((g, index) => {
    const have = approvedBy.filter((a) => a.groups.includes(index)).length;
    const needed = g.min - have;
    if (needed > 0) {
      missing.push({ code: 'E_APPROVAL_GROUP_NEEDED', needed, group: index, message: `${needed} more from ${groupLabel(g)}.` });
    }
  });
  return missing;
}

function inGroup(g: ApproverGroup, u: Reviewer, org: string, membership: ApprovalInput['membership']): boolean {
  if (g.team !== undefined && membership(org, g.team.toLowerCase(), u.login) === 'active') return true;
  return g.users.some((login) => sameLogin(login, u.login));
}

function groupLabel(g: ApproverGroup): string {
  if (g.team !== undefined) return `team ${g.team}`;
  const names = g.users.map((u) => who(u));
  return names.length === 1 ? (names[0] ?? '') : `one of ${names.join(', ')}`;
}

function assertCount(n: number, what: string): void {
  // The profile schema guarantees this; anything else is our bug, not user input.
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a positive integer`);
}
