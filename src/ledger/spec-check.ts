/**
 * What the ledger asks of providers, injected (the ledger sits below the
 * providers): the strict shape of a recorded grant's `spec`. The registry
 * (src/providers/registry.ts) implements `SpecCatalog` from the descriptors.
 */

import type { PatternName } from '../shared/patterns.js';

/** The strict checks the ledger runs on a recorded spec (src/ledger/validate-kit.ts, passed in). */
export interface SpecValidation {
  /** Throws (via the kit's `fail`) on any member outside the kind's strict shape; returns the number of members checked. */
  validate(spec: { readonly [key: string]: unknown }, kind: string, at: string, kit: SpecKit): number;
}

/** The ledger's validation helpers, handed to `validateSpec` so providers write no second JSON checker. */
export interface SpecKit {
  fail(pointer: string, what: string): never;
  /** Exactly these members (`name?` optional); returns how many were present. */
  checkKeys(obj: { readonly [key: string]: unknown }, keys: readonly string[], pointer: string): number;
  patterned(value: unknown, base: string, field: string | number, name: PatternName): string;
  oneOf<V extends string>(value: unknown, base: string, field: string | number, allowed: readonly V[]): V;
  array(value: unknown, base: string, field: string, min: number, max: number): readonly unknown[];
  unique(items: readonly unknown[], base: string, field: string): void;
  integer(value: unknown, base: string, field: string, min: number, max?: number): number;
  string(value: unknown, base: string, field: string, maxLength: number): string;
}

/** Every provider's spec validation, by provider id. */
export interface SpecCatalog {
  /** Provider ids the ledger accepts. */
  readonly ids: readonly string[];
  /** Grant kinds each provider records. */
  kinds(provider: string): readonly string[] | undefined;
  /** The provider's `SpecValidation`; undefined for an id not in `ids`. */
  spec(provider: string): SpecValidation | undefined;
  /**
   * The strict format of the provider's principals (its descriptor's
   * `principal.pattern`). Absent, or undefined for a provider: the
   * database-role-or-GitHub-login format of the first providers.
   */
  principalPattern?(provider: string): PatternName | undefined;
}

let installed: SpecCatalog | undefined;

/**
 * The spec catalog every ledger read and write checks grants with. The
 * ledger sits below the providers, so an entry point (the action, the
 * `grantbook` command, the demo, a test) installs its registry once before
 * touching a ledger: `installSpecCatalog(builtinRegistry())`.
 */
export function installSpecCatalog(catalog: SpecCatalog): void {
  installed = catalog;
}

/** The installed catalog; a ledger used before one is installed fails closed. */
export function specCatalog(): SpecCatalog {
  if (installed === undefined)
    throw new Error('no spec catalog is installed: the entry point must call installSpecCatalog before reading or writing the ledger');
  return installed;
}
