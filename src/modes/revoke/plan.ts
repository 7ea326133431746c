import { due, isLive, type GrantState, type LiveGrantState, type RevokeCause } from '../../ledger/index.js';
import { driftItems, targetWork } from './drift.js';
import type { Deferred, SweepInput, SweepPlan, TargetWork, WorkItem } from './sweep.js';

export type * from './sweep.js';
import type { GrantSpec } from '../../policy/decision.js';
import type { ProviderId } from '../../shared/grants.js';
import type { ManagedGrant } from '../../providers/contract.js';
import { parseInstant } from '../../time/instant.js';

export const STALE_INTENT_MS = 60 * 60 * 1000;

/**
 * The sweep's work list, from data alone (design invariant 5: level-triggered).
 * A live grant is due when its time is up (however long ago), when an
 * extension that names it was granted (superseded), when its request file is
 * gone from the default branch (relinquished: giving access up needs no
 * approval), or when it is an intent older than `staleIntentMs` or one that
 * apply abandoned after an interrupted run. The
 * providers' own lists add what the ledger does not show live (drift).
 */
export function planSweep(input: SweepInput): SweepPlan {
  const { folded, now } = input;
  const expired = new Set(due(folded.states, now).map((s) => s.request));
  const extendedBy = extensions(folded.states);
  const tagExpired = expiredByTag(input.managed, now);
  const causes = new Map<string, RevokeCause>();
  for (const s of folded.states.values()) {
    if (!isLive(s)) continue;
    const cause = causeOf(s, input, expired, extendedBy, tagExpired);
    if (cause !== undefined) causes.set(s.request, cause);
  }

  const items: WorkItem[] = [];
  const deferred: Deferred[] = [];
  const holders = sharedHolders(folded.states, causes, input.sharedProviders);
  for (const [request, cause] of causes) {
    const s = folded.states.get(request);
    if (s === undefined || !isLive(s)) continue;
    const targets: TargetWork[] = [];
    for (const target of s.pending) {
      const work = targetWork(s, target);
      const heldBy = holders.size === 0 ? undefined : heldElsewhere(holders, s, work);
      if (heldBy !== undefined) deferred.push({ request, target, heldBy });
      else targets.push(work);
    }
    if (targets.length === 0) continue;
    items.push({
      request,
      // Only an intent: whether the provider holds it is unknown until read back.
      source: s.grant.type === 'intent' ? 'intent' : 'ledger',
      cause,
      targets,
      expiresAt: s.expiresAt,
      expiresText: s.grant.expires_at,
      pr: s.grant.pr.number,
      hadFailures: s.failures > 0,
      order: s.seq,
    });
  }

  const drift = driftItems(input);
  items.push(...drift.items);
  items.sort(mostOverdueFirst);
  const leftovers = [...folded.states.values()]
    .filter((s) => s.status === 'revoked' && s.refusal === undefined && input.present.has(s.request))
    .sort((a, b) => a.seq - b.seq)
    .map((s) => s.request);
  return { items, deferred, missing: drift.missing, unresolved: drift.unresolved, leftovers };
}

function causeOf(
  s: LiveGrantState,
  input: SweepInput,
  expired: ReadonlySet<string>,
  extendedBy: ReadonlyMap<string, string>,
  tagExpired: ReadonlySet<string>,
): RevokeCause | undefined {
  if (expired.has(s.request) || tagExpired.has(s.request)) return 'expired';
  if (s.limitRevoke === true || input.limitBreached?.has(s.request) === true) return 'limit';
  if (extendedBy.has(s.request)) return 'superseded';
  if (!input.present.has(s.request)) return 'relinquished';
  if (s.grant.type === 'intent') {
    // An intent never confirmed as granted, whether or not a revocation of it
    // failed since (status revoke_failed): apply recorded it as abandoned
    // (E_APPLY_INTERRUPTED) or as failed with a rollback that did not finish
    // (E_APPLY_PROVIDER_FAILED): nothing waits for it, what is left goes now.
    if (s.refusal !== undefined) return 'drift';
    const at = parseInstant(s.grant.at);
    if (at === undefined || input.now - at >= input.staleIntentMs) return 'drift';
  }
  return undefined;
}

/** Request id -> the granted request that extends it. Only `granted` counts: an extension must be approved and applied. */
function extensions(states: ReadonlyMap<string, GrantState>): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of states.values()) {
    const g = s.grant;
    if (g?.type === 'granted' && g.extends !== undefined && g.extends !== s.request) out.set(g.extends, s.request);
  }
  return out;
}

/**
 * A tag whose expiry has passed, or that cannot be read, makes the grant due
 * whatever the ledger says: the earlier of two records wins (fail safe).
 */
function expiredByTag(managed: ReadonlyMap<string, readonly ManagedGrant[]>, now: number): Set<string> {
  const out = new Set<string>();
  for (const list of managed.values()) {
    for (const m of list) {
      const at = m.expiresAt === undefined ? undefined : parseInstant(m.expiresAt);
      if (at === undefined || at <= now) out.add(m.requestId);
    }
  }
  return out;
}

type Holders = ReadonlyMap<string, readonly string[]>;

/** One exact part (target, principal, the spec as recorded): what a live grant on a shared provider keeps in place. */
const exactPartKey = (target: string, principal: string, spec: GrantSpec): string => `${target}\u0000${principal}\u0000${JSON.stringify(spec)}`;

/** On shared providers: (target, principal, spec) -> live grants that are NOT due and hold it. */
function sharedHolders(states: ReadonlyMap<string, GrantState>, causes: ReadonlyMap<string, RevokeCause>, shared: ReadonlySet<ProviderId>): Holders {
  const out = new Map<string, string[]>();
  if (shared.size === 0) return out;
  for (const s of states.values()) {
    if (!isLive(s) || causes.has(s.request)) continue;
    const pending = new Set(s.pending);
    for (const g of s.grant.grants) {
      // A part held before that grant is not the tool's: it keeps nothing of ours in place.
      if (!shared.has(g.provider) || !pending.has(g.target) || g.already_held === true) continue;
      const key = exactPartKey(g.target, g.principal, g.spec);
      out.set(key, [...(out.get(key) ?? []), s.request]);
    }
  }
  return out;
}

/**
 * The live grant that holds every piece of this target's access, if one does.
 * Only a full cover defers: with a partial one the revocation goes ahead (it
 * can only take away more than needed, never leave more).
 */
function heldElsewhere(holders: Holders, s: LiveGrantState, work: TargetWork): string | undefined {
  const provider = s.grant.grants.find((g) => g.target === work.target)?.provider;
  if (provider === undefined || work.principals.length === 0) return undefined;
  let common: Set<string> | undefined;
  for (const p of work.principals) {
    for (const spec of p.specs) {
      // Left in place anyway: needs no cover.
      if (p.held?.includes(spec) === true) continue;
      const held = holders.get(exactPartKey(work.target, p.principal, spec));
      if (held === undefined) return undefined;
      common = common === undefined ? new Set(held) : new Set(held.filter((id) => common?.has(id)));
      if (common.size === 0) return undefined;
    }
  }
  return common === undefined ? undefined : [...common].sort()[0];
}

function mostOverdueFirst(a: WorkItem, b: WorkItem): number {
  const ka = Number.isNaN(a.expiresAt) ? Number.NEGATIVE_INFINITY : a.expiresAt;
  const kb = Number.isNaN(b.expiresAt) ? Number.NEGATIVE_INFINITY : b.expiresAt;
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.order !== b.order) return a.order - b.order;
  return a.request < b.request ? -1 : a.request > b.request ? 1 : 0;
}
