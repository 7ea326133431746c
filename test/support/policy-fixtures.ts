import type { Position } from '../../src/diagnostics.js';
import type { EvaluationFacts } from '../../src/policy/decision.js';
import type { AllowRule, BundleGrant, Identity, PolicySet, Profile, Target } from '../../src/policy/types.js';
import { builtinRegistry } from '../../src/providers/catalog.js';
import type { GithubTarget } from '../../src/providers/github/types.js';
import type { AllowedTable, PostgresTarget } from '../../src/providers/postgres/types.js';
import type { AccessRequest, Locate, RequestGrant } from '../../src/request/types.js';
import type { MaskedColumn, RowCondition } from '../../src/shared/rows.js';
import type { RawObject } from '../../src/shared/provider-shapes.js';

/*
 * The fixtures are written in typed shapes (a table grant with its rows, an
 * allow rule with its tables) and turned into what the loaders produce (the
 * file's fields, read by each provider) where a request or policy is built.
 */

/** A grant as a test writes it. */
export type TypedGrant =
  | {
      readonly kind: 'table';
      readonly target: string;
      readonly privileges: readonly string[];
      readonly table: string;
      readonly columns?: readonly string[];
      readonly rows?: readonly RowCondition[];
      readonly masked?: readonly MaskedColumn[];
    }
  | { readonly kind: 'team'; readonly target: string; readonly team: string; readonly role: 'member' }
  | { readonly kind: 'repo'; readonly target: string; readonly repo: string; readonly permission: string }
  | { readonly kind: 'bundle'; readonly target: string; readonly bundle: string };

/** A bundle's grant as a test writes it. */
export type TypedBundleGrant =
  | { readonly kind: 'table'; readonly privileges: readonly string[]; readonly table: string; readonly columns?: readonly string[] }
  | { readonly kind: 'team'; readonly team: string; readonly role: 'member' }
  | { readonly kind: 'repo'; readonly repo: string; readonly permission: string };

/** An allow rule as a test writes it (keys of other providers empty). */
export interface TypedAllowRule {
  readonly target: string;
  readonly privileges: readonly string[];
  readonly tables: readonly AllowedTable[];
  readonly teams: readonly string[];
  readonly repos: readonly { readonly name: string; readonly permissions: readonly string[] }[];
}

/** A profile as a test writes it. */
export type TypedProfile = Omit<Profile, 'allow' | 'bundles'> & {
  readonly allow: readonly TypedAllowRule[];
  readonly bundles: ReadonlyMap<string, { readonly target: string; readonly grants: readonly TypedBundleGrant[] }>;
};

/** A request as a test writes it. */
export type TypedRequest = Omit<AccessRequest, 'grants'> & { readonly grants: readonly TypedGrant[] };

function rawFields(grant: Exclude<TypedGrant, { kind: 'bundle' }> | TypedBundleGrant): RawObject {
  switch (grant.kind) {
    case 'table':
      return {
        privileges: grant.privileges,
        table: grant.table,
        ...(grant.columns !== undefined ? { columns: grant.columns } : {}),
        ...('rows' in grant && grant.rows !== undefined
          ? { rows: Object.fromEntries(grant.rows.map((c) => ('values' in c ? [c.column, c.values] : [c.column, { from: c.from, to: c.to }]))) }
          : {}),
        ...('masked' in grant && grant.masked !== undefined ? { masked: Object.fromEntries(grant.masked.map((m) => [m.column, m.mask])) } : {}),
      };
    case 'team':
      return { team: grant.team, role: grant.role };
    case 'repo':
      return { repo: grant.repo, permission: grant.permission };
  }
}

/** A typed grant -> the request grant the parser makes of its file form. */
export function requestGrant(grant: TypedGrant): RequestGrant {
  return grant.kind === 'bundle' ? grant : { kind: 'grant', target: grant.target, raw: rawFields(grant) };
}

function rawTable(t: AllowedTable): RawObject {
  return {
    name: t.name,
    ...(t.columns.length > 0 || !t.allColumns ? { columns: t.columns } : {}),
    ...(t.allColumns ? { all_columns: true } : {}),
    ...(t.sensitive.length > 0 ? { sensitive: t.sensitive } : {}),
    ...(t.rows !== undefined ? { rows: { columns: Object.fromEntries(t.rows.columns), required: t.rows.required, count: t.rows.count } } : {}),
    ...(t.masks !== undefined ? { masks: { allowed: t.masks.allowed, required: Object.fromEntries(t.masks.required) } } : {}),
  };
}

/** A typed allow rule -> the rule as the profile file writes it. */
export function rawRule(rule: TypedAllowRule): AllowRule {
  const table = rule.privileges.length > 0 || rule.tables.length > 0;
  const github = rule.teams.length > 0 || rule.repos.length > 0;
  const raw: RawObject = {
    target: rule.target,
    ...(table ? { privileges: rule.privileges, tables: rule.tables.map(rawTable) } : {}),
    ...(github && rule.teams.length > 0 ? { teams: rule.teams } : {}),
    ...(github && rule.repos.length > 0 ? { repos: rule.repos } : {}),
  };
  return { target: rule.target, raw };
}

/** A typed profile -> the profile the loader makes of its file. */
export function loadedProfile(p: TypedProfile): Profile {
  const bundles = new Map<string, { target: string; grants: readonly BundleGrant[] }>(
    [...p.bundles].map(([name, b]) => [name, { target: b.target, grants: b.grants.map((g) => ({ raw: rawFields(g) })) }]),
  );
  return { ...p, allow: p.allow.map(rawRule), bundles };
}

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

export function allowRule(target: string, extra: Partial<TypedAllowRule> = {}): TypedAllowRule {
  return { target, privileges: [], tables: [], teams: [], repos: [], ...extra };
}

export const ORDERS_COLUMNS = ['id', 'status', 'created_at', 'amount_cents', 'customer_email'] as const;

/** The profile of the format examples, with a github rule and a bundle added. */
export function makeProfile(extra: Partial<TypedProfile> = {}): TypedProfile {
  const name = extra.name ?? 'orders-readonly';
  const bundles = new Map<string, { target: string; grants: readonly TypedBundleGrant[] }>([
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

export const ORDERS_PROD: PostgresTarget = {
  name: 'orders-prod',
  provider: 'postgres',
  connectionEnv: 'GRANTBOOK_PG_ORDERS_PROD',
  grantorRole: 'grantbook_grantor',
  protectedRoles: ['app_owner'],
};

export const GITHUB_ACME: GithubTarget = {
  name: 'github-acme',
  provider: 'github',
  org: 'acme',
  tokenEnv: 'GRANTBOOK_GITHUB_TOKEN',
  protectedTeams: ['security'],
  protectedRepos: ['secrets'],
};

export function makeIdentity(login: string, id: number, extra: Partial<Identity> & { readonly postgres?: string } = {}): Identity {
  const { postgres, ...rest } = extra;
  return { login, id, principals: new Map(postgres !== undefined ? [['postgres', postgres]] : []), targets: new Map(), ...rest };
}

export interface PolicyParts {
  readonly profiles?: readonly TypedProfile[];
  readonly targets?: readonly Target[];
  readonly identities?: readonly Identity[];
}

export function makePolicy(parts: PolicyParts = {}): PolicySet {
  const profiles = parts.profiles ?? [makeProfile()];
  const targets = parts.targets ?? [ORDERS_PROD, GITHUB_ACME];
  return {
    profiles: new Map(profiles.map((p) => [p.name, loadedProfile(p)])),
    targets: new Map(targets.map((t) => [t.name, t])),
    identities: parts.identities ?? [makeIdentity(ALICE.login, ALICE.id, { postgres: 'alice' }), makeIdentity('bob', 2, { postgres: 'bob' })],
    providers: builtinRegistry(),
  };
}

export type TableRequestGrant = Extract<TypedGrant, { kind: 'table' }>;

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

export function teamGrant(team: string, target = 'github-acme'): TypedGrant {
  return { kind: 'team', target, team, role: 'member' };
}

export function repoGrant(repo: string, permission: string, target = 'github-acme'): TypedGrant {
  return { kind: 'repo', target, repo, permission };
}

export function bundleGrant(bundle: string, target = 'orders-prod'): TypedGrant {
  return { kind: 'bundle', target, bundle };
}

export function makeRequest(extra: Partial<TypedRequest> = {}): AccessRequest {
  const id = extra.id ?? 'alice-inc-4211';
  const typed: TypedRequest = {
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
  return { ...typed, grants: typed.grants.map(requestGrant) };
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
  parts: { request?: Partial<TypedRequest>; profile?: Partial<TypedProfile>; policy?: PolicyParts; facts?: Partial<EvaluationFacts> } = {},
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
