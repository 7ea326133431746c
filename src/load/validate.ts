import type { Diagnostic } from '../diagnostics.js';
import { loadPolicySet } from '../policy/load-set.js';
import { parseRequestFile } from '../request/parse.js';
import { classifyPath } from './paths.js';
import type { SourceFile } from './source.js';

/**
 * Validates a repository's request and policy files (as read from a commit or
 * a working tree) and returns every diagnostic, ordered by file and position.
 * Files outside access-requests/ and policies/ are not Grantbook's and are
 * skipped; everything inside them is a request, a policy file, `.gitkeep`, or
 * an error.
 */
export function validateFiles(files: readonly SourceFile[]): Diagnostic[] {
  const policies: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const role = classifyPath(file.path).role;
    if (role === 'other' || role === 'placeholder') continue;
    if (role === 'profile' || role === 'targets' || role === 'identities' || role === 'bad-policy-path') {
      policies.push(file);
      continue;
    }
    const parsed = parseRequestFile(file);
    if (!parsed.ok) diagnostics.push(...parsed.diagnostics);
  }
  const policySet = loadPolicySet(policies);
  diagnostics.push(...(policySet.ok ? policySet.warnings : policySet.diagnostics));
  return sortDiagnostics(diagnostics);
}

/** By file, then line, then column; stable for equal positions. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => compareText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
