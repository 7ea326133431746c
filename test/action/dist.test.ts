import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../scripts/build.mjs';

const out = mkdtempSync(path.join(tmpdir(), 'grantbook-dist-'));
beforeAll(async () => buildAll(out), 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

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
    expect(fresh).toEqual(expect.arrayContaining(['index.js', 'cli.js']));
    for (const file of fresh) {
      const committed = readFileSync(path.join('dist', file));
      expect(committed.equals(readFileSync(path.join(out, file))), `dist/${file} is stale`).toBe(true);
    }
  });
});
