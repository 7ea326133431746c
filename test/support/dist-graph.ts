import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The files of a built (code-split) dist/ that `entries` load, read from the
 * import statements esbuild writes: `import ... from "./chunk.js";` at the
 * start of a line, and, with `dynamic`, every `import("./chunk.js")` too.
 * Shared by the test that holds what the action may load and the cold-start
 * benchmark that weighs it.
 */
export async function builtFilesReached(entries: readonly string[], follow: 'static' | 'dynamic'): Promise<string[]> {
  const edge = follow === 'dynamic' ? /(?:^import\s(?:[^;]*?from\s*)?|\bimport\()"(\.\.?\/[^"]+)"/gm : /^import\s(?:[^;]*?from\s*)?"(\.\.?\/[^"]+)";/gm;
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    for (const m of text.matchAll(edge)) await visit(path.resolve(path.dirname(file), m[1] ?? ''));
  };
  for (const entry of entries) await visit(entry);
  return [...seen];
}
