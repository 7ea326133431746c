import { HASH_TRAILER_LENGTH } from './canonical.js';
import type { EventType } from './events.js';

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
  readonly at: string;
  /** Where `prev`'s 64 hex digits start in the bytes. */
  readonly prevAt: number;
  /** `prev` is the link the caller expected (compared in place). */
  readonly linked: boolean;
  readonly request: string;
  /** A `granted` stored without the body its intent holds (slim.ts). */
  readonly slim: boolean;
  /** intent, granted: the grants' targets; revoked: its targets. */
  readonly targets: readonly string[] | undefined;
  /** revoke_failed, drift_found. */
  readonly target: string | undefined;
  readonly extends: string | undefined;
  readonly checkpoint: { readonly open: string; readonly openEvents: number; readonly kept: string; readonly keptEvents: number } | undefined;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const ZERO = 0x30;
const NINE = 0x39;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdef') HEX[c.charCodeAt(0)] = 1;

type Key = Uint8Array;
const key = (s: string): Key => Uint8Array.from(s, (c) => c.charCodeAt(0));
/**
 * Where members stood in the last two records of each type (prev and at from
 * the line's start, request from prev, seq from after request): records of
 * one type from one run put them at the same places, so a check in place
 * mostly saves the search.
 */
const OFFSETS = new Map<string, { prev: number[]; request: number[]; seq: number[]; at: number[]; grantees: number[]; grants: number[]; pr: number[] }>();

/** A remembered offset from `base` where `k` stands (and before `limit`), or -1. */
function recall(b: Buffer, slots: readonly number[], base: number, k: Key, limit: number): number {
  for (const o of slots) if (o >= 0 && base + o < limit && at(b, base + o, k)) return base + o;
  return -1;
}

function remember(slots: number[], offset: number): void {
  if (slots[0] === offset) return;
  slots[1] = slots[0] ?? -1;
  slots[0] = offset;
}

const K = {
  prevKey: key('"prev":"'),
  requestKey: key('"request":"'),
  seqKey: key(',"seq":'),
  atKey: key('"at":"'),
  granteesKey: key('"grantees":['),
  grantsKey: key('"grants":['),
  prKey: key('],"pr":{'),
  what: key(',"what":'),
  verified: key(',"verified":true'),
  v: key(',"v":'),
  type: key(',"type":'),
  grants: key('"grants":['),
  pr: key('],"pr":{'),
  extends: key('"extends":"'),
  targets: key('"targets":["'),
  target: key('"target":"'),
  open: key('"open":"'),
  kept: key('"kept":"'),
  openEvents: key('"open_events":'),
  keptEvents: key('"kept_events":'),
};
const NAMES: readonly (EventType | 'checkpoint')[] = ['intent', 'granted', 'grant_refused', 'revoke_failed', 'revoked', 'drift_found', 'activity', 'alert', 'checkpoint'];
const TYPE_KEYS = NAMES.map((n) => [n, key(n)] as const);

/** Keys as byte needles for Buffer.indexOf (native memory search). */
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

/** The first `needle` at or after `from`, if it starts before `before`; -1 otherwise. */
function find(b: Buffer, needle: Buffer, from: number, before: number): number {
  const i = b.indexOf(needle, from);
  return i === -1 || i >= before ? -1 : i;
}

function at(b: Buffer, p: number, k: Key): boolean {
  if (p < 0) return false;
  for (let i = 0; i < k.length; i += 1) if (b[p + i] !== k[i]) return false;
  return true;
}

/** The last `k` starting before `from` and at or after `limit`; -1 if none. */
function back(b: Buffer, from: number, limit: number, k: Key): number {
  for (let p = from - k.length; p >= limit; p -= 1) if (b[p] === k[0] && at(b, p, k)) return p;
  return -1;
}

/** The first `k` at or after `from` and before `limit`; -1 if none. */
function on(b: Buffer, from: number, limit: number, k: Key): number {
  const first = k[0];
  const second = k[1];
  for (let p = from; p < limit; p += 1) if (b[p] === first && b[p + 1] === second && at(b, p, k)) return p;
  return -1;
}

/** The string value whose opening quote is at `q` (no escapes: names, ids, instants). */
function value(b: Buffer, q: number, limit: number): string | undefined {
  let e = q + 1;
  while (e < limit && b[e] !== QUOTE) e += 1;
  return e >= limit ? undefined : b.toString('latin1', q + 1, e);
}

/** Where the last digits() stopped: a module variable rather than an object per call. */
let digitsEnd = 0;

/** The integer whose digits start at `from` (NaN when there are none, or a leading zero); sets digitsEnd. */
function digits(b: Buffer, from: number): number {
  let v = 0;
  let e = from;
  for (let c = b[e] ?? 0; c >= ZERO && c <= NINE && e - from < 16; c = b[e] ?? 0) {
    v = v * 10 + (c - ZERO);
    e += 1;
  }
  digitsEnd = e;
  return e === from || (b[from] === ZERO && e > from + 1) ? Number.NaN : v;
}

/**
 * The chain-depth reading of the line b[start, end) (end at its LF), or
 * undefined when the members the chain needs are not where a sealed line has
 * them. `lastAt` is the record before's `at`: the records of one commit share
 * it, and it is compared in place rather than cut out again. `prevBytes` and
 * `prevAt` are where the hash the line must link to stands (in these bytes or
 * a copy); none after a break.
 */
export function scanLine(
  b: Buffer,
  start: number,
  end: number,
  hash: string,
  lastAt: string | undefined,
  prevBytes?: Buffer,
  prevAt = 0,
): ScannedLine | undefined {
  const trailer = end - HASH_TRAILER_LENGTH;
  // The hash member's place; the caller's digest comparison proves the rest of the trailer.
  if (trailer <= start + 1 || b[start] !== 0x7b || b[trailer] !== COMMA || b[trailer + 2] !== 0x68 /* h */ || b[end - 1] !== 0x7d) return undefined;
  // The tail: ,"type":"<type>","v":<1|2>[,"verified":true | ,"what":"<kind>"] then the hash trailer.
  let vAt = trailer - 6;
  if (b[trailer - 1] === QUOTE) {
    let q = trailer - 2;
    while (q > start && b[q] !== QUOTE) q -= 1;
    if (!at(b, q - 8, K.what)) return undefined;
    vAt = q - 14;
  } else if (b[trailer - 1] === 0x65 /* e, of true */ && at(b, trailer - 16, K.verified)) {
    vAt = trailer - 22;
  }
  if (!at(b, vAt, K.v) || b[vAt - 1] !== QUOTE) return undefined;
  const v = (b[vAt + 5] ?? 0) - ZERO;
  if (!(v === 1 || v === 2)) return undefined;
  let typeStart = vAt - 2;
  while (typeStart > start && b[typeStart] !== QUOTE) typeStart -= 1;
  if (!at(b, typeStart - 8, K.type)) return undefined;
  const length = vAt - 2 - typeStart;
  let type: EventType | 'checkpoint' | undefined;
  for (const [name, k] of TYPE_KEYS) {
    if (k.length === length && k[0] === b[typeStart + 1] && at(b, typeStart + 1, k)) {
      type = name;
      break;
    }
  }
  if (type === undefined) return undefined;

  // seq, request, prev, at: each the first of its key in the line (nested objects hold none of these keys,
  // and no string a bare quote), found by the native byte search with the key as a ready-made needle.
  // In key order, each search starting where the last found one ends: the line is searched at most
  // about once. Mostly not at all: records of one type from one run put prev (and at) at the same
  // offset as the record before did, and request and seq right after prev and request.
  let memo = OFFSETS.get(type);
  if (memo === undefined) {
    memo = { prev: [-1, -1], request: [-1, -1], seq: [-1, -1], at: [-1, -1], grantees: [-1, -1], grants: [-1, -1], pr: [-1, -1] };
    OFFSETS.set(type, memo);
  }
  let p = recall(b, memo.prev, start, K.prevKey, typeStart);
  if (p === -1) p = find(b, N.prev, start, typeStart);
  if (p === -1 || b[p + 72] !== QUOTE) return undefined;
  remember(memo.prev, p - start);
  let r = -1;
  let request = '';
  let from = p + 73;
  if (type !== 'checkpoint') {
    r = recall(b, memo.request, p, K.requestKey, typeStart);
    if (r === -1) r = find(b, N.request, from, typeStart);
    if (r === -1) return undefined;
    remember(memo.request, r - p);
    const id = value(b, r + 10, typeStart);
    if (id === undefined) return undefined;
    request = id;
    from = r + 12 + id.length;
  }
  let s = recall(b, memo.seq, from, K.seqKey, typeStart);
  if (s === -1) s = find(b, N.seq, from, typeStart) - 1;
  if (s < from - 1) return undefined;
  remember(memo.seq, s - from);
  s += 1;
  const seq = digits(b, s + 6);
  const seqEnd = digitsEnd;
  if (Number.isNaN(seq) || b[seqEnd] !== COMMA) return undefined;
  // The link expected, compared in place (equal means hex); anything else must at least be hex.
  const linked = prevBytes !== undefined && b.compare(prevBytes, prevAt, prevAt + 64, p + 8, p + 72) === 0;
  if (!linked) for (let i = p + 8; i < p + 72; i += 1) if (HEX[b[i] ?? 0] !== 1) return undefined;
  let a = recall(b, memo.at, start, K.atKey, p);
  if (a === -1) a = find(b, N.at, start, p);
  if (a === -1) return undefined;
  remember(memo.at, a - start);
  let atText: string | undefined;
  if (lastAt !== undefined && b[a + 6 + lastAt.length] === QUOTE) {
    atText = lastAt;
    for (let i = 0; i < lastAt.length; i += 1) {
      if (b[a + 6 + i] !== lastAt.charCodeAt(i)) {
        atText = undefined;
        break;
      }
    }
  }
  atText ??= value(b, a + 5, p);
  if (atText === undefined) return undefined;

  if (type === 'checkpoint') {
    if (v !== 2) return undefined;
    const open = on(b, start, p, K.open);
    const kept = on(b, start, p, K.kept);
    const oe = on(b, start, p, K.openEvents);
    const ke = on(b, start, p, K.keptEvents);
    if (open === -1 || kept === -1 || oe === -1 || ke === -1) return undefined;
    return {
      type, v, seq, hash, at: atText, prevAt: p + 8, linked, request, slim: false, targets: undefined, target: undefined, extends: undefined,
      checkpoint: { open: b.toString('latin1', open + 8, open + 72), openEvents: digits(b, oe + 14), kept: b.toString('latin1', kept + 8, kept + 72), keptEvents: digits(b, ke + 14) },
    };
  }
  let slim = false;
  let targets: string[] | undefined;
  let target: string | undefined;
  let ext: string | undefined;
  if (type === 'intent' || type === 'granted') {
    // A slim granted's prev follows granted_at (a string); a whole one's follows pr (an object).
    if (b[p - 2] === QUOTE) {
      if (type !== 'granted' || v !== 2) return undefined;
      slim = true;
    } else {
      // Within [at, prev): duration, expires_at, extends?, granted_at?, grantees, grants, pr.
      // Within [at, prev): duration, expires_at, extends?, granted_at?, grantees, grants, pr.
      let gs = recall(b, memo.grantees, a, K.granteesKey, p);
      if (gs === -1) gs = find(b, N.grantees, a, p);
      if (gs === -1) return undefined;
      remember(memo.grantees, gs - a);
      let g = recall(b, memo.grants, gs, K.grantsKey, p);
      if (g === -1) g = find(b, N.grants, gs, p);
      if (g === -1) return undefined;
      remember(memo.grants, g - gs);
      let pr = recall(b, memo.pr, g, K.prKey, p);
      if (pr === -1) pr = find(b, N.pr, g, p);
      if (pr === -1) return undefined;
      remember(memo.pr, pr - g);
      // extends is one or two members before grantees (granted_at between, on a granted): a short step back.
      const e = back(b, gs, Math.max(a, gs - 160), K.extends);
      if (e !== -1) ext = value(b, e + 10, gs);
      targets = [];
      const grants = b.subarray(g, pr);
      for (let t = grants.indexOf(N.target); t !== -1; t = grants.indexOf(N.target, t + 10)) {
        const name = value(grants, t + 9, grants.length);
        if (name === undefined) return undefined;
        targets.push(name);
      }
      if (targets.length === 0) return undefined;
    }
  } else if (type === 'revoked') {
    const g = on(b, seqEnd, typeStart, K.targets);
    if (g === -1) return undefined;
    targets = [];
    for (let q = g + 11; b[q] === QUOTE; ) {
      const name = value(b, q, typeStart);
      if (name === undefined) return undefined;
      targets.push(name);
      q += name.length + 2;
      if (b[q] === COMMA) q += 1;
    }
    if (targets.length === 0) return undefined;
  } else if (type === 'revoke_failed' || type === 'drift_found') {
    const g = on(b, seqEnd, typeStart, K.target);
    if (g === -1) return undefined;
    target = value(b, g + 9, typeStart);
    if (target === undefined) return undefined;
  }
  return { type, v, seq, hash, at: atText, prevAt: p + 8, linked, request, slim, targets, target, extends: ext, checkpoint: undefined };
}
