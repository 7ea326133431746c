import type { AccessRequest } from '../../request/types.js';
import type { Profile } from '../types.js';
import { child, type Reasons, type Site } from './reasons.js';

export function checkExtends(request: AccessRequest, reasons: Reasons, site: Site): void {
  const earlier = request.extends;
  if (earlier === undefined) return;
  const at = child(site, 'extends');
  if (earlier === request.id) {
    reasons.error('E_POLICY_EXTENDS_SELF', `request "${request.id}" cannot extend itself`, at);
    return;
  }
  // Whether the earlier request exists and is active is for apply to check against the ledger.
  reasons.warn('E_POLICY_EXTENDS_NEEDS_APPROVAL', `extends "${earlier}": needs fresh approval; the ledger will link the two requests`, at);
}

export function checkGrantCount(count: number, profile: Profile, reasons: Reasons, site: Site): void {
  if (count <= profile.maxGrants) return;
  reasons.error(
    'E_POLICY_TOO_MANY_GRANTS',
    `${count} grants (after expanding bundles) exceed the ${profile.maxGrants} allowed by profile "${profile.name}"`,
    child(site, 'grants'),
  );
}

export function noteBreakGlass(profile: Profile, reasons: Reasons, site: Site): void {
  if (!profile.breakGlass) return;
  reasons.warn(
    'E_POLICY_BREAK_GLASS',
    `profile "${profile.name}" is an emergency (break-glass) profile; a follow-up review issue will be opened`,
    child(site, 'profile'),
  );
}
