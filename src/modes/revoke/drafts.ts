import {
  fold,
  isLive,
  type Actor,
  type ChainTip,
  type EventDraft,
  type FileChange,
  type Folded,
  type LedgerView,
  type PreparedChanges,
} from '../../ledger/index.js';
import { REQUESTS_DIR } from '../../load/paths.js';
import type { ItemOutcome } from './execute.js';
import { openDrift, pairKey } from './drift.js';
import type { Unresolved } from './plan.js';
import type { ActivityWork } from './activity.js';
import { activityIndex } from '../../activity/ledger.js';

/**
 * Request files one commit deletes at most. Each deletion costs the commit a
 * look-up (it skips files already gone), several API calls on GitHub: after a
 * mass expiry, an unbounded list would keep the run from ever reaching its
 * commit. Later runs delete the rest (SweepPlan.leftovers).
 */
export const MAX_DELETIONS = 200;

export interface Snapshot {
  readonly tip: Pick<ChainTip, 'seq' | 'hash'>;
  readonly folded: Folded;
}

export interface DraftInput {
  readonly outcomes: readonly ItemOutcome[];
  readonly unresolved: readonly Unresolved[];
  /** Fully revoked requests whose file is still there, oldest first. */
  readonly leftovers?: readonly string[];
  readonly maxDeletions?: number;
  readonly actor: Actor;
  /** The ledger the sweep was planned on. */
  readonly snapshot: Snapshot;
  /** Activity summaries (written only with their target's `revoked`) and new alerts. */
  readonly activity?: Pick<ActivityWork, 'summaries' | 'alerts'>;
}

/**
 * The commit's content as a function of the ledger at the tip it lands on
 * (commitEvents calls it again after losing a race). What a concurrent run
 * already recorded is dropped, so two sweeps never write two `revoked` for
 * one target: a grant's targets are written as revoked only while the ledger
 * there still shows them pending, and drift only while no other run has
 * recorded it since the snapshot.
 */
export function ledgerChanges(input: DraftInput): {
  readonly changes: (view: LedgerView) => PreparedChanges;
  /** Requests whose file the last computed changes delete. */
  readonly deleted: () => ReadonlySet<string>;
} {
  let lastDeleted: ReadonlySet<string> = new Set();
  const changes = (view: LedgerView): PreparedChanges => {
    const unchanged = view.tip.seq === input.snapshot.tip.seq && view.tip.hash === input.snapshot.tip.hash;
    const folded = unchanged ? input.snapshot.folded : fold(view.events);
    const since = recordedSince(view, input.snapshot.tip.seq);
    const open = openDrift(view.events);
    const drafts: EventDraft[] = [];
    const deletions: FileChange[] = [];
    const deleted = new Set<string>();
    const remove = (id: string): void => {
      if (deleted.has(id) || deleted.size >= (input.maxDeletions ?? MAX_DELETIONS)) return;
      deleted.add(id);
      deletions.push({ path: requestPath(id), content: null });
    };
    const alerts = input.activity?.alerts ?? [];
    if (alerts.length > 0) {
      // Another run may have recorded the same crossing since the snapshot: one alert per limit, ever.
      const index = activityIndex(view.events);
      drafts.push(...alerts.filter((a) => !index(a.request).alerted(a.target, a.principal, a.limit)));
    }
    for (const outcome of input.outcomes) {
      const drafted =
        outcome.item.source === 'drift'
          ? driftDrafts(outcome, input.actor, since, open)
          : grantDrafts(outcome, input.actor, folded, open, input.activity?.summaries.get(outcome.item.request));
      drafts.push(...drafted.drafts);
      if (drafted.fullyRevoked) remove(outcome.item.request);
    }
    for (const id of input.leftovers ?? []) if (folded.states.get(id)?.status === 'revoked') remove(id);
    for (const u of input.unresolved) {
      const key = pairKey(u.request, u.target);
      if (open.has(key) || since.drift.has(key)) continue;
      drafts.push({ type: 'drift_found', request: u.request, actor: input.actor, target: u.target, what: u.what });
    }
    lastDeleted = deleted;
    return { drafts, extraChanges: deletions };
  };
  return { changes, deleted: () => lastDeleted };
}

export function requestPath(request: string): string {
  return `${REQUESTS_DIR}/${request}.yaml`;
}

interface Drafted {
  readonly drafts: EventDraft[];
  /** Every target the ledger still showed pending is revoked by these drafts. */
  readonly fullyRevoked: boolean;
}

function grantDrafts(outcome: ItemOutcome, actor: Actor, folded: Folded, open: ReadonlySet<string>, activity: readonly EventDraft[] = []): Drafted {
  const { item } = outcome;
  const state = folded.states.get(item.request);
  const pending = new Set(state !== undefined && isLive(state) ? state.pending : []);
  const drafts: EventDraft[] = [];
  for (const f of outcome.foundPresent) {
    if (!pending.has(f.target) || open.has(pairKey(item.request, f.target))) continue;
    drafts.push({ type: 'drift_found', request: item.request, actor, target: f.target, principal: f.principal, what: 'unrecorded' });
  }
  const revoked = outcome.results.filter((r) => r.status === 'revoked' && pending.has(r.target)).map((r) => r.target);
  if (revoked.length > 0) {
    const late = lateMs(item.expiresAt, outcome.verifiedAt);
    drafts.push({
      type: 'revoked',
      request: item.request,
      actor,
      targets: revoked,
      verified: true,
      cause: item.cause,
      ...(late !== undefined ? { late_ms: late } : {}),
    });
    // The record of use travels with the revocation it closes, in the same commit, never without it.
    drafts.push(...activity.filter((a) => a.type === 'activity' && revoked.includes(a.target)));
  }
  for (const r of outcome.results) {
    if (r.status !== 'failed' || !pending.has(r.target)) continue;
    drafts.push({ type: 'revoke_failed', request: item.request, actor, target: r.target, reason: r.failure.reason, attempts: r.attempts });
  }
  const fullyRevoked = revoked.length > 0 && [...pending].every((t) => revoked.includes(t));
  return { drafts, fullyRevoked };
}

function driftDrafts(outcome: ItemOutcome, actor: Actor, since: RecordedSince, open: ReadonlySet<string>): Drafted {
  const { item } = outcome;
  const drafts: EventDraft[] = [];
  const handled = (target: string): boolean => since.revoked.has(pairKey(item.request, target));
  for (const work of item.targets) {
    const key = pairKey(item.request, work.target);
    if (handled(work.target) || open.has(key) || since.drift.has(key)) continue;
    const principal = work.principals.length === 1 ? work.principals[0]?.principal : undefined;
    drafts.push({
      type: 'drift_found',
      request: item.request,
      actor,
      target: work.target,
      what: item.drift ?? 'unrecorded',
      ...(principal !== undefined ? { principal } : {}),
    });
  }
  const revoked = outcome.results.filter((r) => r.status === 'revoked' && !handled(r.target)).map((r) => r.target);
  if (revoked.length > 0) drafts.push({ type: 'revoked', request: item.request, actor, targets: revoked, verified: true, cause: 'drift' });
  for (const r of outcome.results) {
    if (r.status !== 'failed' || handled(r.target)) continue;
    drafts.push({ type: 'revoke_failed', request: item.request, actor, target: r.target, reason: r.failure.reason, attempts: r.attempts });
  }
  // Drift never deletes a request file: the file (if any) belongs to a request the ledger tracks.
  return { drafts, fullyRevoked: false };
}

interface RecordedSince {
  readonly revoked: ReadonlySet<string>;
  readonly drift: ReadonlySet<string>;
}

/** What other writers recorded after the snapshot the sweep planned on. */
function recordedSince(view: LedgerView, seq: number): RecordedSince {
  const revoked = new Set<string>();
  const drift = new Set<string>();
  for (let i = view.events.length - 1; i >= 0; i -= 1) {
    const e = view.events[i];
    if (e === undefined || e.seq <= seq) break;
    if (e.type === 'revoked') for (const t of e.targets) revoked.add(pairKey(e.request, t));
    else if (e.type === 'drift_found') drift.add(pairKey(e.request, e.target));
  }
  return { revoked, drift };
}

/** How long after its expiry the revocation was verified; absent when it was not late or the expiry is unknown. */
export function lateMs(expiresAt: number, verifiedAt: number | undefined): number | undefined {
  if (verifiedAt === undefined || !Number.isFinite(expiresAt) || verifiedAt <= expiresAt) return undefined;
  return Math.round(verifiedAt - expiresAt);
}
