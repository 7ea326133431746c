import type { LedgerGrant } from '../ledger/index.js';
import { activeRegistry } from '../providers/catalog.js';
import type { AuditCover } from '../providers/descriptor.js';
import type { AlertFact, GrantRow, LedgerSpot } from './grant-rows.js';
import { tableKey, type ProfileFacts } from './profiles.js';

/** Shared wording of the export and the report, so both say the same thing about a grant. */

export function describeGrant(g: LedgerGrant): string {
  const descriptor = activeRegistry().descriptor(g.provider);
  // In the audit views' words where the provider has them, else in its own.
  return (
    descriptor?.audit?.describe(g.spec, g.principal, g.target) ??
    descriptor?.describe(g.spec, g.principal, g.target) ??
    `${g.target}: ${g.principal} ${g.spec.kind}`
  );
}

/** What a grant covers by the export's columns, as its provider says; nothing for kinds without an audit view. */
function coverOf(g: LedgerGrant): AuditCover {
  return activeRegistry().descriptor(g.provider)?.audit?.covers(g.spec) ?? {};
}

export interface GrantParts {
  readonly targets: string[];
  readonly principals: string[];
  readonly tables: string[];
  readonly columns: string[];
  readonly privileges: string[];
  readonly teams: string[];
  readonly repositories: string[];
}

/** What was granted, split by kind: tables and columns, teams, repositories. */
export function grantParts(grants: readonly LedgerGrant[]): GrantParts {
  const parts: GrantParts = { targets: [], principals: [], tables: [], columns: [], privileges: [], teams: [], repositories: [] };
  for (const g of grants) {
    if (!parts.targets.includes(g.target)) parts.targets.push(g.target);
    const principal = `${g.target}:${g.principal}`;
    if (!parts.principals.includes(principal)) parts.principals.push(principal);
    const cover = coverOf(g);
    if (cover.table !== undefined) {
      const table = `${g.target}:${cover.table.name}`;
      parts.tables.push(table);
      parts.columns.push(`${table}(${cover.table.columns !== undefined ? cover.table.columns.join(', ') : 'all columns'})`);
      parts.privileges.push(`${table} ${cover.table.privileges.join(', ')}`);
    }
    if (cover.team !== undefined) parts.teams.push(`${g.target}:${cover.team}`);
    if (cover.repository !== undefined) parts.repositories.push(`${g.target}:${cover.repository}`);
  }
  return parts;
}

/** yes / no, or null when the profile is not (or no longer) readable at the checkout. */
export function breakGlassOf(profile: string, facts: ProfileFacts): boolean | null {
  return facts.profiles.get(profile)?.breakGlass ?? null;
}

/**
 * Sensitive columns the grant covered, as the profile at the checkout marks
 * them: `target:schema.table.column`. A whole-table grant covers every
 * sensitive column of the table. Null when the profile cannot be read.
 */
export function sensitiveColumns(row: GrantRow, facts: ProfileFacts): string[] | null {
  const fact = facts.profiles.get(row.grant.profile);
  if (fact === undefined) return null;
  const out: string[] = [];
  for (const g of row.grant.grants) {
    const table = coverOf(g).table;
    if (table === undefined) continue;
    const sensitive = fact.sensitive.get(tableKey(g.target, table.name)) ?? [];
    for (const c of sensitive) {
      if (table.columns === undefined || table.columns.includes(c)) out.push(`${g.target}:${table.name}.${c}`);
    }
  }
  return out;
}

/** `1 h 4 min 3 s`; `0 s` for zero. */
export function humanDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  let s = Math.round(ms / 1000);
  const d = Math.floor(s / 86_400);
  s -= d * 86_400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts = [d > 0 ? `${d} d` : '', h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : '', s > 0 ? `${s} s` : ''].filter((p) => p !== '');
  return parts.length === 0 ? '0 s' : parts.join(' ');
}

export function alertText(a: AlertFact): string {
  const what = a.limit === 'rows_read' ? 'rows read' : 'writes';
  return `${a.target} ${a.principal}: ${what} ${a.observed} > ${a.allowed} (${a.action === 'revoke' ? 'revoked early' : 'alert'}) at ${a.at}`;
}

export function spotText(s: LedgerSpot): string {
  return `${s.file}:${s.line} (seq ${s.seq})`;
}

/** What the grant's activity records say in one phrase: observed, not observable (codes), or none recorded. */
export function activityStatus(row: GrantRow): string {
  if (row.activity.length === 0) return 'none recorded';
  const blind = row.activity.filter((a) => a.status !== 'observed').map((a) => `${a.target} ${a.reason?.code ?? 'unknown'}`);
  if (blind.length === row.activity.length) return `not observable (${blind.join('; ')})`;
  return blind.length === 0 ? 'observed' : `observed; not observable on ${blind.join('; ')}`;
}

export function activityTotals(row: GrantRow): { calls: number; rows: number; timeMs: number; writes: number; flags: string[] } {
  let calls = 0;
  let rows = 0;
  let timeMs = 0;
  let writes = 0;
  const flags: string[] = [];
  for (const a of row.activity) {
    calls += a.totals?.calls ?? 0;
    rows += a.totals?.rows ?? 0;
    timeMs += a.totals?.time_ms ?? 0;
    writes += a.writeStatements;
    for (const f of a.flags ?? []) if (!flags.includes(f)) flags.push(f);
  }
  return { calls, rows, timeMs, writes, flags };
}
