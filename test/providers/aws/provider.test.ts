/**
 * The aws provider end to end against the IAM stand-in, through the real
 * SDK: the plan shown is the calls made; grant, read back, revoke, read
 * back; crash recovery through listManaged; eventual consistency and faults.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REVOKE_POLICY, GRANT_POLICY } from '../../../src/providers/aws/documents.js';
import { awsDescriptor } from '../../../src/providers/aws/descriptor.js';
import { planAws } from '../../../src/providers/aws/plan.js';
import type { AwsProvider } from '../../../src/providers/aws/provider.js';
import type { AwsTarget, AwsTargetGrant } from '../../../src/providers/aws/types.js';
import type { ManagedGrant, Operation, Provider } from '../../../src/providers/contract.js';
import { fold } from '../../../src/ledger/index.js';
import { executeSweep } from '../../../src/modes/revoke/execute.js';
import { planSweep, STALE_INTENT_MS } from '../../../src/modes/revoke/plan.js';
import { fixedClock } from '../../support/clock.js';
import { memoryLogger } from '../../support/logger.js';
import { IamStandIn, type IamRequestEntry } from '../../support/aws/index.js';
import { ALICE, awsProvider, awsTarget, exportsGrant } from '../../support/aws/harness.js';

let iam: IamStandIn;
let target: AwsTarget;
let provider: AwsProvider;
let n = 0;
const fresh = (): AwsTargetGrant => exportsGrant(target, `aws-e2e-${++n}`);

beforeAll(async () => {
  iam = await IamStandIn.start();
  target = awsTarget(iam, { permissionsBoundary: `arn:aws:iam::${iam.accountId}:policy/grantbook-boundary` });
  provider = awsProvider(iam, target);
});
afterAll(async () => {
  await provider.close();
  await iam.stop();
});
beforeEach(() => iam.clearFaults());

/** The stand-in's log as plan operations: `IAM <Action>` and the call's parameters, tags as the plan writes them. */
function asOperations(entries: readonly IamRequestEntry[]): { text: string; body: Record<string, string> }[] {
  return entries.map((e) => {
    const body: Record<string, string> = {};
    const tags: { Key: string; Value: string }[] = [];
    for (const [k, v] of Object.entries(e.params)) {
      const m = /^Tags\.member\.(\d+)\.(Key|Value)$/.exec(k);
      if (m === null) body[k] = v;
      else {
        const i = Number(m[1]) - 1;
        tags[i] = { ...(tags[i] ?? { Key: '', Value: '' }), [m[2] as 'Key' | 'Value']: v };
      }
    }
    if (tags.length > 0) body.Tags = JSON.stringify(tags);
    return { text: `IAM ${e.action}`, body };
  });
}
const shown = (ops: readonly Operation[]): { text: string; body: Record<string, string> }[] => ops.map((o) => ({ text: o.text, body: { ...(o.body ?? {}) } }));

describe('aws provider against the IAM stand-in', () => {
  it('makes exactly the calls the plan shows, grant and revoke, and reads back each side', async () => {
    const g = fresh();
    const plan = planAws(g);
    const start = iam.requests.length;
    await provider.grant(g);
    expect(asOperations(iam.requests.slice(start))).toEqual(shown(plan.grant));

    const role = iam.roles.get(`grantbook-${g.requestId}`);
    expect(role?.path).toBe('/grantbook/aws-prod/');
    expect(role?.maxSessionDuration).toBe(3600);
    expect(role?.boundary).toBe(target.permissionsBoundary);
    expect(Object.fromEntries(role?.tags ?? [])).toEqual({
      'grantbook:request': g.requestId,
      'grantbook:target': 'aws-prod',
      'grantbook:expires-at': g.expiresAt,
      'grantbook:principal': ALICE,
    });
    const trust = JSON.parse(role?.trust ?? '{}') as { Statement: unknown[] };
    expect(trust.Statement).toEqual([
      {
        Sid: 'GrantbookAssumeUntilExpiry',
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 'sts:AssumeRole',
        Condition: { DateLessThan: { 'aws:CurrentTime': g.expiresAt } },
      },
    ]);
    const policy = JSON.parse(role?.policies.get(GRANT_POLICY) ?? '{}') as { Statement: { Condition: unknown }[] };
    expect(policy.Statement).toHaveLength(2);
    for (const s of policy.Statement) expect(s.Condition).toEqual({ DateLessThan: { 'aws:CurrentTime': g.expiresAt } });
    expect(await provider.inspect(g)).toMatchObject({ present: true, absent: false });

    const before = iam.requests.length;
    await provider.revoke(g);
    const calls = asOperations(iam.requests.slice(before));
    const deny = calls.find((c) => c.body.PolicyName === REVOKE_POLICY && c.text === 'IAM PutRolePolicy');
    const when = (JSON.parse(deny?.body.PolicyDocument ?? '{}') as { Statement: { Condition: { DateLessThan: { 'aws:TokenIssueTime': string } } }[] })
      .Statement[0]?.Condition.DateLessThan['aws:TokenIssueTime'];
    expect(when).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // No managed policy was attached: the templated detach step has nothing to do.
    const expected = shown(plan.revoke)
      .filter((o) => o.text !== 'IAM DetachRolePolicy')
      .map((o) =>
        o.body.PolicyDocument === undefined ? o : { ...o, body: { ...o.body, PolicyDocument: o.body.PolicyDocument.replace('{revoke_time}', when ?? '') } },
      );
    expect(calls).toEqual(expected);
    expect(iam.roles.has(`grantbook-${g.requestId}`)).toBe(false);
    expect(await provider.inspect(g)).toMatchObject({ present: false, absent: true });
    expect(iam.requests.every((r) => r.signed)).toBe(true);
    expect(iam.serverErrors).toEqual([]);
  });

  it('the usage tells the person how to assume the role the grant made, for as long as the role lets a session last', async () => {
    const g = fresh();
    const usage = awsDescriptor.usage;
    if (usage === undefined) throw new Error('the aws descriptor declares no usage');
    const arn = usage.object({ requestId: g.requestId, target: g.target, principal: g.principal, expiresAt: g.expiresAt, grants: [] });
    expect(arn).toMatch(new RegExp(`^arn:aws:iam::${iam.accountId}:role/grantbook/aws-prod/grantbook-aws-e2e-`));
    const steps = usage.steps({ target: g.target.name, principal: g.principal, object: arn, expiresAt: g.expiresAt, grants: [] });
    const text = steps.flatMap((s) => [s.say, ...(s.code ?? [])]).join('\n');
    expect(text).toContain(`aws sts assume-role --role-arn ${arn} --role-session-name alice --duration-seconds 3600`);
    expect(steps[1]?.code).toEqual([
      `[profile grantbook-${g.requestId}]`,
      `role_arn = ${arn}`,
      'source_profile = default',
      '; credential_source = Environment | Ec2InstanceMetadata | EcsContainer  (in place of source_profile)',
      'role_session_name = alice',
      'duration_seconds = 3600',
    ]);
    // The ARN and the session length are the role's as IAM holds it once granted.
    expect(await provider.grant(g)).toEqual({ backstop: { status: 'armed', by: 'aws:CurrentTime', until: g.expiresAt.replace(/\.\d+Z$/, 'Z') } });
    const role = iam.roles.get(`grantbook-${g.requestId}`);
    // The ARN IAM gives the role (the stand-in's GetRole builds it so).
    expect(role === undefined ? undefined : `arn:aws:iam::${iam.accountId}:role${role.path}${role.name}`).toBe(arn);
    expect(role?.maxSessionDuration).toBe(3600);
    await provider.revoke(g);
  });

  it('revoke cuts live sessions first: a revoke stopped after the deny leaves a role that is no longer present', async () => {
    const g = fresh();
    await provider.grant(g);
    iam.inject({ action: 'DeleteRolePolicy', times: 3, effect: { kind: 'status', status: 503 } });
    await expect(provider.revoke(g)).rejects.toThrow(/E_PROVIDER_REVOKE_NOT_VERIFIED/);
    const role = iam.roles.get(`grantbook-${g.requestId}`);
    expect([...(role?.policies.keys() ?? [])].sort()).toEqual([REVOKE_POLICY, GRANT_POLICY].sort());
    expect(await provider.inspect(g)).toMatchObject({ present: false, absent: false });
    // Granting again is refused while the revocation is under way.
    await expect(provider.grant(g)).rejects.toThrow(/E_AWS_ROLE_REVOKING/);
    await provider.revoke(g);
    expect(iam.roles.has(`grantbook-${g.requestId}`)).toBe(false);
  });

  it('a crash between create and the policy is found by listManaged and revoked', async () => {
    const g = fresh();
    // The connection drops on every attempt of the inline policy: the run dies after CreateRole.
    iam.inject({ action: 'PutRolePolicy', times: 3, effect: { kind: 'reset' } });
    await expect(provider.grant(g)).rejects.toThrow();
    expect(iam.roles.get(`grantbook-${g.requestId}`)?.policies.size).toBe(0);
    const listed = (await provider.listManaged(target)).find((m) => m.requestId === g.requestId);
    expect(listed).toEqual({ target: 'aws-prod', requestId: g.requestId, principal: ALICE, expiresAt: g.expiresAt });
    // The revoke job knows only what the listing says.
    await provider.revoke({ requestId: g.requestId, target, principal: listed?.principal ?? '', grants: [], expiresAt: listed?.expiresAt ?? '' });
    expect(iam.roles.has(`grantbook-${g.requestId}`)).toBe(false);
    expect((await provider.listManaged(target)).map((m) => m.requestId)).not.toContain(g.requestId);
  });

  it('a role left untagged under the path (a writer that died between create and tag) is listed as expired, with the trusted principal, and revoked', async () => {
    const requestId = `aws-untagged-${++n}`;
    iam.roles.set(`grantbook-${requestId}`, {
      name: `grantbook-${requestId}`,
      path: '/grantbook/aws-prod/',
      id: 'AROAUNTAGGED0000001',
      created: new Date().toISOString(),
      trust: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'sts:AssumeRole' }] }),
      description: undefined,
      maxSessionDuration: 3600,
      boundary: undefined,
      tags: new Map(),
      policies: new Map([[GRANT_POLICY, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] })]]),
      attached: new Set(['arn:aws:iam::aws:policy/ReadOnlyAccess']),
      hiddenFor: 0,
    });
    const listed = (await provider.listManaged(target)).find((m) => m.requestId === requestId);
    expect(listed).toEqual({ target: 'aws-prod', requestId, principal: ALICE });
    await provider.revoke({ requestId, target, principal: ALICE, grants: [], expiresAt: '' });
    expect(iam.roles.has(`grantbook-${requestId}`)).toBe(false);
  });

  it('a role changed behind its back (a managed policy attached) is not present, and granting again does not pass it as verified', async () => {
    const g = fresh();
    await provider.grant(g);
    iam.roles.get(`grantbook-${g.requestId}`)?.attached.add('arn:aws:iam::aws:policy/AdministratorAccess');
    const seen = await provider.inspect(g);
    expect(seen).toMatchObject({ present: false, absent: false });
    expect(seen.details).toContain('1 managed policies attached');
    await expect(provider.grant(g)).rejects.toThrow(/E_PROVIDER_GRANT_NOT_VERIFIED/);
    // Revocation detaches it with the rest.
    await provider.revoke(g);
    expect(iam.roles.has(`grantbook-${g.requestId}`)).toBe(false);
  });

  it('never touches a role of its name outside its path, nor lists roles there or named otherwise', async () => {
    const g = fresh();
    const name = `grantbook-${g.requestId}`;
    iam.roles.set(name, {
      name,
      path: '/teams/',
      id: 'AROAFOREIGN00000001',
      created: new Date().toISOString(),
      trust: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}',
      description: undefined,
      maxSessionDuration: 3600,
      boundary: undefined,
      tags: new Map(),
      policies: new Map(),
      attached: new Set(),
      hiddenFor: 0,
    });
    iam.roles.set('ops-admin', {
      ...(iam.roles.get(name) as NonNullable<ReturnType<typeof iam.roles.get>>),
      name: 'ops-admin',
      path: '/grantbook/aws-prod/',
      tags: new Map(),
      policies: new Map(),
      attached: new Set(),
    });
    await expect(provider.grant(g)).rejects.toThrow(/E_AWS_ROLE_FOREIGN/);
    await expect(provider.revoke(g)).rejects.toThrow(/E_AWS_ROLE_FOREIGN/);
    expect(iam.roles.get(name)?.path).toBe('/teams/');
    const listed = (await provider.listManaged(target)).map((m) => m.requestId);
    expect(listed).not.toContain(g.requestId);
    expect(listed.some((id) => id.includes('ops-admin'))).toBe(false);
    iam.roles.delete(name);
    iam.roles.delete('ops-admin');
  });

  it("the revoke job's drift sweep revokes a role the ledger never saw, from listManaged alone", async () => {
    const g = fresh();
    await provider.grant(g);
    const managed = new Map<string, readonly ManagedGrant[]>([[target.name, await provider.listManaged(target)]]);
    const now = Date.UTC(2030, 0, 2);
    const plan = planSweep({ events: [], folded: fold([]), now, present: new Set(), managed, staleIntentMs: STALE_INTENT_MS, sharedProviders: new Set() });
    expect(plan.items.map((i) => i.request)).toContain(g.requestId);
    const outcomes = await executeSweep(
      plan.items.filter((i) => i.request === g.requestId),
      {
        targets: { handle: () => ({ state: 'ready', target, provider: provider as unknown as Provider }) },
        clock: fixedClock(now),
        sleep: async () => undefined,
        retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
        logger: memoryLogger(),
      },
    );
    expect(outcomes.flatMap((o) => o.results.map((r) => r.status))).toEqual(['revoked']);
    expect(iam.roles.has(`grantbook-${g.requestId}`)).toBe(false);
  });

  describe('eventual consistency and faults', () => {
    it('a role invisible for a few requests after CreateRole is waited for, not failed', async () => {
      iam.hideNewRoles(3);
      const g = fresh();
      await provider.grant(g);
      expect(await provider.inspect(g)).toMatchObject({ present: true });
      await provider.revoke(g);
    });

    it('a rollback right after create finds the role although IAM does not show it yet', async () => {
      iam.hideNewRoles(2);
      const g = fresh();
      iam.inject({ action: 'PutRolePolicy', times: 6, effect: { kind: 'error', status: 403, code: 'AccessDenied' } });
      await expect(provider.grant(g)).rejects.toThrow(/E_AWS_CALL_FAILED.*AccessDenied/);
      iam.clearFaults();
      await provider.revoke(g);
      expect(iam.roles.has(`grantbook-${g.requestId}`)).toBe(false);
    });

    it('beyond the bounded wait the grant fails with a stable code, and the next run converges', async () => {
      iam.hideNewRoles(50);
      const g = fresh();
      await expect(provider.grant(g)).rejects.toThrow(/E_AWS_NOT_CONSISTENT/);
      iam.clearFaults();
      const role = iam.roles.get(`grantbook-${g.requestId}`);
      if (role !== undefined) role.hiddenFor = 0;
      await provider.grant(g);
      expect(await provider.inspect(g)).toMatchObject({ present: true });
      await provider.revoke(g);
    });

    it('a deleted role still read back for a while is read again until NoSuchEntity', async () => {
      const g = fresh();
      await provider.grant(g);
      iam.lingerDeletedRoles(3);
      await provider.revoke(g);
      expect(await provider.inspect(g)).toMatchObject({ absent: true });
    });

    it('throttling and 5xx are retried by the SDK within a grant and a revoke', async () => {
      const g = fresh();
      iam.inject({ action: 'CreateRole', times: 2, effect: { kind: 'throttle' } });
      iam.inject({ action: 'GetRole', times: 1, effect: { kind: 'status', status: 500 } });
      await provider.grant(g);
      iam.inject({ action: 'DeleteRole', times: 2, effect: { kind: 'status', status: 503 } });
      await provider.revoke(g);
      expect(iam.roles.has(`grantbook-${g.requestId}`)).toBe(false);
    });

    it("a CreateRole whose answer was lost (the role made, the connection cut) converges on the SDK's retry", async () => {
      const g = fresh();
      iam.inject({ action: 'CreateRole', times: 1, effect: { kind: 'reset', applied: true } });
      await provider.grant(g);
      expect(iam.requests.filter((r) => r.action === 'CreateRole' && r.params.RoleName === `grantbook-${g.requestId}`).map((r) => r.status)).toEqual([-1, 409]);
      expect(await provider.inspect(g)).toMatchObject({ present: true });
      await provider.revoke(g);
    });

    it("LimitExceeded (the role quota), still there after the SDK's retries, fails the grant with IAM's code and changes nothing", async () => {
      const g = fresh();
      const before = iam.count('CreateRole');
      iam.inject({ action: 'CreateRole', times: 3, effect: { kind: 'error', status: 409, code: 'LimitExceeded' } });
      await expect(provider.grant(g)).rejects.toThrow(/E_AWS_CALL_FAILED.*LimitExceeded/);
      expect(iam.roles.has(`grantbook-${g.requestId}`)).toBe(false);
      // The SDK classes LimitExceeded with throttling and backs off before giving up.
      expect(iam.count('CreateRole') - before).toBe(3);
    });

    it('revoking what was never granted succeeds after reading NoSuchEntity more than once', async () => {
      const g = fresh();
      const before = iam.count('GetRole');
      await provider.revoke(g);
      expect(iam.count('GetRole') - before).toBeGreaterThanOrEqual(3);
    });
  });
});
