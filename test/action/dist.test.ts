import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDist } from '../support/built-dist.js';

/** This run's fresh build of src/ (test/support/global-setup.ts). */
const out = builtDist();

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('committed dist/', () => {
  it('holds exactly the files a fresh build writes (no stale or missing chunk)', () => {
    expect(filesUnder('dist'), 'run `npm run build` and commit dist/ (deleted chunks included)').toEqual(filesUnder(out));
  });

  it('every file matches a fresh build of src/ (run `npm run build` and commit)', () => {
    const fresh = filesUnder(out);
    expect(fresh).toEqual(expect.arrayContaining(['index.js', 'cli.js', 'demo.js']));
    for (const file of fresh) {
      const committed = readFileSync(path.join('dist', file));
      expect(committed.equals(readFileSync(path.join(out, file))), `dist/${file} is stale`).toBe(true);
    }
  });
});
