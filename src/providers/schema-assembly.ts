import requestSchema from '../../schemas/access-request.schema.json' with { type: 'json' };
import identitiesSchema from '../../schemas/identities.schema.json' with { type: 'json' };
import profileSchema from '../../schemas/profile.schema.json' with { type: 'json' };
import targetsSchema from '../../schemas/targets.schema.json' with { type: 'json' };
import type { FileKind } from '../load/source.js';
import type { JsonSchema } from '../shared/provider-shapes.js';
import { BUILTIN_DESCRIPTORS } from './builtin.js';
import type { AnyDescriptor } from './descriptor.js';

/*
 * The published schemas are the provider-neutral frame (who requests, for
 * how long, approvals, limits) with the providers' fragments in fixed slots:
 * each provider's target in targets.yaml, its identity field, its grant
 * kinds in requests and bundles, its allow-rule keys and its own `$defs`.
 * schemas/*.schema.json are the frame with the built-in providers' fragments;
 * test/providers/schema-assembly.test.ts holds them equal to
 * `assembleSchemas(BUILTIN_DESCRIPTORS)`. A registry with more providers gets
 * the same frame with its fragments (compiled at run time: schema-runtime.ts).
 */

type Mutable = { [key: string]: unknown };
type Schemas = Record<FileKind, Mutable>;

const PUBLISHED: Record<FileKind, unknown> = { request: requestSchema, profile: profileSchema, targets: targetsSchema, identities: identitiesSchema };

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function objectAt(node: unknown, ...path: string[]): Mutable {
  let at: unknown = node;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) throw new Error(`schema frame: no object at ${path.join('/')}`);
    at = (at as Mutable)[key];
  }
  if (typeof at !== 'object' || at === null || Array.isArray(at)) throw new Error(`schema frame: no object at ${path.join('/')}`);
  return at as Mutable;
}

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });

function defs(schema: Mutable): Mutable {
  return objectAt(schema, '$defs');
}

/** Puts a `$defs` entry, refusing a different one under the same name (two providers sharing a definition must agree). */
function putDef(schema: Mutable, name: string, value: JsonSchema, who: string): void {
  const all = defs(schema);
  if (Object.hasOwn(all, name) && JSON.stringify(all[name]) !== JSON.stringify(value)) {
    throw new Error(`schema assembly: ${who} declares $defs/${name} unlike an earlier provider`);
  }
  all[name] = clone(value);
}

/** The frame: the published schemas without anything a built-in provider declares. */
function frame(): Schemas {
  const out = clone(PUBLISHED) as Schemas;
  for (const d of BUILTIN_DESCRIPTORS) {
    delete defs(out.targets)[`${d.id}Target`];
    for (const name of Object.keys(d.schema.defs?.targets ?? {})) delete defs(out.targets)[name];
    const field = d.principal.identityField;
    if (field !== undefined) delete objectAt(out.identities, '$defs', 'identity', 'properties')[field];
    for (const kind of d.kinds) {
      delete defs(out.request)[`${kind.name}Grant`];
      delete defs(out.profile)[`${kind.name}Spec`];
    }
    for (const name of Object.keys(d.schema.defs?.request ?? {})) delete defs(out.request)[name];
    for (const name of Object.keys(d.schema.defs?.profile ?? {})) delete defs(out.profile)[name];
    for (const key of Object.keys(d.schema.allowKeys)) delete objectAt(out.profile, '$defs', 'allowRule', 'properties')[key];
  }
  return out;
}

/** The four schemas for a registry's descriptors, in their order. */
export function assembleSchemas(descriptors: readonly AnyDescriptor[]): Record<FileKind, JsonSchema> {
  const out = frame();
  const targetRefs: JsonSchema[] = [];
  const grantRefs: JsonSchema[] = [];
  const specRefs: JsonSchema[] = [];
  const seenKinds = new Set<string>();
  const allowProps = objectAt(out.profile, '$defs', 'allowRule', 'properties');
  const identityProps = objectAt(out.identities, '$defs', 'identity', 'properties');
  for (const d of descriptors) {
    putDef(out.targets, `${d.id}Target`, d.schema.target, d.id);
    targetRefs.push(ref(`${d.id}Target`));
    for (const [name, value] of Object.entries(d.schema.defs?.targets ?? {})) putDef(out.targets, name, value, d.id);
    for (const [name, value] of Object.entries(d.schema.defs?.request ?? {})) putDef(out.request, name, value, d.id);
    for (const [name, value] of Object.entries(d.schema.defs?.profile ?? {})) putDef(out.profile, name, value, d.id);
    const field = d.principal.identityField;
    if (field !== undefined && d.principal.identitySchema !== undefined) {
      if (Object.hasOwn(identityProps, field) && JSON.stringify(identityProps[field]) !== JSON.stringify(d.principal.identitySchema)) {
        throw new Error(`schema assembly: ${d.id} declares identity field ${field} unlike an earlier provider`);
      }
      identityProps[field] = clone(d.principal.identitySchema);
    }
    for (const [key, value] of Object.entries(d.schema.allowKeys)) {
      if (Object.hasOwn(allowProps, key) && JSON.stringify(allowProps[key]) !== JSON.stringify(value)) {
        throw new Error(`schema assembly: ${d.id} declares allow key ${key} unlike an earlier provider`);
      }
      allowProps[key] = clone(value);
    }
    for (const kind of d.kinds) {
      putDef(out.request, `${kind.name}Grant`, kind.requestSchema, d.id);
      putDef(out.profile, `${kind.name}Spec`, kind.bundleSchema, d.id);
      if (seenKinds.has(kind.name)) continue;
      seenKinds.add(kind.name);
      grantRefs.push(ref(`${kind.name}Grant`));
      specRefs.push(ref(`${kind.name}Spec`));
    }
  }
  objectAt(out.targets, 'properties', 'targets', 'additionalProperties')['oneOf'] = targetRefs;
  objectAt(out.request, 'properties', 'grants', 'items')['oneOf'] = [...grantRefs, ref('bundleGrant')];
  objectAt(out.profile, '$defs', 'bundle', 'properties', 'grants', 'items')['oneOf'] = specRefs;
  return out as Record<FileKind, JsonSchema>;
}

/** How the data says which `oneOf` branch it meant, for the providers' slots (src/load/schemas.ts ONE_OF_BRANCHES). */
export function providerBranches(descriptors: readonly AnyDescriptor[]): Record<string, { readonly key: string; readonly value?: string }> {
  const out: Record<string, { readonly key: string; readonly value?: string }> = {};
  for (const d of descriptors) {
    out[`${d.id}Target`] = { key: 'provider', value: d.id };
    for (const kind of d.kinds) {
      out[`${kind.name}Grant`] = { key: kind.name };
      out[`${kind.name}Spec`] = { key: kind.name };
    }
  }
  return out;
}
