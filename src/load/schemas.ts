import type { ValidateFunction } from 'ajv';
import requestSchema from '../../schemas/access-request.schema.json' with { type: 'json' };
import identitiesSchema from '../../schemas/identities.schema.json' with { type: 'json' };
import profileSchema from '../../schemas/profile.schema.json' with { type: 'json' };
import targetsSchema from '../../schemas/targets.schema.json' with { type: 'json' };
import { branches, validators } from './generated/validators.js';
import type { RawByKind } from './raw.js';
import type { FileKind } from './source.js';

/** The published schemas, by the kind of file they describe. */
export const SCHEMAS = {
  request: requestSchema,
  profile: profileSchema,
  targets: targetsSchema,
  identities: identitiesSchema,
} as const satisfies Record<FileKind, { $id: string; $defs: object }>;

/** JSON types a `oneOf` branch can be told apart by (a row filter's list or range, a value's number or text). */
export type BranchType = 'array' | 'object' | 'integer' | 'string';

/**
 * How the data says which `oneOf` branch it meant: a key being present, a
 * key holding a value, or (for branches of different JSON types) its type.
 */
export type BranchRule = { readonly key: string; readonly value?: string } | { readonly type: BranchType };

/**
 * Definitions a `oneOf` chooses between that are not a provider's, and what
 * in the data says which one was meant. Errors are then reported against that
 * branch alone instead of every branch at once. The providers' slots (their
 * targets and grant kinds) are read off the schemas (`providerSlotRules`).
 */
export const ONE_OF_BRANCHES: Readonly<Record<string, BranchRule>> = {
  bundleGrant: { key: 'bundle' },
  teamGroup: { key: 'team' },
  usersGroup: { key: 'users' },
  rowValues: { type: 'array' },
  rowRange: { type: 'object' },
  rowInteger: { type: 'integer' },
  rowText: { type: 'string' },
};

const TARGET_DEF = /^[a-z][A-Za-z0-9]*Target$/;
const KIND_DEF = /^([a-z][A-Za-z0-9]*)(?:Grant|Spec)$/;

function objectField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The rules of the providers' slots, as the schema assembly lays them out
 * (src/providers/schema-assembly.ts, from the provider descriptors): a
 * target's definition `<id>Target` is told by the one value its `provider`
 * may hold, a grant kind's `<kind>Grant` and `<kind>Spec` by the key `<kind>`.
 * `branchKeys` are the `oneOf` branches, `file:def`.
 */
export function providerSlotRules(schemas: Readonly<Record<FileKind, object>>, branchKeys: readonly string[]): Record<string, BranchRule> {
  const out: Record<string, BranchRule> = {};
  for (const key of branchKeys) {
    const [file = '', def = ''] = key.split(':');
    if (!Object.hasOwn(schemas, file)) continue;
    if (TARGET_DEF.test(def)) {
      const values = objectField(objectField(objectField(objectField(objectField(schemas[file as FileKind], '$defs'), def), 'properties'), 'provider'), 'enum');
      if (Array.isArray(values) && values.length === 1 && typeof values[0] === 'string') out[def] = { key: 'provider', value: values[0] };
      continue;
    }
    const kind = KIND_DEF.exec(def)?.[1];
    if (kind !== undefined) out[def] = { key: kind };
  }
  return out;
}

export interface SchemaRegistry {
  validator<K extends FileKind>(kind: K): ValidateFunction<RawByKind[K]>;
  /** Validator for one `$defs` entry of a kind's schema (a oneOf branch). */
  branch(kind: FileKind, def: string): ValidateFunction | undefined;
  /** Schema `$defs` name for a pattern source, to say in words what was expected. */
  patternDef(pattern: string): string | undefined;
  /** Every property name the schemas define: the only keys a diagnostic pointer may show. */
  readonly propertyNames: ReadonlySet<string>;
  /** What in the data says which branch of a `oneOf` was meant (a registry's own rules, ONE_OF_BRANCHES, then the providers' slots). */
  branchRule(def: string): BranchRule | undefined;
}

let registry: SchemaRegistry | undefined;

function collectNames(schema: unknown, names: Set<string>, patterns: Map<string, string>, def?: string): void {
  if (typeof schema !== 'object' || schema === null) return;
  if (Array.isArray(schema)) {
    for (const item of schema) collectNames(item, names, patterns, def);
    return;
  }
  const record = schema as Record<string, unknown>;
  if (typeof record['pattern'] === 'string' && def !== undefined) patterns.set(record['pattern'], def);
  for (const [key, value] of Object.entries(record)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [prop, sub] of Object.entries(value)) {
        names.add(prop);
        collectNames(sub, names, patterns, def);
      }
    } else if (key === '$defs' && typeof value === 'object' && value !== null) {
      for (const [name, sub] of Object.entries(value)) collectNames(sub, names, patterns, name);
    } else {
      collectNames(value, names, patterns, def);
    }
  }
}

/**
 * A schema registry from compiled validators: one per kind of file, and
 * one per `$defs` entry a `oneOf` chooses between (`kind:def`).
 */
export function makeSchemaRegistry(
  schemas: Readonly<Record<FileKind, object>>,
  compiled: { readonly validators: Readonly<Record<FileKind, ValidateFunction>>; readonly branches: Readonly<Record<string, ValidateFunction>> },
  branchRules: Readonly<Record<string, BranchRule>> = {},
): SchemaRegistry {
  const names = new Set<string>();
  const patterns = new Map<string, string>();
  for (const schema of Object.values(schemas)) collectNames(schema, names, patterns);
  const slots = providerSlotRules(schemas, Object.keys(compiled.branches));
  const rule = (rules: Readonly<Record<string, BranchRule>>, def: string): BranchRule | undefined => (Object.hasOwn(rules, def) ? rules[def] : undefined);
  return {
    validator<K extends FileKind>(kind: K): ValidateFunction<RawByKind[K]> {
      const fn = compiled.validators[kind];
      // The one place schema and type meet: raw.ts mirrors the schema, and the
      // typed-parse tests load every shape through this guard.
      return fn as ValidateFunction<RawByKind[K]>;
    },
    branch: (kind, def) => (Object.hasOwn(compiled.branches, `${kind}:${def}`) ? compiled.branches[`${kind}:${def}`] : undefined),
    patternDef: (pattern) => patterns.get(pattern),
    propertyNames: names,
    branchRule: (def) => rule(branchRules, def) ?? rule(ONE_OF_BRANCHES, def) ?? rule(slots, def),
  };
}

/**
 * The published schemas' validators are ajv standalone code generated at
 * build time from the same schemas and options
 * (scripts/generate-validators.mjs): compiling the schemas at start cost
 * every process about a quarter of a second.
 */
function build(): SchemaRegistry {
  return makeSchemaRegistry(SCHEMAS, { validators, branches });
}

/**
 * The schemas files are checked against. Built once per process from the
 * published schemas, unless an entry point with a registry of more providers
 * installed that registry's (src/providers/schema-runtime.ts).
 */
export function schemaRegistry(): SchemaRegistry {
  registry ??= build();
  return registry;
}

/** Installs the schemas of a registry of more providers; undefined goes back to the published ones. */
export function installSchemaRegistry(schemas: SchemaRegistry | undefined): void {
  registry = schemas;
}
