import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnostic, failed, ok, type Diagnostic, type Result } from '../diagnostics.js';
import type { LoadCode } from '../shared/codes/load.js';
import { MAX_REPO_DEPTH, MAX_REPO_FILES, POLICY_MAX_BYTES, REQUEST_MAX_BYTES } from './limits.js';
import { displayPath, POLICIES_DIR, REQUESTS_DIR, splitRepoPath } from './paths.js';
import { FILE_START, type SourceFile } from './source.js';

/*
 * The only filesystem code. A checked-out pull request controls names, links
 * and file types under access-requests/, so nothing here follows a symbolic
 * link, opens a special file, or reads more than the size cap.
 */

function problem(code: LoadCode, message: string, path: string): Diagnostic {
  return diagnostic(code, message, { file: displayPath(path), pointer: '', position: FILE_START });
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,32}$/.test(code) ? code : 'unknown error';
}

export function maxBytesForPath(path: string): number {
  return path.startsWith(`${REQUESTS_DIR}/`) ? REQUEST_MAX_BYTES : POLICY_MAX_BYTES;
}

// O_NOFOLLOW and O_NONBLOCK are absent on Windows; lstat + fstat identity below still hold there.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

async function readCapped(absolute: string, before: Stats, maxBytes: number, path: string): Promise<Result<Uint8Array>> {
  const handle = await open(absolute, OPEN_FLAGS);
  try {
    const after = await handle.stat();
    // Swapped between lstat and open (a race, or a link planted by a concurrent writer).
    if (!after.isFile() || after.ino !== before.ino || after.dev !== before.dev) {
      return failed([problem('E_NOT_REGULAR_FILE', 'The file changed while it was being opened.', path)]);
    }
    const buffer = new Uint8Array(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) {
      return failed([problem('E_FILE_TOO_LARGE', `The file is larger than ${maxBytes} bytes.`, path)]);
    }
    return ok(buffer.slice(0, length));
  } finally {
    await handle.close();
  }
}

/**
 * Reads one repository file as bytes: every directory on the way must be a
 * real directory, the file a regular file (never a symbolic link), its size
 * within the cap by lstat and again by what is actually read.
 */
export async function readRepoFile(root: string, path: string, maxBytes = maxBytesForPath(path)): Promise<Result<SourceFile>> {
  const parts = splitRepoPath(path);
  if (parts === undefined) return failed([problem('E_FILE_UNREADABLE', 'The path is not a clean repository-relative path.', path)]);
  try {
    for (let i = 1; i < parts.length; i += 1) {
      const dir = await lstat(join(root, ...parts.slice(0, i)));
      if (!dir.isDirectory()) return failed([problem('E_NOT_REGULAR_FILE', 'A directory on the path is a symbolic link or not a directory.', path)]);
    }
    const absolute = join(root, ...parts);
    const stats = await lstat(absolute);
    if (!stats.isFile()) return failed([problem('E_NOT_REGULAR_FILE', 'The path is a symbolic link or not a regular file.', path)]);
    if (stats.size > maxBytes) {
      return failed([problem('E_FILE_TOO_LARGE', `The file is ${stats.size} bytes; the limit is ${maxBytes} bytes.`, path)]);
    }
    const bytes = await readCapped(absolute, stats, maxBytes, path);
    return bytes.ok ? ok({ path, bytes: bytes.value }) : failed(bytes.diagnostics);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP' || code === 'EMLINK') return failed([problem('E_NOT_REGULAR_FILE', 'The path is a symbolic link.', path)]);
    return failed([problem('E_FILE_UNREADABLE', `The file could not be read (${code}).`, path)]);
  }
}

export interface RepoListing {
  readonly paths: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Every file under access-requests/ and policies/, without following links.
 * Links and special files are reported, not listed; subdirectories are walked
 * so their files are reported as misplaced rather than ignored.
 */
export async function listRepoFiles(root: string): Promise<RepoListing> {
  const paths: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const walk = async (rel: string, depth: number): Promise<boolean> => {
    if (depth > MAX_REPO_DEPTH) {
      diagnostics.push(problem('E_REPO_TOO_MANY_FILES', `Directories nest deeper than ${MAX_REPO_DEPTH} levels.`, rel));
      return false;
    }
    const entries = await readdir(join(root, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!(await walk(child, depth + 1))) return false;
      } else if (entry.isFile()) {
        paths.push(child);
        if (paths.length > MAX_REPO_FILES) {
          diagnostics.push(problem('E_REPO_TOO_MANY_FILES', `More than ${MAX_REPO_FILES} files.`, rel));
          return false;
        }
      } else {
        diagnostics.push(problem('E_NOT_REGULAR_FILE', 'The path is a symbolic link or not a regular file.', child));
      }
    }
    return true;
  };
  for (const top of [REQUESTS_DIR, POLICIES_DIR]) {
    let stats: Stats;
    try {
      stats = await lstat(join(root, top));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue;
      diagnostics.push(problem('E_FILE_UNREADABLE', `The directory could not be read (${errorCode(error)}).`, top));
      continue;
    }
    if (!stats.isDirectory()) {
      diagnostics.push(problem('E_NOT_REGULAR_FILE', 'The directory is a symbolic link or not a directory.', top));
      continue;
    }
    if (!(await walk(top, 1))) break;
  }
  return { paths, diagnostics };
}

export interface RepoFiles {
  readonly files: readonly SourceFile[];
  readonly diagnostics: readonly Diagnostic[];
}

/** listRepoFiles, then each file read with readRepoFile. */
export async function collectRepoFiles(root: string): Promise<RepoFiles> {
  const listing = await listRepoFiles(root);
  const files: SourceFile[] = [];
  const diagnostics = [...listing.diagnostics];
  for (const path of listing.paths) {
    const read = await readRepoFile(root, path);
    if (read.ok) files.push(read.value);
    else diagnostics.push(...read.diagnostics);
  }
  return { files, diagnostics };
}
