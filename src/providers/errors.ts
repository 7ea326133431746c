import type { Inspection } from './contract.js';
import { PROVIDER_CODES, type ProviderCode } from '../shared/codes/providers.js';

/**
 * A provider refused or failed a step for a reason it can name. Messages hold
 * only names that passed strict patterns and catalog text; never a credential.
 */
export class ProviderError extends Error {
  readonly code: ProviderCode;
  readonly target: string;
  readonly details: readonly string[];

  constructor(code: ProviderCode, target: string, message: string, details: readonly string[] = []) {
    super(`${code} target ${target}: ${message}`);
    this.name = 'ProviderError';
    this.code = code;
    this.target = target;
    this.details = details;
  }

  get fix(): string {
    return PROVIDER_CODES[this.code].fix;
  }
}

/** The provider ran its revocation but the read-back still finds the grant. Never a success. */
export class RevokeNotVerified extends ProviderError {
  readonly inspection: Inspection;

  constructor(target: string, requestId: string, inspection: Inspection, extra: readonly string[] = []) {
    const details = [...extra, ...inspection.details];
    super('E_PROVIDER_REVOKE_NOT_VERIFIED', target, `revocation of request ${requestId} is not verified`, details);
    this.name = 'RevokeNotVerified';
    this.inspection = inspection;
  }
}

/** A short, secret-free description of anything thrown, for details and ledger entries. */
export function describeError(error: unknown): string {
  if (error instanceof ProviderError) return error.message;
  if (error instanceof Error) {
    const detail = (error as { detail?: unknown }).detail;
    return typeof detail === 'string' && detail !== '' ? `${error.message} (${detail})` : error.message;
  }
  return String(error);
}
