import { notObservable } from '../../activity/types.js';
import { baselineBody } from '../../activity/window.js';
import type { Actor, EventDraft } from '../../ledger/index.js';
import type { Logger } from '../../logger.js';
import type { Provider, TargetGrant } from '../../providers/contract.js';

/**
 * Just before a grant is applied: the grantee's statement counters, kept in
 * the ledger (the only durable store between runs) as an `activity`
 * baseline per target and principal, ids and counters only, no text. Read
 * before the grant so nothing the grantee runs with it falls outside the
 * window; committed with the `granted` event, so a grant and its baseline
 * land together. The revoke run subtracts it from the counters at
 * revocation; scheduled runs compare against it for the profile's limits.
 *
 * Never fails the apply: a read that fails is a log line, and the summary at
 * revocation then says there was no baseline (E_ACTIVITY_NO_BASELINE, or the
 * provider's own reason) rather than guess.
 */
export async function readBaselines(
  request: string,
  actor: Actor,
  providers: ReadonlyMap<string, Provider>,
  grants: readonly TargetGrant[],
  logger: Logger,
): Promise<EventDraft[]> {
  const drafts: EventDraft[] = [];
  for (const g of grants) {
    const provider = providers.get(g.target.name);
    const source = provider?.activity;
    // A provider with no record of use gets its explicit "not observable" at revocation.
    if (source === undefined) continue;
    const snapshot = await source
      .readActivity(g.principal, { withText: false })
      .catch(() => notObservable('E_ACTIVITY_READ_FAILED', `reading the activity of ${g.principal} on ${g.target.name} failed`));
    // Only a baseline that saw something is worth recording: where nothing is observable (no
    // extension, no privilege) the summary at revocation says so from its own read, and an
    // installation that has not set activity up pays nothing at apply.
    if (!snapshot.observable) {
      logger.info(`${request}: activity on ${g.target.name} is not observable (${snapshot.reason.code}); no baseline recorded.`);
      continue;
    }
    drafts.push({
      type: 'activity',
      request,
      actor,
      kind: 'baseline',
      target: g.target.name,
      provider: g.target.provider,
      principal: g.principal,
      ...baselineBody(snapshot),
    });
  }
  return drafts;
}
