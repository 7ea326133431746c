import { type CheckResult, type Finding, type Names, cannotVerify, finding, result } from './finding.js';
import type { Bypass, Read, ReviewRequirement, SettingsSnapshot } from './snapshot.js';

type Property = 'codeOwnerReview' | 'dismissStale' | 'lastPushApproval';

/**
 * Classic branch protection and repository rulesets both gate a merge, and
 * GitHub enforces every layer: a property holds when any one source requires
 * it. A source we could not read could only add requirements, so it matters
 * only when the readable ones fall short: then the check cannot be verified
 * (fail closed) instead of failing on a guess.
 */
export function branchChecks(s: SettingsSnapshot, n: Names): CheckResult[] {
  const sources: ReviewRequirement[] = [];
  const unread: { what: string; failure: Extract<Read<unknown>, { ok: false }> }[] = [];
  if (s.classic.ok) {
    const c = s.classic.value;
    if (c.kind === 'protected' && c.reviews !== undefined) {
      sources.push({ source: 'classic', ...c.reviews, bypass: { ok: true, value: classicBypass(c.enforceAdmins, c.allowances) } });
    }
  } else unread.push({ what: `the branch protection of ${n.branch}`, failure: s.classic });
  if (s.rulesets.ok) sources.push(...s.rulesets.value);
  else unread.push({ what: `the rulesets of ${n.branch}`, failure: s.rulesets });

  const cannot = (): Finding[] => unread.map((u) => cannotVerify(u.what, u.failure));
  const protectFix =
    `Settings → Branches → Add branch protection rule for ${n.branch}: "Require a pull request before merging" with "Require review from Code Owners", ` +
    `"Dismiss stale pull request approvals when new commits are pushed", "Require approval of the most recent reviewable push", and "Do not allow bypassing the above settings" ` +
    `(API: PUT /repos/${n.repo}/branches/${n.branchPath}/protection; or a ruleset with a pull_request rule targeting the default branch).`;
  const title = {
    protection: `pull request reviews are required on ${n.branch}`,
    codeOwnerReview: 'code owner review is required',
    dismissStale: 'stale approvals are dismissed on new commits',
    lastPushApproval: 'the most recent push must be approved by someone else',
    bypass: 'nobody may bypass the review requirement',
  };
  if (sources.length === 0) {
    const findings = unread.length > 0 ? cannot() : [finding('E_DOCTOR_NO_BRANCH_PROTECTION', `${n.branch} does not require pull request reviews`, protectFix)];
    const skipped = 'no review requirement to inspect';
    return [
      result('branch-protection', title.protection, findings),
      result('code-owner-review', title.codeOwnerReview, [], skipped),
      result('dismiss-stale-approvals', title.dismissStale, [], skipped),
      result('last-push-approval', title.lastPushApproval, [], skipped),
      result('no-bypass', title.bypass, [], skipped),
    ];
  }

  const settingFix = (label: string, field: string): string =>
    `Settings → Branches → the rule for ${n.branch} → tick "${label}" ` +
    `(API: PUT /repos/${n.repo}/branches/${n.branchPath}/protection with required_pull_request_reviews.${field} = true; in a ruleset, the pull_request rule's parameter of the same meaning).`;
  const property = (p: Property, code: Finding['code'], message: string, label: string, field: string): Finding[] => {
    if (sources.some((x) => x[p])) return [];
    return unread.length > 0 ? cannot() : [finding(code, message, settingFix(label, field))];
  };

  return [
    result('branch-protection', title.protection, []),
    result(
      'code-owner-review',
      title.codeOwnerReview,
      property(
        'codeOwnerReview',
        'E_DOCTOR_CODE_OWNER_REVIEW_OFF',
        `merging into ${n.branch} does not require a code owner's review`,
        'Require review from Code Owners',
        'require_code_owner_reviews',
      ),
    ),
    result(
      'dismiss-stale-approvals',
      title.dismissStale,
      property(
        'dismissStale',
        'E_DOCTOR_STALE_APPROVALS_KEPT',
        `approvals on pull requests into ${n.branch} survive new commits`,
        'Dismiss stale pull request approvals when new commits are pushed',
        'dismiss_stale_reviews',
      ),
    ),
    result(
      'last-push-approval',
      title.lastPushApproval,
      property(
        'lastPushApproval',
        'E_DOCTOR_LAST_PUSH_APPROVAL_OFF',
        `the most recent push to a pull request into ${n.branch} need not be approved by someone else`,
        'Require approval of the most recent reviewable push',
        'require_last_push_approval',
      ),
    ),
    result('no-bypass', title.bypass, bypassFindings(sources, unread.length > 0 ? cannot() : [], n)),
  ];
}

function classicBypass(enforceAdmins: boolean, allowances: { readonly people: number; readonly apps: number }): Bypass {
  if (!enforceAdmins || allowances.people > 0) return 'people';
  return allowances.apps > 0 ? 'apps' : 'none';
}

/**
 * Each requirement must hold against everyone: for code owner review, stale
 * dismissal and last-push approval alike, at least one source that carries it
 * must be one nobody but an App can bypass. A requirement carried only by a
 * bypassable source is no requirement for an administrator (an admin could
 * take an approval, push once more, and merge past a non-bypassable rule that
 * keeps stale approvals). An admin who bypasses one source still meets the
 * others, so one unbypassable carrier per requirement is enough.
 */
function bypassFindings(sources: readonly ReviewRequirement[], cannot: readonly Finding[], n: Names): Finding[] {
  const properties: readonly Property[] = ['codeOwnerReview', 'dismissStale', 'lastPushApproval'];
  let apps = false;
  let people = false;
  const unreadBypass: Finding[] = [];
  for (const p of properties) {
    const carriers = sources.filter((x) => x[p]);
    // A requirement nobody carries is its own finding (the property checks above).
    if (carriers.length === 0) continue;
    const known = carriers.flatMap((x) => (x.bypass.ok ? [x.bypass.value] : []));
    if (known.includes('none')) continue;
    if (known.includes('apps')) {
      apps = true;
      continue;
    }
    const unread = carriers.flatMap((x) => (x.bypass.ok ? [] : [cannotVerify(`who may bypass ${x.source}`, x.bypass)]));
    if (unread.length > 0 || cannot.length > 0) unreadBypass.push(...unread, ...cannot);
    else people = true;
  }
  if (people) {
    return [
      finding(
        'E_DOCTOR_ADMINS_BYPASS',
        `administrators or named people may bypass the review requirements of ${n.branch}`,
        `Settings → Branches → the rule for ${n.branch} → tick "Do not allow bypassing the above settings" and empty "Allow specified actors to bypass required pull requests" ` +
          `(API: POST /repos/${n.repo}/branches/${n.branchPath}/protection/enforce_admins); in a ruleset, remove every bypass actor but the ledger-committing App.`,
      ),
    ];
  }
  if (unreadBypass.length > 0) return dedupe(unreadBypass);
  if (apps) {
    return [
      finding(
        'E_DOCTOR_APP_BYPASS',
        `a GitHub App may bypass the review requirement of ${n.branch}`,
        `Settings → Branches (or Rules → Rulesets) for ${n.branch}: make sure the only App allowed to bypass is the one that commits the ledger.`,
      ),
    ];
  }
  return [];
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
