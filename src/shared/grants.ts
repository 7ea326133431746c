/**
 * The grant vocabulary every layer speaks: which providers exist, what each
 * may grant, and a grant in its concrete, provider-ready form. Policy produces
 * these, the ledger stores them, providers apply them.
 */

import type { MaskedColumn, RowCondition } from './rows.js';

/** The providers this build ships. */
export const PROVIDER_IDS = ['postgres', 'github'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const POSTGRES_PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES'] as const;
export type PostgresPrivilege = (typeof POSTGRES_PRIVILEGES)[number];

/** Repository permissions a profile may allow; `admin` is never grantable. */
export const GITHUB_REPO_PERMISSIONS = ['pull', 'triage', 'push', 'maintain'] as const;
export type GithubRepoPermission = (typeof GITHUB_REPO_PERMISSIONS)[number];

/** A grant after bundle expansion and policy checks: concrete and provider-ready. */
export type GrantSpec =
  | {
      readonly kind: 'table';
      readonly privileges: readonly PostgresPrivilege[];
      readonly schema: string;
      readonly table: string;
      /** Absent: whole-table privileges (only where the profile allows it). */
      readonly columns?: readonly string[];
      /**
       * Row filter and masks: the grant is then a view of exactly `columns`
       * (SELECT only) in a schema of the request's own, never the table.
       */
      readonly rows?: readonly RowCondition[];
      readonly masked?: readonly MaskedColumn[];
    }
  | { readonly kind: 'team'; readonly org: string; readonly team: string; readonly role: 'member' }
  | { readonly kind: 'repo'; readonly owner: string; readonly repo: string; readonly permission: GithubRepoPermission };
