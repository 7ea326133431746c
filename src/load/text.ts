import { diagnostic, failed, ok, type Diagnostic, type Result } from '../diagnostics.js';
import type { LoadCode } from '../shared/codes/load.js';
import { MAX_DIAGNOSTICS_PER_FILE } from './limits.js';
import { FILE_START, positionAt } from './source.js';
import { bytePosition, firstInvalidUtf8 } from './utf8.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * One pass finds anything that is not plain text: C0 controls except LF (and
 * CR before LF), DEL, C1, bidi controls, invisible characters, line/paragraph
 * separators, non-characters and Unicode tag characters (U+E0000-E007F, as a
 * surrogate pair). Clean files, the common case, cost a single regex test.
 */
const SUSPECT =
  /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF]|\r(?!\n)|\uDB40[\uDC00-\uDC7F]/;

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const INVISIBLE = new Set([
  0x00ad, 0x115f, 0x1160, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x3164, 0xfeff, 0xffa0, 0xfff9, 0xfffa, 0xfffb,
]);

export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Where a file starts a byte order mark is its own finding; inside text (or a decoded value) it is invisible. */
function classify(cp: number, atFileStart: boolean): { code: LoadCode; what: string } {
  if (cp === 0x09) return { code: 'E_TEXT_TAB', what: 'a tab' };
  if (cp === 0x00) return { code: 'E_TEXT_NUL', what: 'a NUL byte' };
  if (cp === 0x0d) return { code: 'E_TEXT_LONE_CR', what: 'a carriage return not followed by a line feed' };
  if (cp === 0xfeff && atFileStart) return { code: 'E_TEXT_BOM', what: 'a byte order mark' };
  if (BIDI.has(cp)) return { code: 'E_TEXT_BIDI', what: 'a bidirectional control character' };
  if (INVISIBLE.has(cp) || (cp >= 0xe0000 && cp <= 0xe007f)) return { code: 'E_TEXT_INVISIBLE', what: 'an invisible character' };
  if (cp === 0x2028 || cp === 0x2029) return { code: 'E_TEXT_LINE_SEPARATOR', what: 'a Unicode line or paragraph separator' };
  return { code: 'E_TEXT_CONTROL', what: 'a control or non-character code point' };
}

/** One character that is not plain text: where it is, what it is, and the code every check reports it with. */
export interface Suspect {
  readonly index: number;
  readonly codePoint: number;
  readonly code: LoadCode;
  readonly what: string;
}

/**
 * Every character of `text` that is not plain text, up to `limit`. The one
 * rule for a file's raw text and for each string value after YAML decoding,
 * so both report a character with the same code.
 */
export function findSuspects(text: string, options: { readonly fileStart: boolean; readonly limit: number }): Suspect[] {
  if (!SUSPECT.test(text)) return [];
  const all = new RegExp(SUSPECT.source, 'g');
  const found: Suspect[] = [];
  for (let m = all.exec(text); m !== null && found.length < options.limit; m = all.exec(text)) {
    const codePoint = text.codePointAt(m.index) ?? 0;
    found.push({ index: m.index, codePoint, ...classify(codePoint, options.fileStart && m.index === 0) });
  }
  return found;
}

function scanText(text: string, file: string): Diagnostic[] {
  return findSuspects(text, { fileStart: true, limit: MAX_DIAGNOSTICS_PER_FILE }).map((s) =>
    diagnostic(s.code, `The file contains ${s.what} (${codePointLabel(s.codePoint)}).`, {
      file,
      pointer: '',
      position: positionAt(text, s.index),
    }),
  );
}

/**
 * Bytes -> text, or the reasons not to read them at all. The size cap comes
 * first so nothing else runs on an oversized file. CRLF line endings are
 * accepted (Windows editors, git autocrlf) and normalised to LF; the line and
 * column of every later position are the same either way.
 */
export function decodeText(bytes: Uint8Array, file: string, maxBytes: number): Result<string> {
  if (bytes.length > maxBytes) {
    return failed([
      diagnostic('E_FILE_TOO_LARGE', `The file is ${bytes.length} bytes; the limit is ${maxBytes} bytes.`, {
        file,
        pointer: '',
        position: FILE_START,
      }),
    ]);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    return failed([
      diagnostic('E_TEXT_ENCODING', `The file is not valid UTF-8 (first bad byte at offset ${at}).`, {
        file,
        pointer: '',
        position: bytePosition(bytes, at),
      }),
    ]);
  }
  const problems = scanText(text, file);
  if (problems.length > 0) return failed(problems);
  return ok(text.includes('\r') ? text.replace(/\r\n/g, '\n') : text);
}
