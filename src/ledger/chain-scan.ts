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
const K = {
  what: key(',"what":'),
  verified: key(',"verified":true'),
  v: key(',"v":'),
  type: key(',"type":'),
  seq: key('"seq":'),
  request: key('"request":'),
  requestQ: key('"request":"'),
  prev: key('"prev":"'),
  at: key('"at":"'),
  braceAt: key('},"at":"'),
  braceApprovers: key('},"approvers":['),
  bracketAt: key('],"at":"'),
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

function at(b: Buffer, p: number, k: Key): boolean {
  if (p < 0) return false;
  for (let i = 0; i < k.length; i += 1) if (b[p + i] !== k[i]) return false;
  return true;
}

/** The last `k` starting before `from` and at or after `limit`; -1 if none. */
function back(b: Buffer, from: number, limit: number, k: Key): number {
  const first = k[0];
  const second = k[1];
  for (let p = from - k.length; p >= limit; p -= 1) if (b[p] === first && b[p + 1] === second && at(b, p, k)) return p;
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

function digits(b: Buffer, from: number): { value: number; end: number } {
  let v = 0;
  let e = from;
  for (let c = b[e] ?? 0; c >= ZERO && c <= NINE && e - from < 16; c = b[e] ?? 0) {
    v = v * 10 + (c - ZERO);
    e += 1;
  }
  return { value: e === from || (b[from] === ZERO && e > from + 1) ? Number.NaN : v, end: e };
}

/**
 * The chain-depth reading of the line b[start, end) (end at its LF), or
 * undefined when the members the chain needs are not where a sealed line has
 * them. `lastAt` is the record before's `at`: the records of one commit share
 * it, and it is compared in place rather than cut out again.
 */
export function scanLine(b: Buffer, start: number, end: number, lastAt: string | undefined, expectPrev: string | undefined): ScannedLine | undefined {
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

  // seq, request, prev: back from the type (keys sorted: prev < [principal, profile, provider, reason(s)] < request < [request_blob, requester] < seq < ... < type).
  const s = back(b, typeStart, start, K.seq);
  if (s === -1) return undefined;
  const seq = digits(b, s + 6);
  if (Number.isNaN(seq.value) || b[seq.end] !== COMMA) return undefined;
  let r = -1;
  let request = '';
  if (type !== 'checkpoint') {
    if (b[s - 2] === QUOTE) {
      // Mostly request is the member right before seq: step back over its value.
      let q = s - 3;
      while (q > start && b[q] !== QUOTE) q -= 1;
      if (at(b, q - 10, K.request)) r = q - 10;
    }
    if (r === -1) r = back(b, s, start, K.requestQ);
    if (r === -1) return undefined;
    const id = value(b, r + 10, s);
    if (id === undefined) return undefined;
    request = id;
  }
  // prev: right before request in most events, else a short way back.
  let p = r !== -1 && at(b, r - 74, K.prev) ? r - 74 : -1;
  if (p === -1) p = back(b, r === -1 ? s : r, start, K.prev);
  if (p === -1 || b[p + 72] !== QUOTE) return undefined;
  // The expected link, compared in place (equal means hex); anything else must at least be hex.
  let linked = expectPrev !== undefined;
  for (let i = 0; linked && i < 64; i += 1) if (b[p + 8 + i] !== expectPrev?.charCodeAt(i)) linked = false;
  if (!linked) for (let i = p + 8; i < p + 72; i += 1) if (HEX[b[i] ?? 0] !== 1) return undefined;

  // at: after the actor object (its values hold no brace), after an intent's approvers (they hold no bracket).
  let a = -1;
  if (at(b, start + 1, K.at)) a = start + 1;
  else {
    const actor = b.indexOf(0x7d /* } */, start);
    if (actor !== -1 && actor < p) {
      if (at(b, actor, K.braceAt)) a = actor + 2;
      else if (at(b, actor, K.braceApprovers)) {
        const approvers = b.indexOf(0x5d /* ] */, actor);
        if (at(b, approvers, K.bracketAt)) a = approvers + 2;
      }
    }
    if (a === -1) a = on(b, start + 1, p, K.at);
  }
  if (a === -1) return undefined;
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
      type, v, seq: seq.value, at: atText, prevAt: p + 8, linked, request, slim: false, targets: undefined, target: undefined, extends: undefined,
      checkpoint: { open: b.toString('latin1', open + 8, open + 72), openEvents: digits(b, oe + 14).value, kept: b.toString('latin1', kept + 8, kept + 72), keptEvents: digits(b, ke + 14).value },
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
      const g = on(b, a, p, K.grants);
      const pr = g === -1 ? -1 : on(b, g, p, K.pr);
      if (pr === -1) return undefined;
      const e = on(b, a, g, K.extends);
      if (e !== -1) ext = value(b, e + 10, g);
      targets = [];
      for (let t = on(b, g, pr, K.target); t !== -1; t = on(b, t + 10, pr, K.target)) {
        const name = value(b, t + 9, pr);
        if (name === undefined) return undefined;
        targets.push(name);
      }
      if (targets.length === 0) return undefined;
    }
  } else if (type === 'revoked') {
    const g = on(b, seq.end, typeStart, K.targets);
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
    const g = on(b, seq.end, typeStart, K.target);
    if (g === -1) return undefined;
    target = value(b, g + 9, typeStart);
    if (target === undefined) return undefined;
  }
  return { type, v, seq: seq.value, at: atText, prevAt: p + 8, linked, request, slim, targets, target, extends: ext, checkpoint: undefined };
}
