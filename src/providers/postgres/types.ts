import type { MaskedColumn, MaskName, RowCondition } from '../../shared/rows.js';
import type { AllowedMasks, AllowedRows } from './view-allow.js';
import type { PostgresPrivilege } from './privileges.js';

/** A postgres target: one database, reached with a connection string. */
export interface PostgresTarget {
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

/** A table grant as written (request or bundle). */
export interface PostgresGrant {
  readonly kind: 'table';
  readonly privileges: readonly string[];
  /** `schema.table` */
  readonly table: string;
  /** Absent means the whole table (only where a profile allows it). */
  readonly columns?: readonly string[];
  /** Row filter: only rows matching every condition (request grants only; bundles name plain grants). */
  readonly rows?: readonly RowCondition[];
  /** Columns shown through a mask instead of in clear. */
  readonly masked?: readonly MaskedColumn[];
}

/** A table grant, concrete, as recorded. */
export interface PostgresSpec {
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

/** What a profile allows on a postgres target. */
export interface PostgresRule {
  readonly target: string;
  readonly privileges: readonly PostgresPrivilege[];
  readonly tables: readonly AllowedTable[];
}
export type { PostgresPrivilege };

/** Per table: what the request exposes and whether a narrower grant would do. */
export interface TableFootprint {
  readonly target: string;
  readonly table: string;
  readonly privileges: readonly PostgresPrivilege[];
  /** Columns granted; `all` for a whole-table grant. */
  readonly columns: readonly string[] | 'all';
  readonly sensitive: readonly string[];
  /** A narrower column list that would still serve, when one exists. */
  readonly narrower?: readonly string[];
  /** The row filter, in words, and how the rows it admits are counted (at apply: the check has no database access). */
  readonly rows?: { readonly filter: string; readonly count: 'estimate' | 'exact' };
  /** Columns shown through a mask (not counted in `sensitive`, which lists what is read in clear). */
  readonly masked?: readonly MaskedColumn[];
  /** A mask for each sensitive column read in clear, among those the profile allows. */
  readonly proposedMasks?: readonly { readonly column: string; readonly mask: MaskName }[];
}
