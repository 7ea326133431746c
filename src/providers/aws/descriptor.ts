import { assertNever } from '../../shared/never.js';
import type { ProviderDescriptor } from '../descriptor.js';
import { ROLE_PREFIX } from './check.js';
import { planAws } from './plan.js';
import { allowCheck, allowTargetCheck, checkStatement, coveringStatement, footprint, principalReason, readRule, readStatement, type AwsRule } from './rules.js';
import { AWS_ALLOW_KEYS, AWS_DEFS, AWS_IDENTITY_SCHEMA, AWS_TARGET_SCHEMA, IAM_GRANT_SCHEMA, IAM_SPEC_SCHEMA } from './schema.js';
import { AWS_PARTITIONS, type AwsPartition, type AwsStatementSpec, type AwsTarget } from './types.js';
import { awsUsage, describeAwsBackstop } from './usage.js';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const partitionOf = (value: unknown): AwsPartition => AWS_PARTITIONS.find((p) => p === value) ?? 'aws';
const FORBIDDEN_RESOURCE = /[^\x21-\x7e]|[$?"'\\{}<>`]/;

/**
 * AWS IAM: each request its own role, assumable by the person only and only
 * until expires_at, holding only the request's statements, each conditioned
 * on aws:CurrentTime before expires_at (docs/aws.md). Effects (the SDK) load
 * on connect only.
 */
export const awsDescriptor: ProviderDescriptor<AwsTarget, AwsStatementSpec, AwsRule, AwsStatementSpec> = {
  id: 'aws',
  title: 'AWS IAM',
  schema: { target: AWS_TARGET_SCHEMA, allowKeys: AWS_ALLOW_KEYS, defs: AWS_DEFS },
  kinds: [{ name: 'iam', requestSchema: IAM_GRANT_SCHEMA, bundleSchema: IAM_SPEC_SCHEMA, read: (raw) => readStatement(raw['iam']) }],
  // Each grant lives on a role of its own; AWS refuses it after expires_at on its own (the revoke job still deletes it).
  traits: { sharedObjects: false, recordsHeld: false, providerExpiry: true },

  target: (name, raw) => ({
    name,
    provider: 'aws',
    ...(typeof raw['description'] === 'string' ? { description: raw['description'] } : {}),
    accountId: text(raw['account_id']),
    partition: partitionOf(raw['partition']),
    credentialsEnv: text(raw['credentials_env']),
    ...(typeof raw['permissions_boundary'] === 'string' ? { permissionsBoundary: raw['permissions_boundary'] } : {}),
    principalAccounts: strings(raw['principal_accounts']),
    protectedRoles: strings(raw['protected_roles']),
  }),
  credential: (target) => ({ field: 'credentials_env', env: `${target.credentialsEnv}_ACCESS_KEY_ID` }),
  principal: {
    identityField: 'aws',
    identitySchema: AWS_IDENTITY_SCHEMA,
    pattern: 'awsPrincipal',
    caseInsensitive: false,
    words: { format: 'an AWS principal ARN', missing: 'AWS principal ARN' },
    declaredProtected: (principal, target) => {
      const role = /:(?:role(?:\/[^/]+)*|assumed-role)\/([^/]+)(?:\/[^/]+)?$/.exec(principal)?.[1];
      return role !== undefined && (target.protectedRoles.includes(role) || role.startsWith(ROLE_PREFIX));
    },
    protectedReason: principalReason,
  },
  allow: {
    keys: ['statements'],
    check: allowCheck,
    checkTarget: allowTargetCheck,
    read: readRule,
    checkBundleGrant(grant, rule, where) {
      return coveringStatement(grant, rule) !== undefined
        ? []
        : [
            where.report(
              'E_PROFILE_BUNDLE_NOT_ALLOWED',
              `${where.label}: its IAM statement is not inside one allowed statement by the allow rule for ${where.target}.`,
              where.at,
            ),
          ];
    },
  },

  checkGrant(grant, ctx) {
    switch (grant.kind) {
      case 'iam':
        return checkStatement(grant, ctx);
      default:
        return assertNever(grant.kind, 'grant kind');
    }
  },
  duplicate: (grant) => ({
    // Two statements of one request are the same grant only when they say the same thing; overlapping ones are merged by IAM anyway.
    key: JSON.stringify(['iam', [...grant.actions].map((a) => a.toLowerCase()).sort(), [...grant.resources].sort()]),
    text: `IAM statement on ${grant.resources.length} resource${grant.resources.length === 1 ? '' : 's'}`,
  }),
  footprint,
  offers(rule) {
    // A statement of the rule is the unit a request's statement must fall inside: each is offered whole, to narrow.
    return {
      lines: [],
      offers: readRule(rule).statements.map((s, i) => {
        const n = String(i + 1);
        const where = `${s.actions.join(', ')} on ${s.resources.join(', ')}`;
        return {
          kind: 'iam',
          name: n,
          label: `iam statement ${n}`,
          note: where,
          lines: [`iam statement ${n}: ${where}`],
          grant: { iam: { actions: null, resources: null } },
          fields: [
            { path: ['iam', 'actions'], label: `Actions of statement ${n}`, many: true, choices: s.actions.map((a) => ({ value: a })) },
            {
              path: ['iam', 'resources'],
              label: `Resources of statement ${n} (--resources may name narrower ones inside these)`,
              many: true,
              choices: s.resources.map((r) => ({ value: r })),
            },
          ],
        };
      }),
    };
  },

  ledger: {
    validate(s, kind, at, kit) {
      if (kind !== 'iam') return kit.fail(`${at}/kind`, 'does not belong to the provider');
      const members = kit.checkKeys(s, ['actions', 'kind', 'resources'], at);
      const actions = kit.array(s['actions'], at, 'actions', 1, 100);
      actions.forEach((a, i) => kit.patterned(a, `${at}/actions`, i, 'awsAction'));
      kit.unique(actions, at, 'actions');
      const resources = kit.array(s['resources'], at, 'resources', 1, 100);
      resources.forEach((r, i) => {
        const value = kit.string(r, `${at}/resources`, String(i), 2048);
        if (FORBIDDEN_RESOURCE.test(value)) kit.fail(`${at}/resources/${i}`, 'holds characters never written into a policy');
      });
      kit.unique(resources, at, 'resources');
      return members;
    },
  },
  describe: (spec, principal, target) => `${target}: ${spec.actions.join(', ')} on ${spec.resources.join(', ')} for ${principal}`,

  // The request's own role is the object; what it is about is its resources.
  resource: (spec) => ['iam', ...[...spec.resources].sort()].join('\u0000'),

  // The grant is a role the person assumes.
  usage: awsUsage,
  describeBackstop: describeAwsBackstop,

  planner: {
    id: 'aws',
    kinds: ['iam'],
    recordsHeld: false,
    plan: planAws,
  },
  async connect(target, secret, deps) {
    const { connectAws } = await import('./connect.js');
    return connectAws(target, secret, deps.env ?? {});
  },
};
