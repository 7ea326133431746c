import type { Diagnostic } from '../diagnostics.js';
import type { RawObject, WrittenGrant } from '../shared/provider-shapes.js';
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

/**
 * The rule checks a profile read on its own can make when several providers
 * fit its rule's keys (two databases both allow `privileges` and `tables`):
 * what every fitting provider refuses at the same place is refused now, anything only some of
 * them refuse waits for targets.yaml to say which provider the target is
 * (load-cross.ts runs the target's own provider then). A provider that
 * calls the rule's shape foreign is no candidate; one left is the rule's.
 */
export function agreedRules(rule: RawObject, catalog: ProviderCatalog): ProviderRules | undefined {
  const keys = Object.keys(rule).filter((k) => k !== 'target');
  const keyed = catalog.ids
    .map((id) => catalog.rules(id))
    .filter((r): r is ProviderRules => r !== undefined && keys.length > 0 && keys.every((k) => r.allow.keys.includes(k)));
  // A provider that says the rule's shape is not its own (E_PROFILE_ALLOW_PROVIDER: a feature it has no form for) does not fit.
  const probe = ((code: string, message: string, pointer: string) => ({ code, message, pointer, severity: 'error', fix: '' })) as unknown as Parameters<
    ProviderRules['allow']['check']
  >[2];
  const fits = keyed.filter((r) => !r.allow.check(rule, '', probe).some((d) => d.code === 'E_PROFILE_ALLOW_PROVIDER'));
  const [first] = fits;
  if (first === undefined) return undefined;
  if (fits.length === 1) return first;
  const agreed = (lists: readonly (readonly Diagnostic[])[]): Diagnostic[] => {
    const [head = [], ...rest] = lists;
    // Refused at the same place by every candidate, maybe each for its own reason (never granted by one, unknown to
    // another): "never granted" is said when any candidate says it, the stronger statement; otherwise the first's words.
    return head
      .filter((d) => rest.every((l) => l.some((e) => e.severity === d.severity && e.pointer === d.pointer)))
      .map((d) => lists.flat().find((e) => e.pointer === d.pointer && e.code === 'E_PROFILE_DANGEROUS_PRIVILEGE') ?? d);
  };
  // A bundle grant travels as written, each candidate reading it (and the rule) its own way.
  type Carried = WrittenGrant & { readonly raw: RawObject };
  return {
    ...first,
    kinds: first.kinds.map((k) => ({ ...k, read: (raw: RawObject): Carried => ({ kind: k.name, raw }) })),
    allow: {
      ...first.allow,
      check: (r, at, report) => agreed(fits.map((c) => c.allow.check(r, at, report))),
      read: (r) => r,
      checkBundleGrant: (grant, r, where) =>
        agreed(
          fits.map((c) => {
            const kind = kindOfProvider(c, grant.kind);
            return kind === undefined ? [] : c.allow.checkBundleGrant(kind.read((grant as Carried).raw), c.allow.read(r as RawObject), where);
          }),
        ),
    },
  };
}
