import { HASH_TRAILER_LENGTH } from './canonical.js';
import type { EventType } from './events.js';
import { back, COMMA, find, is, key, locate, name, on, QUOTE, recall, remember, same, value, viewOf, type Key } from './bytes.js';
import { instantMsBytes } from './instant-fast.js';
import type { CheckpointRecord } from './record.js';

/**
 * The verifier's reading of a line at chain depth: "parsing only what the
 * checks need". The caller hashes the line's bytes; this finds the members
 * the chain and the fold use (type, v, seq, at, prev, request, the targets,
 * `extends`, a checkpoint record's digests) in the bytes, in place, without
 * decoding the file. A line Grantbook wrote is canonical JSON: keys sorted,
 * strings that cannot hold a bare quote, so a `"key":` stands only where that
 * member does; the members a line ends with (type, v, seq, request, prev) are
 * a short way back from its end, `at` a short way in from its start.
 *
 * What this does not do is hold the line to the event schema: the reference
 * reader (line.ts) does that for `audit verify --deep`, for a run's view and
 * for every reader that hands events out. A line whose bytes match its hash
 * is the line that was sealed, and whoever can seal lines can seal valid ones
 * just as well: the schema adds nothing to what the chain proves, and the
 * chain check stays near the hash's speed. A line this cannot read goes to
 * the reference reader, which names the problem.
 */
export interface ScannedLine {
  readonly type: EventType | 'checkpoint';
  readonly v: number;
  readonly seq: number;
  /** The digest the caller computed over the line's bytes (the line's hash once it matched the stored one). */
  readonly hash: string;
  /** `at` as text: cut out when asked for (a month file's name, a checkpoint record). */
  readonly at: string;
  /** `at` in epoch milliseconds, read from the bytes. */
  readonly atMs: number;
  /** Where `prev`'s 64 hex digits start in the bytes. */
  readonly prevAt: number;
  /** `prev` is the link the caller expected (compared in place). */
  readonly linked: boolean;
  readonly request: string;
  /** A `granted` stored without the body its intent holds (slim.ts). */
  readonly slim: boolean;
  /** intent, granted: the grants' targets; revoked: its targets. */
  readonly targets: readonly string[] | undefined;
  /** intent, granted: a grant opens with `already_held` (keys sorted: its first member when present). */
  readonly heldMarked: boolean;
  /** revoke_failed, drift_found. */
  readonly target: string | undefined;
  readonly extends: string | undefined;
  readonly checkpoint: { readonly open: string; readonly openEvents: number; readonly kept: string; readonly keptEvents: number } | undefined;
}

const CLOSE = 0x7d;
const CLOSE_LIST = 0x5d;
const ZERO = 0x30;
const NINE = 0x39;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdef') HEX[c.charCodeAt(0)] = 1;

/**
 * The last `at` read, as bytes and as milliseconds: the records of one
 * commit share it, and the next line's is compared with it in place rather
 * than read again.
 */
const lastAtBytes = new Uint8Array(32);
const lastAtView = new DataView(lastAtBytes.buffer);
let lastAtLength = -1;
let lastAtMs = 0;

const K = {
  prev: key('"prev":"'),
  request: key('"request":"'),
  seq: key(',"seq":'),
  at: key('"at":"'),
  grantees: key('"grantees":['),
  grants: key('"grants":['),
  pr: key('],"pr":{'),
  what: key(',"what":'),
  verified: key(',"verified":true'),
  v: key(',"v":'),
  type: key(',"type":'),
  extends: key('"extends":"'),
  duration: key(',"duration":"'),
  expiresAt: key(',"expires_at":"'),
  extendsMember: key(',"extends":"'),
  targets: key('"targets":["'),
  target: key('"target":"'),
  alreadyHeld: key('{"already_held":'),
  open: key('"open":"'),
  kept: key('"kept":"'),
  openEvents: key('"open_events":'),
  keptEvents: key('"kept_events":'),
};
/** Most frequent first: the type is found by trying them in turn. */
const NAMES: readonly (EventType | 'checkpoint')[] = [
  'activity',
  'intent',
  'granted',
  'revoked',
  'grant_refused',
  'revoke_failed',
  'drift_found',
  'alert',
  'checkpoint',
];
const TYPE_KEYS = NAMES.map((n) => key(n));

/** Which type's name stands at b[p], `length` bytes long (-1 if none). */
function typeAt(dv: DataView, b: Uint8Array, p: number, length: number): number {
  for (let i = 0; i < TYPE_KEYS.length; i += 1) {
    const k = TYPE_KEYS[i] as Key;
    if (k.bytes.length === length && k.bytes[0] === b[p] && is(dv, b, p, k)) return i;
  }
  return -1;
}

/** Keys as byte needles for Buffer.indexOf (native memory search), when a remembered place does not hold. */
const N = {
  seq: Buffer.from('"seq":'),
  prev: Buffer.from('"prev":"'),
  request: Buffer.from('"request":"'),
  at: Buffer.from('"at":"'),
  grantees: Buffer.from('"grantees":['),
  grants: Buffer.from('"grants":['),
  pr: Buffer.from('],"pr":{'),
  target: Buffer.from('"target":"'),
};

/**
 * Where members stood in the last two records of each type (prev and at
 * from the line's start, request from prev, seq from after request, and so
 * on): records of one type from one run put them at the same places, so a
 * check in place mostly saves the search. Two slots a member, by type.
 */
const SLOT = { prev: 0, request: 2, seq: 4, at: 6, grantees: 8, grants: 10, pr: 12, target: 14 } as const;
const OFFSETS = NAMES.map(() => new Int32Array(16).fill(-1));

/**
 * The `extends` of an intent or granted, walking from `c` (just after the
 * closing quote of `at`) over duration and expires_at: undefined when the
 * member after them is not extends, null when the line is not laid out so.
 */
function extendsAfter(dv: DataView, b: Buffer, c: number, before: number): string | undefined | null {
  if (!is(dv, b, c, K.duration)) return null;
  let q = b.indexOf(QUOTE, c + 13);
  if (q === -1 || q >= before || !is(dv, b, q + 1, K.expiresAt)) return null;
  q = b.indexOf(QUOTE, q + 16);
  if (q === -1 || q >= before) return null;
  if (!is(dv, b, q + 1, K.extendsMember)) return undefined;
  return name(dv, b, q + 12, before) ?? null;
}

/** Where the last digits() stopped: a module variable rather than an object per call. */
let digitsEnd = 0;

/** The integer whose digits start at `from` (NaN when there are none, or a leading zero); sets digitsEnd. */
function digits(b: Uint8Array, from: number): number {
  let v = 0;
  let e = from;
  for (let c = b[e] ?? 0; c >= ZERO && c <= NINE && e - from < 16; c = b[e] ?? 0) {
    v = v * 10 + (c - ZERO);
    e += 1;
  }
  digitsEnd = e;
  return e === from || (b[from] === ZERO && e > from + 1) ? Number.NaN : v;
}

/** The result, one object reused from line to line: the reader takes what it needs before the next. */
class Scanned implements ScannedLine {
  type: EventType | 'checkpoint' = 'intent';
  v = 2;
  seq = 0;
  hash = '';
  atMs = 0;
  prevAt = 0;
  linked = false;
  request = '';
  slim = false;
  targets: readonly string[] | undefined = undefined;
  heldMarked = false;
  target: string | undefined = undefined;
  extends: string | undefined = undefined;
  checkpoint: ScannedLine['checkpoint'] = undefined;
  bytes: Buffer = Buffer.alloc(0);
  atStart = 0;
  atEnd = 0;

  get at(): string {
    return this.bytes.toString('latin1', this.atStart, this.atEnd);
  }
}
const out = new Scanned();
/** Its targets, reused likewise. */
const targetList: string[] = [];

/**
 * The line's tail, where a sealed line has it: `,"type":"<type>","v":<1|2>`
 * then `,"verified":true` or `,"what":"<kind>"` or nothing, then the hash
 * trailer. The version, where the type member starts, and the type's index
 * in NAMES; undefined when the tail is not so.
 */
function tailOf(dv: DataView, b: Uint8Array, start: number, end: number): { v: number; typeStart: number; index: number } | undefined {
  const trailer = end - HASH_TRAILER_LENGTH;
  // The hash member's place; the caller's digest comparison proves the rest of the trailer.
  if (trailer <= start + 1 || end > b.length || b[start] !== 0x7b || b[trailer] !== COMMA || b[trailer + 2] !== 0x68 /* h */ || b[end - 1] !== CLOSE)
    return undefined;
  let vAt = trailer - 6;
  if (b[trailer - 1] === QUOTE) {
    let q = trailer - 2;
    while (q > start && b[q] !== QUOTE) q -= 1;
    if (!is(dv, b, q - 8, K.what)) return undefined;
    vAt = q - 14;
  } else if (b[trailer - 1] === 0x65 /* e, of true */ && is(dv, b, trailer - 16, K.verified)) {
    vAt = trailer - 22;
  }
  if (!is(dv, b, vAt, K.v) || b[vAt - 1] !== QUOTE) return undefined;
  const v = (b[vAt + 5] ?? 0) - ZERO;
  if (!(v === 1 || v === 2)) return undefined;
  let typeStart = vAt - 2;
  while (typeStart > start && b[typeStart] !== QUOTE) typeStart -= 1;
  if (!is(dv, b, typeStart - 8, K.type)) return undefined;
  const index = typeAt(dv, b, typeStart + 1, vAt - 2 - typeStart);
  return index === -1 ? undefined : { v, typeStart, index };
}

/**
 * The record type the tail of the line b[start, end) names, read as the
 * chain scan reads it (undefined where the scan would not read the line):
 * for a sealed line, the type the verifier judged it as, without parsing.
 */
export function tailType(b: Buffer, start: number, end: number): EventType | 'checkpoint' | undefined {
  const tail = tailOf(viewOf(b), b, start, end);
  return tail === undefined ? undefined : NAMES[tail.index];
}

/**
 * The chain-depth reading of the line b[start, end) (end at its LF), or
 * undefined when the members the chain needs are not where a sealed line has
 * them. The object returned is reused by the next call. `prevBytes` and `prevAt` are
 * where the hash the line must link to stands (in these bytes or a copy);
 * none after a break.
 */
export function scanLine(b: Buffer, start: number, end: number, hash: string, prevBytes?: Buffer, prevAt = 0): ScannedLine | undefined {
  const dv = viewOf(b);
  const tail = tailOf(dv, b, start, end);
  if (tail === undefined) return undefined;
  const { v, typeStart, index } = tail;
  const type = NAMES[index] as EventType | 'checkpoint';
  const memo = OFFSETS[index] as Int32Array;

  // seq, request, prev, at: each the first of its key in the line (nested objects hold none of these keys,
  // and no string a bare quote), found by the native byte search with the key as a ready-made needle.
  // In key order, each search starting where the last found one ends: the line is searched at most
  // about once. Mostly not at all: records of one type from one run put prev (and at) at the same
  // offset as the record before did, and request and seq right after prev and request.
  const p = locate(dv, b, memo, SLOT.prev, start, K.prev, N.prev, start, typeStart);
  if (p === -1 || b[p + 72] !== QUOTE) return undefined;
  let request = '';
  let from = p + 73;
  if (type !== 'checkpoint') {
    const r = locate(dv, b, memo, SLOT.request, p, K.request, N.request, from, typeStart);
    if (r === -1) return undefined;
    const id = name(dv, b, r + 10, typeStart);
    if (id === undefined) return undefined;
    request = id;
    from = r + 12 + id.length;
  }
  // `,"seq":` remembered with its comma, searched for without it.
  let s = recall(dv, b, memo, SLOT.seq, from, K.seq, typeStart);
  if (s === -1) {
    s = find(b, N.seq, from, typeStart) - 1;
    if (s < from - 1) return undefined;
  }
  remember(memo, SLOT.seq, s - from);
  const seq = digits(b, s + 7);
  const seqEnd = digitsEnd;
  if (Number.isNaN(seq) || b[seqEnd] !== COMMA) return undefined;
  // The link expected, compared in place (equal means hex); anything else must at least be hex.
  let linked = prevBytes !== undefined && prevAt >= 0 && prevAt + 64 <= prevBytes.length;
  if (linked && prevBytes !== undefined) linked = same(dv, p + 8, prevBytes === b ? dv : viewOf(prevBytes), prevAt, 64);
  if (!linked) for (let i = p + 8; i < p + 72; i += 1) if (HEX[b[i] ?? 0] !== 1) return undefined;
  const a = locate(dv, b, memo, SLOT.at, start, K.at, N.at, start, p);
  if (a === -1) return undefined;
  // The same instant as the last line read (one commit's records share it), or one read from the bytes.
  const atStart = a + 6;
  let atEnd = atStart + lastAtLength;
  let atMs = lastAtMs;
  if (!(lastAtLength > 0 && atEnd < p && b[atEnd] === QUOTE && same(dv, atStart, lastAtView, 0, lastAtLength))) {
    atEnd = b.indexOf(QUOTE, atStart);
    if (atEnd === -1 || atEnd >= p) return undefined;
    const ms = instantMsBytes(b, atStart, atEnd);
    if (ms === undefined) return undefined;
    atMs = ms;
    const length = atEnd - atStart;
    if (length <= lastAtBytes.length) {
      let i = 0;
      for (; i + 4 <= length; i += 4) lastAtView.setUint32(i, dv.getUint32(atStart + i));
      for (; i < length; i += 1) lastAtBytes[i] = b[atStart + i] ?? 0;
      lastAtLength = length;
      lastAtMs = ms;
    }
  }

  out.type = type;
  out.v = v;
  out.seq = seq;
  out.hash = hash;
  out.atMs = atMs;
  out.bytes = b;
  out.atStart = atStart;
  out.atEnd = atEnd;
  out.prevAt = p + 8;
  out.linked = linked;
  out.request = request;
  out.slim = false;
  out.targets = undefined;
  out.heldMarked = false;
  out.target = undefined;
  out.extends = undefined;
  out.checkpoint = undefined;
  if (type === 'checkpoint') {
    if (v !== 2) return undefined;
    const open = on(dv, b, start, p, K.open);
    const kept = on(dv, b, start, p, K.kept);
    const oe = on(dv, b, start, p, K.openEvents);
    const ke = on(dv, b, start, p, K.keptEvents);
    if (open === -1 || kept === -1 || oe === -1 || ke === -1) return undefined;
    out.checkpoint = {
      open: b.toString('latin1', open + 8, open + 72),
      openEvents: digits(b, oe + 14),
      kept: b.toString('latin1', kept + 8, kept + 72),
      keptEvents: digits(b, ke + 14),
    };
    return out;
  }
  if (type === 'intent' || type === 'granted') {
    // A slim granted's prev follows granted_at (a string); a whole one's follows pr (an object).
    if (b[p - 2] === QUOTE) {
      if (type !== 'granted' || v !== 2) return undefined;
      out.slim = true;
      return out;
    }
    // Within [at, prev): duration, expires_at, extends?, granted_at?, grantees, grants, pr.
    const gs = locate(dv, b, memo, SLOT.grantees, a, K.grantees, N.grantees, a, p);
    if (gs === -1) return undefined;
    const g = locate(dv, b, memo, SLOT.grants, gs, K.grants, N.grants, gs, p);
    if (g === -1) return undefined;
    const pr = locate(dv, b, memo, SLOT.pr, g, K.pr, N.pr, g, p);
    if (pr === -1) return undefined;
    // extends follows at, duration and expires_at (keys sorted, the two required): a walk of three
    // members; a line laid out otherwise is searched a short way back from grantees.
    const walked = extendsAfter(dv, b, atEnd + 1, gs);
    if (walked !== null) out.extends = walked;
    else {
      const e = back(dv, b, gs, Math.max(a, gs - 160), K.extends);
      if (e !== -1) out.extends = value(b, e + 10, gs);
    }
    // Each grant ends with its target (keys sorted): `"target":"<name>"}` then `,` before the next grant or `]`.
    const targets = targetList;
    targets.length = 0;
    let heldMarked = is(dv, b, g + N.grants.length, K.alreadyHeld);
    for (let t = locate(dv, b, memo, SLOT.target, g, K.target, N.target, g, pr); t !== -1;) {
      const target = name(dv, b, t + 9, pr);
      if (target === undefined) return undefined;
      targets.push(target);
      const after = t + 11 + target.length;
      if (b[after] !== CLOSE || (b[after + 1] !== COMMA && b[after + 1] !== CLOSE_LIST)) return undefined;
      if (b[after + 1] === COMMA && is(dv, b, after + 2, K.alreadyHeld)) heldMarked = true;
      // The native search is unbounded: it runs only while a grant follows, so it stays within the grants.
      t = b[after + 1] === COMMA ? find(b, N.target, after, pr) : -1;
    }
    out.heldMarked = heldMarked;
    if (targets.length === 0) return undefined;
    out.targets = targets;
  } else if (type === 'revoked') {
    const g = on(dv, b, seqEnd, typeStart, K.targets);
    if (g === -1) return undefined;
    const targets = targetList;
    targets.length = 0;
    for (let q = g + 11; b[q] === QUOTE;) {
      const target = name(dv, b, q, typeStart);
      if (target === undefined) return undefined;
      targets.push(target);
      q += target.length + 2;
      if (b[q] === COMMA) q += 1;
    }
    if (targets.length === 0) return undefined;
    out.targets = targets;
  } else if (type === 'revoke_failed' || type === 'drift_found') {
    const g = on(dv, b, seqEnd, typeStart, K.target);
    if (g === -1) return undefined;
    out.target = name(dv, b, g + 9, typeStart);
    if (out.target === undefined) return undefined;
  }
  return out;
}

/** The checkpoint record a scanned line is (its link and hash given: the caller compared them). */
export function scannedCheckpoint(f: ScannedLine, prev: string, hash: string): CheckpointRecord {
  const c = f.checkpoint ?? { open: '', openEvents: 0, kept: '', keptEvents: 0 };
  return { v: 2, seq: f.seq, type: 'checkpoint', at: f.at, prev, hash, open: c.open, open_events: c.openEvents, kept: c.kept, kept_events: c.keptEvents };
}
