import type { ActivitySource } from '../activity/types.js';
import type { RecordedBackstop } from '../ledger/events.js';
import type { AdmittedRows, GrantSpec } from '../policy/decision.js';
import type { Target } from '../policy/types.js';
import type { ProviderId } from '../shared/grants.js';
import type { SpecBase, TargetBase } from '../shared/provider-shapes.js';
import type { GithubAccessApi } from './github/api.js';

/**
 * One step a provider will take, shown verbatim to reviewers in the PR. For
 * SQL, `text` is the exact statement with identifiers and literals quoted by
 * the driver's own escaping; for HTTP, the method and the encoded path.
 */
export interface Operation {
  readonly kind: 'sql' | 'http';
  readonly text: string;
  /** Request body for HTTP operations. */
  readonly body?: Readonly<Record<string, string>>;
  /** One line saying why this step is there. */
  readonly why: string;
  /** A read-back that changes nothing (verification); the PR comment folds these away. */
  readonly readOnly?: boolean;
}

/** All grants of one request on one target: the unit a provider applies atomically. */
export interface TargetGrant<T extends TargetBase = Target, S extends SpecBase = GrantSpec> {
  readonly requestId: string;
  readonly target: T;
  readonly principal: string;
  readonly grants: readonly S[];
  /** RFC 3339 `Z` instant; tagged onto the provider object so a crash can be recovered. */
  readonly expiresAt: string;
  /**
   * Parts of `grants` the principal held before this request, not given by
   * this tool (what `held` read at apply, recorded in the ledger as
   * `already_held`). `grant`, `revoke` and `inspect` leave them alone: the
   * tool only ever removes what it added (design invariant 9). Absent: none.
   */
  readonly held?: readonly S[];
}

export interface Plan {
  readonly grant: readonly Operation[];
  readonly revoke: readonly Operation[];
  /** What the grantee should know to use the grant (for PostgreSQL views: which names to query). */
  readonly notes?: readonly string[];
}

/** Is a grant in effect, read back from the provider? */
export interface Inspection {
  /** Every planned privilege is in effect for the principal (parts held before the grant included). */
  readonly present: boolean;
  /** Nothing the grant added remains in effect (the revocation is verified); parts held before it do not count. */
  readonly absent: boolean;
  /** What was found, for logs and issues. */
  readonly details: readonly string[];
}

/** A grant this tool made, found on the provider by its tag. */
export interface ManagedGrant {
  readonly target: string;
  readonly requestId: string;
  readonly principal?: string;
  /** As tagged; undefined when the tag is unreadable (treated as already expired). */
  readonly expiresAt?: string;
}

/**
 * The reads of GitHub the PR check's own token may make for `seenHeld`. The
 * check passes them wrapped so that a read that fails (403, 404, an outage)
 * answers "not found": what it cannot see, it does not report.
 */
export type GithubReads = Pick<GithubAccessApi, 'getTeamMembership' | 'getCollaboratorPermission' | 'listDirectCollaborators' | 'listInvitations'>;

/** The pure half of a provider: what it would do. Shown in the PR before anything runs. */
export interface Planner<T extends TargetBase = Target, S extends SpecBase = GrantSpec> {
  readonly id: T['provider'];
  /** Grant kinds this provider understands. */
  readonly kinds: readonly S['kind'][];
  /**
   * Whether `held` can ever find a part the principal holds by other means
   * (GitHub: a membership or permission is the same whoever gave it). False
   * when grants live on objects of the provider's own (the PostgreSQL
   * per-request role): `held` is always empty, so a ledger grant of this
   * provider marked already held was not written by Grantbook.
   */
  readonly recordsHeld: boolean;
  plan(grant: TargetGrant<T, S>): Plan;
  /**
   * Optional, read-only: the parts of the grant the principal already holds
   * as far as a GitHub token can see, so the PR check can tell reviewers that
   * merging changes nothing for them. Only a provider whose target is GitHub
   * itself can be seen by the check, which holds no provider credential.
   */
  seenHeld?(grant: TargetGrant<T, S>, github: GithubReads): Promise<readonly S[]>;
}

/**
 * The effectful half: applies, revokes and reads back. Both changes are
 * idempotent: granting twice is one grant, revoking what is not there succeeds.
 * `revoke` resolves only after the read-back confirms the grant is gone, and
 * throws `RevokeNotVerified` (src/providers/errors.ts) otherwise.
 */
export interface Provider<T extends TargetBase = Target, S extends SpecBase = GrantSpec> extends Planner<T, S> {
  /**
   * True when `listManaged` finds every grant this tool made on the provider
   * (its objects carry a tag). False when the provider has nowhere to put a
   * tag (GitHub): crash recovery then relies on the ledger's intent events.
   */
  readonly listsManaged: boolean;
  /**
   * Read-only: the parts of `grant.grants` (the same objects) the principal
   * already holds by other means than a grant of this request, as the
   * provider can see them now. Apply reads it before its intent is written,
   * takes away what live grants of this tool hold, and records the rest as
   * already held. A provider whose grants live on objects of its own (the
   * PostgreSQL per-request role) returns none: what the person holds from
   * elsewhere is never touched by its revocation anyway.
   */
  held(grant: TargetGrant<T, S>): Promise<readonly S[]>;
  /**
   * Resolves once the read-back confirms the grant in effect, with what the
   * ledger's `granted` event records of it (nothing: the provider has
   * nothing to report).
   */
  grant(grant: TargetGrant<T, S>): Promise<GrantApplied | void>;
  revoke(grant: TargetGrant<T, S>): Promise<void>;
  inspect(grant: TargetGrant<T, S>): Promise<Inspection>;
  listManaged(target: T): Promise<readonly ManagedGrant[]>;
  /** Releases connections (and single-flight locks); the provider reconnects if used again. */
  close(): Promise<void>;

  // Optional capabilities: declared here and asked for by name, never duck-typed.

  /**
   * Single flight for revoke runs on this target: a lock the provider holds
   * on the target itself until released or closed. Undefined when another
   * run holds it. Absent: the provider has no such lock (revoke runs are
   * then kept apart by the workflow's concurrency group alone).
   */
  singleFlight?(): Promise<SingleFlightLock | undefined>;
  /** What the principal ran during a grant's window, where the target can tell (docs/activity.md). */
  readonly activity?: ActivitySource;
  /** How many rows a grant's row filters admit now (apply's comment, `grantbook plan --count`). */
  readonly rowCounter?: RowCounter;
}

/** What a provider reports of a grant it applied, recorded in the `granted` event (ledger `applied`). */
export interface GrantApplied {
  /**
   * Whether the target itself ends the grant at expiry (traits.providerExpiry),
   * as read while granting: an event the server runs only while its scheduler
   * is on, a condition IAM always enforces.
   */
  readonly backstop?: RecordedBackstop;
}

/** A held single-flight lock. */
export interface SingleFlightLock {
  /** False once the lock is gone (its connection ended). */
  readonly held: boolean;
  release(): Promise<void>;
}

export type { ProviderId };

/** Rows one table's row filter admits now, as the provider counted them. */
export interface AdmittedCount {
  /** `schema.table` */
  readonly table: string;
  readonly count: AdmittedRows;
}

/**
 * What a provider that can count the rows a grant's row filters admit
 * offers: reads only, with the provider's credentials, never failing (a
 * count that cannot be made says why in its note). `exact` names the tables
 * (`schema.table`) whose profile allows count(*); the others are estimates.
 */
export interface RowCounter {
  countAdmitted(grant: TargetGrant, exact: ReadonlySet<string>): Promise<readonly AdmittedCount[]>;
}

/** Effects a provider needs from outside the provider layer. */
export interface ConnectDeps {
  /** Builds the GitHub port (src/github) for a token; required by a provider whose target is GitHub itself. */
  readonly githubAccess?: (token: string, target: TargetBase) => GithubAccessApi;
  /** Observes each executed statement (debug log). */
  readonly onStatement?: (op: Operation) => void | Promise<void>;
  /**
   * The environment the credential was read from, for a provider whose
   * credential spans several variables (AWS: key id, secret key, session
   * token, named by one prefix). Nothing else reads it.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}
