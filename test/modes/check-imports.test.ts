import type { Metafile } from 'esbuild';
import pg from 'pg';
import pgUtils from 'pg/lib/utils.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtMetafile } from '../support/built-dist.js';

/**
 * What a process loads before it does anything is most of a check's cost
 * (bench/coldstart.ts). These hold the shape that keeps it small: each mode
 * is imported only when chosen, and the check's own graph has no database
 * client, no provider effects, no schema compiler and no fetch stack. They
 * read the module graph of this run's build (test/support/global-setup.ts).
 */
let meta: Metafile;
beforeAll(async () => {
  meta = await builtMetafile();
});

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
    const loaded = staticClosure(meta, 'src/index.ts');
    // Code tables (codes.ts) and input defaults are data the entry needs; the modes' code is not.
    expect(matching(loaded, /^src\/modes\/[a-z]+\/(index|run)\.ts$/)).toEqual([]);
    expect(matching(loaded, /^src\/modes\/(check|apply|revoke)\/(?!codes\.ts$)/)).toEqual([]);
    for (const mode of ['check', 'apply', 'revoke']) expect(Object.keys(meta.inputs), mode).toContain(`src/modes/${mode}/index.ts`);
  });

  it('the check mode loads only the triage: no policy, YAML, validators or planners until a request is there', async () => {
    const entry = 'src/modes/check/index.ts';
    const loaded = staticClosure(meta, entry);
    expect(loaded).toContain('src/modes/check/changes.ts');
    // Code tables (codes.ts) are data every diagnostic carries; the code that judges is not.
    expect(matching(loaded, /^src\/(policy|providers|load|request|report|approvals)\/(?!codes\.ts$)/)).toEqual([]);
    expect(matching(loaded, /^node_modules\/(yaml|pg|ajv|undici|tunnel)\//)).toEqual([]);
    expect(Object.keys(meta.inputs)).toContain('src/modes/check/judge-pull.ts');
  });

  it('the judging half of the check loads no PostgreSQL client, provider effects, apply or revoke code, schema compiler or fetch', async () => {
    const entry = 'src/modes/check/judge-pull.ts';
    const loaded = staticClosure(meta, entry);
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
});
