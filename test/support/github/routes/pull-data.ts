import type { RawChange } from '../git.js';
import type { Ctx } from '../http.js';
import { notFound } from '../http.js';
import type { PullContext, PullCounts } from '../shapes/pulls.js';
import type { PullRecord, RepoRecord } from '../state.js';
import { associationOf, keyOf, repoJson } from './common.js';

/** GitHub lists at most this many files and commits of a pull request, silently. */
export const PULL_FILES_CAP = 3000;
export const PULL_COMMITS_CAP = 250;

export function findPull(ctx: Ctx, repo: RepoRecord, number: number): PullRecord {
  const pr = ctx.state.pulls.find((p) => p.repo === keyOf(repo) && p.number === number);
  if (pr === undefined) throw notFound();
  return pr;
}

/** While open, a pull request follows its branches; once closed, its SHAs are frozen. */
export async function pullShas(ctx: Ctx, repo: RepoRecord, pr: PullRecord): Promise<{ head: string; base: string }> {
  const head = pr.frozenHead ?? (await ctx.ref(repo, `refs/heads/${pr.headRef}`));
  const base = pr.frozenBase ?? (await ctx.ref(repo, `refs/heads/${pr.baseRef}`));
  if (head === undefined || base === undefined) throw new Error(`pull request #${pr.number} lost its branches`);
  return { head, base };
}

export async function pullCommitShas(ctx: Ctx, repo: RepoRecord, pr: PullRecord): Promise<string[]> {
  const { head, base } = await pullShas(ctx, repo, pr);
  return ctx.git(repo).commitsBetween(base, head);
}

/** Three-dot diff: what the head changed since it forked from the base. */
export async function pullChanges(ctx: Ctx, repo: RepoRecord, pr: PullRecord): Promise<RawChange[]> {
  const { head, base } = await pullShas(ctx, repo, pr);
  const git = ctx.git(repo);
  const mergeBase = (await git.mergeBase(base, head)) ?? base;
  return git.diff(mergeBase, head);
}

export async function pullContext(ctx: Ctx, repo: RepoRecord, pr: PullRecord): Promise<PullContext> {
  const { head, base } = await pullShas(ctx, repo, pr);
  return {
    urls: ctx.urls,
    owner: repo.owner,
    repoName: repo.name,
    repoJson: repoJson(ctx, repo),
    user: (login) => ctx.user(login),
    association: associationOf(ctx.state, repo, pr.author),
    headSha: head,
    baseSha: base,
  };
}

export async function pullCounts(ctx: Ctx, repo: RepoRecord, pr: PullRecord): Promise<PullCounts> {
  const changes = await pullChanges(ctx, repo, pr);
  const commits = await pullCommitShas(ctx, repo, pr);
  return {
    commits: commits.length,
    additions: changes.reduce((n, c) => n + c.additions, 0),
    deletions: changes.reduce((n, c) => n + c.deletions, 0),
    changedFiles: changes.length,
    comments: ctx.state.comments.filter((c) => c.repo === pr.repo && c.issue === pr.number).length,
  };
}
