import type { Position } from '../diagnostics.js';

/** A file as read from a git blob or the filesystem: nothing about it is trusted. */
export interface SourceFile {
  /** Repository-relative, `/`-separated. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export const FILE_KINDS = ['request', 'profile', 'targets', 'identities'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Start of the file: where problems with the file as a whole are reported. */
export const FILE_START: Position = { line: 1, column: 1 };

/**
 * 1-based line and column (UTF-16 code units, as editors count) of an offset.
 * Linear in the offset; only called on error paths, so no index is kept.
 */
export function positionAt(text: string, offset: number): Position {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
