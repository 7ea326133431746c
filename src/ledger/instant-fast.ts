import { parseInstant } from '../time/instant.js';

/**
 * parseInstant with an arithmetic fast path for the forms the ledger writes
 * (`YYYY-MM-DDTHH:MM:SSZ`, optionally `.f` to `.fff`). Reading a million
 * events parses a few million instants; the general parser's regex and Date
 * round trip dominated the profile. Anything outside the fast path (years
 * before 1000, other shapes) is delegated, so the accepted set and the values
 * are exactly parseInstant's; a test holds the two equal.
 */
export function instantMs(text: string): number | undefined {
  // Consecutive reads mostly repeat one instant (an event's `at` and
  // `granted_at`, a batch sharing one `at`): remember the last one.
  if (text === lastText) return lastValue;
  const value = parse(text);
  lastText = text;
  lastValue = value;
  return value;
}

let lastText = '';
let lastValue: number | undefined = undefined;

function parse(text: string): number | undefined {
  const n = text.length;
  if (!(n === 20 || (n >= 22 && n <= 24)) || text.charCodeAt(n - 1) !== 0x5a /* Z */) return parseInstant(text);
  if (
    text.charCodeAt(4) !== 0x2d ||
    text.charCodeAt(7) !== 0x2d ||
    text.charCodeAt(10) !== 0x54 ||
    text.charCodeAt(13) !== 0x3a ||
    text.charCodeAt(16) !== 0x3a
  ) {
    return undefined;
  }
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  const h = digits(text, 11, 2);
  const mi = digits(text, 14, 2);
  const s = digits(text, 17, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return undefined;
  if (y < 1000) return parseInstant(text);
  let millis = 0;
  if (n > 20) {
    if (text.charCodeAt(19) !== 0x2e /* . */) return undefined;
    const width = n - 21;
    const frac = digits(text, 20, width);
    if (frac < 0) return undefined;
    millis = width === 1 ? frac * 100 : width === 2 ? frac * 10 : frac;
  }
  return fromFields(y, mo, d, h, mi, s, millis);
}

/** The instant of valid fields (digits already checked), or undefined when a field is out of range. */
function fromFields(y: number, mo: number, d: number, h: number, mi: number, s: number, millis: number): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return undefined;
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60_000 + s * 1000 + millis;
}

/**
 * instantMs of the text b[start, end) (Latin-1), read from the bytes: the
 * verifier has a line's bytes and no string of its `at` to cut out. The
 * forms the ledger writes are parsed in place; any other goes to instantMs
 * through a string, so the two agree on everything (a test holds them equal).
 */
export function instantMsBytes(b: Buffer, start: number, end: number): number | undefined {
  const n = end - start;
  if (
    !(n === 20 || (n >= 22 && n <= 24)) ||
    b[end - 1] !== 0x5a /* Z */ ||
    b[start + 4] !== 0x2d ||
    b[start + 7] !== 0x2d ||
    b[start + 10] !== 0x54 ||
    b[start + 13] !== 0x3a ||
    b[start + 16] !== 0x3a
  ) {
    return instantMs(b.toString('latin1', start, end));
  }
  const y = byteDigits(b, start, 4);
  const mo = byteDigits(b, start + 5, 2);
  const d = byteDigits(b, start + 8, 2);
  const h = byteDigits(b, start + 11, 2);
  const mi = byteDigits(b, start + 14, 2);
  const s = byteDigits(b, start + 17, 2);
  if (y < 1000 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return instantMs(b.toString('latin1', start, end));
  let millis = 0;
  if (n > 20) {
    if (b[start + 19] !== 0x2e /* . */) return undefined;
    const width = n - 21;
    const frac = byteDigits(b, start + 20, width);
    if (frac < 0) return undefined;
    millis = width === 1 ? frac * 100 : width === 2 ? frac * 10 : frac;
  }
  return fromFields(y, mo, d, h, mi, s, millis);
}

/** The decimal value of `count` ASCII digits at b[start], or -1. */
function byteDigits(b: Uint8Array, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const c = (b[i] ?? 0) - 0x30;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** The decimal value of `count` ASCII digits at `start`, or -1. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
