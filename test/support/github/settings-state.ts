/**
 * Repository settings the stand-in serves (branch protection, rulesets,
 * Actions permissions, environments, workflows). Plain data, so snapshots
 * (structuredClone) copy it. Defaults are the safe setup the README asks for.
 */

export interface BranchProtectionSpec {
  /** required_pull_request_reviews present at all. */
  requirePullRequest: boolean;
  requireCodeOwnerReviews: boolean;
  dismissStaleReviews: boolean;
  requireLastPushApproval: boolean;
  requiredApprovingReviewCount: number;
  enforceAdmins: boolean;
  /** Logins in bypass_pull_request_allowances.users. */
  bypassUsers: string[];
  /** Names of required status checks (none: required_status_checks is left out, as GitHub does). */
  requiredStatusChecks: string[];
}

export type BypassActorType = 'Integration' | 'OrganizationAdmin' | 'RepositoryRole' | 'Team' | 'DeployKey' | 'User';

export interface RulesetSpec {
  id: number;
  name: string;
  enforcement: 'active' | 'evaluate' | 'disabled';
  /** Branch names it targets; '~DEFAULT_BRANCH' and '~ALL' as GitHub spells them. */
  branches: string[];
  pullRequest?: {
    requireCodeOwnerReview: boolean;
    dismissStaleReviewsOnPush: boolean;
    requireLastPushApproval: boolean;
    requiredApprovingReviewCount: number;
  };
  /** Rules other than pull_request, without parameters. */
  otherRules: ('deletion' | 'non_fast_forward' | 'required_linear_history')[];
  bypassActors: { actorType: BypassActorType; actorId: number | null; bypassMode: 'always' | 'pull_request' | 'exempt' }[];
  /** A required_status_checks rule with these check names (absent: no such rule). */
  requiredStatusChecks?: string[];
}

export interface EnvironmentSpec {
  id: number;
  name: string;
  createdAt: string;
  /** null: every branch may deploy; 'protected': protected branches only; else custom rules. */
  deploymentBranchPolicy: null | 'protected' | { custom: { id: number; name: string; type: 'branch' | 'tag' }[] };
  /** Logins of required reviewers (empty: no required_reviewers rule). */
  reviewers: string[];
  /** Minutes; 0: no wait_timer rule. */
  waitTimer: number;
}

export type WorkflowState = 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';

export interface WorkflowSpec {
  id: number;
  name: string;
  /** File name under .github/workflows/. */
  file: string;
  state: WorkflowState;
  createdAt: string;
}

export interface RepoSettings {
  /** Branch name -> its classic protection rule; absent: 404 "Branch not protected". */
  protection: Map<string, BranchProtectionSpec>;
  rulesets: RulesetSpec[];
  actions: { defaultWorkflowPermissions: 'read' | 'write'; canApprovePullRequestReviews: boolean };
  environments: Map<string, EnvironmentSpec>;
  workflows: Map<string, WorkflowSpec>;
  /**
   * false: every token lacks "Administration: read", as the workflow
   * GITHUB_TOKEN does: protection and Actions permissions answer 403 and
   * rulesets come without their bypass list.
   */
  adminReadable: boolean;
}

export function safeProtection(): BranchProtectionSpec {
  return {
    requirePullRequest: true,
    requireCodeOwnerReviews: true,
    dismissStaleReviews: true,
    requireLastPushApproval: true,
    requiredApprovingReviewCount: 1,
    enforceAdmins: true,
    bypassUsers: [],
    // The check job's name (.github/workflows/access-check.yml), as README step "Branch protection" asks.
    requiredStatusChecks: ['access-check'],
  };
}

/**
 * The README's setup: what .github/workflows/access-apply.yml and
 * access-revoke.yml expect. Ids derive from the repository's id, off the
 * shared counter, so adding settings shifts no other object's id.
 */
export function safeSettings(defaultBranch: string, repoId: number, createdAt: string): RepoSettings {
  let n = 0;
  const ids = (): number => repoId * 1000 + ++n;
  return {
    protection: new Map([[defaultBranch, safeProtection()]]),
    rulesets: [],
    actions: { defaultWorkflowPermissions: 'read', canApprovePullRequestReviews: false },
    environments: new Map([
      [
        'grantbook-production',
        {
          id: ids(),
          name: 'grantbook-production',
          createdAt,
          deploymentBranchPolicy: { custom: [{ id: ids(), name: defaultBranch, type: 'branch' }] },
          reviewers: [],
          waitTimer: 0,
        },
      ],
    ]),
    workflows: new Map(
      [
        ['access-check.yml', 'access-check'],
        ['access-apply.yml', 'access-apply'],
        ['access-revoke.yml', 'access-revoke'],
      ].map(([file = '', name = '']) => [file, { id: ids(), name, file, state: 'active' as const, createdAt }]),
    ),
    adminReadable: true,
  };
}
