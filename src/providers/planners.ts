import { diagnostic, UserError } from '../diagnostics.js';
import type { Target } from '../policy/types.js';
import { activeRegistry } from './catalog.js';
import type { Planner } from './contract.js';
import type { ProviderRegistry } from './descriptor.js';

/**
 * The pure half of every provider: what a plan needs and nothing that talks
 * to a system. Descriptors load their effectful halves only on connect, so
 * checking a pull request never loads a database client.
 */

/** A target naming a provider the registry does not have. */
export function unknownProvider(target: Target, registry: ProviderRegistry = activeRegistry()): UserError {
  const id: string = target.provider;
  // Only echo the id when it looks like one; it comes from a file.
  const named = /^[a-z0-9-]{1,32}$/.test(id) ? `"${id}"` : 'named';
  return new UserError([
    diagnostic('E_PROVIDER_UNKNOWN', `target ${target.name}: provider ${named} is unknown; valid providers: ${registry.ids.join(', ')}`, {
      file: 'policies/targets.yaml',
      pointer: `/targets/${target.name}/provider`,
    }),
  ]);
}

/** Whether a provider can ever record a part as already held (ProviderTraits.recordsHeld); false for an id the registry does not have. */
export function recordsHeld(provider: string, registry: ProviderRegistry = activeRegistry()): boolean {
  return registry.descriptor(provider)?.traits.recordsHeld === true;
}

/** The pure planner for a target: no credentials, safe in the check job. */
export function planFor(target: Target, registry: ProviderRegistry = activeRegistry()): Planner {
  const descriptor = registry.descriptor(target.provider);
  if (descriptor === undefined) throw unknownProvider(target, registry);
  return descriptor.planner;
}

/** The planner lookup of a registry, for code that is handed one. */
export function plannerOf(registry: ProviderRegistry): (target: Target) => Planner {
  return (target) => planFor(target, registry);
}
