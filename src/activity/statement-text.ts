import { storableText } from '../ledger/index.js';
import { ACTIVITY_LIMITS } from '../ledger/validate-activity.js';

/** What the ledger may hold of one statement. */
export interface StatementDescription {
  /** Normalized text (constants as $n), or a fixed label when withheld. */
  readonly text: string;
  readonly withheld?: true;
  readonly writes?: true;
}

/** Statements pg_stat_statements normalizes: their constants become $1, $2, ... */
const PLANNABLE = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'WITH', 'VALUES', 'TABLE']);
/** Keywords that change data or definitions wherever they appear at the top of a statement or in a data-modifying CTE. */
const WRITE_WORDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'TRUNCATE']);
/** Utility statements that change something when they lead the statement. */
const WRITE_LEADERS = new Set(['CREATE', 'ALTER', 'DROP', 'TRUNCATE', 'GRANT', 'REVOKE', 'COMMENT', 'REFRESH', 'REINDEX', 'CLUSTER', 'IMPORT', 'SECURITY']);

interface Scan {
  /** Upper-cased words outside quotes and comments, with their parenthesis depth. */
  readonly words: readonly { readonly word: string; readonly depth: number }[];
  /** The text with comments removed and whitespace collapsed. */
  readonly stripped: string;
  /** A string literal, a dollar-quoted string or a numeric literal is present: the text was not (fully) normalized. */
  readonly literal: boolean;
  /** Unterminated comment or quoted identifier: the text cannot be read with confidence. */
  readonly broken: boolean;
}

/**
 * Decides what of a statement's text may be stored. Constants are already
 * placeholders in pg_stat_statements' normalized text; the scan still
 * refuses any text that holds a literal (utility statements keep theirs, and
 * a future server might normalize less), strips comments (which Postgres
 * keeps verbatim and which can carry anything), and stores the text of
 * plannable statements only. Everything else becomes a label such as
 * `COPY statement (text withheld)`. Classification as a write uses the
 * whole text, which is never stored.
 */
export function describeStatement(raw: string | undefined): StatementDescription {
  if (raw === undefined || raw.length === 0) return { text: 'statement (text unavailable)', withheld: true };
  const scan = scanStatement(raw);
  // The label is the leading keyword only when the text starts with it (not "<insufficient privilege>").
  const lead = scan.words[0]?.word;
  const first = lead !== undefined && scan.stripped.toUpperCase().startsWith(lead) ? lead : undefined;
  const writes = isWrite(scan);
  const label = first !== undefined && /^[A-Z]{1,20}$/.test(first) ? first : 'unrecognized';
  if (scan.literal || scan.broken || first === undefined || !PLANNABLE.has(first) || scan.stripped.length === 0) {
    return { text: `${label} statement (text withheld)`, withheld: true, ...(writes ? { writes: true as const } : {}) };
  }
  return { text: storableText(scan.stripped, ACTIVITY_LIMITS.statementText), ...(writes ? { writes: true as const } : {}) };
}

function isWrite(scan: Scan): boolean {
  const [first] = scan.words;
  if (first === undefined) return false;
  if (WRITE_LEADERS.has(first.word)) return true;
  // COPY ... FROM (at the top level) loads rows; COPY ... TO reads them.
  if (first.word === 'COPY') return scan.words.some((w) => w.depth === 0 && w.word === 'FROM');
  for (let i = 0; i < scan.words.length; i += 1) {
    const w = scan.words[i]?.word ?? '';
    if (!WRITE_WORDS.has(w)) continue;
    // SELECT ... FOR UPDATE / FOR NO KEY UPDATE locks rows, it writes none.
    const before = scan.words[i - 1]?.word;
    if (w === 'UPDATE' && (before === 'FOR' || before === 'KEY')) continue;
    return true;
  }
  return false;
}

const IDENT_START = /[A-Za-z_\u0080-\uFFFF]/;
const IDENT_PART = /[A-Za-z0-9_$\u0080-\uFFFF]/;

/** A small SQL lexer: enough to tell words, quotes, comments and literals apart. */
export function scanStatement(raw: string): Scan {
  const words: { word: string; depth: number }[] = [];
  let out = '';
  let literal = false;
  let broken = false;
  let depth = 0;
  let i = 0;
  const space = (): void => {
    if (out.length > 0 && !out.endsWith(' ')) out += ' ';
  };
  while (i < raw.length) {
    const c = raw.charAt(i);
    const next = raw.charAt(i + 1);
    if (c === '-' && next === '-') {
      const end = raw.indexOf('\n', i);
      i = end === -1 ? raw.length : end + 1;
      space();
    } else if (c === '/' && next === '*') {
      // Block comments nest in PostgreSQL.
      let nest = 1;
      i += 2;
      while (i < raw.length && nest > 0) {
        if (raw.startsWith('/*', i)) {
          nest += 1;
          i += 2;
        } else if (raw.startsWith('*/', i)) {
          nest -= 1;
          i += 2;
        } else i += 1;
      }
      if (nest > 0) broken = true;
      space();
    } else if (c === "'") {
      literal = true;
      i += 1;
    } else if (c === '"') {
      const end = raw.indexOf('"', i + 1);
      if (end === -1) {
        broken = true;
        break;
      }
      // A quoted name can be any text the grantee typed (an alias such as "ssn 123-45-6789"):
      // only a plain identifier in quotes (mixed case) is kept; anything else counts as a literal.
      if (!/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(raw.slice(i + 1, end))) literal = true;
      out += raw.slice(i, end + 1);
      i = end + 1;
    } else if (c === '$') {
      let j = i + 1;
      while (j < raw.length && /[0-9]/.test(raw.charAt(j))) j += 1;
      // `$1` is a placeholder; `$$` or `$tag$` opens a dollar-quoted string.
      if (j === i + 1) literal = true;
      out += raw.slice(i, j);
      i = Math.max(j, i + 1);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next))) {
      literal = true;
      out += c;
      i += 1;
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < raw.length && IDENT_PART.test(raw.charAt(j))) j += 1;
      const word = raw.slice(i, j);
      words.push({ word: word.toUpperCase(), depth });
      out += word;
      i = j;
    } else if (/\s/.test(c)) {
      space();
      i += 1;
    } else {
      if (c === '(') depth += 1;
      if (c === ')') depth = Math.max(0, depth - 1);
      out += c;
      i += 1;
    }
  }
  return { words, stripped: out.trim(), literal, broken };
}
