import { UserError } from '../../diagnostics.js';
import { LIMITS, storableText, type Reason } from '../../ledger/index.js';
import { describeError, ProviderError, RevokeNotVerified } from '../../providers/errors.js';
import type { RevokeCode } from '../../shared/codes/revoke.js';

const CODE = /^E_[A-Z0-9_]{1,64}$/;

/** The code a connect fails with when the job's environment holds no credential for the target (unconfigured.ts). */
export const CREDENTIAL_MISSING = 'E_PROVIDER_CREDENTIAL_MISSING';
const MAX_DETAILS = 20;

/** A failure as the ledger stores it, plus the evidence for the issue and the summary. */
export interface Failure {
  readonly reason: Reason;
  readonly details: readonly string[];
}

/**
 * Anything thrown while revoking -> a bounded, storable reason. The code is
 * the provider's (or a user error's) when it has one; the message is the
 * error's own, which providers keep free of credentials (src/providers/errors.ts).
 */
export function failureOf(error: unknown): Failure {
  if (error instanceof UserError) {
    const first = error.diagnostics[0];
    return failure(first?.code ?? 'E_REVOKE_PROVIDER_ERROR', first?.message ?? error.message, []);
  }
  const code = (error as { code?: unknown } | null)?.code;
  const details = error instanceof ProviderError ? error.details : [];
  if (typeof code === 'string' && CODE.test(code) && error instanceof Error) return failure(code, describeError(error), details);
  return failure('E_REVOKE_PROVIDER_ERROR', describeError(error), details);
}

export function sweepFailure(code: RevokeCode, message: string, details: readonly string[] = []): Failure {
  return failure(code, message, details);
}

function failure(code: string, message: string, details: readonly string[]): Failure {
  const kept = details.slice(0, MAX_DETAILS).map((d) => storableText(d, 300));
  if (details.length > MAX_DETAILS) kept.push(`… and ${details.length - MAX_DETAILS} more`);
  return { reason: { code, message: storableText(message, LIMITS.message) }, details: kept };
}

/** Codes that say the revocation cannot succeed by trying again in this run (retrying only costs time). */
const PERMANENT: ReadonlySet<string> = new Set([
  'E_PROVIDER_INVALID_GRANT',
  'E_PROVIDER_KIND_UNSUPPORTED',
  'E_PROVIDER_CREDENTIAL_MISSING',
  'E_PROVIDER_UNKNOWN',
  'E_PG_ROLE_FOREIGN',
  'E_PG_ROLE_CONFLICT',
  'E_PG_ROLE_NAME_TOO_LONG',
  'E_PG_PRINCIPAL_UNSAFE',
  'E_PG_GRANTOR_MISMATCH',
  'E_PG_GRANTOR_UNSAFE',
  'E_PG_VERSION_UNSUPPORTED',
  'E_MYSQL_PRINCIPAL_UNSAFE',
  'E_MYSQL_REFUSED',
  'E_MYSQL_ROLE_FOREIGN',
  'E_MYSQL_GRANTOR_MISMATCH',
]);

export function isPermanent(error: unknown): boolean {
  if (error instanceof UserError) return true;
  return error instanceof ProviderError && !(error instanceof RevokeNotVerified) && PERMANENT.has(error.code);
}

/** Errors that say the target itself is in trouble, not this one grant: they trip the per-target breaker. */
export function isOutage(error: unknown): boolean {
  return !(error instanceof ProviderError) && !(error instanceof UserError);
}
