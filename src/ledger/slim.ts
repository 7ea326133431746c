import { canonicalJson } from './canonical.js';
import type { EventDraft, GrantBody, IntentEvent, LedgerEvent } from './events.js';

/**
 * A `granted` event repeats nothing its request's `intent` already holds.
 *
 * Apply records an `intent` (who, what, why, approved by whom, until when)
 * before it touches a provider, and `granted` once the grant is in effect.
 * The grant body is the same in both, so from version 2 a `granted` whose
 * body equals the body of the latest `intent` of the same request (in the
 * same state of that request, see fold.ts) is stored without it: it keeps
 * `granted_at` and any field of its own. The reader puts the body back, so
 * every reader past line.ts sees whole events, exactly as before.
 */
export const INHERITED = [
  'approvers',
  'duration',
  'expires_at',
  'extends',
  'grantees',
  'grants',
  'pr',
  'profile',
  'reason',
  'request_blob',
  'requester',
  'ticket',
] as const satisfies readonly (keyof GrantBody)[];

/** A stored `granted` object holding none of the inherited fields: its body is its intent's. */
export function isSlimGranted(value: Record<string, unknown>): boolean {
  if (value.type !== 'granted') return false;
  for (const key of INHERITED) if (key in value) return false;
  return true;
}

/**
 * The whole event of a slim `granted`: its own fields and the intent's body,
 * keys in canonical (sorted) order, so the validator reads it as any other.
 */
export function expandGranted(slim: Record<string, unknown>, intent: IntentEvent): Record<string, unknown> {
  const source = intent as unknown as Record<string, unknown>;
  const keys: string[] = [];
  for (const key of Object.keys(slim)) if (key !== 'hash') keys.push(key);
  for (const key of INHERITED) if (source[key] !== undefined) keys.push(key);
  keys.sort();
  // Built in order, never deleted from: an object that had a key deleted is slow to read for every later step.
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = INHERITED_KEYS.has(key) ? source[key] : slim[key];
  if (slim.hash !== undefined) out.hash = slim.hash;
  return out;
}

const INHERITED_KEYS: ReadonlySet<string> = new Set(INHERITED);

/** Members (at every level) the inherited fields add: the stored line does not hold them. */
export function inheritedMembers(intent: IntentEvent): number {
  const source = intent as unknown as Record<string, unknown>;
  let count = 0;
  for (const key of INHERITED) if (source[key] !== undefined) count += 1 + members(source[key]);
  return count;
}

function members(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += members(item);
    return count;
  }
  for (const item of Object.values(value)) count += 1 + members(item);
  return count;
}

/**
 * The draft as it is stored: a `granted` whose body equals `intent`'s loses
 * the body. Anything else is stored whole.
 */
export function slimDraft(draft: EventDraft, intent: LedgerEvent | undefined): EventDraft {
  if (draft.type !== 'granted' || intent?.type !== 'intent') return draft;
  const d = draft as unknown as Record<string, unknown>;
  const i = intent as unknown as Record<string, unknown>;
  for (const key of INHERITED) {
    if ((d[key] === undefined) !== (i[key] === undefined)) return draft;
    if (d[key] !== undefined && canonicalJson(d[key]) !== canonicalJson(i[key])) return draft;
  }
  const out: Record<string, unknown> = { ...d };
  for (const key of INHERITED) delete out[key];
  return out as unknown as EventDraft;
}
