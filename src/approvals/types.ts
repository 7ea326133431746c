import type { ErrorCode } from '../shared/codes/index.js';
import type { ApproverGroup } from '../policy/types.js';
import type { Owner } from '../policy/codeowners.js';

export const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface Person {
  readonly login: string;
  readonly id: number;
}

export interface PullRequestFacts {
  readonly number: number;
  readonly author: Person;
  /** The PR's head commit as of this evaluation (after the last push). */
  readonly headSha: string;
  /**
   * Authors and committers of every commit of the PR. A commit whose email is
   * not linked to an account has neither login nor id.
   */
  readonly committers: readonly { readonly login?: string; readonly id?: number }[];
}

export interface Review {
  readonly id: number;
  /** Null when the account was deleted. */
  readonly user: { readonly login: string; readonly id: number; readonly type: string } | null;
  readonly state: ReviewState;
  /** The head commit when the review was submitted. */
  readonly commitId: string | null;
  readonly submittedAt: string | null;
}

export type MembershipState = 'active' | 'pending' | 'none';

/** Team membership as of now, looked up by the caller (org and slug lowercase). */
export type MembershipLookup = (org: string, slug: string, login: string) => MembershipState;

export interface ApprovalInput {
  readonly pr: PullRequestFacts;
  /** Every review of the PR, all pages, in the order GitHub lists them (oldest first). */
  readonly reviews: readonly Review[];
  /** The requester and everyone who receives a grant through the request. */
  readonly grantees: readonly Person[];
  /** Code owners of the request path under the trusted CODEOWNERS (`ownersOf`). */
  readonly owners: readonly Owner[];
  readonly membership: MembershipLookup;
  /** The profile's rule (`Profile.approvals`). */
  readonly rule: { readonly min: number; readonly groups: readonly ApproverGroup[] };
  /** The organisation that holds the profile's approver teams (the repository owner). */
  readonly org: string;
}

export interface CountedApproval {
  readonly login: string;
  readonly id: number;
  readonly reviewId: number;
  readonly commitId: string;
  /** Indexes into `rule.groups` this approver counts towards. */
  readonly groups: readonly number[];
}

export interface IgnoredReview {
  readonly reviewId: number;
  readonly login: string | null;
  readonly code: ErrorCode;
  readonly message: string;
}

export interface MissingApproval {
  readonly code: ErrorCode;
  /** How many more distinct approvers are needed (0 when none can help, e.g. no owners). */
  readonly needed: number;
  /** Set for a profile approver group. */
  readonly group?: number;
  readonly message: string;
}

export interface Blocker {
  readonly reviewId: number;
  readonly login: string;
  readonly id: number;
  readonly commitId: string | null;
  readonly message: string;
}

export interface ApprovalDecision {
  readonly satisfied: boolean;
  readonly approvedBy: readonly CountedApproval[];
  /** Every review that did not count, with the reason. */
  readonly ignored: readonly IgnoredReview[];
  readonly missing: readonly MissingApproval[];
  /** Standing change requests from code owners or profile approvers. */
  readonly blockers: readonly Blocker[];
  /**
   * Commits whose author or committer is not linked to a GitHub account, so a
   * reviewer cannot be ruled out as their author. Reported, not blocking.
   */
  readonly unattributedCommits: number;
}
