/** Builds dist/index.js and dist/cli.js (or into `outDir`). */
export function buildAll(outDir?: string): Promise<void>;
