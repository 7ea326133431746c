import type { Logger } from '../logger.js';
import type { Clock } from '../time/clock.js';

/** The action's commands; each is a mode. */
export const COMMANDS = ['check', 'apply', 'revoke'] as const;
export type Command = (typeof COMMANDS)[number];

/** The action's inputs, read once by src/inputs.ts. */
export interface Settings {
  readonly command: Command;
  readonly token: string;
  /**
   * Token for team membership reads only (organization "Members: read");
   * empty: `token` reads them. The check job keeps its GITHUB_TOKEN for
   * everything else and gets this one from a GitHub App that can do nothing
   * but read members.
   */
  readonly membersToken: string;
  readonly workingDirectory: string;
  /** The environment the apply job runs in; apply checks it is limited to the default branch. */
  readonly applyEnvironment: string;
  /** The revoke workflow's file name under .github/workflows/; apply checks it is enabled. */
  readonly revokeWorkflow: string;
  /** revoke: also write the month's access report (the `report-file` output) and its figures in the summary. */
  readonly report: boolean;
}

/** What a mode reports back; the action entry turns it into outputs and the step's status. */
export interface ModeResult {
  readonly decision: string;
  readonly reasonCodes: readonly string[];
  readonly requests: readonly string[];
  /** Markdown for the job summary (already escaped by the renderer). */
  readonly summary?: string;
  /** When set, the step fails with this message after outputs are written. */
  readonly failure?: string;
  /** revoke: when the sweep completed (RFC 3339), the heartbeat. */
  readonly lastSweep?: string;
  /** revoke with `report: true`: the access report written for the workflow to attach. */
  readonly reportFile?: string;
}

export interface ModeContext {
  readonly settings: Settings;
  readonly env: NodeJS.ProcessEnv;
  readonly clock: Clock;
  readonly logger: Logger;
}

export type ModeRunner = (context: ModeContext) => Promise<ModeResult>;
