import type { Position } from '../../src/diagnostics.js';
import type { EvaluationFacts } from '../../src/policy/decision.js';
import type {
  AllowedTable,
  AllowRule,
  BundleGrant,
  Identity,
  PolicySet,
  Profile,
  Target,
} from '../../src/policy/types.js';
import type { AccessRequest, Locate, RequestGrant } from '../../src/request/types.js';

/** 2025-01-15T09:00:00Z, the evaluation instant of every fixture. */
export const NOW = Date.UTC(2025, 0, 15, 9, 0, 0);

export const ALICE = { login: 'alice', id: 583231 } as const;

export const noLocate: Locate = () => undefined;

/** A locate that knows the given pointers, as a loader's would. */
export function locateFrom(positions: Readonly<Record<string, Position>>): Locate {
  return (pointer) => positions[pointer];
}

export function allowedTable(name: string, columns: readonly string[], extra: Partial<AllowedTable> = {}): AllowedTable {
  return { name, columns, allColumns: false, sensitive: [], ...extra };
}

export function allowRule(target: string, extra: Partial<AllowRule> = {}): AllowRule {
  return { target, privileges: [], tables: [], teams: [], repos: [], ...extra };
}

export const ORDERS_COLUMNS = ['id', 'status', 'created_at', 'amount_cents', 'customer_email'] as const;

/** The profile of the format examples, with a github rule and a bundle added. */
export function makeProfile(extra: Partial<Profile> = {}): Profile {
  const name = extra.name ?? 'orders-readonly';
  const bundles = new Map<string, { target: string; grants: readonly BundleGrant[] }>([
    ['orders-triage', { target: 'orders-prod', grants: [{ kind: 'table', privileges: ['SELECT'], table: 'public.orders', columns: ['id', 'status'] }] }],
  ]);
  return {
    name,
    path: `policies/${name}.yaml`,
    requesters: { users: ['alice'], teams: ['payments-eng'] },
    approvals: { min: 1, groups: [{ team: 'payments-leads', users: [], min: 1 }] },
    duration: { default: '1h', max: '4h' },
    ticket: { required: true, pattern: '^INC-[0-9]{1,6}$' },
    reason: { required: true, minLength: 20, maxLength: 500 },
    maxGrants: 5,
    sensitiveColumns: 'flag',
    breakGlass: false,
    allow: [
      allowRule('orders-prod', {
        privileges: ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'REFERENCES'],
        tables: [
          allowedTable('public.orders', ORDERS_COLUMNS, { sensitive: ['customer_email'] }),
          allowedTable('public.order_items', ['id', 'order_id', 'sku'], { allColumns: true }),
        ],
      }),
      allowRule('github-acme', {
        teams: ['payments-oncall', 'security', 'payments-leads'],
        repos: [
          { name: 'payments-service', permissions: ['pull', 'triage'] },
          { name: 'access', permissions: ['pull'] },
          { name: 'secrets', permissions: ['pull'] },
        ],
      }),
    ],
    bundles,
    locate: noLocate,
    ...extra,
  };
}

export const ORDERS_PROD: Target = {
  name: 'orders-prod',
  provider: 'postgres',
  connectionEnv: 'GRANTBOOK_PG_ORDERS_PROD',
  grantorRole: 'grantbook_grantor',
  protectedRoles: ['app_owner'],
};

export const GITHUB_ACME: Target = {
  name: 'github-acme',
  provider: 'github',
  org: 'acme',
  tokenEnv: 'GRANTBOOK_GITHUB_TOKEN',
  protectedTeams: ['security'],
  protectedRepos: ['secrets'],
};

export function makeIdentity(login: string, id: number, extra: Partial<Identity> = {}): Identity {
  return { login, id, targets: new Map(), ...extra };
}

export interface PolicyParts {
  readonly profiles?: readonly Profile[];
  readonly targets?: readonly Target[];
  readonly identities?: readonly Identity[];
}

export function makePolicy(parts: PolicyParts = {}): PolicySet {
  const profiles = parts.profiles ?? [makeProfile()];
  const targets = parts.targets ?? [ORDERS_PROD, GITHUB_ACME];
  return {
    profiles: new Map(profiles.map((p) => [p.name, p])),
    targets: new Map(targets.map((t) => [t.name, t])),
    identities: parts.identities ?? [
      makeIdentity(ALICE.login, ALICE.id, { postgres: 'alice' }),
      makeIdentity('bob', 2, { postgres: 'bob' }),
    ],
  };
}

export type TableRequestGrant = Extract<RequestGrant, { kind: 'table' }>;

export const SELECT_ORDERS: TableRequestGrant = {
  kind: 'table',
  target: 'orders-prod',
  privileges: ['SELECT'],
  table: 'public.orders',
  columns: ['id', 'status'],
};

/** A table grant on orders-prod; `columns: undefined` in `extra` asks for the whole table. */
export function tableGrant(extra: Partial<TableRequestGrant> = {}): TableRequestGrant {
  const grant = { ...SELECT_ORDERS, ...extra };
  if ('columns' in extra && extra.columns === undefined) return without(grant, 'columns');
  return grant;
}

export function teamGrant(team: string, target = 'github-acme'): RequestGrant {
  return { kind: 'team', target, team, role: 'member' };
}

export function repoGrant(repo: string, permission: string, target = 'github-acme'): RequestGrant {
  return { kind: 'repo', target, repo, permission };
}

export function bundleGrant(bundle: string, target = 'orders-prod'): RequestGrant {
  return { kind: 'bundle', target, bundle };
}

export function makeRequest(extra: Partial<AccessRequest> = {}): AccessRequest {
  const id = extra.id ?? 'alice-inc-4211';
  return {
    id,
    path: `access-requests/${id}.yaml`,
    requester: 'alice',
    profile: 'orders-readonly',
    duration: '2h',
    reason: 'Investigate duplicate charges reported in INC-4211',
    ticket: 'INC-4211',
    grants: [SELECT_ORDERS],
    locate: noLocate,
    ...extra,
  };
}

/** A request without some optional keys (spreading `undefined` would keep the key). */
export function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

export function makeFacts(extra: Partial<EvaluationFacts> = {}): EvaluationFacts {
  return {
    now: NOW,
    author: { ...ALICE },
    requesterTeams: new Set(['payments-eng']),
    controlRepo: 'acme/access',
    ...extra,
  };
}

/** Everything a test needs, with overrides per part. */
export interface Scenario {
  readonly request: AccessRequest;
  readonly policy: PolicySet;
  readonly facts: EvaluationFacts;
}

export function scenario(
  parts: { request?: Partial<AccessRequest>; profile?: Partial<Profile>; policy?: PolicyParts; facts?: Partial<EvaluationFacts> } = {},
): Scenario {
  const policy = makePolicy({ profiles: [makeProfile(parts.profile)], ...parts.policy });
  return { request: makeRequest(parts.request), policy, facts: makeFacts(parts.facts) };
}

/** Codes of the errors of a decision, in order. */
export function errorCodes(decision: { readonly reasons: readonly { code: string; severity: string }[] }): string[] {
  return decision.reasons.filter((r) => r.severity === 'error').map((r) => r.code);
}

/** Codes of the warnings (notes for reviewers) of a decision, in order. */
export function warningCodes(decision: { readonly reasons: readonly { code: string; severity: string }[] }): string[] {
  return decision.reasons.filter((r) => r.severity === 'warning').map((r) => r.code);
}
