import { durationMs, formatDuration, HARD_MAX_DURATION_MS } from '../../time/duration.js';
import { addDuration, formatInstant, isFiniteInstant } from '../../time/instant.js';
import type { AccessRequest } from '../../request/types.js';
import type { ExpiryWindow } from '../decision.js';
import type { Profile } from '../types.js';
import { child, fileSite, type Reasons, type Site } from './reasons.js';

/**
 * Checks the duration (or the profile's default) and computes the window it
 * would have if applied at `now`. The window is returned only when every
 * duration check passed; apply recomputes it from its own clock.
 */
export function checkDuration(request: AccessRequest, profile: Profile | undefined, now: number, reasons: Reasons, site: Site): ExpiryWindow | undefined {
  const chosen = chooseDuration(request, profile, reasons, site);
  if (chosen === undefined) return undefined;
  const before = reasons.errors;
  const { text, at } = chosen;
  const milliseconds = durationMs(text);
  if (milliseconds === undefined) {
    // Text outside the grammar is not echoed: only pattern-checked values reach messages.
    reasons.error('E_POLICY_DURATION_INVALID', `${chosen.what} is not a valid duration`, at);
    return undefined;
  }
  if (profile !== undefined) {
    const max = durationMs(profile.duration.max);
    if (max === undefined) {
      reasons.error('E_POLICY_PROFILE_INVALID', `profile "${profile.name}" has an unusable duration.max`, child(fileSite(profile), 'duration', 'max'));
    } else if (milliseconds > max) {
      reasons.error('E_POLICY_DURATION_TOO_LONG', `duration "${text}" is longer than the maximum ${formatDuration(max)} of profile "${profile.name}"`, at);
    }
  }
  if (milliseconds > HARD_MAX_DURATION_MS) {
    reasons.error('E_POLICY_DURATION_OVER_HARD_MAX', `duration "${text}" is longer than the hard limit ${formatDuration(HARD_MAX_DURATION_MS)}`, at);
  }
  const end = addDuration(now, milliseconds);
  if (!isFiniteInstant(now) || end === undefined) {
    reasons.error('E_POLICY_INSTANT_NOT_FINITE', `the window of duration "${text}" has no finite start or end`, at);
    return undefined;
  }
  // Without a profile there is no maximum to hold the duration to: no window.
  if (profile === undefined || reasons.errors !== before) return undefined;
  return { duration: text, durationMs: milliseconds, startsAt: formatInstant(now), expiresAt: formatInstant(end) };
}

function chooseDuration(
  request: AccessRequest,
  profile: Profile | undefined,
  reasons: Reasons,
  site: Site,
): { text: string; at: Site; what: string } | undefined {
  if (request.duration !== undefined) return { text: request.duration, at: child(site, 'duration'), what: 'the duration' };
  if (profile === undefined) return undefined;
  if (profile.duration.default !== undefined) {
    return {
      text: profile.duration.default,
      at: child(fileSite(profile), 'duration', 'default'),
      what: `the default duration of profile "${profile.name}"`,
    };
  }
  reasons.error('E_POLICY_DURATION_REQUIRED', `profile "${profile.name}" has no default duration; the request must set one`, site);
  return undefined;
}
