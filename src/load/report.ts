import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Locate } from './pointer.js';
import type { LoadCode } from '../shared/codes/load.js';
import { FILE_START } from './source.js';

/** Builds diagnostics for one loaded file; pointers are built from schema names and validated names only. */
export type Reporter = (code: LoadCode, message: string, pointer: string) => Diagnostic;

export function reporter(file: string, locate: Locate): Reporter {
  return (code, message, pointer) => diagnostic(code, message, { file, pointer, position: locate(pointer) ?? FILE_START });
}

/** For problems with a file as a whole (its name, its absence). */
export function fileDiagnostic(code: LoadCode, message: string, file: string): Diagnostic {
  return diagnostic(code, message, { file, pointer: '', position: FILE_START });
}
