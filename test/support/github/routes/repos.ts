import { type Ctx, type Reply, type RouteDef, notFound } from '../http.js';
import { fullRepository } from '../shapes/repos.js';
import { defaultBranchSha, resolveCommitish } from './common.js';

const R = '/repos/{owner}/{repo}';
/** Where GitHub looks for CODEOWNERS, in its order. */
const CODEOWNERS_PATHS = [['.github', 'CODEOWNERS'], ['CODEOWNERS'], ['docs', 'CODEOWNERS']] as const;

function getRepo(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const permission = ctx.token.access === 'read' ? 'pull' : 'push';
  return { status: 200, body: fullRepository(ctx.urls, repo, ctx.user(repo.owner), permission) };
}

/** Errors are set by tests (GitHub computes them); the 404 without a CODEOWNERS file is real. */
async function codeownersErrors(ctx: Ctx): Promise<Reply> {
  const repo = ctx.repo();
  const git = ctx.git(repo);
  const refName = ctx.query.get('ref');
  const commit = refName === null ? await defaultBranchSha(ctx, repo) : await resolveCommitish(ctx, repo, refName);
  if (commit === undefined) throw notFound();
  const root = await git.lsTree(commit, false);
  let present = false;
  for (const path of CODEOWNERS_PATHS) {
    const top = root.find((e) => e.path === path[0]);
    if (top === undefined) continue;
    if (path.length === 1 ? top.type === 'blob' : (await git.lsTree(top.sha, false)).some((e) => e.path === path[1] && e.type === 'blob')) {
      present = true;
      break;
    }
  }
  if (!present) throw notFound();
  return { status: 200, body: { errors: repo.codeownersErrors } };
}

export function repoRoutes(): RouteDef[] {
  return [
    { method: 'GET', template: R, handler: getRepo },
    { method: 'GET', template: `${R}/codeowners/errors`, handler: codeownersErrors },
  ];
}
