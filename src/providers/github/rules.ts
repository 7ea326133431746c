import type { GrantContext } from '../../policy/provider-rules.js';
import { child, quoteList, sameName } from '../../policy/rules/reasons.js';
import { GITHUB_REPO_PERMISSIONS, type GithubRepoPermission } from './vocabulary.js';
import type { GithubGrant, GithubRule, GithubSpec, GithubTarget } from './types.js';

type TeamGrant = Extract<GithubGrant, { kind: 'team' }>;
type RepoGrant = Extract<GithubGrant, { kind: 'repo' }>;
type TeamSpec = Extract<GithubSpec, { kind: 'team' }>;
type RepoSpec = Extract<GithubSpec, { kind: 'repo' }>;
type Ctx = GrantContext<GithubTarget, GithubRule>;

export function checkTeamGrant(grant: TeamGrant, env: Ctx): TeamSpec | undefined {
  const { label, site, reasons } = env;
  const at = child(site, 'team');
  let wellFormed = true;
  // The schema allows only `member`; checked again because a maintainer can edit the team itself.
  if (grant.role !== 'member') {
    reasons.error('E_POLICY_TEAM_ROLE', `${label}: team role must be "member"`, child(site, 'role'));
    wellFormed = false;
  }
  if (env.rule !== undefined && !env.rule.teams.some((team) => sameName(team, grant.team))) {
    reasons.error('E_POLICY_TEAM_NOT_ALLOWED', `${label}: team "${grant.team}" is not allowed on target "${env.rule.target}"`, at);
  }
  if (env.target?.protectedTeams.some((team) => sameName(team, grant.team)) === true) {
    reasons.error('E_POLICY_TEAM_PROTECTED', `${label}: team "${grant.team}" is protected on target "${env.target.name}"`, at);
  }
  const controls = env.controlTeams.get(grant.team.toLowerCase());
  if (controls !== undefined) {
    reasons.error('E_POLICY_TEAM_CONTROL_PLANE', `${label}: team "${grant.team}" is ${controls}`, at);
  }
  if (env.target === undefined || !wellFormed) return undefined;
  return { kind: 'team', org: env.target.org, team: grant.team, role: 'member' };
}

function isRepoPermission(permission: string): permission is GithubRepoPermission {
  return (GITHUB_REPO_PERMISSIONS as readonly string[]).includes(permission);
}

export function checkRepoGrant(grant: RepoGrant, env: Ctx): RepoSpec | undefined {
  const { label, site, reasons } = env;
  const at = child(site, 'repo');
  const permission = grant.permission;
  const known = isRepoPermission(permission);
  if (permission === 'admin') {
    reasons.error('E_POLICY_REPO_ADMIN', `${label}: admin permission on "${grant.repo}" is never granted`, child(site, 'permission'));
  } else if (!known) {
    reasons.error('E_POLICY_REPO_PERMISSION_UNKNOWN', `${label}: the permission on "${grant.repo}" is not one Grantbook grants`, child(site, 'permission'));
  }
  if (env.rule !== undefined) {
    const allowed = env.rule.repos.find((repo) => sameName(repo.name, grant.repo));
    if (allowed === undefined) {
      reasons.error('E_POLICY_REPO_NOT_ALLOWED', `${label}: repository "${grant.repo}" is not allowed on target "${env.rule.target}"`, at);
    } else if (known && !allowed.permissions.includes(permission)) {
      reasons.error(
        'E_POLICY_REPO_PERMISSION_NOT_ALLOWED',
        `${label}: permission "${permission}" on "${grant.repo}" is not allowed (allowed: ${quoteList(allowed.permissions)})`,
        child(site, 'permission'),
      );
    }
  }
  const target = env.target;
  if (target === undefined) return undefined;
  const fullName = `${target.org}/${grant.repo}`;
  if (target.protectedRepos.some((repo) => sameName(repo, grant.repo))) {
    reasons.error('E_POLICY_REPO_PROTECTED', `${label}: repository "${fullName}" is protected on target "${target.name}"`, at);
  }
  if (env.controlRepo === undefined) {
    // Never assumed in the requester's favour: without it, any repository might be the control plane.
    reasons.error('E_POLICY_CONTROL_REPO_UNKNOWN', `${label}: cannot tell whether "${fullName}" is the Grantbook repository`, at);
  } else if (sameName(env.controlRepo, fullName)) {
    reasons.error('E_POLICY_REPO_CONTROL_PLANE', `${label}: "${fullName}" is the Grantbook repository`, at);
  }
  if (!known) return undefined;
  return { kind: 'repo', owner: target.org, repo: grant.repo, permission };
}
