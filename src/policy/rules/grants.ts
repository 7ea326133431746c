import type { AccessRequest } from '../../request/types.js';
import type { EvaluationFacts, GrantSpec, ResolvedGrant } from '../decision.js';
import type { FootprintGrant } from '../footprint.js';
import type { AllowRule, BundleGrant, Identity, PolicySet, Profile, ProviderId, Target } from '../types.js';
import { DuplicateGrants } from './duplicates.js';
import { expandGrant, type ExpandedGrant } from './expand.js';
import { checkRepoGrant, checkTeamGrant, controlPlaneTeams, type GithubEnv } from './github.js';
import { checkPrincipal } from './principal.js';
import { child, type Reasons, type Site } from './reasons.js';
import { checkTableGrant } from './table.js';
import { ViewNames } from './table-view.js';

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

const PROVIDER_OF: Readonly<Record<BundleGrant['kind'], ProviderId>> = { table: 'postgres', team: 'github', repo: 'github' };

export function checkGrants(input: GrantsInput): GrantsResult {
  const { request, policy, profile, identity, reasons, site } = input;
  const duplicates = new DuplicateGrants();
  const viewNames = new ViewNames();
  const principals = new Map<string, string | undefined>();
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
      checked += 1;
      const before = reasons.errors;
      const target = policy.targets.get(item.target);
      const fits = target !== undefined && target.provider === PROVIDER_OF[item.grant.kind];
      if (target !== undefined && !fits) {
        reasons.error(
          'E_POLICY_GRANT_KIND_MISMATCH',
          `${item.label}: a ${item.grant.kind} grant does not fit target "${target.name}" (provider ${target.provider})`,
          item.site,
        );
      }
      duplicates.check(item.target, item.grant, item.label, item.site, reasons);
      viewNames.check(item.target, item.grant, item.label, item.site, reasons);
      const rule = fits ? profile?.allow.find((r) => r.target === item.target) : undefined;
      const result = checkOne(item, fits ? target : undefined, rule, input, controlTeams);

      let principal: string | undefined;
      if (fits && identity !== undefined) {
        if (!principals.has(target.name)) {
          // Checked once per target, reported at the first grant that uses it.
          principals.set(target.name, checkPrincipal(identity, target, reasons, child(site, 'grants', item.index, 'target')));
        }
        principal = principals.get(target.name);
      }

      if (result.spec === undefined || !fits) continue;
      requested.push({ target: target.name, spec: result.spec, ...(result.allowed !== undefined ? { allowed: result.allowed } : {}) });
      if (principal !== undefined && targetOk && reasons.errors === before) {
        resolved.push({ index: item.index, target: target.name, provider: target.provider, principal, spec: result.spec });
      }
    }
  });
  return { resolved, requested, count, checked };
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

function checkOne(
  item: ExpandedGrant,
  target: Target | undefined,
  rule: AllowRule | undefined,
  input: GrantsInput,
  controlTeams: ReadonlyMap<string, string>,
): { spec?: GrantSpec; allowed?: FootprintGrant['allowed'] } {
  const { reasons } = input;
  const grant = item.grant;
  if (grant.kind === 'table') {
    const env = {
      ...(rule !== undefined ? { rule } : {}),
      ...(input.profile !== undefined ? { sensitiveColumns: input.profile.sensitiveColumns } : {}),
    };
    return checkTableGrant(grant, item.label, item.site, env, reasons);
  }
  const env: GithubEnv = {
    ...(target?.provider === 'github' ? { target } : {}),
    ...(rule !== undefined ? { rule } : {}),
    controlTeams,
    controlRepo: input.facts.controlRepo,
  };
  const spec =
    grant.kind === 'team'
      ? checkTeamGrant(grant, item.label, item.site, env, reasons)
      : checkRepoGrant(grant, item.label, item.site, env, reasons);
  return spec === undefined ? {} : { spec };
}
