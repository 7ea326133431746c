/**
 * How fast one token's writes go to GitHub.
 *
 * GitHub's secondary rate limits allow at most 80 content-creating requests
 * a minute (and ask for writes to be made serially, about a second apart
 * when there are many). The throttling plugin's own groups space every write
 * a second apart, and every write that notifies someone three seconds apart,
 * from the first one: a run that writes ten times (a ledger commit is four
 * writes, a comment one more) waited ten seconds it never needed to.
 *
 * A pace here lets a short burst through and then keeps the same long-run
 * rate: `burst` writes at once, then one per `intervalMs` (a generic cell
 * rate algorithm: each write reserves the next slot when it is asked for, so
 * waiting writes go in the order they came). Within any minute a token makes
 * at most `burst + 60_000 / intervalMs` writes: 70 with the write pace, well
 * under GitHub's 80. The pace is per token, shared by every client of the
 * process that uses it (client.ts), since GitHub counts per user.
 *
 * The pace spaces when writes start. Grantbook's ports make one write at a
 * time (each awaits the one before), which is what GitHub asks for; the pace
 * would not make concurrent writes serial.
 */
export interface Pace {
  /** Writes that may go at once after a quiet spell. */
  readonly burst: number;
  /** The long-run spacing, in ms. */
  readonly intervalMs: number;
}

/** Every write: ten at once, then one a second (the plugin's own spacing). */
export const WRITE_PACE: Pace = { burst: 10, intervalMs: 1000 };
/** Writes that notify people (comments, invitations): three at once, then one every three seconds. */
export const NOTIFICATION_PACE: Pace = { burst: 3, intervalMs: 3000 };

/**
 * The pace's state: the theoretical arrival time of the next write, i.e.
 * when it would go if every earlier one had gone exactly on the long-run
 * pace. Starts at minus infinity: a fresh token has its whole burst.
 */
export interface PaceState {
  readonly nextAt: number;
}

export const FRESH_PACE: PaceState = { nextAt: Number.NEGATIVE_INFINITY };

/** When a write asked for at `now` may go (`waitMs`, 0 for at once), and the state after reserving it. */
export function reserve(pace: Pace, state: PaceState, now: number): { readonly waitMs: number; readonly state: PaceState } {
  const due = Math.max(state.nextAt, now);
  // A write may run ahead of the long-run pace by at most burst - 1 intervals.
  const earliest = due - (pace.burst - 1) * pace.intervalMs;
  return { waitMs: Math.max(0, earliest - now), state: { nextAt: due + pace.intervalMs } };
}

export interface PaceClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/**
 * One pace, with its state: `wait()` resolves when the next write may go.
 * A retry of a limited write (the throttling plugin schedules it with weight
 * 0) takes a slot like any write: it is the write GitHub has just refused
 * for going too fast.
 */
export function pacer(pace: Pace, clock: PaceClock): { wait(): Promise<void> } {
  let state = FRESH_PACE;
  return {
    async wait() {
      const reserved = reserve(pace, state, clock.now());
      state = reserved.state;
      if (reserved.waitMs > 0) await clock.sleep(reserved.waitMs);
    },
  };
}
