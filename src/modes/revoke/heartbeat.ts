import { formatInstant, parseInstant } from '../../time/instant.js';

/** The access-revoke workflow runs twice an hour ("17,47 * * * *"). */
export const DEFAULT_SCHEDULE_MINUTES = 30;

const MINUTE = 60_000;

/**
 * Warns when the revoke sweep has not completed for more than twice its
 * schedule: GitHub delays scheduled runs and drops some, but a gap of two
 * whole intervals means expiry is not being enforced. `lastSweep` is the
 * `last-sweep` output of the latest completed revoke run (RFC 3339 or epoch
 * ms); undefined when no run is known. Pure: `grantbook status` supplies
 * `now` and where the last sweep came from.
 */
export function heartbeatWarning(lastSweep: string | number | undefined, now: number, scheduleMinutes: number = DEFAULT_SCHEDULE_MINUTES): string | undefined {
  if (!Number.isFinite(now)) throw new RangeError('heartbeatWarning needs a finite now');
  if (!(Number.isFinite(scheduleMinutes) && scheduleMinutes > 0)) throw new RangeError('scheduleMinutes must be a positive number');
  const limit = 2 * scheduleMinutes * MINUTE;
  if (lastSweep === undefined) return 'no completed revoke sweep is known: expiry may not be enforced; check the access-revoke workflow';
  const at = typeof lastSweep === 'number' ? lastSweep : parseInstant(lastSweep);
  // An unreadable heartbeat is not evidence of a healthy one.
  if (at === undefined || !Number.isFinite(at)) return 'the last revoke sweep time is unreadable: expiry may not be enforced; check the access-revoke workflow';
  const age = now - at;
  if (age <= limit) return undefined;
  return (
    `the last revoke sweep completed at ${formatInstant(at)}, ${describeAge(age)} ago ` +
    `(more than twice the ${scheduleMinutes}-minute schedule): expired access may still be in place; check the access-revoke workflow`
  );
}

function describeAge(ms: number): string {
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}
