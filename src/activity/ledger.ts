import type { ActivityEvent, AlertEvent, LedgerEvent } from '../ledger/index.js';

const key = (target: string, principal: string): string => `${target}\u0000${principal}`;

/** The activity records and alerts of one request, found in one pass over the ledger. */
export interface RequestActivity {
  /** Latest baseline per (target, principal). */
  baseline(target: string, principal: string): ActivityEvent | undefined;
  /** A summary was already recorded for (target, principal). */
  summarized(target: string, principal: string): boolean;
  /** An alert for this limit was already recorded on (target, principal). */
  alerted(target: string, principal: string, limit: AlertEvent['limit']): boolean;
}

/** Indexes activity and alert events by request: scheduled runs look many grants up in one ledger. */
export function activityIndex(events: readonly LedgerEvent[]): (request: string) => RequestActivity {
  const baselines = new Map<string, Map<string, ActivityEvent>>();
  const summaries = new Map<string, Set<string>>();
  const alerts = new Map<string, Set<string>>();
  for (const e of events) {
    if (e.type === 'activity') {
      if (e.kind === 'baseline') {
        const m = baselines.get(e.request) ?? new Map<string, ActivityEvent>();
        m.set(key(e.target, e.principal), e);
        baselines.set(e.request, m);
      } else {
        const s = summaries.get(e.request) ?? new Set<string>();
        s.add(key(e.target, e.principal));
        summaries.set(e.request, s);
      }
    } else if (e.type === 'alert') {
      const s = alerts.get(e.request) ?? new Set<string>();
      s.add(`${key(e.target, e.principal)}\u0000${e.limit}`);
      alerts.set(e.request, s);
    }
  }
  return (request) => ({
    baseline: (target, principal) => baselines.get(request)?.get(key(target, principal)),
    summarized: (target, principal) => summaries.get(request)?.has(key(target, principal)) ?? false,
    alerted: (target, principal, limit) => alerts.get(request)?.has(`${key(target, principal)}\u0000${limit}`) ?? false,
  });
}
