import { hasErrors } from '../diagnostics.js';
import type { AccessRequest } from '../request/types.js';
import type { Decision, EvaluationFacts } from './decision.js';
import { footprint } from './footprint.js';
import { checkDuration } from './rules/duration.js';
import { checkGrants } from './rules/grants.js';
import { child, fileSite, Reasons } from './rules/reasons.js';
import { checkExtends, checkGrantCount, noteBreakGlass } from './rules/request.js';
import { checkRequester } from './rules/requester.js';
import { checkReason, checkTicket } from './rules/text.js';
import type { ApproverGroup, PolicySet } from './types.js';

/**
 * Approvals shown when the profile is unknown. The decision is refused
 * anyway; should anything still count approvals against it, no number of
 * reviews can satisfy this.
 */
export const UNSATISFIABLE_APPROVALS: { readonly min: number; readonly groups: readonly ApproverGroup[] } = {
  min: Number.MAX_SAFE_INTEGER,
  groups: [],
};

/**
 * The policy verdict on one request: pure, from plain data and the facts the
 * caller gathered (including `now`). Every problem is reported, not just the
 * first; the outcome is `allowed` only when there is no error (default deny).
 */
export function evaluate(request: AccessRequest, policy: PolicySet, facts: EvaluationFacts): Decision {
  const reasons = new Reasons();
  const site = fileSite(request);
  const profile = policy.profiles.get(request.profile);
  if (profile === undefined) {
    reasons.error('E_POLICY_PROFILE_UNKNOWN', `profile "${request.profile}" is not defined under policies/`, child(site, 'profile'));
  }

  const identity = checkRequester(request, policy, profile, facts, reasons, site);
  const grants = checkGrants({ request, policy, profile, identity, facts, reasons, site });
  const window = checkDuration(request, profile, facts.now, reasons, site);
  if (profile !== undefined) {
    checkTicket(request, profile, reasons, site);
    checkReason(request, profile, reasons, site);
    checkGrantCount(grants.count, profile, reasons, site);
    noteBreakGlass(profile, reasons, site);
  }
  checkExtends(request, reasons, site);

  const all = reasons.all;
  const outcome = hasErrors(all) ? 'refused' : 'allowed';
  // Allowed means every grant resolved and a window exists. A grant lost
  // without a reason would be a bug here; fail loudly, never grant in part.
  const complete = grants.resolved.length === grants.checked && grants.checked === grants.count && window !== undefined;
  if (outcome === 'allowed' && !complete) {
    throw new Error('policy evaluation lost a grant or the window without a reason');
  }
  return {
    requestId: request.id,
    path: request.path,
    profile: request.profile,
    outcome,
    reasons: all,
    grants: grants.resolved,
    ...(window !== undefined ? { window } : {}),
    footprint: footprint(grants.requested),
    approvals: profile === undefined ? UNSATISFIABLE_APPROVALS : { min: profile.approvals.min, groups: profile.approvals.groups },
    breakGlass: profile?.breakGlass ?? false,
  };
}
