import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { formatInstant, parseInstant } from '../time/instant.js';

/** [since, until): epoch ms; `since` may be -Infinity (from the first event). */
export interface Period {
  readonly since: number;
  readonly until: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * `--since` / `--until` as an auditor writes them. A day or a month names the
 * whole of it, so `--until 2025-09-30` includes the 30th and `--until
 * 2025-09` includes September; an RFC 3339 instant (UTC, `Z`) is exact, and
 * as `--until` it is excluded. Dates are UTC: the ledger's clock.
 */
export function parsePeriod(
  since: string | undefined,
  until: string | undefined,
  now: number,
): { ok: true; period: Period } | { ok: false; problem: Diagnostic } {
  const from = since === undefined ? Number.NEGATIVE_INFINITY : bound(since, 'start');
  const to = until === undefined ? now : bound(until, 'end');
  if (from === undefined) return bad('--since', 'is not a date (YYYY-MM-DD), a month (YYYY-MM) or an RFC 3339 instant in UTC');
  if (to === undefined) return bad('--until', 'is not a date (YYYY-MM-DD), a month (YYYY-MM) or an RFC 3339 instant in UTC');
  if (!(from < to)) return bad('--since', `must be before ${until === undefined ? 'now' : '--until'}`);
  return { ok: true, period: { since: from, until: to } };
}

/** Start of the named day/month/instant, or (for `end`) the start of what follows a day or month. */
function bound(text: string, side: 'start' | 'end'): number | undefined {
  const day = DAY.exec(text);
  if (day !== null) {
    const start = parseInstant(`${text}T00:00:00Z`);
    if (start === undefined) return undefined;
    return side === 'start' ? start : start + 86_400_000;
  }
  const month = MONTH.exec(text);
  if (month !== null) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    // Date.UTC reads years 0-99 as 1900-1999; parseInstant refuses them, and so does this.
    if (m < 1 || m > 12 || y < 100) return undefined;
    return Date.UTC(y, side === 'start' ? m - 1 : m, 1);
  }
  return parseInstant(text);
}

function bad(option: '--since' | '--until', what: string): { ok: false; problem: Diagnostic } {
  return { ok: false, problem: diagnostic('E_AUDIT_PERIOD_INVALID', `${option} ${what}`, { pointer: `/options/${option.slice(2)}` }) };
}

/** The period as text: `2025-07-01T00:00:00Z .. 2025-10-01T00:00:00Z` (end excluded). */
export function describePeriod(period: Period): { since: string | null; until: string } {
  return { since: Number.isFinite(period.since) ? formatInstant(period.since) : null, until: formatInstant(period.until) };
}

/** The calendar month (UTC) holding `now`, from its first instant to `now`: the revoke job's monthly report. */
export function monthToDate(now: number): Period {
  const d = new Date(now);
  return { since: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), until: now };
}
