import { repoSlug } from '../shared/patterns.js';
import { UserError, formatDiagnostic } from '../diagnostics.js';
import { createGithubClient, getRepo } from '../github/index.js';
import { checkEnvironmentName, checkWorkflowFile } from '../github/settings.js';
import { githubEndpoint, type GithubEndpoint } from '../modes/api-url.js';
import {
  CHECK_IDS,
  DEFAULT_ENVIRONMENT,
  DEFAULT_REVOKE_WORKFLOW,
  REQUIRED_CHECK,
  allFindings,
  diagnoseAdoption,
  diagnoseSettings,
  githubAdoptionPort,
  githubDoctorPort,
  namesOf,
  readAdoption,
  readSettings,
  type CheckResult,
} from '../modes/doctor/index.js';
import { escapeForLog } from '../report/escape.js';
import { VERSION } from '../version.js';
import { parseCommandArgs } from './args.js';
import { EXIT, type CliCommand, type CliIo } from './io.js';

export const doctorCommand: CliCommand = {
  name: 'doctor',
  summary: 'Check the repository settings the security model relies on',
  help: [
    'Usage: grantbook doctor --repo owner/name [--api-url URL] [--environment NAME] [--revoke-workflow FILE] [--json]',
    '',
    'Reads, through the GitHub API, the settings Grantbook relies on and prints one line',
    'per check, with the code and the exact fix for each failure: branch protection of the',
    'default branch (pull requests, code owner review, stale approvals dismissed, approval',
    'of the most recent push, no bypass; classic rules or rulesets), GitHub Actions not',
    'allowed to approve pull requests, CODEOWNERS valid and owning access-requests/,',
    'policies/, .github/ and audit/, the apply environment limited to the default branch,',
    'and the revoke workflow enabled. Then whether the setup works as its workflows are',
    `written: every required status check is the name of a job (Grantbook's: ${REQUIRED_CHECK})`,
    'that runs on every pull request (no paths: filter), every team CODEOWNERS and the',
    'profiles name is visible to the token, and the check and apply steps read team',
    'membership with a token that can see teams.',
    '',
    'The token comes from $GITHUB_TOKEN or $GH_TOKEN (never an option): one with',
    '"Administration: read", "Actions: read", "Environments: read", "Contents: read" and the',
    'organization permission "Members: read", like the Grantbook App\'s (README, "Tokens").',
    'A setting the token cannot read is reported as unverifiable. HTTPS_PROXY, HTTP_PROXY',
    'and NO_PROXY are honoured.',
    '',
    'Options:',
    '  --repo owner/name        the access-request repository (default: $GITHUB_REPOSITORY)',
    '  --api-url URL            GitHub API root (default: $GITHUB_API_URL, then https://api.github.com;',
    '                           GitHub Enterprise Server: https://HOST/api/v3)',
    `  --environment NAME       the apply job's environment (default: ${DEFAULT_ENVIRONMENT})`,
    `  --revoke-workflow FILE   the revoke workflow's file name (default: ${DEFAULT_REVOKE_WORKFLOW})`,
    '  --json                   print {"checks": [...]} instead',
    '',
    'Exits 1 when a critical check fails or cannot be verified (for the settings checks, apply',
    'then refuses to grant; revoke always runs), 0 otherwise; warnings do not change it.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      repo: { type: 'string' },
      'api-url': { type: 'string' },
      environment: { type: 'string' },
      'revoke-workflow': { type: 'string' },
      json: { type: 'boolean' },
    });
    if (!parsed.ok || parsed.positionals.length > 0) return usage(io, parsed.ok ? 'takes no positional arguments' : parsed.message);
    const repoMatch = repoSlug(parsed.values.repo ?? io.env.GITHUB_REPOSITORY ?? '');
    if (repoMatch === undefined) return usage(io, '--repo owner/name is required');
    const environment = parsed.values.environment ?? DEFAULT_ENVIRONMENT;
    const revokeWorkflow = parsed.values['revoke-workflow'] ?? DEFAULT_REVOKE_WORKFLOW;
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    if (token.trim() === '') return usage(io, 'set GITHUB_TOKEN or GH_TOKEN to a token that may read the repository settings');
    let endpoint: GithubEndpoint;
    try {
      checkEnvironmentName(environment);
      checkWorkflowFile(revokeWorkflow);
      endpoint = githubEndpoint(io.env, parsed.values['api-url']);
    } catch (error) {
      if (error instanceof UserError) return usage(io, error.diagnostics.map(formatDiagnostic).join('; '));
      return usage(io, '--environment must be letters, digits, ".", "_" or "-"; --revoke-workflow a file name ending in .yml or .yaml');
    }

    const ref = { owner: repoMatch.owner, repo: repoMatch.repo };
    const client = createGithubClient({ token, ...endpoint, userAgent: `grantbook/${VERSION}` });
    const { defaultBranch } = await getRepo(client, ref);
    const port = githubDoctorPort(client, ref);
    const snapshot = await readSettings(port, { ...ref, defaultBranch, environment, revokeWorkflow });
    const adoption = await readAdoption(port, githubAdoptionPort(client, ref), { owner: ref.owner, defaultBranch }, snapshot.codeowners);
    const checks = [...diagnoseSettings(snapshot), ...diagnoseAdoption(adoption, namesOf(snapshot))];
    const findings = allFindings(checks);
    const critical = findings.filter((f) => f.severity === 'critical').length;
    const gating = new Set<string>(CHECK_IDS);
    const holding = allFindings(checks.filter((c) => gating.has(c.id))).some((f) => f.severity === 'critical');
    if (parsed.values.json === true) io.out(JSON.stringify({ repository: `${ref.owner}/${ref.repo}`, checks }, null, 2));
    else printChecks(io, checks, { critical, warnings: findings.length - critical, holding });
    return critical > 0 ? EXIT.refused : EXIT.ok;
  },
};

function usage(io: CliIo, message: string): number {
  io.err(escapeForLog(`grantbook doctor: ${message}`));
  return EXIT.usage;
}

const STATUS = { pass: 'ok  ', fail: 'FAIL', warn: 'warn', skip: 'skip' } as const;

function printChecks(io: CliIo, checks: readonly CheckResult[], counts: { critical: number; warnings: number; holding: boolean }): void {
  const { critical, warnings } = counts;
  const width = Math.max(...checks.map((c) => c.id.length));
  for (const c of checks) {
    const status = c.skipped !== undefined ? 'skip' : c.findings.some((f) => f.severity === 'critical') ? 'fail' : c.findings.length > 0 ? 'warn' : 'pass';
    const note = c.skipped !== undefined ? ` (skipped: ${c.skipped})` : '';
    io.out(escapeForLog(`${STATUS[status]}  ${c.id.padEnd(width)}  ${c.title}${note}`));
    for (const f of c.findings) {
      io.out(escapeForLog(`      ${f.code} ${f.message}`));
      io.out(escapeForLog(`      fix: ${f.fix}`));
    }
  }
  io.out('');
  if (critical > 0) {
    io.out(
      `${critical} critical problem(s), ${warnings} warning(s): ` +
        (counts.holding ? 'apply refuses to grant until the critical settings are fixed.' : 'the setup does not work as its workflows are written.'),
    );
  } else io.out(warnings > 0 ? `No critical problem; ${warnings} warning(s).` : 'All checks passed.');
}
