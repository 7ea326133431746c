import { failed, ok, type Result } from '../diagnostics.js';
import { loadFile } from '../load/load.js';
import type { RawTarget } from '../load/raw.js';
import type { SourceFile } from '../load/source.js';
import type { Locate } from '../request/types.js';
import type { Target } from './types.js';

function toTarget(name: string, raw: RawTarget): Target {
  const description = raw.description !== undefined ? { description: raw.description } : {};
  if (raw.provider === 'postgres') {
    return {
      name,
      provider: 'postgres',
      ...description,
      connectionEnv: raw.connection_env,
      grantorRole: raw.grantor_role,
      protectedRoles: [...(raw.protected_roles ?? [])],
    };
  }
  return {
    name,
    provider: 'github',
    ...description,
    org: raw.org,
    tokenEnv: raw.token_env,
    protectedTeams: [...(raw.protected_teams ?? [])],
    protectedRepos: [...(raw.protected_repos ?? [])],
  };
}

export interface TargetsRead {
  readonly targets: ReadonlyMap<string, Target>;
  readonly locate: Locate;
}

export function readTargets(file: SourceFile): Result<TargetsRead> {
  const loaded = loadFile(file, 'targets');
  if (!loaded.ok) return failed(loaded.diagnostics);
  const targets = new Map(Object.entries(loaded.value.data.targets).map(([name, raw]) => [name, toTarget(name, raw)] as const));
  return ok({ targets, locate: loaded.value.locate });
}

/** policies/targets.yaml -> targets by name. Names are the mapping's keys, so they are unique. */
export function parseTargetsFile(file: SourceFile): Result<ReadonlyMap<string, Target>> {
  const read = readTargets(file);
  return read.ok ? ok(read.value.targets) : failed(read.diagnostics);
}
