import type { Locate } from '../load/pointer.js';
import type { RawObject } from '../shared/provider-shapes.js';

/**
 * One grant as written in a request file: a bundle of the profile, or a
 * grant of one of the providers' grant kinds (its kind is the grant-kind key
 * it carries, read by policy through the target's provider).
 */
export type RequestGrant =
  | { readonly kind: 'bundle'; readonly target: string; readonly bundle: string }
  | {
      readonly kind: 'grant';
      readonly target: string;
      /** The grant's fields as written (schema passed), without `target`. */
      readonly raw: RawObject;
    };

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
