/**
 * A provider descriptor: everything that differs between providers, declared
 * in one place (`src/providers/<id>/descriptor.ts`) and asked for by the rest
 * of the code, which never names a provider, its privileges or its grant
 * kinds' fields. A new provider is one folder and one line in the registry
 * (src/providers/builtin.ts).
 *
 * The descriptor is pure and light: the check job loads every descriptor to
 * judge a request without credentials. The effectful half (database client,
 * HTTP) is imported lazily by `connect`.
 *
 * Type parameters are the provider's own target, spec, allow-rule and
 * written-grant types; the registry holds descriptors at the base types
 * (method parameters are checked bivariantly, so a descriptor typed for its
 * own shapes is assignable without a cast). Inside a provider, every switch
 * over its kinds ends in `assertNever` (src/shared/never.ts).
 */

import type { SpecCatalog, SpecKit, SpecValidation } from '../ledger/spec-check.js';
import type {
  AllowRules,
  BundleSite,
  DuplicateKey,
  GrantChecked,
  GrantContext,
  GrantKind,
  PrincipalRules,
  ProviderCatalog,
  ProviderRules,
  TogetherItem,
} from '../policy/provider-rules.js';
import type { FootprintEntry, FootprintPart, Identity, Json, JsonSchema, RawObject, SpecBase, TargetBase, WrittenGrant } from '../shared/provider-shapes.js';
import type { RecordedBackstop } from '../ledger/events.js';
import type { ConnectDeps, Planner, Provider, TargetGrant } from './contract.js';

export type {
  AllowRules,
  BundleSite,
  DuplicateKey,
  FootprintEntry,
  FootprintPart,
  GrantChecked,
  GrantContext,
  GrantKind,
  Identity,
  Json,
  JsonSchema,
  PrincipalRules,
  ProviderCatalog,
  RecordedBackstop,
  ProviderRules,
  RawObject,
  SpecBase,
  TogetherItem,
  SpecCatalog,
  SpecKit,
  SpecValidation,
  TargetBase,
  WrittenGrant,
};

/**
 * JSON Schema fragments the published schemas (schemas/*.schema.json) are
 * assembled from (src/providers/schema-assembly.ts). `$ref`s point at
 * `#/$defs/<name>` of the assembled file: the shared definitions (`name`,
 * `login`, `identifier`, `envName`, `description`, `privilege`, ...) or the
 * provider's own `defs`. A definition or allow-rule key declared by two
 * providers must be deep-equal (the assembly throws otherwise).
 */
export interface SchemaFragments {
  /**
   * The `$defs` entry for one target of this provider in targets.yaml
   * (named `<id>Target`): an object with `provider: { enum: [id] }`,
   * `description`, its settings, `additionalProperties: false`.
   */
  readonly target: JsonSchema;
  /**
   * Keys this provider's allow rules may carry in a profile's `allow` entry
   * (e.g. `privileges`, `tables`), as JSON Schema properties. The profile
   * schema allows the union; `allow.check` says which belong to a target.
   */
  readonly allowKeys: { readonly [key: string]: JsonSchema };
  /** Extra `$defs` per schema file the fragments refer to. */
  readonly defs?: {
    readonly request?: { readonly [name: string]: JsonSchema };
    readonly profile?: { readonly [name: string]: JsonSchema };
    readonly targets?: { readonly [name: string]: JsonSchema };
  };
}

/** Optional traits of a provider, declared here, never detected. */
export interface ProviderTraits {
  /**
   * The provider's grants land on objects others share (a team, a
   * repository's collaborators): a revocation waits while another live
   * grant of the same person holds the same object.
   */
  readonly sharedObjects: boolean;
  /** Whether `held` can find parts a principal holds by other means (Planner.recordsHeld). */
  readonly recordsHeld: boolean;
  /** The provider removes its grants at expiry on its own (a server-side expiry) besides revoke runs. */
  readonly providerExpiry: boolean;
}

/** One thing the grantee does to use a grant: a sentence, and the exact text to run or paste. */
export interface UsageStep {
  /** Plain text; every name in it passed a strict pattern (the caller escapes for its medium). */
  readonly say: string;
  /** Shown verbatim, one line each, as a code block: a command, a statement, a config snippet. */
  readonly code?: readonly string[];
}

/**
 * A grant as its usage needs it, from the plan (before the grant) or from
 * what the ledger recorded (`audit show`): nothing here needs the target's
 * settings, so a ledger read without policies can still say it.
 */
export interface GrantUse<S extends SpecBase = SpecBase> {
  readonly target: string;
  readonly principal: string;
  /** The object the grant lives on, as `usage.object` named it and the ledger recorded it (`applied[].object`). */
  readonly object: string;
  readonly expiresAt: string;
  readonly grants: readonly S[];
}

/**
 * Optional capability: how the person uses a grant, for providers where
 * holding it is not enough (a role to assume, a role to activate). Pure.
 */
export interface UsageCapability<T extends TargetBase = TargetBase, S extends SpecBase = SpecBase> {
  /**
   * The object the grant lives on, named as the grantee names it (an AWS
   * role ARN, a MySQL role). Apply records it in the `granted` event, so
   * `audit show` can say how to use the grant without the policies.
   */
  object(grant: TargetGrant<T, S>): string;
  /** What the person runs to use the grant, in order. */
  steps(use: GrantUse<S>): readonly UsageStep[];
}

export interface ProviderDescriptor<
  T extends TargetBase = TargetBase,
  S extends SpecBase = SpecBase,
  R = unknown,
  G extends WrittenGrant = WrittenGrant,
> extends ProviderRules<T, S, R, G> {
  /** JSON Schema fragments of targets.yaml, identities.yaml, request and profile files. */
  readonly schema: SchemaFragments;
  readonly traits: ProviderTraits;
  /** The targets.yaml field naming the credential's environment variable, and its value. */
  credential(target: T): { readonly field: string; readonly env: string };

  /** Ledger: the strict shape of a recorded spec of one of the provider's kinds. */
  readonly ledger: SpecValidation;
  /**
   * One recorded grant in words, for the audit story, status lines and
   * comments (`app: SELECT ON app.orders to alice_ro`). Every name in it
   * passed the ledger's strict patterns; the caller escapes for its medium.
   */
  describe(spec: S, principal: string, target: string): string;
  /** The audit export's and report's view of a recorded grant (src/audit-view/). */
  readonly audit?: AuditView<S>;
  /**
   * Which object a recorded grant is about, not how much of it (`team\0acme\0ops`,
   * `table\0public\0orders`), names folded as the provider compares them:
   * two grants with the same resource for the same principal give the same
   * access (already-held detection, shared objects at revoke).
   */
  resource(spec: S): string;

  /** Optional: how the grantee uses a grant (PR comments, `audit show`). Absent: holding it is enough. */
  readonly usage?: UsageCapability<T, S>;
  /**
   * Optional, with traits.providerExpiry: the provider-side expiry the
   * ledger recorded for a grant (`applied[].backstop`), in words, starting
   * with `armed` or `not armed` (`armed (MySQL event grantbook.gb_... at
   * 2030-01-01T00:00:00Z)`). Absent: a neutral sentence says it.
   */
  describeBackstop?(backstop: RecordedBackstop): string;

  /** The pure planner: the exact operations shown to reviewers. */
  readonly planner: Planner<T, S>;
  /**
   * The effectful half, imported lazily (`await import('./provider.js')`)
   * so checking a pull request never loads a client. The secret is the
   * value of the variable `credential` names, handed here and nowhere else.
   */
  connect(target: T, secret: string, deps: ConnectDeps): Promise<Provider<T, S>>;
}

/**
 * What the audit export and report (src/audit-view/) show of a recorded
 * grant: its words, and what it covers by the export's columns. Kinds of a
 * provider without it appear by `describe` alone.
 */
export interface AuditView<S extends SpecBase = SpecBase> {
  /** The grant in the audit views' words; every name in it passed the ledger's strict patterns. */
  describe(spec: S, principal: string, target: string): string;
  /** What the grant covers, under the export's column for it. */
  covers(spec: S): AuditCover;
  /**
   * The tables a profile's allow rule names, with the columns it allows and
   * those it marks sensitive (what a grant of the table covers in clear).
   * Given every rule as written; a rule with no tables gives none.
   */
  ruleTables?(rule: RawObject): readonly AuditRuleTable[];
}

/** One of: a table (`schema.table`, the columns granted or undefined for all, the privileges), a team or a repository (`owner/name (level)`). */
export interface AuditCover {
  readonly table?: { readonly name: string; readonly columns: readonly string[] | undefined; readonly privileges: readonly string[] };
  readonly team?: string;
  readonly repository?: string;
}

export interface AuditRuleTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly sensitive: readonly string[];
}

/** A descriptor at the base types, as the registry holds it. */
export type AnyDescriptor = ProviderDescriptor;

/** The one registry: what every entry point builds (src/providers/registry.ts) and passes down. */
export interface ProviderRegistry extends ProviderCatalog, SpecCatalog {
  readonly ids: readonly string[];
  readonly descriptors: readonly AnyDescriptor[];
  descriptor(id: string): AnyDescriptor | undefined;
}
