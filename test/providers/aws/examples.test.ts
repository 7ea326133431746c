/**
 * The aws example of this repository's own policies/ and access-requests/
 * (the aws-prod target, the identities' aws principals, the exports-readonly
 * profile and request alice-inc-4300) validates against the descriptor's
 * schema fragments, passes policy through the descriptor, and plans: the plan
 * shows each statement and the trust with their expiry conditions. The
 * built CLI validates and plans it the same way.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Reporter } from '../../../src/load/report.js';
import { Reasons } from '../../../src/policy/rules/reasons.js';
import { awsDescriptor } from '../../../src/providers/aws/descriptor.js';
import type { AwsStatementSpec } from '../../../src/providers/aws/types.js';
import { PATTERNS } from '../../../src/shared/patterns.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const yaml = async (file: string): Promise<Record<string, unknown>> => parse(await readFile(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const defs = {
  description: { type: 'string', maxLength: 500 },
  envName: { type: 'string', pattern: PATTERNS.envName },
  name: { type: 'string', pattern: PATTERNS.name },
  ...awsDescriptor.schema.defs?.targets,
  ...awsDescriptor.schema.defs?.profile,
};

describe('the aws example of policies/ and access-requests/', () => {
  it('validate, pass policy and plan, with the expiry on every statement and on the trust', async () => {
    const targets = (await yaml('policies/targets.yaml'))['targets'] as Record<string, Record<string, unknown>>;
    const rawTarget = targets['aws-prod'] ?? {};
    expect(ajv.validate({ $defs: defs, ...awsDescriptor.schema.target }, rawTarget), JSON.stringify(ajv.errors)).toBe(true);
    const target = awsDescriptor.target('aws-prod', rawTarget);

    const identities = ((await yaml('policies/identities.yaml'))['identities'] as { login: string; aws?: string }[]).flatMap((i) =>
      i.aws === undefined ? [] : [{ login: i.login, aws: i.aws }],
    );
    expect(identities.map((i) => i.login)).toEqual(['alice', 'bob']);
    const identity = ajv.compile(awsDescriptor.principal.identitySchema ?? {});
    for (const i of identities) {
      expect(identity(i.aws), i.login).toBe(true);
      expect(awsDescriptor.principal.protectedReason(i.aws, target), i.login).toBeUndefined();
    }

    const profile = await yaml('policies/exports-readonly.yaml');
    const [rawRule] = profile['allow'] as Record<string, unknown>[];
    const ruleSchema = {
      $defs: defs,
      type: 'object',
      additionalProperties: false,
      required: ['target', 'statements'],
      properties: { target: { $ref: '#/$defs/name' }, ...awsDescriptor.schema.allowKeys },
    };
    expect(ajv.validate(ruleSchema, rawRule), JSON.stringify(ajv.errors)).toBe(true);
    const report: Reporter = (code, message, pointer) => ({ code, message, pointer, severity: 'error', fix: '' });
    expect([
      ...awsDescriptor.allow.check(rawRule ?? {}, '/allow/0', report),
      ...awsDescriptor.allow.checkTarget(rawRule ?? {}, target, '/allow/0', report),
    ]).toEqual([]);
    const rule = awsDescriptor.allow.read(rawRule ?? {});

    const request = await yaml('access-requests/alice-inc-4300.yaml');
    const [kind] = awsDescriptor.kinds;
    const requestSchema = { $defs: { ...defs, ...awsDescriptor.schema.defs?.request }, ...kind?.requestSchema };
    const specs: AwsStatementSpec[] = [];
    for (const [i, raw] of (request['grants'] as Record<string, unknown>[]).entries()) {
      expect(ajv.validate(requestSchema, raw), JSON.stringify(ajv.errors)).toBe(true);
      const { target: _named, ...fields } = raw;
      const written = kind?.read(fields);
      if (written === undefined) throw new Error('no iam kind');
      const reasons = new Reasons();
      const checked = awsDescriptor.checkGrant(written, {
        target,
        rule,
        controlTeams: new Map(),
        controlRepo: 'acme/access',
        label: `grants/${i}`,
        site: { file: 'access-requests/alice-inc-4300.yaml', pointer: `/grants/${i}`, locate: () => undefined },
        reasons,
      });
      expect(reasons.all).toEqual([]);
      if (checked.spec === undefined) throw new Error('no spec');
      specs.push(checked.spec);
    }

    const alice = identities.find((i) => i.login === 'alice')?.aws ?? '';
    const plan = awsDescriptor.planner.plan({ requestId: 'alice-inc-4300', target, principal: alice, expiresAt: '2026-03-12T16:00:00Z', grants: specs });
    const create = plan.grant.find((o) => o.text === 'IAM CreateRole');
    expect(create?.body?.RoleName).toBe('grantbook-alice-inc-4300');
    expect(create?.body?.PermissionsBoundary).toBe('arn:aws:iam::111122223333:policy/grantbook-boundary');
    expect(JSON.parse(create?.body?.AssumeRolePolicyDocument ?? '{}')).toMatchObject({
      Statement: [{ Principal: { AWS: alice }, Action: 'sts:AssumeRole', Condition: { DateLessThan: { 'aws:CurrentTime': '2026-03-12T16:00:00Z' } } }],
    });
    const policy = JSON.parse(plan.grant.find((o) => o.text === 'IAM PutRolePolicy')?.body?.PolicyDocument ?? '{}') as {
      Statement: { Action: string[]; Condition: unknown }[];
    };
    expect(policy.Statement.map((s) => s.Action)).toEqual([['s3:GetObject', 's3:ListBucket'], ['dynamodb:GetItem']]);
    for (const s of policy.Statement) expect(s.Condition).toEqual({ DateLessThan: { 'aws:CurrentTime': '2026-03-12T16:00:00Z' } });
    const grant = { requestId: 'alice-inc-4300', target, principal: alice, expiresAt: '2026-03-12T16:00:00Z', grants: specs };
    const object = awsDescriptor.usage?.object(grant) ?? '';
    expect(object).toBe('arn:aws:iam::111122223333:role/grantbook/aws-prod/grantbook-alice-inc-4300');
    const steps = awsDescriptor.usage?.steps({ target: target.name, principal: alice, object, expiresAt: grant.expiresAt, grants: specs }) ?? [];
    expect(steps[0]?.code).toEqual([`aws sts assume-role --role-arn ${object} --role-session-name alice --duration-seconds 3600`]);
  });
});

describe('the aws example through the built CLI', () => {
  /** bin/grantbook.js in this checkout, as the README runs it; stdout and stderr together. */
  const grantbook = (args: readonly string[]): string => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/grantbook.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    return `${r.stdout}${r.stderr}`;
  };

  it('validates with the repository and plans the role, the statements and the trust with their expiry conditions', () => {
    expect(grantbook(['validate', 'policies', 'access-requests/alice-inc-4300.yaml'])).toContain('ok: every file is valid');
    const plan = grantbook(['plan', 'access-requests/alice-inc-4300.yaml']);
    expect(plan).toContain('Decision: ALLOWED by policy, pending approval');
    expect(plan).toContain('Grant on aws-prod (aws) for arn:aws:sts::444455556666:assumed-role/AWSReservedSSO_Engineers_0123456789abcdef/alice:');
    const until = /"aws:CurrentTime\\":\\"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\\"/u.exec(plan)?.[1];
    expect(until).toBeDefined();
    const create = plan.split('\n').find((l) => l.includes('IAM CreateRole')) ?? '';
    expect(create).toContain(`\\"Action\\":\\"sts:AssumeRole\\",\\"Condition\\":{\\"DateLessThan\\":{\\"aws:CurrentTime\\":\\"${until}\\"}}`);
    const put = plan.split('\n').find((l) => l.includes('IAM PutRolePolicy') && l.includes('grantbook-grant')) ?? '';
    expect(put.split(`{\\"DateLessThan\\":{\\"aws:CurrentTime\\":\\"${until}\\"}}`)).toHaveLength(3);
    expect(put).toContain(
      '\\"Action\\":[\\"s3:GetObject\\",\\"s3:ListBucket\\"],\\"Resource\\":[\\"arn:aws:s3:::acme-exports\\",\\"arn:aws:s3:::acme-exports/2026/03/*\\"]',
    );
    expect(put).toContain('\\"Action\\":[\\"dynamodb:GetItem\\"],\\"Resource\\":[\\"arn:aws:dynamodb:eu-west-1:111122223333:table/orders\\"]');
  });
});
