/**
 * The IAM stand-in answers the real SDK as IAM does: every operation the
 * provider uses, parsed by @aws-sdk/client-iam into the fields IAM documents;
 * signatures checked; IAM's error shapes; pagination; faults.
 */
import {
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListRoleTagsCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  TagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  paginateListRoles,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IamStandIn, STANDIN_CREDENTIALS } from '../../support/aws/index.js';

let iam: IamStandIn;
let client: IAMClient;
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:user/alice' }, Action: 'sts:AssumeRole' }],
});
const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::exports/*'] }] });
const sdk = (credentials = STANDIN_CREDENTIALS, region = 'us-east-1', maxAttempts = 3): IAMClient =>
  new IAMClient({ region, endpoint: iam.url, credentials, maxAttempts });

beforeAll(async () => {
  iam = await IamStandIn.start({ pageSize: 2 });
  client = sdk();
});
afterAll(async () => {
  client.destroy();
  await iam.stop();
});
beforeEach(() => iam.clearFaults());

const errorName = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (error) {
    return (error as Error).name;
  }
  return 'no error';
};

describe('IAM stand-in through @aws-sdk/client-iam', () => {
  it('creates, reads, updates and deletes a role with the fields IAM documents', async () => {
    const created = await client.send(
      new CreateRoleCommand({
        RoleName: 'standin-a',
        Path: '/grantbook/t/',
        AssumeRolePolicyDocument: trust,
        MaxSessionDuration: 3600,
        Description: 'a role',
        Tags: [{ Key: 'grantbook:request', Value: 'a' }],
      }),
    );
    expect(created.Role).toMatchObject({
      RoleName: 'standin-a',
      Path: '/grantbook/t/',
      Arn: 'arn:aws:iam::111122223333:role/grantbook/t/standin-a',
      MaxSessionDuration: 3600,
    });
    expect(created.Role?.CreateDate).toBeInstanceOf(Date);
    expect(created.Role?.RoleId).toMatch(/^AROA/);
    await client.send(new UpdateRoleCommand({ RoleName: 'standin-a', MaxSessionDuration: 7200, Description: 'b' }));
    await client.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'standin-a', PolicyDocument: trust }));
    await client.send(new TagRoleCommand({ RoleName: 'standin-a', Tags: [{ Key: 'k', Value: 'v' }] }));
    await client.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'standin-a', PermissionsBoundary: 'arn:aws:iam::111122223333:policy/boundary' }));
    const got = await client.send(new GetRoleCommand({ RoleName: 'standin-a' }));
    expect(got.Role).toMatchObject({
      MaxSessionDuration: 7200,
      Description: 'b',
      PermissionsBoundary: { PermissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/boundary' },
      Tags: [
        { Key: 'grantbook:request', Value: 'a' },
        { Key: 'k', Value: 'v' },
      ],
    });
    expect(JSON.parse(decodeURIComponent(got.Role?.AssumeRolePolicyDocument ?? ''))).toEqual(JSON.parse(trust));
    const tags = await client.send(new ListRoleTagsCommand({ RoleName: 'standin-a', MaxItems: 1 }));
    expect(tags).toMatchObject({ Tags: [{ Key: 'grantbook:request', Value: 'a' }], IsTruncated: true });
    const rest = await client.send(new ListRoleTagsCommand({ RoleName: 'standin-a', Marker: tags.Marker }));
    expect(rest).toMatchObject({ Tags: [{ Key: 'k', Value: 'v' }], IsTruncated: false });

    await client.send(new PutRolePolicyCommand({ RoleName: 'standin-a', PolicyName: 'p1', PolicyDocument: policy }));
    expect((await client.send(new ListRolePoliciesCommand({ RoleName: 'standin-a' }))).PolicyNames).toEqual(['p1']);
    const doc = await client.send(new GetRolePolicyCommand({ RoleName: 'standin-a', PolicyName: 'p1' }));
    expect(JSON.parse(decodeURIComponent(doc.PolicyDocument ?? ''))).toEqual(JSON.parse(policy));
    expect((await client.send(new ListAttachedRolePoliciesCommand({ RoleName: 'standin-a' }))).AttachedPolicies).toEqual([]);
    expect(await errorName(client.send(new DeleteRoleCommand({ RoleName: 'standin-a' })))).toBe('DeleteConflictException');
    await client.send(new DeleteRolePolicyCommand({ RoleName: 'standin-a', PolicyName: 'p1' }));
    await client.send(new DeleteRoleCommand({ RoleName: 'standin-a' }));
    expect(await errorName(client.send(new GetRoleCommand({ RoleName: 'standin-a' })))).toBe('NoSuchEntityException');
    expect(iam.serverErrors).toEqual([]);
  });

  it("answers IAM's error shapes: NoSuchEntity, EntityAlreadyExists, LimitExceeded, MalformedPolicyDocument, ValidationError", async () => {
    await client.send(new CreateRoleCommand({ RoleName: 'standin-b', AssumeRolePolicyDocument: trust }));
    expect(await errorName(client.send(new CreateRoleCommand({ RoleName: 'standin-b', AssumeRolePolicyDocument: trust })))).toBe(
      'EntityAlreadyExistsException',
    );
    expect(await errorName(client.send(new GetRolePolicyCommand({ RoleName: 'standin-b', PolicyName: 'none' })))).toBe('NoSuchEntityException');
    const big = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: Array.from({ length: 500 }, (_, i) => `arn:aws:s3:::bucket-${i}/x`) }],
    });
    expect(await errorName(client.send(new PutRolePolicyCommand({ RoleName: 'standin-b', PolicyName: 'big', PolicyDocument: big })))).toBe(
      'LimitExceededException',
    );
    expect(await errorName(client.send(new PutRolePolicyCommand({ RoleName: 'standin-b', PolicyName: 'bad', PolicyDocument: '{' })))).toBe(
      'MalformedPolicyDocumentException',
    );
    expect(await errorName(client.send(new CreateRoleCommand({ RoleName: 'r'.repeat(65), AssumeRolePolicyDocument: trust })))).toBe('ValidationError');
    await client.send(new DeleteRoleCommand({ RoleName: 'standin-b' }));
  });

  it('lists roles by path prefix, page by page', async () => {
    for (const n of ['c1', 'c2', 'c3'])
      await client.send(new CreateRoleCommand({ RoleName: `standin-${n}`, Path: '/listing/', AssumeRolePolicyDocument: trust }));
    await client.send(new CreateRoleCommand({ RoleName: 'standin-elsewhere', Path: '/other/', AssumeRolePolicyDocument: trust }));
    const first = await client.send(new ListRolesCommand({ PathPrefix: '/listing/' }));
    expect(first.Roles?.map((r) => r.RoleName)).toEqual(['standin-c1', 'standin-c2']);
    expect(first.IsTruncated).toBe(true);
    const names: string[] = [];
    for await (const p of paginateListRoles({ client }, { PathPrefix: '/listing/' })) names.push(...(p.Roles ?? []).map((r) => r.RoleName ?? ''));
    expect(names).toEqual(['standin-c1', 'standin-c2', 'standin-c3']);
    for (const n of ['c1', 'c2', 'c3', 'elsewhere']) await client.send(new DeleteRoleCommand({ RoleName: `standin-${n}` }));
  });

  it('refuses requests not signed by known credentials, for IAM, in its region, as sent', async () => {
    const wrongSecret = sdk({ ...STANDIN_CREDENTIALS, secretAccessKey: 'not-the-secret' });
    const unknownKey = sdk({ ...STANDIN_CREDENTIALS, accessKeyId: 'AKIAUNKNOWN000000000' });
    const wrongToken = sdk({ ...STANDIN_CREDENTIALS, sessionToken: 'another-token' });
    const wrongRegion = sdk(STANDIN_CREDENTIALS, 'eu-west-1');
    expect(await errorName(wrongSecret.send(new ListRolesCommand({})))).toBe('SignatureDoesNotMatch');
    expect(await errorName(unknownKey.send(new ListRolesCommand({})))).toBe('InvalidClientTokenId');
    expect(await errorName(wrongToken.send(new ListRolesCommand({})))).toBe('InvalidClientTokenId');
    expect(await errorName(wrongRegion.send(new ListRolesCommand({})))).toBe('SignatureDoesNotMatch');
    // A body changed after signing: the signature no longer matches.
    const tampering = sdk(STANDIN_CREDENTIALS, 'us-east-1', 1);
    const handler = tampering.config.requestHandler as { handle: (request: { body?: unknown }, options?: unknown) => Promise<unknown> };
    const handle = handler.handle.bind(handler);
    handler.handle = (request, options) => {
      if (typeof request.body === 'string') request.body = request.body.replace('PathPrefix=%2Fa', 'PathPrefix=%2Fb');
      return handle(request, options);
    };
    expect(await errorName(tampering.send(new ListRolesCommand({ PathPrefix: '/a' })))).toBe('SignatureDoesNotMatch');
    expect(iam.requests.filter((r) => !r.signed).length).toBeGreaterThanOrEqual(5);
    for (const c of [wrongSecret, unknownKey, wrongToken, wrongRegion, tampering]) c.destroy();
    expect(await client.send(new ListRolesCommand({ PathPrefix: '/nothing/' }))).toMatchObject({ Roles: [] });
  });

  it('throttling and 5xx are retried by the SDK; a new role can be invisible for a few requests', async () => {
    iam.inject({ action: 'ListRoles', times: 2, effect: { kind: 'throttle' } });
    const before = iam.count('ListRoles');
    await client.send(new ListRolesCommand({ PathPrefix: '/nothing/' }));
    expect(iam.count('ListRoles') - before).toBe(3);
    iam.inject({ action: 'ListRoles', times: 1, effect: { kind: 'status', status: 503 } });
    await client.send(new ListRolesCommand({ PathPrefix: '/nothing/' }));
    iam.inject({ action: 'ListRoles', times: 3, effect: { kind: 'throttle' } });
    expect(await errorName(client.send(new ListRolesCommand({ PathPrefix: '/nothing/' })))).toBe('Throttling');

    iam.hideNewRoles(2);
    await client.send(new CreateRoleCommand({ RoleName: 'standin-d', AssumeRolePolicyDocument: trust }));
    expect(await errorName(client.send(new GetRoleCommand({ RoleName: 'standin-d' })))).toBe('NoSuchEntityException');
    expect(await errorName(client.send(new GetRoleCommand({ RoleName: 'standin-d' })))).toBe('NoSuchEntityException');
    expect((await client.send(new GetRoleCommand({ RoleName: 'standin-d' }))).Role?.RoleName).toBe('standin-d');
    iam.lingerDeletedRoles(1);
    await client.send(new DeleteRoleCommand({ RoleName: 'standin-d' }));
    expect((await client.send(new GetRoleCommand({ RoleName: 'standin-d' }))).Role?.RoleName).toBe('standin-d');
    expect(await errorName(client.send(new GetRoleCommand({ RoleName: 'standin-d' })))).toBe('NoSuchEntityException');
    expect(iam.serverErrors).toEqual([]);
  });
});
