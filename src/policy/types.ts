import type { Locate } from '../request/types.js';
import type { MaskedColumn, RowCondition } from '../request/view-grant.js';
import type { AllowedMasks, AllowedRows } from './view-allow.js';

import { GITHUB_REPO_PERMISSIONS, POSTGRES_PRIVILEGES, type GithubRepoPermission, type PostgresPrivilege, type ProviderId } from '../shared/grants.js';

export { GITHUB_REPO_PERMISSIONS, POSTGRES_PRIVILEGES, type GithubRepoPermission, type PostgresPrivilege, type ProviderId };

export interface AllowedTable {
  /** `schema.table` */
  readonly name: string;
  /** Columns a request may name. */
  readonly columns: readonly string[];
  /** True when a request may take the whole table (no column list). */
  readonly allColumns: boolean;
  /** Columns holding personal or secret data; flagged or refused per profile. */
  readonly sensitive: readonly string[];
  /** Row filters a request may use here (view-allow.ts); absent: none. */
  readonly rows?: AllowedRows;
  /** Masks a request may use here, and columns never read in clear; absent: any mask, none required. */
  readonly masks?: AllowedMasks;
}

export interface AllowedRepo {
  readonly name: string;
  readonly permissions: readonly GithubRepoPermission[];
}

/** What a profile allows on one target. Keys that do not apply to the target's provider are empty. */
export interface AllowRule {
  readonly target: string;
  readonly privileges: readonly PostgresPrivilege[];
  readonly tables: readonly AllowedTable[];
  readonly teams: readonly string[];
  readonly repos: readonly AllowedRepo[];
}

/** A grant as a bundle defines it (same fields as a request's table/team/repo grant). */
export type BundleGrant =
  | {
      readonly kind: 'table';
      readonly privileges: readonly string[];
      readonly table: string;
      readonly columns?: readonly string[];
      /** Only a request grant carries these; bundles name plain grants. */
      readonly rows?: readonly RowCondition[];
      readonly masked?: readonly MaskedColumn[];
    }
  | { readonly kind: 'team'; readonly team: string; readonly role: 'member' }
  | { readonly kind: 'repo'; readonly repo: string; readonly permission: string };

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

export type Target =
  | {
      readonly name: string;
      readonly provider: 'postgres';
      readonly description?: string;
      /** Name of the environment variable holding the connection string. Never the secret itself. */
      readonly connectionEnv: string;
      /** The role Grantbook connects as; it may never be granted. */
      readonly grantorRole: string;
      /** Extra roles nobody may be granted into or act as. */
      readonly protectedRoles: readonly string[];
    }
  | {
      readonly name: string;
      readonly provider: 'github';
      readonly description?: string;
      readonly org: string;
      readonly tokenEnv: string;
      readonly protectedTeams: readonly string[];
      readonly protectedRepos: readonly string[];
    };


export interface Identity {
  readonly login: string;
  /** GitHub's numeric user id; people are matched by it, logins can be renamed. */
  readonly id: number;
  /** Postgres login role, used on every postgres target unless overridden. */
  readonly postgres?: string;
  /** Per-target principal overrides. */
  readonly targets: ReadonlyMap<string, string>;
}

/** Everything under `policies/`, read from a trusted commit. */
export interface PolicySet {
  readonly profiles: ReadonlyMap<string, Profile>;
  readonly targets: ReadonlyMap<string, Target>;
  readonly identities: readonly Identity[];
}
