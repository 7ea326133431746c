/**
 * Reading canonical JSON lines in place, from their bytes: keys compared a
 * word at a time, offsets remembered from line to line, the few names that
 * recur kept as strings. The verifier's scan (chain-scan.ts) is built on
 * these; nothing here decodes a line.
 */
import { hash as digest } from 'node:crypto';
import { HASH_TRAILER_LENGTH } from './canonical.js';

export const QUOTE = 0x22;
export const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;

/**
 * A key as bytes, and as big-endian 32-bit words for a DataView compare:
 * four bytes a step, where a byte loop over a Buffer costs several times
 * as much (the scan compares keys, links and instants on every line).
 */
export interface Key {
  readonly bytes: Uint8Array;
  readonly words: Uint32Array;
}

export function key(s: string): Key {
  const bytes = Uint8Array.from(s, (c) => c.charCodeAt(0));
  const words = new Uint32Array(bytes.length >> 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < words.length; i += 1) words[i] = view.getUint32(4 * i);
  return { bytes, words };
}

/** `k` stands at b[p] (dv is b's view). */
export function is(dv: DataView, b: Uint8Array, p: number, k: Key): boolean {
  const n = k.bytes.length;
  if (p < 0 || p + n > b.length) return false;
  const w = k.words;
  for (let i = 0; i < w.length; i += 1) if (dv.getUint32(p + 4 * i) !== w[i]) return false;
  for (let i = 4 * w.length; i < n; i += 1) if (b[p + i] !== k.bytes[i]) return false;
  return true;
}

/** `n` bytes at a in one view equal those at c in another (all in bounds: the caller checked). */
export function same(x: DataView, a: number, y: DataView, c: number, n: number): boolean {
  let i = 0;
  for (; i + 4 <= n; i += 4) if (x.getUint32(a + i) !== y.getUint32(c + i)) return false;
  for (; i < n; i += 1) if (x.getUint8(a + i) !== y.getUint8(c + i)) return false;
  return true;
}

/** Views of the last two buffers seen (the line's and, at a file's first line, the copy of the link before). */
let viewA: Uint8Array | undefined;
let dvA: DataView = new DataView(new ArrayBuffer(0));
let viewB: Uint8Array | undefined;
let dvB = dvA;

export function viewOf(b: Uint8Array): DataView {
  if (b === viewA) return dvA;
  if (b === viewB) return dvB;
  viewB = viewA;
  dvB = dvA;
  viewA = b;
  dvA = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return dvA;
}

/** A remembered offset from `base` where `k` stands (and before `limit`), or -1. */
export function recall(dv: DataView, b: Uint8Array, slots: Int32Array, slot: number, base: number, k: Key, limit: number): number {
  for (let i = slot; i < slot + 2; i += 1) {
    const o = slots[i] as number;
    if (o >= 0 && base + o < limit && is(dv, b, base + o, k)) return base + o;
  }
  return -1;
}

export function remember(slots: Int32Array, slot: number, offset: number): void {
  if (slots[slot] === offset) return;
  slots[slot + 1] = slots[slot] as number;
  slots[slot] = offset;
}

/** The first `needle` at or after `from`, if it starts before `before`; -1 otherwise. */
export function find(b: Buffer, needle: Buffer, from: number, before: number): number {
  const i = b.indexOf(needle, from);
  return i === -1 || i >= before ? -1 : i;
}

/** `k` at its remembered place, or searched for in [from, before); remembered relative to `base`. */
export function locate(dv: DataView, b: Buffer, slots: Int32Array, slot: number, base: number, k: Key, needle: Buffer, from: number, before: number): number {
  let p = recall(dv, b, slots, slot, base, k, before);
  if (p === -1) p = find(b, needle, from, before);
  if (p !== -1) remember(slots, slot, p - base);
  return p;
}

/** The last `k` starting before `from` and at or after `limit`; -1 if none. */
export function back(dv: DataView, b: Uint8Array, from: number, limit: number, k: Key): number {
  const first = k.bytes[0];
  for (let p = from - k.bytes.length; p >= limit; p -= 1) if (b[p] === first && is(dv, b, p, k)) return p;
  return -1;
}

/** The first `k` at or after `from` and before `limit`; -1 if none. */
export function on(dv: DataView, b: Uint8Array, from: number, limit: number, k: Key): number {
  const first = k.bytes[0];
  const second = k.bytes[1];
  for (let p = from; p < limit; p += 1) if (b[p] === first && b[p + 1] === second && is(dv, b, p, k)) return p;
  return -1;
}

/** The string value whose opening quote is at `q` (no escapes: names, ids, instants), ending before `limit`. */
export function value(b: Buffer, q: number, limit: number): string | undefined {
  const e = b.indexOf(QUOTE, q + 1);
  return e === -1 || e >= limit ? undefined : b.toString('latin1', q + 1, e);
}

/**
 * Names seen lately (request ids, targets), by a hash of their bytes: a
 * request's few events stand close together, and the string found again is
 * neither cut out nor hashed again for the maps it is looked up in.
 */
const NAME_SLOTS = 512;
const NAME_MAX = 48;
const nameText: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS).fill(undefined);
const nameBytes = new Uint8Array(NAME_SLOTS * NAME_MAX);
/** Each slot's length, beside the bytes: a miss is told without touching the string. */
const nameLength = new Int16Array(NAME_SLOTS).fill(-1);
const nameView = new DataView(nameBytes.buffer);

/** value(), through the names seen lately. */
export function name(dv: DataView, b: Buffer, q: number, limit: number): string | undefined {
  const e = b.indexOf(QUOTE, q + 1);
  if (e === -1 || e >= limit) return undefined;
  const start = q + 1;
  const n = e - start;
  if (n > NAME_MAX) return b.toString('latin1', start, e);
  let h = n;
  let i = 0;
  for (; i + 4 <= n; i += 4) h = Math.imul(h ^ dv.getUint32(start + i), 0x01000193);
  for (; i < n; i += 1) h = Math.imul(h ^ (b[start + i] ?? 0), 0x01000193);
  const slot = (h ^ (h >>> 15)) & (NAME_SLOTS - 1);
  if (nameLength[slot] === n && same(dv, start, nameView, slot * NAME_MAX, n)) {
    const held = nameText[slot];
    if (held !== undefined) return held;
  }
  const text = b.toString('latin1', start, e);
  nameText[slot] = text;
  nameLength[slot] = n;
  const to = slot * NAME_MAX;
  i = 0;
  for (; i + 4 <= n; i += 4) nameView.setUint32(to + i, dv.getUint32(start + i));
  for (; i < n; i += 1) nameBytes[to + i] = b[start + i] ?? 0;
  return text;
}

/** sha256 (hex) of a stored line's canonical body: the line's bytes with the hash member cut, read in place. */
export function hashBytes(bytes: Buffer, start: number, end: number): string {
  // The body is the line up to `,"hash":"..."` with `}` in place of its comma:
  // the comma is overwritten for the call and put back, so nothing is copied
  // (a plain Uint8Array view: cheaper to make than a Buffer's subarray).
  const at = end - HASH_TRAILER_LENGTH;
  // What stood there goes back (a malformed line's byte need not be a comma: the reference reader reads it next).
  const was = bytes[at] ?? COMMA;
  bytes[at] = CLOSE_BRACE;
  try {
    return digest('sha256', new Uint8Array(bytes.buffer, bytes.byteOffset + start, at + 1 - start), 'hex');
  } finally {
    bytes[at] = was;
  }
}

/** The 64 hex digits stored at b[at] are `hex` (a digest just computed). */
export function storedHashIs(b: Buffer, at: number, hex: string): boolean {
  return b.toString('latin1', at, at + 64) === hex;
}
