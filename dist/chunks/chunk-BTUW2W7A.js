import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/providers/held.ts
function specKey(spec) {
  return JSON.stringify(spec, Object.keys(spec).sort());
}
function isHeld(grant, spec) {
  const held = grant.held;
  if (held === void 0 || held.length === 0) return false;
  const key = specKey(spec);
  return held.some((h) => h === spec || specKey(h) === key);
}

export {
  isHeld
};
