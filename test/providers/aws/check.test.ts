/**
 * What the aws provider refuses before any call, whatever a caller passed:
 * always-refused actions and wildcards covering them, hostile ARNs, names
 * and principals. Each with its stable code.
 */
import { describe, expect, it } from 'vitest';
import { actionProblem, checkAwsGrant, principalProblem, resourceProblem, statementProblems } from '../../../src/providers/aws/check.js';
import { ERROR_CODES } from '../../../src/shared/codes/index.js';
import { globCovers, globsMeet } from '../../../src/providers/aws/glob.js';
import { planAws } from '../../../src/providers/aws/plan.js';
import { ALWAYS_REFUSED } from '../../../src/providers/aws/refused.js';
import type { AwsTarget, AwsTargetGrant } from '../../../src/providers/aws/types.js';

const target: AwsTarget = {
  name: 'aws-prod',
  provider: 'aws',
  accountId: '111122223333',
  partition: 'aws',
  credentialsEnv: 'AWS',
  principalAccounts: ['444455556666'],
  protectedRoles: ['grantbook-grantor', 'break-glass'],
};
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const grantOf = (over: Partial<AwsTargetGrant> & { actions?: string[]; resources?: string[] }): AwsTargetGrant => ({
  requestId: over.requestId ?? 'req-1',
  target,
  principal: over.principal ?? ALICE,
  expiresAt: over.expiresAt ?? '2030-01-01T00:00:00Z',
  grants: over.grants ?? [
    { kind: 'iam', actions: over.actions ?? ['s3:GetObject'], resources: over.resources ?? ['arn:aws:s3:::exports/*'] } as { kind: string },
  ],
});
/** The provider's own refusal: E_PROVIDER_INVALID_GRANT naming the policy code, or a code of its own. */
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    const e = error as { code?: string; message: string };
    if (e.code === 'E_PROVIDER_INVALID_GRANT') return /(E_POLICY_[A-Z_]+)/.exec(e.message)?.[1] ?? e.code;
    return e.code ?? 'no code';
  }
  return 'accepted';
};

describe('always refused', () => {
  it('refuses every listed action, in any letter case, with E_POLICY_AWS_ACTION_REFUSED', () => {
    for (const r of ALWAYS_REFUSED) {
      const action = r.action.endsWith(':*') ? r.action.replace(':*', ':ListThings') : r.action;
      expect(actionProblem(action)?.code, action).toBe('E_POLICY_AWS_ACTION_REFUSED');
      expect(actionProblem(action.toUpperCase().replace(/^[^:]+/, (s) => s.toLowerCase()))?.code, action).toBe('E_POLICY_AWS_ACTION_REFUSED');
      expect(
        codeOf(() => planAws(grantOf({ actions: [action] }))),
        action,
      ).toBe('E_POLICY_AWS_ACTION_REFUSED');
    }
  });

  it('refuses a wildcard that could expand to a refused action, and names it', () => {
    for (const a of ['s3:Put*', 's3:*', 'kms:*', 'kms:Put*', 'lambda:Update*', 'iam:Get*', 'sts:*', 'ssm:S*', 'organizations:List*']) {
      expect(actionProblem(a)?.code, a).toBe('E_POLICY_AWS_ACTION_REFUSED');
    }
    expect(actionProblem('s3:Put*')?.message).toContain('covers s3:PutBucketPolicy');
    for (const a of ['s3:Get*', 's3:List*', 'dynamodb:Describe*', 'kms:Decrypt', 'lambda:InvokeFunction', 'logs:FilterLogEvents']) {
      expect(actionProblem(a), a).toBeUndefined();
    }
  });

  it('refuses malformed actions: bare `*`, wildcards in the service or mid-name, `?`, spaces', () => {
    for (const a of [
      '*',
      '*:GetObject',
      's*:GetObject',
      's3:Get*Object',
      's3:Get?bject',
      's3: GetObject',
      's3:GetObject ',
      's3',
      's3:',
      'S3:GetObject',
      's3:Get**',
    ]) {
      expect(actionProblem(a)?.code, a).toBe('E_POLICY_AWS_ACTION_INVALID');
    }
  });

  it('every code a problem can carry is a policy code with its fix', () => {
    const problems = [actionProblem('iam:PassRole'), actionProblem('*'), resourceProblem('arn:aws-cn:s3:::x', target), principalProblem('*', target)];
    for (const p of problems) expect(ERROR_CODES[p?.code ?? 'E_POLICY_AWS_ACTION_INVALID'].fix.length).toBeGreaterThan(20);
  });
});

describe('hostile resources', () => {
  const cases: [string, string][] = [
    ['arn:aws:s3:::exports/2026/*', 'ok'],
    ['*', 'ok'],
    [`arn:aws:dynamodb:eu-west-1:111122223333:table/orders`, 'ok'],
    [`arn:aws:dynamodb:*:111122223333:table/orders`, 'ok'],
    ['arn:aws:dynamodb:eu-west-1:999988887777:table/orders', 'E_POLICY_AWS_ARN_OTHER_ACCOUNT'],
    ['arn:aws:dynamodb:eu-west-1:*:table/orders', 'E_POLICY_AWS_ARN_OTHER_ACCOUNT'],
    ['arn:aws:dynamodb:eu-west-1:1111222233*:table/orders', 'E_POLICY_AWS_ARN_OTHER_ACCOUNT'],
    ['arn:aws:iam::aws:policy/AdministratorAccess', 'E_POLICY_AWS_ARN_OTHER_ACCOUNT'],
    ['arn:aws-cn:s3:::exports/*', 'E_POLICY_AWS_ARN_OTHER_PARTITION'],
    ['arn:aws-us-gov:s3:::exports/*', 'E_POLICY_AWS_ARN_OTHER_PARTITION'],
    ['arn:*:s3:::exports/*', 'E_POLICY_AWS_ARN_OTHER_PARTITION'],
    ['arn:aws:s*:::exports/*', 'E_POLICY_AWS_ARN_INVALID'],
    ['arn:aws:s3:::${aws:username}/*', 'E_POLICY_AWS_ARN_INVALID'],
    ['arn:aws:s3:::exports/?', 'E_POLICY_AWS_ARN_INVALID'],
    ['arn:aws:s3:::exports/a b', 'E_POLICY_AWS_ARN_INVALID'],
    ['arn:aws:s3:::exports/"', 'E_POLICY_AWS_ARN_INVALID'],
    ['arn:aws:s3:::exports/\u202e', 'E_POLICY_AWS_ARN_INVALID'],
    ['arn:aws:s3:::', 'E_POLICY_AWS_ARN_INVALID'],
    ['arn:aws:s3', 'E_POLICY_AWS_ARN_INVALID'],
    ['s3:::exports', 'E_POLICY_AWS_ARN_INVALID'],
    [`arn:aws:s3:::${'a'.repeat(2100)}`, 'E_POLICY_AWS_ARN_INVALID'],
  ];
  it.each(cases)('%s: %s', (resource, code) => {
    expect(resourceProblem(resource, target)?.code ?? 'ok').toBe(code);
    expect(codeOf(() => planAws(grantOf({ resources: [resource] })))).toBe(code === 'ok' ? 'accepted' : code);
  });

  it('reports every problem of a statement with where it is', () => {
    const problems = statementProblems(
      { kind: 'iam', actions: ['s3:GetObject', 'iam:PassRole'], resources: ['arn:aws:s3:::x', 'arn:aws:s3:::y', 'arn:aws-cn:s3:::z'] },
      target,
    );
    expect(problems.map((p) => `${p.at} ${p.code}`)).toEqual(['actions/1 E_POLICY_AWS_ACTION_REFUSED', 'resources/2 E_POLICY_AWS_ARN_OTHER_PARTITION']);
  });
});

describe('hostile principals and names', () => {
  const principals: [string, string][] = [
    [ALICE, 'ok'],
    ['arn:aws:iam::111122223333:role/engineers/oncall', 'ok'],
    ['arn:aws:iam::444455556666:user/alice', 'ok'],
    ['arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Dev_0123456789abcdef/alice@example.com', 'ok'],
    ['arn:aws:iam::111122223333:root', 'E_POLICY_PRINCIPAL_PROTECTED'],
    ['*', 'E_POLICY_PRINCIPAL_PROTECTED'],
    ['arn:aws:iam::111122223333:user/*', 'E_POLICY_PRINCIPAL_PROTECTED'],
    ['arn:aws:iam::111122223333:user/al*ce', 'E_POLICY_PRINCIPAL_PROTECTED'],
    ['arn:aws:iam::999988887777:user/alice', 'E_POLICY_PRINCIPAL_PROTECTED'],
    ['arn:aws-cn:iam::111122223333:user/alice', 'E_POLICY_PRINCIPAL_PROTECTED'],
    ['arn:aws:iam::111122223333:role/grantbook-grantor', 'E_POLICY_PRINCIPAL_PROTECTED'],
    ['arn:aws:iam::111122223333:role/break-glass', 'E_POLICY_PRINCIPAL_PROTECTED'],
    ['arn:aws:iam::111122223333:role/grantbook/aws-prod/grantbook-req-2', 'E_POLICY_PRINCIPAL_PROTECTED'],
    ['arn:aws:sts::111122223333:assumed-role/break-glass/alice', 'E_POLICY_PRINCIPAL_PROTECTED'],
    ['arn:aws:iam::111122223333:user/alice,bob', 'E_POLICY_PRINCIPAL_PROTECTED'],
    ['arn:aws:iam::111122223333:user/alice\n', 'E_POLICY_PRINCIPAL_PROTECTED'],
    [`arn:aws:iam::111122223333:user/${'a'.repeat(65)}`, 'E_POLICY_PRINCIPAL_PROTECTED'],
  ];
  it.each(principals)('%s: %s', (principal, code) => {
    expect(principalProblem(principal, target)?.code ?? 'ok').toBe(code);
    expect(codeOf(() => planAws(grantOf({ principal })))).toBe(code === 'ok' ? 'accepted' : code);
  });

  it('a request id that makes a 65-character role name is refused, unechoed', () => {
    // Request ids are at most 48 characters by their own pattern (a 58-character role name); a longer one never reaches IAM.
    expect(checkAwsGrant(grantOf({ requestId: 'r'.repeat(48) })).roleName).toHaveLength(58);
    expect(codeOf(() => planAws(grantOf({ requestId: 'r'.repeat(55) })))).toBe('E_AWS_ROLE_NAME_TOO_LONG');
    expect(codeOf(() => planAws(grantOf({ requestId: 'r'.repeat(49) })))).toBe('E_PROVIDER_INVALID_GRANT');
    expect(codeOf(() => planAws(grantOf({ requestId: 'Req/../x' })))).toBe('E_PROVIDER_INVALID_GRANT');
    // The name is not echoed.
    expect(() => planAws(grantOf({ requestId: 'x'.repeat(55) }))).toThrow(/^E_AWS_ROLE_NAME_TOO_LONG target named: role name would be 65 characters/);
  });

  it("refuses a policy past IAM's inline size limit before any call", () => {
    const resources = Array.from({ length: 100 }, (_, i) => `arn:aws:s3:::exports-${i}/${'p'.repeat(60)}/*`);
    const grants = [1, 2, 3].map(() => ({ kind: 'iam', actions: ['s3:GetObject'], resources }));
    expect(codeOf(() => planAws(grantOf({ grants })))).toBe('E_AWS_POLICY_TOO_LARGE');
  });

  it('writes the expiry into the IAM conditions rounded down to a whole second, never later', () => {
    const plan = planAws(grantOf({ expiresAt: '2030-01-01T00:00:00.999Z' }));
    const trust = plan.grant.find((o) => o.text === 'IAM CreateRole')?.body?.AssumeRolePolicyDocument ?? '';
    const policy = plan.grant.find((o) => o.text === 'IAM PutRolePolicy')?.body?.PolicyDocument ?? '';
    for (const doc of [trust, policy]) {
      expect(doc).toContain('"aws:CurrentTime":"2030-01-01T00:00:00Z"');
      expect(doc).not.toContain('.999');
    }
  });

  it('refuses grants of other kinds, an expiry that is not an instant, a boundary of another account', () => {
    const elsewhere = { ...target, permissionsBoundary: 'arn:aws:iam::999988887777:policy/boundary' };
    expect(codeOf(() => planAws({ ...grantOf({}), target: elsewhere }))).toBe('E_PROVIDER_INVALID_GRANT');
    expect(codeOf(() => planAws({ ...grantOf({}), target: { ...target, permissionsBoundary: 'arn:aws:iam::111122223333:policy/boundary' } }))).toBe('accepted');
    expect(codeOf(() => planAws(grantOf({ grants: [{ kind: 'table' }] })))).toBe('E_PROVIDER_INVALID_GRANT');
    expect(codeOf(() => planAws(grantOf({ expiresAt: 'tomorrow' })))).toBe('E_PROVIDER_INVALID_GRANT');
  });
});

describe('wildcard algebra', () => {
  it('meets: two patterns share a string', () => {
    expect(globsMeet('s3:Put*', 's3:PutBucketPolicy', true)).toBe(true);
    expect(globsMeet('s3:*Policy', 's3:Put*', true)).toBe(true);
    expect(globsMeet('s3:Get*', 's3:PutBucketPolicy', true)).toBe(false);
    expect(globsMeet('S3:PUT*', 's3:putbucketpolicy', true)).toBe(true);
    expect(globsMeet('a*b', 'ac', false)).toBe(false);
  });
  it('covers: every string of the inner pattern matches the outer', () => {
    expect(globCovers('arn:aws:s3:::exports/*', 'arn:aws:s3:::exports/2026/*')).toBe(true);
    expect(globCovers('arn:aws:s3:::exports/2026/*', 'arn:aws:s3:::exports/*')).toBe(false);
    expect(globCovers('arn:aws:s3:::exports/2026/*', 'arn:aws:s3:::exports/2026*')).toBe(false);
    expect(globCovers('s3:Get*', 's3:GetObject*', true)).toBe(true);
    expect(globCovers('s3:GetObject', 's3:Get*', true)).toBe(false);
    expect(globCovers('*', 'anything*')).toBe(true);
    expect(globCovers('arn:aws:s3:::exports/*/public', 'arn:aws:s3:::exports/*')).toBe(false);
  });
});
