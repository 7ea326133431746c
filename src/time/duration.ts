import ms from 'ms';

/**
 * The duration grammar: 1-4 digits without a leading zero, then one unit.
 * Checked before `ms` sees the text, because `ms` is lenient by design
 * ("1.5h", " 1h", "1 hour", "1y" and bare numbers all parse).
 */
export const DURATION_PATTERN = '^[1-9][0-9]{0,3}[mhd]$';
const DURATION_RE = new RegExp(DURATION_PATTERN);

/** No grant may ever last longer than this, whatever a profile says. */
export const HARD_MAX_DURATION_MS = 90 * 24 * 60 * 60 * 1000;

export function isDuration(text: string): boolean {
  return DURATION_RE.test(text);
}

/**
 * Milliseconds for a grammar-valid duration, or undefined when the text is not
 * in the grammar or the result is not a positive finite number.
 */
export function durationMs(text: string): number | undefined {
  if (!isDuration(text)) return undefined;
  const value = ms(text as ms.StringValue);
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  return value;
}

/** Human form used in plans and comments: "2h", "90m", "3d". */
export function formatDuration(milliseconds: number): string {
  const minute = 60_000;
  const hour = 60 * minute;
  const day = 24 * hour;
  if (milliseconds % day === 0) return `${milliseconds / day}d`;
  if (milliseconds % hour === 0) return `${milliseconds / hour}h`;
  return `${Math.round(milliseconds / minute)}m`;
}
