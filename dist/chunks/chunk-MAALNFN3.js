import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  loadFile
} from "./chunk-FSM2IXNC.js";
import {
  diagnostic,
  failed,
  ok
} from "./chunk-BGLQZM7W.js";

// src/policy/load-targets.ts
function unknownProvider(name, id, providers) {
  const named = /^[a-z0-9-]{1,32}$/.test(id) ? `"${id}"` : "named";
  return diagnostic("E_PROVIDER_UNKNOWN", `target ${name}: provider ${named} is unknown; valid providers: ${providers.ids.join(", ")}`, {
    file: "policies/targets.yaml",
    pointer: `/targets/${name}/provider`
  });
}
function readTargets(file, providers) {
  const loaded = loadFile(file, "targets");
  if (!loaded.ok) return failed(loaded.diagnostics);
  const targets = /* @__PURE__ */ new Map();
  const problems = [];
  for (const [name, raw] of Object.entries(loaded.value.data.targets)) {
    const rules = providers.rules(raw.provider);
    if (rules === void 0) problems.push(unknownProvider(name, raw.provider, providers));
    else targets.set(name, rules.target(name, raw));
  }
  if (problems.length > 0) return failed(problems);
  return ok({ targets, locate: loaded.value.locate });
}
function parseTargetsFile(file, providers) {
  const read = readTargets(file, providers);
  return read.ok ? ok(read.value.targets) : failed(read.diagnostics);
}

export {
  readTargets,
  parseTargetsFile
};
