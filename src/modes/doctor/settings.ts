import { type CheckResult, type Finding, type Names, cannotVerify, finding, result } from './finding.js';
import type { EnvironmentSettings, SettingsSnapshot } from './snapshot.js';

export function actionsCheck(s: SettingsSnapshot, n: Names): CheckResult {
  const title = 'GitHub Actions cannot approve pull requests';
  if (!s.actions.ok) return result('actions-cannot-approve', title, [cannotVerify('whether GitHub Actions may approve pull requests', s.actions)]);
  if (!s.actions.value.canApprovePullRequestReviews) return result('actions-cannot-approve', title, []);
  return result('actions-cannot-approve', title, [
    finding(
      'E_DOCTOR_ACTIONS_CAN_APPROVE',
      `GitHub Actions may approve pull requests in ${n.repo}`,
      'Settings → Actions → General → Workflow permissions → untick "Allow GitHub Actions to create and approve pull requests" ' +
        `(API: PUT /repos/${n.repo}/actions/permissions/workflow with {"can_approve_pull_request_reviews": false}).`,
    ),
  ]);
}

/**
 * What counts as a protected apply environment: its secrets (the provider
 * credentials) reach only jobs on the default branch, which code owner review
 * guards: deployment branches "protected branches only", or custom rules that
 * name the default branch and nothing else (no pattern, no tag). Required
 * reviewers are not required: apply already needs code owner approval, and
 * the revoke job usually shares the environment, where a reviewer or a wait
 * timer would hold revocation; they are reported as a warning.
 */
export function environmentCheck(s: SettingsSnapshot, n: Names, defaultBranch: string): CheckResult {
  const title = `environment "${n.environment}" exists and only ${n.branch} may use it`;
  const env = s.environment.settings;
  if (!env.ok) return result('apply-environment', title, [cannotVerify(`environment "${n.environment}"`, env)]);
  if (env.value === undefined) {
    return result('apply-environment', title, [
      finding(
        'E_DOCTOR_ENVIRONMENT_MISSING',
        `environment "${n.environment}" does not exist in ${n.repo} (or the token cannot see it)`,
        `Settings → Environments → New environment "${n.environment}" → Deployment branches and tags → "Protected branches only" ` +
          `(API: PUT /repos/${n.repo}/environments/${n.environment} with {"deployment_branch_policy": {"protected_branches": true, "custom_branch_policies": false}}), ` +
          'and keep the provider credentials in its secrets; or pass --environment with the name the apply workflow uses.',
      ),
    ]);
  }
  return result('apply-environment', title, [...limitFindings(env.value, n, defaultBranch), ...waitFindings(env.value, n)]);
}

function limitFindings(env: EnvironmentSettings, n: Names, defaultBranch: string): Finding[] {
  const notLimited = (why: string): Finding[] => [
    finding(
      'E_DOCTOR_ENVIRONMENT_NOT_LIMITED',
      `environment "${n.environment}" ${why}`,
      `Settings → Environments → "${n.environment}" → Deployment branches and tags → "Selected branches and tags" with the single branch rule ${n.branch} ` +
        `(API: PUT /repos/${n.repo}/environments/${n.environment} with {"deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true}}, ` +
        `then POST /repos/${n.repo}/environments/${n.environment}/deployment-branch-policies with {"name": "${n.branch}", "type": "branch"}).`,
    ),
  ];
  const policy = env.branchPolicy;
  if (policy === null) return notLimited('lets every branch deploy');
  // "Protected branches only" admits every branch with a protection rule, however weak
  // (a release/* rule without reviews): each could run a workflow holding the credentials.
  if (policy.protectedBranches) return notLimited(`lets every protected branch deploy, not only ${n.branch}`);
  if (!policy.customBranchPolicies) return notLimited('has no deployment branch rule in effect');
  const rules = env.customPolicies;
  if (rules === undefined) return notLimited('has custom deployment branch rules that were not read');
  if (!rules.ok) return [cannotVerify(`the deployment branch rules of environment "${n.environment}"`, rules)];
  const others = rules.value.filter((r) => !(r.type === 'branch' && r.name === defaultBranch));
  if (rules.value.length === 0) return notLimited('has "Selected branches" without any rule');
  if (others.length > 0) return notLimited(`lets ${others.length} branch or tag rule(s) other than exactly ${n.branch} deploy`);
  return [];
}

function waitFindings(env: EnvironmentSettings, n: Names): Finding[] {
  if (!env.requiredReviewers && env.waitTimer === 0) return [];
  const what = [env.requiredReviewers ? 'required reviewers' : '', env.waitTimer > 0 ? `a ${env.waitTimer}-minute wait timer` : '']
    .filter((x) => x !== '')
    .join(' and ');
  return [
    finding(
      'E_DOCTOR_ENVIRONMENT_WAITS',
      `environment "${n.environment}" has ${what}: every job using it waits, scheduled revocation included if it shares the environment`,
      `Revocation must never wait: run the revoke workflow in an environment without reviewers or wait timer, or remove them from "${n.environment}" (Settings → Environments).`,
    ),
  ];
}

export function revokeWorkflowCheck(s: SettingsSnapshot, n: Names): CheckResult {
  const title = `the revoke workflow ${n.workflow} is enabled`;
  const state = s.revokeWorkflow.state;
  if (!state.ok) return result('revoke-workflow', title, [cannotVerify(`the state of workflow ${n.workflow}`, state)]);
  if (state.value === 'active') return result('revoke-workflow', title, []);
  const fix =
    state.value === undefined
      ? `Commit .github/workflows/${n.workflow} (copied from Grantbook's access-revoke.yml) to ${n.branch}, or pass --revoke-workflow with the file name your revoke workflow has.`
      : `Actions → the workflow ${n.workflow} → "Enable workflow" (API: PUT /repos/${n.repo}/actions/workflows/${n.workflow}/enable). ` +
        'GitHub disables scheduled workflows after 60 days without repository activity: watch for it.';
  const said = state.value === undefined ? 'does not exist (or the token cannot see it)' : `is ${SAFE_STATE.test(state.value) ? state.value : 'not active'}`;
  return result('revoke-workflow', title, [
    finding('E_DOCTOR_REVOKE_WORKFLOW_INACTIVE', `workflow ${n.workflow} ${said}: grants would not be revoked on schedule`, fix),
  ]);
}

const SAFE_STATE = /^[a-z_]{1,40}$/;
