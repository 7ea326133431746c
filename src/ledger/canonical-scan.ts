/**
 * Proves a parsed line is in canonical form without re-serialising it.
 *
 * After JSON.parse succeeded and the validator accepted the event (known keys
 * in sorted order, safe non-negative integers, pattern-checked or scanned
 * strings), the line equals JSON.stringify of the parsed value exactly when:
 * - outside strings there are only `{}[]:,`, digits and the literal `true`
 *   (no whitespace, no sign, fraction or exponent: integers are spelled as
 *   JSON.stringify spells them, JSON itself forbids leading zeros);
 * - inside strings the only escapes are `\"`, `\\` and `\n` (the only
 *   characters JSON.stringify escapes that the format lets a value contain);
 * - the line has as many `key:value` members as the parsed value (JSON.parse
 *   keeps one of duplicated keys, so a duplicate shows up as a surplus). The
 *   reader takes the parsed count from the validator's key walks (checkEvent)
 *   rather than walking the value again; a test holds that count to a plain
 *   walk of the parsed value.
 * A fuzz test holds this equal to `JSON.stringify(parsed) === line`.
 */

/** Members (`:` outside strings) in the line, or -1 at the first non-canonical token. */
export function rawMembers(line: string): number {
  let members = 0;
  const n = line.length;
  // Strings are most of a line: jump over them with native indexOf instead of
  // a per-character loop; backslashes are rare, so track the next one.
  let backslash = line.indexOf('\\');
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let close = line.indexOf('"', i + 1);
      while (backslash !== -1 && backslash < close) {
        const e = line.charCodeAt(backslash + 1);
        if (e !== 0x22 && e !== 0x5c && e !== 0x6e /* n */) return -1;
        const after = backslash + 2;
        if (close < after) close = line.indexOf('"', after);
        backslash = line.indexOf('\\', after);
      }
      if (close === -1) return -1;
      i = close + 1;
      continue;
    }
    if (c === 0x3a /* : */) members += 1;
    else if (c === 0x74 /* t */ && line.startsWith('true', i)) {
      i += 4;
      continue;
    } else if (!(c === 0x2c || c === 0x7b || c === 0x7d || c === 0x5b || c === 0x5d || (c >= 0x30 && c <= 0x39))) {
      return -1;
    }
    i += 1;
  }
  return members;
}
