import type { AccessRequest } from '../../request/types.js';
import type { EvaluationFacts } from '../decision.js';
import type { Identity, PolicySet, Profile } from '../types.js';
import { child, type Reasons, sameName, type Site } from './reasons.js';

/**
 * Finds the requester's identity and checks that they wrote the pull request
 * and may use the profile. Returns the identity (canonical login, id,
 * principals) when it is known, even if another check failed, so grant
 * checks can still report their own problems.
 */
export function checkRequester(
  request: AccessRequest,
  policy: PolicySet,
  profile: Profile | undefined,
  facts: EvaluationFacts,
  reasons: Reasons,
  site: Site,
): Identity | undefined {
  const at = child(site, 'requester');
  const identity = policy.identities.find((i) => sameName(i.login, request.requester));
  if (identity === undefined) {
    reasons.error('E_POLICY_REQUESTER_UNKNOWN', `requester "${request.requester}" is not listed in policies/identities.yaml`, at);
  }
  checkAuthor(request, identity, facts, reasons, at);
  if (profile !== undefined) checkMayUse(identity?.login ?? request.requester, profile, facts, reasons, at);
  return identity;
}

function checkAuthor(request: AccessRequest, identity: Identity | undefined, facts: EvaluationFacts, reasons: Reasons, at: Site): void {
  const author = facts.author;
  if (author === undefined) return;
  if (identity === undefined) {
    // Without an identity there is no id to compare; the login still tells a mismatch.
    if (!sameName(author.login, request.requester)) {
      reasons.error('E_POLICY_REQUESTER_NOT_AUTHOR', `requester "${request.requester}" is not the pull request author "${author.login}"`, at);
    }
    return;
  }
  // Logins can be renamed and then taken by someone else: the id decides.
  if (author.id !== identity.id) {
    reasons.error(
      'E_POLICY_REQUESTER_NOT_AUTHOR',
      `requester "${identity.login}" (id ${identity.id}) is not the pull request author "${author.login}" (id ${author.id})`,
      at,
    );
  } else if (!sameName(author.login, identity.login)) {
    reasons.error(
      'E_POLICY_IDENTITY_LOGIN_STALE',
      `pull request author "${author.login}" has the id of "${identity.login}" (id ${identity.id}) in policies/identities.yaml`,
      at,
    );
  }
}

function checkMayUse(login: string, profile: Profile, facts: EvaluationFacts, reasons: Reasons, at: Site): void {
  if (profile.requesters.users.some((user) => sameName(user, login))) return;
  const teams = profile.requesters.teams;
  if (teams.length > 0 && facts.requesterTeams === undefined) {
    reasons.error(
      'E_POLICY_REQUESTER_MEMBERSHIP_UNVERIFIED',
      `"${login}" may use profile "${profile.name}" only through team membership, which was not verified`,
      at,
    );
    return;
  }
  const member = facts.requesterTeams;
  if (member !== undefined && teams.some((team) => [...member].some((m) => sameName(m, team)))) return;
  reasons.error('E_POLICY_REQUESTER_NOT_ALLOWED', `"${login}" may not use profile "${profile.name}"`, at);
}
