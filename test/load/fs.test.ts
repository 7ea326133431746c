import { builtinRegistry } from '../../src/providers/catalog.js';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectRepoFiles, listRepoFiles, readRepoFile } from '../../src/load/fs.js';
import { sortDiagnostics } from '../../src/diagnostics.js';
import { validateFiles } from '../../src/policy/load-repo.js';
import type { Diagnostic } from '../../src/diagnostics.js';

/** The format-only check of a working tree (`grantbook validate --format-only`). */
async function validateRepo(root: string): Promise<Diagnostic[]> {
  const collected = await collectRepoFiles(root);
  return sortDiagnostics([...collected.diagnostics, ...validateFiles(collected.files, builtinRegistry())]);
}
import { REQUEST_MAX_BYTES } from '../../src/load/limits.js';
import { codes, GOOD_IDENTITIES, GOOD_PROFILE, GOOD_REQUEST, GOOD_TARGETS } from './fixtures.js';

let root: string;

async function put(path: string, text: string): Promise<void> {
  const full = join(root, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, text);
}

async function goodRepo(): Promise<void> {
  await put('access-requests/alice-inc-4211.yaml', GOOD_REQUEST);
  await put('access-requests/.gitkeep', '');
  await put('policies/orders-readonly.yaml', GOOD_PROFILE);
  await put('policies/targets.yaml', GOOD_TARGETS);
  await put('policies/identities.yaml', GOOD_IDENTITIES);
  await put('src/ignored.ts', 'not ours');
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'grantbook-load-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readRepoFile', () => {
  it('reads a regular file as bytes', async () => {
    await put('access-requests/a.yaml', 'requester: alice\n');
    const r = await readRepoFile(root, 'access-requests/a.yaml');
    expect(r.ok).toBe(true);
    if (r.ok) expect(new TextDecoder().decode(r.value.bytes)).toBe('requester: alice\n');
  });

  it('refuses a symlinked request file, whether it points inside or outside the repository', async () => {
    await put('policies/targets.yaml', GOOD_TARGETS);
    await mkdir(join(root, 'access-requests'));
    await symlink(join(root, 'policies/targets.yaml'), join(root, 'access-requests/inside.yaml'));
    await symlink('/etc/passwd', join(root, 'access-requests/outside.yaml'));
    for (const path of ['access-requests/inside.yaml', 'access-requests/outside.yaml']) {
      const r = await readRepoFile(root, path);
      expect(r.ok ? [] : codes(r.diagnostics)).toEqual(['E_NOT_REGULAR_FILE']);
    }
  });

  it('refuses a file reached through a symlinked directory', async () => {
    await put('elsewhere/a.yaml', GOOD_REQUEST);
    await symlink(join(root, 'elsewhere'), join(root, 'access-requests'));
    const r = await readRepoFile(root, 'access-requests/a.yaml');
    expect(r.ok ? [] : codes(r.diagnostics)).toEqual(['E_NOT_REGULAR_FILE']);
  });

  it('refuses an oversized file from its size, without reading it', async () => {
    await put('access-requests/big.yaml', 'x'.repeat(REQUEST_MAX_BYTES + 1));
    const r = await readRepoFile(root, 'access-requests/big.yaml');
    expect(r.ok ? [] : codes(r.diagnostics)).toEqual(['E_FILE_TOO_LARGE']);
    await put('access-requests/edge.yaml', 'x'.repeat(REQUEST_MAX_BYTES));
    expect((await readRepoFile(root, 'access-requests/edge.yaml')).ok).toBe(true);
  });

  it('reports a missing file or a bad path as unreadable', async () => {
    expect(codes(await readRepoFile(root, 'access-requests/none.yaml').then((r) => (r.ok ? [] : r.diagnostics)))).toEqual(['E_FILE_UNREADABLE']);
    expect(codes(await readRepoFile(root, '../etc/passwd').then((r) => (r.ok ? [] : r.diagnostics)))).toEqual(['E_FILE_UNREADABLE']);
  });
});

describe('listing and validating a repository', () => {
  it('finds nothing wrong in a good repository and ignores files outside its directories', async () => {
    await goodRepo();
    const listing = await listRepoFiles(root);
    expect(listing.paths).toEqual([
      'access-requests/.gitkeep',
      'access-requests/alice-inc-4211.yaml',
      'policies/identities.yaml',
      'policies/orders-readonly.yaml',
      'policies/targets.yaml',
    ]);
    expect(await validateRepo(root)).toEqual([]);
  });

  it('reports links, special files, nested and misnamed files, and bad content', async () => {
    await goodRepo();
    await put('access-requests/nested/bob.yaml', GOOD_REQUEST);
    await put('access-requests/carol.yml', GOOD_REQUEST);
    await put('access-requests/dave.yaml', 'requester: 1\n');
    await symlink(join(root, 'policies/targets.yaml'), join(root, 'access-requests/erin.yaml'));
    await mkdir(join(root, 'outside'));
    await symlink(join(root, 'outside'), join(root, 'access-requests/linked-dir'));
    const socketPath = join(root, 'access-requests/sock.yaml');
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      const d = await validateRepo(root);
      const byFile = d.map((x) => `${x.file} ${x.code}`);
      expect(byFile).toEqual(
        expect.arrayContaining([
          'access-requests/nested/bob.yaml E_REQUEST_FILENAME',
          'access-requests/carol.yml E_REQUEST_FILENAME',
          'access-requests/dave.yaml E_SCHEMA_EXPECTED_STRING',
          'access-requests/erin.yaml E_NOT_REGULAR_FILE',
          'access-requests/linked-dir E_NOT_REGULAR_FILE',
          'access-requests/sock.yaml E_NOT_REGULAR_FILE',
        ]),
      );
      const collected = await collectRepoFiles(root);
      expect(collected.files.map((f) => f.path)).not.toContain('access-requests/erin.yaml');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('refuses a symlinked access-requests directory', async () => {
    await goodRepo();
    await rm(join(root, 'access-requests'), { recursive: true });
    await put('real/alice.yaml', GOOD_REQUEST);
    await symlink(join(root, 'real'), join(root, 'access-requests'));
    const d = await validateRepo(root);
    expect(d.map((x) => `${x.file} ${x.code}`)).toEqual(['access-requests E_NOT_REGULAR_FILE']);
  });

  it('reports a missing policies directory as missing policy files', async () => {
    await put('access-requests/alice-inc-4211.yaml', GOOD_REQUEST);
    expect(codes(await validateRepo(root))).toEqual(['E_POLICY_IDENTITIES_MISSING', 'E_POLICY_TARGETS_MISSING']);
  });
});
