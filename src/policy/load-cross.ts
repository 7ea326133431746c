import type { Diagnostic } from '../diagnostics.js';
import type { RawIdentities, RawProfile } from '../load/raw.js';
import type { Reporter } from '../load/report.js';
import { matches } from '../shared/patterns.js';
import { anyProviderOf, kindOf, kindOfProvider } from './kinds.js';
import { profileRuleChecks } from './load-profile-checks.js';
import type { ProviderCatalog, ProviderRules } from './provider-rules.js';
import type { Target } from './types.js';

/** A profile against targets.yaml: every target it names exists, and every rule and bundle fits its provider. */
export function profileTargetChecks(raw: RawProfile, targets: ReadonlyMap<string, Target>, providers: ProviderCatalog, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const providerOf = (name: string): ProviderRules | undefined => {
    const target = targets.get(name);
    return target === undefined ? undefined : providers.rules(target.provider);
  };
  raw.allow.forEach((rule, r) => {
    const target = targets.get(rule.target);
    if (target === undefined) {
      out.push(report('E_PROFILE_UNKNOWN_TARGET', `Target ${rule.target} is not defined in policies/targets.yaml.`, `/allow/${r}/target`));
    } else {
      out.push(...(providerOf(rule.target)?.allow.checkTarget(rule, target, `/allow/${r}`, report) ?? []));
    }
  });
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    const target = targets.get(bundle.target);
    if (target === undefined) {
      out.push(report('E_PROFILE_UNKNOWN_TARGET', `Target ${bundle.target} is not defined in policies/targets.yaml.`, `/bundles/${name}/target`));
      continue;
    }
    const provider = providerOf(bundle.target);
    bundle.grants.forEach((spec, i) => {
      const kind = kindOf(spec, providers);
      if (kind === undefined || provider === undefined || kindOfProvider(provider, kind) !== undefined) return;
      const wants = anyProviderOf(kind, providers)?.id ?? kind;
      out.push(
        report(
          'E_PROFILE_BUNDLE_PROVIDER',
          `Bundle ${name} grant ${i} needs a ${wants} target; ${target.name} is ${target.provider}.`,
          `/bundles/${name}/grants/${i}`,
        ),
      );
    });
  }
  out.push(...profileRuleChecks(raw, providerOf, providers, report));
  return out;
}

/** Identities against targets.yaml: overrides name real targets with principals of the right kind, never a control-plane role. */
export function identityTargetChecks(raw: RawIdentities, targets: ReadonlyMap<string, Target>, providers: ProviderCatalog, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const taken = new Map<string, { readonly index: number; readonly viaOverride: boolean }>();
  raw.identities.forEach((identity, i) => {
    const at = `/identities/${i}`;
    const overrides = identity.targets ?? {};
    for (const [name, principal] of Object.entries(overrides)) {
      const target = targets.get(name);
      const pointer = `${at}/targets/${name}`;
      const rules = target === undefined ? undefined : providers.rules(target.provider);
      if (target === undefined || rules === undefined) {
        out.push(report('E_IDENTITY_UNKNOWN_TARGET', `Target ${name} is not defined in policies/targets.yaml.`, pointer));
      } else if (!matches(rules.principal.pattern, principal)) {
        out.push(report('E_IDENTITY_PRINCIPAL_FORMAT', `The principal for ${name} is not ${rules.principal.words.format}.`, pointer));
      }
    }
    for (const target of targets.values()) {
      const rules = providers.rules(target.provider);
      if (rules === undefined) continue;
      const { identityField, caseInsensitive } = rules.principal;
      const override = Object.hasOwn(overrides, target.name) ? overrides[target.name] : undefined;
      const fallback = identityField === undefined ? identity.login : identity[identityField];
      const named = override ?? (typeof fallback === 'string' ? fallback : undefined);
      if (named === undefined) continue;
      const principal = caseInsensitive ? named.toLowerCase() : named;
      const pointer = override !== undefined ? `${at}/targets/${target.name}` : `${at}/${identityField ?? 'login'}`;
      if (rules.principal.declaredProtected(principal, target)) {
        out.push(report('E_IDENTITY_PROTECTED_PRINCIPAL', `Identity ${i} maps to the grantor or a protected role of ${target.name}.`, pointer));
      }
      // Same-principal clashes between plain identity fields are reported once, by the identities file itself.
      const key = `${target.name}\0${principal}`;
      const first = taken.get(key);
      if (first === undefined) {
        taken.set(key, { index: i, viaOverride: override !== undefined });
      } else if (override !== undefined || first.viaOverride) {
        out.push(report('E_IDENTITY_DUPLICATE_PRINCIPAL', `Identities ${first.index} and ${i} map to the same principal on ${target.name}.`, pointer));
      }
    }
  });
  return out;
}
