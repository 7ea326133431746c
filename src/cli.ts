import { existsSync } from 'node:fs';
import { installSchemaRegistry } from './load/schemas.js';
import { builtinRegistry, installRegistry } from './providers/catalog.js';
import { EXIT, type CliCommand, type CliIo, type DemoRunner } from './cli/io.js';
import { COMMANDS } from './cli/commands.js';
import { terminalPrompter } from './cli/prompt.js';
import { describeFailure } from './errors-report.js';
import { escapeForLog } from './report/escape.js';
import { systemClock } from './time/clock.js';
import { VERSION } from './version.js';

const USAGE = (commands: readonly CliCommand[]) =>
  [
    `grantbook ${VERSION} — temporary production access as pull requests`,
    '',
    'Usage: grantbook <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(14)} ${c.summary}`),
    '',
    'Run `grantbook <command> --help` for the options of one command.',
  ].join('\n');

/**
 * The demo's own bundle, which scripts/build.mjs writes next to this entry
 * point (dist/demo.js). Imported by a computed URL, a path the bundler does
 * not follow: the stand-in and the test harness in it stay out of every
 * other bundle and chunk.
 */
const DEMO_BUNDLE = new URL('./demo.js', import.meta.url);

/** The ledger verify thread's module, which scripts/build.mjs writes next to this entry point; absent when run from source. */
const VERIFY_THREAD = new URL('./ledger-verify.js', import.meta.url);

async function loadDemo(): Promise<DemoRunner> {
  const loaded: unknown = await import(DEMO_BUNDLE.href);
  const runDemo = typeof loaded === 'object' && loaded !== null && 'runDemo' in loaded ? loaded.runDemo : undefined;
  if (typeof runDemo !== 'function') throw new Error(`${DEMO_BUNDLE.pathname} exports no runDemo; rebuild with \`npm run build\``);
  return runDemo as DemoRunner;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    clock: systemClock,
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
    // Overwritten in place on a terminal; never written into a log or a pipe.
    ...(process.stderr.isTTY ? { progress: (text: string) => void process.stderr.write(`\r\u001b[K${text}`) } : {}),
    ...(process.stdin.isTTY ? { prompter: terminalPrompter } : {}),
    loadDemo,
    ...(existsSync(VERIFY_THREAD) ? { verifyThread: VERIFY_THREAD } : {}),
  };
}

/** Runs one CLI invocation and returns the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  // The ledger checks recorded grants with the providers the commands know.
  installRegistry(io.providers ?? builtinRegistry());
  // Files are checked against the schemas of those providers: the published ones, or those handed in with the registry.
  installSchemaRegistry(io.schemas);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(topic?.help ?? USAGE(COMMANDS));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`grantbook: unknown command (valid: ${COMMANDS.map((c) => c.name).join(', ')})`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error: unknown) {
    const failure = describeFailure(error);
    for (const line of failure.lines) io.err(escapeForLog(line));
    return failure.kind === 'internal' ? EXIT.internal : EXIT.refused;
  }
}
