import requestSchema from '../../../schemas/access-request.schema.json' with { type: 'json' };
import identitiesSchema from '../../../schemas/identities.schema.json' with { type: 'json' };
import profileSchema from '../../../schemas/profile.schema.json' with { type: 'json' };
import targetsSchema from '../../../schemas/targets.schema.json' with { type: 'json' };
import { REQUIRED_CHECK } from '../../modes/doctor/defaults.js';

/**
 * The starter files of an access repository, as `grantbook init` writes
 * them: a copy of this repository's worked examples (a column-level Postgres
 * profile, a GitHub team profile, a break-glass profile) with `<...>`
 * placeholders wherever only the organization can decide: people, tables,
 * columns, teams. Every placeholder breaks a schema rule (a pattern or a
 * type), so `grantbook validate` names each one until it is filled in.
 */

/** The environment variables the starter targets name; the workflows pass each from the secret of that name. */
export const STARTER_CREDENTIALS = ['GRANTBOOK_PG_ORDERS_PROD', 'GRANTBOOK_GITHUB_TOKEN'] as const;

/** Teams the starter CODEOWNERS and profiles name; they must exist in the organization (doctor checks). */
export const STARTER_TEAMS = { security: 'security', approvers: 'access-approvers' } as const;

const text = (...lines: readonly string[]): string => `${lines.join('\n')}\n`;

export function starterFiles(org: string): Record<string, string> {
  const github = `github-${org.toLowerCase()}`;
  const { security, approvers } = STARTER_TEAMS;
  return {
    'access-requests/README.md': requestsReadme(),
    '.github/CODEOWNERS': text(
      '# Who approves what. Requests are approved by the owners of the data they',
      "# touch; the policies, the ledger and the workflows by security. GitHub's",
      '# rule: the last matching line wins, so the broad line comes first. Each team',
      '# needs write access to this repository.',
      `*                      @${org}/${security}`,
      `/access-requests/      @${org}/${approvers} @${org}/${security}`,
      `/policies/             @${org}/${security}`,
      `/audit/                @${org}/${security}`,
      `/.github/              @${org}/${security}`,
    ),
    'policies/targets.yaml': text(
      '# yaml-language-server: $schema=../schemas/targets.schema.json',
      '# Where grants can be applied. Credentials never live here: each target names',
      '# the environment variable that holds its connection string or token, and the',
      '# apply and revoke workflows pass it from the secret of the same name (a secret',
      '# of the grantbook-production environment). Rename a variable in both places.',
      'targets:',
      '  orders-prod:',
      '    provider: postgres',
      '    description: Orders database, production primary',
      `    connection_env: ${STARTER_CREDENTIALS[0]}`,
      '    grantor_role: grantbook_grantor',
      '    # Roles nobody may be granted into or act as: the owner of the tables, at least.',
      '    protected_roles: [<owner-role>]',
      `  ${github}:`,
      '    provider: github',
      `    org: ${org}`,
      `    token_env: ${STARTER_CREDENTIALS[1]}`,
      `    protected_teams: [${security}, ${approvers}]`,
    ),
    'policies/identities.yaml': text(
      '# yaml-language-server: $schema=../schemas/identities.schema.json',
      '# GitHub account (login and numeric id: people are matched by id, because a',
      '# login can be renamed and re-registered; https://api.github.com/users/LOGIN',
      '# shows it) -> principal on each provider. One entry per person.',
      'identities:',
      '  - login: <github-login>',
      '    id: <numeric-id>',
      '    postgres: <postgres-login-role>',
    ),
    'policies/orders-readonly.yaml': text(
      '# yaml-language-server: $schema=../schemas/profile.schema.json',
      '# Read chosen columns of chosen tables, for debugging. Start narrow: the tables',
      '# and columns people need, with those holding personal data marked sensitive.',
      'name: orders-readonly',
      'description: Read-only access to chosen columns of the orders database, for debugging.',
      'requesters:',
      '  teams: [<requesters-team>]',
      'approvals:',
      '  min: 1',
      '  groups:',
      `    - team: ${approvers}`,
      '      min: 1',
      'duration:',
      '  default: 1h',
      '  max: 8h',
      'ticket:',
      '  required: true',
      "  pattern: '^INC-[0-9]{1,6}$'",
      'reason:',
      '  required: true',
      '  min_length: 20',
      'max_grants: 3',
      'sensitive_columns: flag',
      'allow:',
      '  - target: orders-prod',
      '    privileges: [SELECT]',
      '    tables:',
      '      - name: <schema.table>',
      '        columns: [<column>, <another-column>, <sensitive-column>]',
      '        sensitive: [<sensitive-column>]',
    ),
    'policies/oncall.yaml': text(
      '# yaml-language-server: $schema=../schemas/profile.schema.json',
      '# Join the on-call team and read the service repository for a shift.',
      'name: oncall',
      'description: Join the on-call team and read the service repository for an on-call shift.',
      'requesters:',
      '  teams: [<requesters-team>]',
      'approvals:',
      '  min: 1',
      '  groups:',
      `    - team: ${approvers}`,
      '      min: 1',
      'duration:',
      '  max: 7d',
      'ticket:',
      '  required: false',
      'reason:',
      '  required: true',
      '  min_length: 10',
      'max_grants: 2',
      'sensitive_columns: refuse',
      'allow:',
      `  - target: ${github}`,
      '    teams: [<oncall-team>]',
      '    repos:',
      '      - name: <service-repo>',
      '        permissions: [pull, triage]',
    ),
    'policies/break-glass.yaml': text(
      '# yaml-language-server: $schema=../schemas/profile.schema.json',
      '# Emergency access: one approval, at most two hours, and a follow-up review',
      '# issue is always opened.',
      'name: break-glass',
      'description: Emergency write access to order status during a SEV1, reviewed afterwards.',
      'requesters:',
      '  teams: [<incident-commanders-team>]',
      'approvals:',
      '  min: 1',
      'duration:',
      '  max: 2h',
      'ticket:',
      '  required: true',
      "  pattern: '^SEV1-[0-9]{1,6}$'",
      'reason:',
      '  required: true',
      '  min_length: 30',
      'max_grants: 2',
      'sensitive_columns: refuse',
      'break_glass: true',
      'allow:',
      '  - target: orders-prod',
      '    privileges: [SELECT, UPDATE]',
      '    tables:',
      '      - name: <schema.table>',
      '        columns: [<column>, <another-column>]',
    ),
    'schemas/access-request.schema.json': json(requestSchema),
    'schemas/profile.schema.json': json(profileSchema),
    'schemas/targets.schema.json': json(targetsSchema),
    'schemas/identities.schema.json': json(identitiesSchema),
  };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function requestsReadme(): string {
  return text(
    '# Access requests',
    '',
    'To get temporary access, open a pull request that adds one file here,',
    '`access-requests/<your-login>-<ticket>.yaml` (lowercase letters, digits and',
    'hyphens; a name is never reused):',
    '',
    '```yaml',
    '# yaml-language-server: $schema=../schemas/access-request.schema.json',
    "requester: your-login               # must be the pull request's author",
    'profile: orders-readonly            # a profile under policies/',
    "duration: 2h                        # at most the profile's maximum; counted from the grant",
    'reason: Investigate duplicate charges reported in INC-4211',
    'ticket: INC-4211',
    'grants:',
    '  - target: orders-prod',
    '    privileges: [SELECT]',
    '    table: public.orders',
    '    columns: [id, status]',
    '```',
    '',
    `The \`${REQUIRED_CHECK}\` check comments on the pull request with the decision and the exact`,
    'SQL or API calls a merge will run; a code owner approves that. Merging grants the',
    'access, and it is revoked when the duration is up. To give it up early, open a',
    'pull request that deletes your file. Change nothing else in the same pull request.',
  );
}
