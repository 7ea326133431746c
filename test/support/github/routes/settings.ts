import { type Ctx, HttpError, type Reply, type RouteDef, intParam, notFound, paginate } from '../http.js';
import type { BranchProtectionSpec, EnvironmentSpec, RulesetSpec } from '../settings-state.js';
import { nodeId, simpleUser } from '../shapes/users.js';
import type { RepoRecord } from '../state.js';

const R = '/repos/{owner}/{repo}';

/** Whether this token may read the repository's administration settings. */
function adminReadable(ctx: Ctx, repo: RepoRecord): boolean {
  return repo.settings.adminReadable && ctx.token.administration !== 'none';
}

/** What GitHub answers a token without "Administration: read" (the workflow GITHUB_TOKEN). */
function requireAdmin(ctx: Ctx, repo: RepoRecord): void {
  if (!adminReadable(ctx, repo)) throw new HttpError(403, 'Resource not accessible by integration');
}

async function branchExists(ctx: Ctx, repo: RepoRecord, branch: string): Promise<boolean> {
  return (await ctx.ref(repo, `refs/heads/${branch}`)) !== undefined;
}

async function getProtection(ctx: Ctx): Promise<Reply> {
  const repo = ctx.repo();
  requireAdmin(ctx, repo);
  const branch = ctx.params.branch ?? '';
  if (!(await branchExists(ctx, repo, branch))) throw new HttpError(404, 'Branch not found');
  const spec = repo.settings.protection.get(branch);
  if (spec === undefined) throw new HttpError(404, 'Branch not protected');
  return { status: 200, body: protectionBody(ctx, repo, branch, spec) };
}

function protectionBody(ctx: Ctx, repo: RepoRecord, branch: string, p: BranchProtectionSpec): Record<string, unknown> {
  const url = ctx.urls.repoApi(repo.owner, repo.name, `/branches/${encodeURIComponent(branch)}/protection`);
  const reviews = {
    url: `${url}/required_pull_request_reviews`,
    dismiss_stale_reviews: p.dismissStaleReviews,
    require_code_owner_reviews: p.requireCodeOwnerReviews,
    required_approving_review_count: p.requiredApprovingReviewCount,
    require_last_push_approval: p.requireLastPushApproval,
    ...(p.bypassUsers.length > 0
      ? { bypass_pull_request_allowances: { users: p.bypassUsers.map((l) => simpleUser(ctx.urls, ctx.user(l))), teams: [], apps: [] } }
      : {}),
  };
  return {
    url,
    ...(p.requirePullRequest ? { required_pull_request_reviews: reviews } : {}),
    ...(p.requiredStatusChecks.length > 0
      ? {
          required_status_checks: {
            url: `${url}/required_status_checks`,
            strict: false,
            contexts: p.requiredStatusChecks,
            contexts_url: `${url}/required_status_checks/contexts`,
            checks: p.requiredStatusChecks.map((context) => ({ context, app_id: null })),
          },
        }
      : {}),
    enforce_admins: { url: `${url}/enforce_admins`, enabled: p.enforceAdmins },
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false },
    block_creations: { enabled: false },
    required_conversation_resolution: { enabled: false },
    lock_branch: { enabled: false },
    allow_fork_syncing: { enabled: false },
  };
}

/** Whether a ruleset targets the branch: exact names, ~DEFAULT_BRANCH and ~ALL only (no fnmatch patterns). */
function targets(ruleset: RulesetSpec, repo: RepoRecord, branch: string): boolean {
  return ruleset.branches.some((b) => b === '~ALL' || b === branch || (b === '~DEFAULT_BRANCH' && branch === repo.defaultBranch));
}

function rulesOf(ruleset: RulesetSpec): Record<string, unknown>[] {
  const pr = ruleset.pullRequest;
  const pullRequest =
    pr === undefined
      ? []
      : [
          {
            type: 'pull_request',
            parameters: {
              dismiss_stale_reviews_on_push: pr.dismissStaleReviewsOnPush,
              require_code_owner_review: pr.requireCodeOwnerReview,
              require_last_push_approval: pr.requireLastPushApproval,
              required_approving_review_count: pr.requiredApprovingReviewCount,
              required_review_thread_resolution: false,
              allowed_merge_methods: ['merge', 'squash', 'rebase'],
            },
          },
        ];
  const checks =
    ruleset.requiredStatusChecks === undefined
      ? []
      : [
          {
            type: 'required_status_checks',
            parameters: {
              strict_required_status_checks_policy: false,
              do_not_enforce_on_create: false,
              required_status_checks: ruleset.requiredStatusChecks.map((context) => ({ context })),
            },
          },
        ];
  return [...ruleset.otherRules.map((type) => ({ type })), ...pullRequest, ...checks];
}

/** Active rules that apply to a branch, each with its ruleset (read access suffices, as on GitHub). */
async function branchRules(ctx: Ctx): Promise<Reply> {
  const repo = ctx.repo();
  const branch = ctx.params.branch ?? '';
  const rules = repo.settings.rulesets
    .filter((r) => r.enforcement === 'active' && targets(r, repo, branch))
    .flatMap((r) => rulesOf(r).map((rule) => ({ ...rule, ruleset_source_type: 'Repository', ruleset_source: `${repo.owner}/${repo.name}`, ruleset_id: r.id })));
  return paginate(ctx, rules);
}

function getRuleset(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const id = intParam(ctx, 'ruleset_id');
  const r = repo.settings.rulesets.find((x) => x.id === id);
  if (r === undefined) throw notFound();
  const url = ctx.urls.repoApi(repo.owner, repo.name, `/rulesets/${r.id}`);
  return {
    status: 200,
    body: {
      id: r.id,
      name: r.name,
      target: 'branch',
      source_type: 'Repository',
      source: `${repo.owner}/${repo.name}`,
      enforcement: r.enforcement,
      // GitHub shows the bypass list only to those who may edit the ruleset.
      ...(adminReadable(ctx, repo)
        ? { bypass_actors: r.bypassActors.map((a) => ({ actor_id: a.actorId, actor_type: a.actorType, bypass_mode: a.bypassMode })) }
        : {}),
      current_user_can_bypass: 'never',
      node_id: nodeId('RRS', r.id),
      _links: { self: { href: url }, html: { href: ctx.urls.web(`/${repo.owner}/${repo.name}/rules/${r.id}`) } },
      conditions: { ref_name: { include: r.branches, exclude: [] } },
      rules: rulesOf(r),
      created_at: repo.createdAt,
      updated_at: repo.createdAt,
    },
  };
}

function workflowPermissions(ctx: Ctx): Reply {
  const repo = ctx.repo();
  requireAdmin(ctx, repo);
  const a = repo.settings.actions;
  return {
    status: 200,
    body: { default_workflow_permissions: a.defaultWorkflowPermissions, can_approve_pull_request_reviews: a.canApprovePullRequestReviews },
  };
}

function environment(ctx: Ctx): EnvironmentSpec {
  const env = ctx.repo().settings.environments.get(ctx.params.environment_name ?? '');
  if (env === undefined) throw notFound();
  return env;
}

function getEnvironment(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const env = environment(ctx);
  const rules: Record<string, unknown>[] = [];
  if (env.waitTimer > 0) rules.push({ id: env.id * 10 + 1, node_id: nodeId('GA', env.id * 10 + 1), type: 'wait_timer', wait_timer: env.waitTimer });
  if (env.reviewers.length > 0) {
    rules.push({
      id: env.id * 10 + 2,
      node_id: nodeId('GA', env.id * 10 + 2),
      type: 'required_reviewers',
      prevent_self_review: false,
      reviewers: env.reviewers.map((l) => ({ type: 'User', reviewer: simpleUser(ctx.urls, ctx.user(l)) })),
    });
  }
  const policy = env.deploymentBranchPolicy;
  if (policy !== null) rules.push({ id: env.id * 10 + 3, node_id: nodeId('GA', env.id * 10 + 3), type: 'branch_policy' });
  return {
    status: 200,
    body: {
      id: env.id,
      node_id: nodeId('EN', env.id),
      name: env.name,
      url: ctx.urls.repoApi(repo.owner, repo.name, `/environments/${encodeURIComponent(env.name)}`),
      html_url: ctx.urls.web(`/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`),
      created_at: env.createdAt,
      updated_at: env.createdAt,
      protection_rules: rules,
      deployment_branch_policy: policy === null ? null : { protected_branches: policy === 'protected', custom_branch_policies: policy !== 'protected' },
    },
  };
}

function branchPolicies(ctx: Ctx): Reply {
  const env = environment(ctx);
  const policy = env.deploymentBranchPolicy;
  // GitHub: 404 unless the environment uses custom branch policies.
  if (policy === null || policy === 'protected') throw notFound();
  const items = policy.custom.map((p) => ({ id: p.id, node_id: nodeId('GBP', p.id), name: p.name, type: p.type }));
  const reply = paginate(ctx, items);
  return { ...reply, body: { total_count: items.length, branch_policies: reply.body } };
}

function getWorkflow(ctx: Ctx): Reply {
  const repo = ctx.repo();
  const key = ctx.params.workflow_id ?? '';
  const wf = /^\d+$/.test(key) ? [...repo.settings.workflows.values()].find((w) => String(w.id) === key) : repo.settings.workflows.get(key);
  if (wf === undefined) throw notFound();
  const path = `.github/workflows/${wf.file}`;
  return {
    status: 200,
    body: {
      id: wf.id,
      node_id: nodeId('W', wf.id),
      name: wf.name,
      path,
      state: wf.state,
      created_at: wf.createdAt,
      updated_at: wf.createdAt,
      url: ctx.urls.repoApi(repo.owner, repo.name, `/actions/workflows/${wf.id}`),
      html_url: ctx.urls.web(`/${repo.owner}/${repo.name}/blob/${repo.defaultBranch}/${path}`),
      badge_url: ctx.urls.web(`/${repo.owner}/${repo.name}/workflows/${encodeURIComponent(wf.name)}/badge.svg`),
    },
  };
}

export function settingsRoutes(): RouteDef[] {
  return [
    { method: 'GET', template: `${R}/branches/{branch}/protection`, handler: getProtection },
    { method: 'GET', template: `${R}/rules/branches/{branch}`, handler: branchRules },
    { method: 'GET', template: `${R}/rulesets/{ruleset_id}`, handler: getRuleset },
    { method: 'GET', template: `${R}/actions/permissions/workflow`, handler: workflowPermissions },
    { method: 'GET', template: `${R}/environments/{environment_name}`, handler: getEnvironment },
    { method: 'GET', template: `${R}/environments/{environment_name}/deployment-branch-policies`, handler: branchPolicies },
    { method: 'GET', template: `${R}/actions/workflows/{workflow_id}`, handler: getWorkflow },
  ];
}
