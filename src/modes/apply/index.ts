import { diagnostic, UserError } from '../../diagnostics.js';
import type { ModeRunner } from '../../main.js';

export const applyMode: ModeRunner = async () => {
  throw new UserError([diagnostic('E_MODE_UNAVAILABLE', 'command "apply" is not built yet', { pointer: '/inputs/command' })]);
};
