import type { Diagnostic } from '../diagnostics.js';
import { LEDGER_CODES, type LedgerCode } from '../shared/codes/ledger.js';

/**
 * A Diagnostic whose code is a ledger code. Structurally a Diagnostic, so it
 * can be passed wherever one is expected once src/codes.ts merges LEDGER_CODES.
 */
export type LedgerDiagnostic = Omit<Diagnostic, 'code'> & { readonly code: LedgerCode };

export function ledgerDiagnostic(code: LedgerCode, message: string, where: { file?: string; line?: number; pointer?: string } = {}): LedgerDiagnostic {
  return {
    code,
    severity: 'error',
    message,
    fix: LEDGER_CODES[code].fix,
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(where.line !== undefined ? { line: where.line, column: 1 } : {}),
    ...(where.pointer !== undefined ? { pointer: where.pointer } : {}),
  };
}

/**
 * Thrown when the ledger cannot be read or written: a broken chain, a commit
 * that kept losing the race, or an event we refuse to write.
 */
export class LedgerError extends Error {
  readonly code: LedgerCode;
  readonly diagnostics: readonly LedgerDiagnostic[];

  constructor(diagnostics: readonly [LedgerDiagnostic, ...LedgerDiagnostic[]]) {
    const first = diagnostics[0];
    const where = first.file === undefined ? '' : `${first.file}:${first.line ?? 0}: `;
    super(`${where}${first.code} ${first.message}`);
    this.name = 'LedgerError';
    this.code = first.code;
    this.diagnostics = diagnostics;
  }
}
