import type { DriftKind, Folded, LedgerEvent, RevokeCause } from '../../ledger/index.js';
import type { GrantSpec } from '../../policy/decision.js';
import type { ProviderId } from '../../shared/grants.js';
import type { ManagedGrant } from '../../providers/contract.js';

// The sweep's data: what planSweep (plan.ts) reads and returns, and what drift.ts adds to it.

/** Everything one principal holds through one request on one target. */
export interface PrincipalWork {
  readonly principal: string;
  /** Empty when only the provider's tag is known (drift): the provider then revokes by its tag alone. */
  readonly specs: readonly GrantSpec[];
  /** Parts of `specs` the principal held before the grant (`already_held`): never revoked. */
  readonly held?: readonly GrantSpec[];
}

export interface TargetWork {
  readonly target: string;
  readonly principals: readonly PrincipalWork[];
}

/**
 * ledger: a grant the ledger shows live. intent: an `intent` never followed by
 * `granted` (the provider may or may not hold it). drift: found on the
 * provider only (the ledger does not show it live on that target).
 */
export type WorkSource = 'ledger' | 'intent' | 'drift';

export interface WorkItem {
  readonly request: string;
  readonly source: WorkSource;
  readonly cause: RevokeCause;
  /** For drift items: what the drift check found. */
  readonly drift?: Extract<DriftKind, 'unrecorded' | 'lingering'>;
  readonly targets: readonly TargetWork[];
  /** Epoch ms; NaN when unknown (counted as already expired, sorted first). */
  readonly expiresAt: number;
  /** As recorded; passed to the provider, which accepts any text on revoke. */
  readonly expiresText: string;
  /** The pull request that granted it, to comment on. */
  readonly pr?: number;
  /** An earlier run recorded a failure or an unresolved drift: an issue may be open to close. */
  readonly hadFailures: boolean;
  /** Ledger order, the tie-breaker. */
  readonly order: number;
}

/** A target of a due grant left alone this run: a live grant that is not due holds the very same access. */
export interface Deferred {
  readonly request: string;
  readonly target: string;
  readonly heldBy: string;
}

/** Drift the sweep cannot act on: it does not know whom the provider's object was granted to. */
export interface Unresolved {
  readonly request: string;
  readonly target: string;
  readonly what: Extract<DriftKind, 'unrecorded' | 'lingering'>;
  /** An earlier run already recorded it (drift_found): not written again. */
  readonly recorded: boolean;
}

export interface SweepPlan {
  /** Most overdue first. */
  readonly items: readonly WorkItem[];
  readonly deferred: readonly Deferred[];
  /** Live in the ledger, absent on a provider that lists everything it holds: nothing to revoke, reported. */
  readonly missing: readonly { readonly request: string; readonly target: string }[];
  readonly unresolved: readonly Unresolved[];
  /**
   * Requests the ledger shows fully revoked whose file is still on the
   * default branch: left over when a run deleted no more than its share of
   * files (MAX_DELETIONS). Deleted by later runs, oldest first.
   */
  readonly leftovers: readonly string[];
}

export interface SweepInput {
  readonly events: readonly LedgerEvent[];
  readonly folded: Folded;
  readonly now: number;
  /** Ids of the request files on the default branch tip. */
  readonly present: ReadonlySet<string>;
  /** What each target listed (`listManaged`); a target absent here was not listed this run. */
  readonly managed: ReadonlyMap<string, readonly ManagedGrant[]>;
  /** An intent older than this without `granted` is revoked (apply crashed or was cancelled midway). */
  readonly staleIntentMs: number;
  /**
   * Providers whose grants are not objects of their own (GitHub: a team
   * membership is the same membership whichever request gave it), so
   * revoking one request's grant would take away another's.
   */
  readonly sharedProviders: ReadonlySet<ProviderId>;
  /** Grants this run found crossing a limit whose profile says to revoke early (their `alert` is written with the revocation). */
  readonly limitBreached?: ReadonlySet<string>;
}
