import * as core from '@actions/core';
import { diagnostic, UserError } from './diagnostics.js';

export const COMMANDS = ['check', 'apply', 'revoke'] as const;
export type Command = (typeof COMMANDS)[number];

/** Input and output names, held equal to action.yml by a test. */
export const INPUT_NAMES = ['command', 'github-token', 'working-directory'] as const;
export const OUTPUT_NAMES = ['decision', 'reason-codes', 'requests', 'version', 'last-sweep'] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

export interface Settings {
  readonly command: Command;
  readonly token: string;
  readonly workingDirectory: string;
}

/** The one place that reads action inputs. The token is never logged. */
export function readSettings(): Settings {
  const command = core.getInput('command', { required: true }).trim();
  if (!isCommand(command)) {
    throw new UserError([
      diagnostic('E_INPUT_INVALID', `input "command" must be one of ${COMMANDS.join(', ')}`, { pointer: '/inputs/command' }),
    ]);
  }
  const token = core.getInput('github-token');
  if (token !== '') core.setSecret(token);
  return {
    command,
    token,
    workingDirectory: core.getInput('working-directory') || '.',
  };
}

function isCommand(value: string): value is Command {
  return (COMMANDS as readonly string[]).includes(value);
}
