import type { CliCommand } from './io.js';
import { auditCommand } from './audit.js';
import { codesCommand } from './codes.js';
import { demoCommand } from './demo.js';
import { doctorCommand } from './doctor.js';
import { initCommand } from './init.js';
import { planCommand } from './plan.js';
import { profilesCommand } from './profiles.js';
import { requestCommand } from './request.js';
import { statusCommand } from './status.js';
import { validateCommand } from './validate.js';

/** Every `grantbook` command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  validateCommand,
  planCommand,
  requestCommand,
  profilesCommand,
  statusCommand,
  auditCommand,
  doctorCommand,
  demoCommand,
  codesCommand,
];
