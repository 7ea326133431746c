import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  BUILTIN_DESCRIPTORS,
  installSpecCatalog
} from "./chunk-CHRPGCSH.js";

// src/providers/catalog.ts
var ID = /^[a-z][a-z0-9-]{0,31}$/;
var KIND = /^[a-z][a-z0-9_]{0,31}$/;
function createRegistry(descriptors) {
  const byId = /* @__PURE__ */ new Map();
  const kindSchemas = /* @__PURE__ */ new Map();
  for (const d of descriptors) {
    if (!ID.test(d.id)) throw new Error(`provider id ${JSON.stringify(d.id)} is not [a-z][a-z0-9-]{0,31}`);
    if (byId.has(d.id)) throw new Error(`provider ${d.id} is registered twice`);
    byId.set(d.id, d);
    for (const kind of d.kinds) {
      if (!KIND.test(kind.name) || kind.name === "bundle" || kind.name === "target") throw new Error(`provider ${d.id}: grant kind ${JSON.stringify(kind.name)} is not allowed`);
      const shape = JSON.stringify([kind.requestSchema, kind.bundleSchema]);
      const earlier = kindSchemas.get(kind.name);
      if (earlier !== void 0 && earlier !== shape) throw new Error(`grant kind ${kind.name} is declared with different schemas by two providers`);
      kindSchemas.set(kind.name, shape);
    }
  }
  const ids = [...byId.keys()].sort();
  const kindNames = [...kindSchemas.keys()].sort();
  return {
    ids,
    descriptors: [...descriptors],
    kindNames,
    descriptor: (id) => byId.get(id),
    rules: (id) => byId.get(id),
    kinds: (id) => byId.get(id)?.kinds.map((k) => k.name),
    spec: (id) => byId.get(id)?.ledger
  };
}
var builtin;
function builtinRegistry() {
  builtin ??= createRegistry(BUILTIN_DESCRIPTORS);
  return builtin;
}
var active;
function installRegistry(registry) {
  active = registry;
  installSpecCatalog(registry);
}
function activeRegistry() {
  return active ?? builtinRegistry();
}

export {
  createRegistry,
  builtinRegistry,
  installRegistry,
  activeRegistry
};
