import type { Diagnostic } from '../../diagnostics.js';
import type { Reporter } from '../../load/report.js';
import type { GrantChecked, GrantContext } from '../../policy/provider-rules.js';
import { child } from '../../policy/rules/reasons.js';
import type { FootprintEntry, RawObject } from '../../shared/provider-shapes.js';
import { actionProblem, principalProblem, resourceProblem, statementProblems } from './check.js';
import { globCovers } from './glob.js';
import type { AwsStatementSpec, AwsTarget } from './types.js';

/** What a profile allows on an aws target: statements, each a set of action patterns over a set of ARN patterns. */
export interface AwsRule {
  readonly target: string;
  readonly statements: readonly { readonly actions: readonly string[]; readonly resources: readonly string[] }[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function readStatement(raw: unknown): AwsStatementSpec {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as RawObject;
  return { kind: 'iam', actions: strings(o['actions']), resources: strings(o['resources']) };
}

export function readRule(rule: RawObject): AwsRule {
  const list = Array.isArray(rule['statements']) ? (rule['statements'] as unknown[]) : [];
  return {
    target: typeof rule['target'] === 'string' ? rule['target'] : '',
    statements: list.map((s) => {
      const r = readStatement(s);
      return { actions: r.actions, resources: r.resources };
    }),
  };
}

/**
 * The profile's statement that holds all of `spec`, if one does: every
 * action inside one of its action patterns (IAM matches actions ignoring
 * case) and every resource inside one of its ARN patterns. A request's
 * wildcard passes only under a profile wildcard at least as wide; pairing
 * per statement keeps an action allowed on one resource off another.
 */
export function coveringStatement(spec: AwsStatementSpec, rule: AwsRule): AwsRule['statements'][number] | undefined {
  return rule.statements.find(
    (allowed) =>
      spec.actions.every((a) => allowed.actions.some((p) => globCovers(p, a, true))) &&
      spec.resources.every((r) => allowed.resources.some((p) => globCovers(p, r))),
  );
}

/** Load-time checks of a profile's rule alone: no always-refused action, no malformed action pattern. */
export function allowCheck(rule: RawObject, at: string, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  readRule(rule).statements.forEach((s, i) => {
    s.actions.forEach((a, j) => {
      const p = actionProblem(a);
      if (p === undefined) return;
      const code = p.code === 'E_POLICY_AWS_ACTION_REFUSED' ? 'E_PROFILE_AWS_ACTION_REFUSED' : 'E_PROFILE_AWS_PATTERN_INVALID';
      out.push(report(code, `Action ${j} of statement ${i} ${p.message}.`, `${at}/statements/${i}/actions/${j}`));
    });
  });
  return out;
}

/** A rule against its target: only `statements`, ARN patterns of the target's partition and account. */
export function allowTargetCheck(rule: RawObject, target: AwsTarget, at: string, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const foreign = Object.keys(rule).filter((k) => k !== 'target' && k !== 'statements');
  if (foreign.length > 0 || rule['statements'] === undefined) {
    out.push(report('E_PROFILE_ALLOW_PROVIDER', `Target ${target.name} is an aws target: its rule needs statements, and nothing else.`, at));
  }
  readRule(rule).statements.forEach((s, i) => {
    s.resources.forEach((r, j) => {
      const p = resourceProblem(r, target);
      if (p !== undefined)
        out.push(
          report('E_PROFILE_AWS_PATTERN_INVALID', `Resource ${j} of statement ${i} for ${target.name} ${p.message}.`, `${at}/statements/${i}/resources/${j}`),
        );
    });
  });
  return out;
}

/**
 * Policy for one statement: its own problems (malformed, always refused,
 * hostile ARNs), then the profile's rule. Every problem is reported, so the
 * requester fixes everything in one round; positions, never file text, go
 * into messages beyond names that passed their patterns.
 */
export function checkStatement(grant: AwsStatementSpec, ctx: GrantContext<AwsTarget, AwsRule>): GrantChecked<AwsStatementSpec> {
  const { label, site, reasons } = ctx;
  const before = reasons.errors;
  const shape = ctx.target ?? { partition: 'aws' as const, accountId: '' };
  for (const p of statementProblems(grant, shape)) {
    // Without a target, account and partition cannot be judged: those are reported once the target is known.
    if (ctx.target === undefined && (p.code === 'E_POLICY_AWS_ARN_OTHER_ACCOUNT' || p.code === 'E_POLICY_AWS_ARN_OTHER_PARTITION')) continue;
    const at = p.at.split('/');
    reasons.error(p.code, `${label}: ${p.at} ${p.message}`, child(site, 'iam', ...at));
  }
  let allowed: AwsRule['statements'][number] | undefined;
  if (ctx.rule !== undefined && reasons.errors === before) {
    allowed = coveringStatement(grant, ctx.rule);
    if (allowed === undefined) {
      // Say which parts no allowed statement covers, each on its own.
      const actionsOut = grant.actions.filter((a) => !ctx.rule?.statements.some((s) => s.actions.some((p) => globCovers(p, a, true))));
      const resourcesOut = grant.resources.filter((r) => !ctx.rule?.statements.some((s) => s.resources.some((p) => globCovers(p, r))));
      for (const a of actionsOut)
        reasons.error(
          'E_POLICY_AWS_ACTION_NOT_ALLOWED',
          `${label}: action ${a} is not allowed on target "${ctx.rule.target}"`,
          child(site, 'iam', 'actions', grant.actions.indexOf(a)),
        );
      for (const r of resourcesOut)
        reasons.error(
          'E_POLICY_AWS_RESOURCE_NOT_ALLOWED',
          `${label}: resource ${r} is not allowed on target "${ctx.rule.target}"`,
          child(site, 'iam', 'resources', grant.resources.indexOf(r)),
        );
      if (actionsOut.length === 0 && resourcesOut.length === 0) {
        reasons.error(
          'E_POLICY_AWS_ACTION_NOT_ALLOWED',
          `${label}: no single allowed statement on target "${ctx.rule.target}" holds these actions on these resources together; split the statement`,
          child(site, 'iam'),
        );
      }
    }
  }
  if (ctx.target === undefined || reasons.errors !== before) return {};
  return { spec: { kind: 'iam', actions: [...grant.actions], resources: [...grant.resources] }, ...(allowed !== undefined ? { allowed } : {}) };
}

/** The principal's problem on `target`, in words, for `protectedReason`. */
export function principalReason(principal: string, target: AwsTarget): string | undefined {
  const p = principalProblem(principal, target);
  return p === undefined ? undefined : `the AWS principal ${p.message}`;
}

/**
 * What a statement exposes: its counts, its wildcards, and a narrower
 * statement where the profile's own lists name one (the concrete actions and
 * resources the profile lists inside a requested wildcard).
 */
export function footprint(target: string, spec: AwsStatementSpec, allowed: unknown): FootprintEntry {
  const rule = allowed as AwsRule['statements'][number] | undefined;
  const wildActions = spec.actions.filter((a) => a.includes('*'));
  const wildResources = spec.resources.filter((r) => r.includes('*'));
  const notes = [
    `${spec.actions.length} action${spec.actions.length === 1 ? '' : 's'} on ${spec.resources.length} resource${spec.resources.length === 1 ? '' : 's'}` +
      (wildActions.length + wildResources.length > 0 ? `; wildcards: ${[...wildActions, ...wildResources].join(', ')}` : '; no wildcard'),
    'Allowed only until expires_at (aws:CurrentTime), by AWS itself.',
  ];
  const narrower: string[] = [];
  if (rule !== undefined) {
    for (const w of wildActions) {
      const inside = rule.actions.filter((a) => !a.includes('*') && globCovers(w, a, true));
      if (inside.length > 0) narrower.push(...inside);
    }
    for (const w of wildResources) {
      const inside = rule.resources.filter((r) => r !== w && globCovers(w, r));
      if (inside.length > 0) narrower.push(...inside);
    }
  }
  return {
    target,
    kind: 'iam',
    line: [{ text: 'IAM ' }, { code: spec.actions.join(', ') }, { text: ' on ' }, { code: spec.resources.join(', ') }],
    sensitive: [],
    hasSensitive: false,
    ...(narrower.length > 0 ? { narrower } : {}),
    notes,
  };
}
