import { hash as digest } from 'node:crypto';

/**
 * Canonical JSON: object keys sorted by UTF-16 code units at every level, no
 * whitespace, strings and numbers as JSON.stringify writes them, `undefined`
 * object members omitted. Non-finite numbers and non-plain values are refused
 * (JSON.stringify would silently write `null`).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('canonical JSON cannot hold a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value
      .map((item: unknown) => {
        if (item === undefined) throw new TypeError('canonical JSON cannot hold undefined in an array');
        return canonicalJson(item);
      })
      .join(',')}]`;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
    }
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

export function sha256Hex(text: string): string {
  return digest('sha256', text, 'hex');
}

/**
 * A stored line is the event's canonical JSON without `hash`, with
 * `,"hash":"<64 hex>"` inserted before the closing brace. The hash is
 * therefore over exactly the canonical form the format defines, and a reader
 * gets those bytes back by cutting this fixed-size trailer: no re-sorting or
 * re-serialising to hash. (Readers still prove the line canonical; see
 * line.ts.)
 */
export const HASH_TRAILER_PREFIX = ',"hash":"';
export const HASH_TRAILER_LENGTH = HASH_TRAILER_PREFIX.length + 64 + 2;

export function sealLine(canonicalBody: string, hash: string): string {
  return `${canonicalBody.slice(0, -1)}${HASH_TRAILER_PREFIX}${hash}"}`;
}

/** The canonical body (event without `hash`) a sealed line carries. */
export function lineBody(line: string): string {
  return `${line.slice(0, line.length - HASH_TRAILER_LENGTH)}}`;
}
