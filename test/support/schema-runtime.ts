import type { ValidateFunction } from 'ajv';
import { makeSchemaRegistry, type SchemaRegistry } from '../../src/load/schemas.js';
import type { FileKind } from '../../src/load/source.js';
import type { AnyDescriptor } from '../../src/providers/descriptor.js';
import { assembleSchemas, providerBranches } from '../../src/providers/schema-assembly.js';

/** ajv's options of the generated validators (scripts/generate-validators.mjs): diagnostics read ajv's raw errors, so they must match. */
const AJV_OPTIONS = {
  strict: true,
  allErrors: true,
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
  ownProperties: true,
  verbose: true,
  messages: false,
} as const;

/** The `$defs` a `oneOf` chooses between, as in scripts/generate-validators.mjs. */
function oneOfBranches(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) oneOfBranches(item, found);
  } else if (typeof node === 'object' && node !== null) {
    const oneOf = (node as { oneOf?: unknown }).oneOf;
    for (const branch of Array.isArray(oneOf) ? oneOf : []) {
      const m = /^#\/\$defs\/([A-Za-z0-9]+)$/.exec(
        typeof branch === 'object' && branch !== null && typeof (branch as { $ref?: unknown }).$ref === 'string' ? (branch as { $ref: string }).$ref : '',
      );
      if (m?.[1] !== undefined) found.add(m[1]);
    }
    for (const value of Object.values(node)) oneOfBranches(value, found);
  }
  return found;
}

/**
 * The schemas of a registry other than the built-in one, assembled from its
 * descriptors and compiled with ajv at run time. Shipped code never compiles
 * a schema (test/load/validators-generated.test.ts): a registry with more
 * providers is built by whoever builds the registry, and handed in with it
 * (`CliIo.schemas`, `installSchemaRegistry`).
 */
export async function compileSchemas(descriptors: readonly AnyDescriptor[]): Promise<SchemaRegistry> {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const schemas = assembleSchemas(descriptors);
  const ajv = new Ajv2020(AJV_OPTIONS);
  const validators: Partial<Record<FileKind, ValidateFunction>> = {};
  const branches: Record<string, ValidateFunction> = {};
  for (const [kind, schema] of Object.entries(schemas) as [FileKind, { readonly [key: string]: unknown }][]) {
    ajv.addSchema(schema);
    const id = String(schema['$id']);
    const whole = ajv.getSchema(id);
    if (whole === undefined) throw new Error(`no schema at ${id}`);
    validators[kind] = whole;
    for (const def of oneOfBranches(schema)) {
      const fn = ajv.getSchema(`${id}#/$defs/${def}`);
      if (fn !== undefined) branches[`${kind}:${def}`] = fn;
    }
  }
  const { request, profile, targets, identities } = validators;
  if (request === undefined || profile === undefined || targets === undefined || identities === undefined) throw new Error('a schema did not compile');
  return makeSchemaRegistry(schemas, { validators: { request, profile, targets, identities }, branches }, providerBranches(descriptors));
}
