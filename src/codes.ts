import { AUDIT_CODES } from './audit/codes.js';
import { ACTIVITY_CODES } from './activity/codes.js';
import { APPROVAL_CODES } from './approvals/codes.js';
import { GITHUB_CODES } from './github/codes.js';
import { LEDGER_CODES } from './ledger/codes.js';
import { LOAD_CODES } from './load/codes.js';
import { APPLY_CODES } from './modes/apply/codes.js';
import { DOCTOR_CODES } from './modes/doctor/codes.js';
import { MODE_CODES } from './modes/codes.js';
import { REVOKE_CODES } from './modes/revoke/codes.js';
import { POLICY_CODES } from './policy/codes.js';
import { PROVIDER_CODES } from './providers/codes.js';
import { RUN_CODES } from './run-codes.js';
import { REQUEST_CODES } from './cli/request-codes.js';

/** What a code means and how a user fixes it. */
export interface CodeInfo {
  readonly summary: string;
  readonly fix: string;
}

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
