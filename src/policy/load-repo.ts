import { sortDiagnostics, type Diagnostic, type Result } from '../diagnostics.js';
import { loadPolicySet } from './load-set.js';
import type { ProviderCatalog } from './provider-rules.js';
import type { PolicySet } from './types.js';
import { parseRequestFile } from '../request/parse.js';
import type { AccessRequest } from '../request/types.js';
import { classifyPath } from '../load/paths.js';
import type { SourceFile } from '../load/source.js';

/** A repository's request and policy files, each loaded as the modes load them. */
export interface LoadedRepo {
  /** Every file under access-requests/ that is not a placeholder, in the order given. */
  readonly requests: readonly { readonly path: string; readonly result: Result<AccessRequest> }[];
  readonly policy: Result<PolicySet>;
}

/**
 * Loads a repository's request and policy files (as read from a commit or a
 * working tree). Files outside access-requests/ and policies/ are not
 * Grantbook's and are skipped; everything inside them is a request, a policy
 * file, `.gitkeep`, or an error.
 */
export function loadRepoFiles(files: readonly SourceFile[], providers: ProviderCatalog): LoadedRepo {
  const policies: SourceFile[] = [];
  const requests: { path: string; result: Result<AccessRequest> }[] = [];
  for (const file of files) {
    const role = classifyPath(file.path).role;
    if (role === 'other' || role === 'placeholder') continue;
    if (role === 'profile' || role === 'targets' || role === 'identities' || role === 'bad-policy-path') {
      policies.push(file);
      continue;
    }
    requests.push({ path: file.path, result: parseRequestFile(file) });
  }
  return { requests, policy: loadPolicySet(policies, providers) };
}

/** The format check of every file: each diagnostic of loadRepoFiles, ordered by file and position. */
export function validateFiles(files: readonly SourceFile[], providers: ProviderCatalog): Diagnostic[] {
  const loaded = loadRepoFiles(files, providers);
  const diagnostics: Diagnostic[] = [];
  for (const r of loaded.requests) if (!r.result.ok) diagnostics.push(...r.result.diagnostics);
  diagnostics.push(...(loaded.policy.ok ? loaded.policy.warnings : loaded.policy.diagnostics));
  return sortDiagnostics(diagnostics);
}
