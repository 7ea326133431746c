import type {
  EventType,
  ActivityEvent,
  AlertEvent,
  DriftFoundEvent,
  GrantedEvent,
  GrantRefusedEvent,
  IntentEvent,
  LedgerEvent,
  Reason,
  RevokeCause,
  Where,
} from '../ledger/index.js';
// The ledger's own fast instant reader (same values as parseInstant): a million events parse a few million instants.
import { instantMs } from '../ledger/instant-fast.js';
import { durationMs } from '../time/duration.js';
import type { Period } from './period.js';

/** Where an event sits: its place in the chain, its line, and the run that wrote it. */
export interface LedgerSpot {
  readonly seq: number;
  readonly hash: string;
  /** `audit/YYYY-MM.jsonl` */
  readonly file: string;
  /** 1-based line in `file`. */
  readonly line: number;
  readonly at: string;
  readonly runId: string;
  readonly workflow: string;
  readonly sha: string;
}

export type RowStatus = 'active' | 'revoke_failed' | 'intended' | 'revoked';

/** What a grant was used for, per target, from its `activity` summary. */
export type ActivityFact = Pick<ActivityEvent, 'target' | 'principal' | 'status' | 'reason' | 'totals' | 'flags'> & {
  /** Statements (of the recorded top ones) that change data. */
  readonly writeStatements: number;
};

export type AlertFact = Pick<AlertEvent, 'at' | 'target' | 'principal' | 'limit' | 'observed' | 'allowed' | 'action'>;

/**
 * One grant, from its first intent/granted event to the end of the ledger,
 * with the same reading of the events as the revoke job's fold
 * (src/ledger/fold.ts): a repeat keeps the earlier expiry, a revoke ends only
 * the targets it names, a refusal never hides a grant.
 */
export interface GrantRow {
  readonly request: string;
  readonly status: RowStatus;
  /** The authoritative event as recorded: the first `granted`, else the `intent`. */
  readonly grant: GrantedEvent | IntentEvent;
  /** Epoch ms the access started: `granted_at`, or the intent's time. */
  readonly startMs: number;
  /** Effective expiry (never later than start + duration); NaN when unreadable, which counts as expired. */
  readonly expiresMs: number;
  readonly revokedAt?: string;
  readonly revokedMs?: number;
  readonly cause?: RevokeCause;
  /** The largest `late_ms` the revocations recorded. */
  readonly lateMs?: number;
  readonly failures: number;
  readonly lastFailure?: { readonly target: string; readonly reason: Reason; readonly at: string };
  /** A refusal recorded after the intent (an interrupted apply that was abandoned). */
  readonly refusal?: readonly Reason[];
  readonly alerts: readonly AlertFact[];
  readonly activity: readonly ActivityFact[];
  readonly drift: number;
  /** A later request that extends this one. */
  readonly supersededBy?: string;
  readonly granted: LedgerSpot;
  /** The revocation that completed it. */
  readonly revoked?: LedgerSpot;
}

export type RefusalFact = Pick<GrantRefusedEvent, 'request' | 'at' | 'reasons' | 'pr'> & { readonly spot: LedgerSpot };
export type DriftFact = Pick<DriftFoundEvent, 'request' | 'at' | 'target' | 'principal' | 'what'> & {
  readonly spot: LedgerSpot;
  /**
   * Counted in a row's drift_findings: the grant was live, or revoked less
   * than DRIFT_HOLD_MS before. False for a finding later than that
   * (`lingering`: the provider still had what the ledger shows revoked) or on
   * a grant the ledger never recorded: a row already written cannot take it.
   */
  readonly onRow: boolean;
};

/** `"kind":"summary"`: in canonical JSON these bytes stand only where an object has that member (a quote inside a string is escaped). */
const SUMMARY_MEMBER = Buffer.from('"kind":"summary"');

/**
 * The events the folder reads, asked before a line is parsed: all but the
 * activity records that are not summaries (a baseline, most of the activity
 * records, adds nothing to a row). A line without those bytes anywhere has
 * no `kind` of `summary`; one that has them is decoded and looked at.
 */
export function foldTakes(type: EventType, bytes: Buffer, lineStart: number, lineEnd: number): boolean {
  return type !== 'activity' || bytes.subarray(lineStart, lineEnd).indexOf(SUMMARY_MEMBER) !== -1;
}

export interface RowSinks {
  /** A grant whose access overlapped the period, once its story is complete (or at the end). */
  row(row: GrantRow): void;
  refusal?(fact: RefusalFact): void;
  alert?(fact: AlertFact & { readonly request: string; readonly spot: LedgerSpot }): void;
  drift?(fact: DriftFact): void;
}

interface Open {
  request: string;
  status: RowStatus;
  grant: GrantedEvent | IntentEvent;
  expiresMs: number;
  pending: string[];
  failed?: Set<string>;
  failures: number;
  lastFailure?: { target: string; reason: Reason; at: string };
  cause?: RevokeCause;
  revokedAt?: string;
  lateMs?: number;
  refusal?: readonly Reason[];
  alerts: AlertFact[];
  activity: ActivityFact[];
  drift: number;
  supersededBy?: string;
  granted: LedgerSpot;
  revoked?: LedgerSpot;
  /** `at` of the revocation that completed it: the rest of that commit (its activity summary) still belongs to the row. */
  closingAt?: string;
  /** closingAt in epoch ms: the row is written once the ledger is DRIFT_HOLD_MS past it. */
  closingMs?: number;
}

/**
 * How long, in ledger time, a revoked grant's row waits before it is
 * written, for drift found on it: a grant still in place after its verified
 * revocation is found `lingering` by the next revoke run, and counted on its
 * row. Four intervals of the shipped schedule (every 30 minutes), for runs
 * GitHub delays or skips. A finding later than this is on no row
 * (DriftFact.onRow), and said so. Not longer: a row held across many events
 * outlives the young generation of the heap; held for a day, the report of
 * a million events in month files peaked at 470 MB instead of 416 MB.
 */
export const DRIFT_HOLD_MS = 2 * 3_600_000;

/**
 * Events in chain order -> one row per grant, emitted once the grant's story
 * is complete, so only live and recently revoked grants are held. A revoked
 * grant's story is the rest of its revocation's commit (same `at`: the
 * revoke job writes the activity summary there), and the drift found on it
 * within DRIFT_HOLD_MS; rows are written in the order the grants were
 * revoked. Grants still live at the end are emitted by `end()`, in the order
 * they started. Pure and linear.
 */
export class GrantRowFolder {
  private readonly open = new Map<string, Open>();
  /** Revoked grants in the order they were revoked, written from `written` on as the ledger's time passes them. */
  private closing: (Open | undefined)[] = [];
  private written = 0;
  /** `YYYY-MM` of the month file being read; never a prefix of an instant until the first event. */
  private month = '\u0000';
  private file = '';
  private monthFirstSeq = 0;
  /** Where the current event stands, when the reader says so. */
  private where: Where | undefined;

  constructor(
    private readonly period: Period,
    private readonly sinks: RowSinks,
  ) {}

  /**
   * The next event in chain order, with the file and line it stands at when
   * known (else worked out from a month file's seqs): the folder may be
   * given only the events foldTakes takes.
   */
  add(e: LedgerEvent, where?: Where): void {
    // The instant is read only while revoked grants wait: most events find none.
    if (this.written < this.closing.length) this.writeRevoked(instantOr(e.at, Number.NaN));
    this.where = where;
    if (where === undefined) this.track(e);
    const current = this.open.get(e.request);
    // A grant held past its revocation's commit is held for the drift found on it alone: nothing else later is its story.
    let d = current !== undefined && e.type !== 'drift_found' && endedBefore(current, e) ? undefined : current;
    switch (e.type) {
      case 'intent':
      case 'granted': {
        // As the revoke job reads extensions (src/modes/revoke/plan.ts): only a granted one supersedes, an intent never
        // confirmed does not; and one granted after the period still names the grant it replaced.
        if (e.type === 'granted' && e.extends !== undefined && e.extends !== e.request) {
          const older = this.open.get(e.extends);
          if (older !== undefined && !endedBefore(older, e)) older.supersededBy = e.request;
        }
        const expiresMs = effectiveExpiry(e);
        if (d === undefined || d.status === 'revoked') {
          // A revoked grant of this id waits for its turn among the revoked ones (closing), out of `open`: what
          // follows is this grant's, and it comes among the live ones in the order it started.
          if (current?.status === 'revoked') this.open.delete(e.request);
          // A grant first recorded after the period cannot overlap it.
          if (!(instantOr(e.at, Number.NaN) < this.period.until)) return;
          d = {
            request: e.request,
            status: e.type === 'granted' ? 'active' : 'intended',
            grant: e,
            expiresMs,
            pending: [],
            failures: 0,
            alerts: [],
            activity: [],
            drift: 0,
            granted: this.spot(e),
          };
          this.open.set(e.request, d);
        } else {
          const confirms = e.type === 'granted' && d.grant.type === 'intent';
          d.expiresMs = confirms ? expiresMs : earlier(d.expiresMs, expiresMs);
          if (e.type === 'granted' || d.grant.type === 'intent') {
            d.grant = e;
            d.granted = this.spot(e);
          }
          if (d.status === 'intended' && e.type === 'granted') d.status = 'active';
        }
        for (const g of e.grants) if (!d.pending.includes(g.target)) d.pending.push(g.target);
        break;
      }
      case 'grant_refused':
        if (d !== undefined) d.refusal = e.reasons;
        else if (this.inPeriod(e.at))
          this.sinks.refusal?.({ request: e.request, at: e.at, reasons: e.reasons, ...(e.pr !== undefined ? { pr: e.pr } : {}), spot: this.spot(e) });
        break;
      case 'revoke_failed':
        if (d === undefined || d.status === 'revoked') break;
        (d.failed ??= new Set()).add(e.target);
        d.failures += 1;
        d.lastFailure = { target: e.target, reason: e.reason, at: e.at };
        d.status = 'revoke_failed';
        break;
      case 'revoked':
        if (d === undefined || d.status === 'revoked') break;
        if (e.late_ms !== undefined) d.lateMs = Math.max(d.lateMs ?? 0, e.late_ms);
        for (const t of e.targets) {
          const at = d.pending.indexOf(t);
          if (at !== -1) d.pending.splice(at, 1);
          d.failed?.delete(t);
        }
        if (d.pending.length === 0) {
          d.status = 'revoked';
          d.cause = e.cause;
          d.revokedAt = e.at;
          d.revoked = this.spot(e);
          d.closingAt = e.at;
          d.closingMs = instantOr(e.at, Number.NEGATIVE_INFINITY);
          this.closing.push(d);
        } else if ((d.failed?.size ?? 0) === 0 && d.status === 'revoke_failed') {
          d.status = d.grant.type === 'granted' ? 'active' : 'intended';
        }
        break;
      case 'activity':
        if (d !== undefined && e.kind === 'summary') d.activity.push(activityFact(e));
        break;
      case 'alert': {
        const fact: AlertFact = {
          at: e.at,
          target: e.target,
          principal: e.principal,
          limit: e.limit,
          observed: e.observed,
          allowed: e.allowed,
          action: e.action,
        };
        if (d !== undefined) d.alerts.push(fact);
        if (this.inPeriod(e.at)) this.sinks.alert?.({ ...fact, request: e.request, spot: this.spot(e) });
        break;
      }
      case 'drift_found':
        if (d !== undefined) d.drift += 1;
        if (this.inPeriod(e.at))
          this.sinks.drift?.({
            request: e.request,
            at: e.at,
            target: e.target,
            ...(e.principal !== undefined ? { principal: e.principal } : {}),
            what: e.what,
            spot: this.spot(e),
            onRow: d !== undefined && this.shown(d),
          });
        break;
    }
  }

  /** The end of the ledger: everything still held is emitted, live grants last, in the order they started. */
  end(): void {
    this.writeRevoked(Number.POSITIVE_INFINITY);
    for (const d of this.open.values()) this.emit(d, false);
    this.open.clear();
  }

  /** Grants held right now: live ones, and those revoked less than DRIFT_HOLD_MS ago (of ledger time). */
  get held(): number {
    let replaced = 0;
    for (let i = this.written; i < this.closing.length; i += 1) {
      const d = this.closing[i];
      if (d !== undefined && this.open.get(d.request) !== d) replaced += 1;
    }
    return this.open.size + replaced;
  }

  /** Writes the revoked grants the ledger's time (`atMs`) is more than DRIFT_HOLD_MS past, in the order they were revoked. */
  private writeRevoked(atMs: number): void {
    const closing = this.closing;
    while (this.written < closing.length) {
      const d = closing[this.written] as Open;
      if (!(atMs - (d.closingMs ?? Number.NEGATIVE_INFINITY) > DRIFT_HOLD_MS)) break;
      // Let go of it now: a written row kept until the array is cut would outlive the young generation, every one of them.
      closing[this.written] = undefined;
      this.written += 1;
      this.emit(d);
    }
    // Drop the written ones now and then, not one by one: a shift per row would copy the rest each time.
    if (this.written > 1024 && this.written * 2 > closing.length) {
      this.closing = closing.slice(this.written);
      this.written = 0;
    }
  }

  private emit(d: Open, remove = true): void {
    // A re-grant of the id may have taken its place already.
    if (remove && this.open.get(d.request) === d) this.open.delete(d.request);
    const startMs = startOf(d.grant);
    const revokedMs = d.revokedAt === undefined ? undefined : instantMs(d.revokedAt);
    if (this.overlaps(d, startMs, revokedMs)) this.sinks.row(freeze(d, startMs, revokedMs));
  }

  /** Whether the grant's row is in the export. */
  private shown(d: Open): boolean {
    return this.overlaps(d, startOf(d.grant), d.revokedAt === undefined ? undefined : instantMs(d.revokedAt));
  }

  /** Its access overlapped [since, until); an unreadable start counts as overlapping (shown, never hidden). */
  private overlaps(d: Open, startMs: number, revokedMs: number | undefined): boolean {
    const endMs = d.status === 'revoked' ? (revokedMs ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
    return !(startMs >= this.period.until) && endMs > this.period.since;
  }

  private inPeriod(at: string): boolean {
    const ms = instantOr(at, Number.NaN);
    return !(ms < this.period.since) && !(ms >= this.period.until);
  }

  /**
   * Chain order is file order and a month file holds consecutive seqs, so an
   * event's line is its seq minus the seq of its month's first event.
   */
  private track(e: LedgerEvent): void {
    if (e.at.startsWith(this.month)) return;
    this.month = e.at.slice(0, 7);
    this.file = `audit/${this.month}.jsonl`;
    this.monthFirstSeq = e.seq;
  }

  /** Made only for the events a row or a list keeps. */
  private spot(e: LedgerEvent): LedgerSpot {
    return {
      seq: e.seq,
      hash: e.hash,
      file: this.where?.file ?? this.file,
      line: this.where?.line ?? e.seq - this.monthFirstSeq + 1,
      at: e.at,
      runId: e.actor.run_id,
      workflow: e.actor.workflow,
      sha: e.actor.sha,
    };
  }
}

/** A grant whose story ended with a commit before `e`'s: revoked, and held since for the drift found on it alone. */
function endedBefore(d: Open, e: LedgerEvent): boolean {
  return d.status === 'revoked' && d.closingAt !== e.at;
}

function freeze(d: Open, startMs: number, revokedMs: number | undefined): GrantRow {
  const row: { -readonly [K in keyof GrantRow]: GrantRow[K] } = {
    request: d.request,
    status: d.status,
    grant: d.grant,
    startMs,
    expiresMs: d.expiresMs,
    failures: d.failures,
    alerts: d.alerts,
    activity: d.activity,
    drift: d.drift,
    granted: d.granted,
  };
  if (d.revokedAt !== undefined) row.revokedAt = d.revokedAt;
  if (revokedMs !== undefined) row.revokedMs = revokedMs;
  if (d.cause !== undefined) row.cause = d.cause;
  if (d.lateMs !== undefined) row.lateMs = d.lateMs;
  if (d.lastFailure !== undefined) row.lastFailure = d.lastFailure;
  if (d.refusal !== undefined) row.refusal = d.refusal;
  if (d.supersededBy !== undefined) row.supersededBy = d.supersededBy;
  if (d.revoked !== undefined) row.revoked = d.revoked;
  return row;
}

function activityFact(e: ActivityEvent): ActivityFact {
  let writeStatements = 0;
  for (const s of e.statements ?? []) if (s.writes === true) writeStatements += 1;
  return {
    target: e.target,
    principal: e.principal,
    status: e.status,
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
    ...(e.totals !== undefined ? { totals: e.totals } : {}),
    ...(e.flags !== undefined ? { flags: e.flags } : {}),
    writeStatements,
  };
}

export function startOf(e: GrantedEvent | IntentEvent): number {
  return instantOr(e.type === 'granted' ? e.granted_at : e.at, Number.NaN);
}

/** As fold.ts: the recorded expiry, capped at start + duration; NaN when anything is unreadable. */
function effectiveExpiry(e: GrantedEvent | IntentEvent): number {
  const recorded = instantMs(e.expires_at);
  const start = instantMs(e.type === 'granted' ? e.granted_at : e.at);
  const length = cachedDuration(e.duration);
  if (recorded === undefined || start === undefined || length === undefined) return Number.NaN;
  return Math.min(recorded, start + length);
}

const DURATIONS = new Map<string, number | undefined>();
function cachedDuration(text: string): number | undefined {
  if (DURATIONS.has(text)) return DURATIONS.get(text);
  const value = durationMs(text);
  if (DURATIONS.size < 10_000) DURATIONS.set(text, value);
  return value;
}

function earlier(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  return Math.min(a, b);
}

function instantOr(text: string, fallback: number): number {
  return instantMs(text) ?? fallback;
}
