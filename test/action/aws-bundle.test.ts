/**
 * The aws provider's weight stays off every run that does not use it: the
 * AWS SDK is reached only through a dynamic import (the first IAM call), and
 * the policy evaluator the tests use (@cloud-copilot/iam-simulate, AGPL) is
 * in no bundle at all.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtMetafile } from '../support/built-dist.js';

const SDK = /^node_modules\/@(?:aws-sdk|smithy|aws-crypto)\//;
const AGPL = /^node_modules\/@cloud-copilot\//;

/** Outputs `entry` loads through static imports alone (what a run parses before any dynamic import). */
function staticClosure(meta: Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    const output = meta.outputs[key];
    if (output === undefined) throw new Error(`${key} is not an output`);
    seen.add(key);
    for (const edge of output.imports) if (edge.kind === 'import-statement' && edge.external !== true) visit(edge.path);
  };
  visit(entry);
  return [...seen];
}
const inputsOf = (meta: Metafile, outputs: readonly string[]): string[] => outputs.flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {}));
const outputNamed = (meta: Metafile, suffix: string): string => {
  const key = Object.keys(meta.outputs).find((k) => k.endsWith(suffix));
  if (key === undefined) throw new Error(`no output ${suffix}`);
  return key;
};

let dist: Metafile;
let alone: Metafile;
beforeAll(async () => {
  dist = await builtMetafile();
  // The aws descriptor as an entry of its own, split the way scripts/build.mjs splits.
  const out = await mkdtemp(path.join(tmpdir(), 'grantbook-aws-bundle-'));
  try {
    const result = await build({
      entryPoints: { descriptor: 'src/providers/aws/descriptor.ts' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outdir: out,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    alone = result.metafile;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}, 120_000);

describe('aws in the bundles', () => {
  it('no bundle holds a module of @cloud-copilot (the AGPL evaluator is for tests only)', () => {
    expect(
      Object.values(dist.outputs)
        .flatMap((o) => Object.keys(o.inputs))
        .filter((m) => AGPL.test(m)),
    ).toEqual([]);
    expect(
      Object.values(alone.outputs)
        .flatMap((o) => Object.keys(o.inputs))
        .filter((m) => AGPL.test(m)),
    ).toEqual([]);
  });

  it('the action and the CLI parse no AWS SDK module before a dynamic import', () => {
    for (const entry of ['index.js', 'cli.js']) {
      const reached = inputsOf(dist, staticClosure(dist, outputNamed(dist, `/${entry}`)));
      expect(
        reached.filter((m) => SDK.test(m)),
        entry,
      ).toEqual([]);
    }
  });

  it('the aws descriptor (what checking and planning load) reaches the SDK only through the dynamic import of its effects', () => {
    const entry = outputNamed(alone, '/descriptor.js');
    const eager = inputsOf(alone, staticClosure(alone, entry));
    expect(eager).toContain('src/providers/aws/descriptor.ts');
    expect(eager.filter((m) => SDK.test(m))).toEqual([]);
    expect(eager).not.toContain('src/providers/aws/provider.ts');
    // ...and the SDK is there, in a chunk of its own, once an aws target is used.
    const all = Object.values(alone.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(all.some((m) => m.startsWith('node_modules/@aws-sdk/client-iam/'))).toBe(true);
  });
});
