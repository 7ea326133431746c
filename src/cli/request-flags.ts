import type { PolicySet } from '../policy/types.js';
import { catalog } from './catalog.js';

type Flag = { readonly type: 'string' } | { readonly type: 'boolean' };

/**
 * The flags `request new` takes besides its own, from what the policies
 * offer (the providers' offers, ProviderRules.offers): `--<kind> NAME` picks
 * an offer (`--table shop.orders`, `--team ops`, `--iam 1`), `--<field> a,b`
 * answers one of its fields (`--columns`, `--privileges`, `--permission`,
 * `--actions`, `--resources`), and `--all-<field>` takes the choice that
 * leaves the field out (`--all-columns`). A flag no profile can use is
 * unknown, as any other.
 */
export function offerFlags(policy: PolicySet, taken: ReadonlySet<string>): Record<string, Flag> {
  const out: Record<string, Flag> = {};
  const add = (name: string, flag: Flag): void => {
    if (!taken.has(name)) out[name] = flag;
  };
  for (const profile of catalog(policy)) {
    for (const target of profile.targets) {
      for (const offer of target.offers) {
        add(offer.kind, { type: 'string' });
        for (const field of offer.fields) {
          const key = field.path[field.path.length - 1];
          if (key === undefined) continue;
          add(key, { type: 'string' });
          if (field.omit !== undefined) add(`all-${key}`, { type: 'boolean' });
        }
      }
    }
  }
  return out;
}
