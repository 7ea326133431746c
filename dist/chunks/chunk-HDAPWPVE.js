import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  unknownProvider
} from "./chunk-6YJFBVOG.js";
import {
  activeRegistry
} from "./chunk-JKSNEYSU.js";
import {
  UserError,
  diagnostic
} from "./chunk-BGLQZM7W.js";
import {
  matches
} from "./chunk-VBI6FCSW.js";

// src/providers/registry.ts
async function connect(target, env, deps = {}, registry = activeRegistry()) {
  const descriptor = registry.descriptor(target.provider);
  if (descriptor === void 0) throw unknownProvider(target, registry);
  const { field, env: name } = descriptor.credential(target);
  const secret = env[name];
  if (secret === void 0 || secret === "") {
    const shown = matches("envName", name) ? name : "(invalid name)";
    throw new UserError([
      diagnostic("E_PROVIDER_CREDENTIAL_MISSING", `target ${target.name}: environment variable ${shown} is not set or empty`, {
        file: "policies/targets.yaml",
        pointer: `/targets/${target.name}/${field}`
      })
    ]);
  }
  return descriptor.connect(target, secret, { ...deps, env });
}

export {
  connect
};
