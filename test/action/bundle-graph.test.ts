import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtDist, builtMetafile } from '../support/built-dist.js';
import { builtFilesReached } from '../support/dist-graph.js';

/**
 * Nothing of the tests ships with the action (design §5): `grantbook demo`
 * needs the GitHub stand-in and the PostgreSQL harness of test/support/, so
 * they are bundled, but into dist/demo.js alone, which only the demo command
 * loads. These read the module graph esbuild reports for this run's build
 * and the import statements of the committed dist/.
 */
const TEST_CODE = /^(?:test|demo)\//;

let meta: Metafile;
beforeAll(async () => {
  meta = await builtMetafile();
});

/** An output's name relative to the build directory (the metafile's are relative to the repository root). */
const outputName = (key: string): string => path.relative(builtDist(), path.resolve(key));

/** Output files `entry` loads, following static and dynamic imports; names relative to the build directory. */
function reachedOutputs(entry: string): string[] {
  const byName = new Map(Object.entries(meta.outputs).map(([key, output]) => [outputName(key), output]));
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    const output = byName.get(name);
    if (output === undefined) throw new Error(`${name} is not an output of the build`);
    seen.add(name);
    for (const edge of output.imports) if (edge.external !== true) visit(outputName(edge.path));
  };
  visit(entry);
  return [...seen].sort();
}

/** The source modules bundled into these outputs. */
function modulesIn(outputs: readonly string[]): string[] {
  const wanted = new Set(outputs);
  return Object.entries(meta.outputs)
    .filter(([key]) => wanted.has(outputName(key)))
    .flatMap(([, output]) => Object.keys(output.inputs))
    .sort();
}

describe('the bundles: no test code where the action can reach it', () => {
  it('dist/index.js reaches no module of test/ or demo/, through static or dynamic imports', async () => {
    const reached = reachedOutputs('index.js');
    const modules = modulesIn(reached);
    // The walk follows the modes' dynamic imports: apply and revoke are in it.
    expect(modules).toEqual(expect.arrayContaining(['src/main.ts', 'src/modes/apply/run.ts', 'src/modes/revoke/run.ts']));
    expect(modules.filter((m) => TEST_CODE.test(m))).toEqual([]);
    expect(reached).not.toContain('demo.js');
    // The import-statement walk the cold-start benchmark uses finds the same files.
    const walked = await builtFilesReached([path.join(builtDist(), 'index.js')], 'dynamic');
    expect(walked.map((f) => path.relative(builtDist(), f)).sort()).toEqual(reached);
  });

  it('the action carries no fetch stack (undici, tunnel) and no ajv, but its Actions toolkit and pg', () => {
    // What a run parses before it does anything is most of a check's cost (bench/coldstart.ts).
    const modules = modulesIn(reachedOutputs('index.js'));
    for (const pkg of ['undici', 'tunnel', 'ajv'])
      expect(
        modules.filter((m) => m.startsWith(`node_modules/${pkg}/`)),
        pkg,
      ).toEqual([]);
    expect(modules.some((m) => m.startsWith('node_modules/@actions/core/'))).toBe(true);
    expect(modules.some((m) => m.startsWith('node_modules/pg/'))).toBe(true);
  });

  it('dist/cli.js reaches none either: the demo is loaded by a URL the bundler does not follow', () => {
    const reached = reachedOutputs('cli.js');
    expect(reached).not.toContain('demo.js');
    expect(modulesIn(reached).filter((m) => TEST_CODE.test(m))).toEqual([]);
  });

  it('test and demo code sits in dist/demo.js alone', () => {
    const holding = Object.entries(meta.outputs)
      .filter(([, output]) => Object.keys(output.inputs).some((m) => TEST_CODE.test(m)))
      .map(([key]) => outputName(key));
    expect(holding).toEqual(['demo.js']);
    // What makes it test code is there, so the checks above would see it anywhere else.
    expect(modulesIn(['demo.js'])).toEqual(expect.arrayContaining(['test/support/github/standin.ts', 'test/support/postgres.ts', 'demo/run.ts']));
  });

  it('the committed dist/index.js loads no file that names a test or demo module', async () => {
    const reached = await builtFilesReached([path.resolve('dist', 'index.js')], 'dynamic');
    expect(reached.map((f) => path.relative('dist', f))).not.toContain('demo.js');
    for (const file of reached) {
      // esbuild opens each bundled module with a `// path` comment.
      expect(await readFile(file, 'utf8'), path.relative('.', file)).not.toMatch(/^\/\/ (?:test|demo)\//m);
    }
    expect(await readFile(path.resolve('dist', 'demo.js'), 'utf8')).toMatch(/^\/\/ test\/support\/github\/standin\.ts$/m);
  });
});
