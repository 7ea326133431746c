import type { Signature } from './git.js';

/** Parsers for git's plumbing output. */

export function parseSignature(value: string): Signature {
  const m = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(value);
  if (m === null) throw new Error('unparseable signature');
  return { name: m[1] ?? '', email: m[2] ?? '', time: Number(m[3]) };
}

export function parseNumstat(out: string): Map<string, { additions: number; deletions: number }> {
  const counts = new Map<string, { additions: number; deletions: number }>();
  const fields = out.split('\0');
  for (let i = 0; i < fields.length;) {
    const head = fields[i++];
    if (head === undefined || head === '') continue;
    const [a, d, inlinePath] = head.split('\t');
    // Binary files show '-'; GitHub reports 0 for them.
    const entry = { additions: a === '-' ? 0 : Number(a), deletions: d === '-' ? 0 : Number(d) };
    if (inlinePath !== undefined && inlinePath !== '') counts.set(inlinePath, entry);
    else {
      i++; // rename: old path, then new path
      const to = fields[i++];
      if (to !== undefined) counts.set(to, entry);
    }
  }
  return counts;
}
