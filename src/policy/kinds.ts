import type { RawObject } from '../shared/provider-shapes.js';
import type { GrantKind, ProviderCatalog, ProviderRules } from './provider-rules.js';

/** The grant kind a grant as written is of: the one registered kind whose key it carries (the schemas allow exactly one). */
export function kindOf(raw: RawObject, catalog: ProviderCatalog): string | undefined {
  return catalog.kindNames.find((kind) => Object.hasOwn(raw, kind));
}

/** The provider's own reader of a kind; undefined when it does not grant that kind. */
export function kindOfProvider(rules: ProviderRules, kind: string): GrantKind | undefined {
  return rules.kinds.find((k) => k.name === kind);
}

/** Some provider that grants `kind` (for checks made without a fitting target); the first registered. */
export function anyProviderOf(kind: string, catalog: ProviderCatalog): ProviderRules | undefined {
  for (const id of catalog.ids) {
    const rules = catalog.rules(id);
    if (rules !== undefined && kindOfProvider(rules, kind) !== undefined) return rules;
  }
  return undefined;
}

/**
 * The provider an allow rule is for, read off its keys when its target is
 * not known (a profile read on its own): the one provider whose keys are
 * exactly those the rule uses. Undefined when none or several fit.
 */
export function providerOfRule(rule: RawObject, catalog: ProviderCatalog): ProviderRules | undefined {
  const keys = Object.keys(rule).filter((k) => k !== 'target');
  const fits = catalog.ids
    .map((id) => catalog.rules(id))
    .filter((r): r is ProviderRules => r !== undefined && keys.length > 0 && keys.every((k) => r.allow.keys.includes(k)));
  return fits.length === 1 ? fits[0] : undefined;
}
