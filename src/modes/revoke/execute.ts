import type { Logger } from '../../logger.js';
import type { Provider, TargetGrant } from '../../providers/contract.js';
import { RevokeNotVerified } from '../../providers/errors.js';
import type { Clock } from '../../time/clock.js';
import type { PrincipalWork, TargetWork, WorkItem } from './plan.js';
import { failureOf, isOutage, isPermanent, sweepFailure, type Failure } from './reason.js';
import { withRetry, type RetryPolicy } from './retry.js';
import type { OpenTargets, TargetHandle } from './targets.js';

export type TargetResult =
  | { readonly status: 'revoked'; readonly target: string; readonly attempts: number }
  | { readonly status: 'failed'; readonly target: string; readonly failure: Failure; readonly attempts: number }
  /** Not attempted: another run is sweeping the target. Neither success nor failure. */
  | { readonly status: 'skipped'; readonly target: string; readonly why: string };

export interface ItemOutcome {
  readonly item: WorkItem;
  readonly results: readonly TargetResult[];
  /** Epoch ms at which the last verified revocation of this item was read back. */
  readonly verifiedAt?: number;
  /** Intent targets the provider held before revocation: a grant the ledger never recorded as granted. */
  readonly foundPresent: readonly { readonly target: string; readonly principal: string }[];
}

export interface ExecuteDeps {
  readonly targets: Pick<OpenTargets, 'handle'>;
  readonly clock: Clock;
  readonly sleep: (ms: number) => Promise<void>;
  readonly retry: RetryPolicy;
  readonly logger: Logger;
}

/** After this many grants in a row failed on a target for outage-like reasons, its remaining grants get one attempt each. */
export const BREAKER_THRESHOLD = 3;

/**
 * Revokes every item, most overdue first. Every target of every item is
 * attempted whatever happened to the others (a failure never stops the rest);
 * each revocation is retried with backoff and counts only when the provider's
 * own read-back (`inspect`) then finds nothing left.
 */
export async function executeSweep(items: readonly WorkItem[], deps: ExecuteDeps): Promise<ItemOutcome[]> {
  const outages = new Map<string, number>();
  const outcomes: ItemOutcome[] = [];
  for (const item of items) {
    const results: TargetResult[] = [];
    const foundPresent: { target: string; principal: string }[] = [];
    let verifiedAt: number | undefined;
    for (const work of item.targets) {
      const result = await revokeTarget(item, work, deps, outages, foundPresent);
      if (result.status === 'revoked') verifiedAt = deps.clock.now();
      results.push(result);
      log(deps.logger, item, result);
    }
    outcomes.push({ item, results, foundPresent, ...(verifiedAt !== undefined ? { verifiedAt } : {}) });
  }
  return outcomes;
}

async function revokeTarget(
  item: WorkItem,
  work: TargetWork,
  deps: ExecuteDeps,
  outages: Map<string, number>,
  foundPresent: { target: string; principal: string }[],
): Promise<TargetResult> {
  const target = work.target;
  const handle: TargetHandle = deps.targets.handle(target);
  if (handle.state === 'busy') return { status: 'skipped', target, why: 'another revoke run holds the target lock' };
  if (handle.state === 'unavailable') return { status: 'failed', target, failure: handle.failure, attempts: handle.attempts };
  // A lock whose connection dropped no longer keeps another run out.
  if (handle.lock !== undefined && !handle.lock.held) return { status: 'skipped', target, why: 'the target lock was lost during the run' };
  if (work.principals.length === 0) {
    const failure = sweepFailure('E_REVOKE_DRIFT_UNRESOLVED', `request ${item.request}: the ledger names no principal on target ${target}`);
    return { status: 'failed', target, failure, attempts: 1 };
  }

  const tripped = (outages.get(target) ?? 0) >= BREAKER_THRESHOLD;
  const policy = tripped ? { ...deps.retry, attempts: 1 } : deps.retry;
  let attempts = 0;
  for (const principal of work.principals) {
    const grant = targetGrant(item, handle, principal);
    if (item.source === 'intent') {
      // Evidence for the record only; the revocation below runs either way.
      const seen = await handle.provider.inspect(grant).catch(() => undefined);
      if (seen !== undefined && !seen.absent) foundPresent.push({ target, principal: principal.principal });
    }
    const done = await withRetry(policy, deps.sleep, () => revokeVerified(handle.provider, grant), isPermanent);
    attempts = Math.max(attempts, done.attempts);
    if (!done.ok) {
      outages.set(target, isOutage(done.error) ? (outages.get(target) ?? 0) + 1 : 0);
      return { status: 'failed', target, failure: failureOf(done.error), attempts: done.attempts };
    }
  }
  outages.set(target, 0);
  return { status: 'revoked', target, attempts };
}

/**
 * The provider's revoke, then our own read-back: a provider is trusted to
 * verify, but "revoked" is never written on its word alone.
 */
async function revokeVerified(provider: Provider, grant: TargetGrant): Promise<void> {
  await provider.revoke(grant);
  const seen = await provider.inspect(grant);
  if (!seen.absent) throw new RevokeNotVerified(grant.target.name, grant.requestId, seen, ['the read-back after revoke still finds the grant']);
}

function targetGrant(item: WorkItem, handle: Extract<TargetHandle, { state: 'ready' }>, p: PrincipalWork): TargetGrant {
  const grant = { requestId: item.request, target: handle.target, principal: p.principal, grants: p.specs, expiresAt: item.expiresText };
  return p.held === undefined || p.held.length === 0 ? grant : { ...grant, held: p.held };
}

function log(logger: Logger, item: WorkItem, r: TargetResult): void {
  const what = `${item.request} on ${r.target} (${item.cause})`;
  if (r.status === 'revoked') logger.info(`Revoked ${what}; verified by read-back.`);
  else if (r.status === 'skipped') logger.info(`Skipped ${what}: ${r.why}.`);
  else logger.error(`Revocation of ${what} failed after ${r.attempts} attempt(s): ${r.failure.reason.code} ${r.failure.reason.message}`);
}
