import { matches } from '../../shared/patterns.js';
import { parseInstant } from '../../time/instant.js';

/**
 * The tag written as the role's COMMENT. It makes a role recognisably ours
 * (never adopt a foreign role) and lets a run find a grant whose ledger
 * event was never written (crash between grant and commit).
 */
export interface RoleTag {
  readonly request: string;
  readonly target: string;
  readonly principal: string;
  readonly expiresAt: string;
}

/** Every tag we write starts with this exact text; anything else is not ours. */
export const TAG_MARKER = '{"grantbook":1,';

export function formatTag(tag: RoleTag): string {
  // Fixed key order so the text in the reviewed plan is the text executed.
  return JSON.stringify({
    grantbook: 1,
    request: tag.request,
    target: tag.target,
    principal: tag.principal,
    expires_at: tag.expiresAt,
  });
}

export type ParsedTag =
  | { readonly kind: 'none' }
  /** Starts like ours but does not parse or validate: ours, expiry unknown. */
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'ok'; readonly tag: RoleTag };

/** Reads a role comment without trusting it: anyone with CREATEROLE on the role could have edited it. */
export function parseTag(comment: string | null | undefined): ParsedTag {
  if (typeof comment !== 'string' || !comment.startsWith(TAG_MARKER)) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(comment);
  } catch {
    return { kind: 'unreadable' };
  }
  if (typeof value !== 'object' || value === null) return { kind: 'unreadable' };
  const { request, target, principal, expires_at: expiresAt } = value as Record<string, unknown>;
  if (
    typeof request !== 'string' ||
    !matches('requestId', request) ||
    typeof target !== 'string' ||
    !matches('name', target) ||
    typeof principal !== 'string' ||
    !matches('identifier', principal) ||
    typeof expiresAt !== 'string' ||
    parseInstant(expiresAt) === undefined
  ) {
    return { kind: 'unreadable' };
  }
  return { kind: 'ok', tag: { request, target, principal, expiresAt } };
}
