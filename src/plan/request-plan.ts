import type { Decision } from '../policy/decision.js';
import type { PolicySet, Target } from '../policy/types.js';
import type { Plan, Planner, TargetGrant } from '../providers/contract.js';

/** One request's effect on one target: the unit reviewers approve and providers apply. */
export interface TargetPlan {
  readonly targetGrant: TargetGrant;
  readonly plan: Plan;
}

/**
 * Groups an allowed decision's grants by target and asks each target's
 * planner for the exact operations. Pure: planners are pure by contract.
 * Returns no plans for a refused decision or one without an expiry window,
 * because nothing would be applied.
 */
export function planRequest(decision: Decision, policy: PolicySet, plannerFor: (target: Target) => Planner): readonly TargetPlan[] {
  if (decision.outcome !== 'allowed' || decision.window === undefined) return [];
  return groupByTarget(decision, policy, decision.window.expiresAt).map((targetGrant) => ({
    targetGrant,
    plan: plannerFor(targetGrant.target).plan(targetGrant),
  }));
}

/** The TargetGrants a decision stands for, with the given expiry. */
export function groupByTarget(decision: Decision, policy: PolicySet, expiresAt: string): TargetGrant[] {
  const byTarget = new Map<string, TargetGrant>();
  for (const grant of decision.grants) {
    const target = policy.targets.get(grant.target);
    if (target === undefined) throw new Error(`allowed decision names an unknown target: ${grant.target}`);
    const existing = byTarget.get(grant.target);
    if (existing !== undefined && existing.principal !== grant.principal) {
      throw new Error(`allowed decision has two principals on target ${grant.target}`);
    }
    byTarget.set(grant.target, {
      requestId: decision.requestId,
      target,
      principal: grant.principal,
      grants: [...(existing?.grants ?? []), grant.spec],
      expiresAt,
    });
  }
  return [...byTarget.values()];
}
