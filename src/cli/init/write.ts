import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type WriteOutcome = 'wrote' | 'would-write' | 'same' | 'kept' | 'blocked';

export interface Written {
  readonly path: string;
  readonly outcome: WriteOutcome;
}

/**
 * Writes each file under `dir` unless something is already there: an
 * existing file is never overwritten ('same' when it already holds exactly
 * this text, 'kept' otherwise), and nothing is written through a symbolic
 * link or over a directory ('blocked'). Files are created exclusively, so a
 * file that appears meanwhile is kept too.
 */
export async function writeNew(dir: string, files: Readonly<Record<string, string>>, dryRun: boolean): Promise<Written[]> {
  const out: Written[] = [];
  for (const rel of Object.keys(files).sort()) {
    const content = files[rel] ?? '';
    const target = path.join(dir, ...rel.split('/'));
    const existing = await kindAt(target);
    if (existing === 'file') {
      const current = await readFile(target, 'utf8');
      out.push({ path: rel, outcome: current === content ? 'same' : 'kept' });
      continue;
    }
    if (existing !== 'none' || (await linkedParent(dir, rel))) {
      out.push({ path: rel, outcome: 'blocked' });
      continue;
    }
    if (dryRun) {
      out.push({ path: rel, outcome: 'would-write' });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await writeFile(target, content, { flag: 'wx', mode: 0o644 });
      out.push({ path: rel, outcome: 'wrote' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      out.push({ path: rel, outcome: 'kept' });
    }
  }
  return out;
}

async function kindAt(p: string): Promise<'none' | 'file' | 'other'> {
  try {
    const s = await lstat(p);
    return s.isFile() ? 'file' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw error;
  }
}

/** Whether a directory between `dir` and the file is a symbolic link or not a directory. */
async function linkedParent(dir: string, rel: string): Promise<boolean> {
  const parts = rel.split('/').slice(0, -1);
  let current = dir;
  for (const part of parts) {
    current = path.join(current, part);
    try {
      const s = await lstat(current);
      if (!s.isDirectory()) return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }
  return false;
}
