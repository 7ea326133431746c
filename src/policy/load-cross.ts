import type { Diagnostic } from '../diagnostics.js';
import { matches } from '../shared/patterns.js';
import type { RawAllowRule, RawIdentities, RawProfile } from '../load/raw.js';
import type { Reporter } from '../load/report.js';
import type { Target } from './types.js';

function ruleKeys(rule: RawAllowRule): string[] {
  return (['privileges', 'tables', 'teams', 'repos'] as const).filter((k) => rule[k] !== undefined);
}

function allowRuleChecks(rule: RawAllowRule, target: Target, at: string, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const keys = ruleKeys(rule);
  if (target.provider === 'postgres') {
    const foreign = keys.filter((k) => k === 'teams' || k === 'repos');
    if (foreign.length > 0 || rule.privileges === undefined || rule.tables === undefined) {
      out.push(report('E_PROFILE_ALLOW_PROVIDER', `Target ${target.name} is a postgres target: its rule needs privileges and tables, and no teams or repos.`, at));
    }
    return out;
  }
  const foreign = keys.filter((k) => k === 'privileges' || k === 'tables');
  if (foreign.length > 0 || (rule.teams === undefined && rule.repos === undefined)) {
    out.push(report('E_PROFILE_ALLOW_PROVIDER', `Target ${target.name} is a github target: its rule needs teams and/or repos, and no privileges or tables.`, at));
  }
  const protectedTeams = new Set(target.protectedTeams.map((t) => t.toLowerCase()));
  (rule.teams ?? []).forEach((team, i) => {
    if (protectedTeams.has(team.toLowerCase())) out.push(report('E_PROFILE_ALLOWS_PROTECTED', `Team ${team} is protected on ${target.name}.`, `${at}/teams/${i}`));
  });
  const protectedRepos = new Set(target.protectedRepos.map((r) => r.toLowerCase()));
  (rule.repos ?? []).forEach((repo, i) => {
    if (protectedRepos.has(repo.name.toLowerCase())) {
      out.push(report('E_PROFILE_ALLOWS_PROTECTED', `Repository ${repo.name} is protected on ${target.name}.`, `${at}/repos/${i}/name`));
    }
  });
  return out;
}

/** A profile against targets.yaml: every target it names exists, and every rule and bundle fits its provider. */
export function profileTargetChecks(raw: RawProfile, targets: ReadonlyMap<string, Target>, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  raw.allow.forEach((rule, r) => {
    const target = targets.get(rule.target);
    if (target === undefined) {
      out.push(report('E_PROFILE_UNKNOWN_TARGET', `Target ${rule.target} is not defined in policies/targets.yaml.`, `/allow/${r}/target`));
    } else {
      out.push(...allowRuleChecks(rule, target, `/allow/${r}`, report));
    }
  });
  for (const [name, bundle] of Object.entries(raw.bundles ?? {})) {
    const target = targets.get(bundle.target);
    if (target === undefined) {
      out.push(report('E_PROFILE_UNKNOWN_TARGET', `Target ${bundle.target} is not defined in policies/targets.yaml.`, `/bundles/${name}/target`));
      continue;
    }
    bundle.grants.forEach((spec, i) => {
      const wants = 'table' in spec ? 'postgres' : 'github';
      if (wants !== target.provider) {
        out.push(report('E_PROFILE_BUNDLE_PROVIDER', `Bundle ${name} grant ${i} needs a ${wants} target; ${target.name} is ${target.provider}.`, `/bundles/${name}/grants/${i}`));
      }
    });
  }
  return out;
}

/** Identities against targets.yaml: overrides name real targets with principals of the right kind, never a control-plane role. */
export function identityTargetChecks(raw: RawIdentities, targets: ReadonlyMap<string, Target>, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const taken = new Map<string, { readonly index: number; readonly viaOverride: boolean }>();
  raw.identities.forEach((identity, i) => {
    const at = `/identities/${i}`;
    const overrides = identity.targets ?? {};
    for (const [name, principal] of Object.entries(overrides)) {
      const target = targets.get(name);
      const pointer = `${at}/targets/${name}`;
      if (target === undefined) {
        out.push(report('E_IDENTITY_UNKNOWN_TARGET', `Target ${name} is not defined in policies/targets.yaml.`, pointer));
      } else if (!matches(target.provider === 'postgres' ? 'identifier' : 'login', principal)) {
        out.push(report('E_IDENTITY_PRINCIPAL_FORMAT', `The principal for ${name} is not a ${target.provider === 'postgres' ? 'PostgreSQL role name' : 'GitHub login'}.`, pointer));
      }
    }
    for (const target of targets.values()) {
      const override = Object.hasOwn(overrides, target.name) ? overrides[target.name] : undefined;
      const principal = target.provider === 'postgres' ? (override ?? identity.postgres) : (override ?? identity.login).toLowerCase();
      if (principal === undefined) continue;
      const pointer = override !== undefined ? `${at}/targets/${target.name}` : target.provider === 'postgres' ? `${at}/postgres` : `${at}/login`;
      if (target.provider === 'postgres' && (principal === target.grantorRole || target.protectedRoles.includes(principal))) {
        out.push(report('E_IDENTITY_PROTECTED_PRINCIPAL', `Identity ${i} maps to the grantor or a protected role of ${target.name}.`, pointer));
      }
      // Same-role clashes between plain `postgres` fields are reported once, by the identities file itself.
      const key = `${target.name}\0${principal}`;
      const first = taken.get(key);
      if (first === undefined) {
        taken.set(key, { index: i, viaOverride: override !== undefined });
      } else if (override !== undefined || first.viaOverride) {
        out.push(report('E_IDENTITY_DUPLICATE_PRINCIPAL', `Identities ${first.index} and ${i} map to the same principal on ${target.name}.`, pointer));
      }
    }
  });
  return out;
}
