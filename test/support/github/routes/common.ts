import { REF_NAME_PATTERN, SHA_PATTERN } from '../git.js';
import { type Ctx, HttpError, notFound } from '../http.js';
import type { Association } from '../shapes/pulls.js';
import { repository } from '../shapes/repos.js';
import { type RepoRecord, type StandInState, repoKey } from '../state.js';

/**
 * A commit named the ways GitHub accepts in `?ref=` and `{tree_sha}`: a full
 * SHA, a branch, a tag, or a full `refs/...` name. Names are pattern-checked
 * before git sees them.
 */
export async function resolveCommitish(ctx: Ctx, repo: RepoRecord, name: string): Promise<string | undefined> {
  const git = ctx.git(repo);
  if (SHA_PATTERN.test(name)) return git.peel(name, 'commit');
  if (!REF_NAME_PATTERN.test(name)) return undefined;
  const candidates = name.startsWith('refs/') ? [name] : [`refs/heads/${name}`, `refs/tags/${name}`];
  for (const full of candidates) {
    const sha = await ctx.ref(repo, full);
    if (sha !== undefined) return git.peel(sha, 'commit');
  }
  return undefined;
}

export async function defaultBranchSha(ctx: Ctx, repo: RepoRecord): Promise<string> {
  const sha = await ctx.ref(repo, `refs/heads/${repo.defaultBranch}`);
  if (sha === undefined) throw new HttpError(404, 'This repository is empty.');
  return sha;
}

export function associationOf(state: StandInState, repo: RepoRecord, login: string | null): Association {
  if (login === null) return 'NONE';
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  if (state.orgMembers.get(repo.owner.toLowerCase())?.has(login.toLowerCase()) === true) return 'MEMBER';
  if (repo.collaborators.has(login.toLowerCase())) return 'COLLABORATOR';
  return 'NONE';
}

export function repoJson(ctx: Ctx, repo: RepoRecord): Record<string, unknown> {
  return repository(ctx.urls, repo, ctx.user(repo.owner));
}

export function requireExists<T>(value: T | undefined): T {
  if (value === undefined) throw notFound();
  return value;
}

export const keyOf = (repo: RepoRecord): string => repoKey(repo.owner, repo.name);
