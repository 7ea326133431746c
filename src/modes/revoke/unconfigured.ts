import type { NotSwept } from '../../report/revoke-text.js';
import { CREDENTIAL_MISSING } from './reason.js';
import type { TargetProblem } from './targets.js';

export interface Settled {
  /** What still fails the run. */
  readonly problems: readonly TargetProblem[];
  readonly notSwept: readonly NotSwept[];
}

/**
 * Which targets without credentials may be left unswept. A revoke job often
 * runs with the credentials of only some of the declared targets (a new
 * target, one managed from another workflow, a demo on one database). Such a
 * target needs no sweep only when the ledger has no history on it at all
 * (`history`: Folded.knownTargets): no grant or intent, live, pending or
 * revoked, no failed revocation, no drift recorded. Then the tool never
 * touched it (apply records an intent before any provider call), so there is
 * nothing to revoke and nothing of the tool's to find as drift. Anything the
 * ledger records on it keeps the failure: a revocation is never given up
 * quietly. `history` undefined (the ledger did not read whole) sets nothing
 * aside: the events past the break may name the target.
 */
export function settleUnconfigured(problems: readonly TargetProblem[], history: ReadonlySet<string> | undefined): Settled {
  if (history === undefined) return { problems, notSwept: [] };
  const kept: TargetProblem[] = [];
  const notSwept: NotSwept[] = [];
  for (const p of problems) {
    if (p.failure.reason.code === CREDENTIAL_MISSING && !history.has(p.target)) {
      notSwept.push({ target: p.target, reason: p.failure.reason });
    } else {
      kept.push(p);
    }
  }
  return { problems: kept, notSwept };
}
