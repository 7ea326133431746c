/**
 * CODEOWNERS path patterns: gitignore-like, with GitHub's documented
 * differences. A pattern compiles to a list of segment matchers so that one
 * algorithm answers both "does this path match?" and "could this pattern match
 * anything below `access-requests/`?".
 *
 * Semantics (GitHub's docs, "About code owners"; cross-checked against the
 * behaviour of widely used CODEOWNERS tools):
 * - a pattern without a slash, or with only a trailing one, matches at any depth;
 * - a leading slash, or a slash in the middle, anchors it to the root;
 * - a trailing slash matches everything inside that directory;
 * - `*` and `?` never cross `/`; `**` as a whole segment spans any number of them;
 * - a final segment that is not a lone `*` also matches everything below it
 *   (`/apps/github` owns `apps/github/x`), but `docs/*` matches only direct
 *   children of `docs/`, as GitHub documents;
 * - matching is case-sensitive (GitHub's file system is).
 */

/** One path segment, or any run of segments (including none). */
export type Element = { readonly kind: 'segment'; readonly re: RegExp } | { readonly kind: 'any' };

export interface CompiledPattern {
  readonly elements: readonly Element[];
}

export type PatternProblem = 'negation' | 'char-range' | 'escaped-comment' | 'malformed';

export type CompileResult = { readonly ok: true; readonly pattern: CompiledPattern } | { readonly ok: false; readonly problem: PatternProblem };

const ANY: Element = { kind: 'any' };
const ONE: Element = { kind: 'segment', re: /^[^/]+$/u };

/** `raw` is the pattern as written, backslash escapes included. */
export function compilePattern(raw: string): CompileResult {
  if (raw.startsWith('!') || raw.startsWith('\\!')) return { ok: false, problem: 'negation' };
  if (raw.startsWith('\\#')) return { ok: false, problem: 'escaped-comment' };
  if (raw.includes('[') || raw.includes(']')) return { ok: false, problem: 'char-range' };
  if (raw === '' || raw === '/' || raw.includes('#') || raw.includes('***')) return { ok: false, problem: 'malformed' };

  let segs = raw.split('/');
  if (segs[0] === '') {
    segs = segs.slice(1);
  } else if (segs.length === 1 || (segs.length === 2 && segs[1] === '')) {
    // No slash except a trailing one: the pattern may sit at any depth.
    if (segs[0] !== '**') segs = ['**', ...segs];
  }
  if (segs.length > 1 && segs[segs.length - 1] === '') segs[segs.length - 1] = '**';

  const elements: Element[] = [];
  const last = segs.length - 1;
  for (const [i, seg] of segs.entries()) {
    if (seg === '') return { ok: false, problem: 'malformed' };
    if (seg === '**') {
      // Leading or middle: zero or more segments. Trailing (or alone): at least one.
      if (i === last) elements.push(ONE, ANY);
      else elements.push(ANY);
      continue;
    }
    if (seg === '*') {
      elements.push(ONE);
      continue;
    }
    const re = segmentRegExp(seg);
    if (re === undefined) return { ok: false, problem: 'malformed' };
    elements.push({ kind: 'segment', re });
    if (i === last) elements.push(ANY);
  }
  return { ok: true, pattern: { elements } };
}

function segmentRegExp(seg: string): RegExp | undefined {
  let source = '';
  for (let i = 0; i < seg.length; i++) {
    const ch = seg.charAt(i);
    if (ch === '\\') {
      i++;
      if (i >= seg.length) return undefined;
      source += escapeRegExp(seg.charAt(i));
    } else if (ch === '*') {
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else {
      source += escapeRegExp(ch);
    }
  }
  return new RegExp(`^${source}$`, 'u');
}

function escapeRegExp(ch: string): string {
  // Only syntax characters may be escaped under the `u` flag.
  return /[\\^$.*+?()[\]{}|/]/u.test(ch) ? `\\${ch}` : ch;
}

/**
 * Segments of a repository path, or undefined when it is not canonical
 * (empty, leading or trailing slash, `//`): such a path matches nothing.
 */
export function pathSegments(path: string): string[] | undefined {
  const segs = path.split('/');
  return segs.some((s) => s === '') ? undefined : segs;
}

/**
 * Match over segments. `null` segments are wildcards that fit any single-segment
 * element; `mayMatchUnder` uses them to stand for "some name we get to choose".
 */
function matchSegments(pattern: CompiledPattern, segs: readonly (string | null)[]): boolean {
  const n = segs.length;
  // Positions reachable after the elements seen so far.
  let reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (const el of pattern.elements) {
    const next = new Uint8Array(n + 1);
    if (el.kind === 'any') {
      const first = reach.indexOf(1);
      if (first < 0) return false;
      next.fill(1, first);
    } else {
      for (let j = 0; j < n; j++) {
        const seg = segs[j];
        if (reach[j] === 1 && (seg === null || (seg !== undefined && el.re.test(seg)))) next[j + 1] = 1;
      }
    }
    reach = next;
  }
  return reach[n] === 1;
}

export function matchesPath(pattern: CompiledPattern, path: string): boolean {
  const segs = pathSegments(path);
  return segs !== undefined && matchSegments(pattern, segs);
}

/**
 * Whether some path strictly below directory `prefix` (e.g. `access-requests/`)
 * matches. Exact: the tail below the prefix is free, and a tail longer than the
 * pattern's element count never helps, so trying each length up to that bound
 * decides it.
 */
export function mayMatchUnder(pattern: CompiledPattern, prefix: string): boolean {
  const dir = pathSegments(prefix.replace(/\/+$/u, ''));
  if (dir === undefined) return true;
  const maxTail = pattern.elements.length + 1;
  for (let tail = 1; tail <= maxTail; tail++) {
    if (matchSegments(pattern, [...dir, ...new Array<null>(tail).fill(null)])) return true;
  }
  return false;
}

/**
 * A superset reading of a pattern GitHub rejects, used only to judge whether
 * the rejected line could have mattered: negation is read as the plain pattern
 * and a `[...]` range as `*`. Undefined when even that reading fails.
 */
export function compileLoosely(raw: string): CompiledPattern | undefined {
  const loose = raw
    .replace(/^\\?!/u, '')
    .replace(/^\\#/u, '#')
    .replace(/\[[^\]/]*\]/gu, '*')
    .replace(/[[\]]/gu, '*');
  if (loose.startsWith('#')) {
    // GitHub reads it as a comment; treat `#` as a wildcard character.
    const result = compilePattern(`?${loose.slice(1)}`);
    return result.ok ? result.pattern : undefined;
  }
  const result = compilePattern(loose);
  return result.ok ? result.pattern : undefined;
}
