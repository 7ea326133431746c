import { isLive, type GrantState } from '../ledger/index.js';
import type { GrantSpec } from '../policy/decision.js';
import { activeRegistry } from '../providers/catalog.js';
import type { ProviderRegistry } from '../providers/descriptor.js';

/**
 * Which access a part is about, for one principal on one target: the team,
 * the repository, the table, not how much of it (the provider's `resource`),
 * the principal folded as its provider compares names. (The revoke plan's
 * exactPartKey compares whole parts instead: a deferral needs the very same part.)
 */
function resourceKey(target: string, provider: string, principal: string, spec: GrantSpec, registry: ProviderRegistry): string {
  const descriptor = registry.descriptor(provider);
  // A verified ledger names only providers of the installed registry.
  if (descriptor === undefined) throw new Error(`no provider ${provider} in the registry`);
  const who = descriptor.principal.caseInsensitive ? principal.toLowerCase() : principal;
  return [target, who, descriptor.resource(spec)].join('\u0000');
}

/**
 * The access live grants of this tool gave (intents included: the provider
 * may hold them), leaving out the parts they recorded as already held: those
 * were never the tool's.
 */
export function heldByLiveGrants(states: ReadonlyMap<string, GrantState>, registry: ProviderRegistry = activeRegistry()): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of states.values()) {
    if (!isLive(s)) continue;
    for (const g of s.grant.grants) if (g.already_held !== true) out.add(resourceKey(g.target, g.provider, g.principal, g.spec, registry));
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
export function preexisting(
  observed: readonly GrantSpec[],
  target: { readonly name: string; readonly provider: string },
  principal: string,
  ours: ReadonlySet<string>,
  registry: ProviderRegistry = activeRegistry(),
): GrantSpec[] {
  return observed.filter((spec) => !ours.has(resourceKey(target.name, target.provider, principal, spec, registry)));
}
