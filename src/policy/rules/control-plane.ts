import type { PolicySet } from '../types.js';

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
