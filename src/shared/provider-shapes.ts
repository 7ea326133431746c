/**
 * The provider-neutral shapes every floor speaks. Code outside
 * `src/providers/` sees targets, grants and footprints only through these:
 * what a grant means is its provider's business (src/providers/descriptor.ts).
 */

/** JSON data as read from a file or written to the ledger. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A JSON Schema (draft 2020-12) fragment, as plain data. */
export type JsonSchema = { readonly [key: string]: Json };

/** A file's object after its schema passed: keys as written (snake_case). */
export type RawObject = { readonly [key: string]: unknown };

/** What every target is, whatever its provider; a provider's target type extends it with its settings. */
export interface TargetBase {
  /** The target's key in policies/targets.yaml. */
  readonly name: string;
  /** The id of the provider that serves it (a registered descriptor's `id`). */
  readonly provider: string;
  readonly description?: string;
}

/**
 * A concrete grant as its provider understands it, after policy: JSON data
 * the ledger stores as `spec`. `kind` names its shape (a grant kind of the
 * provider); the other fields are the provider's.
 */
export interface SpecBase {
  readonly kind: string;
}

/**
 * A grant as a request or bundle writes it, without its `target`: `kind` is
 * the grant kind whose key the file used (`table:`, `team:`, ...), the rest is
 * what the kind's `read` made of the file's fields.
 */
export interface WrittenGrant {
  readonly kind: string;
}

/** A person in policies/identities.yaml. */
export interface Identity {
  readonly login: string;
  /** GitHub's numeric user id; people are matched by it, logins can be renamed. */
  readonly id: number;
  /**
   * Default principals by identities.yaml field (a provider's
   * `principal.identityField`, e.g. a database login role), used on every
   * target of that provider unless overridden.
   */
  readonly principals: ReadonlyMap<string, string>;
  /** Per-target principal overrides. */
  readonly targets: ReadonlyMap<string, string>;
}

/**
 * One line of a footprint in parts, so every medium (Markdown comment, plain
 * text) renders it its own way: `code` becomes a code span, `strong` bold
 * (plain text: capitals), `text` stays as it is. Every part is plain text;
 * the renderer escapes.
 */
export type FootprintPart = { readonly text: string } | { readonly code: string } | { readonly strong: string };

/** What one grant of a request exposes, for reviewers. */
export interface FootprintEntry {
  readonly target: string;
  readonly kind: string;
  /** The grant in one line (`app.orders: SELECT on id, status`). */
  readonly line: readonly FootprintPart[];
  /** Sensitive parts the grant reads in clear (flagged to reviewers). */
  readonly sensitive: readonly string[];
  /** Whether the renderer shows "sensitive: none" when `sensitive` is empty (kinds that have sensitive parts at all). */
  readonly hasSensitive: boolean;
  /** A narrower list of parts that would still serve, when one exists. */
  readonly narrower?: readonly string[];
  /**
   * The grant admits only some rows of `object` (a row filter). The check has
   * no credentials, so the rows are counted by apply and `grantbook plan
   * --count` through the provider's `rowCounter`.
   */
  readonly rowFilter?: {
    /** What the provider's row counter names (`schema.table`). */
    readonly object: string;
    /** The filter in words. */
    readonly filter: string;
    /** count(*) rather than an estimate (the profile says so). */
    readonly exact: boolean;
    /** The count, once made with credentials. */
    readonly count?: AdmittedRows;
  };
  /** Further plain-text lines (masks, hints), after the row filter's. */
  readonly notes: readonly string[];
}

/** Rows a row filter admits, read from the database: `rows` null with a `note` when it could not be counted. */
export interface AdmittedRows {
  readonly rows: number | null;
  /** count(*) rather than the planner's estimate. */
  readonly exact: boolean;
  readonly note?: string;
}
