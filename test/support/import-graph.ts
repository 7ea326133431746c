import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The import graph of a source tree, read from the text of its TypeScript
 * files: static imports, re-exports and dynamic `import('...')` with a
 * literal specifier. Only relative specifiers are edges (packages are not
 * part of the layering); `x.js` names the source `x.ts`.
 */
export interface ImportGraph {
  /** Repository-relative paths, `/`-separated. */
  readonly files: readonly string[];
  readonly edges: readonly (readonly [from: string, to: string])[];
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

export function readImportGraph(root: string, dir: string): ImportGraph {
  const files: string[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(path.join(root, dir));
  const edges: [string, string][] = [];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = m[1] ?? '';
      const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts');
      if (to.endsWith('.ts')) edges.push([file, to]);
    }
  }
  return { files, edges };
}

/** One floor of the building: the files a pattern matches. Floors are listed from the bottom up. */
export interface Floor {
  readonly name: string;
  readonly match: RegExp;
  /** Files of this floor in different folders may import each other (the entry points at the top). */
  readonly sideways?: boolean;
}

export interface LayerProblem {
  readonly kind: 'upward' | 'sideways' | 'unplaced';
  readonly from: string;
  readonly to: string;
}

const folderOf = (file: string): string => path.posix.dirname(file).split('/').slice(0, 2).join('/');

/**
 * Every edge that points up (to a higher floor), sideways (between two
 * folders of one floor that does not allow it), or touches a file no floor
 * holds. Imports within one folder are the folder's own business.
 */
export function layerProblems(graph: ImportGraph, floors: readonly Floor[]): LayerProblem[] {
  const floorOf = (file: string): number => floors.findIndex((f) => f.match.test(file));
  const out: LayerProblem[] = [];
  for (const [from, to] of graph.edges) {
    const a = floorOf(from);
    const b = floorOf(to);
    if (a < 0 || b < 0) out.push({ kind: 'unplaced', from, to });
    else if (b > a) out.push({ kind: 'upward', from, to });
    else if (b === a && folderOf(from) !== folderOf(to) && floors[a]?.sideways !== true) out.push({ kind: 'sideways', from, to });
  }
  return out;
}

/** Import cycles: every strongly connected set of two or more files, and files importing themselves (Tarjan). */
export function importCycles(graph: ImportGraph): string[][] {
  const next = new Map<string, string[]>();
  for (const [from, to] of graph.edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (;;) {
        const w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
        if (w === v) break;
      }
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const file of graph.files) if (!index.has(file)) visit(file);
  return out;
}
