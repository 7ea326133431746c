import { matches } from '../../shared/patterns.js';
import { formatInstant, parseInstant } from '../../time/instant.js';
import type { PolicyCode } from '../../shared/codes/policy.js';
import { ProviderError } from '../errors.js';
import { globsMeet } from './glob.js';
import { ALWAYS_REFUSED, type RefusedAction } from './refused.js';
import type { AwsPartition, AwsStatementSpec, AwsTarget, AwsTargetGrant } from './types.js';

/** A reason to refuse one value, with the stable code that names it. */
export interface Problem {
  readonly code: Extract<PolicyCode, `E_POLICY_AWS_${string}`>;
  readonly message: string;
}

/** `service:Action`, `service:Prefix*` or `service:*`: one `*`, at the end of the action name. */
const ACTION = /^[a-z0-9-]{1,64}:(?:[A-Za-z0-9]{1,128}\*?|\*)$/;
/** Characters never written into a policy: policy variables (`${...}`), `?` wildcards, quotes, braces, spaces, anything outside printable ASCII. */
const ARN_FORBIDDEN = /[^\x21-\x7e]|[$?"'\\{}<>`]/;
const SERVICE = /^[a-z0-9-]{1,64}$/;
const REGION = /^(?:[a-z0-9-]{0,32}|\*)$/;
const ACCOUNT = /^[0-9]{12}$/;
/** IAM's own characters for user and role names and path segments, minus `,` (not allowed in the tag that records the principal). */
const IAM_NAME = '[A-Za-z0-9+=.@_-]';
const PRINCIPAL = new RegExp(`^arn:([a-z-]+):iam::([0-9]{12}):(user|role)((?:/${IAM_NAME}{1,64})*)/(${IAM_NAME}{1,64})$`);
const SESSION_PRINCIPAL = new RegExp(`^arn:([a-z-]+):sts::([0-9]{12}):assumed-role/(${IAM_NAME}{1,64})/(${IAM_NAME}{2,64})$`);
export const MAX_ARN_LENGTH = 2048;
export const MAX_ACTIONS = 100;
export const MAX_RESOURCES = 100;

/** Prefix of every role the provider makes; its full name is `grantbook-<request id>`. */
export const ROLE_PREFIX = 'grantbook-';
/** IAM's role name limit. */
export const MAX_ROLE_NAME = 64;

/** The refused entries an action equals or could expand to (case-insensitive, as IAM matches actions). */
export function refusedBy(action: string): readonly RefusedAction[] {
  return ALWAYS_REFUSED.filter((r) => globsMeet(action, r.action, true));
}

export function actionProblem(action: string): Problem | undefined {
  if (!ACTION.test(action)) {
    return { code: 'E_POLICY_AWS_ACTION_INVALID', message: 'is not `service:Action` with at most one `*` at the end of the action name' };
  }
  const [first] = refusedBy(action);
  if (first !== undefined) {
    const which = first.action.toLowerCase() === action.toLowerCase() ? 'is' : `covers ${first.action}, which is`;
    return { code: 'E_POLICY_AWS_ACTION_REFUSED', message: `${which} always refused (${first.why})` };
  }
  return undefined;
}

/** The six fields of an ARN, the resource part whole (it may hold `:`). */
export interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

export function splitArn(arn: string): ArnParts | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', account = ''] = parts;
  return { partition, service, region, account, resource: parts.slice(5).join(':') };
}

/**
 * A resource of a statement on `target`: `*` alone (the profile decides
 * whether it may be asked), or a full ARN of the target's partition and
 * account (or of no account, as S3 bucket ARNs are), with `*` only in the
 * region or resource part. Hostile shapes get their own codes.
 */
export function resourceProblem(resource: string, target: Pick<AwsTarget, 'partition' | 'accountId'>): Problem | undefined {
  if (resource === '*') return undefined;
  if (resource.length > MAX_ARN_LENGTH || ARN_FORBIDDEN.test(resource)) {
    return { code: 'E_POLICY_AWS_ARN_INVALID', message: 'holds characters never written into a policy, or is too long' };
  }
  const arn = splitArn(resource);
  if (arn === undefined) return { code: 'E_POLICY_AWS_ARN_INVALID', message: 'is not `arn:<partition>:<service>:<region>:<account>:<resource>`' };
  if (arn.partition !== target.partition) {
    return { code: 'E_POLICY_AWS_ARN_OTHER_PARTITION', message: `is not in the target's partition ${target.partition}` };
  }
  if (!SERVICE.test(arn.service) || !REGION.test(arn.region) || arn.resource === '') {
    return { code: 'E_POLICY_AWS_ARN_INVALID', message: 'has a malformed service, region or resource part' };
  }
  if (arn.account !== '' && arn.account !== target.accountId) {
    const wildcard = arn.account.includes('*') ? 'a wildcard account' : ACCOUNT.test(arn.account) ? 'another account' : 'an account that is not 12 digits';
    return { code: 'E_POLICY_AWS_ARN_OTHER_ACCOUNT', message: `names ${wildcard}, not the target's ${target.accountId}` };
  }
  return undefined;
}

/** Every problem of one statement, with where it is (`actions/0`, `resources/2`). */
export function statementProblems(spec: AwsStatementSpec, target: Pick<AwsTarget, 'partition' | 'accountId'>): (Problem & { at: string })[] {
  const problems: (Problem & { at: string })[] = [];
  if (spec.actions.length === 0 || spec.actions.length > MAX_ACTIONS) {
    problems.push({ at: 'actions', code: 'E_POLICY_AWS_ACTION_INVALID', message: `must hold 1 to ${MAX_ACTIONS} actions` });
  }
  if (spec.resources.length === 0 || spec.resources.length > MAX_RESOURCES) {
    problems.push({ at: 'resources', code: 'E_POLICY_AWS_ARN_INVALID', message: `must hold 1 to ${MAX_RESOURCES} resources` });
  }
  spec.actions.forEach((a, i) => {
    const p = actionProblem(a);
    if (p !== undefined) problems.push({ at: `actions/${i}`, ...p });
  });
  spec.resources.forEach((r, i) => {
    const p = resourceProblem(r, target);
    if (p !== undefined) problems.push({ at: `resources/${i}`, ...p });
  });
  return problems;
}

/**
 * Why a principal may not receive a grant on a target. Policy raises it as
 * E_POLICY_PRINCIPAL_PROTECTED (the descriptor's `protectedReason`): the
 * person's own identity, not the request, has to change.
 */
export interface PrincipalProblem {
  readonly code: 'E_POLICY_PRINCIPAL_PROTECTED';
  readonly message: string;
}

/** A principal that passed its checks: what the trust policy names. */
export interface Principal {
  readonly arn: string;
  readonly account: string;
  readonly partition: AwsPartition;
}

/**
 * The person's principal: their own IAM user or role, or one assumed-role
 * session (an Identity Center user is `assumed-role/<permission set role>/<their name>`),
 * in the target's partition and an account the target trusts. Never an
 * account root (the whole account), a wildcard, a protected role, or a role
 * of this tool (a grant must not open another grant).
 */
export function principalProblem(principal: string, target: AwsTarget): PrincipalProblem | undefined {
  const user = PRINCIPAL.exec(principal);
  const session = user === null ? SESSION_PRINCIPAL.exec(principal) : null;
  const m = user ?? session;
  if (m === null || principal.length > 512) {
    return { code: 'E_POLICY_PRINCIPAL_PROTECTED', message: 'is not an IAM user, role or assumed-role session ARN (an account root or a wildcard never is)' };
  }
  const partition = m[1] ?? '';
  const account = m[2] ?? '';
  if (partition !== target.partition) return { code: 'E_POLICY_PRINCIPAL_PROTECTED', message: `is not in the target's partition ${target.partition}` };
  if (account !== target.accountId && !target.principalAccounts.includes(account)) {
    return { code: 'E_POLICY_PRINCIPAL_PROTECTED', message: "is in an account the target's principal_accounts does not list" };
  }
  const role = user !== null ? (user[3] === 'role' ? user[5] : undefined) : session?.[3];
  if (role !== undefined && (role.startsWith(ROLE_PREFIX) || target.protectedRoles.includes(role))) {
    return { code: 'E_POLICY_PRINCIPAL_PROTECTED', message: 'is a protected role or a role of this tool' };
  }
  return undefined;
}

/** `grantbook-<request id>`. */
export function roleNameOf(requestId: string): string {
  return `${ROLE_PREFIX}${requestId}`;
}

/** The path the tool owns on a target: each target its own, so two targets on one account never list each other's roles. */
export function rolePathOf(target: Pick<AwsTarget, 'name'>): string {
  return `/grantbook/${target.name}/`;
}

const BOUNDARY = /^arn:([a-z-]+):iam::([0-9]{12}):policy\/[A-Za-z0-9+=,.@_/-]{1,512}$/;

/** A permissions boundary: a managed policy of the target's own account and partition. */
export function boundaryOk(arn: string, target: Pick<AwsTarget, 'partition' | 'accountId'>): boolean {
  const m = BOUNDARY.exec(arn);
  return m !== null && m[1] === target.partition && m[2] === target.accountId;
}

/** A grant that passed every check the provider can make without IAM. */
export interface CheckedAwsGrant {
  readonly roleName: string;
  readonly path: string;
  readonly principal: string;
  readonly statements: readonly AwsStatementSpec[];
  readonly expiresAt: string;
  /** `expiresAt` rounded down to a whole second: what the IAM conditions say (earlier, never later). */
  readonly until: string;
}

export function isStatementSpec(spec: { readonly kind: string }): spec is AwsStatementSpec {
  const s = spec as Partial<AwsStatementSpec>;
  return (
    spec.kind === 'iam' &&
    Array.isArray(s.actions) &&
    s.actions.every((a) => typeof a === 'string') &&
    Array.isArray(s.resources) &&
    s.resources.every((r) => typeof r === 'string')
  );
}

/**
 * Re-checks everything the policy layer already checked: the planner is the
 * last code before a policy document exists, so it relies on no caller.
 * `revoke` (and `inspect`) accept an empty grant list, any principal and any
 * expiry: a role found by its path (crash recovery) may come with none.
 * Messages name positions, never the offending text.
 */
export function checkAwsGrant(grant: AwsTargetGrant, purpose: 'grant' | 'revoke' = 'grant'): CheckedAwsGrant {
  const target = grant.target;
  const roleName = roleNameOf(grant.requestId);
  // Neither name is echoed before it passed its pattern.
  if (roleName.length > MAX_ROLE_NAME) {
    throw new ProviderError('E_AWS_ROLE_NAME_TOO_LONG', 'named', `role name would be ${roleName.length} characters (IAM allows ${MAX_ROLE_NAME})`);
  }
  if (!matches('name', target.name)) throw new ProviderError('E_PROVIDER_INVALID_GRANT', 'named', 'the target name is not a plain name');
  if (!matches('requestId', grant.requestId)) throw new ProviderError('E_PROVIDER_INVALID_GRANT', target.name, 'the request id is not a plain request id');
  const invalid = (what: string): ProviderError => new ProviderError('E_PROVIDER_INVALID_GRANT', target.name, `request ${grant.requestId}: ${what}`);
  if (!ACCOUNT.test(target.accountId)) throw invalid('the target account id is not 12 digits');
  if (target.permissionsBoundary !== undefined && !boundaryOk(target.permissionsBoundary, target)) {
    throw invalid("the permissions boundary is not a managed policy ARN of the target's account and partition");
  }
  const statements: AwsStatementSpec[] = [];
  if (purpose === 'grant') {
    if (parseInstant(grant.expiresAt) === undefined) throw invalid('expires_at is not an RFC 3339 UTC instant');
    const principal = principalProblem(grant.principal, target);
    if (principal !== undefined) throw invalid(`${principal.code}: the principal ${principal.message}`);
    if (grant.grants.length === 0) throw invalid('no statement to grant');
    grant.grants.forEach((spec, i) => {
      if (!isStatementSpec(spec)) throw invalid(`grant ${i} is not an IAM statement`);
      const [first] = statementProblems(spec, target);
      if (first !== undefined) throw invalid(`${first.code}: grant ${i} ${first.at} ${first.message}`);
      statements.push(spec);
    });
  }
  const ms = parseInstant(grant.expiresAt);
  const until = ms === undefined ? grant.expiresAt : formatInstant(Math.floor(ms / 1000) * 1000);
  return { roleName, path: rolePathOf(target), principal: grant.principal, statements, expiresAt: grant.expiresAt, until };
}
