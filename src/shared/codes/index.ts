import { AUDIT_CODES } from './audit.js';
import { ACTIVITY_CODES } from './activity.js';
import { APPROVAL_CODES } from './approvals.js';
import { GITHUB_CODES } from './github.js';
import { LEDGER_CODES } from './ledger.js';
import { LOAD_CODES } from './load.js';
import { APPLY_CODES } from './apply.js';
import { DOCTOR_CODES } from './doctor.js';
import { MODE_CODES } from './modes.js';
import { REVOKE_CODES } from './revoke.js';
import { POLICY_CODES } from './policy.js';
import { PROVIDER_CODES } from './providers.js';
import { RUN_CODES } from './run.js';
import { REQUEST_CODES } from './request.js';

import type { CodeInfo } from './code-info.js';

export type { CodeInfo };

/**
 * Every stable error code, by area. Codes are part of the public interface:
 * never rename or reuse one; add new ones. `docs/error-codes.md` is generated
 * from this table (`npx grantbook codes`) and a test keeps the two in step.
 */
export const ERROR_CODES = {
  ...LOAD_CODES,
  ...LEDGER_CODES,
  ...AUDIT_CODES,
  ...APPROVAL_CODES,
  ...GITHUB_CODES,
  ...POLICY_CODES,
  ...PROVIDER_CODES,
  ...MODE_CODES,
  ...APPLY_CODES,
  ...REVOKE_CODES,
  ...DOCTOR_CODES,
  ...ACTIVITY_CODES,
  ...RUN_CODES,
  ...REQUEST_CODES,
} as const satisfies Record<string, CodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;
