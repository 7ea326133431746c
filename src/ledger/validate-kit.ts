import { PATTERNS, type PatternName } from '../shared/patterns.js';
import type { LedgerCode } from '../shared/codes/ledger.js';

/**
 * Building blocks of the strict event validator. Written by hand rather than
 * with ajv because the reader checks a million lines per run and needs two
 * things a schema cannot say cheaply: keys in canonical (sorted) order, and a
 * lenient `expires_at` that folds as expired instead of refusing the ledger.
 *
 * The success path allocates nothing; a failure throws Invalid once, with a
 * JSON pointer built from format-defined names and indexes only, never from
 * the file's own keys or values.
 */
export class Invalid extends Error {
  constructor(
    readonly code: Extract<LedgerCode, 'E_LEDGER_EVENT_INVALID' | 'E_LEDGER_VERSION'>,
    readonly pointer: string,
    readonly what: string,
  ) {
    super(`${pointer || '/'} ${what}`);
    this.name = 'Invalid';
  }
}

export function fail(pointer: string, what: string): never {
  throw new Invalid('E_LEDGER_EVENT_INVALID', pointer, what);
}

export type Json = Record<string, unknown>;

/** The keys one object may have, sorted, each required or optional. */
export interface Shape {
  readonly names: readonly string[];
  readonly required: readonly boolean[];
}

/** `shape('a', 'b?')`: `b` optional. Names must be given sorted (checked once, at load). */
export function shape(...keys: readonly string[]): Shape {
  const names = keys.map((k) => (k.endsWith('?') ? k.slice(0, -1) : k));
  for (let i = 1; i < names.length; i += 1) {
    if ((names[i - 1] ?? '') >= (names[i] ?? '')) throw new Error(`shape keys out of order at ${names[i]}`);
  }
  return { names, required: keys.map((k) => !k.endsWith('?')) };
}

export function object(value: unknown, pointer: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(pointer, 'is not an object');
  return value as Json;
}

/**
 * The object's keys must be the shape's, in sorted order (canonical form),
 * required ones present, nothing else. With `trailer`, that one extra key must
 * come last (the top-level `hash`). One merge walk: O(keys). Returns how many
 * keys it walked, i.e. the object's members: the validators sum these into the
 * event's member count, which decodeLine holds against the line's own count to
 * catch duplicate keys without walking the parsed value a second time.
 */
export function checkKeys(obj: Json, s: Shape, pointer: string, trailer?: string): number {
  let j = 0;
  let members = 0;
  let trailerSeen = false;
  for (const key in obj) {
    members += 1;
    if (trailerSeen) fail(pointer, `has a field after \`${trailer ?? ''}\`; it must be the last field`);
    if (key === trailer) {
      trailerSeen = true;
      continue;
    }
    // Mostly the key is the shape's next name, and one cheap comparison
    // settles it (property keys and string literals are internalized, so V8
    // compares them by identity). Otherwise the general merge step below.
    j = (s.names[j] === key ? j : advance(obj, s, j, key, pointer)) + 1;
  }
  for (; j < s.names.length; j += 1) {
    if (s.required[j] === true) missing(obj, s.names[j] ?? '', pointer);
  }
  if (trailer !== undefined && !trailerSeen) fail(`${pointer}/${trailer}`, 'is missing');
  return members;
}

/**
 * The merge step for a key that is not the shape's name at `j`: its index
 * further on, past optional names only. The key walked before it matched the
 * name at `j - 1`, so that is the key it must sort after.
 */
function advance(obj: Json, s: Shape, j: number, key: string, pointer: string): number {
  const previous = j > 0 ? (s.names[j - 1] ?? '') : '';
  if (key <= previous) fail(pointer, 'has fields out of canonical (sorted) order');
  let at = j;
  while (at < s.names.length && (s.names[at] ?? '') < key) {
    if (s.required[at] === true) missing(obj, s.names[at] ?? '', pointer);
    at += 1;
  }
  if (s.names[at] !== key) fail(pointer, 'has a field the format does not define');
  return at;
}

/** A required key the walk passed over: absent, or present but out of order. */
function missing(obj: Json, name: string, pointer: string): never {
  if (Object.hasOwn(obj, name)) fail(pointer, 'has fields out of canonical (sorted) order');
  fail(`${pointer}/${name}`, 'is missing');
}

/*
 * Leaf checks take the parent's pointer and the field name separately and
 * join them only on failure: building a pointer string per field read would
 * allocate tens of strings per event on the success path.
 */
const at = (base: string, field: string | number): string => `${base}/${field}`;

export function string(value: unknown, base: string, field: string, maxLength: number): string {
  if (typeof value !== 'string') fail(at(base, field), 'is not a string');
  if (value.length === 0 || value.length > maxLength) fail(at(base, field), `is not 1..${maxLength} characters long`);
  return value;
}

/**
 * The shared patterns, compiled without the `u` flag: they are ASCII-only, so
 * they match exactly the same strings, and V8 runs non-unicode regexes
 * markedly faster, which shows over millions of fields.
 */
const COMPILED = Object.fromEntries(Object.entries(PATTERNS).map(([name, source]) => [name, new RegExp(source)])) as Record<PatternName, RegExp>;

export function patterned(value: unknown, base: string, field: string | number, name: PatternName): string {
  if (typeof value !== 'string' || !COMPILED[name].test(value)) fail(at(base, field), `does not match the ${name} pattern`);
  return value;
}

export function regex(value: unknown, base: string, field: string, re: RegExp, label: string): string {
  if (typeof value !== 'string' || !re.test(value)) fail(at(base, field), `is not ${label}`);
  return value;
}

/**
 * 1 at the UTF-16 code units of the lowercase hex digits. hex() looks each
 * character up here instead of testing two ranges: in a digest, digits and
 * letters alternate unpredictably, and the mispredicted branches of the range
 * tests cost more than a table load (only the table's ASCII part is ever
 * hot). Measured ~2.5x faster than the range tests, and faster than a regex.
 */
const HEX_DIGIT = new Uint8Array(0x10000);
for (const digit of '0123456789abcdef') HEX_DIGIT[digit.charCodeAt(0)] = 1;

/** Lowercase hex of one of the given lengths. */
export function hex(value: unknown, base: string, field: string, a: number, b = a): string {
  if (typeof value !== 'string' || (value.length !== a && value.length !== b)) fail(at(base, field), `is not ${a} lowercase hex digits`);
  for (let i = 0; i < value.length; i += 1) {
    if (HEX_DIGIT[value.charCodeAt(i)] !== 1) fail(at(base, field), `is not ${a} lowercase hex digits`);
  }
  return value;
}

export function integer(value: unknown, base: string, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  // Object.is rules out -0, which parses from "-0" but is written as "0".
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max || Object.is(value, -0)) {
    fail(at(base, field), `is not an integer in ${min}..${max}`);
  }
  return value;
}

export function oneOf<T extends string>(value: unknown, base: string, field: string | number, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(at(base, field), `is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export function array(value: unknown, base: string, field: string, min: number, max: number): readonly unknown[] {
  if (!Array.isArray(value)) fail(at(base, field), 'is not an array');
  if (value.length < min || value.length > max) fail(at(base, field), `does not have ${min}..${max} items`);
  return value as readonly unknown[];
}

/** Items already validated as strings; duplicates would make the record ambiguous. */
export function unique(items: readonly unknown[], base: string, field: string): void {
  // Lists here are short (mostly one or two items): a pairwise scan beats building a Set.
  if (items.length > 16) {
    if (new Set(items).size !== items.length) fail(at(base, field), 'has duplicate items');
    return;
  }
  for (let i = 1; i < items.length; i += 1) {
    for (let j = 0; j < i; j += 1) if (items[i] === items[j]) fail(at(base, field), 'has duplicate items');
  }
}

/**
 * Free text (a reason, a failure message): the same characters the request
 * loader refuses are refused here (controls except LF, bidi and invisible
 * characters, separators, non-characters, lone surrogates), so text that is
 * shown in issues and summaries cannot disguise itself.
 */
const UNSAFE_TEXT =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF]|\uDB40[\uDC00-\uDC7F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function text(value: unknown, base: string, field: string, maxLength: number): string {
  const s = string(value, base, field, maxLength);
  if (UNSAFE_TEXT.test(s)) fail(at(base, field), 'contains a control, invisible or bidirectional character');
  return s;
}

/**
 * Makes arbitrary text (a provider's error message) storable as a ledger
 * `message`: every character the validator refuses becomes `?`, and the text
 * is cut to `maxLength` without splitting a surrogate pair. A revoke failure
 * must never go unrecorded because its message held an odd character.
 */
export function storableText(value: string, maxLength: number): string {
  const global = new RegExp(UNSAFE_TEXT.source, 'g');
  let s = value.replace(global, '?');
  if (s.length > maxLength) {
    // Room for the ellipsis; never end on the first half of a surrogate pair.
    let keep = maxLength - 1;
    if (/[\uD800-\uDBFF]/.test(s.charAt(keep - 1))) keep -= 1;
    s = `${s.slice(0, keep)}…`;
  }
  return s.length === 0 ? '?' : s;
}
