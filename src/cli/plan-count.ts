import type { TargetPlan } from '../plan/request-plan.js';
import type { Decision, FootprintEntry } from '../policy/decision.js';
import { describeError } from '../providers/errors.js';

/**
 * `grantbook plan --count`: the rows each row filter admits, read with the
 * target's credentials from the environment (the same variable apply uses).
 * The check job has none by design, so this is where a reviewer who holds
 * them gets the figure before merge. Never fails the command: a target that
 * cannot be reached is a note on its tables.
 */
export async function withCounts(decision: Decision, plans: readonly TargetPlan[], env: NodeJS.ProcessEnv): Promise<Decision> {
  const counted = new Map<string, NonNullable<FootprintEntry['count']>>();
  const filtered = decision.footprint.tables.filter((t) => t.rows !== undefined);
  if (filtered.length === 0) return decision;
  // Loaded only here: a plan without --count never loads a database client.
  const { connect } = await import('../providers/registry.js');
  for (const { targetGrant } of plans) {
    const tables = filtered.filter((t) => t.target === targetGrant.target.name);
    if (tables.length === 0) continue;
    const exact = new Set(tables.filter((t) => t.rows?.count === 'exact').map((t) => t.table));
    try {
      const provider = connect(targetGrant.target, env);
      try {
        const counter = provider.rowCounter;
        for (const c of (await counter?.countAdmitted(targetGrant, exact)) ?? []) counted.set(`${targetGrant.target.name}\u0000${c.table}`, c.count);
      } finally {
        await provider.close();
      }
    } catch (error) {
      for (const t of tables) counted.set(`${t.target}\u0000${t.table}`, { rows: null, exact: false, note: describeError(error) });
    }
  }
  const tables = decision.footprint.tables.map((t) => {
    const count = counted.get(`${t.target}\u0000${t.table}`);
    return count === undefined ? t : { ...t, count };
  });
  return { ...decision, footprint: { ...decision.footprint, tables } };
}
