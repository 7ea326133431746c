import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  activeRegistry
} from "./chunk-JKSNEYSU.js";
import {
  UserError,
  diagnostic
} from "./chunk-BGLQZM7W.js";

// src/providers/planners.ts
function unknownProvider(target, registry = activeRegistry()) {
  const id = target.provider;
  const named = /^[a-z0-9-]{1,32}$/.test(id) ? `"${id}"` : "named";
  return new UserError([
    diagnostic("E_PROVIDER_UNKNOWN", `target ${target.name}: provider ${named} is unknown; valid providers: ${registry.ids.join(", ")}`, {
      file: "policies/targets.yaml",
      pointer: `/targets/${target.name}/provider`
    })
  ]);
}
function recordsHeld(provider, registry = activeRegistry()) {
  return registry.descriptor(provider)?.traits.recordsHeld === true;
}
function planFor(target, registry = activeRegistry()) {
  const descriptor = registry.descriptor(target.provider);
  if (descriptor === void 0) throw unknownProvider(target, registry);
  return descriptor.planner;
}
function plannerOf(registry) {
  return (target) => planFor(target, registry);
}

export {
  unknownProvider,
  recordsHeld,
  planFor,
  plannerOf
};
