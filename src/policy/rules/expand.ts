import type { RequestGrant } from '../../request/types.js';
import type { RawObject } from '../../shared/provider-shapes.js';
import type { Profile } from '../types.js';
import { child, fileSite, type Reasons, type Site } from './reasons.js';

/** One concrete grant to check: a request grant, or one grant of a bundle it names. */
export interface ExpandedGrant {
  /** Index of the grant in the request file. */
  readonly index: number;
  readonly target: string;
  /** The grant's fields as written, without `target`; its kind is the grant-kind key it carries. */
  readonly raw: RawObject;
  /** Where problems with this grant are written: the request, or the profile's bundle. */
  readonly site: Site;
  /** How messages name the grant. */
  readonly label: string;
}

export interface Expansion {
  readonly items: readonly ExpandedGrant[];
  /** What counts against `max_grants`: a bundle counts its grants, an unusable one counts once. */
  readonly count: number;
}

/**
 * Replaces a bundle by its grants; any other grant stands for itself.
 * Problems inside a bundle are the profile's (it defined them), so they
 * point into the profile; the label still names the request grant that
 * asked for the bundle.
 */
export function expandGrant(grant: RequestGrant, index: number, profile: Profile | undefined, requestSite: Site, reasons: Reasons): Expansion {
  const site = child(requestSite, 'grants', index);
  if (grant.kind !== 'bundle') {
    return { items: [{ index, target: grant.target, raw: grant.raw, site, label: `grants/${index}` }], count: 1 };
  }
  const unusable = { items: [], count: 1 };
  // Without a profile the bundle cannot be looked up; the missing profile is reported already.
  if (profile === undefined) return unusable;
  const bundle = profile.bundles.get(grant.bundle);
  if (bundle === undefined) {
    reasons.error('E_POLICY_BUNDLE_UNKNOWN', `grants/${index}: profile "${profile.name}" has no bundle "${grant.bundle}"`, child(site, 'bundle'));
    return unusable;
  }
  if (bundle.target !== grant.target) {
    reasons.error(
      'E_POLICY_BUNDLE_TARGET_MISMATCH',
      `grants/${index}: bundle "${grant.bundle}" is for target "${bundle.target}", not "${grant.target}"`,
      child(site, 'target'),
    );
    return unusable;
  }
  const bundleSite = child(fileSite(profile), 'bundles', grant.bundle, 'grants');
  if (bundle.grants.length === 0) {
    // An empty bundle would make a requested grant vanish silently.
    reasons.error('E_POLICY_PROFILE_INVALID', `bundle "${grant.bundle}" of profile "${profile.name}" has no grants`, bundleSite);
    return unusable;
  }
  const items = bundle.grants.map((inner, j) => ({
    index,
    target: grant.target,
    raw: inner.raw,
    site: child(bundleSite, j),
    label: `grants/${index} (bundle "${grant.bundle}" grant ${j})`,
  }));
  return { items, count: items.length };
}
