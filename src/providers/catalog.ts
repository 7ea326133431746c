import { installSpecCatalog } from '../ledger/spec-check.js';
import type { AnyDescriptor, ProviderRegistry } from './descriptor.js';
import { BUILTIN_DESCRIPTORS } from './builtin.js';

const ID = /^[a-z][a-z0-9-]{0,31}$/;
const KIND = /^[a-z][a-z0-9_]{0,31}$/;

/**
 * The one registry: descriptors by id, their grant kinds, and the views
 * policy (`ProviderCatalog`) and the ledger (`SpecCatalog`) are handed.
 * Throws on a malformed or repeated id, a kind named `bundle` or `target`
 * (the request file's own keys), or a kind two providers declare with
 * different schemas (a grant's key must mean one shape).
 */
export function createRegistry(descriptors: readonly AnyDescriptor[]): ProviderRegistry {
  const byId = new Map<string, AnyDescriptor>();
  const kindSchemas = new Map<string, string>();
  for (const d of descriptors) {
    if (!ID.test(d.id)) throw new Error(`provider id ${JSON.stringify(d.id)} is not [a-z][a-z0-9-]{0,31}`);
    if (byId.has(d.id)) throw new Error(`provider ${d.id} is registered twice`);
    byId.set(d.id, d);
    for (const kind of d.kinds) {
      if (!KIND.test(kind.name) || kind.name === 'bundle' || kind.name === 'target')
        throw new Error(`provider ${d.id}: grant kind ${JSON.stringify(kind.name)} is not allowed`);
      const shape = JSON.stringify([kind.requestSchema, kind.bundleSchema]);
      const earlier = kindSchemas.get(kind.name);
      if (earlier !== undefined && earlier !== shape) throw new Error(`grant kind ${kind.name} is declared with different schemas by two providers`);
      kindSchemas.set(kind.name, shape);
    }
  }
  const ids = [...byId.keys()].sort();
  const kindNames = [...kindSchemas.keys()].sort();
  // Asked for every grant of every event the ledger reader checks: made once, not a new array per grant.
  const kindsById = new Map([...byId].map(([id, d]) => [id, Object.freeze(d.kinds.map((k) => k.name))] as const));
  return {
    ids,
    descriptors: [...descriptors],
    kindNames,
    descriptor: (id) => byId.get(id),
    rules: (id) => byId.get(id),
    kinds: (id) => kindsById.get(id),
    spec: (id) => byId.get(id)?.ledger,
    principalPattern: (id) => byId.get(id)?.principal.pattern,
  };
}

let builtin: ProviderRegistry | undefined;

/** The registry of the providers this build ships, built once per process. */
export function builtinRegistry(): ProviderRegistry {
  builtin ??= createRegistry(BUILTIN_DESCRIPTORS);
  return builtin;
}

let active: ProviderRegistry | undefined;

/**
 * Makes a registry the one this process works with: the ledger checks
 * recorded grants with it, and code not handed a registry asks it
 * (`activeRegistry()`). Entry points call it once: the action and the CLI
 * with the built-in registry, a test with the registry it builds.
 */
export function installRegistry(registry: ProviderRegistry): void {
  active = registry;
  installSpecCatalog(registry);
}

/** The installed registry; the built-in one until an entry point installs another. */
export function activeRegistry(): ProviderRegistry {
  return active ?? builtinRegistry();
}
