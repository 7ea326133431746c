// `npm run bench`: bundles each bench/*.ts, runs it in its own process (so
// peak memory is per benchmark) and prints its figures next to the baseline
// it measured in the same run. `npm run bench -- validate` runs one.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const only = process.argv.slice(2);
const benches = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -3))
  .filter((name) => only.length === 0 || only.includes(name));

// Bundles live inside the repository so their bare imports (pg, yaml, ...)
// resolve from node_modules: ES modules ignore NODE_PATH.
const cache = path.join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const work = mkdtempSync(path.join(cache, 'grantbook-bench-'));
let failed = false;
try {
  for (const name of benches) {
    const entry = path.join(work, `${name}.entry.mjs`);
    writeFileSync(
      entry,
      // The built-in providers, as every entry point installs them before touching a ledger or a policy.
      `import ${JSON.stringify(path.join(root, 'test', 'support', 'providers-setup.ts'))};\n` +
        `import { run } from ${JSON.stringify(path.join(root, 'bench', `${name}.ts`))};\n` +
        `const results = await run();\nprocess.stdout.write(JSON.stringify(results));\n`,
    );
    const outfile = path.join(work, `${name}.mjs`);
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      absWorkingDir: root,
      logLevel: 'warning',
    });
    process.stdout.write(`\n== ${name}\n`);
    let results;
    try {
      const raw = execFileSync(process.execPath, ['--expose-gc', outfile], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      results = JSON.parse(raw.slice(raw.lastIndexOf('[')));
    } catch (error) {
      failed = true;
      process.stdout.write(`   FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    for (const r of results) {
      const base = r.baseline ? `   (baseline ${r.baseline.name}: ${fmt(r.baseline.value)} ${r.unit})` : '';
      const ratio = r.ratio !== undefined ? `   ratio ${r.ratio.toFixed(2)}` : '';
      const target = r.target ? `   target ${r.target}` : '';
      const verdict = r.met === false ? '   FAIL' : r.met === true ? '   ok' : '';
      process.stdout.write(`   ${r.name.padEnd(48)} ${fmt(r.value).padStart(12)} ${r.unit}${base}${ratio}${target}${verdict}\n`);
    }
    const missed = results.filter((r) => r.met === false);
    if (missed.length > 0) {
      failed = true;
      process.stdout.write(`   FAIL: ${name} missed ${missed.length} target(s): ${missed.map((r) => r.name).join('; ')}\n`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

function fmt(n) {
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2);
}
