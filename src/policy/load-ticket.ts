/**
 * Ticket patterns come from profiles (trusted, reviewed) but are still
 * checked: an unanchored pattern (`INC-[0-9]+` or `^INC|CHG-1$`) would let
 * any text that merely contains a ticket id through. Patterns only ever run on
 * ticket strings of at most 27 characters, which bounds backtracking cost; the
 * 200-character cap on the pattern is in the schema.
 */
export type TicketPatternProblem = 'unanchored' | 'invalid';

export function ticketPatternProblem(pattern: string): TicketPatternProblem | undefined {
  if (compileTicketPattern(pattern) === undefined) return 'invalid';
  if (!pattern.startsWith('^') || !endsWithUnescapedDollar(pattern) || hasTopLevelAlternation(pattern)) return 'unanchored';
  return undefined;
}

/** The one way to compile a profile's ticket pattern (unicode mode, no flags that change anchoring). */
export function compileTicketPattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

function endsWithUnescapedDollar(pattern: string): boolean {
  if (!pattern.endsWith('$')) return false;
  let backslashes = 0;
  for (let i = pattern.length - 2; i >= 0 && pattern[i] === '\\'; i -= 1) backslashes += 1;
  return backslashes % 2 === 0;
}

/** A `|` outside any group splits the anchors: `^a|b$` is `(^a)|(b$)`. */
function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === '\\') {
      i += 1;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      depth += 1;
    } else if (ch === ')') {
      depth -= 1;
    } else if (ch === '|' && depth === 0) {
      return true;
    }
  }
  return false;
}
