/**
 * Timestamps are RFC 3339 in UTC with a literal `Z`, nothing else: no offsets,
 * no local time, no leap seconds. Parsing round-trips the value through Date so
 * impossible dates (30 February, hour 24) are refused rather than rolled over.
 */
const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;

export const INSTANT_PATTERN = INSTANT_RE.source;

export function parseInstant(text: string): number | undefined {
  const match = INSTANT_RE.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, frac] = match;
  const millis = frac === undefined ? 0 : Number(frac.slice(1).padEnd(3, '0'));
  const value = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), millis);
  if (!Number.isFinite(value)) return undefined;
  const back = new Date(value);
  if (
    back.getUTCFullYear() !== Number(y) ||
    back.getUTCMonth() !== Number(mo) - 1 ||
    back.getUTCDate() !== Number(d) ||
    back.getUTCHours() !== Number(h) ||
    back.getUTCMinutes() !== Number(mi) ||
    back.getUTCSeconds() !== Number(s)
  ) {
    return undefined;
  }
  return value;
}

/** Formats an epoch-millisecond instant; throws on a non-finite value (a bug upstream). */
export function formatInstant(value: number): string {
  if (!isFiniteInstant(value)) throw new RangeError('instant is not finite');
  const iso = new Date(value).toISOString();
  // Drop zero milliseconds so stored values stay short and stable.
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/** Finite and inside the range Date can represent. */
export function isFiniteInstant(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= 8.64e15;
}

/** `start + duration`, or undefined when either side is unusable. */
export function addDuration(start: number, durationMs: number): number | undefined {
  if (!isFiniteInstant(start) || !Number.isFinite(durationMs) || durationMs <= 0) return undefined;
  const end = start + durationMs;
  return isFiniteInstant(end) ? end : undefined;
}
