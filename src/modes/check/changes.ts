import { diagnostic, type Diagnostic } from '../../diagnostics.js';

export const REQUESTS_DIR = 'access-requests/';

export interface ChangedFile {
  readonly filename: string;
  readonly status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  readonly previousFilename?: string;
}

/** What a pull request does to access, decided from its changed files alone. */
export interface PullChanges {
  /** Request files the PR adds (to be checked and, on merge, applied). */
  readonly added: readonly string[];
  /** Request files the PR deletes (early relinquish: no approval needed to give access up). */
  readonly removed: readonly string[];
  /** Why the PR cannot be accepted as an access change, all of them. */
  readonly problems: readonly Diagnostic[];
}

/**
 * Classifies a PR's files (design invariant 1): a PR that adds a request may
 * touch nothing outside `access-requests/`, so policy, CODEOWNERS and the
 * workflows can never change in the same review that relies on them. An
 * existing request is never edited in place (its approval would silently
 * carry over); giving access up early is a PR that only deletes request files.
 */
export function classifyChanges(files: readonly ChangedFile[]): PullChanges {
  const added: string[] = [];
  const removed: string[] = [];
  const problems: Diagnostic[] = [];
  const outside: string[] = [];
  let edited = 0;

  for (const file of files) {
    const paths = [file.filename, ...(file.previousFilename !== undefined ? [file.previousFilename] : [])];
    const inRequests = paths.filter(isUnderRequests);
    for (const p of paths) {
      if (!isUnderRequests(p) && !PLACEHOLDERS.has(p) && p.toLowerCase().startsWith(REQUESTS_DIR)) {
        problems.push(
          diagnostic('E_PR_REQUEST_PATH_CASE', 'a changed file is in a directory that differs from access-requests/ only by letter case', {
            file: safePath(p),
          }),
        );
      }
    }
    if (inRequests.length === 0) {
      outside.push(file.filename);
      continue;
    }
    switch (file.status) {
      case 'added':
        added.push(file.filename);
        break;
      case 'removed':
        removed.push(file.filename);
        break;
      // Every other status, and one GitHub adds later, is an edit: only 'added' and 'removed' pass.
      case 'modified':
      case 'renamed':
      case 'copied':
      case 'changed':
      case 'unchanged':
      default:
        edited += 1;
        problems.push(
          diagnostic('E_PR_REQUEST_EDITED', `an existing request file is ${file.status}, not added or removed`, {
            file: safePath(file.filename),
          }),
        );
    }
  }

  if (outside.length > 0 && added.length + removed.length + edited > 0) {
    problems.push(diagnostic('E_PR_MIXED_CHANGES', `the pull request changes ${outside.length} file(s) outside access-requests/ next to request files`, {}));
  }
  if (added.length > 0 && removed.length > 0) {
    problems.push(diagnostic('E_PR_MIXED_CHANGES', 'the pull request both adds and removes request files', {}));
  }
  return { added: added.sort(), removed: removed.sort(), problems };
}

/**
 * The files of access-requests/ that are never a request (src/load/paths.ts
 * calls them placeholders): they carry no access, so changing them is like
 * changing any file outside the directory.
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set([`${REQUESTS_DIR}.gitkeep`, `${REQUESTS_DIR}README.md`]);

function isUnderRequests(path: string): boolean {
  return path.startsWith(REQUESTS_DIR) && !PLACEHOLDERS.has(path);
}

/**
 * File names come from the PR and are untrusted: only a conservative set of
 * characters is shown, anything else is replaced, so a name cannot carry
 * control characters or markup into logs and comments.
 */
export function safePath(path: string): string {
  return path.length <= 200 && /^[A-Za-z0-9._/-]+$/.test(path) ? path : '<file name with unusual characters>';
}
