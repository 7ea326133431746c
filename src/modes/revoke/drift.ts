import { isLive, type GrantState, type LedgerEvent } from '../../ledger/index.js';
import type { GrantSpec } from '../../policy/decision.js';
import type { ManagedGrant } from '../../providers/contract.js';
import { parseInstant } from '../../time/instant.js';
import type { SweepInput, SweepPlan, TargetWork, Unresolved, WorkItem } from './sweep.js';

/** All of one request's access on one target, grouped by principal. */
export function targetWork(s: GrantState, target: string): TargetWork {
  const byPrincipal = new Map<string, { specs: GrantSpec[]; held: GrantSpec[] }>();
  for (const g of s.grant?.grants ?? []) {
    if (g.target !== target) continue;
    const work = byPrincipal.get(g.principal) ?? { specs: [], held: [] };
    work.specs.push(g.spec);
    // Held before the grant (recorded at apply): the provider leaves it in place.
    if (g.already_held === true) work.held.push(g.spec);
    byPrincipal.set(g.principal, work);
  }
  return {
    target,
    principals: [...byPrincipal].map(([principal, w]) => (w.held.length > 0 ? { principal, specs: w.specs, held: w.held } : { principal, specs: w.specs })),
  };
}

/** (request, target) pairs whose last drift_found has no later `revoked` naming that target. */
export function openDrift(events: readonly LedgerEvent[]): Set<string> {
  const open = new Set<string>();
  for (const e of events) {
    if (e.type === 'drift_found') open.add(pairKey(e.request, e.target));
    else if (e.type === 'revoked') for (const t of e.targets) open.delete(pairKey(e.request, t));
  }
  return open;
}

export const pairKey = (request: string, target: string): string => `${request}\u0000${target}`;

/** What the providers hold that the ledger does not show live on that target. */
export function driftItems(input: SweepInput): Pick<SweepPlan, 'missing' | 'unresolved'> & { items: WorkItem[] } {
  const { folded } = input;
  const open = openDrift(input.events);
  const byRequest = new Map<string, { first: ManagedGrant; what: Unresolved['what']; targets: TargetWork[]; hadFailures: boolean }>();
  const unresolved: Unresolved[] = [];
  const missing: { request: string; target: string }[] = [];
  for (const [target, list] of input.managed) {
    const listed = new Set<string>();
    for (const m of list) {
      listed.add(m.requestId);
      const s = folded.states.get(m.requestId);
      if (s !== undefined && isLive(s) && s.pending.includes(target)) continue;
      const what = s?.grant === undefined ? 'unrecorded' : 'lingering';
      const known = s === undefined ? undefined : targetWork(s, target);
      const principal = m.principal ?? (known?.principals.length === 1 ? known.principals[0]?.principal : undefined);
      const recorded = open.has(pairKey(m.requestId, target));
      if (principal === undefined) {
        unresolved.push({ request: m.requestId, target, what, recorded });
        continue;
      }
      // The ledger's record of that grant, parts found already held included: those stay in place (invariant 9).
      const work = known?.principals.find((p) => p.principal === principal) ?? { principal, specs: [] };
      const entry = byRequest.get(m.requestId) ?? { first: m, what, targets: [], hadFailures: (s?.failures ?? 0) > 0 };
      entry.targets.push({ target, principals: [work] });
      entry.hadFailures ||= recorded;
      byRequest.set(m.requestId, entry);
    }
    for (const s of folded.states.values()) {
      if (s.status !== 'intended' && isLive(s) && s.pending.includes(target) && !listed.has(s.request)) missing.push({ request: s.request, target });
    }
  }
  const items = [...byRequest].map(([request, e]): WorkItem => ({
    request,
    source: 'drift',
    cause: 'drift',
    drift: e.what,
    targets: e.targets,
    expiresAt: e.first.expiresAt === undefined ? Number.NaN : (parseInstant(e.first.expiresAt) ?? Number.NaN),
    expiresText: e.first.expiresAt ?? '',
    hadFailures: e.hadFailures,
    order: -1,
  }));
  return { items, missing, unresolved };
}
