import type { FootprintEntry, SpecBase } from '../shared/provider-shapes.js';
import type { Footprint } from './decision.js';
import type { ProviderRules } from './provider-rules.js';

/** A grant as asked for, with its provider and what its check returned about the profile's entry for it. */
export interface FootprintGrant {
  readonly target: string;
  readonly spec: SpecBase;
  readonly rules: ProviderRules;
  readonly allowed?: unknown;
}

/**
 * What a request exposes, for reviewers, grant by grant in the order of the
 * request: each provider says what its grant exposes (sensitive parts, a
 * narrower grant that would still serve, row filters). Pure.
 */
export function footprint(grants: readonly FootprintGrant[]): Footprint {
  const entries: FootprintEntry[] = grants.map(({ target, spec, rules, allowed }) => rules.footprint(target, spec, allowed));
  return { entries };
}
