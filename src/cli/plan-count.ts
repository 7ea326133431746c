import type { TargetPlan } from '../plan/request-plan.js';
import type { AdmittedRows, Decision } from '../policy/decision.js';
import type { ProviderRegistry } from '../providers/descriptor.js';
import { describeError } from '../providers/errors.js';

/**
 * `grantbook plan --count`: the rows each row filter admits, read with the
 * target's credentials from the environment (the same variable apply uses).
 * The check job has none by design, so this is where a reviewer who holds
 * them gets the figure before merge. Never fails the command: a target that
 * cannot be reached is a note on its tables.
 */
export async function withCounts(decision: Decision, plans: readonly TargetPlan[], env: NodeJS.ProcessEnv, registry?: ProviderRegistry): Promise<Decision> {
  const counted = new Map<string, AdmittedRows>();
  const filtered = decision.footprint.entries.filter((t) => t.rowFilter !== undefined);
  if (filtered.length === 0) return decision;
  // Loaded only here: a plan without --count never loads a database client.
  const { connect } = await import('../providers/registry.js');
  for (const { targetGrant } of plans) {
    const entries = filtered.filter((t) => t.target === targetGrant.target.name);
    if (entries.length === 0) continue;
    const exact = new Set(entries.flatMap((t) => (t.rowFilter?.exact === true ? [t.rowFilter.object] : [])));
    try {
      const provider = await connect(targetGrant.target, env, {}, registry);
      try {
        const counter = provider.rowCounter;
        for (const c of (await counter?.countAdmitted(targetGrant, exact)) ?? []) counted.set(`${targetGrant.target.name}\u0000${c.table}`, c.count);
      } finally {
        await provider.close();
      }
    } catch (error) {
      for (const t of entries)
        if (t.rowFilter !== undefined) counted.set(`${t.target}\u0000${t.rowFilter.object}`, { rows: null, exact: false, note: describeError(error) });
    }
  }
  const entries = decision.footprint.entries.map((t) => {
    const count = t.rowFilter === undefined ? undefined : counted.get(`${t.target}\u0000${t.rowFilter.object}`);
    return count === undefined || t.rowFilter === undefined ? t : { ...t, rowFilter: { ...t.rowFilter, count } };
  });
  return { ...decision, footprint: { entries } };
}
