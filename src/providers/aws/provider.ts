import type { GrantApplied, Inspection, ManagedGrant, Plan } from '../contract.js';
import { ProviderError, RevokeNotVerified } from '../errors.js';
import { checkAwsGrant, type CheckedAwsGrant } from './check.js';
import {
  canonicalDocument as canonical,
  GRANT_POLICY,
  grantPolicy,
  MAX_SESSION_SECONDS,
  REVOKE_POLICY,
  revokeSessionsPolicy,
  roleDescription,
  roleTags,
  trustPolicy,
} from './documents.js';

import { IamCallError, type IamPort } from './iam.js';
import { listManagedRoles } from './managed.js';
import { planAws } from './plan.js';
import { readRole, type RoleState } from './readback.js';
import type { SdkIamOptions } from './sdk.js';
import type { AwsTarget, AwsTargetGrant } from './types.js';
import { iamBackstop } from './usage.js';

/** IAM's signing region per partition: IAM is global, its endpoint sits in one region. */
export const IAM_REGION = { aws: 'us-east-1', 'aws-cn': 'cn-north-1', 'aws-us-gov': 'us-gov-west-1' } as const;

/**
 * IAM is eventually consistent: a role just created can answer NoSuchEntity
 * for a few seconds, one just deleted can still be read. Reads and writes
 * that meet this are repeated with a doubling delay, within a bound; past
 * it the step fails (grant) or stays unverified (revoke), never passes.
 */
export interface ConsistencyWait {
  readonly attempts: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_CONSISTENCY: ConsistencyWait = { attempts: 8, firstDelayMs: 250, maxDelayMs: 4000 };

export interface AwsProviderOptions {
  readonly credentials: SdkIamOptions['credentials'];
  readonly endpoint?: string;
  readonly maxAttempts?: number;
  readonly consistency?: ConsistencyWait;
  /** Reads of NoSuchEntity, spaced like the consistency wait, before a role never seen is believed absent. */
  readonly absentReads?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The aws provider's methods, typed on its own target (the contract's Provider, with AwsTarget). */
export interface AwsProvider {
  readonly id: 'aws';
  readonly kinds: readonly 'iam'[];
  readonly recordsHeld: false;
  readonly listsManaged: true;
  plan(grant: AwsTargetGrant): Plan;
  held(grant: AwsTargetGrant): Promise<readonly never[]>;
  grant(grant: AwsTargetGrant): Promise<GrantApplied>;
  revoke(grant: AwsTargetGrant): Promise<void>;
  inspect(grant: AwsTargetGrant): Promise<Inspection>;
  listManaged(target: AwsTarget): Promise<readonly ManagedGrant[]>;
  close(): Promise<void>;
}

/**
 * AWS IAM: each request its own role, `grantbook-<request id>` under
 * `/grantbook/<target>/`, assumable by the grantee only and holding only the
 * request's statements, every one of them (and the trust) conditioned on
 * `aws:CurrentTime` before `expires_at`: AWS itself stops honouring the
 * role at expiry even if the revoke job never runs. The SDK is imported on
 * first use, so planning and every run without an aws target never load it.
 */
export function createAwsProvider(target: AwsTarget, options: AwsProviderOptions): AwsProvider {
  const wait = options.consistency ?? DEFAULT_CONSISTENCY;
  const absentReads = options.absentReads ?? 3;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let port: Promise<IamPort> | undefined;

  const iam = (): Promise<IamPort> => {
    port ??= import('./sdk.js').then(({ createSdkIam }) =>
      createSdkIam({
        region: IAM_REGION[target.partition],
        credentials: options.credentials,
        ...(options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
      }),
    );
    return port;
  };

  const delay = (attempt: number): number => Math.min(wait.maxDelayMs, wait.firstDelayMs * 2 ** attempt);

  /** Repeats `step` while it fails for a role IAM does not show yet; other failures go straight up. */
  async function whileInvisible<T>(what: string, step: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await step();
      } catch (error) {
        if (!(error instanceof IamCallError && error.code === 'NoSuchEntity')) throw callFailed(error);
        if (attempt + 1 >= wait.attempts)
          throw new ProviderError('E_AWS_NOT_CONSISTENT', target.name, `${what}: IAM still answers NoSuchEntity after ${wait.attempts} attempts`);
        await sleep(delay(attempt));
      }
    }
  }

  const callFailed = (error: unknown): unknown => (error instanceof IamCallError ? new ProviderError('E_AWS_CALL_FAILED', target.name, error.message) : error);

  async function calling<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      throw callFailed(error);
    }
  }

  /** The request's role as IAM shows it now, repeated while a role known to exist is not visible yet. */
  async function visible(api: IamPort, g: CheckedAwsGrant): Promise<NonNullable<Awaited<ReturnType<IamPort['getRole']>>>> {
    return whileInvisible(`role ${g.roleName}`, async () => {
      const role = await api.getRole(g.roleName);
      if (role === undefined) throw new IamCallError('GetRole', 'NoSuchEntity');
      return role;
    });
  }

  /** A role of our name that is not the request's: another path, or tags naming another request or target. */
  function assertOurs(grant: AwsTargetGrant, g: CheckedAwsGrant, state: Pick<RoleState, 'path' | 'tags'>): void {
    const tag = (key: string): string | undefined => state.tags.find((t) => t.Key === key)?.Value;
    const request = tag('grantbook:request');
    const named = tag('grantbook:target');
    if (state.path !== g.path || (request !== undefined && request !== grant.requestId) || (named !== undefined && named !== target.name)) {
      throw new ProviderError('E_AWS_ROLE_FOREIGN', target.name, `role ${g.roleName} exists outside ${g.path} or is tagged for another request or target`);
    }
  }

  async function grant(grant: AwsTargetGrant): Promise<GrantApplied> {
    planAws(grant); // every check and the size limit, before any call
    const g = checkAwsGrant(grant);
    const api = await iam();
    const created = await calling(() =>
      api.createRole({
        RoleName: g.roleName,
        Path: g.path,
        AssumeRolePolicyDocument: trustPolicy(g),
        MaxSessionDuration: MAX_SESSION_SECONDS,
        Description: roleDescription(grant.requestId, g.expiresAt),
        ...(target.permissionsBoundary !== undefined ? { PermissionsBoundary: target.permissionsBoundary } : {}),
        Tags: roleTags(target, grant.requestId, g),
      }),
    );
    if (created === 'exists') {
      // A re-run, or an earlier run stopped part-way: converge on the plan.
      const role = await visible(api, g);
      assertOurs(grant, g, role);
      const policies = await whileInvisible(`policies of ${g.roleName}`, async () => (await api.listRolePolicies(g.roleName)) ?? missing('ListRolePolicies'));
      if (policies.includes(REVOKE_POLICY)) {
        throw new ProviderError('E_AWS_ROLE_REVOKING', target.name, `role ${g.roleName} carries ${REVOKE_POLICY}: its revocation has started`);
      }
      await whileInvisible('UpdateAssumeRolePolicy', () => api.updateAssumeRolePolicy(g.roleName, trustPolicy(g)));
      await whileInvisible('UpdateRole', () => api.updateRole(g.roleName, MAX_SESSION_SECONDS, roleDescription(grant.requestId, g.expiresAt)));
      await whileInvisible('TagRole', () => api.tagRole(g.roleName, roleTags(target, grant.requestId, g)));
      const boundary = target.permissionsBoundary;
      if (boundary !== undefined && role.boundary !== boundary) {
        await whileInvisible('PutRolePermissionsBoundary', () => api.putRolePermissionsBoundary(g.roleName, boundary));
      }
    }
    await whileInvisible('PutRolePolicy', () => api.putRolePolicy(g.roleName, GRANT_POLICY, grantPolicy(g)));

    // Read back until it is all there as planned, within the bound.
    let state: RoleState | undefined;
    let last: Inspection | undefined;
    for (let attempt = 0; attempt < wait.attempts; attempt++) {
      if (attempt > 0) await sleep(delay(attempt - 1));
      state = await calling(() => readRole(api, g.roleName));
      last = judge(grant, g, state);
      // The read-back saw the conditions as planned: IAM itself ends the grant at `until`.
      if (last.present) return { backstop: iamBackstop(g.until) };
    }
    // Never shown: IAM has not caught up. Shown but different: something else changed the role.
    const code = state === undefined ? 'E_AWS_NOT_CONSISTENT' : 'E_PROVIDER_GRANT_NOT_VERIFIED';
    throw new ProviderError(code, target.name, `grant of request ${grant.requestId} did not read back as planned`, last?.details ?? []);
  }

  /** Present: everything as planned and no revocation begun. Absent: no role of this name. */
  function judge(grant: AwsTargetGrant, g: CheckedAwsGrant, state: RoleState | undefined): Inspection {
    if (state === undefined) return { present: false, absent: true, details: [`role ${g.roleName} does not exist`] };
    const expected = expectedState(grant, g);
    const wrong = differences(state, expected);
    return { present: wrong.length === 0, absent: false, details: wrong.length === 0 ? [`role ${g.roleName} as planned`] : wrong };
  }

  function expectedState(grant: AwsTargetGrant, g: CheckedAwsGrant): RoleState {
    return {
      path: g.path,
      trust: trustPolicy(g),
      maxSessionDuration: MAX_SESSION_SECONDS,
      boundary: target.permissionsBoundary,
      tags: roleTags(target, grant.requestId, g),
      policies: new Map([[GRANT_POLICY, grantPolicy(g)]]),
      attached: [],
    };
  }

  async function revoke(grant: AwsTargetGrant): Promise<void> {
    const g = checkAwsGrant(grant, 'revoke');
    const api = await iam();
    const role = await calling(() => confirmRole(api, g));
    if (role === undefined) return;
    assertOurs(grant, g, role);
    const problems: string[] = [];
    const attempt = async (what: string, step: () => Promise<unknown>): Promise<void> => {
      try {
        await whileInvisible(what, step);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    };
    // Live sessions end first: whatever fails later, the role grants nothing to tokens issued until now.
    const before = new Date(Math.ceil((now() + 1) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    await calling(() => api.putRolePolicy(g.roleName, REVOKE_POLICY, revokeSessionsPolicy(before)));
    const policies = (await calling(() => api.listRolePolicies(g.roleName))) ?? [];
    for (const name of policies.filter((p) => p !== REVOKE_POLICY)) await attempt(`DeleteRolePolicy ${name}`, () => api.deleteRolePolicy(g.roleName, name));
    const attached = (await calling(() => api.listAttachedRolePolicies(g.roleName))) ?? [];
    for (const arn of attached) await attempt('DetachRolePolicy', () => api.detachRolePolicy(g.roleName, arn));
    if (problems.length === 0) {
      await calling(() => api.deleteRolePolicy(g.roleName, REVOKE_POLICY));
      await calling(() => api.deleteRole(g.roleName));
    }
    // Read back until IAM answers NoSuchEntity.
    let inspection = judge(grant, g, await calling(() => readRole(api, g.roleName)));
    for (let i = 0; !inspection.absent && problems.length === 0 && i < wait.attempts; i++) {
      await sleep(delay(i));
      inspection = judge(grant, g, await calling(() => readRole(api, g.roleName)));
    }
    if (!inspection.absent || problems.length > 0) throw new RevokeNotVerified(target.name, grant.requestId, inspection, problems);
  }

  /**
   * The role, or undefined once IAM has answered NoSuchEntity `absentReads`
   * times: a role created moments ago (a rollback right after a failed
   * grant) may not show yet, and believing one read would leave it behind.
   */
  async function confirmRole(api: IamPort, g: CheckedAwsGrant): Promise<NonNullable<Awaited<ReturnType<IamPort['getRole']>>> | undefined> {
    for (let i = 0; i < absentReads; i++) {
      if (i > 0) await sleep(delay(i - 1));
      const role = await api.getRole(g.roleName);
      if (role !== undefined) return role;
    }
    return undefined;
  }

  return {
    id: 'aws',
    kinds: ['iam'],
    recordsHeld: false,
    listsManaged: true,
    plan: planAws,
    // Grants live on the request's own role: what the person holds from elsewhere is never touched.
    held: async () => [],
    grant,
    revoke,
    async inspect(grant: AwsTargetGrant) {
      const g = checkAwsGrant(grant, 'revoke');
      const api = await iam();
      const state = await calling(() => readRole(api, g.roleName));
      // A recovered grant (no statements known) can only be absent or not.
      if (grant.grants.length === 0 && state !== undefined) return { present: false, absent: false, details: [`role ${g.roleName} exists`] };
      const planned = grant.grants.length === 0 ? g : checkAwsGrant(grant);
      return judge(grant, planned, state);
    },
    listManaged: async (t) => calling(async () => listManagedRoles(await iam(), t)),
    async close() {
      const open = port;
      port = undefined;
      if (open !== undefined) (await open).close();
    },
  };
}

function missing(action: string): never {
  throw new IamCallError(action, 'NoSuchEntity');
}

/** What differs between the role as read and as planned, one line each; names only, never a document. */
function differences(state: RoleState, expected: RoleState): string[] {
  const out: string[] = [];
  if (state.path !== expected.path) out.push('path differs');
  if (canonical(state.trust) !== canonical(expected.trust)) out.push('trust policy differs from the plan');
  if (state.maxSessionDuration !== expected.maxSessionDuration) out.push(`MaxSessionDuration is ${state.maxSessionDuration ?? 'unset'}`);
  if (state.boundary !== expected.boundary) out.push('permissions boundary differs from the target');
  for (const t of expected.tags) if (!state.tags.some((s) => s.Key === t.Key && s.Value === t.Value)) out.push(`tag ${t.Key} missing or different`);
  if (state.policies.has(REVOKE_POLICY)) out.push(`${REVOKE_POLICY} present: revocation begun`);
  for (const name of state.policies.keys()) if (!expected.policies.has(name) && name !== REVOKE_POLICY) out.push(`unexpected inline policy ${safeName(name)}`);
  for (const [name, doc] of expected.policies) {
    const seen = state.policies.get(name);
    if (seen === undefined) out.push(`inline policy ${name} missing`);
    else if (canonical(seen) !== canonical(doc)) out.push(`inline policy ${name} differs from the plan`);
  }
  if (state.attached.length > 0) out.push(`${state.attached.length} managed policies attached`);
  return out;
}

/** IAM policy names are `[\w+=,.@-]{1,128}`; anything else is not shown. */
function safeName(name: string): string {
  return /^[\w+=,.@-]{1,128}$/.test(name) ? name : '(unprintable name)';
}
