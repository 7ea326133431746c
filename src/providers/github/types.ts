import type { GithubRepoPermission } from './vocabulary.js';

/** A github target: an organisation, reached with a token. */
export interface GithubTarget {
  readonly name: string;
  readonly provider: 'github';
  readonly description?: string;
  readonly org: string;
  readonly tokenEnv: string;
  readonly protectedTeams: readonly string[];
  readonly protectedRepos: readonly string[];
}

/** Grants as written: a team membership or a collaborator permission. */
export type GithubGrant =
  { readonly kind: 'team'; readonly team: string; readonly role: string } | { readonly kind: 'repo'; readonly repo: string; readonly permission: string };

/** Concrete grants, as recorded. */
export type GithubSpec =
  | { readonly kind: 'team'; readonly org: string; readonly team: string; readonly role: 'member' }
  | { readonly kind: 'repo'; readonly owner: string; readonly repo: string; readonly permission: GithubRepoPermission };

/** What a profile allows on a github target. */
export interface GithubRule {
  readonly target: string;
  readonly teams: readonly string[];
  readonly repos: readonly { readonly name: string; readonly permissions: readonly string[] }[];
}
