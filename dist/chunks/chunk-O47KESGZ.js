import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/time/clock.ts
var systemClock = { now: () => Date.now() };
function fixedClock(start) {
  let current = start;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
    },
    set(ms) {
      current = ms;
    }
  };
}

export {
  systemClock,
  fixedClock
};
