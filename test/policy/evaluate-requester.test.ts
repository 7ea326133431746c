import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import type { EvaluationFacts } from '../../src/policy/decision.js';
import type { TypedProfile as Profile, TypedRequest as AccessRequest, PolicyParts } from '../support/policy-fixtures.js';
import { ALICE, errorCodes, makeIdentity, scenario, teamGrant } from '../support/policy-fixtures.js';

const BOB = { login: 'bob', id: 2 };

function decide(parts: { request?: Partial<AccessRequest>; profile?: Partial<Profile>; policy?: PolicyParts; facts?: Partial<EvaluationFacts> }) {
  const s = scenario(parts);
  return evaluate(s.request, s.policy, s.facts);
}

describe('evaluate: requester identity and authorship', () => {
  it('matches the requester case-insensitively and uses the canonical login', () => {
    const decision = decide({
      request: { requester: 'ALICE', grants: [teamGrant('payments-oncall')] },
      facts: { author: { login: 'Alice', id: ALICE.id } },
    });
    expect(decision.outcome).toBe('allowed');
    expect(decision.grants.map((g) => g.principal)).toEqual(['alice']);
  });

  it('refuses a requester missing from identities.yaml', () => {
    const decision = decide({ request: { requester: 'mallory' }, facts: { author: { login: 'mallory', id: 99 }, requesterTeams: new Set() } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_REQUESTER_UNKNOWN', 'E_POLICY_REQUESTER_NOT_ALLOWED']);
    expect(decision.reasons[0]?.pointer).toBe('/requester');
    expect(decision.grants).toEqual([]);
  });

  it.each([
    ['a renamed account now holding the login (same login, other id)', { login: 'alice', id: 777 }, 'E_POLICY_REQUESTER_NOT_AUTHOR'],
    ['another person', { login: 'bob', id: 2 }, 'E_POLICY_REQUESTER_NOT_AUTHOR'],
    ['the same person under a new login', { login: 'alice-new', id: ALICE.id }, 'E_POLICY_IDENTITY_LOGIN_STALE'],
  ])('refuses when the pull request author is %s', (_name, author, code) => {
    const decision = decide({ facts: { author } });
    expect(decision.outcome).toBe('refused');
    expect(errorCodes(decision)).toEqual([code]);
  });

  it('accepts the author matched by id and login', () => {
    expect(decide({ facts: { author: { login: 'alice', id: ALICE.id } } }).outcome).toBe('allowed');
  });

  it('skips the authorship check when there is no pull request (offline plan)', () => {
    expect(decide({ facts: { author: undefined } }).outcome).toBe('allowed');
  });

  it('reports an author mismatch by login even for an unknown requester', () => {
    const decision = decide({ request: { requester: 'mallory' }, profile: { requesters: { users: ['mallory'], teams: [] } } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_REQUESTER_UNKNOWN', 'E_POLICY_REQUESTER_NOT_AUTHOR']);
  });
});

describe('evaluate: who may use the profile', () => {
  const bob = { request: { requester: 'bob' }, facts: { author: BOB } };

  it('allows a requester listed in requesters.users (case-insensitive)', () => {
    expect(decide({ profile: { requesters: { users: ['Alice'], teams: [] } } }).outcome).toBe('allowed');
  });

  it('allows an active member of a requesters team', () => {
    const decision = decide({ ...bob, facts: { ...bob.facts, requesterTeams: new Set(['payments-eng']) } });
    expect(decision.outcome).toBe('allowed');
    expect(decision.grants.map((g) => g.principal)).toEqual(['bob']);
  });

  it('refuses a requester who is neither listed nor a member', () => {
    const decision = decide({ ...bob, facts: { ...bob.facts, requesterTeams: new Set(['other-team']) } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_REQUESTER_NOT_ALLOWED']);
  });

  it('fails closed when only team membership could allow it and membership was not looked up', () => {
    const decision = decide({ ...bob, facts: { ...bob.facts, requesterTeams: undefined } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED']);
    expect(decision.reasons[0]?.message).toContain('bob');
  });

  it('needs no membership lookup for a listed user', () => {
    expect(decide({ facts: { requesterTeams: undefined } }).outcome).toBe('allowed');
  });

  it('refuses outright when the profile has no requester teams and the user is not listed', () => {
    const decision = decide({ ...bob, profile: { requesters: { users: ['alice'], teams: [] } }, facts: { ...bob.facts, requesterTeams: undefined } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_REQUESTER_NOT_ALLOWED']);
  });

  it('checks the canonical login against requesters.users', () => {
    const decision = decide({
      request: { requester: 'Carol' },
      policy: { identities: [makeIdentity('carol', 3, { postgres: 'carol' })] },
      profile: { requesters: { users: ['carol'], teams: [] } },
      facts: { author: { login: 'carol', id: 3 } },
    });
    expect(decision.outcome).toBe('allowed');
  });
});
