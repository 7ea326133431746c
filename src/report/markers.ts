/**
 * Hidden markers tie an issue or a comment to what it is about, so that a
 * later run updates it in place rather than writing another. They are part of
 * the contract with what earlier versions wrote: never change one.
 */

/** The one check comment on a pull request. */
export const CHECK_COMMENT_MARKER = '<!-- grantbook:check -->';

/** The apply comment on a pull request and the apply issue, per request id. */
export const applyMarker = (id: string): string => `<!-- grantbook:apply:${id} -->`;

/** The one issue that says apply is holding grants back (repository settings). */
export const SETTINGS_MARKER = '<!-- grantbook:apply:settings -->';

/** The follow-up review issue of an emergency grant. */
export const breakGlassMarker = (id: string): string => `<!-- grantbook:break-glass:${id} -->`;

/**
 * Request ids may hold `--`, which an HTML comment may not: in the revoke
 * job's markers hyphens are written as `_`, which ids never contain, so the
 * mapping stays one-to-one.
 */
const encode = (id: string): string => id.replaceAll('-', '_');

export function failureMarker(request: string): string {
  return `<!-- grantbook:revoke-failure:${encode(request)} -->`;
}

export function revokedMarker(request: string): string {
  return `<!-- grantbook:revoked:${encode(request)} -->`;
}

export function alertMarker(request: string): string {
  return `<!-- grantbook:activity-alert:${encode(request)} -->`;
}
