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

/** Some string matches both `a` and `b`. */
export function globsMeet(a: string, b: string, caseInsensitive = false): boolean {
  const fold = caseInsensitive ? lower : same;
  const x = fold(a);
  const y = fold(b);
  const seen = new Set<number>();
  const stack: [number, number][] = [[0, 0]];
  const width = y.length + 1;
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    const [i, j] = next;
    const key = i * width + j;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === x.length && j === y.length) return true;
    const ci = x[i];
    const cj = y[j];
    if (ci === '*') stack.push([i + 1, j]);
    if (cj === '*') stack.push([i, j + 1]);
    if (ci === undefined || cj === undefined) continue;
    if (ci !== '*' && cj !== '*' && ci === cj) stack.push([i + 1, j + 1]);
    else if (ci !== '*' && cj === '*') stack.push([i + 1, j]);
    else if (ci === '*' && cj !== '*') stack.push([i, j + 1]);
  }
  return false;
}

/**
 * Every string `inner` matches, `outer` matches too. Sound, not complete:
 * a `*` of `inner` must be absorbed by a `*` of `outer`, never by its
 * literal text, so an answer of true is always right and a rare true
 * inclusion may be refused (the safe side).
 */
export function globCovers(outer: string, inner: string, caseInsensitive = false): boolean {
  const fold = caseInsensitive ? lower : same;
  const o = fold(outer);
  const n = fold(inner);
  const seen = new Set<number>();
  const stack: [number, number][] = [[0, 0]];
  const width = n.length + 1;
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    const [i, j] = next;
    const key = i * width + j;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === o.length && j === n.length) return true;
    const co = o[i];
    const cn = n[j];
    if (co === '*') {
      stack.push([i + 1, j]);
      if (cn !== undefined) stack.push([i, j + 1]);
      continue;
    }
    if (co !== undefined && cn !== undefined && cn !== '*' && co === cn) stack.push([i + 1, j + 1]);
  }
  return false;
}
