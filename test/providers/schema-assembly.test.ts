import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ONE_OF_BRANCHES } from '../../src/load/schemas.js';
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

  it("the oneOf branch rules of the providers' slots are the descriptors'", () => {
    const fromDescriptors = providerBranches(BUILTIN_DESCRIPTORS);
    for (const [def, rule] of Object.entries(fromDescriptors)) expect(ONE_OF_BRANCHES[def], def).toEqual(rule);
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
