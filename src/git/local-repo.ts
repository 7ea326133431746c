import { execFile, spawn } from 'node:child_process';

/** A file as git stores it at one commit. */
export interface GitFile {
  readonly path: string;
  /** Git mode: `100644`/`100755` regular, `120000` symlink, `160000` submodule, `040000` tree. */
  readonly mode: string;
  readonly blobSha: string;
  /** Undefined when the blob was larger than the cap (its size is then in `size`). */
  readonly bytes?: Uint8Array;
  readonly size: number;
}

export const REGULAR_FILE_MODES: ReadonlySet<string> = new Set(['100644', '100755']);

const SHA_RE = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;

/**
 * Reads files from a local clone's object database by commit, never from the
 * working tree: what is judged is exactly what the commit holds, symlinks are
 * seen as symlinks (mode 120000) and nothing on disk is followed. Arguments
 * are passed as an argv array (no shell) and paths only after `--`.
 */
export class LocalRepo {
  constructor(private readonly dir: string) {}

  /** Full SHA of a revision, or undefined when it does not exist. */
  async resolve(revision: string): Promise<string | undefined> {
    try {
      const out = await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
      const sha = out.toString('utf8').trim();
      return SHA_RE.test(sha) ? sha : undefined;
    } catch {
      return undefined;
    }
  }

  /** Parents of a commit, first parent first. */
  async parents(commit: string): Promise<readonly string[]> {
    const out = await this.git(['rev-list', '--parents', '-n', '1', '--end-of-options', checkSha(commit)]);
    return out.toString('utf8').trim().split(' ').slice(1);
  }

  /**
   * Every entry under the given directories (or exact paths) at a commit,
   * with blob contents up to `maxBytes` each.
   */
  async readFiles(commit: string, paths: readonly string[], maxBytes: number): Promise<GitFile[]> {
    const listing = await this.git(['ls-tree', '-r', '-z', '--full-tree', '--long', checkSha(commit), '--', ...paths]);
    const entries = parseLsTree(listing);
    const wanted = entries.filter((e) => e.type === 'blob' && e.size <= maxBytes).map((e) => e.blobSha);
    const blobs = await this.readBlobs(wanted);
    return entries.map((entry) => {
      const bytes = entry.type === 'blob' && entry.size <= maxBytes ? blobs.get(entry.blobSha) : undefined;
      return {
        path: entry.path,
        mode: entry.mode,
        blobSha: entry.blobSha,
        size: entry.size,
        ...(bytes !== undefined ? { bytes } : {}),
      };
    });
  }

  /** Many blobs through one `git cat-file --batch` process instead of one process each. */
  private readBlobs(shas: readonly string[]): Promise<Map<string, Uint8Array>> {
    const unique = [...new Set(shas.map(checkSha))];
    if (unique.length === 0) return Promise.resolve(new Map<string, Uint8Array>());
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['-C', this.dir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'ignore'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) return reject(new Error(`git cat-file failed (${code})`));
        try {
          resolve(parseBatch(Buffer.concat(chunks), unique));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      child.stdin.end(`${unique.join('\n')}\n`);
    });
  }

  /**
   * The entries of one directory at a commit (`''` for the root), not
   * recursive, with blob sizes; undefined when there is no such directory.
   */
  async listDir(commit: string, dir: string): Promise<readonly GitFile[] | undefined> {
    const spec = dir === '' ? checkSha(commit) : `${checkSha(commit)}:${dir}`;
    let listing: Buffer;
    try {
      listing = await this.git(['ls-tree', '-z', '--long', '--end-of-options', spec]);
    } catch {
      return undefined;
    }
    return parseLsTree(listing).map((e) => ({ path: dir === '' ? e.path : `${dir}/${e.path}`, mode: e.mode, blobSha: e.blobSha, size: e.size }));
  }

  /** One blob's bytes. */
  async readBlob(sha: string): Promise<Uint8Array> {
    const blobs = await this.readBlobs([sha]);
    const bytes = blobs.get(sha);
    if (bytes === undefined) throw new Error(`git has no blob ${sha}`);
    return bytes;
  }

  /** Paths added (status A) between two commits, as git sees them (no rename detection). */
  async addedPaths(from: string, to: string, under: string): Promise<readonly string[]> {
    const out = await this.git(['diff', '--no-renames', '--name-only', '-z', '--diff-filter=A', checkSha(from), checkSha(to), '--', under]);
    return out
      .toString('utf8')
      .split('\0')
      .filter((p) => p !== '');
  }

  private git(args: readonly string[]): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      execFile('git', ['-C', this.dir, ...args], { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => {
        if (error) reject(new Error(`git ${args[0] ?? ''} failed: ${error.message}`));
        else resolve(stdout);
      });
    });
  }
}

/** `<sha> blob <size>\n<content>\n` per object, in the order asked. */
function parseBatch(output: Buffer, shas: readonly string[]): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  let at = 0;
  for (const sha of shas) {
    const newline = output.indexOf(10, at);
    const header = output.subarray(at, newline).toString('utf8').split(' ');
    if (header[0] !== sha || header[1] !== 'blob') throw new Error('git cat-file answered out of order');
    const size = Number(header[2]);
    blobs.set(sha, new Uint8Array(output.subarray(newline + 1, newline + 1 + size)));
    at = newline + 1 + size + 1;
  }
  return blobs;
}

function checkSha(sha: string): string {
  if (!SHA_RE.test(sha)) throw new Error('not a full commit SHA');
  return sha;
}

interface LsTreeEntry {
  mode: string;
  type: string;
  blobSha: string;
  size: number;
  path: string;
}

/** `git ls-tree -z --long`: `<mode> SP <type> SP <object> SP+ <size> TAB <path> NUL`. */
function parseLsTree(output: Buffer): LsTreeEntry[] {
  const entries: LsTreeEntry[] = [];
  for (const record of output.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode = '', type = '', blobSha = '', size = ''] = record.slice(0, tab).split(/ +/);
    entries.push({ mode, type, blobSha, size: size === '-' ? 0 : Number(size), path: record.slice(tab + 1) });
  }
  return entries;
}
