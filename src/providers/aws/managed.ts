import { matches } from '../../shared/patterns.js';
import { parseInstant } from '../../time/instant.js';
import type { ManagedGrant } from '../contract.js';
import { ROLE_PREFIX, rolePathOf } from './check.js';
import { TAG_KEYS, type Tag } from './documents.js';
import type { IamPort } from './iam.js';
import type { AwsTarget } from './types.js';

/**
 * One role under the target's path as the revoke job's listing sees it, or
 * undefined when it is not a role of this tool. The path `/grantbook/<target>/`
 * belongs to the tool (docs/aws.md): a role there named `grantbook-<request id>`
 * is one of its grants even when its tags are missing or damaged (a crash,
 * a hand edit); it is then listed with no expiry, which the revoke job
 * treats as already expired. A role there named otherwise is never listed,
 * so never deleted.
 */
export function managedGrantOf(target: string, name: string, tags: readonly Tag[]): ManagedGrant | undefined {
  if (!name.startsWith(ROLE_PREFIX)) return undefined;
  const requestId = name.slice(ROLE_PREFIX.length);
  if (!matches('requestId', requestId)) return undefined;
  const tag = (key: string): string | undefined => tags.find((t) => t.Key === key)?.Value;
  const expiresAt = tag(TAG_KEYS.expiresAt);
  const principal = tag(TAG_KEYS.principal);
  if (tag(TAG_KEYS.request) !== requestId || tag(TAG_KEYS.target) !== target || expiresAt === undefined || parseInstant(expiresAt) === undefined) {
    return { target, requestId };
  }
  return principal === undefined ? { target, requestId, expiresAt } : { target, requestId, principal, expiresAt };
}

/** The one principal ARN a trust policy names, if it names exactly one. */
export function trustedPrincipal(encoded: string | undefined): string | undefined {
  if (encoded === undefined) return undefined;
  try {
    const doc = JSON.parse(encoded.trimStart().startsWith('{') ? encoded : decodeURIComponent(encoded)) as { Statement?: unknown };
    const statements = Array.isArray(doc.Statement) ? (doc.Statement as { Principal?: { AWS?: unknown } }[]) : [];
    const named: unknown[] = statements.flatMap((st): unknown[] => {
      const aws = st.Principal?.AWS;
      return typeof aws === 'string' ? [aws] : Array.isArray(aws) ? (aws as unknown[]) : [];
    });
    const [only] = named;
    return named.length === 1 && typeof only === 'string' && /^arn:[a-z-]+:(?:iam|sts)::[0-9]{12}:[A-Za-z0-9+=.@_/-]{1,512}$/.test(only) ? only : undefined;
  } catch {
    return undefined;
  }
}

/** Every role under the target's own path (ListRoles by path prefix, every page), with its tags. */
export async function listManagedRoles(api: IamPort, target: AwsTarget): Promise<ManagedGrant[]> {
  const path = rolePathOf(target);
  const roles = await api.listRoles(path);
  const found: ManagedGrant[] = [];
  // A prefix also matches deeper paths (`/grantbook/prod/x/`): only the exact path is the target's.
  for (const role of roles.filter((r) => r.path === path)) {
    const tags = await api.listRoleTags(role.name);
    if (tags === undefined) continue; // deleted since the listing
    const grant = managedGrantOf(target.name, role.name, tags);
    if (grant === undefined) continue;
    if (grant.principal !== undefined) {
      found.push(grant);
      continue;
    }
    // The tag cannot name the grantee: the trust policy's one principal does, so the revoke job can act on it.
    const trusted = trustedPrincipal((await api.getRole(role.name))?.trust);
    found.push(trusted === undefined ? grant : { ...grant, principal: trusted });
  }
  return found.sort((a, b) => (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0));
}
