import type { GrantSpec } from '../policy/decision.js';
import type { ProviderId, Target } from '../policy/types.js';

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
export interface TargetGrant<T extends Target = Target> {
  readonly requestId: string;
  readonly target: T;
  readonly principal: string;
  readonly grants: readonly GrantSpec[];
  /** RFC 3339 `Z` instant; tagged onto the provider object so a crash can be recovered. */
  readonly expiresAt: string;
}

export interface Plan {
  readonly grant: readonly Operation[];
  readonly revoke: readonly Operation[];
  /** What the grantee should know to use the grant (for PostgreSQL views: which names to query). */
  readonly notes?: readonly string[];
}

/** Is a grant in effect, read back from the provider? */
export interface Inspection {
  /** Every planned privilege is in effect for the principal. */
  readonly present: boolean;
  /** Nothing of the grant remains in effect (the revocation is verified). */
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

/** The pure half of a provider: what it would do. Shown in the PR before anything runs. */
export interface Planner<T extends Target = Target> {
  readonly id: T['provider'];
  /** Grant kinds this provider understands. */
  readonly kinds: readonly GrantSpec['kind'][];
  plan(grant: TargetGrant<T>): Plan;
}

/**
 * The effectful half: applies, revokes and reads back. Both changes are
 * idempotent: granting twice is one grant, revoking what is not there succeeds.
 * `revoke` resolves only after the read-back confirms the grant is gone, and
 * throws `RevokeNotVerified` (src/providers/errors.ts) otherwise.
 */
export interface Provider<T extends Target = Target> extends Planner<T> {
  /**
   * True when `listManaged` finds every grant this tool made on the provider
   * (its objects carry a tag). False when the provider has nowhere to put a
   * tag (GitHub): crash recovery then relies on the ledger's intent events.
   */
  readonly listsManaged: boolean;
  grant(grant: TargetGrant<T>): Promise<void>;
  revoke(grant: TargetGrant<T>): Promise<void>;
  inspect(grant: TargetGrant<T>): Promise<Inspection>;
  listManaged(target: T): Promise<readonly ManagedGrant[]>;
  /** Releases connections; the provider reconnects if used again. */
  close(): Promise<void>;
}

export type { ProviderId };
