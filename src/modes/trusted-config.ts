import { activeRegistry } from '../providers/catalog.js';
import type { ProviderRegistry } from '../providers/descriptor.js';
import { diagnostic, failed, type Diagnostic, type Result } from '../diagnostics.js';
import { type LocalRepo, REGULAR_FILE_MODES, type GitFile } from '../git/local-repo.js';
import { POLICY_MAX_BYTES } from '../load/limits.js';
import { displayPath } from '../load/paths.js';
import { FILE_START, type SourceFile } from '../load/source.js';
import { CODEOWNERS_LOCATIONS, CODEOWNERS_MAX_BYTES, loadCodeowners, type CodeownersFile } from '../policy/codeowners.js';
import { loadPolicySet } from '../policy/load-set.js';
import type { PolicySet } from '../policy/types.js';

/** Policy and CODEOWNERS as one trusted commit holds them. */
export interface TrustedConfig {
  readonly commit: string;
  readonly policy: Result<PolicySet>;
  readonly codeowners: CodeownersFile;
}

/**
 * Reads policies/ and CODEOWNERS from a trusted commit (the PR's base for
 * check, the merge's first parent for apply) out of the local clone's object
 * database (design invariant 1). Never the PR head, never the working tree.
 */
export async function readTrustedConfig(repo: LocalRepo, commit: string, providers: ProviderRegistry = activeRegistry()): Promise<TrustedConfig> {
  const policyFiles = await repo.readFiles(commit, ['policies/'], POLICY_MAX_BYTES);
  const problems: Diagnostic[] = [];
  const sources: SourceFile[] = [];
  for (const file of policyFiles) {
    const source = asSource(file, POLICY_MAX_BYTES, problems);
    if (source !== undefined) sources.push(source);
  }
  const loaded = loadPolicySet(sources, providers);
  const policy: Result<PolicySet> = problems.length > 0 ? failed([...problems, ...(loaded.ok ? [] : loaded.diagnostics)]) : loaded;

  const ownersFiles = await repo.readFiles(commit, [...CODEOWNERS_LOCATIONS], CODEOWNERS_MAX_BYTES + 1);
  const byPath = new Map(ownersFiles.map((f) => [f.path, f]));
  const codeowners = loadCodeowners((path) => {
    const file = byPath.get(path);
    if (file === undefined) return undefined;
    // A symlinked or oversized CODEOWNERS is unusable; hand the parser bytes it
    // will refuse (over its limit) so nobody owns anything: fail closed.
    if (!REGULAR_FILE_MODES.has(file.mode) || file.bytes === undefined) return new Uint8Array(CODEOWNERS_MAX_BYTES + 1);
    return file.bytes;
  });
  return { commit, policy, codeowners };
}

/** A git entry as loader input, or a diagnostic when it is not a readable regular file. */
export function asSource(file: GitFile, maxBytes: number, problems: Diagnostic[]): SourceFile | undefined {
  if (!REGULAR_FILE_MODES.has(file.mode)) {
    problems.push(diagnostic('E_NOT_REGULAR_FILE', 'not a regular file in git (symlink, submodule or directory); it is not read', where(file)));
    return undefined;
  }
  if (file.bytes === undefined || file.size > maxBytes) {
    problems.push(diagnostic('E_FILE_TOO_LARGE', `file is over the ${maxBytes}-byte limit`, where(file)));
    return undefined;
  }
  return { path: file.path, bytes: file.bytes };
}

/** Paths come from a commit a PR may have shaped: shown only through displayPath. */
function where(file: GitFile) {
  return { file: displayPath(file.path), position: FILE_START, pointer: '' };
}
