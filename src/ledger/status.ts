import type { GrantState, LiveGrantState, LiveStatus } from './fold.js';
import { byExpiry, isLive } from './fold.js';

/** One live grant as `grantbook status` shows it. */
export interface ActiveGrant {
  readonly request: string;
  readonly status: LiveStatus;
  readonly requester: string;
  readonly profile: string;
  /** Targets not yet verified revoked. */
  readonly targets: readonly string[];
  readonly principals: readonly string[];
  /** As recorded (may be unparseable; then `remainingMs` is -Infinity). */
  readonly expiresAt: string;
  /** Time left at `now`; zero or less means due for revocation. */
  readonly remainingMs: number;
  readonly failures: number;
}

/** Every live grant, soonest to expire (or most overdue) first. */
export function activeGrants(states: ReadonlyMap<string, GrantState>, now: number): ActiveGrant[] {
  const live: LiveGrantState[] = [];
  for (const s of states.values()) if (isLive(s)) live.push(s);
  live.sort(byExpiry);
  const out: ActiveGrant[] = [];
  for (const s of live) {
    const pending = new Set(s.pending);
    out.push({
      request: s.request,
      status: s.status,
      requester: s.grant.requester.login,
      profile: s.grant.profile,
      targets: s.pending,
      principals: [...new Set(s.grant.grants.filter((g) => pending.has(g.target)).map((g) => g.principal))],
      expiresAt: s.grant.expires_at,
      remainingMs: Number.isNaN(s.expiresAt) ? Number.NEGATIVE_INFINITY : s.expiresAt - now,
      failures: s.failures,
    });
  }
  return out;
}
