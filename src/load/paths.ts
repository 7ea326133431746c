import nodePath from 'node:path';
import { matches } from '../shared/patterns.js';

export const REQUESTS_DIR = 'access-requests';
export const POLICIES_DIR = 'policies';
export const TARGETS_PATH = 'policies/targets.yaml';
export const IDENTITIES_PATH = 'policies/identities.yaml';

const SAFE_PATH = /^[A-Za-z0-9._/-]{1,300}$/;
const MAX_DISPLAY = 300;

/**
 * A path as it may appear in a diagnostic. File names come from the pull
 * request too: anything outside a plain set of characters is percent-encoded
 * so a name cannot carry newlines, `::` workflow commands or markup into logs
 * and comments, while staying recognisable.
 */
export function displayPath(path: string): string {
  if (SAFE_PATH.test(path)) return path;
  let out = '';
  for (const byte of new TextEncoder().encode(path)) {
    const ch = String.fromCharCode(byte);
    out += byte < 0x80 && /[A-Za-z0-9._/-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (out.length > MAX_DISPLAY) return `${out.slice(0, MAX_DISPLAY)}...`;
  }
  return out;
}

/**
 * `file` relative to `dir` ('' for `dir` itself) when it is `dir` or lies
 * under it; undefined when it is elsewhere. A name that merely starts with
 * two dots (`..x`) lies under `dir`: only a `..` segment leaves it.
 */
export function pathInside(dir: string, file: string): string | undefined {
  const relative = nodePath.relative(dir, file);
  if (relative === '..' || relative.startsWith(`..${nodePath.sep}`) || nodePath.isAbsolute(relative)) return undefined;
  return relative;
}

/** Segments of a clean repository-relative path, or undefined if it is not one. */
export function splitRepoPath(path: string): string[] | undefined {
  if (path.length === 0 || path.length > 1024 || path.includes('\\') || path.includes('\0')) return undefined;
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  return parts;
}

export type PathRole =
  | { readonly role: 'request'; readonly id: string }
  | { readonly role: 'bad-request-path' }
  | { readonly role: 'profile'; readonly name: string }
  | { readonly role: 'targets' }
  | { readonly role: 'identities' }
  | { readonly role: 'bad-policy-path' }
  /**
   * `.gitkeep`, which git users add to keep an empty directory, and
   * access-requests/README.md (what `grantbook init` writes for requesters): no data.
   */
  | { readonly role: 'placeholder' }
  | { readonly role: 'other' };

const PLACEHOLDERS: ReadonlySet<string> = new Set([`${REQUESTS_DIR}/.gitkeep`, `${REQUESTS_DIR}/README.md`, `${POLICIES_DIR}/.gitkeep`]);

/**
 * What a repository file is, by path alone. Everything under access-requests/
 * and policies/ has a role or is an error, so no file there is silently ignored.
 */
export function classifyPath(path: string): PathRole {
  const parts = splitRepoPath(path);
  const top = parts?.[0] ?? path.split('/')[0];
  if ((top === REQUESTS_DIR || top === POLICIES_DIR) && parts?.length === 2 && PLACEHOLDERS.has(`${top}/${parts[1] ?? ''}`)) return { role: 'placeholder' };
  if (top === REQUESTS_DIR) {
    const id = parts?.length === 2 ? stem(parts[1]) : undefined;
    return id !== undefined && matches('requestId', id) ? { role: 'request', id } : { role: 'bad-request-path' };
  }
  if (top === POLICIES_DIR) {
    if (path === TARGETS_PATH) return { role: 'targets' };
    if (path === IDENTITIES_PATH) return { role: 'identities' };
    const name = parts?.length === 2 ? stem(parts[1]) : undefined;
    return name !== undefined && matches('name', name) ? { role: 'profile', name } : { role: 'bad-policy-path' };
  }
  return { role: 'other' };
}

function stem(fileName: string | undefined): string | undefined {
  if (fileName === undefined || !fileName.endsWith('.yaml')) return undefined;
  return fileName.slice(0, -'.yaml'.length);
}
