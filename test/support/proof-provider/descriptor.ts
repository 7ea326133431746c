import type { ProviderDescriptor } from '../../../src/providers/descriptor.js';
import { child, quoteList } from '../../../src/policy/rules/reasons.js';
import { createVaultProvider, vaultPlanner, vaultStore } from './store.js';
import type { VaultGrant, VaultRule, VaultSpec, VaultTarget } from './types.js';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

const SECRET_PATH = { type: 'string', maxLength: 100, pattern: '^[a-z0-9](?:[a-z0-9/_-]{0,98}[a-z0-9])?$' } as const;

/**
 * A provider defined only under test/: an in-memory secret store with a
 * grant kind of its own (`secret`). It plugs into Grantbook through its
 * descriptor alone, which is the point.
 */
export const vaultDescriptor: ProviderDescriptor<VaultTarget, VaultSpec, VaultRule, VaultGrant> = {
  id: 'vault',
  title: 'Vault',
  schema: {
    target: {
      type: 'object',
      additionalProperties: false,
      required: ['provider', 'store_env'],
      properties: {
        provider: { type: 'string', enum: ['vault'] },
        description: { $ref: '#/$defs/description' },
        store_env: { $ref: '#/$defs/envName' },
        protected_paths: { type: 'array', maxItems: 100, uniqueItems: true, items: { $ref: '#/$defs/secretPath' } },
      },
    },
    allowKeys: { secrets: { type: 'array', minItems: 1, maxItems: 100, uniqueItems: true, items: { $ref: '#/$defs/secretPath' } } },
    defs: { targets: { secretPath: SECRET_PATH }, request: { secretPath: SECRET_PATH }, profile: { secretPath: SECRET_PATH } },
  },
  kinds: [
    {
      name: 'secret',
      requestSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['target', 'secret', 'access'],
        properties: { target: { $ref: '#/$defs/name' }, secret: { $ref: '#/$defs/secretPath' }, access: { type: 'string', enum: ['read'] } },
      },
      bundleSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['secret', 'access'],
        properties: { secret: { $ref: '#/$defs/secretPath' }, access: { type: 'string', enum: ['read'] } },
      },
      read: (raw) => ({ kind: 'secret', secret: text(raw['secret']), access: text(raw['access']) }),
    },
  ],
  traits: { sharedObjects: false, recordsHeld: false, providerExpiry: false },

  target: (name, raw) => ({
    name,
    provider: 'vault',
    ...(typeof raw['description'] === 'string' ? { description: raw['description'] } : {}),
    storeEnv: text(raw['store_env']),
    protectedPaths: strings(raw['protected_paths']),
  }),
  credential: (target) => ({ field: 'store_env', env: target.storeEnv }),
  principal: {
    identityField: 'vault',
    identitySchema: { $ref: '#/$defs/identifier', description: 'Vault entity used on every vault target unless overridden.' },
    pattern: 'identifier',
    caseInsensitive: false,
    words: { format: 'a vault entity name', missing: 'vault entity' },
    declaredProtected: () => false,
    protectedReason: (principal) => (principal === 'root' ? 'the vault root entity' : undefined),
  },
  allow: {
    keys: ['secrets'],
    check: () => [],
    checkTarget(rule, target, at, report) {
      const out = [];
      if (Object.keys(rule).some((k) => k !== 'target' && k !== 'secrets') || rule['secrets'] === undefined) {
        out.push(report('E_PROFILE_ALLOW_PROVIDER', `Target ${target.name} is a vault target: its rule needs secrets and nothing else.`, at));
      }
      strings(rule['secrets']).forEach((path, i) => {
        if (target.protectedPaths.includes(path))
          out.push(report('E_PROFILE_ALLOWS_PROTECTED', `Secret ${path} is protected on ${target.name}.`, `${at}/secrets/${i}`));
      });
      return out;
    },
    read: (rule) => ({ target: text(rule['target']), secrets: strings(rule['secrets']) }),
    checkBundleGrant: (grant, rule, where) =>
      rule.secrets.includes(grant.secret)
        ? []
        : [
            where.report(
              'E_PROFILE_BUNDLE_NOT_ALLOWED',
              `${where.label}: secret ${grant.secret} is not allowed by the allow rule for ${where.target}.`,
              where.at,
            ),
          ],
  },
  checkGrant(grant, ctx) {
    if (grant.access !== 'read')
      ctx.reasons.error(
        'E_POLICY_PRIVILEGE_UNKNOWN',
        `${ctx.label}: "${grant.access}" is not an access Grantbook grants on secrets`,
        child(ctx.site, 'access'),
      );
    if (ctx.rule !== undefined && !ctx.rule.secrets.includes(grant.secret)) {
      ctx.reasons.error(
        'E_POLICY_PRIVILEGE_NOT_ALLOWED',
        `${ctx.label}: secret "${grant.secret}" is not allowed on target "${ctx.rule.target}" (allowed: ${quoteList(ctx.rule.secrets)})`,
        child(ctx.site, 'secret'),
      );
    }
    if (ctx.target?.protectedPaths.includes(grant.secret) === true) {
      ctx.reasons.error(
        'E_POLICY_PRIVILEGE_DANGEROUS',
        `${ctx.label}: secret "${grant.secret}" is protected on target "${ctx.target.name}"`,
        child(ctx.site, 'secret'),
      );
    }
    return grant.access === 'read' ? { spec: { kind: 'secret', path: grant.secret, access: 'read' } } : {};
  },
  duplicate: (grant) => ({ key: JSON.stringify(['secret', grant.secret]), text: `secret "${grant.secret}"` }),
  footprint: (target, spec) => ({
    target,
    kind: spec.kind,
    line: [{ code: target }, { text: ' secret ' }, { code: spec.path }, { text: `: ${spec.access}` }],
    sensitive: [],
    hasSensitive: false,
    notes: [],
  }),
  ledger: {
    validate(s, kind, at, kit) {
      if (kind !== 'secret') return kit.fail(`${at}/kind`, 'does not belong to the provider');
      const members = kit.checkKeys(s, ['access', 'kind', 'path'], at);
      kit.oneOf(s['access'], at, 'access', ['read']);
      kit.string(s['path'], at, 'path', 100);
      if (!/^[a-z0-9](?:[a-z0-9/_-]{0,98}[a-z0-9])?$/.test(String(s['path']))) kit.fail(`${at}/path`, 'is not a secret path');
      return members;
    },
  },
  describe: (spec, principal, target) => `${target}: ${principal} reads secret ${spec.path}`,
  resource: (spec) => ['secret', spec.path].join('\u0000'),
  planner: vaultPlanner,
  connect: async (target, secret) => createVaultProvider(target, vaultStore(secret)),
};
