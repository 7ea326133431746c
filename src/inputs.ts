import * as core from '@actions/core';
import { diagnostic, UserError } from './diagnostics.js';
import { DEFAULT_ENVIRONMENT, DEFAULT_REVOKE_WORKFLOW } from './modes/doctor/defaults.js';
import { COMMANDS, type Command, type Settings } from './modes/types.js';

/** Input and output names, held equal to action.yml by a test. */
export const INPUT_NAMES = ['command', 'github-token', 'members-token', 'working-directory', 'apply-environment', 'revoke-workflow', 'report'] as const;
export const OUTPUT_NAMES = ['decision', 'reason-codes', 'requests', 'version', 'last-sweep', 'report-file'] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

/** The one place that reads action inputs. The token is never logged. */
export function readSettings(): Settings {
  // Not `required: true`: @actions/core would throw a plain Error for a missing
  // input, which the top-level catch would report as an internal error.
  const command = core.getInput('command').trim();
  if (!isCommand(command)) {
    const problem = command === '' ? 'is required' : 'is not a command';
    throw new UserError([diagnostic('E_INPUT_INVALID', `input "command" ${problem}: use one of ${COMMANDS.join(', ')}`, { pointer: '/inputs/command' })]);
  }
  const token = core.getInput('github-token');
  if (token !== '') core.setSecret(token);
  const membersToken = core.getInput('members-token');
  if (membersToken !== '') core.setSecret(membersToken);
  return {
    command,
    token,
    membersToken,
    workingDirectory: core.getInput('working-directory') || '.',
    applyEnvironment: checked('apply-environment', DEFAULT_ENVIRONMENT, ENVIRONMENT_NAME, 'an environment name (letters, digits, . _ -)'),
    revokeWorkflow: checked('revoke-workflow', DEFAULT_REVOKE_WORKFLOW, WORKFLOW_FILE, 'a workflow file name under .github/workflows/ ending in .yml or .yaml'),
    report: flag('report'),
  };
}

/**
 * A strict boolean: YAML 1.2 core's true/false spellings only (as
 * core.getBooleanInput), absent means false; anything else is an error,
 * never a silent false.
 */
function flag(name: (typeof INPUT_NAMES)[number]): boolean {
  const value = core.getInput(name).trim();
  if (value === '') return false;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UserError([diagnostic('E_INPUT_INVALID', `input "${name}" must be true or false`, { pointer: `/inputs/${name}` })]);
}

const ENVIRONMENT_NAME = /^[A-Za-z0-9._-]{1,255}$/;
const WORKFLOW_FILE = /^[A-Za-z0-9._-]{1,100}\.ya?ml$/;

/**
 * An input held to a strict pattern (it ends up in an API path). The default
 * is action.yml's (a test holds the two equal), repeated here for runs that
 * do not go through the runner's input defaults.
 */
function checked(name: (typeof INPUT_NAMES)[number], fallback: string, pattern: RegExp, what: string): string {
  const value = core.getInput(name).trim() || fallback;
  if (!pattern.test(value)) throw new UserError([diagnostic('E_INPUT_INVALID', `input "${name}" must be ${what}`, { pointer: `/inputs/${name}` })]);
  return value;
}

function isCommand(value: string): value is Command {
  return (COMMANDS as readonly string[]).includes(value);
}
