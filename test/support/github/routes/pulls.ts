import { SHA_PATTERN } from '../git.js';
import { type Ctx, HttpError, type Reply, type RouteDef, intParam, paginate } from '../http.js';
import { commit, diffEntry, pullRequest, pullRequestSimple, review } from '../shapes/pulls.js';
import type { PullRecord } from '../state.js';
import { associationOf, defaultBranchSha, keyOf } from './common.js';
import { PULL_COMMITS_CAP, PULL_FILES_CAP, findPull, pullChanges, pullCommitShas, pullContext, pullCounts, pullShas } from './pull-data.js';

const R = '/repos/{owner}/{repo}';

async function getPull(ctx: Ctx): Promise<Reply> {
  const repo = ctx.repo();
  const pr = findPull(ctx, repo, intParam(ctx, 'pull_number'));
  return { status: 200, body: pullRequest(await pullContext(ctx, repo, pr), pr, await pullCounts(ctx, repo, pr)) };
}

async function listFiles(ctx: Ctx): Promise<Reply> {
  const repo = ctx.repo();
  const pr = findPull(ctx, repo, intParam(ctx, 'pull_number'));
  const { head } = await pullShas(ctx, repo, pr);
  const changes = (await pullChanges(ctx, repo, pr)).slice(0, PULL_FILES_CAP);
  const r = { urls: ctx.urls, owner: repo.owner, repoName: repo.name };
  return paginate(
    ctx,
    changes.map((c) => diffEntry(r, c, head)),
  );
}

async function listCommits(ctx: Ctx): Promise<Reply> {
  const repo = ctx.repo();
  const pr = findPull(ctx, repo, intParam(ctx, 'pull_number'));
  const shas = (await pullCommitShas(ctx, repo, pr)).slice(0, PULL_COMMITS_CAP);
  const git = ctx.git(repo);
  const r = { urls: ctx.urls, owner: repo.owner, repoName: repo.name };
  const byEmail = (email: string) => [...ctx.state.users.values()].find((u) => u.email === email);
  const items = [];
  for (const sha of shas) items.push(commit(r, await git.readCommit(sha), byEmail));
  return paginate(ctx, items);
}

function listReviews(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const pr = findPull(ctx, repo, intParam(ctx, 'pull_number'));
  const r = { urls: ctx.urls, owner: repo.owner, repoName: repo.name, user: (l: string) => ctx.user(l) };
  // A PENDING review is a draft only its author can see.
  const visible = ctx.state.reviews
    .filter((v) => v.repo === pr.repo && v.pull === pr.number)
    .filter((v) => v.state !== 'PENDING' || v.user === ctx.caller.login)
    .sort((a, b) => a.id - b.id);
  return paginate(
    ctx,
    visible.map((v) => review(r, v, associationOf(ctx.state, repo, v.user))),
  );
}

/**
 * GitHub: "lists the merged pull request that introduced the commit to the
 * repository. If the commit is not present in the default branch, will return
 * merged and open pull requests associated with the commit."
 */
async function pullsForCommit(ctx: Ctx): Promise<Reply> {
  const repo = ctx.repo();
  const sha = ctx.params.commit_sha ?? '';
  const git = ctx.git(repo);
  if (!SHA_PATTERN.test(sha) || (await git.objectType(sha)) !== 'commit') {
    throw new HttpError(422, `No commit found for SHA: ${sha}`);
  }
  const onDefault = await git.isAncestor(sha, await defaultBranchSha(ctx, repo));
  const found: PullRecord[] = [];
  for (const pr of ctx.state.pulls.filter((p) => p.repo === keyOf(repo))) {
    if (pr.merged && pr.associated.includes(sha)) found.push(pr);
    else if (!onDefault && (pr.state === 'open' || pr.merged) && (await pullCommitShas(ctx, repo, pr)).includes(sha)) {
      found.push(pr);
    }
  }
  found.sort((a, b) => b.number - a.number);
  const items = [];
  for (const pr of found) items.push(pullRequestSimple(await pullContext(ctx, repo, pr), pr));
  return paginate(ctx, items);
}

export function pullRoutes(): RouteDef[] {
  return [
    { method: 'GET', template: `${R}/pulls/{pull_number}`, handler: getPull },
    { method: 'GET', template: `${R}/pulls/{pull_number}/files`, handler: listFiles },
    { method: 'GET', template: `${R}/pulls/{pull_number}/commits`, handler: listCommits },
    { method: 'GET', template: `${R}/pulls/{pull_number}/reviews`, handler: listReviews },
    { method: 'GET', template: `${R}/commits/{commit_sha}/pulls`, handler: pullsForCommit },
  ];
}
