import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { hasHiddenCharacters, ownerKey, parseOwner, tokenize, type Owner } from './codeowners-line.js';
import { compileLoosely, compilePattern, matchesPath, type CompiledPattern, type PatternProblem } from './codeowners-pattern.js';

export type { Owner } from './codeowners-line.js';

/** Where GitHub looks, in the order it looks; the first file that exists wins. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/**
 * GitHub: "CODEOWNERS files must be under 3 MB in size"; a larger file is not
 * loaded at all. Read as 3,000,000 bytes, the stricter of the two readings, so
 * we never honour a file GitHub ignores.
 */
export const CODEOWNERS_MAX_BYTES = 3_000_000;

export interface CodeownersRule {
  /** 1-based line in the file. */
  readonly line: number;
  /** As written (trusted config, but still never put into messages). */
  readonly pattern: string;
  readonly matcher: CompiledPattern;
  /** Empty: the line deliberately leaves matching paths without owners. */
  readonly owners: readonly Owner[];
}

/** A line GitHub skips. `loose` is a superset reading of its pattern, when one exists. */
export interface InvalidLine {
  readonly line: number;
  readonly loose?: CompiledPattern;
}

export interface CodeownersFile {
  readonly path: string;
  /** False when there is no usable file: nobody owns anything. */
  readonly loaded: boolean;
  readonly rules: readonly CodeownersRule[];
  readonly invalid: readonly InvalidLine[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface Ownership {
  readonly owners: readonly Owner[];
  /** The deciding line; undefined when no line matches. */
  readonly line: number | undefined;
}

export type ReadFile = (path: string) => Uint8Array | string | undefined;

/** The file GitHub would use on this commit, found through `read`. */
export function selectCodeowners(read: ReadFile): { readonly path: string; readonly content: Uint8Array | string } | undefined {
  for (const path of CODEOWNERS_LOCATIONS) {
    const content = read(path);
    if (content !== undefined) return { path, content };
  }
  return undefined;
}

/**
 * Finds and parses CODEOWNERS. There is no fallback past the first file found,
 * even if it is unusable: GitHub does not fall back either.
 */
export function loadCodeowners(read: ReadFile): CodeownersFile {
  const found = selectCodeowners(read);
  if (found === undefined) {
    const path = CODEOWNERS_LOCATIONS[0];
    return unloaded(path, diagnostic('E_CODEOWNERS_MISSING', 'No CODEOWNERS file found; nobody can approve requests.', { file: path }));
  }
  return parseCodeowners(found.content, found.path);
}

const PROBLEM_CODES = {
  negation: 'E_CODEOWNERS_NEGATION',
  'char-range': 'E_CODEOWNERS_CHAR_RANGE',
  'escaped-comment': 'E_CODEOWNERS_ESCAPED_COMMENT',
  malformed: 'E_CODEOWNERS_BAD_PATTERN',
} as const satisfies Record<PatternProblem, string>;

const PROBLEM_MESSAGES: Record<PatternProblem, string> = {
  negation: 'Negated pattern (`!`) is not supported by GitHub; the line is skipped.',
  'char-range': 'Character range (`[ ]`) is not supported by GitHub; the line is skipped.',
  'escaped-comment': 'An escaped leading `#` is not supported by GitHub; the line is skipped.',
  malformed: 'Malformed pattern; the line is skipped.',
};

export function parseCodeowners(content: Uint8Array | string, path: string): CodeownersFile {
  const size = typeof content === 'string' ? new TextEncoder().encode(content).length : content.length;
  if (size >= CODEOWNERS_MAX_BYTES) {
    return unloaded(
      path,
      diagnostic('E_CODEOWNERS_TOO_LARGE', `CODEOWNERS is ${size} bytes; GitHub ignores files of ${CODEOWNERS_MAX_BYTES} bytes or more.`, {
        file: path,
      }),
    );
  }
  let text: string;
  if (typeof content === 'string') {
    text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  } else {
    try {
      // `fatal` refuses invalid UTF-8 instead of substituting U+FFFD; a BOM is dropped.
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return unloaded(path, diagnostic('E_CODEOWNERS_ENCODING', 'CODEOWNERS is not valid UTF-8.', { file: path }));
    }
  }

  const rules: CodeownersRule[] = [];
  const invalid: InvalidLine[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = text.split('\n');
  for (const [index, rawLine] of lines.entries()) {
    const line = index + 1;
    const body = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (hasHiddenCharacters(body)) {
      invalid.push({ line });
      diagnostics.push(
        diagnostic('E_CODEOWNERS_ENCODING', 'Line contains control, bidirectional or zero-width characters; the line is skipped.', {
          file: path,
          position: { line, column: 1 },
        }),
      );
      continue;
    }
    const tokens = tokenize(body);
    if (tokens.kind === 'blank') continue;
    const at = (column: number) => ({ file: path, position: { line, column } });

    const compiled = compilePattern(tokens.pattern.text);
    if (!compiled.ok) {
      const loose = compileLoosely(tokens.pattern.text);
      invalid.push(loose === undefined ? { line } : { line, loose });
      diagnostics.push(diagnostic(PROBLEM_CODES[compiled.problem], PROBLEM_MESSAGES[compiled.problem], at(tokens.pattern.column)));
      continue;
    }

    const owners: Owner[] = [];
    const seen = new Set<string>();
    let badOwner: number | undefined;
    for (const [ordinal, token] of tokens.owners.entries()) {
      const owner = parseOwner(token.text);
      if (owner === undefined) {
        badOwner = ordinal;
        diagnostics.push(
          diagnostic(
            'E_CODEOWNERS_BAD_OWNER',
            `Owner ${ordinal + 1} on this line is not @login, @org/team-slug or an email address; the line is skipped.`,
            at(token.column),
          ),
        );
        break;
      }
      const key = ownerKey(owner);
      if (!seen.has(key)) {
        seen.add(key);
        owners.push(owner);
      }
    }
    if (badOwner !== undefined) {
      // The pattern is sound, so the coverage check can judge this line exactly.
      invalid.push({ line, loose: compiled.pattern });
      continue;
    }
    rules.push({ line, pattern: tokens.pattern.text, matcher: compiled.pattern, owners });
  }
  return { path, loaded: true, rules, invalid, diagnostics };
}

/** Owners of `path` (repository-relative, no leading slash): the last matching line wins. */
export function ownersOf(rules: readonly CodeownersRule[], path: string): Ownership {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule !== undefined && matchesPath(rule.matcher, path)) return { owners: rule.owners, line: rule.line };
  }
  return { owners: [], line: undefined };
}

function unloaded(path: string, d: Diagnostic): CodeownersFile {
  return { path, loaded: false, rules: [], invalid: [], diagnostics: [d] };
}
