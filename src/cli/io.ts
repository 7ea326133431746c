import type { SchemaRegistry } from '../load/schemas.js';
import type { ProviderRegistry } from '../providers/descriptor.js';
import type { Clock } from '../time/clock.js';
import type { Prompter } from './prompt.js';

/** What a CLI command may touch, passed in so tests run commands in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly clock: Clock;
  out(text: string): void;
  err(text: string): void;
  /** A transient status line (progress of a long command); set only when stderr is a terminal. */
  readonly progress?: (text: string) => void;
  /** Present only when stdin is a terminal: commands ask for what is missing instead of refusing. */
  readonly prompter?: () => Prompter;
  /**
   * Loads the demo (demo/run.ts), a bundle of its own (dist/demo.js) because
   * it carries the GitHub stand-in and the PostgreSQL test harness: only
   * `grantbook demo` loads it, and the action's bundle never reaches it.
   * Absent where no demo bundle sits next to the CLI.
   */
  readonly loadDemo?: () => Promise<DemoRunner>;
  /**
   * The ledger verify thread's module (dist/ledger-verify.js, next to the
   * CLI's bundle): the audit views verify the chain on it while they read
   * the events. Absent: both on one thread (the same results, slower).
   */
  readonly verifyThread?: URL;
  /** The providers commands know; absent: the ones this build ships (`builtinRegistry()`). */
  readonly providers?: ProviderRegistry;
  /** The schemas of `providers` (assembled from their descriptors and compiled); absent: the published ones. */
  readonly schemas?: SchemaRegistry;
}

/** Where the demo's narration goes. */
export interface DemoNarrator {
  step(title: string): void;
  say(text: string): void;
  show(text: string): void;
}

/** Walks one request through its whole life from the checkout at `root`; throws at the first step that did not do what it says. */
export type DemoRunner = (root: string, narrator: DemoNarrator) => Promise<void>;

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
