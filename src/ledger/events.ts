import type { GrantSpec, ProviderId } from '../shared/grants.js';

/**
 * The ledger's event format (docs/ledger.md). Field names are snake_case because
 * these objects ARE the stored JSON: no mapping layer that could drift.
 *
 * An event answers "who had what, when, why, approved by whom" and nothing
 * more: no credentials, no connection strings, no query results, no provider
 * error text beyond a bounded, secret-free message.
 */
export const EVENT_VERSION = 2;
/**
 * Versions read. 2 differs from 1 only in that a `granted` event may leave
 * out the grant body its request's `intent` already holds (the reader puts
 * it back), and in the checkpoint records of the segment layout.
 */
export const EVENT_VERSIONS = [1, 2] as const;
export type EventVersion = (typeof EVENT_VERSIONS)[number];

/** `prev` of the first event. */
export const GENESIS_PREV = '0'.repeat(64);

export const EVENT_TYPES = ['intent', 'granted', 'grant_refused', 'revoke_failed', 'revoked', 'drift_found', 'activity', 'alert'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Why a grant ended. `expired`: its time was up. `relinquished`: the request
 * file was removed early. `superseded`: an extension replaced it. `drift`: the
 * provider held it although the ledger said it should not. `limit`: a
 * scheduled run found a profile limit crossed and the profile says to revoke
 * early (an `alert` event with action `revoke` precedes it).
 */
export const REVOKE_CAUSES = ['expired', 'relinquished', 'superseded', 'drift', 'limit'] as const;
export type RevokeCause = (typeof REVOKE_CAUSES)[number];

/**
 * What a drift check found. `unrecorded`: the provider holds a grant tagged
 * as ours that the ledger does not show as live. `lingering`: the ledger says
 * revoked, the provider still has it. `missing`: the ledger says live, the
 * provider does not have it.
 */
export const DRIFT_KINDS = ['unrecorded', 'lingering', 'missing'] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** `baseline`: the grantee's counters when the grant was applied. `summary`: what changed by the revocation. */
export const ACTIVITY_KINDS = ['baseline', 'summary'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * Qualifications of an activity record. `counters_reset`: counters went down
 * during the window (a reset or an eviction), figures are a lower bound.
 * `baseline_partial`: the baseline held totals only (too many statements),
 * per-statement figures are approximate. `shared_principal`: another live
 * grant of the same login role overlapped the window; its use is counted too.
 */
export const ACTIVITY_FLAGS = ['counters_reset', 'baseline_partial', 'shared_principal'] as const;
export type ActivityFlag = (typeof ACTIVITY_FLAGS)[number];

export const ACTIVITY_STATUSES = ['observed', 'not_observable'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** What a profile limit measures (src/activity/limits.ts). */
export const LIMIT_KINDS = ['rows_read', 'writes'] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

/** What a crossed limit does: an alert only, or an alert and an early revocation. */
export const ALERT_ACTIONS = ['alert', 'revoke'] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];

export interface Person {
  readonly login: string;
  /** GitHub numeric user id: people are matched by id, logins can be renamed. */
  readonly id: number;
}

export interface Approver extends Person {
  readonly review_id: number;
  /** The head SHA the approval was given at. */
  readonly commit_id: string;
}

export interface PullRef {
  readonly number: number;
  readonly head_sha: string;
  readonly merge_sha: string;
}

/** The workflow run that wrote the event. */
export interface Actor {
  readonly run_id: string;
  /** GITHUB_WORKFLOW_REF (path@ref), not the display name, which is free text. */
  readonly workflow: string;
  /** The commit the run acted on. */
  readonly sha: string;
}

export interface LedgerGrant {
  readonly target: string;
  readonly provider: ProviderId;
  readonly principal: string;
  readonly spec: GrantSpec;
  /**
   * The principal held this part before the grant, not through a live grant
   * of this tool (read from the provider before the intent was written):
   * nothing was granted for it, and revocation, rollback and drift sweeps
   * leave it in place. Only ever `true`; absent otherwise (and in events
   * written before the field existed).
   */
  readonly already_held?: true;
}

/** A code from a code table and a bounded, secret-free message. */
export interface Reason {
  readonly code: string;
  readonly message: string;
}

interface Base<T extends EventType> {
  readonly v: EventVersion;
  /** 0, 1, 2, ... across the whole ledger. */
  readonly seq: number;
  readonly type: T;
  /** When the event was appended, RFC 3339 `Z`; never before the previous event's. */
  readonly at: string;
  /** The request id the event is about. */
  readonly request: string;
  readonly actor: Actor;
  /** `hash` of the previous event; GENESIS_PREV for the first. */
  readonly prev: string;
  /** sha256 (hex) of the event's canonical JSON without `hash`. */
  readonly hash: string;
}

/** What was approved and is (about to be) in effect. */
export interface GrantBody {
  readonly pr: PullRef;
  readonly requester: Person;
  readonly grantees: readonly Person[];
  readonly approvers: readonly Approver[];
  readonly profile: string;
  /** Git blob SHA of the request file that was approved. */
  readonly request_blob: string;
  readonly grants: readonly LedgerGrant[];
  /**
   * RFC 3339 `Z`. Written only when finite; read back leniently: a value that
   * does not parse makes the grant count as already expired (never as forever).
   */
  readonly expires_at: string;
  readonly duration: string;
  readonly ticket?: string;
  /** The requester's justification, as approved (1..1000 characters). */
  readonly reason?: string;
  /** Id of the earlier request this one extends. */
  readonly extends?: string;
}

/**
 * Written and committed before the provider is touched, so a grant that was
 * applied but whose `granted` event never landed (a crash, a lost race) is
 * still known: providers without tags (GitHub) rely on it for recovery.
 * `expires_at` here is apply start + duration: never later than the grant's.
 */
export type IntentEvent = Base<'intent'> & GrantBody;

export const BACKSTOP_STATUSES = ['armed', 'not_armed'] as const;
export type BackstopStatus = (typeof BACKSTOP_STATUSES)[number];

/**
 * Whether a target ends a grant at `expires_at` by itself, besides the
 * scheduled revoke (design §4, provider-side expiry), as read when the grant
 * was applied: a MySQL/MariaDB event that only runs while the server's
 * event_scheduler is ON, an IAM condition on `aws:CurrentTime`.
 */
export interface RecordedBackstop {
  /**
   * `armed`: the target itself ends the grant at `until`, even if no revoke
   * run comes. `not_armed`: it will not (`reason` says why). A string, because
   * the format spells no `false`.
   */
  readonly status: BackstopStatus;
  /** What ends it, as the provider names it (`grantbook.gb_...`, `aws:CurrentTime`); plain ASCII (BACKSTOP_TEXT). */
  readonly by: string;
  /** When, RFC 3339 `Z` (the provider's rounding: never later than `expires_at`). */
  readonly until: string;
  /** Why it is not armed, a provider's token (`event_scheduler_off`); present exactly when `status` is `not_armed`. */
  readonly reason?: string;
}

/**
 * What one target's provider reported when the grant was applied: what the
 * grantee names to use it, and its provider-side expiry. Each member is
 * optional (a provider with nothing to say records no entry).
 */
export interface AppliedTarget {
  /** One of the event's grants' targets. */
  readonly target: string;
  /**
   * The object the grant lives on, as the grantee names it to use the grant
   * (a MySQL role, an AWS role ARN): what `audit show` tells them to use.
   */
  readonly object?: string;
  readonly backstop?: RecordedBackstop;
}

/**
 * `applied` is written from this version on and optional when read: a
 * `granted` event without it (written before, or by the repair of an
 * interrupted run that read nothing) says nothing about either.
 */
export type GrantedEvent = Base<'granted'> & GrantBody & { readonly granted_at: string; readonly applied?: readonly AppliedTarget[] };

export type GrantRefusedEvent = Base<'grant_refused'> & {
  readonly reasons: readonly Reason[];
  /** Absent when the change reached the branch without a pull request. */
  readonly pr?: PullRef;
};

export type RevokeFailedEvent = Base<'revoke_failed'> & {
  readonly target: string;
  readonly reason: Reason;
  /** Attempts this run made before recording the failure. */
  readonly attempts: number;
};

export type RevokedEvent = Base<'revoked'> & {
  readonly targets: readonly string[];
  /** Always true: `revoked` is written only after the provider read-back confirmed it. */
  readonly verified: true;
  readonly cause: RevokeCause;
  /** Milliseconds between expires_at and the verified revocation; absent when not late or unknown. */
  readonly late_ms?: number;
};

export type DriftFoundEvent = Base<'drift_found'> & {
  readonly target: string;
  readonly principal?: string;
  readonly what: DriftKind;
};

/** Calls, rows returned or affected, and execution time (whole milliseconds). */
export interface Counters {
  readonly calls: number;
  readonly rows: number;
  readonly time_ms: number;
}

/** One statement's counters at the baseline, by the provider's statement id; never its text. */
export interface BaselineEntry extends Counters {
  /** pg_stat_statements `queryid` as decimal text (a signed 64-bit number). */
  readonly id: string;
}

/** One statement of a summary, in normalized form: constants are placeholders, never values. */
export interface StatementActivity extends Counters {
  /** Normalized text, or a fixed label when the text is withheld. */
  readonly text: string;
  /** The text was not stored (not normalized by the provider, so it could hold literals). */
  readonly withheld?: true;
  /** The statement changes data. */
  readonly writes?: true;
}

/**
 * What a grantee did with a grant, without the data. Not observable: `reason`
 * says why (no extension, no privilege, a provider with no such record) and
 * nothing else is present. Observable baseline: `totals` and, unless the
 * grantee had too many statements (flag `baseline_partial`), `entries`.
 * Observable summary: `since` (the baseline's time), the top `statements`
 * by rows, `others` for the rest, and `totals` for the window.
 */
export type ActivityEvent = Base<'activity'> & {
  readonly kind: ActivityKind;
  readonly target: string;
  readonly provider: ProviderId;
  readonly principal: string;
  /** `not_observable` (with `reason`) when nothing could be seen; a string, because the format spells no `false`. */
  readonly status: ActivityStatus;
  readonly reason?: Reason;
  readonly since?: string;
  readonly entries?: readonly BaselineEntry[];
  readonly statements?: readonly StatementActivity[];
  readonly others?: Counters & { readonly statements: number };
  readonly totals?: Counters;
  readonly flags?: readonly ActivityFlag[];
};

/** A profile limit crossed during the window, found by a scheduled run. */
export type AlertEvent = Base<'alert'> & {
  readonly target: string;
  readonly principal: string;
  readonly limit: LimitKind;
  readonly observed: number;
  readonly allowed: number;
  readonly action: AlertAction;
};

export type LedgerEvent = ActivityEvent | AlertEvent | IntentEvent | GrantedEvent | GrantRefusedEvent | RevokeFailedEvent | RevokedEvent | DriftFoundEvent;

/** The fields appendEvents fills in. */
export type ChainField = 'v' | 'seq' | 'at' | 'prev' | 'hash';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event as a writer proposes it: data only, placed on the chain at commit time. */
export type EventDraft = DistributiveOmit<LedgerEvent, ChainField>;

/** The last event of a chain, or the empty chain (seq -1). */
export interface ChainTip {
  readonly seq: number;
  readonly hash: string;
  /** Epoch ms of the last event's `at`; -Infinity for the empty chain. */
  readonly at: number;
}

export const EMPTY_TIP: ChainTip = { seq: -1, hash: GENESIS_PREV, at: Number.NEGATIVE_INFINITY };
