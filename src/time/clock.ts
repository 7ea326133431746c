/** The only source of "now". Injected everywhere so tests and the demo control time. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
