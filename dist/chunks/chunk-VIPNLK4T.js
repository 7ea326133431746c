import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/time/instant.ts
var INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;
var INSTANT_PATTERN = INSTANT_RE.source;
function parseInstant(text) {
  const match = INSTANT_RE.exec(text);
  if (match === null) return void 0;
  const [, y, mo, d, h, mi, s, frac] = match;
  const millis = frac === void 0 ? 0 : Number(frac.slice(1).padEnd(3, "0"));
  const value = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), millis);
  if (!Number.isFinite(value)) return void 0;
  const back = new Date(value);
  if (back.getUTCFullYear() !== Number(y) || back.getUTCMonth() !== Number(mo) - 1 || back.getUTCDate() !== Number(d) || back.getUTCHours() !== Number(h) || back.getUTCMinutes() !== Number(mi) || back.getUTCSeconds() !== Number(s)) {
    return void 0;
  }
  return value;
}
function formatInstant(value) {
  if (!isFiniteInstant(value)) throw new RangeError("instant is not finite");
  const iso = new Date(value).toISOString();
  return iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso;
}
function isFiniteInstant(value) {
  return Number.isFinite(value) && Math.abs(value) <= 864e13;
}
function addDuration(start, durationMs) {
  if (!isFiniteInstant(start) || !Number.isFinite(durationMs) || durationMs <= 0) return void 0;
  const end = start + durationMs;
  return isFiniteInstant(end) ? end : void 0;
}

export {
  parseInstant,
  formatInstant,
  isFiniteInstant,
  addDuration
};
