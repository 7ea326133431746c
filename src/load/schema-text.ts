/**
 * What each schema definition means, in words, for messages. Only schema
 * text appears here: never the value that failed.
 */
export const DEF_TEXT: Readonly<Record<string, string>> = {
  login: 'a GitHub login (letters, digits and single inner hyphens, at most 39 characters)',
  name: 'a name of lowercase letters, digits and inner hyphens (at most 64 characters)',
  requestId: 'a request id of lowercase letters, digits and inner hyphens (at most 48 characters)',
  identifier: 'a PostgreSQL identifier (lowercase letter or _, then lowercase letters, digits, _ or $; at most 63 bytes)',
  qualifiedTable: 'schema.table, each part a PostgreSQL identifier (lowercase, at most 63 bytes)',
  teamSlug: 'a GitHub team slug (lowercase letters, digits, - and _, at most 100 characters)',
  repoName: 'a GitHub repository name (letters, digits, ., - and _, at most 100 characters; not . or ..)',
  ticket: 'a ticket id like INC-4211 (letters and digits, a hyphen, then digits)',
  duration: 'a duration like 15m, 2h or 3d',
  privilege: 'a privilege name in capitals, like SELECT',
  envName: 'an environment variable name (capital letters, digits and _)',
  principal: 'a PostgreSQL role name or a GitHub login',
  rowText: 'a value of letters, digits, spaces and @ . _ : + / # - (at most 200 characters; no quotes, semicolons or backslashes)',
  instant: 'an instant like 2026-05-01T00:00:00Z (UTC, whole seconds)',
};

/** Definitions where a `*` is someone reaching for a wildcard, not a typo. */
export const WILDCARD_DEFS: ReadonlySet<string> = new Set(['identifier', 'qualifiedTable', 'teamSlug', 'repoName', 'privilege', 'name', 'login', 'principal']);

/** Definitions holding PostgreSQL identifiers (alone or as schema.table). */
export const IDENTIFIER_DEFS: ReadonlySet<string> = new Set(['identifier', 'qualifiedTable', 'principal']);

const IDENT_CHARS = /^[a-z_][a-z0-9_$]*$/;

/** A well-formed identifier (or schema.table) whose only fault is a part over 63 bytes. */
export function isOverlongIdentifier(value: string): boolean {
  const parts = value.split('.');
  return parts.length <= 2 && parts.every((p) => IDENT_CHARS.test(p)) && parts.some((p) => p.length > 63);
}

/** Closest allowed key within a small edit distance, to suggest for a misspelling. */
export function closestKey(written: string, allowed: readonly string[]): string | undefined {
  const w = written.toLowerCase();
  const limit = w.length <= 3 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of allowed) {
    const d = editDistance(w, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit || a.length > 64) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}
