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
 * Definitions a `oneOf` chooses between, and what in the data says which one
 * was meant. Errors are then reported against that branch alone instead of
 * every branch at once.
 */
export const ONE_OF_BRANCHES: Readonly<Record<string, BranchRule>> = {
  tableGrant: { key: 'table' },
  teamGrant: { key: 'team' },
  repoGrant: { key: 'repo' },
  bundleGrant: { key: 'bundle' },
  tableSpec: { key: 'table' },
  teamSpec: { key: 'team' },
  repoSpec: { key: 'repo' },
  teamGroup: { key: 'team' },
  usersGroup: { key: 'users' },
  postgresTarget: { key: 'provider', value: 'postgres' },
  githubTarget: { key: 'provider', value: 'github' },
  iamGrant: { key: 'iam' },
  iamSpec: { key: 'iam' },
  awsTarget: { key: 'provider', value: 'aws' },
  mysqlTarget: { key: 'provider', value: 'mysql' },
  rowValues: { type: 'array' },
  rowRange: { type: 'object' },
  rowInteger: { type: 'integer' },
  rowText: { type: 'string' },
};

export interface SchemaRegistry {
  validator<K extends FileKind>(kind: K): ValidateFunction<RawByKind[K]>;
  /** Validator for one `$defs` entry of a kind's schema (a oneOf branch). */
  branch(kind: FileKind, def: string): ValidateFunction | undefined;
  /** Schema `$defs` name for a pattern source, to say in words what was expected. */
  patternDef(pattern: string): string | undefined;
  /** Every property name the schemas define: the only keys a diagnostic pointer may show. */
  readonly propertyNames: ReadonlySet<string>;
  /** What in the data says which branch of a `oneOf` was meant (ONE_OF_BRANCHES, plus a registry's own providers). */
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
    branchRule: (def) => (Object.hasOwn(branchRules, def) ? branchRules[def] : Object.hasOwn(ONE_OF_BRANCHES, def) ? ONE_OF_BRANCHES[def] : undefined),
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
