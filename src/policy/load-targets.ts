import { diagnostic, failed, ok, type Diagnostic, type Result } from '../diagnostics.js';
import { loadFile } from '../load/load.js';
import type { SourceFile } from '../load/source.js';
import type { Locate } from '../request/types.js';
import type { ProviderCatalog } from './provider-rules.js';
import type { Target } from './types.js';

export interface TargetsRead {
  readonly targets: ReadonlyMap<string, Target>;
  readonly locate: Locate;
}

/** A target naming a provider this build does not have (the schema admits only registered ids; a registry may be narrower). */
function unknownProvider(name: string, id: string, providers: ProviderCatalog): Diagnostic {
  // Only echo the id when it looks like one; it comes from a file.
  const named = /^[a-z0-9-]{1,32}$/.test(id) ? `"${id}"` : 'named';
  return diagnostic('E_PROVIDER_UNKNOWN', `target ${name}: provider ${named} is unknown; valid providers: ${providers.ids.join(', ')}`, {
    file: 'policies/targets.yaml',
    pointer: `/targets/${name}/provider`,
  });
}

/** policies/targets.yaml -> targets by name, each read by its provider. Names are the mapping's keys, so they are unique. */
export function readTargets(file: SourceFile, providers: ProviderCatalog): Result<TargetsRead> {
  const loaded = loadFile(file, 'targets');
  if (!loaded.ok) return failed(loaded.diagnostics);
  const targets = new Map<string, Target>();
  const problems: Diagnostic[] = [];
  for (const [name, raw] of Object.entries(loaded.value.data.targets)) {
    const rules = providers.rules(raw.provider);
    if (rules === undefined) problems.push(unknownProvider(name, raw.provider, providers));
    else targets.set(name, rules.target(name, raw));
  }
  if (problems.length > 0) return failed(problems);
  return ok({ targets, locate: loaded.value.locate });
}

/** policies/targets.yaml -> targets by name. */
export function parseTargetsFile(file: SourceFile, providers: ProviderCatalog): Result<ReadonlyMap<string, Target>> {
  const read = readTargets(file, providers);
  return read.ok ? ok(read.value.targets) : failed(read.diagnostics);
}
