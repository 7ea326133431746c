import type { Clock } from '../time/clock.js';

/** What a CLI command may touch, passed in so tests run commands in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly clock: Clock;
  out(text: string): void;
  err(text: string): void;
  /** A transient status line (progress of a long command); set only when stderr is a terminal. */
  readonly progress?: (text: string) => void;
}

export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full `--help` text. */
  readonly help: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Exit codes: 0 fine, 1 the input is refused or invalid, 2 usage error, 3 internal error. */
export const EXIT = { ok: 0, refused: 1, usage: 2, internal: 3 } as const;
