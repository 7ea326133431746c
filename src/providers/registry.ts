import { diagnostic, UserError } from '../diagnostics.js';
import type { Target } from '../policy/types.js';
import { matches } from '../shared/patterns.js';
import { activeRegistry, builtinRegistry, createRegistry } from './catalog.js';
import type { ConnectDeps, Provider } from './contract.js';
import type { ProviderRegistry } from './descriptor.js';
import { planFor, unknownProvider } from './planners.js';

export { builtinRegistry, createRegistry, planFor };
export type { ConnectDeps };

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The effectful provider for a target, with the credential read from the
 * environment variable the target names. The value is handed to the provider
 * and nowhere else; errors name the variable, never its content.
 */
export async function connect(target: Target, env: Env, deps: ConnectDeps = {}, registry: ProviderRegistry = activeRegistry()): Promise<Provider> {
  const descriptor = registry.descriptor(target.provider);
  if (descriptor === undefined) throw unknownProvider(target, registry);
  const { field, env: name } = descriptor.credential(target);
  const secret = env[name];
  if (secret === undefined || secret === '') {
    const shown = matches('envName', name) ? name : '(invalid name)';
    throw new UserError([
      diagnostic('E_PROVIDER_CREDENTIAL_MISSING', `target ${target.name}: environment variable ${shown} is not set or empty`, {
        file: 'policies/targets.yaml',
        pointer: `/targets/${target.name}/${field}`,
      }),
    ]);
  }
  return descriptor.connect(target, secret, deps);
}
