import type { EvaluationFacts, GrantSpec } from '../decision.js';
import {
  type AllowRule,
  type BundleGrant,
  GITHUB_REPO_PERMISSIONS,
  type GithubRepoPermission,
  type PolicySet,
  type Target,
} from '../types.js';
import { child, quoteList, type Reasons, sameName, type Site } from './reasons.js';

export type GithubTarget = Extract<Target, { provider: 'github' }>;
type TeamGrant = Extract<BundleGrant, { kind: 'team' }>;
type RepoGrant = Extract<BundleGrant, { kind: 'repo' }>;
type TeamSpec = Extract<GrantSpec, { kind: 'team' }>;
type RepoSpec = Extract<GrantSpec, { kind: 'repo' }>;

export interface GithubEnv {
  /** Absent when the target is unknown or of another provider (already reported). */
  readonly target?: GithubTarget;
  readonly rule?: AllowRule;
  /** Lower-cased team slug -> what it controls, across every profile. */
  readonly controlTeams: ReadonlyMap<string, string>;
  readonly controlRepo: EvaluationFacts['controlRepo'];
}

/**
 * Teams that decide who may request or approve, in any profile. Joining one
 * would let a person widen their own access or approve their own requests.
 * Matched by slug alone, whatever the org: refusing a same-named team
 * elsewhere costs little, missing the real one costs everything.
 */
export function controlPlaneTeams(policy: PolicySet): ReadonlyMap<string, string> {
  const teams = new Map<string, string>();
  for (const profile of policy.profiles.values()) {
    for (const group of profile.approvals.groups) {
      if (group.team !== undefined && !teams.has(group.team.toLowerCase())) {
        teams.set(group.team.toLowerCase(), `an approver group of profile "${profile.name}"`);
      }
    }
    for (const team of profile.requesters.teams) {
      if (!teams.has(team.toLowerCase())) teams.set(team.toLowerCase(), `a requester team of profile "${profile.name}"`);
    }
  }
  return teams;
}

export function checkTeamGrant(grant: TeamGrant, label: string, site: Site, env: GithubEnv, reasons: Reasons): TeamSpec | undefined {
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

export function checkRepoGrant(grant: RepoGrant, label: string, site: Site, env: GithubEnv, reasons: Reasons): RepoSpec | undefined {
  const at = child(site, 'repo');
  const permission = grant.permission;
  const known = isRepoPermission(permission);
  if (permission === 'admin') {
    reasons.error('E_POLICY_REPO_ADMIN', `${label}: admin permission on "${grant.repo}" is never granted`, child(site, 'permission'));
  } else if (!known) {
    reasons.error(
      'E_POLICY_REPO_PERMISSION_UNKNOWN',
      `${label}: the permission on "${grant.repo}" is not one Grantbook grants`,
      child(site, 'permission'),
    );
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
