import { sameName } from '../policy/rules/reasons.js';
import type { ApproverGroup, BundleGrant, PolicySet, Profile } from '../policy/types.js';
import { readPostgresRule } from '../providers/postgres/allow.js';
import type { RawObject } from '../shared/provider-shapes.js';

/*
 * What a person may ask for, read off the policies: the profiles, and per
 * profile the targets, tables and columns (sensitive ones marked), teams,
 * repositories, durations and who must approve. Pure; `grantbook profiles`
 * prints it and `grantbook request new` offers its entries as choices.
 */

/** listed: named in requesters.users; team: only a requester team could allow it (the PR check looks it up); no: neither. */
export type ProfileAccess = 'listed' | 'team' | 'no';

export interface CatalogColumn {
  readonly name: string;
  readonly sensitive: boolean;
}

export interface CatalogTable {
  readonly name: string;
  readonly columns: readonly CatalogColumn[];
  /** A request may take the whole table (no column list). */
  readonly allColumns: boolean;
  /** Row filters a request may use: column -> `values` or `range`; `required`: no grant without one. */
  readonly rows?: { readonly columns: Readonly<Record<string, string>>; readonly required: boolean };
  /** Masks a request may use, and the columns only ever read through one of theirs. */
  readonly masks?: { readonly allowed: readonly string[]; readonly required: Readonly<Record<string, readonly string[]>> };
}

export interface CatalogBundle {
  readonly name: string;
  readonly grants: readonly BundleGrant[];
}

export interface CatalogTarget {
  readonly target: string;
  /** Undefined only for a target the policy set does not define (a policy that loaded never has one). */
  readonly provider?: string;
  readonly description?: string;
  readonly privileges: readonly string[];
  readonly tables: readonly CatalogTable[];
  readonly teams: readonly string[];
  readonly repos: readonly { readonly name: string; readonly permissions: readonly string[] }[];
  readonly bundles: readonly CatalogBundle[];
}

export interface CatalogProfile {
  readonly name: string;
  readonly description?: string;
  readonly breakGlass: boolean;
  readonly requesters: { readonly users: readonly string[]; readonly teams: readonly string[] };
  /** Present when the catalog was built for one requester. */
  readonly access?: ProfileAccess;
  readonly approvals: { readonly min: number; readonly groups: readonly ApproverGroup[] };
  readonly duration: { readonly default?: string; readonly max: string };
  readonly ticket: { readonly required: boolean; readonly pattern?: string };
  readonly reason: { readonly required: boolean; readonly minLength: number; readonly maxLength: number };
  readonly maxGrants: number;
  readonly sensitiveColumns: 'flag' | 'refuse';
  readonly targets: readonly CatalogTarget[];
}

/** Whether `login` may use the profile, as far as the policy files alone tell. */
export function profileAccess(profile: Profile, login: string): ProfileAccess {
  if (profile.requesters.users.some((u) => sameName(u, login))) return 'listed';
  return profile.requesters.teams.length > 0 ? 'team' : 'no';
}

/**
 * A rule's parts as written, whatever its target's provider: the keys the
 * built-in providers use (a rule holds only its own provider's keys).
 */
function ruleParts(raw: RawObject): {
  readonly target: string;
  readonly privileges: readonly string[];
  readonly tables: ReturnType<typeof readPostgresRule>['tables'];
  readonly teams: readonly string[];
  readonly repos: readonly { readonly name: string; readonly permissions: readonly string[] }[];
} {
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const table = readPostgresRule(raw);
  const repos = Array.isArray(raw['repos']) ? (raw['repos'] as readonly { readonly name: string; readonly permissions: readonly string[] }[]) : [];
  return { target: table.target, privileges: table.privileges, tables: table.tables, teams: strings(raw['teams']), repos };
}

function catalogTargets(profile: Profile, policy: PolicySet): CatalogTarget[] {
  return profile.allow.map((allow) => {
    const rule = ruleParts(allow.raw);
    const target = policy.targets.get(allow.target);
    const bundles = [...profile.bundles].filter(([, b]) => b.target === rule.target).map(([name, b]) => ({ name, grants: b.grants }));
    return {
      target: rule.target,
      ...(target !== undefined ? { provider: target.provider } : {}),
      ...(target?.description !== undefined ? { description: target.description } : {}),
      privileges: rule.privileges,
      tables: rule.tables.map((t) => ({
        name: t.name,
        columns: t.columns.map((c) => ({ name: c, sensitive: t.sensitive.includes(c) })),
        allColumns: t.allColumns,
        ...(t.rows !== undefined ? { rows: { columns: Object.fromEntries(t.rows.columns), required: t.rows.required } } : {}),
        ...(t.masks !== undefined ? { masks: { allowed: t.masks.allowed, required: Object.fromEntries(t.masks.required) } } : {}),
      })),
      teams: rule.teams,
      repos: rule.repos.map((r) => ({ name: r.name, permissions: r.permissions })),
      bundles,
    };
  });
}

/**
 * Every profile in name order; with `requester`, only those the person may
 * use (directly, or possibly through a team), each saying which.
 */
export function catalog(policy: PolicySet, requester?: string): CatalogProfile[] {
  const profiles = [...policy.profiles.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: CatalogProfile[] = [];
  for (const p of profiles) {
    const access = requester === undefined ? undefined : profileAccess(p, requester);
    if (access === 'no') continue;
    out.push({
      name: p.name,
      ...(p.description !== undefined ? { description: p.description } : {}),
      breakGlass: p.breakGlass,
      requesters: p.requesters,
      ...(access !== undefined ? { access } : {}),
      approvals: p.approvals,
      duration: p.duration,
      ticket: p.ticket,
      reason: p.reason,
      maxGrants: p.maxGrants,
      sensitiveColumns: p.sensitiveColumns,
      targets: catalogTargets(p, policy),
    });
  }
  return out;
}
