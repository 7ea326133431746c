import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, allFindings, criticalFindings, diagnoseSettings, type SettingsSnapshot } from '../../src/modes/doctor/index.js';
import type { ReviewRequirement } from '../../src/modes/doctor/snapshot.js';

/** The checks as a pure function of a settings snapshot: no GitHub here. */

const CODEOWNERS = readFileSync('.github/CODEOWNERS');
const FULL: Omit<ReviewRequirement, 'source' | 'bypass'> = { codeOwnerReview: true, dismissStale: true, lastPushApproval: true };
const UNREADABLE = { ok: false, status: 403, operation: 'GET /x' } as const;

function safe(): SettingsSnapshot {
  return {
    owner: 'acme',
    repo: 'access',
    defaultBranch: 'main',
    classic: { ok: true, value: { kind: 'protected', reviews: FULL, enforceAdmins: true, allowances: { people: 0, apps: 0 } } },
    rulesets: { ok: true, value: [] },
    actions: { ok: true, value: { canApprovePullRequestReviews: false } },
    codeowners: { ok: true, value: { file: { path: '.github/CODEOWNERS', bytes: CODEOWNERS }, errors: [] } },
    environment: {
      name: 'grantbook-production',
      settings: {
        ok: true,
        value: {
          requiredReviewers: false,
          waitTimer: 0,
          branchPolicy: { protectedBranches: false, customBranchPolicies: true },
          customPolicies: { ok: true, value: [{ name: 'main', type: 'branch' }] },
        },
      },
    },
    revokeWorkflow: { file: 'access-revoke.yml', state: { ok: true, value: 'active' } },
  };
}

const codes = (s: SettingsSnapshot): string[] => allFindings(diagnoseSettings(s)).map((f) => f.code);
const withClassic = (value: Extract<SettingsSnapshot['classic'], { ok: true }>['value']): SettingsSnapshot => ({ ...safe(), classic: { ok: true, value } });
const protectedWith = (reviews: Partial<typeof FULL> | undefined, enforceAdmins = true, allowances = { people: 0, apps: 0 }) =>
  withClassic({ kind: 'protected', reviews: reviews === undefined ? undefined : { ...FULL, ...reviews }, enforceAdmins, allowances });
const ruleset = (over: Partial<ReviewRequirement> = {}): ReviewRequirement => ({ source: 'ruleset 7', ...FULL, bypass: { ok: true, value: 'none' }, ...over });
const withCodeowners = (text: string | undefined, errors: { line: number; kind: string }[] = []): SettingsSnapshot => ({
  ...safe(),
  codeowners: { ok: true, value: { file: text === undefined ? undefined : { path: '.github/CODEOWNERS', bytes: Buffer.from(text) }, errors } },
});
const withEnvironment = (value: Extract<SettingsSnapshot['environment']['settings'], { ok: true }>['value']): SettingsSnapshot => ({
  ...safe(),
  environment: { name: 'grantbook-production', settings: { ok: true, value } },
});
const custom = (rules: { name: string; type: 'branch' | 'tag' }[]) =>
  withEnvironment({
    requiredReviewers: false,
    waitTimer: 0,
    branchPolicy: { protectedBranches: false, customBranchPolicies: true },
    customPolicies: { ok: true, value: rules },
  });

describe('doctor checks (pure)', () => {
  it('passes every check of the safe setup, in CHECK_IDS order', () => {
    const results = diagnoseSettings(safe());
    expect(results.map((r) => r.id)).toEqual([...CHECK_IDS]);
    expect(allFindings(results)).toEqual([]);
    expect(results.filter((r) => r.skipped !== undefined)).toEqual([]);
  });

  it('a requirement carried only by a bypassable source does not count, even beside an unbypassable one', () => {
    // The ruleset nobody bypasses requires code owners only; stale dismissal and
    // last-push approval come from classic protection that admins may bypass.
    const split: SettingsSnapshot = {
      ...protectedWith({ codeOwnerReview: false }, false),
      rulesets: { ok: true, value: [ruleset({ dismissStale: false, lastPushApproval: false })] },
    };
    expect(codes(split)).toEqual(['E_DOCTOR_ADMINS_BYPASS']);
    // The same split with classic protection enforced on admins is safe.
    expect(codes({ ...protectedWith({ codeOwnerReview: false }, true), rulesets: split.rulesets })).toEqual([]);
  });

  it('"protected branches only" is not limited to the default branch', () => {
    expect(
      codes(
        withEnvironment({
          requiredReviewers: false,
          waitTimer: 0,
          branchPolicy: { protectedBranches: true, customBranchPolicies: false },
          customPolicies: undefined,
        }),
      ),
    ).toEqual(['E_DOCTOR_ENVIRONMENT_NOT_LIMITED']);
  });

  it('branch protection: each missing setting is exactly its own finding', () => {
    expect(codes(withClassic({ kind: 'unprotected' }))).toEqual(['E_DOCTOR_NO_BRANCH_PROTECTION']);
    expect(codes(protectedWith(undefined))).toEqual(['E_DOCTOR_NO_BRANCH_PROTECTION']);
    expect(codes(protectedWith({ codeOwnerReview: false }))).toEqual(['E_DOCTOR_CODE_OWNER_REVIEW_OFF']);
    expect(codes(protectedWith({ dismissStale: false }))).toEqual(['E_DOCTOR_STALE_APPROVALS_KEPT']);
    expect(codes(protectedWith({ lastPushApproval: false }))).toEqual(['E_DOCTOR_LAST_PUSH_APPROVAL_OFF']);
    expect(codes(protectedWith({}, false))).toEqual(['E_DOCTOR_ADMINS_BYPASS']);
    expect(codes(protectedWith({}, true, { people: 1, apps: 0 }))).toEqual(['E_DOCTOR_ADMINS_BYPASS']);
    expect(codes(protectedWith({}, true, { people: 0, apps: 1 }))).toEqual(['E_DOCTOR_APP_BYPASS']);
  });

  it('no protection skips the detail checks instead of repeating the same fix', () => {
    const results = diagnoseSettings(withClassic({ kind: 'unprotected' }));
    expect(results.filter((r) => r.skipped !== undefined).map((r) => r.id)).toEqual([
      'code-owner-review',
      'dismiss-stale-approvals',
      'last-push-approval',
      'no-bypass',
    ]);
    const [first] = allFindings(results);
    expect(first?.fix).toContain('PUT /repos/acme/access/branches/main/protection');
  });

  it('a ruleset pull_request rule counts as branch protection; requirements combine across sources', () => {
    const onlyRuleset: SettingsSnapshot = { ...withClassic({ kind: 'unprotected' }), rulesets: { ok: true, value: [ruleset()] } };
    expect(codes(onlyRuleset)).toEqual([]);
    expect(codes({ ...onlyRuleset, rulesets: { ok: true, value: [ruleset({ bypass: { ok: true, value: 'people' } })] } })).toEqual(['E_DOCTOR_ADMINS_BYPASS']);
    expect(codes({ ...onlyRuleset, rulesets: { ok: true, value: [ruleset({ bypass: { ok: true, value: 'apps' } })] } })).toEqual(['E_DOCTOR_APP_BYPASS']);
    expect(codes({ ...onlyRuleset, rulesets: { ok: true, value: [ruleset({ bypass: UNREADABLE })] } })).toEqual(['E_DOCTOR_CANNOT_VERIFY']);
    // Classic lets admins through, but the ruleset that also requires code owners does not.
    expect(codes({ ...protectedWith({}, false), rulesets: { ok: true, value: [ruleset()] } })).toEqual([]);
    // Code owner review from the ruleset, stale dismissal and last push from classic.
    const split: SettingsSnapshot = {
      ...protectedWith({ codeOwnerReview: false }),
      rulesets: { ok: true, value: [ruleset({ dismissStale: false, lastPushApproval: false })] },
    };
    expect(codes(split)).toEqual([]);
  });

  it('fails closed when protection cannot be read, unless what was read already suffices', () => {
    expect(codes({ ...safe(), classic: UNREADABLE })).toEqual(['E_DOCTOR_CANNOT_VERIFY']);
    expect(criticalFindings(diagnoseSettings({ ...safe(), classic: UNREADABLE }))).toHaveLength(1);
    expect(codes({ ...safe(), classic: UNREADABLE, rulesets: { ok: true, value: [ruleset()] } })).toEqual([]);
    expect(codes({ ...protectedWith({ codeOwnerReview: false }), rulesets: UNREADABLE })).toEqual(['E_DOCTOR_CANNOT_VERIFY']);
    expect(codes({ ...safe(), rulesets: UNREADABLE })).toEqual([]);
  });

  it('GitHub Actions approving pull requests is critical; unreadable is "cannot verify"', () => {
    expect(codes({ ...safe(), actions: { ok: true, value: { canApprovePullRequestReviews: true } } })).toEqual(['E_DOCTOR_ACTIONS_CAN_APPROVE']);
    expect(codes({ ...safe(), actions: UNREADABLE })).toEqual(['E_DOCTOR_CANNOT_VERIFY']);
  });

  it('CODEOWNERS: missing, unusable, GitHub errors on a guarded line, and each guarded path uncovered', () => {
    expect(codes(withCodeowners(undefined))).toEqual(['E_DOCTOR_CODEOWNERS_INVALID']);
    expect(codes(withCodeowners('* @acme/security\n/policies/ @acme/security\n', [{ line: 2, kind: 'Unknown owner' }]))).toEqual([
      'E_DOCTOR_CODEOWNERS_INVALID',
    ]);
    // An error on a line that cannot touch a guarded path is not a problem for the security model.
    expect(codes(withCodeowners('* @acme/security\n/docs/ @acme/writers\n', [{ line: 2, kind: 'Unknown owner' }]))).toEqual([]);
    expect(codes({ ...safe(), codeowners: { ok: true, value: { file: { path: '.github/CODEOWNERS', bytes: undefined }, errors: [] } } })).toEqual([
      'E_DOCTOR_CODEOWNERS_INVALID',
    ]);
    for (const prefix of ['access-requests/', 'policies/', '.github/', 'audit/']) {
      const text = `* @acme/security\n/${prefix}\n`; // a line without owners: files under it are unowned
      const findings = allFindings(diagnoseSettings(withCodeowners(text)));
      expect(
        findings.map((f) => f.code),
        prefix,
      ).toEqual(['E_DOCTOR_CODEOWNERS_UNCOVERED']);
      expect(findings[0]?.message).toContain(prefix);
    }
    expect(codes(withCodeowners('/docs/ @acme/writers\n'))).toEqual(Array(4).fill('E_DOCTOR_CODEOWNERS_UNCOVERED'));
    // A later owner-less line for part of a guarded path leaves those files unowned.
    expect(codes(withCodeowners('* @acme/security\n/policies/drafts/\n'))).toEqual(['E_DOCTOR_CODEOWNERS_UNCOVERED']);
    expect(codes({ ...safe(), codeowners: UNREADABLE })).toEqual(['E_DOCTOR_CANNOT_VERIFY']);
  });

  it('the apply environment must exist and be limited to the default branch', () => {
    expect(codes({ ...safe(), environment: { name: 'grantbook-production', settings: { ok: true, value: undefined } } })).toEqual([
      'E_DOCTOR_ENVIRONMENT_MISSING',
    ]);
    expect(codes(withEnvironment({ requiredReviewers: false, waitTimer: 0, branchPolicy: null, customPolicies: undefined }))).toEqual([
      'E_DOCTOR_ENVIRONMENT_NOT_LIMITED',
    ]);
    expect(codes(custom([{ name: 'main', type: 'branch' }]))).toEqual([]);
    expect(codes(custom([]))).toEqual(['E_DOCTOR_ENVIRONMENT_NOT_LIMITED']);
    expect(
      codes(
        custom([
          { name: 'main', type: 'branch' },
          { name: 'release/*', type: 'branch' },
        ]),
      ),
    ).toEqual(['E_DOCTOR_ENVIRONMENT_NOT_LIMITED']);
    expect(codes(custom([{ name: 'main', type: 'tag' }]))).toEqual(['E_DOCTOR_ENVIRONMENT_NOT_LIMITED']);
    expect(codes(custom([{ name: 'ma*', type: 'branch' }]))).toEqual(['E_DOCTOR_ENVIRONMENT_NOT_LIMITED']);
    expect(
      codes(
        withEnvironment({
          requiredReviewers: false,
          waitTimer: 0,
          branchPolicy: { protectedBranches: false, customBranchPolicies: true },
          customPolicies: UNREADABLE,
        }),
      ),
    ).toEqual(['E_DOCTOR_CANNOT_VERIFY']);
    const waits = allFindings(
      diagnoseSettings(
        withEnvironment({
          requiredReviewers: true,
          waitTimer: 10,
          branchPolicy: { protectedBranches: false, customBranchPolicies: true },
          customPolicies: { ok: true, value: [{ name: 'main', type: 'branch' }] },
        }),
      ),
    );
    expect(waits.map((f) => [f.code, f.severity])).toEqual([['E_DOCTOR_ENVIRONMENT_WAITS', 'warning']]);
  });

  it('the revoke workflow must be active', () => {
    for (const state of ['disabled_inactivity', 'disabled_manually', 'deleted', undefined]) {
      const findings = allFindings(diagnoseSettings({ ...safe(), revokeWorkflow: { file: 'access-revoke.yml', state: { ok: true, value: state } } }));
      expect(
        findings.map((f) => [f.code, f.severity]),
        String(state),
      ).toEqual([['E_DOCTOR_REVOKE_WORKFLOW_INACTIVE', 'critical']]);
    }
  });

  it('names only plain branch names in messages and fixes', () => {
    const odd: SettingsSnapshot = { ...withClassic({ kind: 'unprotected' }), defaultBranch: 'main\u202e::x' };
    const text = allFindings(diagnoseSettings(odd))
      .map((f) => `${f.message} ${f.fix}`)
      .join('\n');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('the default branch');
  });
});
