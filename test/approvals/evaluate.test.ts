import { describe, expect, it } from 'vitest';
import { evaluateApprovals } from '../../src/approvals/evaluate.js';
import type { ApprovalDecision, ApprovalInput, MembershipState, Review, ReviewState } from '../../src/approvals/types.js';
import type { Owner } from '../../src/policy/codeowners.js';

const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);

const PEOPLE = {
  alice: { login: 'alice', id: 1 }, //  author and requester; also listed as an owner
  bob: { login: 'bob', id: 2 }, //      owner (user)
  carol: { login: 'carol', id: 3 }, //  owner through acme/security; active in payments-leads
  dave: { login: 'dave', id: 4 }, //    invited to acme/security, not yet accepted
  erin: { login: 'erin', id: 5 }, //    can write to the repo, owns nothing
  frank: { login: 'frank', id: 6 }, //  owner, and pushed a commit to the PR
  greta: { login: 'greta', id: 7 }, //  owner, and receives a grant
  henry: { login: 'henry', id: 8 }, //  owner (user), active in payments-leads
} as const;
type Name = keyof typeof PEOPLE;

const OWNERS: Owner[] = [
  { kind: 'user', login: 'alice' },
  { kind: 'user', login: 'Bob' },
  { kind: 'user', login: 'frank' },
  { kind: 'user', login: 'greta' },
  { kind: 'user', login: 'henry' },
  { kind: 'team', org: 'acme', slug: 'security' },
];

const TEAMS: Record<string, Record<string, MembershipState>> = {
  'acme/security': { carol: 'active', dave: 'pending' },
  'acme/payments-leads': { carol: 'active', henry: 'active', dave: 'pending' },
};

let nextId = 100;
function review(name: Name, state: ReviewState, commitId: string | null = HEAD): Review {
  const p = PEOPLE[name];
  return { id: nextId++, user: { ...p, type: 'User' }, state, commitId, submittedAt: state === 'PENDING' ? null : '2025-01-01T00:00:00Z' };
}

function input(reviews: Review[], overrides: Partial<ApprovalInput> = {}): ApprovalInput {
  return {
    pr: {
      number: 7,
      author: PEOPLE.alice,
      headSha: HEAD,
      committers: [{ login: 'alice', id: 1 }, { login: 'FRANK' }],
    },
    reviews,
    grantees: [PEOPLE.alice, PEOPLE.greta],
    owners: OWNERS,
    membership: (org, slug, login) => TEAMS[`${org}/${slug}`]?.[login] ?? 'none',
    rule: { min: 1, groups: [] },
    org: 'acme',
    ...overrides,
  };
}

/** Every review is either counted or explained, exactly once. */
function accountedFor(reviews: readonly Review[], d: ApprovalDecision): void {
  const seen = [...d.approvedBy.map((a) => a.reviewId), ...d.ignored.map((i) => i.reviewId)].sort((a, b) => a - b);
  expect(seen).toEqual(reviews.map((r) => r.id).sort((a, b) => a - b));
}

interface Case {
  name: string;
  reviews: () => Review[];
  overrides?: Partial<ApprovalInput>;
  satisfied: boolean;
  approvedBy: Name[];
  /** Code of each ignored review, in review order. */
  ignored: string[];
  missing?: string[];
  blockers?: Name[];
}

const CASES: Case[] = [
  { name: 'an owner approving at the head', reviews: () => [review('bob', 'APPROVED')], satisfied: true, approvedBy: ['bob'], ignored: [] },
  {
    name: 'self-approval by the author (who is also an owner)',
    reviews: () => [review('alice', 'APPROVED')],
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_SELF'],
    missing: ['E_APPROVAL_MORE_OWNERS_NEEDED'],
  },
  { name: 'a grantee approving', reviews: () => [review('greta', 'APPROVED')], satisfied: false, approvedBy: [], ignored: ['E_APPROVAL_GRANTEE'] },
  {
    name: 'a co-committer approving (matched by login, any case, when the commit has no id)',
    reviews: () => [review('frank', 'APPROVED')],
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_COMMITTER'],
  },
  {
    name: 'a co-committer approving (matched by id)',
    reviews: () => [review('bob', 'APPROVED')],
    overrides: { pr: { number: 7, author: PEOPLE.alice, headSha: HEAD, committers: [{ id: 2, login: 'bob-old-login' }] } },
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_COMMITTER'],
  },
  {
    name: 'an approval gone stale after a push',
    reviews: () => [review('bob', 'APPROVED', OLD)],
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_STALE'],
  },
  { name: 'an approval with no commit id', reviews: () => [review('bob', 'APPROVED', null)], satisfied: false, approvedBy: [], ignored: ['E_APPROVAL_STALE'] },
  {
    name: 'approved, then changes requested',
    reviews: () => [review('bob', 'APPROVED'), review('bob', 'CHANGES_REQUESTED')],
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_SUPERSEDED', 'E_APPROVAL_CHANGES_REQUESTED'],
    blockers: ['bob'],
  },
  {
    name: 'changes requested, then approved',
    reviews: () => [review('bob', 'CHANGES_REQUESTED', OLD), review('bob', 'APPROVED')],
    satisfied: true,
    approvedBy: ['bob'],
    ignored: ['E_APPROVAL_CHANGES_REQUESTED'],
  },
  {
    name: 'approved, then commented: still approved',
    reviews: () => [review('bob', 'APPROVED'), review('bob', 'COMMENTED')],
    satisfied: true,
    approvedBy: ['bob'],
    ignored: ['E_APPROVAL_COMMENT_ONLY'],
  },
  {
    name: 'an approval that was dismissed',
    reviews: () => [review('bob', 'DISMISSED')],
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_DISMISSED'],
  },
  {
    name: 'approved, then a later change request that was dismissed: the dismissal clears the standing',
    reviews: () => [review('bob', 'APPROVED'), review('bob', 'DISMISSED')],
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_SUPERSEDED', 'E_APPROVAL_DISMISSED'],
    blockers: [],
  },
  {
    name: 'a change request at an older commit still blocks',
    reviews: () => [review('carol', 'CHANGES_REQUESTED', OLD), review('bob', 'APPROVED')],
    satisfied: false,
    approvedBy: ['bob'],
    ignored: ['E_APPROVAL_CHANGES_REQUESTED'],
    missing: [],
    blockers: ['carol'],
  },
  {
    name: 'a change request from someone who owns nothing does not block',
    reviews: () => [review('erin', 'CHANGES_REQUESTED'), review('bob', 'APPROVED')],
    satisfied: true,
    approvedBy: ['bob'],
    ignored: ['E_APPROVAL_CHANGES_REQUESTED'],
    blockers: [],
  },
  {
    name: '35 reviews with the decisive approval at the end',
    reviews: () => [...Array.from({ length: 34 }, (_, i) => review(i % 2 === 0 ? 'erin' : 'bob', 'COMMENTED')), review('bob', 'APPROVED')],
    satisfied: true,
    approvedBy: ['bob'],
    ignored: Array<string>(34).fill('E_APPROVAL_COMMENT_ONLY'),
  },
  {
    name: '35 reviews with an early approval and a change request at the end',
    reviews: () => [review('bob', 'APPROVED'), ...Array.from({ length: 33 }, () => review('erin', 'COMMENTED')), review('bob', 'CHANGES_REQUESTED')],
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_SUPERSEDED', ...Array<string>(33).fill('E_APPROVAL_COMMENT_ONLY'), 'E_APPROVAL_CHANGES_REQUESTED'],
    blockers: ['bob'],
  },
  {
    name: 'one person approving twice counts once',
    reviews: () => [review('bob', 'APPROVED'), review('bob', 'APPROVED')],
    overrides: { rule: { min: 2, groups: [] } },
    satisfied: false,
    approvedBy: ['bob'],
    ignored: ['E_APPROVAL_SUPERSEDED'],
    missing: ['E_APPROVAL_MORE_OWNERS_NEEDED'],
  },
  { name: 'a writer who is not an owner', reviews: () => [review('erin', 'APPROVED')], satisfied: false, approvedBy: [], ignored: ['E_APPROVAL_NOT_OWNER'] },
  {
    name: 'bot and deleted-user reviews',
    reviews: () => [
      { id: nextId++, user: { login: 'dependabot[bot]', id: 49699333, type: 'Bot' }, state: 'APPROVED', commitId: HEAD, submittedAt: null },
      { id: nextId++, user: null, state: 'APPROVED', commitId: HEAD, submittedAt: null },
    ],
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_NOT_HUMAN', 'E_APPROVAL_NO_USER'],
  },
  { name: 'a pending review', reviews: () => [review('bob', 'PENDING', null)], satisfied: false, approvedBy: [], ignored: ['E_APPROVAL_PENDING_REVIEW'] },
  {
    name: 'an owner team member whose membership is pending',
    reviews: () => [review('dave', 'APPROVED')],
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_OWNER_MEMBERSHIP_PENDING'],
  },
  { name: 'an active member of an owner team', reviews: () => [review('carol', 'APPROVED')], satisfied: true, approvedBy: ['carol'], ignored: [] },
  {
    name: 'two required groups, only one satisfied',
    reviews: () => [review('bob', 'APPROVED')],
    overrides: {
      rule: {
        min: 1,
        groups: [
          { team: 'payments-leads', users: [], min: 1 },
          { users: ['BOB'], min: 1 },
        ],
      },
    },
    satisfied: false,
    approvedBy: ['bob'],
    ignored: [],
    missing: ['E_APPROVAL_GROUP_NEEDED'],
  },
  {
    name: 'two required groups, both satisfied',
    reviews: () => [review('bob', 'APPROVED'), review('henry', 'APPROVED')],
    overrides: {
      rule: {
        min: 2,
        groups: [
          { team: 'payments-leads', users: [], min: 1 },
          { users: ['bob'], min: 1 },
        ],
      },
    },
    satisfied: true,
    approvedBy: ['bob', 'henry'],
    ignored: [],
  },
  {
    name: 'a group member who is not a code owner counts for nothing',
    reviews: () => [review('erin', 'APPROVED')],
    overrides: { rule: { min: 1, groups: [{ users: ['erin'], min: 1 }] } },
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_NOT_OWNER'],
    missing: ['E_APPROVAL_MORE_OWNERS_NEEDED', 'E_APPROVAL_GROUP_NEEDED'],
  },
  {
    name: 'min 2 with one approver',
    reviews: () => [review('bob', 'APPROVED')],
    overrides: { rule: { min: 2, groups: [] } },
    satisfied: false,
    approvedBy: ['bob'],
    ignored: [],
    missing: ['E_APPROVAL_MORE_OWNERS_NEEDED'],
  },
  {
    name: 'a path without owners cannot be approved',
    reviews: () => [review('bob', 'APPROVED')],
    overrides: { owners: [] },
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_NOT_OWNER'],
    missing: ['E_APPROVAL_NO_OWNERS', 'E_APPROVAL_MORE_OWNERS_NEEDED'],
  },
  {
    name: 'email owners are not matched to reviewers',
    reviews: () => [review('bob', 'APPROVED')],
    overrides: { owners: [{ kind: 'email', email: 'bob@example.com' }] },
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_NOT_OWNER'],
    missing: ['E_APPROVAL_NO_OWNERS', 'E_APPROVAL_MORE_OWNERS_NEEDED'],
  },
  {
    name: 'a grantee is recognised by id after a rename',
    reviews: () => [review('bob', 'APPROVED')],
    overrides: { grantees: [PEOPLE.alice, { login: 'robert', id: 2 }] },
    satisfied: false,
    approvedBy: [],
    ignored: ['E_APPROVAL_GRANTEE'],
  },
];

describe('evaluateApprovals', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const reviews = c.reviews();
      const d = evaluateApprovals(input(reviews, c.overrides));
      expect(d.satisfied).toBe(c.satisfied);
      expect(d.approvedBy.map((a) => a.login)).toEqual(c.approvedBy);
      expect(d.ignored.map((i) => i.code)).toEqual(c.ignored);
      if (c.missing !== undefined) expect(d.missing.map((m) => m.code)).toEqual(c.missing);
      if (c.blockers !== undefined) expect(d.blockers.map((b) => b.login)).toEqual(c.blockers);
      if (c.satisfied) expect(d.missing).toEqual([]);
      accountedFor(reviews, d);
    });
  }

  it('names what is still missing', () => {
    const d = evaluateApprovals(
      input([review('bob', 'APPROVED')], {
        rule: {
          min: 3,
          groups: [
            { team: 'payments-leads', users: [], min: 1 },
            { users: ['carol', 'dave'], min: 2 },
          ],
        },
      }),
    );
    expect(d.missing.map((m) => [m.needed, m.group, m.message])).toEqual([
      [2, undefined, '2 more approvals from a code owner.'],
      [1, 0, '1 more from team payments-leads.'],
      [2, 1, '2 more from one of @carol, @dave.'],
    ]);
  });

  it('reports the counted approval in full, with the groups it satisfies', () => {
    const r = review('carol', 'APPROVED');
    const d = evaluateApprovals(
      input([r], {
        rule: {
          min: 1,
          groups: [
            { users: ['bob'], min: 1 },
            { team: 'payments-leads', users: [], min: 1 },
          ],
        },
      }),
    );
    expect(d.approvedBy).toEqual([{ login: 'carol', id: 3, reviewId: r.id, commitId: HEAD, groups: [1] }]);
  });

  it('does not count a team membership that is only pending towards a group', () => {
    const d = evaluateApprovals(
      input([review('bob', 'APPROVED')], {
        membership: (org, slug, login) => (slug === 'payments-leads' && login === 'bob' ? 'pending' : (TEAMS[`${org}/${slug}`]?.[login] ?? 'none')),
        rule: { min: 1, groups: [{ team: 'payments-leads', users: [], min: 1 }] },
      }),
    );
    expect(d.satisfied).toBe(false);
    expect(d.approvedBy[0]?.groups).toEqual([]);
  });

  it('describes blockers and reasons without echoing logins that fail the login pattern', () => {
    const bot = { id: 1, user: { login: 'evil::error::[bot]', id: 99, type: 'Bot' }, state: 'APPROVED', commitId: HEAD, submittedAt: null } as const;
    const d = evaluateApprovals(input([bot, review('bob', 'CHANGES_REQUESTED', OLD)]));
    expect(d.ignored[0]).toMatchObject({ login: 'evil::error::[bot]', code: 'E_APPROVAL_NOT_HUMAN' });
    expect(d.ignored[0]?.message).not.toContain('evil');
    expect(d.blockers).toEqual([{ reviewId: expect.any(Number), login: 'bob', id: 2, commitId: OLD, message: '@bob requested changes.' }]);
  });

  it('counts commits it cannot attribute', () => {
    const d = evaluateApprovals(
      input([review('bob', 'APPROVED')], { pr: { number: 7, author: PEOPLE.alice, headSha: HEAD, committers: [{}, { login: 'alice' }, {}] } }),
    );
    expect(d.unattributedCommits).toBe(2);
    expect(d.satisfied).toBe(true);
  });

  it('never reads a review state it does not know as an approval', () => {
    const odd = { ...review('bob', 'APPROVED'), state: 'APPROVED_BY_ADMIN' as ReviewState };
    const d = evaluateApprovals(input([odd]));
    expect(d.satisfied).toBe(false);
    expect(d.ignored.map((i) => i.code)).toEqual(['E_APPROVAL_UNKNOWN_STATE']);
  });

  it('refuses a rule the profile schema would not allow', () => {
    expect(() => evaluateApprovals(input([], { rule: { min: 0, groups: [] } }))).toThrow(RangeError);
    expect(() => evaluateApprovals(input([], { rule: { min: 1, groups: [{ users: ['bob'], min: 1.5 }] } }))).toThrow(RangeError);
  });
});
