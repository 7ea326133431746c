import type { CodeInfo } from './code-info.js';

/** Codes about how the action or CLI was invoked. */
export const RUN_CODES = {
  E_INPUT_INVALID: {
    summary: 'An action input or command-line argument is not one of the accepted values.',
    fix: 'Use one of the values listed in the message (see README, "Action inputs" and "Commands").',
  },
  E_MODE_UNAVAILABLE: {
    summary: 'The requested command is not available in this version of Grantbook.',
    fix: 'Upgrade Grantbook, or use one of the commands listed in the message.',
  },
} as const satisfies Record<string, CodeInfo>;
