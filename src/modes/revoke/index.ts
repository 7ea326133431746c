import { diagnostic, UserError } from '../../diagnostics.js';
import type { ModeRunner } from '../../main.js';

export const revokeMode: ModeRunner = async () => {
  throw new UserError([diagnostic('E_MODE_UNAVAILABLE', 'command "revoke" is not built yet', { pointer: '/inputs/command' })]);
};
