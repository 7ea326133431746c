import { GithubError } from './errors.js';
import type { Account } from './types.js';

const TYPES: ReadonlySet<string> = new Set(['User', 'Bot', 'Organization', 'Mannequin']);

/** An account from a payload; an unknown `type` fails closed (it decides who counts as a human). */
export function account(raw: { login: string; id: number | bigint; type: string } | null | undefined): Account | null {
  if (raw === null || raw === undefined) return null;
  if (!TYPES.has(raw.type)) throw new GithubError('E_GITHUB_UNEXPECTED_RESPONSE', 'an account has an unknown type');
  // People are matched by id, so an id that is not an exact integer is refused, not rounded.
  return { login: raw.login, id: exactId(raw.id), type: raw.type as Account['type'] };
}

export function oneOf<T extends string>(allowed: readonly T[], value: string, what: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new GithubError('E_GITHUB_UNEXPECTED_RESPONSE', `unknown ${what}`);
  }
  return value as T;
}

/** A numeric id from a payload as an exact integer. */
export function exactId(raw: number | bigint): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1) throw new GithubError('E_GITHUB_UNEXPECTED_RESPONSE', 'an id is not an exact integer');
  return id;
}
