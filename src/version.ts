/** Reported by the action (`version` output) and the CLI (`--version`); a test holds it equal to package.json. */
export const VERSION = '0.1.0';
