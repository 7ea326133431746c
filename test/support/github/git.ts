import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { parseNumstat, parseSignature } from './git-parse.js';
import { spawnViaHelper } from './spawner.js';

/**
 * The git CLI over one bare repository. Every call goes through execFile (no
 * shell), in a small helper process (spawner.ts); arguments that carry request text are validated by the caller first
 * and placed after `--` or `--end-of-options` where git accepts it.
 */
export const SHA_PATTERN = /^[0-9a-f]{40}$/;
/** Branch and tag names the stand-in accepts: no leading '-', no '..', no '@{', no control chars. */
export const REF_NAME_PATTERN = /^(?!-)(?!.*\.\.)(?!.*@\{)(?!.*\/\/)[A-Za-z0-9._/-]{1,200}(?<![./])$/;

export type EntryType = 'blob' | 'tree' | 'commit';
export type FileMode = '100644' | '100755' | '120000' | '160000' | '040000';

export interface TreeEntry {
  readonly mode: FileMode;
  readonly type: EntryType;
  readonly sha: string;
  /** Blob size in bytes; undefined for trees and submodules. */
  readonly size: number | undefined;
  readonly path: string;
}

export interface Signature {
  readonly name: string;
  readonly email: string;
  /** epoch seconds */
  readonly time: number;
}

export interface CommitObject {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
  readonly author: Signature;
  readonly committer: Signature;
  readonly message: string;
}

export interface RawChange {
  readonly status: 'A' | 'D' | 'M' | 'R' | 'T' | 'C';
  readonly oldMode: string;
  readonly newMode: string;
  readonly oldSha: string;
  readonly newSha: string;
  readonly path: string;
  readonly previousPath: string | undefined;
  readonly additions: number;
  readonly deletions: number;
}

interface RunOptions {
  readonly input?: string | Buffer;
  readonly env?: Readonly<Record<string, string>>;
  /** Exit codes that are answers rather than failures (e.g. 1 for merge-base --is-ancestor). */
  readonly okCodes?: readonly number[];
}

interface RunResult {
  readonly code: number;
  readonly stdout: Buffer;
}

const ZERO_SHA = '0'.repeat(40);

export class GitRepo {
  /**
   * Answers about objects never change (a SHA names its content), so they are
   * memoised: paging through a 3,000-file pull request then diffs once, not per page.
   */
  private readonly memo = new Map<string, Promise<unknown>>();
  /**
   * Refs change only through updateRef and deleteRef of this object (the
   * tests read the bare repository from outside, fetch and clone, never write
   * it), so the listing is read once per change rather than once per lookup.
   */
  private refs: Promise<Map<string, string>> | undefined;

  private constructor(readonly dir: string) {}

  private remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit as Promise<T>;
    if (this.memo.size > 2000) this.memo.clear();
    const value = compute();
    this.memo.set(key, value);
    value.catch(() => this.memo.delete(key));
    return value;
  }

  static async create(): Promise<GitRepo> {
    const dir = await mkdtemp(join(tmpdir(), 'grantbook-standin-'));
    const repo = new GitRepo(dir);
    await repo.run(['init', '--quiet', '--bare', '--initial-branch=main', dir]);
    return repo;
  }

  async destroy(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  async run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const { code, stdout, stderr } = await spawnViaHelper({
      file: 'git',
      args: ['-C', this.dir, '-c', 'core.quotePath=false', ...args],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: this.dir, GIT_CONFIG_NOSYSTEM: '1', ...options.env },
      input: options.input,
      maxBuffer: 256 * 1024 * 1024,
    });
    if (code === 0 || (options.okCodes ?? []).includes(code)) return { code, stdout };
    throw new Error(`git ${args[0] ?? ''} failed (${code}): ${stderr.toString('utf8').trim()}`);
  }

  private async text(args: readonly string[], options: RunOptions = {}): Promise<string> {
    return (await this.run(args, options)).stdout.toString('utf8').trim();
  }

  async hashBlob(bytes: string | Buffer): Promise<string> {
    return this.written('blob', await this.writeObject('blob', typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes));
  }

  /** `git mktree`: the entries in git's tree order (a tree's name sorts as if it ended in `/`). */
  async mktree(entries: readonly { mode: FileMode; type: EntryType; sha: string; name: string }[]): Promise<string> {
    // By mode, as git does: the mode is what the tree records.
    const sortKey = (e: { mode: FileMode; name: string }): Buffer => Buffer.from(e.mode === '040000' ? `${e.name}/` : e.name, 'utf8');
    const sorted = entries.map((e) => ({ e, key: sortKey(e) })).sort((a, b) => Buffer.compare(a.key, b.key));
    const parts: Buffer[] = [];
    for (const { e } of sorted) {
      if (e.name === '' || e.name.includes('/') || e.name.includes('\0') || !SHA_PATTERN.test(e.sha))
        throw new Error(`mktree: bad entry ${JSON.stringify(e.name)}`);
      // git writes a tree's mode without the leading zero.
      parts.push(Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`, 'utf8'), Buffer.from(e.sha, 'hex'));
    }
    return this.written('tree', await this.writeObject('tree', Buffer.concat(parts)));
  }

  /**
   * Writes a loose object as git does (zlib of `<type> <size>\0<body>`,
   * named by its SHA-1, written under a temporary name and renamed into
   * place), here rather than through `git hash-object` / `git mktree`: the
   * stand-in writes thousands of blobs and trees per test run, and each git
   * call costs a process.
   */
  private async writeObject(type: 'blob' | 'tree', body: Buffer): Promise<string> {
    const header = Buffer.from(`${type} ${body.length}\0`, 'utf8');
    const sha = createHash('sha1').update(header).update(body).digest('hex');
    const dir = join(this.dir, 'objects', sha.slice(0, 2));
    const file = join(dir, sha.slice(2));
    const exists = await stat(file).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(dir, { recursive: true });
      const temp = join(dir, `tmp_obj_${randomBytes(6).toString('hex')}`);
      await writeFile(temp, deflateSync(Buffer.concat([header, body])), { mode: 0o444 });
      await rename(temp, file);
    }
    return sha;
  }

  /** An object git has just written: its type is known without asking again. */
  private written(type: 'blob' | 'tree' | 'commit', sha: string): string {
    if (SHA_PATTERN.test(sha)) this.remember(`type ${sha}`, () => Promise.resolve(type)).catch(() => undefined);
    return sha;
  }

  async commitTree(c: { tree: string; parents: readonly string[]; message: string; author: Signature; committer: Signature }): Promise<string> {
    const args = ['commit-tree', c.tree, ...c.parents.flatMap((p) => ['-p', p])];
    const sha = await this.text(args, {
      input: c.message,
      env: {
        GIT_AUTHOR_NAME: c.author.name,
        GIT_AUTHOR_EMAIL: c.author.email,
        GIT_AUTHOR_DATE: `@${c.author.time} +0000`,
        GIT_COMMITTER_NAME: c.committer.name,
        GIT_COMMITTER_EMAIL: c.committer.email,
        GIT_COMMITTER_DATE: `@${c.committer.time} +0000`,
      },
    });
    return this.written('commit', sha);
  }

  /** Compare-and-swap: `expected` undefined means the ref must not exist yet. */
  async updateRef(ref: string, sha: string, expected: string | undefined): Promise<boolean> {
    this.refs = undefined;
    try {
      const result = await this.run(['update-ref', '--no-deref', ref, sha, expected ?? ZERO_SHA], { okCodes: [1, 128] });
      return result.code === 0;
    } finally {
      // Again once git is done: a listing read while it ran may predate the change.
      this.refs = undefined;
    }
  }

  async deleteRef(ref: string): Promise<void> {
    this.refs = undefined;
    try {
      await this.run(['update-ref', '-d', ref]);
    } finally {
      this.refs = undefined;
    }
  }

  /** Full ref name -> sha, for every ref. */
  async listRefs(): Promise<Map<string, string>> {
    let refs = this.refs;
    if (refs === undefined) {
      refs = this.listRefsUncached();
      this.refs = refs;
      refs.catch(() => {
        if (this.refs === refs) this.refs = undefined;
      });
    }
    // A copy: callers may change what they get.
    return new Map(await refs);
  }

  private async listRefsUncached(): Promise<Map<string, string>> {
    const out = await this.text(['for-each-ref', '--format=%(refname) %(objectname)']);
    const refs = new Map<string, string>();
    for (const line of out.split('\n')) {
      const [name, sha] = line.split(' ');
      if (name !== undefined && sha !== undefined) refs.set(name, sha);
    }
    return refs;
  }

  async objectType(sha: string): Promise<string | undefined> {
    if (!SHA_PATTERN.test(sha)) return undefined;
    // Only an object's type is remembered: one missing now may be written later.
    const key = `type ${sha}`;
    const known = this.memo.get(key) as Promise<string | undefined> | undefined;
    if (known !== undefined) return known;
    const r = await this.run(['cat-file', '-t', sha], { okCodes: [1, 128] });
    if (r.code !== 0) return undefined;
    const type = r.stdout.toString('utf8').trim();
    this.remember(key, () => Promise.resolve(type)).catch(() => undefined);
    return type;
  }

  /** `<sha>^{tree}` etc. for a validated SHA; undefined when it does not peel. */
  async peel(sha: string, to: 'tree' | 'commit'): Promise<string | undefined> {
    if (!SHA_PATTERN.test(sha)) return undefined;
    const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${sha}^{${to}}`], {
      okCodes: [1, 128],
    });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
  }

  async readBlob(sha: string): Promise<Buffer> {
    const read = (): Promise<Buffer> => this.run(['cat-file', 'blob', sha]).then((r) => r.stdout);
    // A copy of the remembered bytes: callers may change what they get.
    return Buffer.from(await (SHA_PATTERN.test(sha) ? this.remember(`blob ${sha}`, read) : read()));
  }

  async readCommit(sha: string): Promise<CommitObject> {
    return this.remember(`commit ${sha}`, () => this.readCommitUncached(sha));
  }

  private async readCommitUncached(sha: string): Promise<CommitObject> {
    const raw = (await this.run(['cat-file', 'commit', sha])).stdout.toString('utf8');
    const split = raw.indexOf('\n\n');
    const header = split === -1 ? raw : raw.slice(0, split);
    const message = split === -1 ? '' : raw.slice(split + 2);
    let tree = '';
    const parents: string[] = [];
    let author: Signature | undefined;
    let committer: Signature | undefined;
    for (const line of header.split('\n')) {
      const space = line.indexOf(' ');
      const key = line.slice(0, space);
      const value = line.slice(space + 1);
      if (key === 'tree') tree = value;
      else if (key === 'parent') parents.push(value);
      else if (key === 'author') author = parseSignature(value);
      else if (key === 'committer') committer = parseSignature(value);
    }
    if (author === undefined || committer === undefined) throw new Error(`commit ${sha} has no author/committer`);
    return { sha, tree, parents, author, committer, message };
  }

  async lsTree(treeish: string, recursive: boolean): Promise<TreeEntry[]> {
    if (!SHA_PATTERN.test(treeish)) return this.lsTreeUncached(treeish, recursive);
    return this.remember(`ls-tree ${recursive} ${treeish}`, () => this.lsTreeUncached(treeish, recursive));
  }

  private async lsTreeUncached(treeish: string, recursive: boolean): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), treeish];
    const out = (await this.run(args)).stdout.toString('utf8');
    const entries: TreeEntry[] = [];
    for (const record of out.split('\0')) {
      if (record === '') continue;
      const tab = record.indexOf('\t');
      const [mode, type, sha, size] = record.slice(0, tab).split(/ +/);
      entries.push({
        mode: (mode === '40000' ? '040000' : mode) as FileMode,
        type: type as EntryType,
        sha: sha ?? '',
        size: size === undefined || size === '-' ? undefined : Number(size),
        path: record.slice(tab + 1),
      });
    }
    return entries;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
    return r.code === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.remember(`merge-base ${a} ${b}`, () => this.mergeBaseUncached(a, b));
  }

  private async mergeBaseUncached(a: string, b: string): Promise<string | undefined> {
    const r = await this.run(['merge-base', a, b], { okCodes: [1] });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
  }

  /** Commits reachable from `head` but not from `base`, oldest first. */
  async commitsBetween(base: string, head: string): Promise<string[]> {
    return this.remember(`rev-list ${base} ${head}`, () => this.commitsBetweenUncached(base, head));
  }

  private async commitsBetweenUncached(base: string, head: string): Promise<string[]> {
    const out = await this.text(['rev-list', '--reverse', '--topo-order', head, `^${base}`]);
    return out === '' ? [] : out.split('\n');
  }

  /** Three-way merge of two commits into a tree; undefined on conflict. */
  async mergeTrees(ours: string, theirs: string): Promise<string | undefined> {
    const r = await this.run(['merge-tree', '--write-tree', '--no-messages', ours, theirs], { okCodes: [1] });
    return r.code === 0 ? r.stdout.toString('utf8').trim().split('\n')[0] : undefined;
  }

  /** Changes between two trees with rename detection, as `git diff base...head` shows them. */
  async diff(from: string, to: string): Promise<RawChange[]> {
    return this.remember(`diff ${from} ${to}`, () => this.diffUncached(from, to));
  }

  private async diffUncached(from: string, to: string): Promise<RawChange[]> {
    const raw = (await this.run(['diff-tree', '-r', '-M', '-z', '--raw', from, to])).stdout.toString('utf8');
    const num = (await this.run(['diff-tree', '-r', '-M', '-z', '--numstat', from, to])).stdout.toString('utf8');
    const counts = parseNumstat(num);
    const fields = raw.split('\0');
    const changes: RawChange[] = [];
    for (let i = 0; i < fields.length;) {
      const meta = fields[i++];
      if (meta === undefined || meta === '') continue;
      const [oldMode, newMode, oldSha, newSha, statusField] = meta.slice(1).split(' ');
      const status = (statusField ?? 'M').charAt(0) as RawChange['status'];
      const first = fields[i++] ?? '';
      const second = status === 'R' || status === 'C' ? fields[i++] : undefined;
      const path = second ?? first;
      const c = counts.get(path) ?? { additions: 0, deletions: 0 };
      changes.push({
        status,
        oldMode: oldMode ?? '',
        newMode: newMode ?? '',
        oldSha: oldSha ?? '',
        newSha: newSha ?? '',
        path,
        previousPath: second === undefined ? undefined : first,
        ...c,
      });
    }
    return changes;
  }
}
