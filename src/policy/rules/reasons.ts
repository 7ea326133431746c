import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import type { Locate } from '../../request/types.js';
import type { PolicyCode } from '../../shared/codes/policy.js';

/** A place in a file a reason points at: the request file or a profile. */
export interface Site {
  readonly file: string;
  /** JSON pointer into that file. */
  readonly pointer: string;
  readonly locate: Locate;
}

export function fileSite(file: { readonly path: string; readonly locate: Locate }): Site {
  return { file: file.path, pointer: '', locate: file.locate };
}

/** RFC 6901 escaping, so a key holding `/` or `~` cannot point somewhere else. */
function escapeToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

export function child(site: Site, ...tokens: readonly (string | number)[]): Site {
  return { ...site, pointer: site.pointer + tokens.map((t) => `/${escapeToken(t)}`).join('') };
}

/**
 * Collects every reason of one evaluation. Checks never stop at the first
 * problem: a requester should see everything to fix in one round.
 */
export class Reasons {
  readonly #list: Diagnostic[] = [];
  #errors = 0;

  error(code: PolicyCode, message: string, site: Site): void {
    this.#add(code, message, site, 'error');
  }

  warn(code: PolicyCode, message: string, site: Site): void {
    this.#add(code, message, site, 'warning');
  }

  /** Number of errors so far; compare before/after a check to see whether it failed. */
  get errors(): number {
    return this.#errors;
  }

  get all(): readonly Diagnostic[] {
    return [...this.#list];
  }

  #add(code: PolicyCode, message: string, site: Site, severity: 'error' | 'warning'): void {
    if (severity === 'error') this.#errors += 1;
    this.#list.push(diagnostic(code, message, { file: site.file, pointer: site.pointer, position: site.locate(site.pointer) }, severity));
  }
}

/** Messages quote identifiers only (they passed strict patterns); lists stay short and readable. */
export function quoteList(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(', ');
}

/** GitHub logins, team slugs and repository names are case-insensitive. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
