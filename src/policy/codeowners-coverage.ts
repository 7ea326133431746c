import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { CodeownersFile } from './codeowners.js';
import { mayMatchUnder, type CompiledPattern } from './codeowners-pattern.js';

/** The paths whose ownership decides who may grant access or change the rules. */
export const CRITICAL_PREFIXES = ['access-requests/', 'policies/', '.github/'] as const;

/**
 * One entry of `GET /repos/{owner}/{repo}/codeowners/errors`. Only the fields
 * we rely on; `source` and `message` echo file content and are never used.
 */
export interface CodeownersApiError {
  readonly line: number;
  readonly column?: number;
  readonly kind: string;
  /** The CODEOWNERS file GitHub read. */
  readonly path?: string;
}

const SAFE_KIND = /^[A-Za-z][A-Za-z ]{0,59}$/u;
const SAFE_PREFIX = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*\/?$/u;

/**
 * GitHub skips CODEOWNERS lines with errors, so such a line may leave a path
 * with owners other than the ones the file appears to name. Fails closed for
 * every error line (GitHub's, and the ones this parser found) whose pattern
 * could match anything below a critical prefix; a line whose pattern cannot be
 * read at all, or that GitHub numbers differently from us, is assumed to cover
 * everything. Errors on other lines come back as warnings.
 */
export function coverageErrors(
  file: Pick<CodeownersFile, 'path' | 'loaded' | 'rules' | 'invalid' | 'diagnostics'>,
  apiErrors: readonly CodeownersApiError[],
  criticalPrefixes: readonly string[] = CRITICAL_PREFIXES,
): Diagnostic[] {
  if (!file.loaded) return file.diagnostics.filter((d) => d.severity === 'error');

  // Per error line: the pattern to judge, or null for "assume it covers everything".
  const errorLines = new Map<number, { pattern: CompiledPattern | null; kind?: string }>();
  for (const bad of file.invalid) errorLines.set(bad.line, { pattern: bad.loose ?? null });
  for (const err of apiErrors) {
    const known = errorLines.get(err.line);
    const rule = file.rules.find((r) => r.line === err.line);
    const samePath = err.path === undefined || err.path === file.path;
    const pattern = !samePath ? null : known !== undefined ? known.pattern : rule !== undefined ? rule.matcher : null;
    errorLines.set(err.line, { pattern, kind: err.kind });
  }

  const out: Diagnostic[] = [];
  for (const line of [...errorLines.keys()].sort((a, b) => a - b)) {
    const entry = errorLines.get(line);
    if (entry === undefined) continue;
    const pattern = entry.pattern;
    const covered = criticalPrefixes.filter((prefix) => pattern === null || mayMatchUnder(pattern, prefix));
    const kind = entry.kind !== undefined && SAFE_KIND.test(entry.kind) ? ` (${entry.kind})` : '';
    const where = { file: file.path, position: { line, column: 1 } };
    if (covered.length > 0) {
      const names = covered.filter((p) => SAFE_PREFIX.test(p));
      const what = pattern === null ? 'may cover any path' : `could cover ${names.join(', ')}`;
      out.push(diagnostic('E_CODEOWNERS_CRITICAL_LINE_ERROR', `CODEOWNERS line ${line} has an error${kind} and ${what}.`, where));
    } else {
      out.push(diagnostic('E_CODEOWNERS_LINE_ERROR', `CODEOWNERS line ${line} has an error${kind}.`, where, 'warning'));
    }
  }
  return out;
}
