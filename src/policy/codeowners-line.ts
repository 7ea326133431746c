import { matches } from '../shared/patterns.js';

/** One CODEOWNERS line: tokens and owners. */

export type Owner =
  | { readonly kind: 'user'; readonly login: string }
  | { readonly kind: 'team'; readonly org: string; readonly slug: string }
  | { readonly kind: 'email'; readonly email: string };

export interface Token {
  readonly text: string;
  /** 1-based. */
  readonly column: number;
}

export type LineTokens = { readonly kind: 'blank' } | { readonly kind: 'rule'; readonly pattern: Token; readonly owners: readonly Token[] };

const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/u;

// C0/C1 controls (tab excepted), bidi overrides and zero-width characters: a
// line holding them can read differently to a reviewer than to the matcher.
const HIDDEN = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

export function hasHiddenCharacters(line: string): boolean {
  return HIDDEN.test(line);
}

const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t';

/**
 * Splits a line into a pattern and owner tokens. A `#` at the start of the
 * line or of a token starts a comment (GitHub's own example file has an inline
 * comment after the owners). In the pattern, `\` escapes the next character
 * (so `\ ` keeps a space); the escape stays in the token for the pattern
 * compiler.
 */
export function tokenize(line: string): LineTokens {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && isSpace(line.charAt(i))) i++;
    if (i >= line.length || line.charAt(i) === '#') break;
    const start = i;
    const inPattern = tokens.length === 0;
    while (i < line.length && !isSpace(line.charAt(i))) {
      i += inPattern && line.charAt(i) === '\\' && i + 1 < line.length ? 2 : 1;
    }
    tokens.push({ text: line.slice(start, i), column: start + 1 });
  }
  const [pattern, ...owners] = tokens;
  return pattern === undefined ? { kind: 'blank' } : { kind: 'rule', pattern, owners };
}

/** Undefined when the text is not `@login`, `@org/team-slug` or an email address. */
export function parseOwner(text: string): Owner | undefined {
  if (text.startsWith('@')) {
    const body = text.slice(1);
    const slash = body.indexOf('/');
    if (slash < 0) return matches('login', body) ? { kind: 'user', login: body } : undefined;
    // GitHub resolves team references case-insensitively; slugs are lowercase.
    const org = body.slice(0, slash);
    const slug = body.slice(slash + 1).toLowerCase();
    return matches('login', org) && matches('teamSlug', slug) ? { kind: 'team', org: org.toLowerCase(), slug } : undefined;
  }
  return text.length <= 254 && EMAIL.test(text) ? { kind: 'email', email: text } : undefined;
}

export function ownerKey(owner: Owner): string {
  switch (owner.kind) {
    case 'user':
      return `user:${owner.login.toLowerCase()}`;
    case 'team':
      return `team:${owner.org}/${owner.slug}`;
    case 'email':
      return `email:${owner.email.toLowerCase()}`;
  }
}
