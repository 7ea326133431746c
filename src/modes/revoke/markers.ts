/**
 * Hidden markers tie an issue or a comment to one request. Request ids may
 * hold `--`, which an HTML comment may not: hyphens are written as `_`,
 * which ids never contain, so the mapping stays one-to-one.
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
