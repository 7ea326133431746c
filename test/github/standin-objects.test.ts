import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitRepo } from '../support/github/git.js';

/**
 * The stand-in writes blobs and trees itself rather than through git (a
 * process per object costs too much over a test run): the objects must be
 * the ones git writes, byte for byte, and git must read them as sound.
 */
let repo: GitRepo;
const git = (args: string[], input?: string | Buffer): string =>
  execFileSync('git', ['-C', repo.dir, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', HOME: repo.dir },
  }).trim();

beforeAll(async () => {
  repo = await GitRepo.create();
});
afterAll(async () => {
  await repo.destroy();
});

describe("the stand-in's own object writes", () => {
  it('names a blob as git hash-object does, for text, binary and empty content', async () => {
    for (const content of ['hello\n', 'Zoë Åström 支払い\r\n', '', Buffer.from([0, 255, 10, 13, 0x80])]) {
      const ours = await repo.hashBlob(content);
      expect(ours).toBe(git(['hash-object', '-t', 'blob', '--stdin'], content));
      expect(execFileSync('git', ['-C', repo.dir, 'cat-file', 'blob', ours])).toEqual(Buffer.from(content));
    }
  });

  it("writes the tree git mktree writes, in git's order (a directory sorts as if its name ended in /)", async () => {
    const blob = await repo.hashBlob('x\n');
    const sub = await repo.mktree([{ mode: '100644', type: 'blob', sha: blob, name: 'inner' }]);
    const entries = [
      { mode: '100644', type: 'blob', sha: blob, name: 'a.b' },
      { mode: '040000', type: 'tree', sha: sub, name: 'a' },
      { mode: '100755', type: 'blob', sha: blob, name: 'a-b' },
      { mode: '120000', type: 'blob', sha: blob, name: 'link' },
      { mode: '100644', type: 'blob', sha: blob, name: 'Zoë.yaml' },
      { mode: '100644', type: 'blob', sha: blob, name: 'a0' },
    ] as const;
    const ours = await repo.mktree(entries);
    const theirs = git(['mktree', '-z'], entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.name}\0`).join(''));
    expect(ours).toBe(theirs);
    expect(await repo.mktree([])).toBe(git(['mktree'], ''));
    // Byte order, the directory `a` as `a/`: after `a.b` (0x2e), before `a0` (0x30).
    expect((await repo.lsTree(ours, true)).map((e) => e.path)).toEqual(['Zoë.yaml', 'a-b', 'a.b', 'a', 'a/inner', 'a0', 'link']);
    // Every object is readable and sound.
    expect(() => git(['fsck', '--strict', '--no-dangling'])).not.toThrow();
  });

  it('refuses an entry git would refuse: a slash in a name, an empty name, a malformed sha', async () => {
    const blob = await repo.hashBlob('y\n');
    await expect(repo.mktree([{ mode: '100644', type: 'blob', sha: blob, name: 'a/b' }])).rejects.toThrow(/bad entry/);
    await expect(repo.mktree([{ mode: '100644', type: 'blob', sha: blob, name: '' }])).rejects.toThrow(/bad entry/);
    await expect(repo.mktree([{ mode: '100644', type: 'blob', sha: 'abc', name: 'x' }])).rejects.toThrow(/bad entry/);
  });
});
