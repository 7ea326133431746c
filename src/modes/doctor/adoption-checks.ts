import type { AdoptionSnapshot } from './adoption.js';
import { REQUIRED_CHECK } from './defaults.js';
import { type CheckResult, type Finding, type Names, cannotVerify, finding, result } from './finding.js';
import type { JobFacts } from './workflows.js';

/**
 * Judges whether the setup works as its workflows are written (checks only
 * `grantbook doctor` runs, ADOPTION_CHECK_IDS order). Pure.
 */
export function diagnoseAdoption(s: AdoptionSnapshot, n: Names): CheckResult[] {
  return [requiredCheck(s, n), teamVisibility(s), jobTokens(s)];
}

const show = (name: string): string => (/^[\w .()/:-]{1,100}$/.test(name) ? `"${name}"` : 'a required check with an unusual name');
/** Job ids and workflow paths come from the default branch; printed only when plain. */
const plain = (text: string): string => (/^[A-Za-z0-9_./-]{1,200}$/.test(text) ? text : '<unusual name>');
const job = (j: JobFacts): string => `job "${plain(j.id)}" of ${plain(j.workflow)}`;

function requiredCheck(s: AdoptionSnapshot, n: Names): CheckResult {
  const title = `every required status check is reported by a job that runs on every pull request, and Grantbook's check is one of them`;
  if (!s.requiredChecks.ok) return result('required-check', title, [cannotVerify(`the required status checks of ${n.branch}`, s.requiredChecks)]);
  if (!s.workflows.ok) return result('required-check', title, [cannotVerify(`the workflows on ${n.branch}`, s.workflows)]);
  const onPull = s.workflows.value.jobs.filter((j) => j.onPullRequest);
  const unnamed = onPull.some((j) => j.checkName === undefined);
  const findings: Finding[] = [];
  for (const name of s.requiredChecks.value) {
    const reporters = onPull.filter((j) => j.checkName === name);
    if (reporters.length === 0) {
      findings.push(
        finding(
          'E_DOCTOR_REQUIRED_CHECK_UNREPORTED',
          `${n.branch} requires the status check ${show(name)}, and no job of a pull_request workflow on it has that name` +
            (unnamed ? ' (jobs with computed names, matrices or called workflows were not matched)' : ''),
          `Settings → Branches → the rule for ${n.branch} → "Require status checks to pass": require ${show(REQUIRED_CHECK)}, the check job's name, ` +
            `and remove ${show(name)} unless another app reports it. GitHub names a job's check run after the job's \`name:\`, else its id, never after the workflow.`,
        ),
      );
    } else if (reporters.every((j) => j.pathFilter)) {
      findings.push(
        finding(
          'E_DOCTOR_REQUIRED_CHECK_FILTERED',
          `the required status check ${show(name)} comes only from ${reporters.map(job).join(', ')}, whose pull_request trigger has a path filter: ` +
            'pull requests outside the filter wait for it forever',
          `Remove \`paths:\`/\`paths-ignore:\` from the pull_request trigger of ${[...new Set(reporters.map((j) => plain(j.workflow)))].join(', ')}.`,
        ),
      );
    }
  }
  const checkJobs = s.workflows.value.jobs.filter((j) => j.grantbook.some((g) => g.command === 'check'));
  const required = new Set(s.requiredChecks.value);
  if (checkJobs.length === 0) {
    findings.push(
      finding(
        'E_DOCTOR_CHECK_NOT_REQUIRED',
        `no workflow on ${n.branch} runs Grantbook's check (command: check)`,
        `Add .github/workflows/access-check.yml as \`grantbook init\` writes it, and require ${show(REQUIRED_CHECK)}.`,
      ),
    );
  } else if (!checkJobs.some((j) => j.checkName !== undefined && required.has(j.checkName))) {
    const names = checkJobs.map((j) => j.checkName).filter((x): x is string => x !== undefined);
    findings.push(
      finding(
        'E_DOCTOR_CHECK_NOT_REQUIRED',
        `Grantbook's check (${checkJobs.map(job).join(', ')}) is not a required status check of ${n.branch}`,
        `Settings → Branches → the rule for ${n.branch} → "Require status checks to pass" → add ${names.length > 0 ? names.map(show).join(' or ') : show(REQUIRED_CHECK)}.`,
      ),
    );
  }
  return result('required-check', title, findings);
}

function teamVisibility(s: AdoptionSnapshot): CheckResult {
  const title = 'every team CODEOWNERS and the profiles name is visible to this token';
  if (!s.teams.ok) return result('team-visibility', title, [cannotVerify('the teams named by CODEOWNERS and the profiles', s.teams)]);
  if (s.teams.value.length === 0) return result('team-visibility', title, [], 'no team is named');
  const findings = s.teams.value
    .filter((t) => !t.visible)
    .map((t) =>
      finding(
        'E_DOCTOR_TEAM_NOT_VISIBLE',
        `team ${t.org}/${t.slug} (named in ${t.namedIn.join(', ')}) is not visible to this token: GitHub answers 404 for it`,
        `Create the team or fix its slug in ${t.namedIn.join(', ')}; if it exists, the tokens that read it need the organization permission "Members: read" ` +
          '(GitHub App or fine-grained token: Organization permissions → Members → Read-only; classic token: read:org). Run doctor with such a token too.',
      ),
    );
  return result('team-visibility', title, findings);
}

function jobTokens(s: AdoptionSnapshot): CheckResult {
  const title = "Grantbook's check and apply steps read team membership with a token that can see teams";
  if (!s.workflows.ok) return result('job-tokens', title, [cannotVerify('the workflows on the default branch', s.workflows)]);
  if (s.teams.ok && s.teams.value.length === 0) return result('job-tokens', title, [], 'no team is named');
  const findings: Finding[] = [];
  for (const j of s.workflows.value.jobs) {
    for (const step of j.grantbook) {
      if (step.command === 'revoke') continue;
      const token = step.membersToken;
      const input = step.command === 'check' ? 'members-token' : 'github-token';
      if (token.kind === 'workflow-token') {
        findings.push(
          finding(
            'E_DOCTOR_JOB_CANNOT_READ_TEAMS',
            `the ${step.command} step of ${job(j)} reads team membership with the workflow GITHUB_TOKEN, which can never see a team`,
            `Pass \`${input}: \${{ steps.<id>.outputs.token }}\` from an actions/create-github-app-token step with \`permission-members: read\` (see README, "Tokens").`,
          ),
        );
      } else if (token.kind === 'app' && token.members === 'none') {
        findings.push(
          finding(
            'E_DOCTOR_JOB_CANNOT_READ_TEAMS',
            `the token step "${plain(token.step)}" of ${job(j)} limits its token with permission-* inputs that leave out members`,
            `Add \`permission-members: read\` to step "${plain(token.step)}" (and the App's Organization permissions → Members → Read-only).`,
          ),
        );
      }
    }
  }
  return result('job-tokens', title, findings);
}
