import { activityStatus, activityTotals, breakGlassOf, describeGrant, sensitiveColumns, spotText } from './describe.js';
import type { AlertFact, DriftFact, GrantRow, LedgerSpot, RefusalFact } from './grant-rows.js';
import type { ProfileFacts } from './profiles.js';

/**
 * What the report's page holds per grant: short keys, because a quarter of
 * a busy organisation is tens of thousands of grants embedded in one file.
 * The page's script reads exactly these (report-client.ts).
 */
export interface ReportGrant {
  readonly id: string;
  /** Grantees' logins: the timeline's person lane. */
  readonly p: string;
  readonly rq: string;
  readonly pf: string;
  /** Break-glass: 1, 0, or null when the profile cannot be read. */
  readonly bg: 1 | 0 | null;
  readonly tg: readonly string[];
  readonly wh: readonly string[];
  readonly sn: readonly string[] | null;
  /** Start, expiry (effective) and end, epoch ms; null when unknown or still live. */
  readonly s: number | null;
  readonly x: number | null;
  readonly e: number | null;
  readonly st: GrantRow['status'];
  readonly c: string | null;
  readonly lt: number | null;
  readonly f: number;
  readonly pr: number;
  readonly ap: readonly string[];
  readonly tk: string | null;
  readonly rs: string | null;
  readonly al: number;
  /** Activity: calls, rows, statements that write; null when none recorded. */
  readonly ac: readonly [number, number, number] | null;
  readonly ao: string;
  readonly dr: number;
  readonly sb: string | null;
  readonly gl: string;
  /** Refusal codes recorded after the intent (an interrupted apply), or null. */
  readonly rf: readonly string[] | null;
}

const finite = (n: number | undefined): number | null => (n !== undefined && Number.isFinite(n) ? n : null);

export function reportGrant(row: GrantRow, facts: ProfileFacts): ReportGrant {
  const bg = breakGlassOf(row.grant.profile, facts);
  const totals = activityTotals(row);
  const targets: string[] = [];
  for (const g of row.grant.grants) if (!targets.includes(g.target)) targets.push(g.target);
  return {
    id: row.request,
    p: row.grant.grantees.map((g) => g.login).join(', '),
    rq: row.grant.requester.login,
    pf: row.grant.profile,
    bg: bg === null ? null : bg ? 1 : 0,
    tg: targets,
    wh: row.grant.grants.map(describeGrant),
    sn: sensitiveColumns(row, facts),
    s: finite(row.startMs),
    x: finite(row.expiresMs),
    e: row.status === 'revoked' ? finite(row.revokedMs) : null,
    st: row.status,
    c: row.cause ?? null,
    lt: row.lateMs ?? null,
    f: row.failures,
    pr: row.grant.pr.number,
    ap: row.grant.approvers.map((a) => a.login),
    tk: row.grant.ticket ?? null,
    rs: row.grant.reason ?? null,
    al: row.alerts.length,
    ac: row.activity.length === 0 ? null : [totals.calls, totals.rows, totals.writes],
    ao: activityStatus(row),
    dr: row.drift,
    sb: row.supersededBy ?? null,
    gl: spotText(row.granted),
    rf: row.refusal === undefined ? null : row.refusal.map((r) => r.code),
  };
}

/** Bounds of the lateness distribution (upper bound inclusive, ms); the last bucket is open. */
export const LATENESS_BUCKETS: readonly { readonly label: string; readonly max: number }[] = [
  { label: 'on time', max: 0 },
  { label: 'up to 1 min', max: 60_000 },
  { label: '1 to 5 min', max: 5 * 60_000 },
  { label: '5 to 15 min', max: 15 * 60_000 },
  { label: '15 to 30 min', max: 30 * 60_000 },
  { label: '30 to 60 min', max: 60 * 60_000 },
  { label: '1 to 4 h', max: 4 * 3_600_000 },
  { label: 'more than 4 h', max: Number.MAX_SAFE_INTEGER },
];

export type ReportRefusal = { readonly id: string; readonly at: string; readonly codes: readonly string[]; readonly pr: number | null; readonly gl: string };
export type ReportAlert = {
  readonly id: string;
  readonly at: string;
  readonly target: string;
  readonly principal: string;
  readonly limit: string;
  readonly observed: number;
  readonly allowed: number;
  readonly action: string;
};
export type ReportDrift = {
  readonly id: string;
  readonly at: string;
  readonly target: string;
  readonly principal: string | null;
  readonly what: string;
  readonly gl: string;
};

export function reportRefusal(f: RefusalFact): ReportRefusal {
  return { id: f.request, at: f.at, codes: f.reasons.map((r) => r.code), pr: f.pr?.number ?? null, gl: spotText(f.spot) };
}

export function reportAlert(f: AlertFact & { readonly request: string; readonly spot: LedgerSpot }): ReportAlert {
  return { id: f.request, at: f.at, target: f.target, principal: f.principal, limit: f.limit, observed: f.observed, allowed: f.allowed, action: f.action };
}

export function reportDrift(f: DriftFact): ReportDrift {
  return { id: f.request, at: f.at, target: f.target, principal: f.principal ?? null, what: f.what, gl: spotText(f.spot) };
}

/**
 * A break-glass grant's follow-up review issue as found on GitHub: its
 * number and state, not found, or not readable (with the code why).
 */
export type FollowUp =
  { readonly found: true; readonly number: number; readonly state: 'open' | 'closed' } | { readonly found: false } | { readonly unread: string };

/** Looks the follow-up reviews of these requests up (src/audit/break-glass-reviews.ts on GitHub). */
export type FollowUpLookup = (requests: readonly string[]) => Promise<ReadonlyMap<string, FollowUp>>;

/** The period's headline figures, unfiltered: the report's first section and the revoke job's summary. */
export interface Headline {
  grants: number;
  people: number;
  targets: number;
  breakGlass: number;
  breakGlassUnknown: number;
  live: number;
  revoked: number;
  /** Revoked more than one schedule interval after expiry. */
  revokedLate: number;
  maxLateMs: number;
  /** Still live more than one schedule interval after expiry (or with an unreadable expiry) at the end of the ledger. */
  overdue: number;
  withFailures: number;
  interrupted: number;
  refused: number;
  alerts: number;
  drift: number;
}

/** Folds grants into the headline as they are emitted; holds only the sets of people and targets. */
export class HeadlineTally {
  readonly figures: Headline = {
    grants: 0,
    people: 0,
    targets: 0,
    breakGlass: 0,
    breakGlassUnknown: 0,
    live: 0,
    revoked: 0,
    revokedLate: 0,
    maxLateMs: 0,
    overdue: 0,
    withFailures: 0,
    interrupted: 0,
    refused: 0,
    alerts: 0,
    drift: 0,
  };
  private readonly people = new Set<string>();
  private readonly targets = new Set<string>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: number,
  ) {}

  /** `grantees`: the grant's, as recorded (`g.p` is their logins joined for the page). */
  grant(g: ReportGrant, grantees: readonly { readonly login: string }[]): void {
    const f = this.figures;
    f.grants += 1;
    for (const p of grantees) this.people.add(p.login);
    for (const t of g.tg) this.targets.add(t);
    f.people = this.people.size;
    f.targets = this.targets.size;
    if (g.bg === 1) f.breakGlass += 1;
    if (g.bg === null) f.breakGlassUnknown += 1;
    if (g.st === 'revoked') {
      f.revoked += 1;
      if ((g.lt ?? 0) > this.intervalMs) f.revokedLate += 1;
      f.maxLateMs = Math.max(f.maxLateMs, g.lt ?? 0);
    } else {
      f.live += 1;
      if (g.x === null || this.now - g.x > this.intervalMs) f.overdue += 1;
    }
    if (g.f > 0) f.withFailures += 1;
    if (g.rf !== null || g.st === 'intended') f.interrupted += 1;
  }
}
