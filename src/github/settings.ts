import type { GithubClient } from './client.js';
import { GithubError, call, callOrNotFound, githubMessage, statusOf, toGithubError } from './errors.js';
import { type RepoRef, checkName, checkRepo } from './names.js';
import { PER_PAGE, collectPages } from './paginate.js';

/**
 * Reads of the repository settings Grantbook's security model relies on
 * (branch protection, rulesets, Actions permissions, environments, workflow
 * state). Most need "Administration: read"; a 403 or a 404 that does not mean
 * "absent" is thrown as a GithubError for the caller to report as unverifiable.
 */

const PROTECTION = 'GET /repos/{owner}/{repo}/branches/{branch}/protection';
const BRANCH_RULES = 'GET /repos/{owner}/{repo}/rules/branches/{branch}';
const RULESET = 'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}';
const WORKFLOW_PERMISSIONS = 'GET /repos/{owner}/{repo}/actions/permissions/workflow';
const ENVIRONMENT = 'GET /repos/{owner}/{repo}/environments/{environment_name}';
const BRANCH_POLICIES = 'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies';
const WORKFLOW = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}';

/** Environment names and workflow file names we put into a URL. */
const ENVIRONMENT_NAME = /^[A-Za-z0-9._-]{1,255}$/;
const WORKFLOW_FILE = /^[A-Za-z0-9._-]{1,100}\.ya?ml$/;

export function checkEnvironmentName(name: string): string {
  if (!ENVIRONMENT_NAME.test(name)) throw new GithubError('E_GITHUB_INVALID_NAME', 'not a valid environment name');
  return name;
}

export function checkWorkflowFile(file: string): string {
  if (!WORKFLOW_FILE.test(file)) throw new GithubError('E_GITHUB_INVALID_NAME', 'not a valid workflow file name');
  return file;
}

/** A branch name as it goes into a URL: GitHub's ref rules, via the `heads/` form. */
function checkBranch(branch: string): string {
  checkName('ref', `heads/${branch}`);
  return branch;
}

export interface PullRequestRequirement {
  readonly codeOwnerReview: boolean;
  readonly dismissStale: boolean;
  readonly lastPushApproval: boolean;
}

export type BranchProtection =
  | { readonly kind: 'unprotected' }
  | {
      readonly kind: 'protected';
      readonly reviews: PullRequestRequirement | undefined;
      readonly enforceAdmins: boolean;
      readonly allowances: { readonly people: number; readonly apps: number };
      /** Names of the required status checks (contexts and checks alike); empty when none is required. */
      readonly requiredChecks: readonly string[];
    };

/** Classic branch protection; GitHub's 404 "Branch not protected" is `unprotected`, any other 404 is thrown. */
export async function getBranchProtection(client: GithubClient, repo: RepoRef, branch: string): Promise<BranchProtection> {
  const params = { ...checkRepo(repo), branch: checkBranch(branch) };
  let data;
  try {
    ({ data } = await client.octokit.request(PROTECTION, params));
  } catch (error) {
    if (statusOf(error) === 404 && /branch not protected/i.test(githubMessage(error))) return { kind: 'unprotected' };
    throw toGithubError(PROTECTION, error);
  }
  const r = data.required_pull_request_reviews;
  const bypass = r?.bypass_pull_request_allowances;
  return {
    kind: 'protected',
    reviews:
      r === undefined
        ? undefined
        : {
            codeOwnerReview: r.require_code_owner_reviews === true,
            dismissStale: r.dismiss_stale_reviews === true,
            lastPushApproval: r.require_last_push_approval === true,
          },
    // Absent means not enforced: fail closed.
    enforceAdmins: data.enforce_admins?.enabled === true,
    allowances: { people: (bypass?.users?.length ?? 0) + (bypass?.teams?.length ?? 0), apps: bypass?.apps?.length ?? 0 },
    requiredChecks: [...new Set([...(data.required_status_checks?.contexts ?? []), ...(data.required_status_checks?.checks ?? []).map((c) => c.context)])],
  };
}

export interface BranchRule {
  readonly type: string;
  readonly rulesetId: number | undefined;
  /** Only for a pull_request rule. */
  readonly pullRequest: PullRequestRequirement | undefined;
  /** Only for a required_status_checks rule: the names it requires. */
  readonly requiredChecks: readonly string[] | undefined;
}

/** Every active ruleset rule that applies to the branch (all pages). */
export async function getBranchRules(client: GithubClient, repo: RepoRef, branch: string): Promise<BranchRule[]> {
  const params = { ...checkRepo(repo), branch: checkBranch(branch), per_page: PER_PAGE };
  const rules = await call(BRANCH_RULES, () =>
    collectPages(client.octokit.paginate.iterator(BRANCH_RULES, params), {
      operation: BRANCH_RULES,
      key: (r) => `${r.ruleset_id ?? '?'}/${r.type}`,
      probe: async (page) => (await client.octokit.request(BRANCH_RULES, { ...params, page })).data.length,
    }),
  );
  return rules.map((r) => {
    const p = r.type === 'pull_request' && 'parameters' in r ? r.parameters : undefined;
    const pullRequest =
      r.type !== 'pull_request'
        ? undefined
        : {
            codeOwnerReview: p?.require_code_owner_review === true,
            dismissStale: p?.dismiss_stale_reviews_on_push === true,
            lastPushApproval: p?.require_last_push_approval === true,
          };
    const checks = r.type === 'required_status_checks' && 'parameters' in r ? r.parameters?.required_status_checks.map((c) => c.context) : undefined;
    return { type: r.type, rulesetId: r.ruleset_id, pullRequest, requiredChecks: checks };
  });
}

/**
 * The actor types on a ruleset's bypass list, or undefined when GitHub left
 * the list out (it shows it only to those who may edit the ruleset).
 */
export async function getRulesetBypassActors(client: GithubClient, repo: RepoRef, rulesetId: number): Promise<string[] | undefined> {
  if (!Number.isSafeInteger(rulesetId) || rulesetId <= 0) throw new GithubError('E_GITHUB_UNEXPECTED_RESPONSE', 'ruleset id is not a positive integer');
  const params = { ...checkRepo(repo), ruleset_id: rulesetId, includes_parents: true };
  const { data } = await call(RULESET, () => client.octokit.request(RULESET, params));
  return data.bypass_actors?.map((a) => a.actor_type);
}

export async function getWorkflowPermissions(client: GithubClient, repo: RepoRef): Promise<{ canApprovePullRequestReviews: boolean }> {
  const { data } = await call(WORKFLOW_PERMISSIONS, () => client.octokit.request(WORKFLOW_PERMISSIONS, { ...checkRepo(repo) }));
  // Anything but an explicit false is treated as "may approve".
  return { canApprovePullRequestReviews: data.can_approve_pull_request_reviews !== false };
}

export interface Environment {
  readonly requiredReviewers: boolean;
  readonly waitTimer: number;
  readonly branchPolicy: null | { readonly protectedBranches: boolean; readonly customBranchPolicies: boolean };
}

/** The environment, or undefined when GitHub answers 404. */
export async function getEnvironment(client: GithubClient, repo: RepoRef, name: string): Promise<Environment | undefined> {
  const params = { ...checkRepo(repo), environment_name: checkEnvironmentName(name) };
  const res = await callOrNotFound(ENVIRONMENT, () => client.octokit.request(ENVIRONMENT, params));
  if (res === undefined) return undefined;
  const rules = res.data.protection_rules ?? [];
  const policy = res.data.deployment_branch_policy ?? null;
  let waitTimer = 0;
  for (const rule of rules) {
    if (rule.type === 'wait_timer' && 'wait_timer' in rule && typeof rule.wait_timer === 'number') waitTimer = Math.max(waitTimer, rule.wait_timer);
  }
  return {
    requiredReviewers: rules.some((r) => r.type === 'required_reviewers'),
    waitTimer,
    branchPolicy:
      policy === null ? null : { protectedBranches: policy.protected_branches === true, customBranchPolicies: policy.custom_branch_policies === true },
  };
}

const MAX_POLICY_PAGES = 20;

/** The environment's custom deployment branch and tag rules, every page, checked against GitHub's total_count. */
export async function listDeploymentBranchPolicies(client: GithubClient, repo: RepoRef, name: string): Promise<{ name: string; type: 'branch' | 'tag' }[]> {
  const params = { ...checkRepo(repo), environment_name: checkEnvironmentName(name), per_page: PER_PAGE };
  const out: { name: string; type: 'branch' | 'tag' }[] = [];
  for (let page = 1; page <= MAX_POLICY_PAGES; page++) {
    const { data } = await call(BRANCH_POLICIES, () => client.octokit.request(BRANCH_POLICIES, { ...params, page }));
    for (const p of data.branch_policies) {
      if (typeof p.name !== 'string') throw new GithubError('E_GITHUB_UNEXPECTED_RESPONSE', `${BRANCH_POLICIES}: a rule without a name`);
      // A rule GitHub does not type is read as a tag rule: never as the default branch.
      out.push({ name: p.name, type: p.type === 'branch' ? 'branch' : 'tag' });
    }
    if (out.length >= data.total_count || data.branch_policies.length === 0) {
      if (out.length !== data.total_count) {
        throw new GithubError('E_GITHUB_LIST_TRUNCATED', `${BRANCH_POLICIES}: listed ${out.length} rules where GitHub counts ${data.total_count}`);
      }
      return out;
    }
  }
  throw new GithubError('E_GITHUB_LIST_TRUNCATED', `${BRANCH_POLICIES}: more than ${MAX_POLICY_PAGES} pages`);
}

/** The workflow's state (active, disabled_manually, ...), or undefined when GitHub answers 404. */
export async function getWorkflowState(client: GithubClient, repo: RepoRef, file: string): Promise<string | undefined> {
  const params = { ...checkRepo(repo), workflow_id: checkWorkflowFile(file) };
  const res = await callOrNotFound(WORKFLOW, () => client.octokit.request(WORKFLOW, params));
  return res?.data.state;
}
