import { describe, expect, it } from 'vitest';
import { crossCheckLedger } from '../../src/audit/against-github.js';
import { crossCheckGranted, type PullFacts } from '../../src/audit/cross-check.js';
import { GithubError, type Review } from '../../src/github/index.js';
import type { GrantedEvent } from '../../src/ledger/index.js';

const HEAD = 'a'.repeat(40);
const MERGE = 'b'.repeat(40);
const BLOB = 'c'.repeat(40);

const event = {
  v: 1,
  seq: 7,
  type: 'granted',
  at: '2026-11-28T09:00:00Z',
  request: 'alice-inc-4211',
  actor: { run_id: '1', workflow: 'acme/access/.github/workflows/access-apply.yml@refs/heads/main', sha: MERGE },
  prev: '0'.repeat(64),
  hash: '1'.repeat(64),
  pr: { number: 12, head_sha: HEAD, merge_sha: MERGE },
  requester: { login: 'alice', id: 583231 },
  grantees: [{ login: 'alice', id: 583231 }],
  approvers: [{ login: 'bob', id: 1024025, review_id: 900, commit_id: HEAD }],
  profile: 'orders-readonly',
  request_blob: BLOB,
  grants: [],
  expires_at: '2026-11-28T11:00:00Z',
  duration: '2h',
  granted_at: '2026-11-28T09:00:00Z',
} as const satisfies GrantedEvent;

const review = (over: Partial<Review> = {}): Review => ({
  id: 900,
  user: { login: 'bob', id: 1024025, type: 'User' },
  state: 'APPROVED',
  commitId: HEAD,
  submittedAt: '2026-11-28T08:00:00Z',
  ...over,
});

const facts = (over: Partial<PullFacts> = {}): PullFacts => ({
  pull: { number: 12, merged: true, headSha: HEAD, mergeCommitSha: MERGE },
  reviews: [review()],
  blobAtHead: BLOB,
  ...over,
});

const codes = (f: PullFacts) => crossCheckGranted(event, f).map((p) => p.code);

describe('crossCheckGranted', () => {
  it('accepts an event GitHub agrees with, including a review dismissed after the merge', () => {
    expect(codes(facts())).toEqual([]);
    expect(codes(facts({ reviews: [review({ state: 'DISMISSED' })] }))).toEqual([]);
  });

  it('names a pull request that is missing, unmerged, or has other head or merge commits', () => {
    expect(codes(facts({ pull: undefined }))).toEqual(['E_AUDIT_PULL_MISMATCH']);
    expect(codes(facts({ pull: { number: 12, merged: false, headSha: HEAD, mergeCommitSha: MERGE } }))).toEqual(['E_AUDIT_PULL_MISMATCH']);
    expect(codes(facts({ pull: { number: 12, merged: true, headSha: 'd'.repeat(40), mergeCommitSha: MERGE } }))).toEqual(['E_AUDIT_PULL_MISMATCH']);
    expect(codes(facts({ pull: { number: 12, merged: true, headSha: HEAD, mergeCommitSha: 'e'.repeat(40) } }))).toEqual(['E_AUDIT_PULL_MISMATCH']);
  });

  it('names an approval GitHub does not hold as recorded', () => {
    expect(codes(facts({ reviews: [] }))).toEqual(['E_AUDIT_REVIEW_MISMATCH']);
    expect(codes(facts({ reviews: [review({ user: { login: 'mallory', id: 666, type: 'User' } })] }))).toEqual(['E_AUDIT_REVIEW_MISMATCH']);
    expect(codes(facts({ reviews: [review({ state: 'COMMENTED' })] }))).toEqual(['E_AUDIT_REVIEW_MISMATCH']);
    expect(codes(facts({ reviews: [review({ commitId: 'f'.repeat(40) })] }))).toEqual(['E_AUDIT_REVIEW_MISMATCH']);
  });

  it('names an approval recorded for a commit other than the head', () => {
    const off = { ...event, approvers: [{ ...event.approvers[0], commit_id: 'f'.repeat(40) }] };
    expect(crossCheckGranted(off, facts({ reviews: [review({ commitId: 'f'.repeat(40) })] })).map((p) => p.code)).toEqual(['E_AUDIT_REVIEW_MISMATCH']);
  });

  it('names a request file at the head that is not the approved blob', () => {
    expect(codes(facts({ blobAtHead: undefined }))).toEqual(['E_AUDIT_BLOB_MISMATCH']);
    expect(codes(facts({ blobAtHead: '9'.repeat(40) }))).toEqual(['E_AUDIT_BLOB_MISMATCH']);
  });
});

describe('crossCheckLedger', () => {
  it('reports an unreadable event and goes on with the rest', async () => {
    const second = { ...event, seq: 9, request: 'alice-inc-4212' } as const;
    let calls = 0;
    const report = await crossCheckLedger([event, { ...event, type: 'intent' } as never, second], {
      reachable: async () => undefined,
      facts: async (e) => {
        calls += 1;
        if (e.seq === 7) throw new GithubError('E_GITHUB_FORBIDDEN', 'no access');
        return facts({ reviews: [] });
      },
    });
    expect(calls).toBe(2);
    expect(report.checked).toBe(2);
    expect(report.problems.map((p) => [p.seq, p.code])).toEqual([
      [7, 'E_AUDIT_GITHUB_UNREADABLE'],
      [9, 'E_AUDIT_REVIEW_MISMATCH'],
    ]);
    expect(report.problems[0]?.message).toContain('E_GITHUB_FORBIDDEN');
  });

  it('does not read a repository it cannot see as a forged ledger', async () => {
    let asked = 0;
    const report = await crossCheckLedger([event], {
      reachable: async () => {
        throw new GithubError('E_GITHUB_NOT_FOUND', 'no such repository');
      },
      facts: async () => {
        asked += 1;
        return facts({ pull: undefined });
      },
    });
    expect(asked).toBe(0);
    expect(report.problems.map((p) => p.code)).toEqual(['E_AUDIT_GITHUB_UNREADABLE']);
  });
});
