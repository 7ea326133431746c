import type { BundleGrant, Target } from '../../policy/types.js';
import type { GrantSpec } from '../../shared/grants.js';

/** A github target: an organisation, reached with a token. */
export type GithubTarget = Extract<Target, { provider: 'github' }>;
/** Grants as written: a team membership or a collaborator permission. */
export type GithubGrant = Extract<BundleGrant, { kind: 'team' | 'repo' }>;
/** Concrete grants, as recorded. */
export type GithubSpec = Extract<GrantSpec, { kind: 'team' | 'repo' }>;

/** What a profile allows on a github target. */
export interface GithubRule {
  readonly target: string;
  readonly teams: readonly string[];
  readonly repos: readonly { readonly name: string; readonly permissions: readonly string[] }[];
}
