import { durationMs } from '../time/duration.js';
import { instantMs } from './instant-fast.js';
import type { GrantedEvent, IntentEvent, LedgerEvent, Reason, RevokeCause } from './events.js';

/**
 * What the ledger says about one request.
 * - intended: an `intent` was recorded but no `granted` yet (a crash or a lost
 *   race between the provider call and the ledger commit); treated as live.
 * - active: granted, not (fully) revoked.
 * - revoke_failed: still live, and its last revocation attempt failed.
 * - revoked: every target verified revoked.
 * - refused: apply refused it and nothing was ever granted.
 */
export type GrantStatus = 'intended' | 'active' | 'revoke_failed' | 'revoked' | 'refused';
export type LiveStatus = Extract<GrantStatus, 'intended' | 'active' | 'revoke_failed'>;

export interface GrantState {
  readonly request: string;
  readonly status: GrantStatus;
  /** The `granted` (or, until one lands, `intent`) event; absent only for `refused`. */
  readonly grant?: GrantedEvent | IntentEvent;
  /** Epoch ms; NaN when `expires_at` does not parse (then it counts as already expired). */
  readonly expiresAt: number;
  /** Targets not yet verified revoked. */
  readonly pending: readonly string[];
  /** revoke_failed events recorded for this request, ever. */
  readonly failures: number;
  readonly lastFailure?: { readonly target: string; readonly reason: Reason; readonly at: string };
  readonly cause?: RevokeCause;
  readonly revokedAt?: string;
  readonly refusal?: readonly Reason[];
  /** A scheduled run recorded a crossed limit whose profile asks for early revocation (an `alert` with action `revoke`). */
  readonly limitRevoke?: true;
  /** seq of the event that opened this state (first intent/granted, or the refusal): the tie-breaker in due(). */
  readonly seq: number;
}

export interface Folded {
  readonly states: ReadonlyMap<string, GrantState>;
  /** Every request id any event names, including refused, drift and orphan revoke events. */
  readonly knownIds: ReadonlySet<string>;
  /**
   * Every target any event names: a grant or an intent (live, pending or long
   * revoked), a revocation or a failed one, drift found, activity, an alert.
   * A target absent here is one the ledger has no history on at all: nothing
   * was ever granted there, so nothing of the tool's can be live, pending or
   * lingering on it (an intent is recorded before any provider is touched).
   */
  readonly knownTargets: ReadonlySet<string>;
}

/** Mutable while folding; exposed read-only. */
interface Draft {
  request: string;
  status: GrantStatus;
  grant?: GrantedEvent | IntentEvent;
  expiresAt: number;
  /**
   * Targets not yet verified revoked, each once, in the order first granted.
   * An array rather than a Set: a grant names a handful of targets, and a
   * small array is much cheaper to build than a Set for every grant folded.
   * Handed over as the state's `pending` when folding ends.
   */
  pending: string[];
  /** Targets whose last attempt failed; created on the first failure (most grants never fail). */
  failed?: Set<string>;
  failures: number;
  lastFailure?: { target: string; reason: Reason; at: string };
  cause?: RevokeCause;
  revokedAt?: string;
  refusal?: readonly Reason[];
  limitRevoke?: true;
  seq: number;
}

/**
 * Events -> state per request. Pure and linear. Fail-safe by construction: a
 * repeated `granted` for a live request widens the pending targets and keeps
 * the EARLIER expiry; a refusal never hides a grant; a revoke only ends the
 * targets it names; revoke events for a request never granted change nothing.
 */
export function fold(events: readonly LedgerEvent[]): Folded {
  const drafts = new Map<string, Draft>();
  const knownIds = new Set<string>();
  const knownTargets = new Set<string>();
  for (const e of events) {
    let d = drafts.get(e.request);
    // An id with a draft is known already: the event that opened the draft added it.
    if (d === undefined) knownIds.add(e.request);
    switch (e.type) {
      case 'intent':
      case 'granted': {
        for (const g of e.grants) knownTargets.add(g.target);
        const expiresAt = effectiveExpiry(e);
        if (d === undefined || d.grant === undefined || d.status === 'revoked') {
          d = fresh(e.request, e.seq);
          addTargets(d.pending, e);
          d.grant = e;
          d.expiresAt = expiresAt;
          d.status = e.type === 'granted' ? 'active' : 'intended';
          drafts.set(e.request, d);
        } else {
          // The same request recorded twice (intent then granted, or a re-run).
          // The first granted after an intent is the authoritative record (the
          // intent's expiry was provisional); any other repeat keeps the earlier expiry.
          const confirms = e.type === 'granted' && d.grant.type === 'intent';
          d.expiresAt = confirms ? expiresAt : earlier(d.expiresAt, expiresAt);
          if (e.type === 'granted' || d.grant.type === 'intent') d.grant = e;
          addTargets(d.pending, e);
          if (d.status === 'intended' && e.type === 'granted') d.status = 'active';
        }
        break;
      }
      case 'grant_refused':
        if (d === undefined) {
          d = fresh(e.request, e.seq);
          drafts.set(e.request, d);
        }
        d.refusal = e.reasons;
        break;
      case 'revoke_failed':
        knownTargets.add(e.target);
        if (d?.grant === undefined || d.status === 'revoked') break;
        (d.failed ??= new Set()).add(e.target);
        d.failures += 1;
        d.lastFailure = { target: e.target, reason: e.reason, at: e.at };
        d.status = 'revoke_failed';
        break;
      case 'revoked':
        for (const t of e.targets) knownTargets.add(t);
        if (d?.grant === undefined || d.status === 'revoked') break;
        for (const t of e.targets) {
          removeTarget(d.pending, t);
          d.failed?.delete(t);
        }
        if (d.pending.length === 0) {
          d.status = 'revoked';
          d.cause = e.cause;
          d.revokedAt = e.at;
        } else if ((d.failed?.size ?? 0) === 0 && d.status === 'revoke_failed') {
          d.status = d.grant.type === 'granted' ? 'active' : 'intended';
        }
        break;
      case 'drift_found':
      case 'activity':
        knownTargets.add(e.target);
        // Informational: what to do about drift is a revoke decision, recorded as its own events.
        break;
      case 'alert':
        knownTargets.add(e.target);
        // Level-triggered like everything else: once recorded, every later run revokes until it is done.
        if (e.action === 'revoke' && d?.grant !== undefined && d.status !== 'revoked') d.limitRevoke = true;
        break;
    }
  }
  const states = new Map<string, GrantState>();
  for (const [id, d] of drafts) states.set(id, freeze(d));
  return { states, knownIds, knownTargets };
}

/** Has any event ever named this request id? Ids are never reused. */
export function isKnownRequestId(folded: Folded, id: string): boolean {
  return folded.knownIds.has(id);
}

export function isLive(state: GrantState): state is LiveGrantState {
  return (state.status === 'active' || state.status === 'revoke_failed' || state.status === 'intended') && state.grant !== undefined;
}

/**
 * Live grants whose time is up at `now`, or whose expiry is unknown (counted
 * as already expired, invariant 4). Most overdue first; ties by ledger order.
 */
export function due(states: ReadonlyMap<string, GrantState>, now: number): LiveGrantState[] {
  if (!Number.isFinite(now)) throw new RangeError('due() needs a finite now');
  const out: LiveGrantState[] = [];
  for (const s of states.values()) {
    if (isLive(s) && !(s.expiresAt > now)) out.push(s);
  }
  return out.sort(byExpiry);
}

export type LiveGrantState = GrantState & { readonly status: LiveStatus; readonly grant: GrantedEvent | IntentEvent };

/** Unknown expiry sorts first (most overdue), then earliest expiry, then ledger order. */
export function byExpiry(a: GrantState, b: GrantState): number {
  const ka = Number.isNaN(a.expiresAt) ? Number.NEGATIVE_INFINITY : a.expiresAt;
  const kb = Number.isNaN(b.expiresAt) ? Number.NEGATIVE_INFINITY : b.expiresAt;
  return ka < kb ? -1 : ka > kb ? 1 : a.seq - b.seq;
}

/**
 * The recorded expiry, but never later than the grant's own start plus its
 * recorded duration: a writer bug that stored a later expires_at cannot
 * lengthen a grant. Anything unparseable gives NaN, which is due now.
 */
function effectiveExpiry(e: GrantedEvent | IntentEvent): number {
  const recorded = instantMs(e.expires_at);
  const start = instantMs(e.type === 'granted' ? e.granted_at : e.at);
  const length = cachedDurationMs(e.duration);
  if (recorded === undefined || start === undefined || length === undefined) return Number.NaN;
  return Math.min(recorded, start + length);
}

/** A ledger holds a handful of distinct durations; `ms` is not free. */
const DURATIONS = new Map<string, number | undefined>();
function cachedDurationMs(text: string): number | undefined {
  if (DURATIONS.has(text)) return DURATIONS.get(text);
  const value = durationMs(text);
  if (DURATIONS.size < 10_000) DURATIONS.set(text, value);
  return value;
}

function fresh(request: string, seq: number): Draft {
  return { request, status: 'refused', expiresAt: Number.NaN, pending: [], failures: 0, seq };
}

/** Adds the targets of the event's grants not pending yet (a Set's add, on an array). */
export function addTargets(pending: string[], e: GrantedEvent | IntentEvent): void {
  for (const g of e.grants) if (!pending.includes(g.target)) pending.push(g.target);
}

/** A Set's delete, on an array. */
export function removeTarget(pending: string[], target: string): void {
  const at = pending.indexOf(target);
  if (at !== -1) pending.splice(at, 1);
}

function earlier(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  return Math.min(a, b);
}

/**
 * The state of a finished draft, which is dropped after: its pending array is
 * handed over, not copied. Optional fields are assigned only when set (absent
 * rather than undefined), by assignment rather than conditional spreads, which
 * built and copied a temporary object per field for every state.
 */
function freeze(d: Draft): GrantState {
  const s: { -readonly [K in keyof GrantState]: GrantState[K] } = {
    request: d.request,
    status: d.status,
    expiresAt: d.expiresAt,
    pending: d.pending,
    failures: d.failures,
    seq: d.seq,
  };
  if (d.grant !== undefined) s.grant = d.grant;
  if (d.lastFailure !== undefined) s.lastFailure = d.lastFailure;
  if (d.cause !== undefined) s.cause = d.cause;
  if (d.revokedAt !== undefined) s.revokedAt = d.revokedAt;
  if (d.refusal !== undefined) s.refusal = d.refusal;
  if (d.limitRevoke === true && d.status !== 'revoked') s.limitRevoke = true;
  return s;
}
