import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/load.js';
import { PATTERNS } from '../../src/shared/patterns.js';
import { schemaRegistry, SCHEMAS } from '../../src/load/schemas.js';
import { DURATION_PATTERN } from '../../src/time/duration.js';
import { GOOD_REQUEST, src } from './fixtures.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every subschema with the JSON path to it. */
function* subschemas(node: Json, path: string): Generator<[string, { [key: string]: Json }]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* subschemas(item, `${path}/${i}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  yield [path, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [prop, sub] of Object.entries(value)) yield* subschemas(sub, `${path}/properties/${prop}`);
    } else if (key !== 'enum' && key !== 'required') {
      yield* subschemas(value, `${path}/${key}`);
    }
  }
}

const files = ['access-request', 'profile', 'targets', 'identities'] as const;

describe('published schemas', () => {
  for (const name of files) {
    const path = `schemas/${name}.schema.json`;
    const schema = JSON.parse(readFileSync(path, 'utf8')) as { [key: string]: Json };

    it(`${name}: has its $id and draft 2020-12, and compiles in strict mode`, () => {
      expect(schema['$id']).toBe(`https://grantbook.dev/schemas/${name}.schema.json`);
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      expect(() => ajv.compile(schema)).not.toThrow();
    });

    it(`${name}: closed objects, bounded strings and arrays, no defaults`, () => {
      for (const [at, sub] of subschemas(schema, '#')) {
        expect(sub, at).not.toHaveProperty('default');
        if (sub['type'] === 'object') {
          const closed = sub['additionalProperties'] === false || (typeof sub['additionalProperties'] === 'object' && sub['propertyNames'] !== undefined);
          expect(closed, `${at} must be closed`).toBe(true);
          if (sub['additionalProperties'] !== false) expect(sub['maxProperties'], at).toBeTypeOf('number');
        }
        if (sub['type'] === 'string') expect(sub['maxLength'] !== undefined || sub['enum'] !== undefined, `${at} must be bounded`).toBe(true);
        if (sub['type'] === 'array') expect(sub['maxItems'], at).toBeTypeOf('number');
      }
    });

    it(`${name}: shared definitions use the same patterns as the code`, () => {
      const defs = (schema['$defs'] ?? {}) as { [key: string]: { pattern?: string } };
      for (const [def, body] of Object.entries(defs)) {
        if (body.pattern === undefined || def === 'principal') continue;
        expect(PATTERNS, def).toHaveProperty(def);
        expect(body.pattern, def).toBe(PATTERNS[def as keyof typeof PATTERNS]);
      }
    });
  }

  it('the duration pattern is the one src/time/duration.ts enforces', () => {
    expect(PATTERNS.duration).toBe(DURATION_PATTERN);
  });

  it('the loader uses the same schema objects as schemas/', () => {
    expect(SCHEMAS.request.$id).toBe('https://grantbook.dev/schemas/access-request.schema.json');
    expect(Object.keys(SCHEMAS)).toEqual(['request', 'profile', 'targets', 'identities']);
  });

  it('builds the registry once per process, however many files are loaded', () => {
    const before = schemaRegistry();
    for (let i = 0; i < 50; i += 1) loadFile(src(`access-requests/r${i}.yaml`, GOOD_REQUEST), 'request');
    loadFile(src('access-requests/bad.yaml', 'requester: 1\n'), 'request');
    expect(schemaRegistry()).toBe(before);
  });
});
