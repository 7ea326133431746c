import { patternRegExp } from '../shared/patterns.js';
import { GithubError } from './errors.js';

/**
 * Every name that goes into a GitHub URL is checked here first, even though
 * Octokit percent-encodes it: a name that is not what its kind allows is a
 * bug or an attack, and never becomes a request.
 */
const PATTERNS = {
  login: patternRegExp('login'),
  /** Apps act as `name[bot]`; accepted where GitHub reports authors, never as a grantee. */
  author: /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/,
  team: patternRegExp('teamSlug'),
  repo: patternRegExp('repoName'),
  sha: /^[0-9a-f]{40}$/,
  /** `heads/main`, `tags/v1`: GitHub's ref form without the leading `refs/`. */
  ref: /^(?:heads|tags)\/(?!-)(?!.*\.\.)(?!.*@\{)(?!.*\/\/)[A-Za-z0-9._/-]{1,200}(?<![./])$/,
} as const;

export type NameKind = keyof typeof PATTERNS;

export function checkName(kind: NameKind, value: string): string {
  if (!PATTERNS[kind].test(value)) {
    throw new GithubError('E_GITHUB_INVALID_NAME', `not a valid ${kind} name`);
  }
  return value;
}

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export function checkRepo(ref: RepoRef): RepoRef {
  checkName('login', ref.owner);
  checkName('repo', ref.repo);
  return ref;
}

/** Repository paths as git stores them: no empty, `.` or `..` segment, no NUL, no leading or trailing slash. */
export function checkPath(path: string): readonly string[] {
  const segments = path.split('/');
  if (path.length > 4096 || segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\0'))) {
    throw new GithubError('E_GITHUB_INVALID_NAME', 'not a valid repository path');
  }
  return segments;
}
