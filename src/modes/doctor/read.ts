import { GithubError } from '../../github/index.js';
import type { DoctorPort } from './port.js';
import type { Bypass, EnvironmentSettings, Read, ReviewRequirement, SettingsSnapshot } from './snapshot.js';

/** The repository doctor inspects and the names its workflows use. */
export interface DoctorTarget {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  /** The environment the apply job runs in (`environment:` of access-apply.yml). */
  readonly environment: string;
  /** File name of the revoke workflow under .github/workflows/. */
  readonly revokeWorkflow: string;
}

export { DEFAULT_ENVIRONMENT, DEFAULT_REVOKE_WORKFLOW } from './defaults.js';

/**
 * Reads every setting doctor judges. A read GitHub refuses (403) or answers
 * 404 for (the token cannot see it) becomes an unreadable part of the
 * snapshot, judged "cannot verify"; any other failure (outage, rate limit,
 * bad token) is thrown, so a caller fails rather than judging half a picture.
 */
export async function readSettings(port: DoctorPort, t: DoctorTarget): Promise<SettingsSnapshot> {
  const [classic, rulesets, actions, codeowners, environment, workflow] = await Promise.all([
    attempt('GET /repos/{owner}/{repo}/branches/{branch}/protection', () => port.branchProtection(t.defaultBranch)),
    attempt('GET /repos/{owner}/{repo}/rules/branches/{branch}', () => readRulesets(port, t.defaultBranch)),
    attempt('GET /repos/{owner}/{repo}/actions/permissions/workflow', () => port.workflowPermissions()),
    attempt('CODEOWNERS and GET /repos/{owner}/{repo}/codeowners/errors', () => port.codeowners(t.defaultBranch)),
    attempt('GET /repos/{owner}/{repo}/environments/{environment_name}', () => readEnvironment(port, t.environment)),
    attempt('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}', () => port.workflowState(t.revokeWorkflow)),
  ]);
  return {
    owner: t.owner,
    repo: t.repo,
    defaultBranch: t.defaultBranch,
    classic,
    rulesets,
    actions,
    codeowners,
    environment: { name: t.environment, settings: environment },
    revokeWorkflow: { file: t.revokeWorkflow, state: workflow },
  };
}

async function readRulesets(port: DoctorPort, branch: string): Promise<ReviewRequirement[]> {
  const rules = await port.branchRules(branch);
  const bypassById = new Map<number, Promise<Read<Bypass>>>();
  const out: ReviewRequirement[] = [];
  for (const rule of rules) {
    if (rule.pullRequest === undefined) continue;
    const id = rule.rulesetId;
    let bypass: Read<Bypass>;
    if (id === undefined) {
      bypass = { ok: false, status: undefined, operation: 'a ruleset rule without ruleset_id' };
    } else {
      const pending =
        bypassById.get(id) ?? attempt('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', async () => bypassOf(await port.rulesetBypassActors(id)));
      bypassById.set(id, pending);
      bypass = await pending;
    }
    out.push({ source: id === undefined ? 'a ruleset' : `ruleset ${id}`, ...rule.pullRequest, bypass });
  }
  return out;
}

/** Apps only (the ledger-committing App) is expected; any other actor type lets people through. */
function bypassOf(actors: readonly string[] | undefined): Bypass {
  if (actors === undefined) throw new GithubError('E_GITHUB_FORBIDDEN', 'the ruleset bypass list is not shown to this token', { status: 403 });
  if (actors.length === 0) return 'none';
  return actors.every((a) => a === 'Integration') ? 'apps' : 'people';
}

async function readEnvironment(port: DoctorPort, name: string): Promise<EnvironmentSettings | undefined> {
  const env = await port.environment(name);
  if (env === undefined) return undefined;
  const custom = env.branchPolicy !== null && !env.branchPolicy.protectedBranches && env.branchPolicy.customBranchPolicies;
  const customPolicies = custom
    ? await attempt('GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', () => port.deploymentBranchPolicies(name))
    : undefined;
  return { ...env, customPolicies };
}

/** Runs one read; 403 and 404 become "unreadable", anything else propagates. */
export async function attempt<T>(operation: string, read: () => Promise<T>): Promise<Read<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (error instanceof GithubError && (error.code === 'E_GITHUB_FORBIDDEN' || error.code === 'E_GITHUB_NOT_FOUND')) {
      return { ok: false, status: error.status, operation };
    }
    throw error;
  }
}
