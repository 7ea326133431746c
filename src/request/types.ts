import type { Locate } from '../load/pointer.js';
import type { MaskedColumn, RowCondition } from './view-grant.js';

/**
 * One grant as written in a request file. The shape is told by its keys
 * (`table`, `team`, `repo`, `bundle`); the schema allows exactly one of them.
 */
export type RequestGrant =
  | {
      readonly kind: 'table';
      readonly target: string;
      readonly privileges: readonly string[];
      /** `schema.table` */
      readonly table: string;
      /** Absent means the whole table (only where a profile allows it). */
      readonly columns?: readonly string[];
      /** Row filter (view-grant.ts): only rows matching every condition. */
      readonly rows?: readonly RowCondition[];
      /** Columns shown through a mask instead of in clear. */
      readonly masked?: readonly MaskedColumn[];
    }
  | { readonly kind: 'team'; readonly target: string; readonly team: string; readonly role: 'member' }
  | { readonly kind: 'repo'; readonly target: string; readonly repo: string; readonly permission: string }
  | { readonly kind: 'bundle'; readonly target: string; readonly bundle: string };

export type GrantKind = RequestGrant['kind'];

export type { Locate };

/** A request file that passed the loader and schema (not yet policy). */
export interface AccessRequest {
  /** From the file name: `access-requests/alice-inc-4211.yaml` -> `alice-inc-4211`. */
  readonly id: string;
  /** Repository-relative path, `/`-separated. */
  readonly path: string;
  readonly requester: string;
  readonly profile: string;
  readonly duration?: string;
  readonly reason?: string;
  readonly ticket?: string;
  /** Id of an earlier request this one extends (needs fresh approval). */
  readonly extends?: string;
  readonly grants: readonly RequestGrant[];
  readonly locate: Locate;
}
