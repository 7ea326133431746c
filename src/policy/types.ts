import type { Locate } from '../request/types.js';
import type { Identity, RawObject, TargetBase, WrittenGrant } from '../shared/provider-shapes.js';
import type { ProviderCatalog } from './provider-rules.js';

export type { Identity };

/** A target as policy sees it: its name and provider; the settings are the provider's (src/providers/<id>/). */
export type Target = TargetBase;

/** What a profile allows on one target, as its provider reads it (`ProviderRules.allow`). */
export interface AllowRule {
  readonly target: string;
  /** The rule as written (schema passed): what `allow.check` and `allow.read` are given. */
  readonly raw: RawObject;
}

/** A grant of a bundle as written (schema passed); its kind is the grant-kind key it carries (src/policy/kinds.ts). */
export interface BundleGrant {
  readonly raw: RawObject;
}

export type { WrittenGrant };

/**
 * A profile's limits on the use of a grant (profile `limits`). `rowsRead`:
 * rows returned by statements that do not write, summed over the grantee's
 * statements in the target's database during the window (per grant and
 * target, not per table: pg_stat_statements counts rows per statement, and
 * mapping statements to tables through views, functions and CTEs would
 * guess). `readOnly`: any statement that writes is an alert.
 */
export interface ActivityLimits {
  readonly rowsRead?: number;
  readonly readOnly?: boolean;
  /** What a crossed limit does: an alert only, or an alert and an early revocation. */
  readonly onExceed: 'alert' | 'revoke';
}

export interface ApproverGroup {
  /** A GitHub team slug in the repository's organisation... */
  readonly team?: string;
  /** ...or named GitHub logins. */
  readonly users: readonly string[];
  /** How many distinct approvals this group must contribute. */
  readonly min: number;
}

export interface Profile {
  readonly name: string;
  readonly path: string;
  readonly description?: string;
  readonly requesters: { readonly users: readonly string[]; readonly teams: readonly string[] };
  readonly approvals: { readonly min: number; readonly groups: readonly ApproverGroup[] };
  readonly duration: { readonly default?: string; readonly max: string };
  readonly ticket: { readonly required: boolean; readonly pattern?: string };
  readonly reason: { readonly required: boolean; readonly minLength: number; readonly maxLength: number };
  readonly maxGrants: number;
  readonly sensitiveColumns: 'flag' | 'refuse';
  readonly breakGlass: boolean;
  /** Alerts on the use of a grant during its window (src/activity/limits.ts); absent: none. */
  readonly limits?: ActivityLimits;
  readonly allow: readonly AllowRule[];
  /** Named, reviewed sets of grants a request may ask for by name, per target. */
  readonly bundles: ReadonlyMap<string, { readonly target: string; readonly grants: readonly BundleGrant[] }>;
  readonly locate: Locate;
}

/** Everything under `policies/`, read from a trusted commit. */
export interface PolicySet {
  readonly profiles: ReadonlyMap<string, Profile>;
  readonly targets: ReadonlyMap<string, Target>;
  readonly identities: readonly Identity[];
  /** The providers the targets were read with: what evaluation asks about grants, principals and rules. */
  readonly providers: ProviderCatalog;
}
