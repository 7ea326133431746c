import { HASH_TRAILER_LENGTH, HASH_TRAILER_PREFIX, canonicalJson, lineBody, sealLine, sha256Hex } from './canonical.js';
import { rawMembers } from './canonical-scan.js';
import type { LedgerCode } from '../shared/codes/ledger.js';
import type { LedgerEvent } from './events.js';
import { checkEvent } from './validate.js';
import { Invalid } from './validate-kit.js';

/** A stored event line may not be longer than this (a maximal granted event is ~300 KB). */
export const MAX_LINE_CHARS = 1024 * 1024;

export type DecodedLine =
  | { readonly ok: true; readonly event: LedgerEvent }
  | { readonly ok: false; readonly code: LedgerCode; readonly message: string; readonly pointer?: string };

/**
 * One stored line -> a validated event whose hash is proven. What is hashed:
 * the line's own characters minus the fixed-size hash trailer. That equals the
 * canonical serialisation of the event without `hash` because the line is
 * required to BE canonical: keys sorted (checked by the validator while it
 * walks them anyway) and no second spelling of anything (canonical-scan.ts:
 * no whitespace, duplicate keys, alternative escapes or number forms). So
 * every character of the line is covered by the hash (any edit is caught), an
 * independent verifier that re-serialises gets the same digest, and the
 * reader neither re-sorts nor re-serialises: the cost is one JSON.parse, one
 * validation walk (which also counts the parsed members), one character scan
 * and one sha256 per line.
 */
export function decodeLine(line: string, mode: 'read' | 'write' = 'read'): DecodedLine {
  if (line.length > MAX_LINE_CHARS) return bad('E_LEDGER_LINE_FORMAT', `is longer than ${MAX_LINE_CHARS} characters`);
  if (
    line.length <= HASH_TRAILER_LENGTH ||
    line.charCodeAt(0) !== 0x7b ||
    line.lastIndexOf(HASH_TRAILER_PREFIX) !== line.length - HASH_TRAILER_LENGTH
  ) {
    return bad('E_LEDGER_LINE_FORMAT', 'is not a JSON event ending in its "hash" field');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return bad('E_LEDGER_LINE_FORMAT', 'is not valid JSON');
  }
  let parsedMembers: number;
  try {
    parsedMembers = checkEvent(parsed, mode);
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, code: error.code, message: `field ${error.pointer || '/'} ${error.what}`, pointer: error.pointer };
    throw error;
  }
  // checkEvent returned, so this is an event (it is assertEvent plus a count).
  const event = parsed as LedgerEvent;
  const members = rawMembers(line);
  if (members < 0 || members !== parsedMembers) {
    return bad('E_LEDGER_LINE_FORMAT', 'is not in canonical form (whitespace, duplicate keys, or non-canonical escapes or numbers)');
  }
  if (sha256Hex(lineBody(line)) !== event.hash) {
    return bad('E_LEDGER_HASH_MISMATCH', 'does not match its recorded hash');
  }
  return { ok: true, event };
}

/** Seals an event (all fields but `hash`) into its stored line. */
export function encodeLine(unsealed: Omit<LedgerEvent, 'hash'>): { readonly line: string; readonly hash: string } {
  const body = canonicalJson(unsealed);
  const hash = sha256Hex(body);
  return { line: sealLine(body, hash), hash };
}

function bad(code: LedgerCode, message: string): DecodedLine {
  return { ok: false, code, message: `the line ${message}` };
}
