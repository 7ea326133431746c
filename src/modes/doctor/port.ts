import { getCodeownersErrors, getFileAtRef, getRef, GithubError, type GithubClient, type RepoRef } from '../../github/index.js';
import {
  getBranchProtection,
  getBranchRules,
  getEnvironment,
  getRulesetBypassActors,
  getWorkflowPermissions,
  getWorkflowState,
  listDeploymentBranchPolicies,
  type BranchProtection,
  type BranchRule,
  type Environment,
} from '../../github/settings.js';
import { CODEOWNERS_LOCATIONS, CODEOWNERS_MAX_BYTES } from '../../policy/codeowners.js';
import type { CodeownersSnapshot } from './snapshot.js';

/**
 * What doctor reads from GitHub, bound to one repository. Each method throws
 * a GithubError when GitHub refuses or fails; a 404 that means "absent" is
 * an answer (unprotected, undefined), never an error.
 */
export interface DoctorPort {
  branchProtection(branch: string): Promise<BranchProtection>;
  branchRules(branch: string): Promise<readonly BranchRule[]>;
  /** Actor types on the ruleset's bypass list; undefined when GitHub does not show the list. */
  rulesetBypassActors(rulesetId: number): Promise<readonly string[] | undefined>;
  workflowPermissions(): Promise<{ readonly canApprovePullRequestReviews: boolean }>;
  environment(name: string): Promise<Environment | undefined>;
  deploymentBranchPolicies(name: string): Promise<readonly { readonly name: string; readonly type: 'branch' | 'tag' }[]>;
  /** GitHub's workflow state, or undefined when there is no such workflow. */
  workflowState(file: string): Promise<string | undefined>;
  /** CODEOWNERS as GitHub uses it at the tip of `branch`, with GitHub's own error list for it. */
  codeowners(branch: string): Promise<CodeownersSnapshot>;
}

export function githubDoctorPort(client: GithubClient, repo: RepoRef): DoctorPort {
  return {
    branchProtection: (branch) => getBranchProtection(client, repo, branch),
    branchRules: (branch) => getBranchRules(client, repo, branch),
    rulesetBypassActors: (id) => getRulesetBypassActors(client, repo, id),
    workflowPermissions: () => getWorkflowPermissions(client, repo),
    environment: (name) => getEnvironment(client, repo, name),
    deploymentBranchPolicies: (name) => listDeploymentBranchPolicies(client, repo, name),
    workflowState: (file) => getWorkflowState(client, repo, file),
    codeowners: async (branch) => {
      const tip = await getRef(client, repo, `heads/${branch}`);
      if (tip === undefined) throw new GithubError('E_GITHUB_NOT_FOUND', 'the default branch does not exist', { status: 404 });
      // GitHub uses the first location that holds a file, and no other.
      for (const path of CODEOWNERS_LOCATIONS) {
        const found = await getFileAtRef(client, repo, tip, path, { maxBytes: CODEOWNERS_MAX_BYTES });
        if (found === undefined) continue;
        // Not a regular file within the size limit: GitHub ignores it, so no bytes (unusable).
        const regular = found.kind === 'file' || found.kind === 'executable';
        const errors = (await getCodeownersErrors(client, repo, tip)) ?? [];
        return {
          file: { path, bytes: regular ? found.bytes : undefined },
          errors: errors.map((e) => ({ line: e.line, column: e.column, kind: e.kind, path: e.path })),
        };
      }
      return { file: undefined, errors: [] };
    },
  };
}
