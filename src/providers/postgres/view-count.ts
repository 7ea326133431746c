import type { AdmittedCount } from '../contract.js';
import type { PgSession } from './session.js';
import { qualifiedTable } from './names.js';
import { conditionSql, PIN_SEARCH_PATH_SQL } from './view-plan.js';
import type { ViewGrant } from './view-check.js';

/** An exact count gets this long; past it, the estimate stands in. */
const EXACT_TIMEOUT_MS = 10_000;

/** The admitted rows of one view's base table: its filter alone, without masks or expiry. */
export function countQueries(v: ViewGrant): { readonly estimate: string; readonly exact: string } {
  const from = `FROM ${qualifiedTable(v.schema, v.table)} AS t WHERE ${v.rows.map(conditionSql).join(' AND ')}`;
  return { estimate: `EXPLAIN (FORMAT JSON) SELECT 1 ${from}`, exact: `SELECT count(*)::int8 AS n ${from}` };
}

const sqlState = (error: unknown): string => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? ` (SQLSTATE ${code})` : '';
};

/**
 * Counts, for each view with a row filter, the rows of its table the filter
 * admits, as the grantor, in a read-only transaction: the planner's estimate
 * (EXPLAIN, nothing read), or count(*) where `exact` names the table. A
 * failure becomes a note with the SQLSTATE only: the server's message could
 * quote a filter value.
 */
export async function countAdmittedRows(session: PgSession, views: readonly ViewGrant[], exact: ReadonlySet<string>): Promise<AdmittedCount[]> {
  const out: AdmittedCount[] = [];
  for (const v of views.filter((x) => x.rows.length > 0)) {
    const table = `${v.schema}.${v.table}`;
    const q = countQueries(v);
    try {
      await session.query('BEGIN READ ONLY');
      await session.query(`SET LOCAL statement_timeout = '${EXACT_TIMEOUT_MS}ms'`);
      // The filter's operators are looked up now, as the grantor: PostgreSQL's own only.
      await session.query(PIN_SEARCH_PATH_SQL);
      const { rows } = await session.query<{ 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }>(q.estimate);
      const estimate = Math.round(rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? Number.NaN);
      let count: AdmittedCount['count'] = Number.isFinite(estimate)
        ? { rows: estimate, exact: false }
        : { rows: null, exact: false, note: 'the planner gave no estimate' };
      if (exact.has(table)) {
        await session.query('SAVEPOINT grantbook_count');
        try {
          const n = (await session.query<{ n: string }>(q.exact)).rows[0]?.n;
          count = { rows: Number(n), exact: true };
        } catch (error) {
          await session.query('ROLLBACK TO SAVEPOINT grantbook_count');
          count = { ...count, note: `count(*) did not finish${sqlState(error)}; the estimate stands` };
        }
      }
      out.push({ table, count });
    } catch (error) {
      out.push({ table, count: { rows: null, exact: false, note: `the database could not count them${sqlState(error)}` } });
    } finally {
      await session.query('ROLLBACK').catch(() => undefined);
    }
  }
  return out;
}
