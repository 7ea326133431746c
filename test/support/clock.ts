import type { Clock } from '../../src/time/clock.js';

/** A clock that stays where it is put; for tests, benchmarks and the demo. */
export function fixedClock(start: number): Clock & { advance(ms: number): void; set(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    advance(ms: number) {
      current += ms;
    },
    set(ms: number) {
      current = ms;
    },
  };
}
