import type { JsonSchema } from '../../shared/provider-shapes.js';

/** targets.yaml: one GitHub organisation reached with a token. */
export const GITHUB_TARGET_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['provider', 'org', 'token_env'],
  properties: {
    provider: { type: 'string', enum: ['github'] },
    description: { $ref: '#/$defs/description' },
    org: { $ref: '#/$defs/login' },
    token_env: { $ref: '#/$defs/envName', description: 'Name of the environment variable holding the token.' },
    protected_teams: { type: 'array', maxItems: 100, uniqueItems: true, items: { $ref: '#/$defs/teamSlug' } },
    protected_repos: { type: 'array', maxItems: 100, uniqueItems: true, items: { $ref: '#/$defs/repoName' } },
  },
} as const satisfies JsonSchema;

export const TEAM_GRANT_SCHEMA = {
  type: 'object',
  description: 'Membership of a GitHub team.',
  additionalProperties: false,
  required: ['target', 'team', 'role'],
  properties: { target: { $ref: '#/$defs/name' }, team: { $ref: '#/$defs/teamSlug' }, role: { $ref: '#/$defs/teamRole' } },
} as const satisfies JsonSchema;

export const REPO_GRANT_SCHEMA = {
  type: 'object',
  description: 'Collaborator permission on a GitHub repository.',
  additionalProperties: false,
  required: ['target', 'repo', 'permission'],
  properties: { target: { $ref: '#/$defs/name' }, repo: { $ref: '#/$defs/repoName' }, permission: { $ref: '#/$defs/repoPermission' } },
} as const satisfies JsonSchema;

export const TEAM_SPEC_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['team', 'role'],
  properties: { team: { $ref: '#/$defs/teamSlug' }, role: { $ref: '#/$defs/teamRole' } },
} as const satisfies JsonSchema;

export const REPO_SPEC_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['repo', 'permission'],
  properties: { repo: { $ref: '#/$defs/repoName' }, permission: { $ref: '#/$defs/repoPermission' } },
} as const satisfies JsonSchema;

export const GITHUB_ALLOW_KEYS = {
  teams: { type: 'array', minItems: 1, maxItems: 100, uniqueItems: true, items: { $ref: '#/$defs/teamSlug' } },
  repos: { type: 'array', minItems: 1, maxItems: 100, items: { $ref: '#/$defs/allowedRepo' } },
} as const satisfies { readonly [key: string]: JsonSchema };

const TEAM_ROLE = { type: 'string', enum: ['member'] } as const satisfies JsonSchema;
const REPO_PERMISSION = { type: 'string', enum: ['pull', 'triage', 'push', 'maintain'] } as const satisfies JsonSchema;

export const GITHUB_DEFS = {
  request: { teamRole: TEAM_ROLE, repoPermission: REPO_PERMISSION },
  profile: {
    teamRole: TEAM_ROLE,
    repoPermission: REPO_PERMISSION,
    allowedRepo: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'permissions'],
      properties: {
        name: { $ref: '#/$defs/repoName' },
        permissions: { type: 'array', minItems: 1, maxItems: 4, uniqueItems: true, items: { $ref: '#/$defs/repoPermission' } },
      },
    },
  },
} as const;
