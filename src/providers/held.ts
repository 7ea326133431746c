import type { GrantSpec } from '../policy/decision.js';
import type { TargetGrant } from './contract.js';

/**
 * One spec as a string that does not depend on key order: specs read from
 * the ledger (canonical, sorted keys) and specs built from a request must
 * compare equal when they say the same thing.
 */
export function specKey(spec: GrantSpec): string {
  return JSON.stringify(spec, Object.keys(spec).sort());
}

/** True when `spec` is one of the grant's parts held before it (TargetGrant.held). */
export function isHeld(grant: Pick<TargetGrant, 'held'>, spec: GrantSpec): boolean {
  const held = grant.held;
  if (held === undefined || held.length === 0) return false;
  const key = specKey(spec);
  return held.some((h) => h === spec || specKey(h) === key);
}
