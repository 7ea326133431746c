import type { Identity, Target } from '../types.js';
import type { Reasons, Site } from './reasons.js';

/** The role every PostgreSQL cluster is bootstrapped with: a superuser. */
const BOOTSTRAP_ROLE = 'postgres';
/** Built-in roles (pg_read_all_data, pg_write_server_files, ...) carry cluster-wide powers. */
const BUILTIN_ROLE_PREFIX = 'pg_';

/** Who receives grants on a target: a per-target override, else the provider's default. */
export function principalFor(identity: Identity, target: Target): string | undefined {
  const override = identity.targets.get(target.name);
  if (override !== undefined) return override;
  return target.provider === 'postgres' ? identity.postgres : identity.login;
}

/**
 * Granting a per-request role TO a protected role would hand its holders
 * (or Grantbook itself) the privileges; refuse rather than rely on the
 * provider to notice.
 */
function protectedReason(principal: string, target: Target): string | undefined {
  if (target.provider !== 'postgres') return undefined;
  const name = principal.toLowerCase();
  if (name === target.grantorRole.toLowerCase()) return "the target's grantor role";
  if (target.protectedRoles.some((role) => role.toLowerCase() === name)) return "one of the target's protected roles";
  if (name === BOOTSTRAP_ROLE) return 'the bootstrap superuser';
  if (name.startsWith(BUILTIN_ROLE_PREFIX)) return 'a built-in pg_* role';
  return undefined;
}

/** Resolves and checks the principal; undefined (with a reason) when it cannot be used. */
export function checkPrincipal(
  identity: Identity,
  target: Target,
  reasons: Reasons,
  site: Site,
): string | undefined {
  const principal = principalFor(identity, target);
  if (principal === undefined) {
    reasons.error(
      'E_POLICY_PRINCIPAL_MISSING',
      `"${identity.login}" has no PostgreSQL login role for target "${target.name}"`,
      site,
    );
    return undefined;
  }
  const why = protectedReason(principal, target);
  if (why !== undefined) {
    reasons.error(
      'E_POLICY_PRINCIPAL_PROTECTED',
      `principal "${principal}" of "${identity.login}" on target "${target.name}" is ${why}`,
      site,
    );
    return undefined;
  }
  return principal;
}
