import type { AccessRequest } from '../../request/types.js';
import type { WrittenGrant } from '../../shared/provider-shapes.js';
import type { EvaluationFacts, ResolvedGrant } from '../decision.js';
import type { FootprintGrant } from '../footprint.js';
import { anyProviderOf, kindOf, kindOfProvider } from '../kinds.js';
import type { ProviderRules, TogetherItem } from '../provider-rules.js';
import type { Identity, PolicySet, Profile, Target } from '../types.js';
import { controlPlaneTeams } from './control-plane.js';
import { DuplicateGrants } from './duplicates.js';
import { expandGrant, type ExpandedGrant } from './expand.js';
import { checkPrincipal } from './principal.js';
import { child, type Reasons, type Site } from './reasons.js';

export interface GrantsInput {
  readonly request: AccessRequest;
  readonly policy: PolicySet;
  readonly profile: Profile | undefined;
  readonly identity: Identity | undefined;
  readonly facts: EvaluationFacts;
  readonly reasons: Reasons;
  readonly site: Site;
}

export interface GrantsResult {
  /** Grants with no problem of their own, ready for a provider. */
  readonly resolved: readonly ResolvedGrant[];
  /** Every well-formed grant as asked for, problems or not: what the footprint describes. */
  readonly requested: readonly FootprintGrant[];
  /** Number of grants after bundle expansion, for `max_grants`. */
  readonly count: number;
  /** Number of grants after bundle expansion that were checked one by one. */
  readonly checked: number;
}

/** One request's grants on one target, per provider, for `checkTogether`. */
type Together = Map<string, { readonly rules: ProviderRules; readonly target: string; readonly items: TogetherItem[] }>;

export function checkGrants(input: GrantsInput): GrantsResult {
  const { request, policy, profile, identity, reasons, site } = input;
  const providers = policy.providers;
  const duplicates = new DuplicateGrants();
  const together: Together = new Map();
  const principals = new Map<string, string | undefined>();
  const ruleValues = new Map<string, unknown>();
  const controlTeams = controlPlaneTeams(policy);
  const resolved: ResolvedGrant[] = [];
  const requested: FootprintGrant[] = [];
  let count = 0;
  let checked = 0;

  // Grant by grant, so reasons come in the order of the file.
  request.grants.forEach((grant, index) => {
    const grantBefore = reasons.errors;
    checkTarget(grant.target, index, input);
    const expansion = expandGrant(grant, index, profile, site, reasons);
    // A problem with the target taints every grant it expands to.
    const targetOk = reasons.errors === grantBefore;
    count += expansion.count;
    for (const item of expansion.items) {
      const kind = kindOf(item.raw, providers);
      // The schemas admit only registered kinds; a registry narrower than the schemas gets nothing through.
      const checker = kind === undefined ? undefined : providerFor(item, kind, policy, input);
      if (kind === undefined || checker === undefined) continue;
      checked += 1;
      const before = reasons.errors;
      const { rules, target, fits } = checker;
      const reader = kindOfProvider(rules, kind);
      if (reader === undefined) continue;
      const written: WrittenGrant = reader.read(item.raw);
      duplicates.check(item.target, rules.duplicate(written), item.label, item.site, reasons);
      const key = JSON.stringify([rules.id, item.target]);
      const group = together.get(key) ?? { rules, target: item.target, items: [] };
      group.items.push({ grant: written, label: item.label, site: item.site });
      together.set(key, group);

      const rule = fits ? ruleValue(item.target, rules, profile, ruleValues) : undefined;
      const result = rules.checkGrant(written, {
        ...(fits && target !== undefined ? { target } : {}),
        ...(rule !== undefined ? { rule } : {}),
        ...(profile !== undefined ? { sensitive: profile.sensitiveColumns } : {}),
        controlTeams,
        controlRepo: input.facts.controlRepo,
        label: item.label,
        site: item.site,
        reasons,
      });

      if (!fits || target === undefined) continue;
      let principal: string | undefined;
      if (identity !== undefined) {
        if (!principals.has(target.name)) {
          // Checked once per target, reported at the first grant that uses it.
          principals.set(target.name, checkPrincipal(identity, target, rules, reasons, child(site, 'grants', item.index, 'target')));
        }
        principal = principals.get(target.name);
      }

      if (result.spec === undefined) continue;
      requested.push({ target: target.name, spec: result.spec, rules, ...(result.allowed !== undefined ? { allowed: result.allowed } : {}) });
      if (principal !== undefined && targetOk && reasons.errors === before) {
        resolved.push({ index: item.index, target: target.name, provider: target.provider, principal, spec: result.spec });
      }
    }
  });
  for (const group of together.values()) group.rules.checkTogether?.(group.items, group.target, reasons);
  return { resolved, requested, count, checked };
}

/**
 * The provider that checks a grant: its target's, when that provider grants
 * the kind; otherwise (unknown target, or a kind of another provider, which
 * is reported here) one that grants the kind, so the requester still sees
 * every problem of the grant itself.
 */
function providerFor(
  item: ExpandedGrant,
  kind: string,
  policy: PolicySet,
  { reasons }: GrantsInput,
): { readonly rules: ProviderRules; readonly target?: Target; readonly fits: boolean } | undefined {
  const target = policy.targets.get(item.target);
  const own = target === undefined ? undefined : policy.providers.rules(target.provider);
  if (own !== undefined && kindOfProvider(own, kind) !== undefined) return { rules: own, target, fits: true };
  if (target !== undefined) {
    reasons.error(
      'E_POLICY_GRANT_KIND_MISMATCH',
      `${item.label}: a ${kind} grant does not fit target "${target.name}" (provider ${target.provider})`,
      item.site,
    );
  }
  const any = anyProviderOf(kind, policy.providers);
  return any === undefined ? undefined : { rules: any, fits: false };
}

/** The profile's rule for a target, as its provider reads it (read once per evaluation). */
function ruleValue(target: string, rules: ProviderRules, profile: Profile | undefined, cache: Map<string, unknown>): unknown {
  if (cache.has(target)) return cache.get(target);
  const rule = profile?.allow.find((r) => r.target === target);
  const value = rule === undefined ? undefined : rules.allow.read(rule.raw);
  cache.set(target, value);
  return value;
}

/** Target-level problems, once per request grant (a bundle's grants share its target). */
function checkTarget(name: string, index: number, { policy, profile, reasons, site }: GrantsInput): void {
  const at = child(site, 'grants', index, 'target');
  if (!policy.targets.has(name)) {
    reasons.error('E_POLICY_TARGET_UNKNOWN', `grants/${index}: target "${name}" is not declared in policies/targets.yaml`, at);
  } else if (profile !== undefined && !profile.allow.some((rule) => rule.target === name)) {
    reasons.error('E_POLICY_TARGET_NOT_ALLOWED', `grants/${index}: profile "${profile.name}" does not allow target "${name}"`, at);
  }
}
