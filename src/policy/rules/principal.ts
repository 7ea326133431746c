import type { ProviderRules } from '../provider-rules.js';
import type { Identity, Target } from '../types.js';
import type { Reasons, Site } from './reasons.js';

/**
 * Who receives grants on a target: a per-target override, else the
 * identities.yaml field the target's provider names, else (a provider that
 * names none) the GitHub login. Never another provider's principal.
 */
export function principalFor(identity: Identity, target: Target, rules: ProviderRules): string | undefined {
  const override = identity.targets.get(target.name);
  if (override !== undefined) return override;
  const field = rules.principal.identityField;
  return field === undefined ? identity.login : identity.principals.get(field);
}

/** Resolves and checks the principal; undefined (with a reason) when it cannot be used. */
export function checkPrincipal(identity: Identity, target: Target, rules: ProviderRules, reasons: Reasons, site: Site): string | undefined {
  const principal = principalFor(identity, target, rules);
  if (principal === undefined) {
    reasons.error('E_POLICY_PRINCIPAL_MISSING', `"${identity.login}" has no ${rules.principal.words.missing} for target "${target.name}"`, site);
    return undefined;
  }
  // Granting TO a protected principal would hand its holders (or Grantbook itself) the privileges; refuse rather than rely on the provider.
  const why = rules.principal.protectedReason(principal, target);
  if (why !== undefined) {
    reasons.error('E_POLICY_PRINCIPAL_PROTECTED', `principal "${principal}" of "${identity.login}" on target "${target.name}" is ${why}`, site);
    return undefined;
  }
  return principal;
}
