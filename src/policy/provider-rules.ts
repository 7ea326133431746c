/**
 * What policy asks of providers, injected (policy sits below the providers):
 * grant kinds, principals, allow rules, grant checks, duplicates and the
 * footprint. Each loaded `Target` carries its provider's rules
 * (`PolicyTarget.rules`), so evaluation never names a provider. The
 * descriptors (src/providers/<id>/descriptor.ts) implement this.
 */

import type { Diagnostic } from '../diagnostics.js';
import type { Reporter } from '../load/report.js';
import type { PatternName } from '../shared/patterns.js';
import type { FootprintEntry, JsonSchema, RawObject, SpecBase, TargetBase, WrittenGrant } from '../shared/provider-shapes.js';
import type { Reasons, Site } from './rules/reasons.js';

/**
 * One grant kind: a shape a request file (and a profile bundle) may write.
 * A grant is of kind `name` when it carries the key `name` (`table: app.orders`).
 * Two providers may declare the same kind (a `table` of two databases): the
 * target decides which provider reads it; their schemas must be deep-equal.
 */
export interface GrantKind<G extends WrittenGrant = WrittenGrant> {
  /** The kind, and the key that marks a grant as this kind. Lowercase, `[a-z][a-z0-9_]*`. */
  readonly name: string;
  /** `$defs` entry of the request schema (`<name>Grant`): includes `target` and the `name` key, `additionalProperties: false`. */
  readonly requestSchema: JsonSchema;
  /** `$defs` entry of the profile schema for a bundle's grant (`<name>Spec`): no `target`. */
  readonly bundleSchema: JsonSchema;
  /** The file's fields (schema passed, without `target`) -> the grant as written, `kind: name`. */
  read(raw: RawObject): G;
}

/** Who receives a grant on one of the provider's targets. */
export interface PrincipalRules<T extends TargetBase = TargetBase> {
  /**
   * The identities.yaml field giving a person's default principal on this
   * provider's targets (`postgres: alice_ro`), declared in the identities
   * schema as `identitySchema`. Absent: the person's GitHub login.
   */
  readonly identityField?: string;
  /** Schema of that field (a `$ref` to a shared def, usually). */
  readonly identitySchema?: JsonSchema;
  /** The strict format a principal must match (per-target overrides included). */
  readonly pattern: PatternName;
  /** True when names compare case-insensitively (GitHub logins). */
  readonly caseInsensitive: boolean;
  /** Words for messages: what a principal is (`a PostgreSQL role name`), and what is missing (`PostgreSQL login role`). */
  readonly words: { readonly format: string; readonly missing: string };
  /**
   * Names the target's own settings protect (grantor, protected roles):
   * an identity mapping to one is a load error of identities.yaml.
   */
  declaredProtected(principal: string, target: T): boolean;
  /**
   * Why the principal may never receive a grant on the target (declared
   * protections plus the provider's built-in ones, e.g. superusers), or
   * undefined. Checked by policy for every request.
   */
  protectedReason(principal: string, target: T): string | undefined;
}

/** What policy hands a provider to check one written grant. */
export interface GrantContext<T extends TargetBase = TargetBase, R = unknown> {
  /**
   * The target the grant names, of this provider. Absent when the request
   * names an unknown target or one of another provider (already reported):
   * check what can be checked without it (privilege names, formats) so the
   * requester sees every problem at once; no spec is used then.
   */
  readonly target?: T;
  /** The profile's allow rule for the target, read by `allow.read`; absent when there is none (already reported). */
  readonly rule?: R;
  /** The profile's `sensitive_columns`: flag or refuse parts marked sensitive. */
  readonly sensitive?: 'flag' | 'refuse';
  /** Lower-cased GitHub team slug -> what it controls (requester or approver teams, across every profile). */
  readonly controlTeams: ReadonlyMap<string, string>;
  /** `owner/name` of the repository holding the access requests; undefined when unknown (never assumed safe). */
  readonly controlRepo: string | undefined;
  /** How messages name the grant (`grants/0`, `grants/1 (bundle "x" grant 0)`). */
  readonly label: string;
  /** Where its problems point. */
  readonly site: Site;
  readonly reasons: Reasons;
}

/** The outcome of `checkGrant`: the spec when well-formed (policy problems are reasons, not absence). */
export interface GrantChecked<S extends SpecBase = SpecBase> {
  readonly spec?: S;
  /** The profile's entry the grant fell under, handed back to `footprint` (e.g. an allowed table and its sensitive columns). */
  readonly allowed?: unknown;
}

/** How a profile's allow rule for one of the provider's targets is read and checked. */
export interface AllowRules<T extends TargetBase = TargetBase, R = unknown, G extends WrittenGrant = WrittenGrant> {
  /** The allow-rule keys this provider reads (a subset of `schema.allowKeys`' keys). */
  readonly keys: readonly string[];
  /**
   * Load-time checks of one rule on its own (it passed the schema): never-
   * granted or unknown privileges (`E_PROFILE_DANGEROUS_PRIVILEGE`,
   * `E_PROFILE_UNKNOWN_PRIVILEGE`), entries listed twice
   * (`E_PROFILE_DUPLICATE_ENTRY`). `at` is the rule's pointer (`/allow/0`).
   * Runs whenever the rule is known to be this provider's, even before
   * targets.yaml is read.
   */
  check(rule: RawObject, at: string, report: Reporter): Diagnostic[];
  /**
   * The rule against its target: the right keys for this provider
   * (`E_PROFILE_ALLOW_PROVIDER`), nothing the target protects
   * (`E_PROFILE_ALLOWS_PROTECTED`).
   */
  checkTarget(rule: RawObject, target: T, at: string, report: Reporter): Diagnostic[];
  /** The rule as the provider keeps it (only called once `check` passed). */
  read(rule: RawObject): R;
  /**
   * A profile bundle's grant (read by its kind's `read`) against the same
   * profile's rule for the bundle's target: a bundle is never a way around
   * the allow-list (`E_PROFILE_BUNDLE_NOT_ALLOWED`, message
   * `${where.label}: table x is not allowed by the allow rule for ${where.target}.`).
   */
  checkBundleGrant(grant: G, rule: R, where: BundleSite): Diagnostic[];
}

/** Where a bundle grant sits, for `checkBundleGrant`. */
export interface BundleSite {
  /** `Bundle <name> grant <i>`: how messages start. */
  readonly label: string;
  /** The bundle's target name. */
  readonly target: string;
  /** JSON pointer of the grant in the profile. */
  readonly at: string;
  readonly report: Reporter;
}

/** Why two grants of one request are the same grant (refused: merging would show reviewers something else). */
export interface DuplicateKey {
  /** Equal keys on one target may clash. */
  readonly key: string;
  /** When present, grants with the same key clash only if these overlap (`SELECT` twice, not `SELECT` and `DELETE`). */
  readonly privileges?: readonly string[];
  /** How the message names it (`team "ops"`, `"app.orders"`). */
  readonly text: string;
}

/** One grant of a request, for `checkTogether`. */
export interface TogetherItem<G extends WrittenGrant = WrittenGrant> {
  readonly grant: G;
  readonly label: string;
  readonly site: Site;
}

/** One answer a grant field may take, as `request new` offers it. */
export interface OfferChoice {
  readonly value: string;
  /** Shown after the value (`(sensitive)`). */
  readonly note?: string;
  /** A part the profile marks sensitive. */
  readonly sensitive?: true;
}

/**
 * A field of a grant a person fills in from what the profile lists
 * (columns, privileges, a permission, IAM actions). Pure data: `grantbook
 * profiles --json` prints it, `request new` asks it.
 */
export interface OfferField {
  /** Where the answer goes in the grant (`['columns']`, `['iam', 'actions']`); the last key is also the `request new` flag. */
  readonly path: readonly string[];
  /** The question (`Columns of shop.orders`). */
  readonly label: string;
  /** A list of values, or exactly one. */
  readonly many: boolean;
  readonly choices: readonly OfferChoice[];
  /** A choice that leaves the key out (`(whole table)`: every column, now and later); the flag `--all-<key>` picks it. */
  readonly omit?: OfferChoice;
  /** Answers typed on the command line are upper-cased first (SQL privileges). */
  readonly upperCase?: true;
  /** Values the profile lists but refuses here, said instead of offered, and why. */
  readonly refused?: { readonly values: readonly string[]; readonly why: string };
}

/** One thing an allow rule lets a person ask for: a table, a team, a repository, an IAM statement. */
export interface Offer {
  /** The grant kind (the request file's key that marks it); also the `request new` flag that picks the offer by `name`. */
  readonly kind: string;
  /** What the flag names it by (`shop.orders`, `payments-oncall`, `1` for the first statement). */
  readonly name: string;
  /** How lists show it (`table shop.orders`), unique within a rule. */
  readonly label: string;
  /** One line after the label in `request new`'s list (`5 column(s)`). */
  readonly note: string;
  /** What `grantbook profiles` prints for it; lines after the first are indented by two more spaces. */
  readonly lines: readonly string[];
  /** The grant without `target`, keys in the file's order; each field's `path` leads to a `null` filled in with its answer. */
  readonly grant: RawObject;
  /** Asked in order. */
  readonly fields: readonly OfferField[];
}

/** What an allow rule offers, read off the rule as written (schema passed). */
export interface RuleOffers {
  /** Lines about the whole rule (`privileges: SELECT`). */
  readonly lines: readonly string[];
  readonly offers: readonly Offer[];
}

/** Everything policy asks of one provider. */
export interface ProviderRules<T extends TargetBase = TargetBase, S extends SpecBase = SpecBase, R = unknown, G extends WrittenGrant = WrittenGrant> {
  /** The `provider:` value in targets.yaml and the ledger. Lowercase, `[a-z][a-z0-9-]*`. */
  readonly id: string;
  /** The provider's name in messages (`PostgreSQL`). */
  readonly title: string;
  readonly kinds: readonly GrantKind<G>[];
  /** A targets.yaml entry (schema passed) -> the provider's target. */
  target(name: string, raw: RawObject): T;
  readonly principal: PrincipalRules<T>;
  readonly allow: AllowRules<T, R, G>;
  /**
   * One written grant on one of the provider's targets, checked against the
   * profile's rule, the provider's never-granted privileges and protected
   * objects; reasons go to `ctx.reasons` (codes from
   * src/shared/codes/policy.ts). Returns the spec when well-formed.
   */
  checkGrant(grant: G, ctx: GrantContext<T, R>): GrantChecked<S>;
  /** Duplicate detection within one request. */
  duplicate(grant: G): DuplicateKey;
  /**
   * Optional: checks across the grants of one request on one target, after
   * each was checked alone (e.g. two views that would get the same name).
   */
  checkTogether?(grants: readonly TogetherItem<G>[], target: string, reasons: Reasons): void;
  /** What the spec exposes, for reviewers; `allowed` is what `checkGrant` returned. */
  footprint(target: string, spec: S, allowed: unknown): FootprintEntry;
  /**
   * Optional: what a rule (schema passed) lets a person ask for, for
   * `grantbook profiles` and `grantbook request new`; `sensitive` is the
   * profile's `sensitive_columns`. Without it a target lists nothing to ask for.
   */
  offers?(rule: RawObject, sensitive: 'flag' | 'refuse'): RuleOffers;
}

/** Every provider policy knows, by id (the registry implements it). */
export interface ProviderCatalog {
  /** Registered provider ids, sorted. */
  readonly ids: readonly string[];
  rules(provider: string): ProviderRules | undefined;
  /** Every grant kind name any provider declares (what marks a grant's kind in a file). */
  readonly kindNames: readonly string[];
}
