import type { Position } from '../diagnostics.js';

/**
 * Where the first invalid UTF-8 sequence starts, or -1. Only called after the
 * fatal TextDecoder has refused the bytes, to say where; it follows the same
 * rules (no overlong forms, no surrogates, nothing above U+10FFFF).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b0 & (0xff >> (need + 2));
    for (let k = 1; k <= need; k += 1) {
      const b = bytes[i + k];
      if (b === undefined || (b & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (UTF-16 units, like positionAt) of a byte offset. */
export function bytePosition(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a) {
      line += 1;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) {
      // Count as editors do (UTF-16 units): a 4-byte sequence is two.
      column += b >= 0xf0 ? 2 : 1;
    }
  }
  return { line, column };
}
