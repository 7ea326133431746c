import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalRepo } from '../../src/git/local-repo.js';

let dir: string;
let first: string;
let second: string;
const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'grantbook-git-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.invalid');
  git('config', 'user.name', 'T');
  mkdirSync(path.join(dir, 'policies'));
  writeFileSync(path.join(dir, 'policies/targets.yaml'), 'targets: {}\n');
  writeFileSync(path.join(dir, 'outside.txt'), 'secret\n');
  git('add', '.');
  git('commit', '-q', '-m', 'one');
  first = git('rev-parse', 'HEAD');
  mkdirSync(path.join(dir, 'access-requests'));
  writeFileSync(path.join(dir, 'access-requests/a.yaml'), 'requester: alice\n');
  symlinkSync('../outside.txt', path.join(dir, 'access-requests/link.yaml'));
  writeFileSync(path.join(dir, 'policies/big.yaml'), 'x'.repeat(5000));
  git('add', '.');
  git('commit', '-q', '-m', 'two');
  second = git('rev-parse', 'HEAD');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('LocalRepo', () => {
  it('reads files at a commit, not from the working tree', async () => {
    writeFileSync(path.join(dir, 'policies/targets.yaml'), 'changed on disk\n');
    const files = await new LocalRepo(dir).readFiles(first, ['policies/'], 1024);
    expect(files.map((f) => [f.path, f.mode, Buffer.from(f.bytes ?? []).toString()])).toEqual([['policies/targets.yaml', '100644', 'targets: {}\n']]);
  });

  it('shows a symlink as a symlink and never follows it', async () => {
    const files = await new LocalRepo(dir).readFiles(second, ['access-requests/'], 1024);
    const link = files.find((f) => f.path === 'access-requests/link.yaml');
    expect(link?.mode).toBe('120000');
    expect(Buffer.from(link?.bytes ?? []).toString()).toBe('../outside.txt');
  });

  it('does not read blobs over the cap', async () => {
    const files = await new LocalRepo(dir).readFiles(second, ['policies/big.yaml'], 1024);
    expect(files).toHaveLength(1);
    expect(files[0]?.bytes).toBeUndefined();
    expect(files[0]?.size).toBe(5000);
  });

  it('lists paths added between commits', async () => {
    const added = await new LocalRepo(dir).addedPaths(first, second, 'access-requests/');
    expect([...added].sort()).toEqual(['access-requests/a.yaml', 'access-requests/link.yaml']);
  });

  it('resolves revisions and parents, and refuses option-shaped input', async () => {
    const repo = new LocalRepo(dir);
    expect(await repo.resolve('HEAD')).toBe(second);
    expect(await repo.parents(second)).toEqual([first]);
    expect(await repo.resolve('--output=/tmp/x')).toBeUndefined();
    await expect(repo.readFiles('--all', ['x'], 10)).rejects.toThrow('not a full commit SHA');
  });
});
