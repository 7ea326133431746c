import type { Logger } from '../../logger.js';
import type { AdmittedRows } from '../../report/apply-text.js';
import type { Decision } from '../../policy/decision.js';
import type { Provider, TargetGrant } from '../../providers/contract.js';

/**
 * Right after a grant with row filters: how many rows each filter admits,
 * for the pull request's apply comment and the log. The check job could
 * not count them (it has no database access), so the review said
 * "estimated at apply"; this is that figure. Not in the ledger, which holds
 * no query results: a count of one customer's rows is data about that
 * customer. Never fails the apply.
 */
export async function admittedRowLines(
  decision: Decision,
  providers: ReadonlyMap<string, Provider>,
  grants: readonly TargetGrant[],
  logger: Logger,
): Promise<AdmittedRows[]> {
  const lines: AdmittedRows[] = [];
  for (const g of grants) {
    const filters = decision.footprint.entries.flatMap((t) => (t.target === g.target.name && t.rowFilter !== undefined ? [t.rowFilter] : []));
    const provider = providers.get(g.target.name);
    const counter = provider?.rowCounter;
    if (filters.length === 0 || counter === undefined) continue;
    const exact = new Set(filters.filter((f) => f.exact).map((f) => f.object));
    const counts = await counter.countAdmitted(g, exact).catch(() => []);
    for (const f of filters) {
      const c = counts.find((x) => x.table === f.object)?.count;
      const figure =
        c === undefined || c.rows === null
          ? `not counted${c?.note !== undefined ? ` (${c.note})` : ''}`
          : `${c.exact ? '' : 'about '}${c.rows}${c.exact ? '' : ' (estimate)'}`;
      lines.push({ table: f.object, target: g.target.name, figure });
    }
  }
  for (const l of lines) logger.info(`rows admitted: ${l.table} on ${l.target}: ${l.figure}`);
  return lines;
}
