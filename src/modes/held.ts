import { isLive, type GrantState } from '../ledger/index.js';
import type { GrantSpec } from '../policy/decision.js';

/**
 * Which access a part is about, for one principal on one target: the team,
 * the repository, the table, not how much of it. GitHub names compare
 * without case, as GitHub does. (The revoke plan's exactPartKey compares
 * whole parts instead: a deferral needs the very same part.)
 */
function resourceKey(target: string, principal: string, spec: GrantSpec): string {
  switch (spec.kind) {
    case 'team':
      return [target, principal.toLowerCase(), 'team', spec.org.toLowerCase(), spec.team.toLowerCase()].join('\u0000');
    case 'repo':
      return [target, principal.toLowerCase(), 'repo', spec.owner.toLowerCase(), spec.repo.toLowerCase()].join('\u0000');
    case 'table':
      return [target, principal, 'table', spec.schema, spec.table].join('\u0000');
    default: {
      const unknown: never = spec;
      throw new Error(`no resource key for ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The access live grants of this tool gave (intents included: the provider
 * may hold them), leaving out the parts they recorded as already held: those
 * were never the tool's.
 */
export function heldByLiveGrants(states: ReadonlyMap<string, GrantState>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of states.values()) {
    if (!isLive(s)) continue;
    for (const g of s.grant.grants) if (g.already_held !== true) out.add(resourceKey(g.target, g.principal, g.spec));
  }
  return out;
}

/**
 * What the principal holds that this tool did not give: the parts the
 * provider reads as already in effect, minus those a live grant of this tool
 * gave. Without the subtraction an extension, or two overlapping requests,
 * would record the first grant's access as pre-existing, and no revocation
 * would ever take it away.
 *
 * The comparison is by resource, not by exact spec: when a live grant gave
 * `push` on a repository, a request for `pull` there is not "already held"
 * (the permission is the tool's and goes with that grant); the provider then
 * refuses it as a change to a permission held otherwise.
 */
export function preexisting(observed: readonly GrantSpec[], target: string, principal: string, ours: ReadonlySet<string>): GrantSpec[] {
  return observed.filter((spec) => !ours.has(resourceKey(target, principal, spec)));
}
