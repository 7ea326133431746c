import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import type { EvaluationFacts } from '../../src/policy/decision.js';
import type { TypedProfile as Profile, TypedGrant as RequestGrant } from '../support/policy-fixtures.js';
import { errorCodes, loadedProfile, makeProfile, repoGrant, scenario, teamGrant } from '../support/policy-fixtures.js';

function decide(grant: RequestGrant, parts: { profile?: Partial<Profile>; others?: Profile[]; facts?: Partial<EvaluationFacts> } = {}) {
  const s = scenario({
    request: { grants: [grant] },
    ...(parts.profile !== undefined ? { profile: parts.profile } : {}),
    ...(parts.facts !== undefined ? { facts: parts.facts } : {}),
  });
  const profiles = new Map(s.policy.profiles);
  for (const other of parts.others ?? []) profiles.set(other.name, loadedProfile(other));
  return evaluate(s.request, { ...s.policy, profiles }, s.facts);
}

describe('evaluate: team grants', () => {
  it('allows a team the rule lists, as member, for the canonical login', () => {
    const decision = decide(teamGrant('payments-oncall'));
    expect(decision.outcome).toBe('allowed');
    expect(decision.grants).toEqual([
      { index: 0, target: 'github-acme', provider: 'github', principal: 'alice', spec: { kind: 'team', org: 'acme', team: 'payments-oncall', role: 'member' } },
    ]);
    expect(decision.footprint.entries).toEqual([
      { target: 'github-acme', kind: 'team', line: [{ text: 'team membership ' }, { code: 'payments-oncall' }], sensitive: [], hasSensitive: false, notes: [] },
    ]);
  });

  it("refuses a team missing from the rule's teams", () => {
    const decision = decide(teamGrant('platform'));
    expect(errorCodes(decision)).toEqual(['E_POLICY_TEAM_NOT_ALLOWED']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/team');
  });

  it('refuses any role but member', () => {
    const grant = { ...teamGrant('payments-oncall'), role: 'maintainer' } as unknown as RequestGrant;
    expect(errorCodes(decide(grant))).toEqual(['E_POLICY_TEAM_ROLE']);
  });

  it("refuses a team in the target's protected_teams even when the rule lists it", () => {
    expect(errorCodes(decide(teamGrant('security')))).toEqual(['E_POLICY_TEAM_PROTECTED']);
  });

  it('refuses an approver team of the profile itself even when the rule lists it', () => {
    const decision = decide(teamGrant('payments-leads'));
    expect(errorCodes(decision)).toEqual(['E_POLICY_TEAM_CONTROL_PLANE']);
    expect(decision.reasons[0]?.message).toContain('approver group of profile "orders-readonly"');
  });

  it('refuses an approver team of any other profile', () => {
    const other = makeProfile({ name: 'db-admin', approvals: { min: 2, groups: [{ team: 'Payments-OnCall', users: [], min: 1 }] } });
    const decision = decide(teamGrant('payments-oncall'), { others: [other] });
    expect(errorCodes(decision)).toEqual(['E_POLICY_TEAM_CONTROL_PLANE']);
    expect(decision.reasons[0]?.message).toContain('profile "db-admin"');
  });

  it('refuses a requester team of any profile', () => {
    const other = makeProfile({ name: 'db-admin', requesters: { users: [], teams: ['payments-oncall'] } });
    const decision = decide(teamGrant('payments-oncall'), { others: [other] });
    expect(errorCodes(decision)).toEqual(['E_POLICY_TEAM_CONTROL_PLANE']);
    expect(decision.reasons[0]?.message).toContain('requester team of profile "db-admin"');
  });
});

describe('evaluate: repository grants', () => {
  it('allows a repository and permission the rule lists (names case-insensitive)', () => {
    const decision = decide(repoGrant('Payments-Service', 'triage'));
    expect(decision.outcome).toBe('allowed');
    expect(decision.grants[0]?.spec).toEqual({ kind: 'repo', owner: 'acme', repo: 'Payments-Service', permission: 'triage' });
    expect(decision.footprint.entries.map((e) => e.line)).toEqual([[{ text: 'repository ' }, { code: 'Payments-Service' }, { text: ': triage' }]]);
  });

  it("refuses a repository missing from the rule's repos", () => {
    const decision = decide(repoGrant('billing', 'pull'));
    expect(errorCodes(decision)).toEqual(['E_POLICY_REPO_NOT_ALLOWED']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/repo');
  });

  it('refuses a permission the rule does not list for the repository', () => {
    const decision = decide(repoGrant('payments-service', 'push'));
    expect(errorCodes(decision)).toEqual(['E_POLICY_REPO_PERMISSION_NOT_ALLOWED']);
    expect(decision.reasons[0]?.pointer).toBe('/grants/0/permission');
  });

  it('never grants admin, even where a profile lists it', () => {
    const base = makeProfile();
    const allow = base.allow.map((rule) =>
      rule.target === 'github-acme' ? { ...rule, repos: [{ name: 'payments-service', permissions: ['admin'] as never[] }] } : rule,
    );
    expect(errorCodes(decide(repoGrant('payments-service', 'admin'), { profile: { allow } }))).toEqual(['E_POLICY_REPO_ADMIN']);
  });

  it('refuses a permission Grantbook does not know', () => {
    expect(errorCodes(decide(repoGrant('payments-service', 'write')))).toEqual(['E_POLICY_REPO_PERMISSION_UNKNOWN']);
  });

  it('refuses the control repository, compared case-insensitively, even when the rule lists it', () => {
    const decision = decide(repoGrant('access', 'pull'), { facts: { controlRepo: 'ACME/Access' } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_REPO_CONTROL_PLANE']);
  });

  it('allows a same-named repository in another org than the control repository', () => {
    expect(decide(repoGrant('access', 'pull'), { facts: { controlRepo: 'other/access' } }).outcome).toBe('allowed');
  });

  it('fails closed when the control repository is not known', () => {
    const decision = decide(repoGrant('payments-service', 'pull'), { facts: { controlRepo: undefined } });
    expect(errorCodes(decision)).toEqual(['E_POLICY_CONTROL_REPO_UNKNOWN']);
  });

  it("refuses a repository in the target's protected_repos even when the rule lists it", () => {
    expect(errorCodes(decide(repoGrant('Secrets', 'pull')))).toEqual(['E_POLICY_REPO_PROTECTED']);
  });
});
