import { builtin } from '../support/builtin-specs.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGithubClient } from '../../src/github/index.js';
import { githubLedgerStore } from '../../src/github/ledger-store.js';
import { commitEvents, type EventDraft } from '../../src/ledger/index.js';
import { fixedClock } from '../support/clock.js';
import { formatInstant } from '../../src/time/instant.js';
import { NOW, PEOPLE, startCheckFixture, TOKEN, type CheckFixture } from '../support/check/fixture.js';
import { requestYaml } from '../support/check/requests.js';

/**
 * At review time the check tells reviewers that part of a request is already
 * held (E_GRANT_ALREADY_HELD, a note, never a refusal), when its own token
 * can see it and no live Grantbook grant gave it. What it cannot see, it
 * does not mention.
 */
let fx: CheckFixture;
beforeAll(async () => {
  fx = await startCheckFixture();
  fx.gh.addTeam('payments-oncall');
  await fx.gh.addRepo('payments-service');
});
afterAll(async () => fx.stop());

const ONCALL = {
  requester: 'bob',
  profile: 'payments-oncall',
  duration: '1d',
  ticket: 'ONCALL-48',
  reason: 'Primary on-call for payments, week 48',
  grants: [
    '  - target: github-acme',
    '    team: payments-oncall',
    '    role: member',
    '  - target: github-acme',
    '    repo: payments-service',
    '    permission: triage',
  ].join('\n'),
};

let ids = 0;
async function judged(prepare: () => Promise<void> | void = () => undefined) {
  const path = `access-requests/bob-oncall-${++ids}.yaml`;
  const pr = await fx.openPull({ [path]: requestYaml(ONCALL) }, { author: 'bob' });
  await fx.gh.review(pr.number, { user: 'dave', state: 'APPROVED' });
  await prepare();
  const { outcome, log } = await fx.check(pr.number);
  const comment = fx.checkComments(pr.number)[0]?.body ?? '';
  // Markdown escapes are taken out so the assertions read as the comment renders.
  return {
    outcome,
    log,
    comment,
    notes: comment
      .split('\n')
      .filter((l) => l.includes('E_GRANT_ALREADY_HELD'))
      .map((l) => l.replace(/\\/g, '')),
  };
}

describe('check: parts already held', () => {
  it('notes the membership and the permission the token sees, and still approves', async () => {
    fx.gh.setTeamMember('payments-oncall', 'bob', { role: 'maintainer' });
    fx.gh.setCollaborator('bob', 'push', 'payments-service');
    try {
      const { outcome, notes } = await judged();
      expect(outcome.decision).toBe('approved');
      expect(outcome.reasonCodes).not.toContain('E_GRANT_ALREADY_HELD');
      expect(notes).toHaveLength(2);
      expect(notes[0]).toContain('github-acme: bob member of acme/payments-oncall');
      expect(notes[1]).toContain('github-acme: bob triage on acme/payments-service');
      expect(notes.every((n) => n.includes('revocation leaves it in place'))).toBe(true);
    } finally {
      fx.gh.removeTeamMember('payments-oncall', 'bob');
      fx.gh.setCollaborator('bob', undefined, 'payments-service');
    }
  });

  it('says nothing of a lower permission (apply refuses that change instead)', async () => {
    fx.gh.setCollaborator('bob', 'pull', 'payments-service');
    try {
      expect((await judged()).notes).toEqual([]);
    } finally {
      fx.gh.setCollaborator('bob', undefined, 'payments-service');
    }
  });

  it('says nothing when its token may not read the membership or the permission (403, 404)', async () => {
    fx.gh.setTeamMember('payments-oncall', 'bob');
    fx.gh.setCollaborator('bob', 'triage', 'payments-service');
    try {
      const { outcome, notes } = await judged(() => {
        // The approver's membership is read first (it decides); the held read after it is refused.
        fx.gh.inject({
          route: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
          method: 'GET',
          after: 1,
          times: 1,
          effect: { kind: 'status', status: 403 },
        });
        fx.gh.inject({ route: '/repos/{owner}/{repo}/collaborators/{username}/permission', method: 'GET', times: 1, effect: { kind: 'status', status: 404 } });
      });
      expect(outcome.decision).toBe('approved');
      expect(notes).toEqual([]);
      expect(fx.gh.requests.log.filter((r) => r.fault === 'status').map((r) => r.status)).toEqual([403, 404]);
    } finally {
      fx.gh.faults.clear();
      fx.gh.removeTeamMember('payments-oncall', 'bob');
      fx.gh.setCollaborator('bob', undefined, 'payments-service');
    }
  });

  it('a read that fails for any other reason (5xx after retries, rate limit) costs only its own note, never the check', async () => {
    fx.gh.setTeamMember('payments-oncall', 'bob');
    fx.gh.setCollaborator('bob', 'triage', 'payments-service');
    try {
      for (const effect of [
        { kind: 'status', status: 502 },
        { kind: 'primary-rate-limit', resetInSeconds: 3600 },
      ] as const) {
        const { outcome, notes, log } = await judged(() => {
          fx.gh.faults.clear();
          // The approver's membership is read first (it decides); every held read of a membership after it fails.
          fx.gh.inject({ route: '/orgs/{org}/teams/{team_slug}/memberships/{username}', method: 'GET', after: 1, times: 50, effect });
        });
        expect(outcome.decision).toBe('approved');
        // The permission was read: its note stays.
        expect(notes).toHaveLength(1);
        expect(notes[0]).toContain('github-acme: bob triage on acme/payments-service');
        expect(log.some((l) => l.startsWith('warning: ') && l.includes('no already-held note depends on it'))).toBe(true);
      }
    } finally {
      fx.gh.faults.clear();
      fx.gh.removeTeamMember('payments-oncall', 'bob');
      fx.gh.setCollaborator('bob', undefined, 'payments-service');
    }
  });

  it('says nothing of a membership a live Grantbook grant gave (the ledger at the base commit)', async () => {
    const SHA = 'a'.repeat(40);
    const earlier: EventDraft = {
      type: 'granted',
      request: 'bob-oncall-earlier',
      actor: { run_id: '1', workflow: 'acme/access/.github/workflows/access-apply.yml@refs/heads/main', sha: SHA },
      pr: { number: 1, head_sha: SHA, merge_sha: SHA },
      requester: { login: 'bob', id: PEOPLE.bob },
      grantees: [{ login: 'bob', id: PEOPLE.bob }],
      approvers: [{ login: 'dave', id: PEOPLE.dave, review_id: 1, commit_id: SHA }],
      profile: 'payments-oncall',
      request_blob: SHA,
      grants: [
        { target: 'github-acme', provider: 'github', principal: 'bob', spec: builtin({ kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' }) },
      ],
      expires_at: formatInstant(NOW + 3_600_000),
      duration: '2h',
      granted_at: formatInstant(NOW - 3_600_000),
    };
    const client = createGithubClient({ token: TOKEN, baseUrl: fx.gh.url, waitScale: 0.005, spaceWrites: false });
    const store = githubLedgerStore(client, { owner: fx.gh.owner, repo: fx.gh.repo });
    await commitEvents(
      { store, clock: fixedClock(NOW - 3_600_000), sleep: async () => undefined, random: () => 0 },
      { branch: 'main', changes: { drafts: [earlier] }, message: 'grantbook: Grant bob-oncall-earlier' },
    );
    fx.gh.setTeamMember('payments-oncall', 'bob');
    fx.gh.setCollaborator('bob', 'triage', 'payments-service');
    try {
      const { notes } = await judged();
      // The membership is the earlier grant's (this request extends its time); the permission is bob's own.
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain('github-acme: bob triage on acme/payments-service');
    } finally {
      fx.gh.removeTeamMember('payments-oncall', 'bob');
      fx.gh.setCollaborator('bob', undefined, 'payments-service');
    }
  });
});
