import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../scripts/build.mjs';

const out = mkdtempSync(path.join(tmpdir(), 'grantbook-dist-'));
beforeAll(async () => buildAll(out), 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('committed dist/', () => {
  it.each(['index.js', 'cli.js'])('%s matches a fresh build of src/ (run `npm run build` and commit)', (file) => {
    const fresh = readFileSync(path.join(out, file));
    const committed = readFileSync(path.join('dist', file));
    expect(committed.equals(fresh), `dist/${file} is stale`).toBe(true);
  });
});
