import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Metafile } from 'esbuild';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Written once per run by test/support/global-setup.ts. */
    readonly builtDist: { readonly dir: string; readonly metafile: string };
  }
}

/** The directory holding this run's fresh build of dist/ (index.js, cli.js, demo.js, chunks/). */
export function builtDist(): string {
  return inject('builtDist').dir;
}

/** A file of this run's build, e.g. builtFile('index.js'). */
export function builtFile(name: string): string {
  return path.join(builtDist(), name);
}

/** esbuild's metafile of this run's build; its paths are relative to the repository root. */
export async function builtMetafile(): Promise<Metafile> {
  return JSON.parse(await readFile(inject('builtDist').metafile, 'utf8')) as Metafile;
}
