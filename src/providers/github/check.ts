import { matches } from '../../shared/patterns.js';
import { GITHUB_REPO_PERMISSIONS, type GithubRepoPermission } from './vocabulary.js';
import type { GithubSpec, GithubTarget } from './types.js';
import type { TargetGrant } from '../contract.js';
import { ProviderError } from '../errors.js';

export type { GithubTarget };
export type GithubTargetGrant = TargetGrant<GithubTarget, GithubSpec>;

export type CheckedGithubGrant =
  | { readonly kind: 'team'; readonly org: string; readonly team: string; readonly login: string }
  | { readonly kind: 'repo'; readonly owner: string; readonly repo: string; readonly login: string; readonly permission: GithubRepoPermission };

const PERMISSIONS: ReadonlySet<string> = new Set(GITHUB_REPO_PERMISSIONS);

/**
 * Re-checks names and the control plane before any URL exists: the GitHub
 * port encodes path segments too, but the plan shown to reviewers is built
 * here and must not hold anything the patterns did not admit.
 */
export function checkGithubGrant(grant: GithubTargetGrant): readonly CheckedGithubGrant[] {
  const { target } = grant;
  const invalid = (what: string): ProviderError => new ProviderError('E_PROVIDER_INVALID_GRANT', target.name, `request ${grant.requestId}: ${what}`);
  if (!matches('login', grant.principal)) throw invalid('the principal is not a GitHub login');
  if (!matches('login', target.org)) throw invalid('the target org is not a GitHub login');
  if (grant.grants.length === 0) throw invalid('no grants');
  const lower = (s: string): string => s.toLowerCase();
  return grant.grants.map((spec, i): CheckedGithubGrant => {
    const n = i + 1;
    switch (spec.kind) {
      case 'team':
        if (lower(spec.org) !== lower(target.org)) throw invalid(`grant ${n}: the team is outside the target's organisation`);
        if (!matches('teamSlug', spec.team)) throw invalid(`grant ${n}: the team slug is not in the slug pattern`);
        if (spec.role !== 'member') throw invalid(`grant ${n}: only the member role is granted`);
        if (target.protectedTeams.some((t) => lower(t) === lower(spec.team))) {
          throw new ProviderError('E_PROVIDER_PROTECTED_RESOURCE', target.name, `grant ${n}: team ${spec.team} is protected`);
        }
        return { kind: 'team', org: target.org, team: spec.team, login: grant.principal };
      case 'repo':
        if (lower(spec.owner) !== lower(target.org)) throw invalid(`grant ${n}: the repository is outside the target's organisation`);
        if (!matches('repoName', spec.repo)) throw invalid(`grant ${n}: the repository name is not in the repository pattern`);
        if (!PERMISSIONS.has(spec.permission)) throw invalid(`grant ${n}: permission must be one of ${GITHUB_REPO_PERMISSIONS.join(', ')}`);
        if (target.protectedRepos.some((r) => lower(r) === lower(spec.repo))) {
          throw new ProviderError('E_PROVIDER_PROTECTED_RESOURCE', target.name, `grant ${n}: repository ${spec.repo} is protected`);
        }
        return { kind: 'repo', owner: target.org, repo: spec.repo, login: grant.principal, permission: spec.permission };
      default: {
        // Recorded data can hold anything: refuse it, never treat it as one of the kinds above.
        const other: { readonly kind: string } = spec;
        throw new ProviderError('E_PROVIDER_KIND_UNSUPPORTED', target.name, `grant ${n} is a ${other.kind} grant; github grants teams and repositories`);
      }
    }
  });
}
