import { csvField, type CsvValue } from './csv.js';
import { activityStatus, activityTotals, alertText, breakGlassOf, describeGrant, grantParts, humanDuration, sensitiveColumns, spotText } from './describe.js';
import type { DriftFact, GrantRow, LedgerSpot } from './grant-rows.js';
import { commitUrl, ledgerLineUrl, pullUrl, runUrl, type ExportLinks } from './links.js';
import type { ProfileFacts } from './profiles.js';

export interface ExportContext {
  readonly facts: ProfileFacts;
  readonly links?: ExportLinks;
}

const list = (items: readonly string[]): string => items.join('; ');

/** list(items.map(text)) without the array in between: this runs for several cells of every row. */
function listOf<T>(items: readonly T[], text: (item: T) => string): string {
  let out = '';
  for (let i = 0; i < items.length; i += 1) out += i === 0 ? text(items[i] as T) : `; ${text(items[i] as T)}`;
  return out;
}

/** The distinct commits the approvals were given on, in the order first approved. */
function approvedCommits(approvers: readonly { readonly commit_id: string }[]): string {
  let out = '';
  for (let i = 0; i < approvers.length; i += 1) {
    const commit = (approvers[i] as { readonly commit_id: string }).commit_id;
    let seen = false;
    for (let j = 0; j < i && !seen; j += 1) seen = (approvers[j] as { readonly commit_id: string }).commit_id === commit;
    if (!seen) out += out === '' ? commit : `; ${commit}`;
  }
  return out;
}
const yesNo = (b: boolean | null): string => (b === null ? 'unknown' : b ? 'yes' : 'no');

/**
 * The CSV columns, in order, each with how it is read from a row. Names are
 * the export's format: add columns at the end, never rename one. Lists are
 * joined with "; ". `grants_json` is the `grants` array exactly as recorded
 * (the ledger's canonical JSON), so nothing the ledger holds about what was granted is
 * lost to the readable columns.
 */
const COLUMNS = [
  ['request', (r) => r.request],
  ['status', (r) => r.status],
  ['requester', (r) => r.grant.requester.login],
  ['requester_id', (r) => r.grant.requester.id],
  ['grantees', (r) => listOf(r.grant.grantees, (p) => `${p.login} (id ${p.id})`)],
  ['profile', (r) => r.grant.profile],
  ['break_glass', (r, c) => yesNo(breakGlassOf(r.grant.profile, c.facts))],
  ['targets', (_r, _c, d) => list(d.parts.targets)],
  ['principals', (_r, _c, d) => list(d.parts.principals)],
  ['granted', (r) => listOf(r.grant.grants, describeGrant)],
  ['tables', (_r, _c, d) => list(d.parts.tables)],
  ['columns', (_r, _c, d) => list(d.parts.columns)],
  ['table_privileges', (_r, _c, d) => list(d.parts.privileges)],
  ['teams', (_r, _c, d) => list(d.parts.teams)],
  ['repositories', (_r, _c, d) => list(d.parts.repositories)],
  ['sensitive_columns', (_r, _c, d) => (d.sensitive === null ? 'unknown' : list(d.sensitive))],
  ['reason', (r) => r.grant.reason],
  ['ticket', (r) => r.grant.ticket],
  ['extends', (r) => r.grant.extends],
  ['superseded_by', (r) => r.supersededBy],
  ['duration', (r) => r.grant.duration],
  ['approvers', (r) => listOf(r.grant.approvers, (a) => `${a.login} (id ${a.id}, review ${a.review_id})`)],
  ['approved_commits', (r) => approvedCommits(r.grant.approvers)],
  ['pull_request', (r) => r.grant.pr.number],
  ['head_sha', (r) => r.grant.pr.head_sha],
  ['merge_sha', (r) => r.grant.pr.merge_sha],
  ['request_blob', (r) => r.grant.request_blob],
  ['granted_at', (r) => (r.grant.type === 'granted' ? r.grant.granted_at : r.grant.at)],
  ['expires_at', (r) => r.grant.expires_at],
  ['revoked_at', (r) => r.revokedAt],
  ['late_ms', (r) => r.lateMs],
  ['late', (r) => (r.lateMs === undefined ? undefined : humanDuration(r.lateMs))],
  ['cause', (r) => r.cause],
  ['revoke_failures', (r) => r.failures],
  [
    'last_revoke_failure',
    (r) =>
      r.lastFailure === undefined ? undefined : `${r.lastFailure.target} ${r.lastFailure.reason.code} ${r.lastFailure.reason.message} at ${r.lastFailure.at}`,
  ],
  ['refusal_codes', (r) => (r.refusal === undefined ? undefined : listOf(r.refusal, (x) => x.code))],
  ['activity', (r) => activityStatus(r)],
  ['activity_calls', (r, _c, d) => (r.activity.length === 0 ? undefined : d.totals.calls)],
  ['activity_rows', (r, _c, d) => (r.activity.length === 0 ? undefined : d.totals.rows)],
  ['activity_time_ms', (r, _c, d) => (r.activity.length === 0 ? undefined : d.totals.timeMs)],
  ['activity_write_statements', (r, _c, d) => (r.activity.length === 0 ? undefined : d.totals.writes)],
  ['activity_flags', (_r, _c, d) => list(d.totals.flags)],
  ['alerts', (r) => r.alerts.length],
  ['alert_details', (r) => listOf(r.alerts, alertText)],
  ['drift_findings', (r) => r.drift],
  ['granted_event', (r) => spotText(r.granted)],
  ['granted_seq', (r) => r.granted.seq],
  ['granted_hash', (r) => r.granted.hash],
  ['granted_run_id', (r) => r.granted.runId],
  ['revoked_event', (r) => (r.revoked === undefined ? undefined : spotText(r.revoked))],
  ['revoked_seq', (r) => r.revoked?.seq],
  ['revoked_hash', (r) => r.revoked?.hash],
  ['revoked_run_id', (r) => r.revoked?.runId],
  ['pull_request_url', (r, c) => (c.links === undefined ? undefined : pullUrl(c.links, r.grant.pr.number))],
  ['merge_commit_url', (r, c) => (c.links === undefined ? undefined : commitUrl(c.links, r.grant.pr.merge_sha))],
  ['granted_event_url', (r, c) => (c.links === undefined ? undefined : ledgerLineUrl(c.links, r.granted))],
  ['revoked_event_url', (r, c) => (c.links === undefined || r.revoked === undefined ? undefined : ledgerLineUrl(c.links, r.revoked))],
  ['granted_run_url', (r, c) => (c.links === undefined ? undefined : runUrl(c.links, r.granted.runId))],
  ['revoked_run_url', (r, c) => (c.links === undefined || r.revoked === undefined ? undefined : runUrl(c.links, r.revoked.runId))],
  // The stored line is canonical JSON and JSON.parse keeps its key order (no key is an array index), so this is the recorded text.
  ['grants_json', (r) => JSON.stringify(r.grant.grants)],
] as const satisfies readonly (readonly [string, (r: GrantRow, c: ExportContext, d: Derived) => CsvValue])[];

/** What several columns read, worked out once per row. */
interface Derived {
  readonly parts: ReturnType<typeof grantParts>;
  readonly totals: ReturnType<typeof activityTotals>;
  readonly sensitive: string[] | null;
}

export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

type Read = (r: GrantRow, c: ExportContext, d: Derived) => CsvValue;
const READS: readonly Read[] = COLUMNS.map(([, read]) => read);

function derive(row: GrantRow, context: ExportContext): Derived {
  return { parts: grantParts(row.grant.grants), totals: activityTotals(row), sensitive: sensitiveColumns(row, context.facts) };
}

export function csvValues(row: GrantRow, context: ExportContext): CsvValue[] {
  const derived = derive(row, context);
  const values = new Array<CsvValue>(READS.length);
  for (let i = 0; i < READS.length; i += 1) values[i] = (READS[i] as Read)(row, context, derived);
  return values;
}

/** csvRecord(csvValues(row, context)), each cell written as it is read. */
export function csvLine(row: GrantRow, context: ExportContext): string {
  const derived = derive(row, context);
  // One array for every row: join copies the cells out, nothing keeps it.
  const cells = LINE_CELLS;
  for (let i = 0; i < READS.length; i += 1) cells[i] = csvField((READS[i] as Read)(row, context, derived));
  return `${cells.join(',')}\r\n`;
}
const LINE_CELLS = new Array<string>(READS.length).fill('');

/**
 * The JSON export's record: the recorded objects as recorded (requester,
 * grantees, approvers, pull request, grants), and what the views derive
 * from them next to, never instead of, them.
 */
export function jsonRecord(row: GrantRow, context: ExportContext): Record<string, unknown> {
  const g = row.grant;
  const links = context.links;
  const totals = activityTotals(row);
  return {
    request: row.request,
    status: row.status,
    requester: g.requester,
    grantees: g.grantees,
    profile: g.profile,
    break_glass: breakGlassOf(g.profile, context.facts),
    grants: g.grants,
    granted: g.grants.map(describeGrant),
    sensitive_columns: sensitiveColumns(row, context.facts),
    reason: g.reason ?? null,
    ticket: g.ticket ?? null,
    extends: g.extends ?? null,
    superseded_by: row.supersededBy ?? null,
    duration: g.duration,
    approvers: g.approvers,
    pr: g.pr,
    request_blob: g.request_blob,
    recorded_as: g.type,
    granted_at: g.type === 'granted' ? g.granted_at : g.at,
    expires_at: g.expires_at,
    revoked_at: row.revokedAt ?? null,
    late_ms: row.lateMs ?? null,
    cause: row.cause ?? null,
    revoke_failures: row.failures,
    last_revoke_failure: row.lastFailure ?? null,
    refusal: row.refusal ?? null,
    activity: row.activity.map((a) => ({
      target: a.target,
      principal: a.principal,
      status: a.status,
      reason: a.reason ?? null,
      totals: a.totals ?? null,
      flags: a.flags ?? [],
      write_statements: a.writeStatements,
    })),
    activity_totals:
      row.activity.length === 0
        ? null
        : { calls: totals.calls, rows: totals.rows, time_ms: totals.timeMs, write_statements: totals.writes, flags: totals.flags },
    alerts: row.alerts,
    drift_findings: row.drift,
    ledger: { granted: spotRecord(row.granted), revoked: row.revoked === undefined ? null : spotRecord(row.revoked) },
    links:
      links === undefined
        ? null
        : {
            pull_request: pullUrl(links, g.pr.number),
            merge_commit: commitUrl(links, g.pr.merge_sha),
            granted_event: ledgerLineUrl(links, row.granted) ?? null,
            revoked_event: row.revoked === undefined ? null : (ledgerLineUrl(links, row.revoked) ?? null),
            granted_run: runUrl(links, row.granted.runId),
            revoked_run: row.revoked === undefined ? null : runUrl(links, row.revoked.runId),
          },
  };
}

/** A drift finding no row counts, in the JSON export: what was found and where the ledger records it. */
export function driftRecord(f: DriftFact): Record<string, unknown> {
  return { request: f.request, at: f.at, target: f.target, principal: f.principal ?? null, what: f.what, ledger: spotRecord(f.spot) };
}

function spotRecord(s: LedgerSpot): Record<string, unknown> {
  return { file: s.file, line: s.line, seq: s.seq, hash: s.hash, at: s.at, run_id: s.runId, workflow: s.workflow, actor_sha: s.sha };
}
