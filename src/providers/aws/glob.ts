/**
 * IAM wildcard patterns with `*` only (`?` is refused before it gets here).
 * Two questions: can two patterns match one string (a request's `s3:Put*`
 * meets the refused `s3:PutBucketPolicy`), and does one pattern match every
 * string the other does (a profile's `s3:Get*` covers a request's
 * `s3:GetObject*`). Both run over the pair of positions, at most
 * (|a|+1)·(|b|+1) states: patterns are short and bounded by the schemas.
 */

type Fold = (s: string) => string;
const same: Fold = (s) => s;
const lower: Fold = (s) => s.toLowerCase();

/** The next pairs of positions from (i, j), given the characters there (undefined past the end). */
type Step = (a: string | undefined, b: string | undefined) => readonly (readonly [number, number])[];

/** Whether the walk over pairs of positions of `a` and `b` that `step` allows reaches both ends. */
function reachesBothEnds(a: string, b: string, step: Step): boolean {
  const seen = new Set<number>();
  const stack: [number, number][] = [[0, 0]];
  const width = b.length + 1;
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [i, j] = next;
    const key = i * width + j;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === a.length && j === b.length) return true;
    for (const [di, dj] of step(a[i], b[j])) stack.push([i + di, j + dj]);
  }
  return false;
}

/** A `*` on either side may match nothing or take the other side's next character; equal literals move both. */
const meetStep: Step = (ca, cb) => {
  const out: (readonly [number, number])[] = [];
  if (ca === '*') out.push([1, 0]);
  if (cb === '*') out.push([0, 1]);
  if (ca === undefined || cb === undefined) return out;
  if (ca !== '*' && cb !== '*' && ca === cb) out.push([1, 1]);
  else if (ca !== '*' && cb === '*') out.push([1, 0]);
  else if (ca === '*' && cb !== '*') out.push([0, 1]);
  return out;
};

/** Only a `*` of the outer pattern absorbs anything (a `*` of the inner one included); literals must be equal. */
const coverStep: Step = (co, cn) => {
  if (co === '*')
    return cn !== undefined
      ? [
          [1, 0],
          [0, 1],
        ]
      : [[1, 0]];
  return co !== undefined && cn !== undefined && cn !== '*' && co === cn ? [[1, 1]] : [];
};

/** Some string matches both `a` and `b`. */
export function globsMeet(a: string, b: string, caseInsensitive = false): boolean {
  const fold = caseInsensitive ? lower : same;
  return reachesBothEnds(fold(a), fold(b), meetStep);
}

/**
 * Every string `inner` matches, `outer` matches too. Sound, not complete:
 * a `*` of `inner` must be absorbed by a `*` of `outer`, never by its
 * literal text, so an answer of true is always right and a rare true
 * inclusion may be refused (the safe side).
 */
export function globCovers(outer: string, inner: string, caseInsensitive = false): boolean {
  const fold = caseInsensitive ? lower : same;
  return reachesBothEnds(fold(outer), fold(inner), coverStep);
}
