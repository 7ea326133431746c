import type { GrantState, LedgerGrant } from '../../ledger/index.js';
import type { Provider, TargetGrant } from '../../providers/contract.js';
import { isHeld } from '../../providers/held.js';
import { heldByLiveGrants, preexisting } from '../held.js';

/**
 * Each target grant with what its principal already holds and this tool did
 * not give (design invariant 9), read from the providers before the intent is
 * written: the intent then says what a crash repair, a rollback and every
 * later revocation must leave alone. `states` must be the ledger as it stands
 * now, this run's own grants included (RunLedger). Nothing is changed here;
 * a read that fails throws, and nothing is granted (run.ts heldUnreadable).
 */
export async function observeHeld(
  providers: ReadonlyMap<string, Provider>,
  grants: readonly TargetGrant[],
  states: ReadonlyMap<string, GrantState>,
): Promise<TargetGrant[]> {
  const ours = heldByLiveGrants(states);
  const out: TargetGrant[] = [];
  for (const tg of grants) {
    const provider = providers.get(tg.target.name);
    if (provider === undefined) throw new Error(`no provider connected for target ${tg.target.name}`);
    const held = preexisting(await provider.held(tg), tg.target, tg.principal, ours);
    out.push(held.length === 0 ? tg : { ...tg, held });
  }
  return out;
}

/** The ledger's record of the grants, each part found already held marked `already_held`. */
export function ledgerGrants(grants: readonly Omit<LedgerGrant, 'already_held'>[], observed: readonly TargetGrant[]): LedgerGrant[] {
  return grants.map((g) => {
    const unit = observed.find((tg) => tg.target.name === g.target && tg.principal === g.principal);
    const held = unit !== undefined && isHeld(unit, g.spec);
    return held ? { ...g, already_held: true } : { ...g };
  });
}
