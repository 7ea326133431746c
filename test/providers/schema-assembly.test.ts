import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { branches } from '../../src/load/generated/validators.js';
import { ONE_OF_BRANCHES, schemaRegistry } from '../../src/load/schemas.js';
import { BUILTIN_DESCRIPTORS } from '../../src/providers/builtin.js';
import { assembleSchemas, providerBranches } from '../../src/providers/schema-assembly.js';

const FILES = { request: 'access-request', profile: 'profile', targets: 'targets', identities: 'identities' } as const;

describe("the published schemas are assembled from the providers' fragments", () => {
  const assembled = assembleSchemas(BUILTIN_DESCRIPTORS);

  for (const [kind, file] of Object.entries(FILES)) {
    it(`schemas/${file}.schema.json is the frame with the built-in providers' fragments`, () => {
      const published: unknown = JSON.parse(readFileSync(path.join(process.cwd(), 'schemas', `${file}.schema.json`), 'utf8'));
      expect(assembled[kind as keyof typeof FILES]).toEqual(published);
    });
  }

  it("the oneOf branch rules of the providers' slots, read off the published schemas, are the descriptors'", () => {
    const fromDescriptors = providerBranches(BUILTIN_DESCRIPTORS);
    expect(Object.keys(fromDescriptors).length).toBeGreaterThan(0);
    for (const [def, rule] of Object.entries(fromDescriptors)) expect(schemaRegistry().branchRule(def), def).toEqual(rule);
    // Every oneOf branch of the published schemas has a rule, and no provider slot is written down by hand.
    for (const key of Object.keys(branches)) expect(schemaRegistry().branchRule(key.split(':')[1] ?? ''), key).toBeDefined();
    for (const def of Object.keys(fromDescriptors)) expect(Object.hasOwn(ONE_OF_BRANCHES, def), def).toBe(false);
  });

  it('refuses two providers that give one definition two meanings', () => {
    const [postgres] = BUILTIN_DESCRIPTORS;
    const clash = {
      ...postgres!,
      id: 'clash',
      kinds: postgres!.kinds.map((k) => ({ ...k, requestSchema: { ...k.requestSchema, description: 'another table' } })),
    };
    expect(() => assembleSchemas([...BUILTIN_DESCRIPTORS, clash])).toThrow(/tableGrant/);
  });
});
