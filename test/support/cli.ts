import { main } from '../../src/cli.js';
import type { CliIo } from '../../src/cli/io.js';
import type { Prompter } from '../../src/cli/prompt.js';
import type { SchemaRegistry } from '../../src/load/schemas.js';
import type { ProviderRegistry } from '../../src/providers/descriptor.js';
import { fixedClock } from './clock.js';
import type { Clock } from '../../src/time/clock.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The built verify thread (dist/ledger-verify.js, held to the sources by the stale-dist test): the audit views' threaded path. */
export const BUILT_VERIFY_THREAD = new URL('../../dist/ledger-verify.js', import.meta.url);

/** Runs the CLI in-process with captured output, a fixed clock and a chosen directory. */
export async function runCli(
  args: readonly string[],
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    clock?: Clock;
    prompter?: () => Prompter;
    providers?: ProviderRegistry;
    schemas?: SchemaRegistry;
    verifyThread?: URL;
  } = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    clock: options.clock ?? fixedClock(Date.UTC(2026, 10, 28, 9, 0, 0)),
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    ...(options.prompter !== undefined ? { prompter: options.prompter } : {}),
    ...(options.providers !== undefined ? { providers: options.providers } : {}),
    ...(options.schemas !== undefined ? { schemas: options.schemas } : {}),
    ...(options.verifyThread !== undefined ? { verifyThread: options.verifyThread } : {}),
  };
  const code = await main(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
