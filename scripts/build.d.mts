import type { Metafile } from 'esbuild';

/** Where the shared and lazily loaded chunks go, under the build directory. */
export const CHUNKS: string;

/** Builds dist/index.js, dist/cli.js, dist/demo.js and dist/chunks/ (or into `outDir`); returns esbuild's metafile. */
export function buildAll(outDir?: string): Promise<Metafile>;
