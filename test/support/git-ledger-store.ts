import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileChange, LedgerEntry, LedgerStore } from '../../src/ledger/store.js';
import { spawnViaHelper } from './github/spawner.js';

/** Output a git call may give (a whole ledger read back): far above what any test writes. */
const MAX_OUTPUT = 256 * 1024 * 1024;

/**
 * LedgerStore over a real bare git repository through the git CLI (started
 * from a small helper process, github/spawner.ts; no
 * shell). Objects, trees and SHAs are git's own; the ref update is git's
 * atomic compare-and-swap (`update-ref <ref> <new> <old>`) after a real
 * ancestry check, so two writers racing get exactly the fast-forward
 * semantics of GitHub's "update a reference" without `force`.
 */
export class GitLedgerStore implements LedgerStore {
  private constructor(readonly gitDir: string) {}

  /** A new bare repository whose `branch` holds one commit with `files`. */
  static async create(branch = 'main', files: Readonly<Record<string, string>> = { 'README.md': 'access\n' }): Promise<GitLedgerStore> {
    const dir = await mkdtemp(join(tmpdir(), 'grantbook-ledger-'));
    const store = new GitLedgerStore(dir);
    await store.git(['init', '--quiet', '--bare', `--initial-branch=${branch}`, dir]);
    const emptyTree = (await store.git(['hash-object', '-t', 'tree', '-w', '--stdin'], { input: '' })).trim();
    const changes = Object.entries(files).map(([path, content]) => ({ path, content }));
    const root = await store.buildCommit(undefined, emptyTree, changes, 'initial');
    await store.git(['update-ref', `refs/heads/${branch}`, root]);
    return store;
  }

  async destroy(): Promise<void> {
    await rm(this.gitDir, { recursive: true, force: true });
  }

  async readTip(branch: string): Promise<{ commitSha: string; treeSha: string }> {
    const commitSha = (await this.git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`])).trim();
    const treeSha = (await this.git(['rev-parse', '--verify', '--quiet', `${commitSha}^{tree}`])).trim();
    return { commitSha, treeSha };
  }

  async readFile(commitSha: string, path: string): Promise<string | undefined> {
    const entry = (await this.lsTree(commitSha, path)).find((e) => e.path === path);
    if (entry === undefined || entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) return undefined;
    return this.git(['cat-file', 'blob', entry.sha]);
  }

  async listDir(commitSha: string, dir: string): Promise<LedgerEntry[] | undefined> {
    const entries = await this.lsTree(commitSha, dir === '' ? undefined : `${dir}/`);
    if (entries.length === 0) return undefined;
    return entries.map((e) => ({
      name: e.path.slice(e.path.lastIndexOf('/') + 1),
      kind: e.type === 'tree' ? 'directory' : e.type === 'blob' && (e.mode === '100644' || e.mode === '100755') ? 'file' : 'other',
      sha: e.sha,
      ...(e.size !== undefined ? { size: e.size } : {}),
    }));
  }

  async readBlob(sha: string): Promise<string> {
    const { stdout } = await this.gitRaw(['cat-file', 'blob', sha]);
    return new TextDecoder('utf-8', { fatal: true }).decode(stdout);
  }

  /** Blob reads so far (benchmarks and tests count what a run reads). */
  blobReads = 0;

  async writeCommit(input: { parentSha: string; baseTreeSha: string; files: readonly FileChange[]; message: string }): Promise<string> {
    return this.buildCommit(input.parentSha, input.baseTreeSha, input.files, input.message);
  }

  async fastForward(branch: string, commitSha: string): Promise<'ok' | 'not-fast-forward'> {
    const ref = `refs/heads/${branch}`;
    const current = (await this.git(['rev-parse', '--verify', '--quiet', ref])).trim();
    const ancestor = await this.git(['merge-base', '--is-ancestor', current, commitSha], { okCodes: [1] });
    if (ancestor.code === 1) return 'not-fast-forward';
    // Compare-and-swap against the value just checked: a writer landing in between makes this fail.
    const swapped = await this.git(['update-ref', ref, commitSha, current], { okCodes: [1, 128] });
    if (swapped.code !== 0) {
      const now = (await this.git(['rev-parse', '--verify', '--quiet', ref])).trim();
      if (now !== current) return 'not-fast-forward';
      throw new Error(`git update-ref failed: ${swapped.stderr}`);
    }
    return 'ok';
  }

  /** Another writer's commit straight onto the branch (not through the ledger). */
  async commitOther(branch: string, files: readonly FileChange[], message = 'other change'): Promise<string> {
    const tip = await this.readTip(branch);
    const sha = await this.buildCommit(tip.commitSha, tip.treeSha, files, message);
    await this.git(['update-ref', `refs/heads/${branch}`, sha, tip.commitSha]);
    return sha;
  }

  /** Forces the branch anywhere (a history rewrite). */
  async forceRef(branch: string, commitSha: string): Promise<void> {
    await this.git(['update-ref', `refs/heads/${branch}`, commitSha]);
  }

  async commitCount(branch: string): Promise<number> {
    return Number((await this.git(['rev-list', '--count', `refs/heads/${branch}`])).trim());
  }

  private async buildCommit(parent: string | undefined, baseTree: string, files: readonly FileChange[], message: string): Promise<string> {
    const scratch = await mkdtemp(join(tmpdir(), 'grantbook-index-'));
    const env = { GIT_INDEX_FILE: join(scratch, 'index') };
    try {
      await this.git(['read-tree', baseTree], { env });
      // --index-info works without a work tree (a bare repository); mode 0 removes an entry.
      const records: string[] = [];
      for (const file of files) {
        if (file.content === null) {
          records.push(`0 ${'0'.repeat(40)}\t${file.path}`);
        } else {
          const blob = (await this.git(['hash-object', '-w', '--stdin'], { input: file.content })).trim();
          records.push(`100644 blob ${blob}\t${file.path}`);
        }
      }
      await this.git(['update-index', '-z', '--index-info'], { env, input: records.map((r) => `${r}\0`).join('') });
      const tree = (await this.git(['write-tree'], { env })).trim();
      const parents = parent === undefined ? [] : ['-p', parent];
      return (await this.git(['commit-tree', tree, ...parents, '-m', message], { env })).trim();
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  private async lsTree(commitSha: string, path: string | undefined): Promise<{ mode: string; type: string; sha: string; path: string; size?: number }[]> {
    const out = await this.git(['ls-tree', '-l', '-z', commitSha, ...(path === undefined ? [] : ['--', path])]);
    return out
      .split('\0')
      .filter((record) => record !== '')
      .map((record) => {
        const [meta = '', name = ''] = record.split('\t');
        const [mode = '', type = '', sha = '', size = '-'] = meta.split(/ +/);
        return { mode, type, sha, path: name, ...(size !== '-' ? { size: Number(size) } : {}) };
      });
  }

  private async gitRaw(args: readonly string[]): Promise<{ stdout: Buffer }> {
    this.blobReads += 1;
    const r = await spawnViaHelper({
      file: 'git',
      args: [`--git-dir=${this.gitDir}`, ...args],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: this.gitDir, GIT_CONFIG_NOSYSTEM: '1' },
      input: undefined,
      maxBuffer: MAX_OUTPUT,
    });
    if (r.code !== 0) throw new Error(`git ${args[0] ?? ''} exited ${String(r.code)}`);
    return { stdout: r.stdout };
  }

  private git(args: readonly string[], options?: { input?: string; env?: Record<string, string> }): Promise<string>;
  private git(
    args: readonly string[],
    options: { input?: string; env?: Record<string, string>; okCodes: readonly number[] },
  ): Promise<{ code: number; stdout: string; stderr: string }>;
  private async git(
    args: readonly string[],
    options: { input?: string; env?: Record<string, string>; okCodes?: readonly number[] } = {},
  ): Promise<string | { code: number; stdout: string; stderr: string }> {
    const r = await spawnViaHelper({
      file: 'git',
      args: [`--git-dir=${this.gitDir}`, ...args],
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: this.gitDir,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'grantbook',
        GIT_AUTHOR_EMAIL: 'grantbook@example.invalid',
        GIT_COMMITTER_NAME: 'grantbook',
        GIT_COMMITTER_EMAIL: 'grantbook@example.invalid',
        ...options.env,
      },
      input: options.input,
      maxBuffer: MAX_OUTPUT,
    });
    const stdout = r.stdout.toString('utf8');
    const stderr = r.stderr.toString('utf8');
    if (r.code === 0 && options.okCodes === undefined) return stdout;
    if (r.code !== -1 && (r.code === 0 || options.okCodes?.includes(r.code) === true)) return { code: r.code, stdout, stderr };
    throw new Error(`git ${args[0] ?? ''} exited ${String(r.code)}: ${stderr.trim()}`);
  }
}
