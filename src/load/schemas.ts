import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import requestSchema from '../../schemas/access-request.schema.json' with { type: 'json' };
import identitiesSchema from '../../schemas/identities.schema.json' with { type: 'json' };
import profileSchema from '../../schemas/profile.schema.json' with { type: 'json' };
import targetsSchema from '../../schemas/targets.schema.json' with { type: 'json' };
import type { RawByKind } from './raw.js';
import type { FileKind } from './source.js';

/** The published schemas, by the kind of file they describe. */
export const SCHEMAS = {
  request: requestSchema,
  profile: profileSchema,
  targets: targetsSchema,
  identities: identitiesSchema,
} as const satisfies Record<FileKind, { $id: string; $defs: object }>;

/**
 * Definitions a `oneOf` chooses between, and what in the data says which one
 * was meant: a key being present, or a key holding a value. Errors are then
 * reported against that branch alone instead of every branch at once.
 */
export const ONE_OF_BRANCHES: Readonly<Record<string, { readonly key: string; readonly value?: string }>> = {
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
};

export interface SchemaRegistry {
  validator<K extends FileKind>(kind: K): ValidateFunction<RawByKind[K]>;
  /** Validator for one `$defs` entry of a kind's schema (a oneOf branch). */
  branch(kind: FileKind, def: string): ValidateFunction | undefined;
  /** Schema `$defs` name for a pattern source, to say in words what was expected. */
  patternDef(pattern: string): string | undefined;
  /** Every property name the schemas define: the only keys a diagnostic pointer may show. */
  readonly propertyNames: ReadonlySet<string>;
}

let registry: SchemaRegistry | undefined;
let compilations = 0;

/** How many times the schemas were compiled in this process (once, by design). */
export function schemaCompilations(): number {
  return compilations;
}

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

function build(): SchemaRegistry {
  compilations += 1;
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    coerceTypes: false,
    useDefaults: false,
    removeAdditional: false,
    ownProperties: true,
    // parentSchema/data on errors let us name allowed keys and classify
    // values without echoing them; messages are ours, not ajv's.
    verbose: true,
    messages: false,
  });
  const names = new Set<string>();
  const patterns = new Map<string, string>();
  const validators = new Map<FileKind, ValidateFunction>();
  const branches = new Map<string, ValidateFunction>();
  for (const [kind, schema] of Object.entries(SCHEMAS) as [FileKind, (typeof SCHEMAS)[FileKind]][]) {
    validators.set(kind, ajv.compile(schema));
    collectNames(schema, names, patterns);
    for (const def of Object.keys(schema.$defs)) {
      if (!(def in ONE_OF_BRANCHES)) continue;
      const fn = ajv.getSchema(`${schema.$id}#/$defs/${def}`);
      if (fn !== undefined) branches.set(`${kind}:${def}`, fn);
    }
  }
  return {
    validator<K extends FileKind>(kind: K): ValidateFunction<RawByKind[K]> {
      const fn = validators.get(kind);
      if (fn === undefined) throw new Error(`no schema for ${kind}`);
      // The one place schema and type meet: raw.ts mirrors the schema, and the
      // typed-parse tests load every shape through this guard.
      return fn as ValidateFunction<RawByKind[K]>;
    },
    branch: (kind, def) => branches.get(`${kind}:${def}`),
    patternDef: (pattern) => patterns.get(pattern),
    propertyNames: names,
  };
}

/** Compiled once per process and shared; compiling per file would dominate load time. */
export function schemaRegistry(): SchemaRegistry {
  registry ??= build();
  return registry;
}
