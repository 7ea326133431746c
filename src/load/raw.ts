/**
 * The shapes the schemas accept, field for field (snake_case as written).
 * Only reached through the compiled validators' type guards, so code that
 * reads them knows they passed `schemas/*.schema.json`.
 */
/** A mask as written: `null` (YAML's empty value) and "null" are the one name. */
export type RawMaskName = 'hash' | 'last4' | 'domain' | 'null' | null;

/** Per column: a list of values, or a time range. */
export interface RawRows {
  readonly [column: string]: readonly (number | string)[] | { readonly from: string; readonly to: string };
}

export interface RawTableGrant {
  readonly target: string;
  readonly privileges: readonly string[];
  readonly table: string;
  readonly columns?: readonly string[];
  readonly rows?: RawRows;
  readonly masked?: { readonly [column: string]: RawMaskName };
}
export interface RawTeamGrant {
  readonly target: string;
  readonly team: string;
  readonly role: 'member';
}
export interface RawRepoGrant {
  readonly target: string;
  readonly repo: string;
  readonly permission: 'pull' | 'triage' | 'push' | 'maintain';
}
export interface RawBundleGrant {
  readonly target: string;
  readonly bundle: string;
}
/**
 * A request grant as written: a bundle, or a grant of one of the registered
 * grant kinds (its kind is the key it carries; the providers' schema
 * fragments define the rest).
 */
export type RawGrant = RawBundleGrant | RawKindGrant;
export interface RawKindGrant {
  readonly target: string;
  readonly [field: string]: unknown;
}

export interface RawRequest {
  readonly requester: string;
  readonly profile: string;
  readonly duration?: string;
  readonly reason?: string;
  readonly ticket?: string;
  readonly extends?: string;
  readonly grants: readonly RawGrant[];
}

/** A bundle's grant as written: one of the registered grant kinds, without `target`. */
export interface RawBundleSpec {
  readonly [field: string]: unknown;
}

export interface RawAllowedTable {
  readonly name: string;
  readonly columns?: readonly string[];
  readonly all_columns?: boolean;
  readonly sensitive?: readonly string[];
  readonly rows?: {
    readonly columns: { readonly [column: string]: 'values' | 'range' };
    readonly required?: boolean;
    readonly count?: 'estimate' | 'exact';
  };
  readonly masks?: {
    readonly allowed?: readonly RawMaskName[];
    readonly required?: { readonly [column: string]: readonly RawMaskName[] };
  };
}

/** An allow rule as written: `target`, and the keys of its target's provider (schema fragments). */
export interface RawAllowRule {
  readonly target: string;
  readonly [key: string]: unknown;
}

export type RawApproverGroup = { readonly team: string; readonly min: number } | { readonly users: readonly string[]; readonly min: number };

export interface RawProfile {
  readonly name: string;
  readonly description?: string;
  readonly requesters: { readonly users?: readonly string[]; readonly teams?: readonly string[] };
  readonly approvals: { readonly min: number; readonly groups?: readonly RawApproverGroup[] };
  readonly duration: { readonly default?: string; readonly max: string };
  readonly ticket: { readonly required: boolean; readonly pattern?: string };
  readonly reason: { readonly required: boolean; readonly min_length?: number; readonly max_length?: number };
  readonly max_grants?: number;
  readonly sensitive_columns: 'flag' | 'refuse';
  readonly break_glass?: boolean;
  readonly limits?: { readonly rows_read?: number; readonly read_only?: boolean; readonly on_exceed?: 'alert' | 'revoke' };
  readonly allow: readonly RawAllowRule[];
  readonly bundles?: { readonly [name: string]: { readonly target: string; readonly grants: readonly RawBundleSpec[] } };
}

/** A targets.yaml entry: `provider` and that provider's settings (its schema fragment). */
export interface RawTarget {
  readonly provider: string;
  readonly description?: string;
  readonly [setting: string]: unknown;
}

export interface RawTargets {
  readonly targets: { readonly [name: string]: RawTarget };
}

/** A person: login, id, per-target overrides, and the identity fields providers declare (each a principal name). */
export interface RawIdentity {
  readonly login: string;
  readonly id: number;
  readonly targets?: { readonly [target: string]: string };
  readonly [field: string]: unknown;
}

export interface RawIdentities {
  readonly identities: readonly RawIdentity[];
}

export interface RawByKind {
  readonly request: RawRequest;
  readonly profile: RawProfile;
  readonly targets: RawTargets;
  readonly identities: RawIdentities;
}
