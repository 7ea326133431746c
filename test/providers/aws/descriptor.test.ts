/**
 * The aws descriptor: what policy, the loader and the ledger ask of it, run
 * through the same interfaces they call (schemas compiled by ajv, Reasons,
 * a Reporter, the ledger's validation kit).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { reporter } from '../../../src/load/report.js';
import * as kitFns from '../../../src/ledger/validate-kit.js';
import type { SpecKit } from '../../../src/ledger/spec-check.js';
import { Reasons } from '../../../src/policy/rules/reasons.js';
import { awsDescriptor } from '../../../src/providers/aws/descriptor.js';
import { ALWAYS_REFUSED } from '../../../src/providers/aws/refused.js';
import type { AwsRule } from '../../../src/providers/aws/rules.js';
import type { AwsStatementSpec, AwsTarget } from '../../../src/providers/aws/types.js';
import { BUILTIN_DESCRIPTORS } from '../../../src/providers/builtin.js';
import { createRegistry } from '../../../src/providers/catalog.js';
import { PATTERNS } from '../../../src/shared/patterns.js';
import { connect } from '../../../src/providers/registry.js';

const target: AwsTarget = awsDescriptor.target('aws-prod', {
  provider: 'aws',
  account_id: '111122223333',
  credentials_env: 'AWS_PROD',
  permissions_boundary: 'arn:aws:iam::111122223333:policy/grantbook-boundary',
  principal_accounts: ['444455556666'],
  protected_roles: ['grantbook-grantor'],
});
const rule: AwsRule = awsDescriptor.allow.read({
  target: 'aws-prod',
  statements: [
    {
      actions: ['s3:GetObject', 's3:ListBucket', 's3:Get*'],
      resources: ['arn:aws:s3:::exports', 'arn:aws:s3:::exports/*', 'arn:aws:s3:::exports/2026/q1.csv'],
    },
    { actions: ['dynamodb:GetItem', 'dynamodb:Query'], resources: ['arn:aws:dynamodb:eu-west-1:111122223333:table/orders'] },
  ],
});
const locate = (): undefined => undefined;
const site = { file: 'access-requests/req-1.yaml', pointer: '/grants/0', locate };
const check = (spec: AwsStatementSpec, withRule: AwsRule | null = rule, t: AwsTarget | null = target) => {
  const reasons = new Reasons();
  const out = awsDescriptor.checkGrant(spec, {
    ...(t !== null ? { target: t } : {}),
    ...(withRule !== null ? { rule: withRule } : {}),
    controlTeams: new Map(),
    controlRepo: 'acme/access',
    label: 'grants/0',
    site,
    reasons,
  });
  return { out, codes: reasons.all.map((d) => d.code), messages: reasons.all.map((d) => d.message) };
};
const statement = (actions: string[], resources: string[]): AwsStatementSpec => ({ kind: 'iam', actions, resources });

describe('aws descriptor', () => {
  it('registers beside the built-in providers, with its own grant kind', () => {
    const registry = createRegistry(BUILTIN_DESCRIPTORS);
    expect(registry.ids).toContain('aws');
    expect(registry.kindNames).toContain('iam');
    expect(registry.spec('aws')).toBe(awsDescriptor.ledger);
  });

  it('reads a target from targets.yaml fields, with the credential variable it needs', () => {
    expect(target).toMatchObject({
      name: 'aws-prod',
      provider: 'aws',
      accountId: '111122223333',
      partition: 'aws',
      credentialsEnv: 'AWS_PROD',
      principalAccounts: ['444455556666'],
    });
    expect(awsDescriptor.credential(target)).toEqual({ field: 'credentials_env', env: 'AWS_PROD_ACCESS_KEY_ID' });
  });

  it('its schema fragments compile and hold files to their shapes', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const defs = {
      description: { type: 'string', maxLength: 500 },
      envName: { type: 'string', pattern: PATTERNS.envName },
      name: { type: 'string', pattern: PATTERNS.name },
      ...awsDescriptor.schema.defs?.targets,
      ...awsDescriptor.schema.defs?.request,
    };
    const targetOk = ajv.compile({ $defs: defs, ...awsDescriptor.schema.target });
    expect(targetOk({ provider: 'aws', account_id: '111122223333', credentials_env: 'AWS' })).toBe(true);
    expect(targetOk({ provider: 'aws', account_id: '11112222333', credentials_env: 'AWS' })).toBe(false);
    expect(targetOk({ provider: 'aws', account_id: '111122223333', credentials_env: 'AWS', partition: 'aws-iso' })).toBe(false);
    expect(
      targetOk({ provider: 'aws', account_id: '111122223333', credentials_env: 'AWS', permissions_boundary: 'arn:aws:iam::aws:policy/AdministratorAccess' }),
    ).toBe(false);
    const [kind] = awsDescriptor.kinds;
    const grantOk = ajv.compile({ $defs: defs, ...kind?.requestSchema });
    expect(grantOk({ target: 'aws-prod', iam: { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::exports/*'] } })).toBe(true);
    expect(grantOk({ target: 'aws-prod', iam: { actions: [], resources: ['arn:aws:s3:::exports/*'] } })).toBe(false);
    expect(grantOk({ target: 'aws-prod', iam: { actions: ['s3:GetObject'], resources: ['x'], effect: 'Deny' } })).toBe(false);
    expect(kind?.read({ iam: { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::exports/*'] } })).toEqual(
      statement(['s3:GetObject'], ['arn:aws:s3:::exports/*']),
    );
    const identity = ajv.compile(awsDescriptor.principal.identitySchema ?? {});
    expect(identity('arn:aws:iam::111122223333:user/alice')).toBe(true);
    for (const bad of ['arn:aws:iam::111122223333:root', '*', 'arn:aws:iam::111122223333:user/*', 'alice']) expect(identity(bad), bad).toBe(false);
  });

  it('policy: a statement inside one allowed statement becomes the spec', () => {
    const { out, codes } = check(statement(['s3:GetObject'], ['arn:aws:s3:::exports/2026/*']));
    expect(codes).toEqual([]);
    expect(out.spec).toEqual(statement(['s3:GetObject'], ['arn:aws:s3:::exports/2026/*']));
  });

  it('policy: always-refused actions and wildcards covering them, with stable codes, whatever the profile', () => {
    const open: AwsRule = { target: 'aws-prod', statements: [{ actions: ['*'], resources: ['*'] }] };
    const every = ALWAYS_REFUSED.map((r) => r.action.replace(/:\*$/, ':AnyAction'));
    for (const a of [
      ...every,
      'iam:PassRole',
      'sts:AssumeRole',
      'organizations:LeaveOrganization',
      'account:PutContactInformation',
      's3:Put*',
      'iam:*',
      'kms:*',
      'lambda:Update*',
    ]) {
      const { out, codes } = check(statement([a], ['*']), open);
      expect(codes, a).toEqual(['E_POLICY_AWS_ACTION_REFUSED']);
      expect(out.spec, a).toBeUndefined();
    }
  });

  it('policy: wildcards and `*` only where the profile has a wildcard at least as wide', () => {
    expect(check(statement(['s3:Get*'], ['arn:aws:s3:::exports/*'])).codes).toEqual([]);
    expect(check(statement(['s3:*'], ['arn:aws:s3:::exports/*'])).codes).toEqual(['E_POLICY_AWS_ACTION_REFUSED']);
    expect(check(statement(['s3:List*'], ['arn:aws:s3:::exports'])).codes).toEqual(['E_POLICY_AWS_ACTION_NOT_ALLOWED']);
    expect(check(statement(['s3:GetObject'], ['*'])).codes).toEqual(['E_POLICY_AWS_RESOURCE_NOT_ALLOWED']);
    expect(check(statement(['s3:GetObject'], ['arn:aws:s3:::*'])).codes).toEqual(['E_POLICY_AWS_RESOURCE_NOT_ALLOWED']);
    expect(check(statement(['s3:GetObject'], ['arn:aws:s3:::exports-private/x'])).codes).toEqual(['E_POLICY_AWS_RESOURCE_NOT_ALLOWED']);
    // Each action and each resource is allowed somewhere, but no single allowed statement holds the pair.
    const crossed = check(statement(['dynamodb:GetItem'], ['arn:aws:s3:::exports/2026/q1.csv']));
    expect(crossed.codes).toEqual(['E_POLICY_AWS_ACTION_NOT_ALLOWED']);
    expect(crossed.messages[0]).toContain('split the statement');
  });

  it('policy: hostile ARNs are refused with their own codes, every one reported at once', () => {
    const { codes } = check(
      statement(
        ['s3:GetObject', 'iam:CreateRole'],
        [
          'arn:aws:s3:::exports/${aws:username}',
          'arn:aws-cn:s3:::exports/x',
          'arn:aws:dynamodb:eu-west-1:999988887777:table/orders',
          'arn:aws:dynamodb:eu-west-1:*:table/orders',
        ],
      ),
    );
    expect(codes).toEqual([
      'E_POLICY_AWS_ACTION_REFUSED',
      'E_POLICY_AWS_ARN_INVALID',
      'E_POLICY_AWS_ARN_OTHER_PARTITION',
      'E_POLICY_AWS_ARN_OTHER_ACCOUNT',
      'E_POLICY_AWS_ARN_OTHER_ACCOUNT',
    ]);
  });

  it('policy: without a known target nothing becomes a spec, and what can be judged is', () => {
    const { out, codes } = check(statement(['iam:PassRole'], ['arn:aws:iam::999988887777:role/x']), null, null);
    expect(codes).toEqual(['E_POLICY_AWS_ACTION_REFUSED']);
    expect(out.spec).toBeUndefined();
  });

  it('profiles: refused actions, malformed or foreign patterns and foreign keys are load errors', () => {
    const report = reporter('policies/profiles/x.yaml', () => undefined);
    const rawRule = {
      target: 'aws-prod',
      statements: [
        {
          actions: ['iam:*', 's3:Get*', 's3:Put*', 'bad action'],
          resources: ['arn:aws:s3:::ok/*', 'arn:aws:s3:::x/${aws:username}', 'arn:aws:dynamodb:eu-west-1:999988887777:table/t'],
        },
      ],
    };
    const codes = [...awsDescriptor.allow.check(rawRule, '/allow/0', report), ...awsDescriptor.allow.checkTarget(rawRule, target, '/allow/0', report)].map(
      (d) => `${d.pointer} ${d.code}`,
    );
    expect(codes).toEqual([
      '/allow/0/statements/0/actions/0 E_PROFILE_AWS_ACTION_REFUSED',
      '/allow/0/statements/0/actions/2 E_PROFILE_AWS_ACTION_REFUSED',
      '/allow/0/statements/0/actions/3 E_PROFILE_AWS_PATTERN_INVALID',
      '/allow/0/statements/0/resources/1 E_PROFILE_AWS_PATTERN_INVALID',
      '/allow/0/statements/0/resources/2 E_PROFILE_AWS_PATTERN_INVALID',
    ]);
    expect(awsDescriptor.allow.checkTarget({ target: 'aws-prod', tables: [] }, target, '/allow/0', report).map((d) => d.code)).toEqual([
      'E_PROFILE_ALLOW_PROVIDER',
    ]);
    const bundle = awsDescriptor.allow.checkBundleGrant(statement(['s3:DeleteObject'], ['arn:aws:s3:::exports/x']), rule, {
      label: 'Bundle b grant 0',
      target: 'aws-prod',
      at: '/bundles/b/grants/0',
      report,
    });
    expect(bundle.map((d) => d.code)).toEqual(['E_PROFILE_BUNDLE_NOT_ALLOWED']);
  });

  it('principals: other accounts, partitions, protected roles and roles of the tool are refused', () => {
    const reason = (p: string): string | undefined => awsDescriptor.principal.protectedReason(p, target);
    expect(reason('arn:aws:iam::111122223333:user/alice')).toBeUndefined();
    expect(reason('arn:aws:iam::444455556666:user/alice')).toBeUndefined();
    expect(reason('arn:aws:iam::999988887777:user/alice')).toMatch(/principal_accounts/);
    expect(reason('arn:aws-cn:iam::111122223333:user/alice')).toMatch(/partition/);
    expect(reason('arn:aws:iam::111122223333:role/grantbook-grantor')).toMatch(/protected/);
    expect(awsDescriptor.principal.declaredProtected('arn:aws:iam::111122223333:role/grantbook-grantor', target)).toBe(true);
    expect(awsDescriptor.principal.declaredProtected('arn:aws:sts::111122223333:assumed-role/grantbook-grantor/s1', target)).toBe(true);
    expect(awsDescriptor.principal.declaredProtected('arn:aws:iam::111122223333:user/alice', target)).toBe(false);
  });

  it('ledger: a recorded spec of exactly its shape, canonical key order', () => {
    const kit: SpecKit = { ...kitFns, checkKeys: (obj, keys, pointer) => kitFns.checkKeys(obj, kitFns.shape(...keys), pointer) };
    const ok = { actions: ['s3:GetObject'], kind: 'iam', resources: ['arn:aws:s3:::exports/*'] };
    expect(awsDescriptor.ledger.validate(ok, 'iam', '/grants/0/spec', kit)).toBe(3);
    expect(() => awsDescriptor.ledger.validate({ ...ok, effect: 'Deny' }, 'iam', '/s', kit)).toThrow();
    expect(() => awsDescriptor.ledger.validate({ ...ok, actions: ['s3 GetObject'] }, 'iam', '/s', kit)).toThrow(/actions\/0/);
    expect(() => awsDescriptor.ledger.validate({ ...ok, resources: ['arn:aws:s3:::x/${aws:username}'] }, 'iam', '/s', kit)).toThrow(/resources\/0/);
    expect(() => awsDescriptor.ledger.validate({ ...ok, actions: ['s3:GetObject', 's3:GetObject'] }, 'iam', '/s', kit)).toThrow();
    expect(() => awsDescriptor.ledger.validate(ok, 'table', '/s', kit)).toThrow(/kind/);
  });

  it('footprint: counts, wildcards, the expiry condition, and a narrower statement from the profile', () => {
    const { out } = check(statement(['s3:Get*'], ['arn:aws:s3:::exports/*']));
    const entry = awsDescriptor.footprint('aws-prod', statement(['s3:Get*'], ['arn:aws:s3:::exports/*']), out.allowed);
    expect(entry.line).toEqual([{ text: 'IAM ' }, { code: 's3:Get*' }, { text: ' on ' }, { code: 'arn:aws:s3:::exports/*' }]);
    expect(entry.notes[0]).toBe('1 action on 1 resource; wildcards: s3:Get*, arn:aws:s3:::exports/*');
    expect(entry.narrower).toEqual(['s3:GetObject', 'arn:aws:s3:::exports/2026/q1.csv']);
    const exact = awsDescriptor.footprint('aws-prod', statement(['s3:GetObject'], ['arn:aws:s3:::exports/2026/q1.csv']), undefined);
    expect(exact.notes[0]).toBe('1 action on 1 resource; no wildcard');
    expect(exact.narrower).toBeUndefined();
  });

  it('connect loads the provider lazily and names a missing secret variable, never a value', async () => {
    await expect(awsDescriptor.connect(target, 'AKIAEXAMPLE', { env: { AWS_PROD_ACCESS_KEY_ID: 'AKIAEXAMPLE' } })).rejects.toThrow(
      /E_PROVIDER_CREDENTIAL_MISSING target aws-prod: environment variable AWS_PROD_SECRET_ACCESS_KEY is not set or empty$/,
    );
    const env = { AWS_PROD_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_PROD_SECRET_ACCESS_KEY: 'secret-value' };
    const provider = await connect(target, env);
    expect(provider.id).toBe('aws');
    await provider.close();
    await expect(connect(target, {})).rejects.toThrow(/AWS_PROD_ACCESS_KEY_ID is not set or empty/);
  });
});
