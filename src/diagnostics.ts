import { ERROR_CODES, type ErrorCode } from './shared/codes/index.js';

/**
 * A problem found in input we did not write. It names where (file, line,
 * column, JSON pointer), a stable code, and the fix. Messages are built only
 * from schema-defined names and values that already passed strict identifier
 * patterns: raw file content is never echoed, so a hostile file cannot inject
 * text into logs, PR comments or workflow commands through an error.
 */
export interface Diagnostic {
  readonly code: ErrorCode;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly fix: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly pointer?: string;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

export function diagnostic(
  code: ErrorCode,
  message: string,
  where: { file?: string; pointer?: string; position?: Position } = {},
  severity: 'error' | 'warning' = 'error',
): Diagnostic {
  return {
    code,
    severity,
    message,
    fix: ERROR_CODES[code].fix,
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(where.position !== undefined ? { line: where.position.line, column: where.position.column } : {}),
    ...(where.pointer !== undefined ? { pointer: where.pointer } : {}),
  };
}

/** `file:line:col CODE message`, the format editors and CI annotations parse. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file ?? '<input>', d.line ?? 0, d.column ?? 0].join(':');
  const at = d.pointer !== undefined && d.pointer !== '' ? ` (at ${d.pointer})` : '';
  return `${where} ${d.code} ${d.message}${at} — fix: ${d.fix}`;
}

/**
 * A user error: bad input or an unsafe setting that the user can fix. Anything
 * else thrown is our bug or an outage, and is reported as such by the one
 * top-level catch.
 */
export class UserError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const first = diagnostics[0];
    super(first === undefined ? 'invalid input' : formatDiagnostic(first));
    this.name = 'UserError';
    this.diagnostics = diagnostics;
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Result of loading or checking something that can fail with diagnostics. */
export type Result<T> =
  { readonly ok: true; readonly value: T; readonly warnings: readonly Diagnostic[] } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export function ok<T>(value: T, warnings: readonly Diagnostic[] = []): Result<T> {
  return { ok: true, value, warnings };
}

export function failed<T>(diagnostics: readonly Diagnostic[]): Result<T> {
  return { ok: false, diagnostics };
}

/** By file, then line, then column; stable for equal positions. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => compareText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
