import type { SpecBase } from '../../shared/provider-shapes.js';
import type { GithubSpec } from './types.js';

type TeamSpec = Extract<GithubSpec, { kind: 'team' }>;
type RepoSpec = Extract<GithubSpec, { kind: 'repo' }>;

/** A recorded spec of the github team kind (the ledger validated its shape). */
export function isTeamSpec(spec: SpecBase): spec is TeamSpec {
  return spec.kind === 'team';
}

/** A recorded spec of the github repo kind (the ledger validated its shape). */
export function isRepoSpec(spec: SpecBase): spec is RepoSpec {
  return spec.kind === 'repo';
}
