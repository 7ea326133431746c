import { HASH_TRAILER_LENGTH } from './canonical.js';
import type { EventType } from './events.js';

/**
 * The verifier's reading of a line at chain depth: "parsing only what the
 * checks need". The caller hashes the line's bytes; this finds the members
 * the chain and the fold use (type, v, seq, at, prev, request, the targets,
 * `extends`, a checkpoint record's digests) in the file's text, in place. A
 * line Grantbook wrote is canonical JSON: keys sorted, strings that cannot
 * hold a bare quote, so a `"key":` stands only where that member does, and
 * the members a line ends with (type, v, seq, request, prev) are a short way
 * back from its end; `at` is a short way in from its start.
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
  /** The 64 hex digits of `prev` (the expected value itself when the line links to it). */
  readonly prev: string;
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

/** What the chain expects of the next line. */
export interface Expected {
  /** The hash of the record before, or undefined after a break. */
  readonly prev: string | undefined;
  /** The record before's `at`: the records of one commit share it, compared in place. */
  readonly at: string | undefined;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const ZERO = 0x30;
const NINE = 0x39;
const CLOSE_BRACE = 0x7d;
const HEX = new Uint8Array(128);
for (const c of '0123456789abcdef') HEX[c.charCodeAt(0)] = 1;

const NAMES: readonly (EventType | 'checkpoint')[] = ['intent', 'granted', 'grant_refused', 'revoke_failed', 'revoked', 'drift_found', 'activity', 'alert', 'checkpoint'];
const BY_LENGTH = new Map<number, (EventType | 'checkpoint')[]>();
for (const name of NAMES) BY_LENGTH.set(name.length, [...(BY_LENGTH.get(name.length) ?? []), name]);

/** `key` at `at`: short keys compared in JS (cheaper than a native call), long ones natively. */
function keyAt(text: string, at: number, key: string): boolean {
  if (key.length > 12) return text.startsWith(key, at);
  for (let i = 0; i < key.length; i += 1) if (text.charCodeAt(at + i) !== key.charCodeAt(i)) return false;
  return true;
}

/** The last `key` starting before `from` and at or after `limit`, scanning back; -1 if none. */
function back(text: string, from: number, limit: number, key: string): number {
  const first = key.charCodeAt(0);
  // Keys open with a quote, and most characters of a line are not one: the loop mostly reads one character.
  for (let p = from - key.length; p >= limit; p -= 1) if (text.charCodeAt(p) === first && text.charCodeAt(p + 1) === key.charCodeAt(1) && keyAt(text, p, key)) return p;
  return -1;
}

/** The first `key` at or after `from` and before `limit`, scanning on; -1 if none. */
function on(text: string, from: number, limit: number, key: string): number {
  const first = key.charCodeAt(0);
  for (let p = from; p < limit; p += 1) if (text.charCodeAt(p) === first && text.charCodeAt(p + 1) === key.charCodeAt(1) && keyAt(text, p, key)) return p;
  return -1;
}

function hex64(text: string, at: number): boolean {
  for (let i = at; i < at + 64; i += 1) if (HEX[text.charCodeAt(i)] !== 1) return false;
  return true;
}

/**
 * The chain-depth reading of the line text[start, end) (end at its LF), or
 * undefined when the members the chain needs are not where a sealed line has them.
 */
export function scanLine(text: string, start: number, end: number, expected: Expected): ScannedLine | undefined {
  const trailer = end - HASH_TRAILER_LENGTH;
  // The hash member's place; the caller's digest comparison proves the rest of the trailer.
  if (trailer <= start + 1 || text.charCodeAt(start) !== 0x7b || text.charCodeAt(trailer) !== COMMA || text.charCodeAt(trailer + 2) !== 0x68 /* h */ || text.charCodeAt(end - 1) !== CLOSE_BRACE) return undefined;
  // The tail: ,"type":"<type>","v":<1|2>[,"verified":true | ,"what":"<kind>"] then the hash trailer.
  let vAt = trailer - 6;
  if (text.charCodeAt(trailer - 1) === QUOTE) {
    // drift_found ends with "what", a string: step back over it.
    let q = trailer - 2;
    while (q > start && text.charCodeAt(q) !== QUOTE) q -= 1;
    if (!keyAt(text, q - 8, ',"what":')) return undefined;
    vAt = q - 8 - 6;
  } else if (keyAt(text, trailer - 16, ',"verified":true')) {
    vAt = trailer - 16 - 6;
  }
  if (!keyAt(text, vAt, ',"v":')) return undefined;
  const v = text.charCodeAt(vAt + 5) - ZERO;
  if (!(v === 1 || v === 2) || text.charCodeAt(vAt - 1) !== QUOTE) return undefined;
  let typeStart = vAt - 2;
  while (typeStart > start && text.charCodeAt(typeStart) !== QUOTE) typeStart -= 1;
  if (!keyAt(text, typeStart - 8, ',"type":')) return undefined;
  let type: EventType | 'checkpoint' | undefined;
  for (const c of BY_LENGTH.get(vAt - 2 - typeStart) ?? []) if (keyAt(text, typeStart + 1, c)) type = c;
  if (type === undefined) return undefined;

  // seq, request, prev: back from the type (keys sorted: prev < [principal, profile, provider, reason(s)] < request < [request_blob, requester] < seq < ... < type).
  const s = back(text, typeStart, start, '"seq":');
  if (s === -1) return undefined;
  let seqEnd = s + 6;
  while (text.charCodeAt(seqEnd) >= ZERO && text.charCodeAt(seqEnd) <= NINE) seqEnd += 1;
  if (seqEnd === s + 6 || seqEnd - s - 6 > 15 || text.charCodeAt(seqEnd) !== COMMA || (text.charCodeAt(s + 6) === ZERO && seqEnd > s + 7)) return undefined;
  const seq = Number(text.slice(s + 6, seqEnd));
  let r = -1;
  let request = '';
  if (type !== 'checkpoint') {
    if (text.charCodeAt(s - 2) === QUOTE) {
      // Mostly request is the member right before seq: step back over its value.
      let q = s - 3;
      while (q > start && text.charCodeAt(q) !== QUOTE) q -= 1;
      if (keyAt(text, q - 10, '"request":')) r = q - 10;
    }
    if (r === -1) r = back(text, s, start, '"request":"');
    if (r === -1) return undefined;
    const close = text.indexOf('"', r + 11);
    if (close > s) return undefined;
    request = text.slice(r + 11, close);
  }
  // prev: right before request in most events, else a short way back.
  let p = r !== -1 && keyAt(text, r - 74, '"prev":"') ? r - 74 : -1;
  if (p === -1) p = back(text, r === -1 ? s : r, start, '"prev":"');
  if (p === -1 || text.charCodeAt(p + 72) !== QUOTE) return undefined;
  // Compared in place with the expected link; cut out only when it is not (the report needs no text).
  const linked = expected.prev !== undefined && keyAt(text, p + 8, expected.prev);
  if (!linked && !hex64(text, p + 8)) return undefined;
  const prev = linked && expected.prev !== undefined ? expected.prev : text.slice(p + 8, p + 72);
  // at: after the actor object (its values hold no brace), after an intent's approvers, after an alert's action and allowed.
  let a = -1;
  if (keyAt(text, start + 1, '"at":"')) a = start + 1;
  else {
    const actor = text.indexOf('}', start);
    if (actor !== -1 && actor < p) {
      if (keyAt(text, actor, '},"at":"')) a = actor + 2;
      else if (keyAt(text, actor, '},"approvers":[')) {
        const approvers = text.indexOf(']', actor);
        if (keyAt(text, approvers, '],"at":"')) a = approvers + 2;
      }
    }
    if (a === -1) a = on(text, start + 1, p, '"at":"');
  }
  if (a === -1) return undefined;
  const same = expected.at !== undefined && keyAt(text, a + 6, expected.at) && text.charCodeAt(a + 6 + expected.at.length) === QUOTE;
  const at = same && expected.at !== undefined ? expected.at : text.slice(a + 6, text.indexOf('"', a + 6));

  if (type === 'checkpoint') {
    if (v !== 2) return undefined;
    const open = on(text, start, p, '"open":"');
    const kept = on(text, start, p, '"kept":"');
    if (open === -1 || kept === -1) return undefined;
    return {
      type, v, seq, at, prev, request, slim: false, targets: undefined, target: undefined, extends: undefined,
      checkpoint: { open: text.slice(open + 8, open + 72), openEvents: count(text, on(text, start, p, '"open_events":') + 14), kept: text.slice(kept + 8, kept + 72), keptEvents: count(text, on(text, start, p, '"kept_events":') + 14) },
    };
  }
  let slim = false;
  let targets: string[] | undefined;
  let target: string | undefined;
  let ext: string | undefined;
  if (type === 'intent' || type === 'granted') {
    // A slim granted's prev follows granted_at (a string); a whole one's follows pr (an object).
    if (text.charCodeAt(p - 2) === QUOTE) {
      if (type !== 'granted' || v !== 2) return undefined;
      slim = true;
    } else {
      // Within [at, prev): duration, expires_at, extends?, granted_at?, grantees, grants, pr.
      const head = text.slice(a, p);
      const g = head.indexOf('"grants":[');
      const pr = g === -1 ? -1 : head.indexOf('],"pr":{', g);
      if (pr === -1) return undefined;
      const e = head.indexOf('"extends":"');
      if (e > g) return undefined;
      if (e !== -1) ext = head.slice(e + 11, head.indexOf('"', e + 11));
      targets = grantTargets(head.slice(g, pr));
      if (targets.length === 0) return undefined;
    }
  } else if (type === 'revoked') {
    const g = on(text, seqEnd, typeStart, '"targets":["');
    if (g === -1) return undefined;
    targets = text.slice(g + 11, text.indexOf(']', g)).split(',').map((item) => item.slice(1, -1));
  } else if (type === 'revoke_failed' || type === 'drift_found') {
    const g = on(text, seqEnd, typeStart, '"target":"');
    if (g === -1) return undefined;
    target = text.slice(g + 10, text.indexOf('"', g + 10));
  }
  return { type, v, seq, at, prev, request, slim, targets, target, extends: ext, checkpoint: undefined };
}

function count(text: string, from: number): number {
  if (from < 14) return Number.NaN;
  let end = from;
  while (text.charCodeAt(end) >= ZERO && text.charCodeAt(end) <= NINE) end += 1;
  return end === from ? Number.NaN : Number(text.slice(from, end));
}

const TARGET_KEY = '"target":"';

/** The targets of a grants array: `"target":"` occurs in it only as a grant's own key (specs have none, strings cannot hold a bare quote). */
function grantTargets(grants: string): string[] {
  const out: string[] = [];
  for (let i = grants.indexOf(TARGET_KEY); i !== -1; i = grants.indexOf(TARGET_KEY, i + 1)) {
    const from = i + TARGET_KEY.length;
    out.push(grants.slice(from, grants.indexOf('"', from)));
  }
  return out;
}
