import { HASH_TRAILER_LENGTH, HASH_TRAILER_PREFIX, canonicalJson, lineBody, sealLine, sha256Hex } from './canonical.js';
import { rawMembers } from './canonical-scan.js';
import type { LedgerCode } from '../shared/codes/ledger.js';
import type { IntentEvent, LedgerEvent } from './events.js';
import { CHECKPOINT_TYPE, checkCheckpoint, type CheckpointRecord } from './record.js';
import { expandGranted, inheritedMembers, isSlimGranted } from './slim.js';
import { checkEvent } from './validate.js';
import { Invalid, patterned } from './validate-kit.js';

/** A stored event line may not be longer than this (a maximal granted event is ~300 KB). */
export const MAX_LINE_CHARS = 1024 * 1024;

export type DecodedLine =
  { readonly ok: true; readonly event: LedgerEvent } | { readonly ok: false; readonly code: LedgerCode; readonly message: string; readonly pointer?: string };

export type DecodedRecord =
  | { readonly ok: true; readonly kind: 'event'; readonly event: LedgerEvent }
  | { readonly ok: true; readonly kind: 'checkpoint'; readonly record: CheckpointRecord }
  | { readonly ok: false; readonly code: LedgerCode; readonly message: string; readonly pointer?: string };

/** What a line cannot tell about itself: the chain reader supplies it. */
export interface LineContext {
  /** The intent a slim `granted` of `request` takes its body from (see slim.ts); undefined when there is none. */
  readonly intentFor?: (request: string) => IntentEvent | undefined;
}

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
export function decodeLine(line: string, mode: 'read' | 'write' = 'read', context: LineContext = {}): DecodedLine {
  const decoded = decodeRecord(line, mode, context);
  if (!decoded.ok) return decoded;
  if (decoded.kind === 'checkpoint') return bad('E_LEDGER_EVENT_INVALID', 'is a checkpoint record where an event was expected');
  return { ok: true, event: decoded.event };
}

/**
 * decodeLine for any line of the chain: an event, or (version 2) a
 * checkpoint record. A slim `granted` is returned whole, its body taken from
 * `context.intentFor`; its stored line is what is hashed and held canonical.
 */
export function decodeRecord(line: string, mode: 'read' | 'write' = 'read', context: LineContext = {}): DecodedRecord {
  if (line.length > MAX_LINE_CHARS) return bad('E_LEDGER_LINE_FORMAT', `is longer than ${MAX_LINE_CHARS} characters`);
  if (line.length <= HASH_TRAILER_LENGTH || line.charCodeAt(0) !== 0x7b || line.lastIndexOf(HASH_TRAILER_PREFIX) !== line.length - HASH_TRAILER_LENGTH) {
    return bad('E_LEDGER_LINE_FORMAT', 'is not a JSON event ending in its "hash" field');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return bad('E_LEDGER_LINE_FORMAT', 'is not valid JSON');
  }
  let parsedMembers: number;
  let value: unknown = parsed;
  let kind: 'event' | 'checkpoint' = 'event';
  try {
    const record = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    if (record?.type === CHECKPOINT_TYPE) {
      kind = 'checkpoint';
      parsedMembers = checkCheckpoint(record);
    } else if (record !== undefined && record.v === 2 && isSlimGranted(record)) {
      const request = patterned(record.request, '', 'request', 'requestId');
      const intent = context.intentFor?.(request);
      if (intent === undefined)
        throw new Invalid('E_LEDGER_EVENT_INVALID', '', 'is a granted event without its grant, and no intent of its request precedes it');
      value = expandGranted(record, intent);
      parsedMembers = checkEvent(value, mode) - inheritedMembers(intent);
    } else {
      parsedMembers = checkEvent(parsed, mode);
    }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, code: error.code, message: `field ${error.pointer || '/'} ${error.what}`, pointer: error.pointer };
    throw error;
  }
  const members = rawMembers(line);
  if (members < 0 || members !== parsedMembers) {
    return bad('E_LEDGER_LINE_FORMAT', 'is not in canonical form (whitespace, duplicate keys, or non-canonical escapes or numbers)');
  }
  // The checks above returned, so this is an event or a record (checkEvent is assertEvent plus a count).
  const sealed = value as { readonly hash: string };
  if (sha256Hex(lineBody(line)) !== sealed.hash) {
    return bad('E_LEDGER_HASH_MISMATCH', 'does not match its recorded hash');
  }
  return kind === 'checkpoint' ? { ok: true, kind, record: value as CheckpointRecord } : { ok: true, kind, event: value as LedgerEvent };
}

/**
 * An event line whose bytes the chain scan already proved (its hash, link,
 * seq, date and place: reader.ts's fast path), read for a consumer: parsed,
 * a slim `granted` made whole, and held to the event schema, so what is
 * handed out has the shape every consumer relies on. The canonical form is
 * what `--deep` checks; the hash was computed over the bytes.
 */
export function decodeSealedEvent(line: string, context: LineContext = {}): DecodedRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return bad('E_LEDGER_LINE_FORMAT', 'is not valid JSON');
  }
  return sealedEventOf(parsed, context);
}

/** decodeSealedEvent of a line already parsed. */
export function sealedEventOf(parsed: unknown, context: LineContext = {}): DecodedRecord {
  try {
    const record = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    let value: unknown = parsed;
    if (record !== undefined && record.v === 2 && isSlimGranted(record)) {
      const intent = context.intentFor?.(patterned(record.request, '', 'request', 'requestId'));
      if (intent === undefined)
        throw new Invalid('E_LEDGER_EVENT_INVALID', '', 'is a granted event without its grant, and no intent of its request precedes it');
      value = expandGranted(record, intent);
    }
    checkEvent(value, 'read');
    return { ok: true, kind: 'event', event: value as LedgerEvent };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, code: error.code, message: `field ${error.pointer || '/'} ${error.what}`, pointer: error.pointer };
    throw error;
  }
}

/** Seals an event (all fields but `hash`) into its stored line. */
export function encodeLine(unsealed: Omit<LedgerEvent, 'hash'>): { readonly line: string; readonly hash: string } {
  const body = canonicalJson(unsealed);
  const hash = sha256Hex(body);
  return { line: sealLine(body, hash), hash };
}

function bad(code: LedgerCode, message: string): { readonly ok: false; readonly code: LedgerCode; readonly message: string } {
  return { ok: false, code, message: `the line ${message}` };
}
