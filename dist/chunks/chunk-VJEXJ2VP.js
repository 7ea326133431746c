import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  loadFile
} from "./chunk-S4F5WRY7.js";
import {
  failed,
  ok
} from "./chunk-LN4ZPE77.js";

// src/policy/load-targets.ts
function toTarget(name, raw) {
  const description = raw.description !== void 0 ? { description: raw.description } : {};
  if (raw.provider === "postgres") {
    return {
      name,
      provider: "postgres",
      ...description,
      connectionEnv: raw.connection_env,
      grantorRole: raw.grantor_role,
      protectedRoles: [...raw.protected_roles ?? []]
    };
  }
  return {
    name,
    provider: "github",
    ...description,
    org: raw.org,
    tokenEnv: raw.token_env,
    protectedTeams: [...raw.protected_teams ?? []],
    protectedRepos: [...raw.protected_repos ?? []]
  };
}
function readTargets(file) {
  const loaded = loadFile(file, "targets");
  if (!loaded.ok) return failed(loaded.diagnostics);
  const targets = new Map(Object.entries(loaded.value.data.targets).map(([name, raw]) => [name, toTarget(name, raw)]));
  return ok({ targets, locate: loaded.value.locate });
}
function parseTargetsFile(file) {
  const read = readTargets(file);
  return read.ok ? ok(read.value.targets) : failed(read.diagnostics);
}

export {
  readTargets,
  parseTargetsFile
};
