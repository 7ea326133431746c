import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * scripts/extract-openapi.mjs on a tiny description (the real one is a 385 MB
 * package, not a dependency), and the committed extraction against the
 * script's own list of operations.
 */
interface ExtractModule {
  OPERATIONS: readonly string[];
  extract: (
    doc: unknown,
    operations?: readonly string[],
  ) => {
    operations: Record<string, { operationId: string; responses: Record<string, unknown> }>;
    components: { schemas: Record<string, unknown> };
  };
}

// A specifier typed `string`: the script has no declaration file, and the test says which of its exports it uses.
const SCRIPT: string = '../../scripts/extract-openapi.mjs';
const load = async (): Promise<ExtractModule> => (await import(SCRIPT)) as ExtractModule;

const doc = {
  paths: {
    '/things/{id}': {
      get: {
        operationId: 'things/get',
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/thing' } } } },
          '404': { $ref: '#/components/responses/not_found' },
          '304': { description: 'not modified' },
        },
      },
    },
  },
  components: {
    responses: { not_found: { content: { 'application/json': { schema: { $ref: '#/components/schemas/basic-error' } } } } },
    schemas: {
      thing: {
        type: 'object',
        description: 'annotation, dropped',
        properties: { description: { type: 'string', example: 'dropped' }, owner: { $ref: '#/components/schemas/user' } },
        required: ['description'],
      },
      user: { type: 'object', properties: { login: { type: 'string' } }, 'x-github': { dropped: true } },
      'basic-error': { type: 'object', properties: { message: { type: 'string' } } },
      unused: { type: 'string' },
    },
  },
};

describe('extract-openapi', () => {
  it('keeps the $ref closure, drops annotations but not a property named "description"', async () => {
    const { extract } = await load();
    const out = extract(doc, ['GET /things/{id}']);
    expect(Object.keys(out.components.schemas)).toEqual(['basic-error', 'thing', 'user']);
    expect(out.components.schemas.thing).toEqual({
      type: 'object',
      properties: { description: { type: 'string' }, owner: { $ref: '#/components/schemas/user' } },
      required: ['description'],
    });
    expect(out.components.schemas.user).toEqual({ type: 'object', properties: { login: { type: 'string' } } });
    expect(out.operations['GET /things/{id}']?.responses).toEqual({
      '200': { $ref: '#/components/schemas/thing' },
      '404': { $ref: '#/components/schemas/basic-error' },
      '304': null,
    });
    expect(() => extract(doc, ['POST /things/{id}'])).toThrow(/not in the description/);
  });

  it('committed schemas.json holds exactly the listed operations and names its source version', async () => {
    const { OPERATIONS } = await load();
    const committed = JSON.parse(readFileSync(new URL('../support/github/openapi/schemas.json', import.meta.url), 'utf8')) as {
      source: { package: string; version: string };
      operations: Record<string, unknown>;
    };
    expect(Object.keys(committed.operations).sort()).toEqual([...OPERATIONS].sort());
    expect(committed.source.package).toBe('@octokit/openapi');
    expect(committed.source.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
