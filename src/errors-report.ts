import { ERROR_CODES } from './shared/codes/index.js';
import { formatDiagnostic, UserError } from './diagnostics.js';

/**
 * What the one top-level catch prints for anything thrown. User errors list
 * their diagnostics; coded failures (a provider or GitHub refusing or
 * failing) give their code, message, details and fix; anything else is our
 * bug or an outage and says so with its stack.
 */
export function describeFailure(error: unknown): {
  readonly kind: 'user' | 'coded' | 'internal';
  readonly lines: readonly string[];
  readonly codes: readonly string[];
} {
  if (error instanceof UserError) {
    return { kind: 'user', lines: error.diagnostics.map(formatDiagnostic), codes: error.diagnostics.map((d) => d.code) };
  }
  const code = codeOf(error);
  if (code !== undefined && error instanceof Error) {
    const details = (error as { details?: unknown }).details;
    const extra = Array.isArray(details) ? details.filter((d): d is string => typeof d === 'string').map((d) => `  - ${d}`) : [];
    return { kind: 'coded', lines: [error.message, ...extra, `fix: ${ERROR_CODES[code].fix}`], codes: [code] };
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { kind: 'internal', lines: [`internal error (please report it): ${message}`], codes: [] };
}

function codeOf(error: unknown): keyof typeof ERROR_CODES | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code) ? (code as keyof typeof ERROR_CODES) : undefined;
}
