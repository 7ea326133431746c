import type { GrantSpec } from '../policy/decision.js';
import type { ProviderId } from '../policy/types.js';

/**
 * The ledger's event format, version 1. Field names are snake_case because
 * these objects ARE the stored JSON: no mapping layer that could drift.
 *
 * An event answers "who had what, when, why, approved by whom" and nothing
 * more: no credentials, no connection strings, no query results, no provider
 * error text beyond a bounded, secret-free message.
 */
export const EVENT_VERSION = 1;

/** `prev` of the first event. */
export const GENESIS_PREV = '0'.repeat(64);

export const EVENT_TYPES = ['intent', 'granted', 'grant_refused', 'revoke_failed', 'revoked', 'drift_found'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Why a grant ended. `expired`: its time was up. `relinquished`: the request
 * file was removed early. `superseded`: an extension replaced it. `drift`: the
 * provider held it although the ledger said it should not.
 */
export const REVOKE_CAUSES = ['expired', 'relinquished', 'superseded', 'drift'] as const;
export type RevokeCause = (typeof REVOKE_CAUSES)[number];

/**
 * What a drift check found. `unrecorded`: the provider holds a grant tagged
 * as ours that the ledger does not show as live. `lingering`: the ledger says
 * revoked, the provider still has it. `missing`: the ledger says live, the
 * provider does not have it.
 */
export const DRIFT_KINDS = ['unrecorded', 'lingering', 'missing'] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

export const PROVIDER_IDS = ['postgres', 'github'] as const satisfies readonly ProviderId[];

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
}

/** A code from a code table and a bounded, secret-free message. */
export interface Reason {
  readonly code: string;
  readonly message: string;
}

interface Base<T extends EventType> {
  readonly v: typeof EVENT_VERSION;
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

export type GrantedEvent = Base<'granted'> & GrantBody & { readonly granted_at: string };

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

export type LedgerEvent =
  | IntentEvent
  | GrantedEvent
  | GrantRefusedEvent
  | RevokeFailedEvent
  | RevokedEvent
  | DriftFoundEvent;

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
