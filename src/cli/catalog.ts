import type { Offer } from '../policy/provider-rules.js';
import { sameName } from '../policy/rules/reasons.js';
import type { ApproverGroup, BundleGrant, PolicySet, Profile } from '../policy/types.js';

/*
 * What a person may ask for, read off the policies: the profiles, and per
 * profile the targets and what each allows (the providers' offers: tables
 * and columns with sensitive ones marked, teams, repositories, IAM
 * statements, ...), durations and who must approve. Pure; `grantbook
 * profiles` prints it and `grantbook request new` offers its entries as
 * choices. What a rule offers is its provider's to say (ProviderRules.offers).
 */

export type { Offer };

/** listed: named in requesters.users; team: only a requester team could allow it (the PR check looks it up); no: neither. */
export type ProfileAccess = 'listed' | 'team' | 'no';

export interface CatalogBundle {
  readonly name: string;
  readonly grants: readonly BundleGrant[];
}

export interface CatalogTarget {
  readonly target: string;
  /** Undefined only for a target the policy set does not define (a policy that loaded never has one). */
  readonly provider?: string;
  readonly description?: string;
  /** Lines about the whole rule (`privileges: SELECT`). */
  readonly lines: readonly string[];
  /** What may be asked for, as the target's provider reads the rule; empty when it has nothing to say. */
  readonly offers: readonly Offer[];
  readonly bundles: readonly CatalogBundle[];
}

export interface CatalogProfile {
  readonly name: string;
  readonly description?: string;
  readonly breakGlass: boolean;
  readonly requesters: { readonly users: readonly string[]; readonly teams: readonly string[] };
  /** Present when the catalog was built for one requester. */
  readonly access?: ProfileAccess;
  readonly approvals: { readonly min: number; readonly groups: readonly ApproverGroup[] };
  readonly duration: { readonly default?: string; readonly max: string };
  readonly ticket: { readonly required: boolean; readonly pattern?: string };
  readonly reason: { readonly required: boolean; readonly minLength: number; readonly maxLength: number };
  readonly maxGrants: number;
  readonly sensitiveColumns: 'flag' | 'refuse';
  readonly targets: readonly CatalogTarget[];
}

/** Whether `login` may use the profile, as far as the policy files alone tell. */
export function profileAccess(profile: Profile, login: string): ProfileAccess {
  if (profile.requesters.users.some((u) => sameName(u, login))) return 'listed';
  return profile.requesters.teams.length > 0 ? 'team' : 'no';
}

function catalogTargets(profile: Profile, policy: PolicySet): CatalogTarget[] {
  return profile.allow.map((allow) => {
    const target = policy.targets.get(allow.target);
    const offered = target === undefined ? undefined : policy.providers.rules(target.provider)?.offers?.(allow.raw, profile.sensitiveColumns);
    const bundles = [...profile.bundles].filter(([, b]) => b.target === allow.target).map(([name, b]) => ({ name, grants: b.grants }));
    return {
      target: allow.target,
      ...(target !== undefined ? { provider: target.provider } : {}),
      ...(target?.description !== undefined ? { description: target.description } : {}),
      lines: offered?.lines ?? [],
      offers: offered?.offers ?? [],
      bundles,
    };
  });
}

/**
 * Every profile in name order; with `requester`, only those the person may
 * use (directly, or possibly through a team), each saying which.
 */
export function catalog(policy: PolicySet, requester?: string): CatalogProfile[] {
  const profiles = [...policy.profiles.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: CatalogProfile[] = [];
  for (const p of profiles) {
    const access = requester === undefined ? undefined : profileAccess(p, requester);
    if (access === 'no') continue;
    out.push({
      name: p.name,
      ...(p.description !== undefined ? { description: p.description } : {}),
      breakGlass: p.breakGlass,
      requesters: p.requesters,
      ...(access !== undefined ? { access } : {}),
      approvals: p.approvals,
      duration: p.duration,
      ticket: p.ticket,
      reason: p.reason,
      maxGrants: p.maxGrants,
      sensitiveColumns: p.sensitiveColumns,
      targets: catalogTargets(p, policy),
    });
  }
  return out;
}
