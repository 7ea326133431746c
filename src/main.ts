import { builtinRegistry, installRegistry } from './providers/catalog.js';
import * as core from '@actions/core';
import { diagnostic, UserError } from './diagnostics.js';
import { describeFailure } from './errors-report.js';
import { readSettings, type OutputName } from './inputs.js';
import type { Logger } from './logger.js';
import type { Command, ModeRunner } from './modes/types.js';
import { escapeForLog } from './report/escape.js';
import { systemClock } from './time/clock.js';
import { VERSION } from './version.js';

/**
 * Modes this build ships. A command without a runner fails closed, naming the
 * ones that exist. Each mode is loaded when it is chosen: a check, run on
 * every push to every pull request, then never loads the code that changes
 * things (providers, the PostgreSQL client, the ledger writer).
 */
const MODES: Partial<Record<Command, ModeRunner>> = {
  check: async (context) => (await import('./modes/check/index.js')).checkMode(context),
  apply: async (context) => (await import('./modes/apply/index.js')).applyMode(context),
  revoke: async (context) => (await import('./modes/revoke/index.js')).revokeMode(context),
};

export function actionsLogger(): Logger {
  return {
    debug: (m) => core.debug(escapeForLog(m)),
    info: (m) => core.info(escapeForLog(m)),
    warning: (m) => core.warning(escapeForLog(m)),
    error: (m) => core.error(escapeForLog(m)),
    group: (name, body) => core.group(escapeForLog(name), body),
  };
}

/**
 * What the step says when it fails with an internal error (our bug or an
 * outage), by the mode that was running: what the user may rely on about the
 * run's effects. A command without its sentence here does not compile.
 */
export const INTERNAL_FAILURE: Readonly<Record<Command | 'none', string>> = {
  none: 'Grantbook failed with an internal error before it chose a mode; nothing was changed.',
  check: 'Grantbook failed with an internal error; the check did not pass. A check never grants anything.',
  apply:
    'Grantbook failed with an internal error. What this run granted is in the ledger: as granted, or, where it stopped halfway, as an intent that the next apply run completes or abandons and the revoke job removes.',
  revoke:
    'Grantbook failed with an internal error; revocation is not complete. Every grant not recorded as revoked stays due, and the next revoke run retries it.',
};

/**
 * The action's whole life: inputs -> mode -> dispatch -> outputs. The one
 * top-level catch: any thrown value fails the step; nothing calls
 * process.exit in the middle of a run.
 */
export async function run(modes: Partial<Record<Command, ModeRunner>> = MODES): Promise<void> {
  const logger = actionsLogger();
  setOutput('version', VERSION);
  // The ledger checks recorded grants with the providers this build ships.
  installRegistry(builtinRegistry());
  let command: Command | undefined;
  try {
    const settings = readSettings();
    command = settings.command;
    const runner = modes[settings.command];
    if (runner === undefined) {
      const available = Object.keys(modes);
      throw new UserError([
        diagnostic(
          'E_MODE_UNAVAILABLE',
          `command "${settings.command}" is not available in Grantbook ${VERSION} (available: ${available.join(', ') || 'none'})`,
          { pointer: '/inputs/command' },
        ),
      ]);
    }
    const result = await runner({ settings, env: process.env, clock: systemClock, logger });
    setOutput('decision', result.decision);
    setOutput('reason-codes', result.reasonCodes.join(','));
    setOutput('requests', result.requests.join(','));
    if (result.lastSweep !== undefined) setOutput('last-sweep', result.lastSweep);
    if (result.reportFile !== undefined) setOutput('report-file', result.reportFile);
    if (result.summary !== undefined) {
      // Outside Actions (or on a runner without it) there is no summary file;
      // the outcome is still in the outputs and the log, so that is no failure.
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.summary).write();
      else logger.warning('GITHUB_STEP_SUMMARY is not set; the job summary was not written.');
    }
    if (result.failure !== undefined) core.setFailed(escapeForLog(result.failure));
  } catch (error: unknown) {
    const failure = describeFailure(error);
    setOutput('decision', 'failed');
    setOutput('reason-codes', failure.codes.join(','));
    for (const line of failure.lines) logger.error(line);
    // One closing line, not a second copy of an error above (each ::error:: is an annotation).
    core.setFailed(
      failure.kind === 'internal'
        ? INTERNAL_FAILURE[command ?? 'none']
        : `Grantbook stopped (${failure.codes.join(', ')}); the messages above name the cause and the fix.`,
    );
  }
}

function setOutput(name: OutputName, value: string): void {
  core.setOutput(name, value);
}
