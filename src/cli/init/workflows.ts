import { DEFAULT_ENVIRONMENT, REQUIRED_CHECK, WORKFLOW_FILES } from '../../modes/doctor/defaults.js';

/**
 * The three workflows of an access repository, as text: what `grantbook
 * init` writes, and (with the action reference `./`) this repository's own
 * .github/workflows/, which a test holds equal to it. Every third-party
 * action is pinned by full commit SHA; the version is the comment.
 *
 * The tokens (README, "Tokens"): the check keeps the workflow GITHUB_TOKEN
 * (read, plus its one comment) and reads team membership with a token of a
 * GitHub App that can read members and nothing else; apply and revoke act
 * with the Grantbook App's token, whose key only default-branch jobs reach.
 */

const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2';
// https://github.com/actions/create-github-app-token (client-id, private-key, permission-<name> inputs; output `token`).
const APP_TOKEN = 'actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3 # v3.1.1';
// https://github.com/actions/upload-artifact (name, path, if-no-files-found, retention-days).
const UPLOAD_ARTIFACT = 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2';

/** Secret and variable names the workflows use; README and `init`'s next steps name them too. */
export const APP_NAMES = {
  appClientId: 'GRANTBOOK_APP_CLIENT_ID',
  appKey: 'GRANTBOOK_APP_PRIVATE_KEY',
  readerClientId: 'GRANTBOOK_READER_CLIENT_ID',
  readerKey: 'GRANTBOOK_READER_PRIVATE_KEY',
} as const;

/**
 * `actionRef`: `./` (this repository) or `owner/grantbook@<40-hex SHA>`.
 * `credentials`: the environment variables policies/targets.yaml names
 * (connection_env, token_env), each passed from the secret of that name.
 */
export function workflowTexts(actionRef: string, credentials: readonly string[]): Record<string, string> {
  const env = credentials.length === 0 ? [] : ['        env:', ...credentials.map((name) => `          ${name}: \${{ secrets.${name} }}`)];
  return {
    [WORKFLOW_FILES.check]: checkWorkflow(actionRef),
    [WORKFLOW_FILES.apply]: applyWorkflow(actionRef, env),
    [WORKFLOW_FILES.revoke]: revokeWorkflow(actionRef, env),
  };
}

const lines = (...parts: readonly string[]): string => `${parts.join('\n')}\n`;

function checkWorkflow(action: string): string {
  return lines(
    'name: access-check',
    '',
    '# Judges every pull request: one comment with the verdict and the exact plan,',
    '# and a failing check until each request is valid and approved at its head.',
    '#',
    `# The job's check run is the required status check: GitHub names it after the`,
    `# job's \`name:\` ("${REQUIRED_CHECK}"), never after the workflow. It runs on every pull`,
    '# request, with no paths: filter: a required check whose workflow a filter',
    '# skipped stays "Pending" and the pull request can never merge',
    '# (https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/troubleshooting-required-status-checks#handling-skipped-but-required-checks).',
    '# A pull request that touches no request is done after one API call.',
    '#',
    "# It runs on the pull request's own event, never pull_request_target, with",
    '# the workflow token below: it reads, and writes its one comment. Policy,',
    '# targets, identities and CODEOWNERS are read from the base commit of the',
    '# checkout, never from the pull request.',
    'on:',
    '  pull_request:',
    '  # A new or dismissed review changes the verdict: judge again.',
    '  pull_request_review:',
    '    types: [submitted, dismissed]',
    '',
    'permissions:',
    '  contents: read',
    '  pull-requests: write',
    '',
    '# A newer run for the same PR supersedes an older one, so an old verdict can',
    '# never overwrite the comment of a newer head.',
    'concurrency:',
    '  group: access-check-${{ github.event.pull_request.number }}',
    '  cancel-in-progress: true',
    '',
    'jobs:',
    '  check:',
    '    # The required status check: keep this name, or change branch protection with it.',
    `    name: ${REQUIRED_CHECK}`,
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 10',
    '    steps:',
    `      - uses: ${CHECKOUT}`,
    '        with:',
    '          ref: ${{ github.event.pull_request.base.sha }}',
    '          persist-credentials: false',
    '      # Team membership (CODEOWNERS teams, profile approver groups) needs the',
    '      # organization permission "Members: read", which no workflow token can',
    '      # have. This token comes from a GitHub App that has that permission and',
    "      # nothing else: a pull request's workflow can read a repository secret,",
    '      # so this key must never open anything more. Without the App (its variable',
    '      # unset) the check still runs: a pull request without requests passes, and',
    '      # a team look-up stops with E_GITHUB_TEAM_NOT_VISIBLE, naming the permission.',
    '      - id: members',
    `        if: \${{ vars.${APP_NAMES.readerClientId} != '' }}`,
    `        uses: ${APP_TOKEN}`,
    '        with:',
    `          client-id: \${{ vars.${APP_NAMES.readerClientId} }}`,
    `          private-key: \${{ secrets.${APP_NAMES.readerKey} }}`,
    '          permission-members: read',
    `      - uses: ${action}`,
    '        with:',
    '          command: check',
    '          members-token: ${{ steps.members.outputs.token }}',
  );
}

const ledgerConcurrency = [
  '# One queue for apply and revoke; a run in progress is never cancelled,',
  '# because cancelling between a provider call and the ledger commit is exactly',
  '# the window crash recovery has to repair.',
  'concurrency:',
  '  group: grantbook-ledger',
  '  cancel-in-progress: false',
] as const;

const appToken = (permissions: readonly string[]): string[] => [
  `        uses: ${APP_TOKEN}`,
  '        with:',
  `          client-id: \${{ vars.${APP_NAMES.appClientId} }}`,
  `          private-key: \${{ secrets.${APP_NAMES.appKey} }}`,
  ...permissions.map((p) => `          permission-${p}`),
];

function applyWorkflow(action: string, env: readonly string[]): string {
  return lines(
    'name: access-apply',
    '',
    "# Merge grants. Apply re-verifies everything from scratch (the check job's",
    '# verdict is not trusted) and runs in a protected environment whose secrets',
    "# hold the provider credentials and the Grantbook App's key.",
    'on:',
    '  push:',
    '    branches: [main]',
    '    paths:',
    '      - "access-requests/**"',
    '  workflow_dispatch:',
    '',
    "# The workflow token only checks out; everything else uses the App's token.",
    'permissions:',
    '  contents: read',
    '',
    ...ledgerConcurrency,
    '',
    'jobs:',
    '  apply:',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 20',
    `    environment: ${DEFAULT_ENVIRONMENT}`,
    '    steps:',
    `      - uses: ${CHECKOUT}`,
    '        with:',
    '          # Full history: apply reads the pushed commits and the policy at',
    "          # each merge's first parent from git.",
    '          fetch-depth: 0',
    '          persist-credentials: false',
    '      # The workflow token can neither commit the ledger to the protected',
    '      # default branch nor read the settings apply re-checks before granting',
    '      # (it would hold every grant back), nor see a team. The Grantbook App',
    '      # can; its key is a secret of the environment, which only the default',
    '      # branch may use.',
    '      - id: token',
    ...appToken(['contents: write', 'issues: write', 'pull-requests: write', 'administration: read', 'actions: read', 'environments: read', 'members: read']),
    `      - uses: ${action}`,
    '        with:',
    '          command: apply',
    '          github-token: ${{ steps.token.outputs.token }}',
    ...env,
    '      # A merged PR that deletes a request file gives the access up: revoke',
    '      # runs right away instead of waiting for the schedule. It runs even when',
    '      # apply failed, because revocation never waits.',
    '      - if: ${{ !cancelled() }}',
    `        uses: ${action}`,
    '        with:',
    '          command: revoke',
    '          github-token: ${{ steps.token.outputs.token }}',
    ...env,
  );
}

function revokeWorkflow(action: string, env: readonly string[]): string {
  return lines(
    'name: access-revoke',
    '',
    '# Expiry. Scheduled at an odd minute (GitHub delays and drops runs queued at',
    '# the top of the hour) and runnable by hand. Revoke never waits for a healthy',
    '# setting: it always runs.',
    'on:',
    '  schedule:',
    '    - cron: "17,47 * * * *"',
    '  workflow_dispatch:',
    '',
    "# The workflow token only checks out; everything else uses the App's token.",
    'permissions:',
    '  contents: read',
    '',
    ...ledgerConcurrency,
    '',
    'jobs:',
    '  revoke:',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 30',
    `    environment: ${DEFAULT_ENVIRONMENT}`,
    '    steps:',
    `      - uses: ${CHECKOUT}`,
    '        with:',
    '          fetch-depth: 0',
    '          persist-credentials: false',
    '      # Commits the ledger to the protected default branch, and opens or',
    '      # updates the issue of a failed revocation: the Grantbook App, as for apply.',
    '      - id: token',
    ...appToken(['contents: write', 'issues: write', 'pull-requests: write']),
    '      - id: revoke',
    `        uses: ${action}`,
    '        with:',
    '          command: revoke',
    '          github-token: ${{ steps.token.outputs.token }}',
    "          # true: also write the month's access report and its figures in the",
    '          # job summary; the next step attaches it (docs/audit-evidence.md).',
    '          report: false',
    ...env,
    '      - name: Attach the access report',
    "        if: always() && steps.revoke.outputs.report-file != ''",
    `        uses: ${UPLOAD_ARTIFACT}`,
    '        with:',
    '          name: access-report',
    '          path: ${{ steps.revoke.outputs.report-file }}',
    '          if-no-files-found: error',
    '          retention-days: 90',
  );
}
